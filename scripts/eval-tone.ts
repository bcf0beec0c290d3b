/**
 * How good is the tone checker? (issue #5)
 *   npx tsx scripts/eval-tone.ts PATH...            evaluate
 *   npx tsx scripts/eval-tone.ts --fit CORPUS.csv   print the logistic-regression weights for the
 *                                                   politeness table, fitted on the tuning half only
 *
 * Politeness corpus (Stanford, Stack Exchange requests, CSV): the paper's task, accuracy separating the
 * top quartile of `Normalized Score` from the bottom quartile. The file holds 25 communities: Stack
 * Overflow (4,003 rows) and 24 smaller sites (2,600 rows). Tuning uses Stack Overflow rows whose
 * FNV-1a hash of `Id` is even, once, offline, to set POLITENESS_POINTS and POLITE_FROM. Two figures
 * are reported: the other half of Stack Overflow (same community, unseen rows) and the 24 other
 * communities (never tuned on: the cross-community figure).
 * Baseline beside each: a plain sentiment-lexicon count (our own small word lists below).
 *
 * Emails (JSON lines with `tone_label`): agreement of our label with theirs.
 * Third-party data is only read from the paths given; nothing of it is stored in the repository.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FollowUpStage } from '../src/core/cadence/stages';
import { isTrackedKind, type TrackedKind } from '../src/core/classify/kinds';
import type { DraftLanguage } from '../src/core/drafts/render-follow-up';
import { checkTone, NEUTRAL_SCORE } from '../src/core/tone/check-tone';
import {
  POLITE_FROM,
  POLITENESS_POINTS,
  type PolitenessStrategy,
} from '../src/core/tone/politeness-strategies';

/** Accuracy on one group of quartile rows, with the sentiment baseline beside it. */
export interface PolitenessGroupEval {
  /** Rows of the group in the top or bottom quartile: the rows the accuracy is computed on. */
  quartileRows: number;
  accuracy: number;
  baselineAccuracy: number;
}

export interface PolitenessEval {
  path: string;
  rows: number;
  /** Stack Overflow rows with an even hash: the only rows the table was ever tuned on. */
  tuning: PolitenessGroupEval;
  /** Stack Overflow rows with an odd hash: same community, rows never tuned on. */
  heldOutStackOverflow: PolitenessGroupEval;
  /** The 24 other communities: never tuned on (the cross-community figure). */
  otherCommunities: PolitenessGroupEval;
  baselineThreshold: number;
  politeFrom: number;
  /** Every score is 50 plus the findings' points; checked on every row. */
  scoresExplained: boolean;
  protocol: string;
}

export interface EmailEval {
  path: string;
  rows: number;
  agreement: number;
  /** Agreement counting warm↔neutral and firm↔harsh as near misses (same side of the line). */
  sideAgreement: number;
  confusion: Record<string, Record<string, number>>;
}

export interface ToneEvalReport {
  politeness: PolitenessEval[];
  emails: EmailEval[];
}

