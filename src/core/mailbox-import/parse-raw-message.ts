import { type MailAddress, normalizeSubject } from '../mail';
import { htmlToText } from '../text/html-to-text';
import { stripQuotedHistory } from '../text/strip-quoted-history';
import { decodeBase64, decodeCharset, decodeQuotedPrintable } from './decode-bytes';

/** One message of a mailbox file, as the backfill needs it: text only, bounded in size. */
export interface MailboxMessage {
  /** The RFC 5322 Message-ID without angle brackets; null when the message has none. */
  messageId: string | null;
  /** Gmail's thread id (X-GM-THRID, decimal) in a Google Takeout export; null elsewhere. */
  gmailThreadId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** Epoch ms from the Date header; null when missing or unreadable. */
  date: number | null;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** Takeout's X-Gmail-Labels ("Sent", "Inbox", …). */
  labels: string[];
  /** What the sender wrote: text/plain preferred, else the HTML as text; quoted history removed. */
  bodyText: string;
  attachmentNames: string[];
  /** Headers an auto-reply is recognized by (Auto-Submitted, X-Autoreply, Precedence). */
  autoReplyHeaders: Record<string, string>;
}

const MAX_BODY_CHARS = 20_000;
const MAX_HEADER_CHARS = 200_000;
const MAX_PARTS = 50;
const MAX_DEPTH = 5;

type Headers = Map<string, string>;

/** Splits a raw message into its unfolded headers and its body. */
function splitHeaders(raw: string): { headers: Headers; body: string } {
  const end = raw.search(/\r?\n\r?\n/);
  const head = (end < 0 ? raw : raw.slice(0, end)).slice(0, MAX_HEADER_CHARS);
  const body = end < 0 ? '' : raw.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers: Headers = new Map();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** RFC 2047 encoded words (`=?utf-8?B?…?=`, `=?iso-8859-1?Q?…?=`) in a header, decoded. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(
      /=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]{0,2000})\?=/g,
      (_, charset: string, encoding: string, text: string) =>
        decodeCharset(
          encoding.toUpperCase() === 'B' ? decodeBase64(text) : decodeQuotedPrintable(text, true),
          charset,
        ),
    );
}

const ADDRESS = /[^\s<>()"',;:@]{1,64}@[^\s<>()"',;:@]{1,255}\.[A-Za-z0-9-]{2,24}/;

/** "Ana Souza <ana@acme.example>, bo@north.example" → addresses, names unquoted and decoded. */
export function parseAddressList(value: string | undefined): MailAddress[] {
  if (!value) return [];
  const addresses: MailAddress[] = [];
  // Commas inside quoted names do not separate addresses.
  for (const part of decodeEncodedWords(value)
    .slice(0, 20_000)
    .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
    const email = ADDRESS.exec(part)?.[0]?.toLowerCase();
    if (!email) continue;
    const name = part
      .replace(/<[^>]*>/g, '')
      .replace(ADDRESS, '')
      .replace(/["()]/g, '')
      .trim();
    addresses.push(name ? { email, name } : { email });
    if (addresses.length >= 500) break;
  }
  return addresses;
}

function messageIdOf(value: string | undefined): string | null {
  const id = /<([^<>\s]{1,900})>/.exec(value ?? '')?.[1] ?? value?.trim();
  return id ? id : null;
}

function parameter(header: string | undefined, name: string): string | null {
  if (!header) return null;
  const extended = new RegExp(`${name}\\*=(?:[^']*'[^']*')?([^;]+)`, 'i').exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim().replace(/^"|"$/g, ''));
    } catch {
      return extended.trim();
    }
  }
  const plain = new RegExp(`${name}=("([^"]*)"|[^;\\s]+)`, 'i').exec(header);
  return plain ? decodeEncodedWords(plain[2] ?? plain[1]!) : null;
}

function decodeBody(body: string, headers: Headers): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const charset = parameter(headers.get('content-type'), 'charset') ?? 'utf-8';
  if (encoding === 'base64') return decodeCharset(decodeBase64(body.slice(0, 4 * MAX_BODY_CHARS)), charset);
  if (encoding === 'quoted-printable')
    return decodeCharset(decodeQuotedPrintable(body.slice(0, 4 * MAX_BODY_CHARS)), charset);
  return body;
}

interface BodyParts {
  plain: string | null;
  html: string | null;
  attachments: string[];
}

