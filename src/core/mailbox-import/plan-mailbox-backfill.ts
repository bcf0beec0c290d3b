import { explain } from '../explanations/explanation';
import type { MailAddress } from '../mail';
import { applyInboundVerdict } from '../replies/apply-inbound-verdict';
import { interpretInboundMessage } from '../replies/interpret-inbound-message';
import { createReplySettings } from '../replies/reply-settings';
import { recordOwnFollowUp } from '../threads/thread-transitions';
import { conversationKeyOf, type MailboxMessage } from './parse-raw-message';
import { type PastSendOptions, type PlannedThread, planPastSend } from './plan-tracked-send';

export type { PlannedMessage, PlannedThread } from './plan-tracked-send';

export interface BackfillPlan {
  messagesRead: number;
  sentByYou: number;
  threads: PlannedThread[];
  /** Tracked threads the client already answered (or paid, or declined) in the file. */
  settled: number;
}

export interface BackfillOptions extends PastSendOptions {
  ownAddresses: readonly string[];
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
  // Gmail shows a Takeout thread under ids derived from X-GM-THRID. Outlook's page shows ids of its own
  // and never the Message-ID: such a thread is found again like a new Outlook send, by its subject
  // and the user's opening words (record-thread-seen.ts), so its only ids are the message's.
  const gmailThread = options.client === 'gmail' ? message.gmailThreadId : null;
  const threadKey = gmailThread ? `thread-f:${gmailThread}` : `mbox:${conversationKey}`;
  return planPastSend(
    {
      email: {
        subject: message.subject,
        bodyText: message.bodyText,
        attachmentNames: message.attachmentNames,
        from,
        to: message.to,
        cc: message.cc,
        sentAt: message.date!,
      },
      threadId: `${options.client}:${options.account}:${threadKey}`,
      mailThreadIds: gmailThread ? gmailThreadIds(gmailThread) : [mailMessageId],
      messageId: mailMessageId,
      where: explain('noteImportedFromMailbox'),
    },
    options,
  );
}
