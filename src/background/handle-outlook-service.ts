import type { MailAddress } from '../core/mail';
import type { ResultOf } from '../messaging/protocol';
import {
  type OutlookRequestHeaders,
  type OutlookSentMessage,
  parseOutlookServiceRequest,
  readOutlookAccount,
} from '../webmail/outlook/parse-service-request';
import type { BackgroundContext } from './background-context';
import { type RequestBodyDetails, readRequestBody } from './read-request-body';
import { recordSend, type SendRecording, type SentMail } from './record-send';

export interface ServiceRequestDetails {
  url: string;
  method: string;
  tabId: number;
  /** When the browser saw the request (epoch ms, the browser's own clock). */
  timeStamp: number;
  requestBody?: RequestBodyDetails | null;
}

export type PageSendConfirmation = ResultOf<'send/await-confirmation'>;

/** Asks the tab that made the request whether its page saw the send happen, and what it showed. */
export type AskPage = (tabId: number, sentAt: number) => Promise<PageSendConfirmation | null>;

export interface OutlookServiceHandling {
  recordings: Array<{ recording: SendRecording; messageId: string }>;
  /** Drafts Outlook saved in this request: after an insert, the sign that it registered the text. */
  draftSaves: number;
}

/** Outlook's service calls all go to `…/service.svc`; everything else on its hosts is left alone. */
export function isOutlookServiceRequest(url: string, method: string): boolean {
  if (method !== 'POST' || url.length > 8_192) return false;
  try {
    return new URL(url).pathname.toLowerCase().endsWith('/service.svc');
  } catch {
    return false;
  }
}

const SOURCE = 'outlook-service';

/**
 * Outlook's sent signal is its `service.svc` traffic, which nobody has checked against a live account
 * (shared/docs/webmail.md): so a send is recorded only when the page confirms it too (Send pressed,
 * the compose closed, no Undo). Where the two disagree no record is made and the reason is logged
 * (issue #6: "prefer no record over a wrong one"). Nothing here throws to the listener.
 */
export async function handleOutlookService(
  context: BackgroundContext,
  details: ServiceRequestDetails,
  headers: OutlookRequestHeaders,
  askPage: AskPage,
): Promise<OutlookServiceHandling> {
  const nothing: OutlookServiceHandling = { recordings: [], draftSaves: 0 };
  if (!isOutlookServiceRequest(details.url, details.method)) return nothing;
  const account = readOutlookAccount(details.url);
  if (account === null) return nothing;
  const body = readRequestBody(details.requestBody);
  // Small requests carry their JSON in the X-OWA-UrlPostData header and no body at all.
  if (!body.ok && !headers.urlPostData) {
    const action = /[?&]action=(\w{1,60})/i.exec(details.url)?.[1] ?? headers.action ?? 'unknown';
    if (/^(createitem|senditem|updateitem)$/i.test(action))
      await context.logProblem(SOURCE, `${action} request not read: ${body.reason}`);
    return nothing;
  }
  const now = await context.now();
  const reading = parseOutlookServiceRequest(details.url, body.ok ? body.text : '', now, headers);
  for (const problem of reading.problems) await context.logProblem(SOURCE, problem);
  const handling: OutlookServiceHandling = { recordings: [], draftSaves: reading.draftSaves };
  if (reading.sends.length === 0 && reading.sendsOfSavedDrafts.length === 0) return handling;

  const count = reading.sends.length + reading.sendsOfSavedDrafts.length;
  if (details.tabId < 0) {
    await context.logProblem(
      SOURCE,
      `${count} send(s) came from no tab, so no page can confirm them; not recorded`,
    );
    return handling;
  }
  // One press of Send makes one request: its page is asked once for every item in it. The question
  // is kept in storage while it is asked, so a worker stopped meanwhile asks again when it starts.
  const awaited: AwaitedOutlookSend = {
    key: `${AWAITED_OUTLOOK_PREFIX}${account}:${Math.floor(details.timeStamp)}`,
    account,
    tabId: details.tabId,
    sentAt: Math.floor(details.timeStamp),
    since: Date.now(),
    sends: reading.sends,
    sendsOfSavedDrafts: reading.sendsOfSavedDrafts,
  };
  await context.settings.write(awaited.key, awaited);
  handling.recordings = await settleOutlookSend(context, awaited, askPage);
  return handling;
}

/**
 * What was sent in one request, waiting for its page's confirmation. Stored while the page is asked:
 * MV3 may stop the worker during the wait (the page waits out Outlook's undo window, up to 30 s).
 */
export interface AwaitedOutlookSend {
  key: string;
  account: string;
  tabId: number;
  /** When the browser saw the request (epoch ms, the browser's own clock). */
  sentAt: number;
  /** When the first ask began (browser clock). */
  since: number;
  sends: OutlookSentMessage[];
  sendsOfSavedDrafts: Array<{ itemId: string }>;
}

