import { applyInboundVerdict } from '../core/replies/apply-inbound-verdict';
import { interpretInboundMessage } from '../core/replies/interpret-inbound-message';
import { createReplySettings } from '../core/replies/reply-settings';
import type { TrackedThread } from '../core/threads/tracked-thread';
import type { ParamsOf } from '../messaging/protocol';
import { messageKey } from '../storage/threads-repository';
import type { BackgroundContext } from './background-context';
import { refreshClientTiming } from './learn-client-timing';

/** Arrived now (no id, no time), or listed with its newest message's id and time. */
type ArrivedMail = ParamsOf<'page/mail-arrived'> & { messageId?: string; receivedAt?: number };

/** A thread that is still waiting for the client: only these can be answered by new mail. */
const OPEN_STATUSES = new Set<TrackedThread['status']>(['waiting', 'due', 'snoozed', 'paused']);

/**
 * Mail the page showed arriving now. Issue #4: a reply is any inbound message from the client after
 * the tracked send, in the same thread or not, so every open thread with this client on this account
 * is judged; a colleague at the client's organization counts only in the conversation the page named.
 * Arriving now, the page tells no message id, so a second tab's report of the same arrival stores no
 * second event (events dedupe on their rule) and finds the thread already answered. Listed with its id
 * and time, a message counts only for threads sent before it, and once (stored by its id).
 */
export async function recordMailArrived(
  context: BackgroundContext,
  arrived: ArrivedMail,
): Promise<{ changed: number }> {
  const from = arrived.from.email.trim().toLowerCase();
  if (!from.includes('@')) return { changed: 0 };
  const candidates = new Map<string, TrackedThread>();
  for (const id of arrived.conversationIds) {
    const thread = await context.threads.findByMailThreadId(arrived.client, arrived.account, id);
    if (thread) candidates.set(thread.id, thread);
  }
  for (const thread of await context.threads.withClient(from)) candidates.set(thread.id, thread);

  const now = await context.now();
  const receivedAt = arrived.receivedAt ?? now;
  const key = arrived.messageId ? messageKey(arrived.client, arrived.account, arrived.messageId) : null;
  if (key && (await context.threads.hasMessage(key))) return { changed: 0 };
  const source = arrived.client === 'gmail' ? 'gmail-page' : 'outlook-page';
  let changed = 0;
  for (const thread of candidates.values()) {
    if (thread.client !== arrived.client || thread.account !== arrived.account) continue;
    if (!OPEN_STATUSES.has(thread.status) || receivedAt <= thread.sentAt) continue;
    const settings = createReplySettings(await context.cadenceSettings(), [thread.from.email]);
    const verdict = interpretInboundMessage(
      {
        from: { ...arrived.from, email: from },
        subject: '',
        bodyText: arrived.preview,
        receivedAt,
        ...(arrived.messageId ? { messageId: arrived.messageId } : {}),
        ...(arrived.conversationIds[0] ? { mailThreadId: arrived.conversationIds[0] } : {}),
      },
      thread,
      settings,
      now,
    );
    if (verdict.outcome === 'ignore') continue;
    const transition = applyInboundVerdict(
      thread,
      verdict,
      { receivedAt, ...(arrived.messageId ? { messageId: arrived.messageId } : {}) },
      source,
    );
    if (key) {
      // False when another tab's report of the same message got there first: nothing changes then.
      const stored = await context.threads.recordMessage(
        {
          id: key,
          threadId: thread.id,
          direction: 'received',
          mailMessageId: arrived.messageId!,
          from: { ...arrived.from, email: from },
          to: [thread.from],
          subject: thread.subject,
          at: receivedAt,
        },
        transition.thread,
        transition.event,
      );
      if (!stored) continue;
    } else await context.threads.saveTransition(transition.thread, transition.event);
    if (transition.event) changed += 1;
    await refreshClientTiming(context, thread.counterpart.email);
  }
  return { changed };
}
