import type { MailAddress } from '../../core/mail';
import { htmlToText } from '../../core/text/html-to-text';
import { stripQuotedHistory } from '../../core/text/strip-quoted-history';

/**
 * Reads the messages the user sent from the body of Gmail's sync request
 * (`POST /sync/u/N/i/s`, shared/docs/webmail.md). Two generations are known (recordings in
 * shared/fixtures/gmail-sync): 2018 bodies are objects keyed "1", "2", …; 2022 bodies are the same
 * protobuf-like structure written as arrays, where index i is key i+1. Where a message sits differs
 * between a new thread, a reply and a batched draft save, so the parser does not follow fixed paths:
 * it walks the tree for message records (key 1 a `msg-a:`/`msg-f:` id, key 11 a label list) and takes
 * the nearest enclosing `thread-a:`/`thread-f:` id. Each message is judged by its own labels:
 * `^pfg` is a send, `^r`/`^r_bt` a draft save, `^scheduled` a scheduled send.
 */

export interface GmailSentMessage {
  threadId: string;
  messageId: string;
  subject: string;
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  /** Plain text the user wrote: quoted history and signature removed. */
  bodyText: string;
  /**
   * Always empty for now: none of the recorded requests carries an attachment, so where Gmail puts
   * their names is unknown. TODO(2026-11): read them once a recording with an attachment exists.
   */
  attachmentNames: string[];
  sentAt: number;
  isReply: boolean;
}

export interface GmailSyncRequestReading {
  sends: GmailSentMessage[];
  draftSaves: number;
  scheduledSends: number;
  /** Why something was skipped, for the maintainer's log. */
  problems: string[];
}

/** Far above any real request (kilobytes); a larger body is refused, not parsed. */
export const MAX_SYNC_BODY_CHARS = 6_000_000;
const MAX_NODES = 200_000;
const MAX_DEPTH = 64;

const MESSAGE_ID = /^msg-[af]:/;
const THREAD_ID = /^thread-[af]:/;

type Node = unknown;

/** Field `key` of a record in either generation: array index key-1, or object key "key". */
function field(node: Node, key: number): unknown {
  if (Array.isArray(node)) return node[key - 1];
  if (node && typeof node === 'object') return (node as Record<string, unknown>)[String(key)];
  return undefined;
}

function childrenOf(node: Node): unknown[] {
  if (Array.isArray(node)) return node;
  if (node && typeof node === 'object') return Object.values(node as Record<string, unknown>);
  return [];
}

function isMessageRecord(node: Node): boolean {
  const id = field(node, 1);
  const labels = field(node, 11);
  return typeof id === 'string' && MESSAGE_ID.test(id) && Array.isArray(labels);
}

/**
 * A custom thread id carries the first message's id after a bar (`thread-a:r26…|msg-a:r81…`, the
 * 2022 customThreadId and 2019 recordings); the thread is the part before it.
 */
function threadIdAt(node: Node): string | null {
  for (const child of childrenOf(node)) {
    if (typeof child === 'string' && THREAD_ID.test(child)) return child.split('|')[0]!.slice(0, 200);
  }
  return null;
}

function readAddress(value: unknown): MailAddress | null {
  const email = field(value, 2);
  if (typeof email !== 'string' || !email.includes('@') || email.length > 320) return null;
  const name = field(value, 3);
  return typeof name === 'string' && name.trim()
    ? { email: email.toLowerCase(), name }
    : { email: email.toLowerCase() };
}

function readAddresses(value: unknown): MailAddress[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, 500).flatMap((item) => {
    const address = readAddress(item);
    return address ? [address] : [];
  });
}

function readTime(value: unknown): number | null {
  const time = typeof value === 'string' ? Number(value) : value;
  return typeof time === 'number' && Number.isFinite(time) && time > 0 ? time : null;
}

/**
 * The body is a list of [partType, html] parts: type 0 is what the user wrote, type 2 the quoted
 * history Gmail appends to a reply (2022 reply recordings). Gmail's own quote and signature blocks
 * inside the written part are cut too.
 */
