import { classifyEmail } from '../core/classify/classify-email';
import { isTrackedKind } from '../core/classify/kinds';
import type { MailAddress, SentEmail } from '../core/mail';
import { isNeverTracked } from '../core/preferences/user-preferences';
import { recordOwnFollowUp, startTracking } from '../core/threads/thread-transitions';
import type { MailClient } from '../core/threads/tracked-thread';
import type { StoredMessage } from '../storage/database';
import { messageKey } from '../storage/threads-repository';
import type { BackgroundContext } from './background-context';
import { readCorrections } from './classifier-corrections';
import { refreshClientTiming } from './learn-client-timing';

export type SendRecording =
  | { outcome: 'tracked'; threadId: string }
  | { outcome: 'followup_in_tracked_thread'; threadId: string }
  | { outcome: 'already_recorded' }
  | { outcome: 'not_tracked'; kind: string }
  /** A new thread needs someone to follow up with; a page that showed only names gives no address. */
  | { outcome: 'no_recipient' };

/**
 * A send as either mail client's traffic (or page) told it. Gmail always names the thread and the
 * sender; Outlook leaves the sender to its server (`"From":null`) and names no conversation for a new
 * message (src/webmail/outlook/parse-service-request.ts), so both may be missing.
 */
export interface SentMail {
  threadId: string | null;
  messageId: string;
  subject: string;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  bodyText: string;
  attachmentNames: string[];
  sentAt: number;
}

/**
 * A tracked thread's key. A new Outlook conversation has no id in the request that sent it, so its
 * thread is keyed by the message until the page shows the conversation (record-thread-seen.ts).
 */
export function threadKey(
  client: MailClient,
  account: string,
  send: Pick<SentMail, 'threadId' | 'messageId'>,
) {
  return `${client}:${account}:${send.threadId ?? send.messageId}`;
}

/** An unknown sender: the classifier then cannot call the mail internal, and replies ignore it. */
const SENDER_UNKNOWN: MailAddress = { email: '' };

/**
 * One send seen in a mail client's traffic: classify it and start tracking it when it is worth a
 * follow-up. A send into a thread already tracked is the user's own follow-up: it is stored as a
 * message of that thread and never counts as the client's reply (issue #4).
 */
export async function recordSend(
  context: BackgroundContext,
  client: MailClient,
  account: string,
  send: SentMail,
): Promise<SendRecording> {
  const key = messageKey(client, account, send.messageId);
  if (await context.threads.hasMessage(key)) return { outcome: 'already_recorded' };
  const now = await context.now();
  const message: StoredMessage = {
    id: key,
    threadId: '',
    direction: 'sent',
    mailMessageId: send.messageId,
    from: send.from ?? SENDER_UNKNOWN,
    to: [...send.to, ...send.cc],
    subject: send.subject,
    at: send.sentAt,
  };

  const known = send.threadId
    ? await context.threads.findByMailThreadId(client, account, send.threadId)
    : undefined;
  if (known) {
    const { thread, event } = recordOwnFollowUp(
      known,
      send.messageId,
      { source: `${client}-sync`, messageId: send.messageId },
      now,
      await context.cadenceSettings(),
    );
    const stored = await context.threads.recordMessage({ ...message, threadId: known.id }, thread, event);
    return stored
      ? { outcome: 'followup_in_tracked_thread', threadId: known.id }
      : { outcome: 'already_recorded' };
  }

  if (send.to.length + send.cc.length === 0) return { outcome: 'no_recipient' };
  const settings = await context.cadenceSettings();
  const email: SentEmail = {
    subject: send.subject,
    bodyText: send.bodyText,
    attachmentNames: send.attachmentNames,
    from: send.from ?? SENDER_UNKNOWN,
    to: send.to,
    cc: send.cc,
    sentAt: send.sentAt,
  };
  const classification = classifyEmail(email, {
    timeZone: settings.timeZone,
    corrections: await readCorrections(context),
  });
  if (!isTrackedKind(classification.kind)) return { outcome: 'not_tracked', kind: classification.kind };
  const preferences = await context.preferences();
  if (!preferences.trackedKinds.includes(classification.kind))
    return { outcome: 'not_tracked', kind: classification.kind };
  // A colleague in copy is never the one to follow up with; mail to colleagues only is never tracked.
  const isClient = (recipient: MailAddress) => !isNeverTracked(recipient.email, preferences.neverTrack);
  const clientRecipients = { to: email.to.filter(isClient), cc: email.cc.filter(isClient) };
  if (clientRecipients.to.length + clientRecipients.cc.length === 0)
    return { outcome: 'not_tracked', kind: classification.kind };

  const id = threadKey(client, account, send);
  const { thread, event } = startTracking(
    {
      id,
      client,
      account,
      mailThreadId: send.threadId ?? send.messageId,
      messageId: send.messageId,
      email: { ...email, ...clientRecipients },
      classification,
    },
    settings,
    now,
  );
  const stored = await context.threads.recordTrackedSend(thread, { ...message, threadId: id }, event);
  if (stored) await refreshClientTiming(context, thread.counterpart.email);
  return stored ? { outcome: 'tracked', threadId: id } : { outcome: 'already_recorded' };
}
