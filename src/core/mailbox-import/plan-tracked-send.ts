import type { CadenceSettings } from '../cadence/cadence-settings';
import { classifyEmail, type KindCorrection } from '../classify/classify-email';
import { isTrackedKind } from '../classify/kinds';
import type { Explanation } from '../explanations/explanation';
import type { SentEmail } from '../mail';
import { isNeverTracked, type UserPreferences } from '../preferences/user-preferences';
import type { ThreadEvent } from '../threads/thread-events';
import { startTracking } from '../threads/thread-transitions';
import type { MailClient, TrackedThread } from '../threads/tracked-thread';

/** A message of a planned thread, as storage keeps it (without the storage key, which it derives). */
export interface PlannedMessage {
  mailMessageId: string;
  direction: 'sent' | 'received';
  from: SentEmail['from'];
  to: SentEmail['to'];
  subject: string;
  at: number;
}

/** A thread as the product would hold it had it watched the send: the `history/import` payload. */
export interface PlannedThread {
  thread: TrackedThread;
  messages: PlannedMessage[];
  events: ThreadEvent[];
}

/** What every backfill plan needs to judge a past send the way a live one is judged. */
export interface PastSendOptions {
  /** Where the user follows the mail up: Gmail, or Outlook on the web. */
  client: MailClient;
  /** The mail client's account: Gmail's `/u/N` index, Outlook's `family:mailbox` ("office:0"). */
  account: string;
  now: number;
  cadence: CadenceSettings;
  preferences: UserPreferences;
  corrections: readonly KindCorrection[];
}

/**
 * A send found after the fact (a mailbox file, the Sent view), judged by the live rules: the user's
 * corrections, the kinds they track, the addresses they never track. Null when the live product would
 * not have tracked it either. `where` is the evidence every event carries ("imported from a mailbox file").
 */
export function planPastSend(
  sent: {
    email: SentEmail;
    threadId: string;
    mailThreadIds: string[];
    messageId: string;
    where: Explanation;
  },
  options: PastSendOptions,
): PlannedThread | null {
  const { email } = sent;
  const clientRecipients = {
    to: email.to.filter((recipient) => !isNeverTracked(recipient.email, options.preferences.neverTrack)),
    cc: email.cc.filter((recipient) => !isNeverTracked(recipient.email, options.preferences.neverTrack)),
  };
  if (clientRecipients.to.length + clientRecipients.cc.length === 0) return null;
  const classification = classifyEmail(email, {
    timeZone: options.cadence.timeZone,
    corrections: options.corrections,
  });
  if (!isTrackedKind(classification.kind) || !options.preferences.trackedKinds.includes(classification.kind))
    return null;
  const { thread, event } = startTracking(
    {
      id: sent.threadId,
      client: options.client,
      account: options.account,
      mailThreadId: sent.mailThreadIds[0] ?? sent.messageId,
      messageId: sent.messageId,
      email: { ...email, ...clientRecipients },
      classification,
      evidence: { source: 'import', messageId: sent.messageId, note: sent.where },
    },
    options.cadence,
    options.now,
  );
  return {
    thread: { ...thread, mailThreadIds: sent.mailThreadIds.length ? sent.mailThreadIds : [sent.messageId] },
    messages: [
      {
        mailMessageId: sent.messageId,
        direction: 'sent',
        from: email.from,
        to: [...clientRecipients.to, ...clientRecipients.cc],
        subject: email.subject,
        at: email.sentAt,
      },
    ],
    events: [event],
  };
}
