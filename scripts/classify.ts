/**
 * Batch interface to the classifier (issue #3):
 *   npx tsx scripts/classify.ts FILE      (FILE may be `-` for stdin)
 * reads JSON lines {"id", "subject", "body", "attachments": [names], "from"?, "to"?: [...], "sentAt"?: ISO}
 * and writes one JSON line per input {"id", "kind", "confidence", "fields", "signals"}. A bad line gets
 * {"id", "error"} (id null when unknown) and the run goes on. Input is streamed line by line.
 * A line without "sentAt" is read as sent when the run started, as the extension reads a send as it
 * happens: "due on May 15" then still has a year, and "Net 30" counts from that moment.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { classifyEmail } from '../src/core/classify/classify-email';
import { readMailAddress } from '../src/core/classify/read-mail-address';
import { explainInEnglish } from '../src/core/explanations/explain-in-english';
import type { ClassifyInput, MailAddress } from '../src/core/mail';

export interface BatchResult {
  id: string | number | null;
  kind: string;
  confidence: number;
  fields: {
    amount: number | null;
    currency: string | null;
    invoiceNumber: string | null;
    dueDate: string | null;
    validUntil: string | null;
  };
  signals: string[];
}

export interface BatchProblem {
  id: string | number | null;
  error: string;
}

/** Classifies one input line; never throws. `runStartedAt` stands in for a missing "sentAt". */
export function classifyBatchLine(line: string, runStartedAt = Date.now()): BatchResult | BatchProblem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { id: null, error: 'not a JSON object' };
  const record = parsed as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  const input = readBatchInput(record);
  if (typeof input === 'string') return { id, error: input };
  const result = classifyEmail(input.sentAt === undefined ? { ...input, sentAt: runStartedAt } : input);
  const { amount, currency, invoiceNumber, dueDate, validUntil } = result.fields;
  return {
    id,
    kind: result.kind,
    confidence: result.confidence,
    fields: { amount, currency, invoiceNumber, dueDate, validUntil },
    signals: result.signals.map(explainInEnglish),
  };
}

/** The classifier's input from a batch line, or what is wrong with the line. */
function readBatchInput(record: Record<string, unknown>): ClassifyInput | string {
  const { subject, body, attachments, from, to, sentAt } = record;
  if (subject !== undefined && subject !== null && typeof subject !== 'string')
    return '"subject" must be a string';
  if (body !== undefined && body !== null && typeof body !== 'string') return '"body" must be a string';
  if (typeof subject !== 'string' && typeof body !== 'string') return 'needs a "subject" or a "body"';
  if (attachments !== undefined && attachments !== null && !isStringArray(attachments)) {
    return '"attachments" must be an array of names';
  }
  if (to !== undefined && to !== null && !isStringArray(to)) return '"to" must be an array of addresses';
  let sentAtMs: number | undefined;
  if (sentAt !== undefined && sentAt !== null) {
    sentAtMs = typeof sentAt === 'string' ? Date.parse(sentAt) : Number.NaN;
    if (!Number.isFinite(sentAtMs)) return '"sentAt" must be an ISO date-time';
  }
  const sender = from === undefined || from === null ? null : readMailAddress(from);
  if (from !== undefined && from !== null && !sender) return '"from" must be an email address';
  const recipients = Array.isArray(to) ? to.map(readMailAddress).filter((a): a is MailAddress => !!a) : [];
  return {
    subject: typeof subject === 'string' ? subject : '',
    bodyText: typeof body === 'string' ? body : '',
    attachmentNames: Array.isArray(attachments) ? (attachments as string[]) : [],
    ...(sender ? { from: sender } : {}),
    to: recipients,
    ...(sentAtMs !== undefined ? { sentAt: sentAtMs } : {}),
  };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Streams `input` line by line to `write`; returns how many lines were answered. */
export async function classifyBatch(input: Readable, write: (line: string) => void): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  // One moment for the whole run, so that every line without a send time reads against the same day.
  const runStartedAt = Date.now();
  let answered = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    write(JSON.stringify(classifyBatchLine(line, runStartedAt)));
    answered++;
  }
  return answered;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npx tsx scripts/classify.ts FILE   (FILE may be - for stdin)');
    process.exit(2);
  }
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  input.on('error', (error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
  classifyBatch(input, (line) => process.stdout.write(`${line}\n`)).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