function readBodyText(value: unknown): string {
  const parts = field(value, 2);
  if (!Array.isArray(parts)) return '';
  const written = parts
    .filter((part) => field(part, 1) === 0 && typeof field(part, 2) === 'string')
    .map((part) => field(part, 2) as string)
    .join('\n');
  const withoutGmailBlocks = written
    .replace(/<div[^>]{0,200}class="[^"]{0,100}gmail_quote[\s\S]*$/i, '')
    .replace(/<div[^>]{0,200}class="[^"]{0,100}gmail_signature[\s\S]*$/i, '');
  return stripQuotedHistory(htmlToText(withoutGmailBlocks));
}

export function parseSyncRequest(body: string, now: number): GmailSyncRequestReading {
  const reading: GmailSyncRequestReading = { sends: [], draftSaves: 0, scheduledSends: 0, problems: [] };
  if (body.length > MAX_SYNC_BODY_CHARS) {
    reading.problems.push(`sync request of ${body.length} characters is over the cap; not read`);
    return reading;
  }
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch {
    reading.problems.push(`sync request is not JSON (starts ${JSON.stringify(body.slice(0, 40))})`);
    return reading;
  }

  const seen = new Set<string>();
  const stack: Array<{ node: Node; threadId: string | null; depth: number }> = [
    { node: root, threadId: null, depth: 0 },
  ];
  let visited = 0;
  while (stack.length > 0) {
    const { node, threadId: inherited, depth } = stack.pop()!;
    if (++visited > MAX_NODES) {
      reading.problems.push('sync request has too many nodes; the rest was not read');
      break;
    }
    if (depth > MAX_DEPTH || !node || typeof node !== 'object') continue;
    const threadId = threadIdAt(node) ?? inherited;
    if (isMessageRecord(node)) {
      readMessage(node, threadId, now, seen, reading);
      continue;
    }
    const children = childrenOf(node);
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({ node: children[index], threadId, depth: depth + 1 });
    }
  }
  return reading;
}

function readMessage(
  record: Node,
  threadId: string | null,
  now: number,
  seen: Set<string>,
  reading: GmailSyncRequestReading,
): void {
  const messageId = field(record, 1) as string;
  if (seen.has(messageId)) return;
  seen.add(messageId);
  const labels = (field(record, 11) as unknown[]).filter(
    (label): label is string => typeof label === 'string',
  );
  if (labels.includes('^scheduled')) {
    reading.scheduledSends += 1;
    return;
  }
  if (labels.includes('^r') || labels.includes('^r_bt')) {
    reading.draftSaves += 1;
    return;
  }
  if (!labels.includes('^pfg')) return;
  if (!threadId) {
    reading.problems.push(`sent message ${messageId} has no thread id; not recorded`);
    return;
  }
  const from = readAddress(field(record, 2));
  if (!from) {
    reading.problems.push(`sent message ${messageId} has no sender address; not recorded`);
    return;
  }
  const subject = field(record, 8);
  reading.sends.push({
    threadId,
    messageId,
    subject: typeof subject === 'string' ? subject.slice(0, 2_000) : '',
    from,
    to: readAddresses(field(record, 3)),
    cc: readAddresses(field(record, 4)),
    bcc: readAddresses(field(record, 5)),
    bodyText: readBodyText(field(record, 9)),
    attachmentNames: [],
    sentAt: readTime(field(record, 7)) ?? readTime(field(record, 18)) ?? now,
    isReply: threadId.startsWith('thread-f:'),
  });
}

/** The account index of a sync URL (`/sync/u/1/i/s?…` → "1"); null for any other URL. */
export function readSyncAccount(url: string): string | null {
  const match = /^https:\/\/mail\.google\.com\/sync\/u\/(\d{1,2})\/i\/s(?:[?#]|$)/.exec(url);
  return match ? match[1]! : null;
}