export const AWAITED_OUTLOOK_PREFIX = 'outlookSendAwaitingConfirmation:';
/** Past the undo window and the compose's closing, the page has nothing more to say. */
const AWAITED_MAX_AGE_MS = 2 * 60_000;

function isAwaitedOutlookSend(value: unknown): value is AwaitedOutlookSend {
  const item = value as AwaitedOutlookSend | null;
  return (
    !!item &&
    typeof item.key === 'string' &&
    item.key.startsWith(AWAITED_OUTLOOK_PREFIX) &&
    typeof item.account === 'string' &&
    Number.isInteger(item.tabId) &&
    typeof item.sentAt === 'number' &&
    typeof item.since === 'number' &&
    Array.isArray(item.sends) &&
    Array.isArray(item.sendsOfSavedDrafts)
  );
}

/** Asks the page, records what it confirms, and drops the stored question once it is answered. */
async function settleOutlookSend(
  context: BackgroundContext,
  awaited: AwaitedOutlookSend,
  askPage: AskPage,
): Promise<OutlookServiceHandling['recordings']> {
  const recordings: OutlookServiceHandling['recordings'] = [];
  const count = awaited.sends.length + awaited.sendsOfSavedDrafts.length;
  const confirmation = await askPage(awaited.tabId, awaited.sentAt).catch(() => null);
  if (confirmation?.outcome !== 'confirmed') {
    const why =
      confirmation === null
        ? 'the page did not answer'
        : confirmation.outcome === 'undone'
          ? 'the send was undone on the page'
          : 'the page saw no Send press followed by the compose closing';
    await context.logProblem(SOURCE, `${count} send(s) in the traffic not recorded: ${why}`);
    await context.settings.remove(awaited.key);
    return recordings;
  }
  const now = await context.now();
  const sends: SentMail[] = awaited.sends.map((send) => fromTraffic(send, confirmation.compose));
  for (const { itemId } of awaited.sendsOfSavedDrafts) {
    const fromPage = fromCompose(itemId, confirmation.compose, now);
    if (fromPage) sends.push(fromPage);
    else
      await context.logProblem(
        SOURCE,
        `saved draft ${itemId.slice(0, 40)} was sent, but the page showed nothing to read it from; not recorded`,
      );
  }
  for (const send of sends) {
    try {
      const recording = await recordSend(context, 'outlook', awaited.account, send);
      if (recording.outcome === 'no_recipient')
        await context.logProblem(
          SOURCE,
          `send ${send.messageId.slice(0, 40)} names no recipient address; not tracked`,
        );
      recordings.push({ recording, messageId: send.messageId });
    } catch (error) {
      await context.logProblem(SOURCE, `send ${send.messageId.slice(0, 40)} not recorded: ${String(error)}`);
    }
  }
  await context.settings.remove(awaited.key);
  return recordings;
}

/**
 * At worker start: asks again about every Outlook send a stopped worker was still waiting on. The page
 * remembers the Send press and the compose closing, so its answer holds. Too old: dropped, logged.
 */
export async function resumeOutlookSends(
  context: BackgroundContext,
  askPage: AskPage,
  now: number,
): Promise<OutlookServiceHandling['recordings']> {
  const recordings: OutlookServiceHandling['recordings'] = [];
  for (const item of await context.settings.readAllStartingWith(AWAITED_OUTLOOK_PREFIX)) {
    if (!isAwaitedOutlookSend(item)) continue;
    if (now - item.since > AWAITED_MAX_AGE_MS) {
      await context.settings.remove(item.key);
      await context.logProblem(
        SOURCE,
        'a send awaited when the worker stopped is too old to confirm; not recorded',
      );
      continue;
    }
    recordings.push(...(await settleOutlookSend(context, item, askPage)));
  }
  return recordings;
}

/** A send the traffic carried whole; an inline reply's conversation comes from the page when the request has none. */
function fromTraffic(send: OutlookSentMessage, compose: PageSendConfirmation['compose']): SentMail {
  return {
    threadId: send.threadId ?? compose?.conversationIds[0] ?? null,
    messageId: send.messageId,
    subject: send.subject,
    from: send.from,
    to: send.to,
    cc: [...send.cc, ...send.bcc],
    bodyText: send.bodyText,
    attachmentNames: send.attachmentNames,
    sentAt: send.sentAt,
  };
}

/** A saved draft sent by id: what the page showed at the press is all there is to read. */
function fromCompose(itemId: string, compose: PageSendConfirmation['compose'], now: number): SentMail | null {
  if (!compose || (compose.bodyText.trim() === '' && compose.subject === null)) return null;
  const to: MailAddress[] = compose.recipientEmails.map((email) => ({ email }));
  return {
    threadId: compose.conversationIds[0] ?? null,
    messageId: itemId,
    subject: compose.subject ?? '',
    from: null,
    to,
    cc: [],
    bodyText: compose.bodyText,
    attachmentNames: [],
    sentAt: now,
  };
}
