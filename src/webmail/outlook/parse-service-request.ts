import type { MailAddress } from '../../core/mail';
import { htmlToText } from '../../core/text/html-to-text';
import { stripQuotedHistory } from '../../core/text/strip-quoted-history';

export {
  isOutlookHost,
  OUTLOOK_SERVICE_URL_PATTERNS,
  readOutlookAccount,
} from './read-outlook-account';

/**
 * Reads what the user sent from Outlook on the web's own service calls
 * (`POST …/owa/…/service.svc?action=…`, shared/docs/webmail.md, where it is marked unverified).
 *
 * Evidence for the shapes, from public code (2026-11 search, nothing checked against a live account):
 * - a recorded OWA 2016 send (build 15.0.1236.3) kept as a test input by curlconverter
 *   (test/fixtures/curl_commands/post_data_binary_with_equals.sh): `service.svc?action=CreateItem&ID=-37&AC=1`,
 *   header `Action: CreateItem`, JSON body `{"__type":"CreateItemJsonRequest:#Exchange","Header":{…},
 *   "Body":{"__type":"CreateItemRequest:#Exchange","Items":[{"__type":"Message:#Exchange","Subject":…,
 *   "Body":{"BodyType":"HTML","Value":…},"From":null,"ToRecipients":[{"Name":…,"EmailAddress":…}],…}],
 *   "MessageDisposition":"SendAndSaveCopy","ComposeOperation":"newMail"}}`. Note `"From":null`: the
 *   server fills the sender in, so a send often names no sender at all;
 * - several OWA clients (calendar tools, 2018–2026) send small requests with an empty body and the
 *   URL-encoded JSON in an `X-OWA-UrlPostData` header, the action in an `Action` header;
 * - Microsoft's EWS reference (CreateItem, SendItem, UpdateItem) for dispositions and the item-change
 *   shape; the JSON form mirrors the XML names.
 *
 * Each item is judged by itself: `SendAndSaveCopy`/`SendOnly` on CreateItem is a send, `SaveOnly` a
 * draft save (never a send). A draft sent later (`SendItem`, or `UpdateItem` with a send disposition)
 * carries item ids and at most the changed fields, so it is reported as `sendsOfSavedDrafts` for the
 * caller to match with what it already knows, never invented into a full send.
 */

export interface OutlookSentMessage {
  /** The conversation id when the request names one (replies); null for a new conversation. */
  threadId: string | null;
  /** The item's id when the request carries one, else `owa-hash:` + a hash of what was sent. */
  messageId: string;
  subject: string;
  /** Null when the request leaves the sender to the server (`"From":null`, the common case). */
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  /** Plain text the user wrote: Outlook's quoted history and signature block removed. */
  bodyText: string;
  attachmentNames: string[];
  sentAt: number;
  isReply: boolean;
}

export interface OutlookServiceReading {
  sends: OutlookSentMessage[];
  sendsOfSavedDrafts: Array<{ itemId: string }>;
  draftSaves: number;
  /** Why something was skipped, for the maintainer's log. */
  problems: string[];
}

/** Parts of the request that live in headers in some builds (webRequest `onBeforeSendHeaders`). */
export interface OutlookRequestHeaders {
  /** The `Action` header: the action when the URL has no `action=` query. */
  action?: string | null;
  /** The `X-OWA-UrlPostData` header: URL-encoded JSON, used instead of a body for small requests. */
  urlPostData?: string | null;
}

/** Picks the two headers the parser reads out of a webRequest header list (names are case-insensitive). */
export function readOutlookRequestHeaders(
  headers: ReadonlyArray<{ name: string; value?: string }> | undefined,
): OutlookRequestHeaders {
  const found: OutlookRequestHeaders = {};
  for (const header of (headers ?? []).slice(0, 200)) {
    const name = header.name.toLowerCase();
    if (name === 'action') found.action = header.value ?? null;
    else if (name === 'x-owa-urlpostdata') found.urlPostData = header.value ?? null;
  }
  return found;
}

/** A send's body is kilobytes; anything over 5 MB is refused unread rather than walked. */
export const MAX_SERVICE_PAYLOAD_CHARS = 5 * 1024 * 1024;
const MAX_ITEMS = 100;
const MAX_RECIPIENTS = 500;
const MAX_ATTACHMENTS = 100;
const MAX_ID_CHARS = 1_000;

