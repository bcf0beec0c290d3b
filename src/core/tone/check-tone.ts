import type { FollowUpStage } from '../cadence/stages';
import type { TrackedKind } from '../classify/kinds';
import type { DraftLanguage } from '../drafts/render-follow-up';
import { explainInEnglish } from '../explanations/explain-in-english';
import { type Explanation, type ExplanationCode, explain } from '../explanations/explanation';
import { detectLanguage } from '../language/detect-language';
import { compilePhrasePattern, findPhraseMatches } from './compile-phrase-pattern';
import { findPrivateData, type PrivateDataKind } from './find-private-data';
import { measureReading } from './measure-reading';
import {
  ANYWHERE_PATTERNS,
  POLITENESS_POINTS,
  type PolitenessStrategy,
  SENTENCE_START_PATTERNS,
} from './politeness-strategies';
import { type LanguagePhrases, type PhraseRule, TONE_PHRASES } from './tone-phrases';

export interface ToneFinding {
  rule: string;
  /** Character span in the checked text. */
  start: number;
  end: number;
  severity: 'info' | 'warning' | 'problem';
  /** The reason, for the UI to word in its language. */
  reason: Explanation;
  /** The reason in plain English words (`reason` as the CLI and logs say it). */
  message: string;
  /** A concrete better phrasing; in English where `advice` is set. */
  suggestion: string;
  /**
   * The suggestion when it is advice to the writer, for the UI to word in its language. Absent when the
   * suggestion is wording in the draft's own language, which is shown as it is.
   */
  advice?: Explanation;
  /** What this finding adds to (or takes from) the score: the score is 50 plus the sum of these. */
  points?: number;
}

export interface ToneReport {
  /** 0–100 politeness/warmth. */
  score: number;
  label: 'warm' | 'neutral' | 'firm' | 'harsh';
  findings: ToneFinding[];
  bands: { words: number; questions: number; readingGrade: number; sentiment: number };
}

export interface ToneContext {
  kind?: TrackedKind;
  stage?: FollowUpStage;
  lang?: DraftLanguage;
}

export const NEUTRAL_SCORE = 50;
// Longer than any email a person writes; keeps a pasted novel from stalling the compose window.
export const MAX_TONE_CHARS = 50_000;
// Nobody reads the 26th highlight of the same kind; the cap also keeps pathological input linear.
export const MAX_FINDINGS_PER_RULE = 25;

// Label cut-offs on the score, read off the score spread of the hand-labelled dev emails per label
// (scripts/eval-tone.ts); round numbers on purpose, as 86 emails cannot support finer tuning.
const WARM_FROM = 60;
const NEUTRAL_FROM = 45;
const FIRM_FROM = 30;

type StageBand = 'early' | 'middle' | 'final' | 'unknown';

function bandOf(stage: FollowUpStage | undefined): StageBand {
  switch (stage) {
    case undefined:
      return 'unknown';
    case 'final_notice':
    case 'collections':
      return 'final';
    case 'reminder_3':
    case 'personal':
    case 'call':
    case 'nudge_3':
    case 'breakup':
    case 'close_notice':
      return 'middle';
    default:
      return 'early';
  }
}

interface CompiledPhrases {
  rules: [PhraseRule, RegExp][];
  greeting: RegExp;
  thanks: RegExp;
  asks: RegExp;
}

const compiledCache = new Map<DraftLanguage, CompiledPhrases>();

function compiledFor(lang: DraftLanguage): CompiledPhrases {
  let compiled = compiledCache.get(lang);
  if (compiled) return compiled;
  const phrases: LanguagePhrases = TONE_PHRASES[lang];
  compiled = {
    rules: (Object.entries(phrases.rules) as [PhraseRule, readonly string[]][]).map(([rule, list]) => [
      rule,
      compilePhrasePattern(list),
    ]),
    greeting: compilePhrasePattern(phrases.greetings, true),
    thanks: compilePhrasePattern(phrases.thanks),
    asks: compilePhrasePattern(phrases.asks),
  };
  compiledCache.set(lang, compiled);
  return compiled;
}

/** A finding as the checks make it: `add` words its reason (and advice) in English. */
type Found = Omit<ToneFinding, 'message' | 'suggestion'> & { suggestion?: string };

const RULE_REASONS: Record<PhraseRule, ExplanationCode> = {
  accusatory: 'toneAccusatory',
  'passive-aggressive': 'tonePassiveAggressive',
  'guilt-trip': 'toneGuiltTrip',
  threat: 'toneThreat',
  'firm-language': 'toneFirmLanguage',
  urgency: 'toneUrgency',
  grovelling: 'toneGrovelling',
};

