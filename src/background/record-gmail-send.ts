import { classifyEmail } from '../core/classify/classify-email';
import { isTrackedKind } from '../core/classify/kinds';
import type { SentEmail } from '../core/mail';
import { recordOwnFollowUp, startTracking } from '../core/threads/thread-transitions';
import type { StoredMessage } from '../storage/database';
import { messageKey } from '../storage/threads-repository';
import type { GmailSentMessage } from '../webmail/gmail/parse-sync-request';
import type { BackgroundContext } from './background-context';
import { readCorrections } from './classifier-corrections';
import { refreshClientTiming } from './learn-client-timing';

export type SendRecording =
  | { outcome: 'tracked'; threadId: string }
  | { outcome: 'followup_in_tracked_thread'; threadId: string }
  | { outcome: 'already_recorded' }
  | { outcome: 'not_tracked'; kind: string };

export function gmailThreadKey(account: string, mailThreadId: string): string {
  return `gmail:${account}:${mailThreadId}`;
}

/**
 * One send seen in Gmail's sync traffic: classify it and start tracking it when it is worth a
 * follow-up. A send into a thread already tracked is the user's own follow-up: it is stored as a
 * message of that thread and never counts as the client's reply (issue #4).
 */
export async function recordGmailSend(
  context: BackgroundContext,
  account: string,
  send: GmailSentMessage,
): Promise<SendRecording> {
  const key = messageKey('gmail', account, send.messageId);
  if (await context.threads.hasMessage(key)) return { outcome: 'already_recorded' };
  const now = await context.now();
  const message: StoredMessage = {
    id: key,
    threadId: '',
    direction: 'sent',
    mailMessageId: send.messageId,
    from: send.from,
    to: [...send.to, ...send.cc],
    subject: send.subject,
    at: send.sentAt,
  };

  const known = await context.threads.findByMailThreadId('gmail', account, send.threadId);
  if (known) {
    const { thread, event } = recordOwnFollowUp(
      known,
      send.messageId,
      { source: 'gmail-sync', messageId: send.messageId },
      now,
      await context.cadenceSettings(),
    );
    const stored = await context.threads.recordMessage({ ...message, threadId: known.id }, thread, event);
    return stored
      ? { outcome: 'followup_in_tracked_thread', threadId: known.id }
      : { outcome: 'already_recorded' };
  }

  const settings = await context.cadenceSettings();
  const email: SentEmail = {
    subject: send.subject,
    bodyText: send.bodyText,
    attachmentNames: send.attachmentNames,
    from: send.from,
    to: send.to,
    cc: send.cc,
    sentAt: send.sentAt,
  };
  const classification = classifyEmail(email, {
    timeZone: settings.timeZone,
    corrections: await readCorrections(context),
  });
  if (!isTrackedKind(classification.kind)) return { outcome: 'not_tracked', kind: classification.kind };

  const id = gmailThreadKey(account, send.threadId);
  const { thread, event } = startTracking(
    {
      id,
      client: 'gmail',
      account,
      mailThreadId: send.threadId,
      messageId: send.messageId,
      email,
      classification,
    },
    settings,
    now,
  );
  const stored = await context.threads.recordTrackedSend(thread, { ...message, threadId: id }, event);
  if (stored) await refreshClientTiming(context, thread.counterpart.email);
  return stored ? { outcome: 'tracked', threadId: id } : { outcome: 'already_recorded' };
}