const SEND_DISPOSITIONS = new Set(['sendandsavecopy', 'sendonly']);
const ACTIONS_READ = new Set(['createitem', 'senditem', 'updateitem']);
/** Item types that are mail; calendar items and tasks go through CreateItem too but are not ours. */
const MAIL_ITEM_TYPES = new Set(['message', 'replytoitem', 'replyalltoitem', 'forwarditem']);
const REPLY_ITEM_TYPES = new Set(['replytoitem', 'replyalltoitem']);
const REPLY_OPERATIONS = new Set(['reply', 'replyall']);

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `"CreateItemJsonRequest:#Exchange"` → `createitemjsonrequest`; the namespace after `:` is noise. */
function readTypeName(value: unknown): string {
  if (!isRecord(value) || typeof value.__type !== 'string') return '';
  return value.__type.split(':')[0]!.toLowerCase().slice(0, 100);
}

function readString(value: unknown, maxChars: number): string {
  return typeof value === 'string' ? value.slice(0, maxChars) : '';
}

/** The action, from the URL's `action=` query, else the `Action` header, else the payload's type. */
export function readServiceAction(
  url: string,
  headerAction: string | null | undefined,
  payload: unknown,
): string {
  const query = /[?&]action=([A-Za-z]{1,60})(?:[&#]|$)/i.exec(url.slice(0, 8_192));
  if (query) return query[1]!.toLowerCase();
  if (headerAction && /^[A-Za-z]{1,60}$/.test(headerAction.trim())) return headerAction.trim().toLowerCase();
  const type = readTypeName(payload);
  const suffix = /(?:json)?request$/.exec(type);
  return suffix ? type.slice(0, suffix.index) : '';
}

function readAddress(value: unknown): MailAddress | null {
  // Recipients are flat (`{"Name","EmailAddress"}`); From/Sender wrap one in `Mailbox` (EWS SingleRecipient).
  const holder = isRecord(value) && isRecord(value.Mailbox) ? value.Mailbox : value;
  if (!isRecord(holder)) return null;
  const email = holder.EmailAddress;
  if (typeof email !== 'string' || email.length > 320) return null;
  const trimmed = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) return null;
  const name = typeof holder.Name === 'string' ? holder.Name.trim().slice(0, 300) : '';
  return name && name.toLowerCase() !== trimmed ? { email: trimmed, name } : { email: trimmed };
}

function readAddresses(value: unknown): MailAddress[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_RECIPIENTS).flatMap((item) => {
    const address = readAddress(item);
    return address ? [address] : [];
  });
}

function readAttachmentNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_ATTACHMENTS).flatMap((attachment) => {
    const name = isRecord(attachment) ? readString(attachment.Name, 300).trim() : '';
    return name ? [name] : [];
  });
}

/**
 * Outlook puts an empty `id="appendonsend"` div, a rule and `id="divRplyFwdMsg"` (From/Sent/To) above
 * the quoted message of a reply (seen in Outlook-sent mail in public mailing-list archives), and the
 * user's signature in `id="Signature"`: everything from the first of them on is not what they wrote.
 */