interface PhraseVerdict {
  severity: ToneFinding['severity'];
  points: number;
  reason: ExplanationCode;
}

function judgePhrase(rule: PhraseRule, band: StageBand, grovelCount: number): PhraseVerdict {
  const reason = RULE_REASONS[rule];
  switch (rule) {
    case 'accusatory':
      return { severity: 'problem', points: -15, reason };
    case 'passive-aggressive':
    case 'guilt-trip':
      return { severity: 'warning', points: -10, reason };
    case 'threat':
      return band === 'final'
        ? { severity: 'info', points: -2, reason: 'toneThreatFinalNotice' }
        : { severity: 'problem', points: -15, reason };
    case 'firm-language':
      if (band === 'final') {
        return { severity: 'info', points: -1, reason: 'toneFirmFinalNotice' };
      }
      if (band === 'early') return { severity: 'warning', points: -6, reason };
      return { severity: 'info', points: -3, reason: 'toneFirmLateInLadder' };
    case 'urgency':
      return { severity: 'warning', points: -6, reason };
    case 'grovelling':
      return grovelCount >= 2
        ? { severity: 'warning', points: -3, reason }
        : { severity: 'info', points: -1, reason: 'toneOneSoftener' };
  }
}

const PRIVATE_DATA_REASONS: Record<PrivateDataKind, ExplanationCode> = {
  iban: 'tonePrivateIban',
  'card-number': 'tonePrivateCardNumber',
  'account-number': 'tonePrivateAccountNumber',
  password: 'tonePrivatePassword',
};

const SHOUTED_WORDS = new Set([
  'PLEASE',
  'NOW',
  'NOT',
  'NEVER',
  'STILL',
  'OVERDUE',
  'PAY',
  'TODAY',
  'FINAL',
  'URGENT',
  'IMMEDIATELY',
  'MUST',
  'ANY',
  'WHY',
  'HELP',
]);
const CAPS_RUN = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})*(?![\p{L}\p{N}])/gu;

