import type { CadenceSettings } from '../cadence/cadence-settings';
import { classifyEmail, type KindCorrection } from '../classify/classify-email';
import { isTrackedKind } from '../classify/kinds';
import type { MailAddress, SentEmail } from '../mail';
import { isNeverTracked, type UserPreferences } from '../preferences/user-preferences';
import { applyInboundVerdict } from '../replies/apply-inbound-verdict';
import { interpretInboundMessage } from '../replies/interpret-inbound-message';
import { createReplySettings } from '../replies/reply-settings';
import type { ThreadEvent } from '../threads/thread-events';
import { recordOwnFollowUp, startTracking } from '../threads/thread-transitions';
import type { TrackedThread } from '../threads/tracked-thread';
import { conversationKeyOf, type MailboxMessage } from './parse-raw-message';

/** A message of a planned thread, as storage keeps it (without the storage key, which it derives). */
export interface PlannedMessage {
  mailMessageId: string;
  direction: 'sent' | 'received';
  from: MailAddress;
  to: MailAddress[];
  subject: string;
  at: number;
}

export interface PlannedThread {
  thread: TrackedThread;
  messages: PlannedMessage[];
  events: ThreadEvent[];
}

export interface BackfillPlan {
  messagesRead: number;
  sentByYou: number;
  threads: PlannedThread[];
  /** Tracked threads the client already answered (or paid, or declined) in the file. */
  settled: number;
}

export interface BackfillOptions {
  ownAddresses: readonly string[];
  /** The Gmail account (`/u/N`) the export belongs to. */
  account: string;
  now: number;
  cadence: CadenceSettings;
  preferences: UserPreferences;
  corrections: readonly KindCorrection[];
}

/** The address the user sent from most: the most frequent sender of messages Takeout labels "Sent". */
export function guessOwnAddresses(messages: readonly MailboxMessage[]): string[] {
  const counts = new Map<string, number>();
  for (const message of messages) {
    if (!message.from || !message.labels.some((label) => label.toLowerCase() === 'sent')) continue;
    counts.set(message.from.email, (counts.get(message.from.email) ?? 0) + 1);
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top ? [top[0]] : [];
}

/** Gmail's thread ids as the live product meets them: `thread-f:<decimal>` in traffic, hex on the page. */
function gmailThreadIds(decimal: string): string[] {
  try {
    return [`thread-f:${decimal}`, BigInt(decimal).toString(16)];
  } catch {
    return [`thread-f:${decimal}`];
  }
}

/**
 * Turns months of past mail into tracked threads, as if the product had watched them happen (issue #4
 * backfill): in each conversation, the user's first proposal or invoice starts a thread, their later
 * messages are their own follow-ups, and the client's messages after it are judged by the reply rules,
 * so an invoice answered long ago is not shown as due. Every event says it came from the import.
 */
export function planMailboxBackfill(
  messages: readonly MailboxMessage[],
  options: BackfillOptions,
): BackfillPlan {
  const own = new Set(options.ownAddresses.map((address) => address.trim().toLowerCase()));
  const conversations = new Map<string, MailboxMessage[]>();
  for (const message of messages) {
    if (!message.from || message.date === null || message.date > options.now) continue;
    const key = conversationKeyOf(message);
    conversations.set(key, [...(conversations.get(key) ?? []), message]);
  }
  const replySettings = createReplySettings(options.cadence, [...own]);
  const plan: BackfillPlan = { messagesRead: messages.length, sentByYou: 0, threads: [], settled: 0 };

  for (const [key, conversation] of conversations) {
    conversation.sort((a, b) => a.date! - b.date!);
    let planned: PlannedThread | null = null;
    for (const message of conversation) {
      const at = message.date!;
      const from = message.from!;
      const mailMessageId = message.messageId ?? `${key}#${at}`;
      const isOwn = own.has(from.email);
      if (isOwn) plan.sentByYou += 1;
      if (!planned) {
        if (!isOwn) continue;
        planned = startPlannedThread(message, from, mailMessageId, key, options);
        continue;
      }
      const record = {
        mailMessageId,
        from,
        to: [...message.to, ...message.cc],
        subject: message.subject,
        at,
      };
      if (isOwn) {
        const step = recordOwnFollowUp(
          planned.thread,
          mailMessageId,
          { source: 'import' },
          at,
          options.cadence,
        );
        planned.thread = step.thread;
        if (step.event) planned.events.push(step.event);
        planned.messages.push({ ...record, direction: 'sent' });
        continue;
      }
      const verdict = interpretInboundMessage(
        {
          from,
          subject: message.subject,
          bodyText: message.bodyText,
          receivedAt: at,
          headers: message.autoReplyHeaders,
          ...(message.messageId ? { messageId: message.messageId } : {}),
        },
        planned.thread,
        replySettings,
        options.now,
      );
      if (verdict.outcome === 'ignore') continue;
      const step = applyInboundVerdict(
        planned.thread,
        verdict,
        { messageId: mailMessageId, receivedAt: at },
        'import',
      );
      planned.thread = step.thread;
      if (step.event) planned.events.push(step.event);
      planned.messages.push({ ...record, direction: 'received' });
    }
    if (!planned) continue;
    if (['replied', 'paid', 'accepted', 'declined', 'closed'].includes(planned.thread.status))
      plan.settled += 1;
    plan.threads.push(planned);
  }
  return plan;
}

function startPlannedThread(
  message: MailboxMessage,
  from: MailAddress,
  mailMessageId: string,
  conversationKey: string,
  options: BackfillOptions,
): PlannedThread | null {
  const clientRecipients = {
    to: message.to.filter((recipient) => !isNeverTracked(recipient.email, options.preferences.neverTrack)),
    cc: message.cc.filter((recipient) => !isNeverTracked(recipient.email, options.preferences.neverTrack)),
  };
  if (clientRecipients.to.length + clientRecipients.cc.length === 0) return null;
  const email: SentEmail = {
    subject: message.subject,
    bodyText: message.bodyText,
    attachmentNames: message.attachmentNames,
    from,
    to: message.to,
    cc: message.cc,
    sentAt: message.date!,
  };
  const classification = classifyEmail(email, {
    timeZone: options.cadence.timeZone,
    corrections: options.corrections,
  });
  if (!isTrackedKind(classification.kind) || !options.preferences.trackedKinds.includes(classification.kind))
    return null;
  const mailThreadIds = message.gmailThreadId ? gmailThreadIds(message.gmailThreadId) : [mailMessageId];
  const { thread, event } = startTracking(
    {
      id: `gmail:${options.account}:${message.gmailThreadId ? `thread-f:${message.gmailThreadId}` : `mbox:${conversationKey}`}`,
      client: 'gmail',
      account: options.account,
      mailThreadId: mailThreadIds[0]!,
      messageId: mailMessageId,
      email: { ...email, ...clientRecipients },
      classification,
      evidence: { source: 'import', messageId: mailMessageId, note: 'imported from a mailbox file' },
    },
    options.cadence,
    options.now,
  );
  return {
    thread: { ...thread, mailThreadIds },
    messages: [
      {
        mailMessageId,
        direction: 'sent',
        from,
        to: [...clientRecipients.to, ...clientRecipients.cc],
        subject: message.subject,
        at: message.date!,
      },
    ],
    events: [event],
  };
}