const OUTLOOK_QUOTE_ID = /\bid\s{0,5}=\s{0,5}["']?(?:x_)?(?:appendonsend|divRplyFwdMsg|Signature)\b/gi;

/**
 * Where the first of those elements starts: the id found by a linear scan, accepted only inside a
 * tag (a `<` before it with no `>` between), so the same words typed as text never cut a message.
 */
function findQuoteStart(html: string): number {
  // The last `<` and `>` are carried from match to match, so each stretch of markup is read once.
  let lastOpen = -1;
  let lastClose = -1;
  let scanned = 0;
  OUTLOOK_QUOTE_ID.lastIndex = 0;
  for (let match = OUTLOOK_QUOTE_ID.exec(html); match; match = OUTLOOK_QUOTE_ID.exec(html)) {
    const stretch = html.slice(scanned, match.index);
    const open = stretch.lastIndexOf('<');
    const close = stretch.lastIndexOf('>');
    if (open >= 0) lastOpen = scanned + open;
    if (close >= 0) lastClose = scanned + close;
    scanned = match.index;
    if (lastOpen > lastClose) return lastOpen;
  }
  return -1;
}

function readBodyText(value: unknown): string {
  if (!isRecord(value)) return '';
  const body = readString(value.Value, MAX_SERVICE_PAYLOAD_CHARS);
  if (String(value.BodyType).toLowerCase() === 'text') return stripQuotedHistory(body).slice(0, 100_000);
  const cut = findQuoteStart(body);
  return stripQuotedHistory(htmlToText(cut < 0 ? body : body.slice(0, cut)));
}

function readItemId(value: unknown): string | null {
  const id = isRecord(value) ? value.Id : null;
  return typeof id === 'string' && id.trim() && id.length <= MAX_ID_CHARS ? id.trim() : null;
}

/** FNV-1a over UTF-16 code units, twice with different offsets: 64 bits, no crypto API in the worker. */
function hashText(input: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x01000193) ^ (second >>> 13);
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

/**
 * A new message has no id until the server answers, and webRequest never shows the answer. The hash
 * takes the minute the send was seen so a retried request (`X-OWA-Attempt: 2`, seconds later) is the
 * same message, while the same reminder sent again another day is a new one.
 */
function hashMessageId(send: Omit<OutlookSentMessage, 'messageId'>): string {
  const minute = Math.floor(send.sentAt / 60_000);
  const recipients = [...send.to, ...send.cc, ...send.bcc].map((address) => address.email).join(',');
  return `owa-hash:${hashText(`${send.subject}\u0000${recipients}\u0000${send.bodyText}\u0000${minute}`)}`;
}

/** Parsed payload from the body, else from the `X-OWA-UrlPostData` header. */
function readPayload(
  body: string,
  headers: OutlookRequestHeaders,
  reading: OutlookServiceReading,
): { ok: true; payload: unknown } | { ok: false } {
  let source = body.trim();
  if (!source && headers.urlPostData) {
    if (headers.urlPostData.length > MAX_SERVICE_PAYLOAD_CHARS) {
      reading.problems.push(
        `service request header of ${headers.urlPostData.length} characters is over the cap; not read`,
      );
      return { ok: false };
    }
    try {
      source = decodeURIComponent(headers.urlPostData).trim();
    } catch {
      reading.problems.push('service request header X-OWA-UrlPostData is not URL-encoded; not read');
      return { ok: false };
    }
  }
  if (source.length > MAX_SERVICE_PAYLOAD_CHARS) {
    reading.problems.push(`service request of ${source.length} characters is over the cap; not read`);
    return { ok: false };
  }
  if (!source) {
    reading.problems.push('service request carried no payload in its body or headers');
    return { ok: false };
  }
  try {
    return { ok: true, payload: JSON.parse(source) };
  } catch {
    reading.problems.push(`service request is not JSON (starts ${JSON.stringify(source.slice(0, 40))})`);
    return { ok: false };
  }
}

/** The request proper: under a `Body` wrapper (`CreateItemJsonRequest`) or bare. */
function unwrapRequest(payload: unknown): Json | null {
  if (!isRecord(payload)) return null;
  if (isRecord(payload.Body) && readTypeName(payload.Body).endsWith('request')) return payload.Body;
  if (
    isRecord(payload.Body) &&
    ('Items' in payload.Body || 'ItemIds' in payload.Body || 'ItemChanges' in payload.Body)
  )
    return payload.Body;
  return payload;
}

function readDisposition(request: Json): string {
  return typeof request.MessageDisposition === 'string' ? request.MessageDisposition.toLowerCase() : '';
}

export function parseOutlookServiceRequest(
  url: string,
  body: string,
  now: number,
  headers: OutlookRequestHeaders = {},
): OutlookServiceReading {
  const reading: OutlookServiceReading = { sends: [], sendsOfSavedDrafts: [], draftSaves: 0, problems: [] };
  const urlAction = readServiceAction(url, headers.action, null);
  // Most service calls (GetItem, FindConversation, …) are none of our business: they are skipped
  // silently, before their payload is even parsed.
  if (urlAction && !ACTIONS_READ.has(urlAction)) return reading;
  const parsed = readPayload(typeof body === 'string' ? body : '', headers, reading);
  if (!parsed.ok) return reading;
  const action = urlAction || readServiceAction('', null, parsed.payload);
  const request = unwrapRequest(parsed.payload);
  if (!request) {
    reading.problems.push(`service request ${action || 'of unknown action'} is not a JSON object; not read`);
    return reading;
  }
  if (action === 'createitem') readCreateItem(request, now, reading);
  else if (action === 'senditem') readSendItem(request, reading);
  else if (action === 'updateitem') readUpdateItem(request, reading);
  else if (!action) reading.problems.push('service request names no action in its URL, headers or payload');
  return reading;
}

function readCreateItem(request: Json, now: number, reading: OutlookServiceReading): void {
  const items = request.Items;
  if (!Array.isArray(items)) {
    reading.problems.push('CreateItem request has no Items list; not read');
    return;
  }
  const disposition = readDisposition(request);
  const isSend = SEND_DISPOSITIONS.has(disposition);
  if (!isSend && disposition !== 'saveonly') {
    reading.problems.push(
      `CreateItem request has an unknown disposition ${JSON.stringify(disposition.slice(0, 40))}; not read`,
    );
    return;
  }
  if (items.length > MAX_ITEMS)
    reading.problems.push(`CreateItem request has ${items.length} items; the first ${MAX_ITEMS} were read`);
  const operation =
    typeof request.ComposeOperation === 'string' ? request.ComposeOperation.toLowerCase() : '';
  const seen = new Set<string>();
  items.slice(0, MAX_ITEMS).forEach((item, index) => {
    const type = readTypeName(item);
    if (!isRecord(item) || (type && !MAIL_ITEM_TYPES.has(type))) {
      reading.problems.push(`CreateItem item ${index} is ${type ? `a ${type}` : 'not an object'}; skipped`);
      return;
    }
    if (!isSend) {
      reading.draftSaves += 1;
      return;
    }
    const send = readSentItem(item, type, operation, now);
    if (send.to.length + send.cc.length + send.bcc.length === 0) {
      reading.problems.push(`CreateItem item ${index} is a send with no recipient; not recorded`);
      return;
    }
    if (seen.has(send.messageId)) return;
    seen.add(send.messageId);
    reading.sends.push(send);
  });
}

function readSentItem(item: Json, type: string, operation: string, now: number): OutlookSentMessage {
  const threadId = readItemId(item.ConversationId);
  const referenceId = readItemId(item.ReferenceItemId);
  const withoutId = {
    threadId,
    subject: readString(item.Subject, 2_000),
    from: readAddress(item.From) ?? readAddress(item.Sender),
    to: readAddresses(item.ToRecipients),
    cc: readAddresses(item.CcRecipients),
    bcc: readAddresses(item.BccRecipients),
    // Reply items carry the written part in NewBodyContent (EWS ReplyToItem); messages in Body.
    bodyText: readBodyText(item.NewBodyContent ?? item.Body),
    attachmentNames: readAttachmentNames(item.Attachments),
    sentAt: now,
    isReply:
      REPLY_ITEM_TYPES.has(type) ||
      REPLY_OPERATIONS.has(operation) ||
      (referenceId !== null && type !== 'forwarditem' && operation !== 'forward') ||
      (threadId !== null && type !== 'forwarditem' && operation !== 'forward'),
  };
  const messageId =
    readItemId(item.ItemId) ??
    (typeof item.InternetMessageId === 'string' && item.InternetMessageId.length <= MAX_ID_CHARS
      ? item.InternetMessageId.trim() || null
      : null) ??
    hashMessageId(withoutId);
  return { ...withoutId, messageId };
}

function readSendItem(request: Json, reading: OutlookServiceReading): void {
  const ids = request.ItemIds;
  if (!Array.isArray(ids)) {
    reading.problems.push('SendItem request has no ItemIds list; not read');
    return;
  }
  for (const id of ids.slice(0, MAX_ITEMS)) {
    const itemId = readItemId(id);
    if (itemId) reading.sendsOfSavedDrafts.push({ itemId });
    else reading.problems.push('SendItem request names an item without an id; skipped');
  }
}

function readUpdateItem(request: Json, reading: OutlookServiceReading): void {
  const changes = request.ItemChanges;
  if (!Array.isArray(changes)) {
    reading.problems.push('UpdateItem request has no ItemChanges list; not read');
    return;
  }
  const disposition = readDisposition(request);
  const isSend = SEND_DISPOSITIONS.has(disposition);
  for (const change of changes.slice(0, MAX_ITEMS)) {
    const itemId = isRecord(change) ? readItemId(change.ItemId) : null;
    if (!itemId) {
      reading.problems.push('UpdateItem request changes an item without an id; skipped');
      continue;
    }
    if (isSend) reading.sendsOfSavedDrafts.push({ itemId });
    // EWS wants a disposition on every message update, so SaveOnly also marks flags and read states:
    // only an update that touches what the user writes is a draft save.
    else if (disposition === 'saveonly' && isRecord(change) && isDraftContentChange(change.Updates))
      reading.draftSaves += 1;
  }
}

const DRAFT_FIELDS = new Set(['body', 'subject', 'torecipients', 'ccrecipients', 'bccrecipients']);

function isDraftContentChange(updates: unknown): boolean {
  if (!Array.isArray(updates)) return false;
  return updates.slice(0, 200).some((update) => {
    if (!isRecord(update)) return false;
    const field = isRecord(update.Path) ? readString(update.Path.FieldURI, 100).toLowerCase() : '';
    // FieldURI is written bare ("Body") or with its EWS prefix ("item:Body", "message:ToRecipients").
    if (DRAFT_FIELDS.has(field.slice(field.indexOf(':') + 1))) return true;
    return isRecord(update.Item) && ('Body' in update.Item || 'NewBodyContent' in update.Item);
  });
}