function findShouting(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(CAPS_RUN)) {
    const words = match[0].split(/[ \t]+/);
    const letters = words.join('').length;
    // Acronyms (PDF, VAT, HTML) are fine; a run of capital words or a shouted word is not.
    const isShouted =
      (words.length >= 2 && letters >= 8) || words.some((word) => SHOUTED_WORDS.has(word)) || letters >= 7;
    if (isShouted) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

function overlaps(
  a: { start: number; end: number },
  taken: readonly { start: number; end: number }[],
): boolean {
  return taken.some((b) => a.start < b.end && b.start < a.end);
}

function roundPoints(points: number): number {
  return Math.round(points * 10) / 10;
}

function labelOf(score: number): ToneReport['label'] {
  if (score >= WARM_FROM) return 'warm';
  if (score >= NEUTRAL_FROM) return 'neutral';
  if (score >= FIRM_FROM) return 'firm';
  return 'harsh';
}

function pickLanguage(text: string, lang: DraftLanguage | undefined): DraftLanguage {
  if (lang && lang in TONE_PHRASES) return lang;
  return detectLanguage(text) ?? 'en';
}

/**
 * Checks how a follow-up will land: findings with spans, plain-words reasons and better phrasings,
 * a 0–100 score that is exactly 50 plus the findings' points, a label and the gauge bands.
 * Never throws; non-string input is checked as empty text.
 */
export function checkTone(text: string, context: ToneContext = {}): ToneReport {
  const input = typeof text === 'string' ? text.slice(0, MAX_TONE_CHARS) : '';
  const lang = pickLanguage(input, context?.lang);
  const band = bandOf(context?.stage);
  const isEmail = context?.stage !== undefined || context?.kind !== undefined;
  const phrases = TONE_PHRASES[lang];
  const compiled = compiledFor(lang);
  const findings: ToneFinding[] = [];
  const perRule = new Map<string, number>();
  const add = (finding: Found): boolean => {
    const count = perRule.get(finding.rule) ?? 0;
    if (count >= MAX_FINDINGS_PER_RULE) return false;
    perRule.set(finding.rule, count + 1);
    findings.push({
      ...finding,
      message: explainInEnglish(finding.reason),
      suggestion: finding.suggestion ?? (finding.advice ? explainInEnglish(finding.advice) : ''),
      points: roundPoints(finding.points ?? 0),
    });
    return true;
  };

  const phraseMatches = compiled.rules.map(
    ([rule, pattern]) => [rule, findPhraseMatches(pattern, input)] as const,
  );
  const grovelCount = phraseMatches.find(([rule]) => rule === 'grovelling')?.[1].length ?? 0;
  for (const [rule, matches] of phraseMatches) {
    for (const match of matches) {
      const verdict = judgePhrase(rule, band, grovelCount);
      add({
        rule,
        start: match.start,
        end: match.end,
        severity: verdict.severity,
        reason: explain(verdict.reason),
        suggestion: phrases.suggestions[rule],
        points: verdict.points,
      });
    }
  }

  for (const span of findShouting(input)) {
    add({
      rule: 'all-caps',
      ...span,
      severity: 'warning',
      reason: explain('toneAllCaps'),
      suggestion: input.slice(span.start, span.end).toLowerCase(),
      points: -6,
    });
  }
  for (const match of input.matchAll(/!{2,}/g)) {
    add({
      rule: 'stacked-exclamations',
      start: match.index,
      end: match.index + match[0].length,
      severity: 'warning',
      reason: explain('toneStackedExclamations'),
      suggestion: '.',
      points: -4,
    });
  }

  for (const item of findPrivateData(input)) {
    add({
      rule: `privacy-${item.kind}`,
      start: item.start,
      end: item.end,
      severity: 'problem',
      reason: explain(PRIVATE_DATA_REASONS[item.kind]),
      suggestion: phrases.suggestions[item.kind === 'password' ? 'privacy-password' : 'privacy-payment'],
      points: 0,
    });
  }

  const reading = measureReading(input);
  const greeting = compiled.greeting.exec(input);
  if (greeting) {
    add({
      rule: 'greeting',
      start: greeting.index + greeting[0].length - greeting[0].trimStart().length,
      end: greeting.index + greeting[0].length,
      severity: 'info',
      reason: POLITENESS_POINTS.greeting.reason,
      advice: POLITENESS_POINTS.greeting.advice,
      points: POLITENESS_POINTS.greeting.points,
    });
  } else if (reading.words > 0) {
    const firstLineEnd = input.indexOf('\n') < 0 ? input.length : input.indexOf('\n');
    add({
      rule: 'no-greeting',
      start: 0,
      end: Math.min(firstLineEnd, 80),
      severity: isEmail ? 'warning' : 'info',
      reason: explain('toneNoGreeting'),
      suggestion: phrases.suggestions['no-greeting'],
      points: 0,
    });
  }

  const politenessSpans: { start: number; end: number }[] = [];
  const addStrategy = (strategy: PolitenessStrategy, start: number, end: number) => {
    const description = POLITENESS_POINTS[strategy];
    const isAdded = add({
      rule: strategy,
      start,
      end,
      severity: 'info',
      reason: description.reason,
      advice: description.advice,
      points: description.points,
    });
    if (isAdded) politenessSpans.push({ start, end });
  };
  const sentences = findSentenceStarts(input);
  let thanked = false;
  if (lang === 'en') {
    const sentenceStarts = new Set(sentences);
    for (const [strategy, pattern] of ANYWHERE_PATTERNS) {
      pattern.lastIndex = 0;
      for (const match of input.matchAll(pattern)) {
        const span = { start: match.index, end: match.index + match[0].length };
        if (strategy === 'exclamation' && (input[span.end] === '!' || input[span.start - 1] === '!'))
          continue;
        if (overlaps(span, politenessSpans)) continue;
        const resolved: PolitenessStrategy =
          strategy === 'please' && sentenceStarts.has(span.start) ? 'please-start' : strategy;
        if (resolved === 'gratitude') thanked = true;
        addStrategy(resolved, span.start, span.end);
      }
    }
    for (const start of sentences) {
      for (const [strategy, pattern] of SENTENCE_START_PATTERNS) {
        pattern.lastIndex = start;
        const match = pattern.exec(input);
        if (match && match.index === start) {
          addStrategy(strategy, start, start + match[0].length);
          break;
        }
      }
    }
  } else {
    for (const match of findPhraseMatches(compiled.thanks, input)) {
      thanked = true;
      addStrategy('gratitude', match.start, match.end);
    }
  }
  if (!thanked && reading.words > 0) {
    add({
      rule: 'no-thanks',
      start: Math.max(0, input.trimEnd().length - 1),
      end: input.trimEnd().length,
      severity: 'info',
      reason: explain('toneNoThanks'),
      suggestion: phrases.suggestions['no-thanks'],
      points: 0,
    });
  }

  const questions = (input.match(/[?¿]/g) ?? []).filter((mark) => mark === '?').length;
  compiled.asks.lastIndex = 0;
  const hasAsk = questions > 0 || compiled.asks.test(input);
  if (!hasAsk && reading.words > 0) {
    add({
      rule: 'no-ask',
      start: 0,
      end: input.length,
      severity: isEmail ? 'warning' : 'info',
      reason: explain('toneNoAsk'),
      suggestion: phrases.suggestions['no-ask'],
      points: 0,
    });
  }
  if (questions > 3) {
    add({
      rule: 'too-many-questions',
      start: 0,
      end: input.length,
      severity: 'warning',
      reason: explain('toneTooManyQuestions', { questions }),
      advice: explain('adviceOneQuestion'),
      points: 0,
    });
  }
  addLengthFindings(add, reading.words, input.length, isEmail);
  addReadingFinding(add, reading, lang);

  const total = findings.reduce((sum, finding) => sum + (finding.points ?? 0), 0);
  const score = Math.max(0, Math.min(100, Math.round(NEUTRAL_SCORE + total)));
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    score,
    label: labelOf(score),
    findings,
    bands: {
      words: reading.words,
      questions,
      readingGrade: reading.readingGrade,
      sentiment: measureSentiment(findings),
    },
  };
}