/** FNV-1a, 32-bit: a stable, documented split that anyone can recompute. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const TUNING_COMMUNITY = 'Stack Overflow';

function isTuningCommunity(community: string): boolean {
  return community.endsWith(TUNING_COMMUNITY);
}

export function isTuningRow(row: { id: string; community: string }): boolean {
  return isTuningCommunity(row.community) && hashId(row.id) % 2 === 0;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      if (row.some((cell) => cell.length > 0)) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// The baseline's own small lexicon, written for this evaluation: no politeness strategies, just mood.
const POSITIVE_WORDS = new Set(
  'good great nice thanks thank appreciate appreciated helpful happy glad love excellent awesome welcome kind interesting cool perfect useful wonderful best fine hope enjoy pleasure beautiful clear correct right easy'.split(
    ' ',
  ),
);
const NEGATIVE_WORDS = new Set(
  'bad wrong stupid useless hate terrible awful never no not problem fail failed error confusing ridiculous silly nonsense worse worst annoying broken mess lazy pointless ugly unclear impossible'.split(
    ' ',
  ),
);

export function scoreSentimentBaseline(text: string): number {
  let score = 0;
  for (const word of text.toLowerCase().match(/[a-z']+/g) ?? []) {
    if (POSITIVE_WORDS.has(word)) score += 1;
    if (NEGATIVE_WORDS.has(word)) score -= 1;
  }
  return score;
}

interface PolitenessRow {
  id: string;
  community: string;
  text: string;
  normalized: number;
}

async function readPolitenessRows(path: string): Promise<PolitenessRow[]> {
  const [header, ...body] = parseCsv(await readFile(path, 'utf8'));
  if (!header) throw new Error(`${path}: empty CSV`);
  const idColumn = header.indexOf('Id');
  const textColumn = header.indexOf('Request');
  const scoreColumn = header.indexOf('Normalized Score');
  const communityColumn = header.indexOf('Community');
  if (idColumn < 0 || textColumn < 0 || scoreColumn < 0 || communityColumn < 0) {
    throw new Error(`${path}: expected Community, Id, Request and Normalized Score columns`);
  }
  return body
    .map((cells) => ({
      id: cells[idColumn] ?? '',
      community: cells[communityColumn] ?? '',
      text: cells[textColumn] ?? '',
      normalized: Number(cells[scoreColumn]),
    }))
    .filter((row) => row.id.length > 0 && Number.isFinite(row.normalized));
}

function quartileCuts(values: number[]): { low: number; high: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
  return { low: at(0.25), high: at(0.75) };
}

interface LabelledRow extends PolitenessRow {
  isPolite: boolean;
}

function labelQuartiles(rows: PolitenessRow[]): LabelledRow[] {
  const { low, high } = quartileCuts(rows.map((row) => row.normalized));
  return rows
    .filter((row) => row.normalized <= low || row.normalized >= high)
    .map((row) => ({ ...row, isPolite: row.normalized >= high }));
}

function accuracyOf<T extends { isPolite: boolean }>(rows: T[], predict: (row: T) => boolean): number {
  if (rows.length === 0) return 0;
  return rows.filter((row) => predict(row) === row.isPolite).length / rows.length;
}

function bestThreshold(scored: { value: number; isPolite: boolean }[]): number {
  const candidates = [...new Set(scored.map((row) => row.value))].sort((a, b) => a - b);
  let best = { threshold: 0, accuracy: -1 };
  for (const threshold of candidates) {
    const accuracy = accuracyOf(scored, (row) => row.value >= threshold);
    if (accuracy > best.accuracy) best = { threshold, accuracy };
  }
  return best.threshold;
}

async function evaluatePoliteness(path: string): Promise<PolitenessEval> {
  const rows = await readPolitenessRows(path);
  const labelled = labelQuartiles(rows);
  let scoresExplained = true;
  const scoreOf = (text: string) => {
    const report = checkTone(text, { lang: 'en' });
    const sum = report.findings.reduce((total, finding) => total + (finding.points ?? 0), NEUTRAL_SCORE);
    if (Math.max(0, Math.min(100, Math.round(sum))) !== report.score) scoresExplained = false;
    return report.score;
  };
  const tune = labelled.filter(isTuningRow);
  const baselineThreshold = bestThreshold(
    tune.map((row) => ({ value: scoreSentimentBaseline(row.text), isPolite: row.isPolite })),
  );
  const group = (members: LabelledRow[]): PolitenessGroupEval => ({
    quartileRows: members.length,
    accuracy: accuracyOf(members, (row) => scoreOf(row.text) >= POLITE_FROM),
    baselineAccuracy: accuracyOf(members, (row) => scoreSentimentBaseline(row.text) >= baselineThreshold),
  });
  return {
    path,
    rows: rows.length,
    tuning: group(tune),
    heldOutStackOverflow: group(
      labelled.filter((row) => isTuningCommunity(row.community) && !isTuningRow(row)),
    ),
    otherCommunities: group(labelled.filter((row) => !isTuningCommunity(row.community))),
    baselineThreshold,
    politeFrom: POLITE_FROM,
    scoresExplained,
    protocol:
      'Quartiles of Normalized Score over all rows; tuned once on Stack Overflow rows with even FNV-1a(Id); ' +
      'accuracy on top vs bottom quartile of the odd Stack Overflow rows and of the 24 other communities.',
  };
}

const EMAIL_STAGES: Record<string, FollowUpStage> = {
  before_due: 'courtesy',
  due: 'reminder_1',
  overdue_1: 'reminder_1',
  overdue_2: 'reminder_2',
  final: 'final_notice',
  collections: 'collections',
  first: 'nudge_1',
  second: 'nudge_2',
  breakup: 'breakup',
};
const LANGS = new Set(['en', 'de', 'fr', 'es', 'nl', 'pt']);
const SIDE: Record<string, string> = { warm: 'kind', neutral: 'kind', firm: 'hard', harsh: 'hard' };

async function evaluateEmails(path: string): Promise<EmailEval> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim().length > 0);
  const confusion: Record<string, Record<string, number>> = {};
  let rows = 0;
  let agree = 0;
  let sideAgree = 0;
  for (const line of lines) {
    let email: Record<string, unknown>;
    try {
      email = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    const expected = typeof email.tone_label === 'string' ? email.tone_label : null;
    if (!expected) continue;
    const kind = typeof email.kind === 'string' && email.kind !== 'other' ? email.kind : undefined;
    const stage = typeof email.stage === 'string' ? EMAIL_STAGES[email.stage] : undefined;
    const lang =
      typeof email.lang === 'string' && LANGS.has(email.lang) ? (email.lang as DraftLanguage) : undefined;
    const text = typeof email.body === 'string' ? email.body : '';
    const context: { kind?: TrackedKind; stage?: FollowUpStage; lang?: DraftLanguage } = {};
    if (kind && isTrackedKind(kind as TrackedKind)) context.kind = kind as TrackedKind;
    if (stage) context.stage = stage;
    if (lang) context.lang = lang;
    const { label } = checkTone(text, context);
    rows += 1;
    if (label === expected) agree += 1;
    if (SIDE[label] === SIDE[expected]) sideAgree += 1;
    const row = confusion[expected] ?? {};
    row[label] = (row[label] ?? 0) + 1;
    confusion[expected] = row;
  }
  return {
    path,
    rows,
    agreement: rows ? agree / rows : 0,
    sideAgreement: rows ? sideAgree / rows : 0,
    confusion,
  };
}

export async function evaluateTone(paths: string[]): Promise<ToneEvalReport> {
  const report: ToneEvalReport = { politeness: [], emails: [] };
  for (const path of paths) {
    if (path.endsWith('.csv')) report.politeness.push(await evaluatePoliteness(path));
    else report.emails.push(await evaluateEmails(path));
  }
  return report;
}

/**
 * Fits per-finding weights (logistic regression, L2, on finding counts per strategy) on the tuning
 * rows only, and prints them ×10 as points, beside the table's current values. Each weight is kept
 * on its strategy's side (projected gradient: a step across zero stops at zero), so a fitted point
 * never contradicts the reason the user reads beside it.
 */
