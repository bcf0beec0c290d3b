import { applyInboundVerdict } from '../core/replies/apply-inbound-verdict';
import { interpretInboundMessage } from '../core/replies/interpret-inbound-message';
import { createReplySettings } from '../core/replies/reply-settings';
import type { TrackedThread } from '../core/threads/tracked-thread';
import type { ParamsOf } from '../messaging/protocol';
import { messageKey } from '../storage/threads-repository';
import type { BackgroundContext } from './background-context';
import { refreshClientTiming } from './learn-client-timing';

type SeenThread = ParamsOf<'page/thread-seen'>;

async function findTrackedThread(
  context: BackgroundContext,
  seen: SeenThread,
): Promise<TrackedThread | undefined> {
  for (const id of seen.mailThreadIds) {
    const thread = await context.threads.findByMailThreadId(seen.client, seen.account, id);
    if (thread) return thread;
  }
  // A new thread is known to us by the client-side id of the send; the page shows server ids. The
  // user's own message in it links the two.
  for (const message of seen.messages) {
    if (!message.messageId) continue;
    const thread = await context.threads.findBySentMessage(
      messageKey(seen.client, seen.account, message.messageId),
    );
    if (thread) return thread;
  }
  return undefined;
}

/**
 * A thread the page showed: if we track it, remember every id it is shown under, and judge each
 * message from someone else written after the tracked send. A message whose time the page does not
 * tell is judged only when it stands after the tracked send on the page; otherwise it is skipped
 * (no record is better than a wrong one, and the reason is logged).
 */
export async function recordThreadSeen(
  context: BackgroundContext,
  seen: SeenThread,
): Promise<{ matched: boolean; changed: number }> {
  let thread = await findTrackedThread(context, seen);
  if (!thread) return { matched: false, changed: 0 };
  const now = await context.now();
  const newIds = seen.mailThreadIds.filter((id) => !thread!.mailThreadIds.includes(id));
  if (newIds.length > 0) {
    thread = { ...thread, mailThreadIds: [...thread.mailThreadIds, ...newIds], updatedAt: now };
    await context.threads.saveTransition(thread, null);
  }
  const settings = createReplySettings(await context.cadenceSettings(), [thread.from.email]);
  const sentPosition = seen.messages.findIndex(
    (message) => message.messageId && thread!.sentMessageIds.includes(message.messageId),
  );
  let changed = 0;
  for (const [position, message] of seen.messages.entries()) {
    if (message.messageId && thread.sentMessageIds.includes(message.messageId)) continue;
    const isAfterSend =
      message.receivedAt !== null
        ? message.receivedAt > thread.sentAt
        : sentPosition >= 0 && position > sentPosition;
    if (!isAfterSend) {
      if (message.receivedAt === null && sentPosition < 0) {
        await context.logProblem(
          'gmail-page',
          `message in ${thread.id} has no time and no tracked send before it`,
        );
      }
      continue;
    }
    const key = message.messageId ? messageKey(seen.client, seen.account, message.messageId) : null;
    if (key && (await context.threads.hasMessage(key))) continue;
    const receivedAt = message.receivedAt ?? now;
    const inbound = {
      from: { ...message.from, email: message.from.email.toLowerCase() },
      subject: seen.subject,
      bodyText: message.bodyText,
      receivedAt,
      ...(seen.mailThreadIds[0] ? { mailThreadId: seen.mailThreadIds[0] } : {}),
      ...(message.messageId ? { messageId: message.messageId } : {}),
    };
    const verdict = interpretInboundMessage(inbound, thread, settings, now);
    if (verdict.outcome === 'ignore') continue;
    const transition = applyInboundVerdict(
      thread,
      verdict,
      { receivedAt, ...(message.messageId ? { messageId: message.messageId } : {}) },
      'gmail-page',
    );
    let stored = true;
    if (key) {
      // False when another tab's report of the same message got there first: nothing changes then.
      stored = await context.threads.recordMessage(
        {
          id: key,
          threadId: thread.id,
          direction: 'received',
          mailMessageId: message.messageId!,
          from: inbound.from,
          to: [thread.from],
          subject: seen.subject,
          at: receivedAt,
        },
        transition.thread,
        transition.event,
      );
    } else {
      await context.threads.saveTransition(transition.thread, transition.event);
    }
    if (!stored) continue;
    if (transition.event) changed += 1;
    thread = transition.thread;
  }
  if (changed > 0) await refreshClientTiming(context, thread.counterpart.email);
  return { matched: true, changed };
}