function addLengthFindings(add: (finding: Found) => void, words: number, length: number, isEmail: boolean) {
  if (words === 0) return;
  // Boomerang (playbook: Tone): 50–125 words get the most replies.
  if (words < 25) {
    add({
      rule: 'too-short',
      start: 0,
      end: length,
      severity: isEmail ? 'warning' : 'info',
      reason: explain('toneVeryShort', { words }),
      advice: explain('adviceAddFriendlyLine'),
      points: 0,
    });
  } else if (words < 50) {
    add({
      rule: 'too-short',
      start: 0,
      end: length,
      severity: 'info',
      reason: explain('toneSlightlyShort', { words }),
      advice: explain('adviceAddContext'),
      points: 0,
    });
  } else if (words > 200) {
    add({
      rule: 'too-long',
      start: 0,
      end: length,
      severity: 'warning',
      reason: explain('toneTooLong', { words }),
      advice: explain('adviceCutToReminder'),
      points: 0,
    });
  } else if (words > 125) {
    add({
      rule: 'too-long',
      start: 0,
      end: length,
      severity: 'info',
      reason: explain('toneSlightlyLong', { words }),
      advice: explain('adviceCutRepeatedContext'),
      points: 0,
    });
  }
}

function addReadingFinding(
  add: (finding: Found) => void,
  reading: ReturnType<typeof measureReading>,
  lang: DraftLanguage,
) {
  const { longestSentence } = reading;
  const wordsPerSentence = reading.words / Math.max(1, reading.sentences);
  const isHard = lang === 'en' ? reading.readingGrade > 12 : wordsPerSentence > 25;
  const isLongSentence = longestSentence.words > 40;
  if (!isHard && !isLongSentence) return;
  add({
    rule: 'hard-reading',
    start: longestSentence.start,
    end: longestSentence.end,
    severity: 'warning',
    reason:
      lang === 'en'
        ? explain('toneReadingGrade', { grade: reading.readingGrade })
        : explain('toneLongSentences', { words: Math.round(wordsPerSentence) }),
    advice: explain('adviceSplitLongSentence'),
    points: 0,
  });
}

const POSITIVE = new Set(['gratitude', 'warm-words', 'deference', 'emoticon', 'greeting']);
const NEGATIVE = new Set([
  'negative-words',
  'accusatory',
  'guilt-trip',
  'passive-aggressive',
  'threat',
  'all-caps',
]);

/** −1 (all negative) to 1 (all positive), from the same findings the user sees. */
function measureSentiment(findings: readonly ToneFinding[]): number {
  let positive = 0;
  let negative = 0;
  for (const finding of findings) {
    if (POSITIVE.has(finding.rule)) positive += 1;
    if (NEGATIVE.has(finding.rule)) negative += 1;
  }
  return Math.round(((positive - negative) / (positive + negative + 1)) * 100) / 100;
}

/** Offsets where sentences begin: the first letter at the start, after a line break, or after . ! ? and a space. */
function findSentenceStarts(text: string): number[] {
  const starts: number[] = [];
  let isAtStart = true;
  let isAfterStop = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\n') {
      isAtStart = true;
      isAfterStop = false;
    } else if (/\s/.test(char)) {
      if (isAfterStop) isAtStart = true;
    } else if (isAtStart && /\p{L}/u.test(char)) {
      starts.push(index);
      isAtStart = false;
      isAfterStop = false;
    } else if (!(isAtStart && '"\'“‘(['.includes(char))) {
      // An opening quote or bracket keeps a sentence start open for the letter after it.
      isAtStart = false;
      isAfterStop = '.!?'.includes(char);
    }
  }
  return starts;
}