async function fitPoliteness(path: string): Promise<void> {
  const strategies = Object.keys(POLITENESS_POINTS) as PolitenessStrategy[];
  const rows = labelQuartiles(await readPolitenessRows(path)).filter(isTuningRow);
  const features = rows.map((row) => {
    const counts = new Map<string, number>();
    for (const finding of checkTone(row.text, { lang: 'en' }).findings) {
      counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
    }
    return strategies.map((strategy) => Math.min(3, counts.get(strategy) ?? 0));
  });
  const weights = strategies.map(() => 0);
  let bias = 0;
  const rate = 0.3;
  const l2 = 0.002;
  for (let epoch = 0; epoch < 3000; epoch += 1) {
    const gradient = strategies.map(() => 0);
    let biasGradient = 0;
    rows.forEach((row, index) => {
      const x = features[index]!;
      const z = bias + x.reduce((sum, value, k) => sum + value * weights[k]!, 0);
      const error = 1 / (1 + Math.exp(-z)) - (row.isPolite ? 1 : 0);
      biasGradient += error;
      x.forEach((value, k) => {
        gradient[k]! += error * value;
      });
    });
    bias -= (rate * biasGradient) / rows.length;
    weights.forEach((weight, k) => {
      const stepped = weight - rate * (gradient[k]! / rows.length + l2 * weight);
      weights[k] =
        POLITENESS_POINTS[strategies[k]!].side === 'polite' ? Math.max(0, stepped) : Math.min(0, stepped);
    });
  }
  console.info(`tuning rows in quartiles: ${rows.length}; bias ×10 = ${(bias * 10).toFixed(1)}`);
  console.info(`suggested POLITE_FROM ≈ ${(NEUTRAL_SCORE - bias * 10).toFixed(1)}`);
  const scored = rows.map((row) => ({
    value: checkTone(row.text, { lang: 'en' }).score,
    isPolite: row.isPolite,
  }));
  console.info(`best POLITE_FROM for the current table on the tuning half: ${bestThreshold(scored)}`);
  strategies.forEach((strategy, k) => {
    const count = features.filter((x) => x[k]! > 0).length;
    console.info(
      `${strategy.padEnd(20)} fitted ${(weights[k]! * 10).toFixed(1).padStart(6)}  table ${String(POLITENESS_POINTS[strategy].points).padStart(4)}  rows with it ${count}`,
    );
  });
}

function formatPercent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--fit') {
    if (!argv[1]) throw new Error('usage: eval-tone.ts --fit CORPUS.csv');
    await fitPoliteness(argv[1]);
    return;
  }
  if (argv.length === 0) {
    console.error('usage: npx tsx scripts/eval-tone.ts POLITENESS.csv [EMAILS.jsonl] | --fit POLITENESS.csv');
    process.exitCode = 2;
    return;
  }
  const report = await evaluateTone(argv);
  for (const item of report.politeness) {
    console.info(`Politeness (${item.path}), ${item.protocol}`);
    const line = (name: string, group: PolitenessGroupEval) =>
      console.info(
        `  ${name}: ${formatPercent(group.accuracy)} on ${group.quartileRows} quartile rows (sentiment-lexicon baseline ${formatPercent(group.baselineAccuracy)})`,
      );
    line('tuning rows (Stack Overflow, even hash)', item.tuning);
    line('held-out Stack Overflow (odd hash)', item.heldOutStackOverflow);
    line('24 other communities, never tuned on', item.otherCommunities);
    console.info(`  every score = 50 + sum of finding points: ${item.scoresExplained ? 'yes' : 'NO'}`);
  }
  for (const item of report.emails) {
    console.info(`Emails (${item.path}): ${item.rows} rows`);
    console.info(
      `  label agreement ${formatPercent(item.agreement)}; same side (warm/neutral vs firm/harsh) ${formatPercent(item.sideAgreement)}`,
    );
    console.info(`  confusion (expected → ours): ${JSON.stringify(item.confusion)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