function collectParts(raw: string, headers: Headers, parts: BodyParts, depth: number): void {
  const type = (headers.get('content-type') ?? 'text/plain').toLowerCase();
  const disposition = headers.get('content-disposition');
  const filename = parameter(disposition, 'filename') ?? parameter(headers.get('content-type'), 'name');
  if (type.startsWith('multipart/')) {
    const boundary = parameter(headers.get('content-type'), 'boundary');
    if (!boundary || depth >= MAX_DEPTH) return;
    const sections = raw.split(
      new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*\\r?\\n?`),
    );
    for (const section of sections.slice(1, MAX_PARTS + 1)) {
      if (!section.trim()) continue;
      const part = splitHeaders(section);
      collectParts(part.body, part.headers, parts, depth + 1);
    }
    return;
  }
  if (filename || /^attachment/i.test(disposition ?? '')) {
    if (filename && parts.attachments.length < 100) parts.attachments.push(filename.slice(0, 300));
    return;
  }
  if (type.startsWith('text/plain') && parts.plain === null) parts.plain = decodeBody(raw, headers);
  else if (type.startsWith('text/html') && parts.html === null) parts.html = decodeBody(raw, headers);
}

/** Reads one raw message; never throws, and keeps at most 20,000 characters of body text. */
export function parseRawMessage(raw: string): MailboxMessage {
  const { headers, body } = splitHeaders(raw);
  const parts: BodyParts = { plain: null, html: null, attachments: [] };
  collectParts(body, headers, parts, 0);
  const text =
    parts.plain ?? (parts.html !== null ? htmlToText(parts.html.slice(0, 5 * MAX_BODY_CHARS)) : '');
  const date = Date.parse(headers.get('date') ?? '');
  const autoReplyHeaders: Record<string, string> = {};
  for (const name of ['auto-submitted', 'x-autoreply', 'x-autorespond', 'precedence']) {
    const value = headers.get(name);
    if (value) autoReplyHeaders[name] = value.slice(0, 200);
  }
  return ownCopy({
    messageId: messageIdOf(headers.get('message-id')),
    gmailThreadId: /^\d{1,20}$/.test(headers.get('x-gm-thrid') ?? '') ? headers.get('x-gm-thrid')! : null,
    inReplyTo: messageIdOf(headers.get('in-reply-to')),
    references: [...(headers.get('references') ?? '').matchAll(/<([^<>\s]{1,900})>/g)]
      .map((match) => match[1]!)
      .slice(-50),
    date: Number.isFinite(date) ? date : null,
    from: parseAddressList(headers.get('from'))[0] ?? null,
    to: parseAddressList(headers.get('to')),
    cc: parseAddressList(headers.get('cc')),
    subject: decodeEncodedWords(headers.get('subject') ?? '').slice(0, 2_000),
    labels: decodeEncodedWords(headers.get('x-gmail-labels') ?? '')
      .split(',')
      .map((label) => label.trim())
      .filter(Boolean),
    bodyText: stripQuotedHistory(text.replace(/\r\n/g, '\n').slice(0, MAX_BODY_CHARS)),
    attachmentNames: parts.attachments,
    autoReplyHeaders,
  });
}

/**
 * The message's strings copied out of the file's text. A substring can keep the whole string it was
 * cut from alive (V8's sliced strings), so a planner holding every message of a mailbox file held the
 * whole file: 300 MB of mbox kept 313 MB of heap, measured 2026-11-23 (issue #4: "a 1 GB file must not
 * exhaust memory"). Joining forces a fresh flat copy; cutting that copy keeps only the copy.
 */
function ownCopy<T>(value: T): T {
  if (typeof value === 'string') return (value.length < 13 ? value : `${value} `.slice(0, -1)) as T;
  if (Array.isArray(value)) return value.map(ownCopy) as T;
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[ownCopy(key)] = ownCopy(item);
    return copy as T;
  }
  return value;
}

/**
 * The conversation a message belongs to: Gmail's thread id in a Takeout export, else the first message
 * it refers to (a message that refers to none is its conversation's first), else its subject.
 */
export function conversationKeyOf(message: MailboxMessage): string {
  if (message.gmailThreadId) return `gm:${message.gmailThreadId}`;
  const root = message.references[0] ?? message.inReplyTo ?? message.messageId;
  return root ? `ref:${root}` : `subject:${normalizeSubject(message.subject)}`;
}
