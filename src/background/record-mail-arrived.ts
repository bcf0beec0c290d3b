import { applyInboundVerdict } from '../core/replies/apply-inbound-verdict';
import { interpretInboundMessage } from '../core/replies/interpret-inbound-message';
import { createReplySettings } from '../core/replies/reply-settings';
import type { TrackedThread } from '../core/threads/tracked-thread';
import type { ParamsOf } from '../messaging/protocol';
import type { BackgroundContext } from './background-context';
import { refreshClientTiming } from './learn-client-timing';

type ArrivedMail = ParamsOf<'page/mail-arrived'>;

/** A thread that is still waiting for the client: only these can be answered by new mail. */
const OPEN_STATUSES = new Set<TrackedThread['status']>(['waiting', 'due', 'snoozed', 'paused']);

/**
 * Mail the page showed arriving now. Issue #4: a reply is any inbound message from the client after
 * the tracked send, in the same thread or not, so every open thread with this client on this account
 * is judged; a colleague at the client's organization counts only in the conversation the page named.
 * The page tells no message id, so a second tab's report of the same arrival stores no second event
 * (events dedupe on their rule) and finds the thread already answered.
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
  const source = arrived.client === 'gmail' ? 'gmail-page' : 'outlook-page';
  let changed = 0;
  for (const thread of candidates.values()) {
    if (thread.client !== arrived.client || thread.account !== arrived.account) continue;
    if (!OPEN_STATUSES.has(thread.status)) continue;
    const settings = createReplySettings(await context.cadenceSettings(), [thread.from.email]);
    const verdict = interpretInboundMessage(
      {
        from: { ...arrived.from, email: from },
        subject: '',
        bodyText: arrived.preview,
        receivedAt: now,
        ...(arrived.conversationIds[0] ? { mailThreadId: arrived.conversationIds[0] } : {}),
      },
      thread,
      settings,
      now,
    );
    if (verdict.outcome === 'ignore') continue;
    const transition = applyInboundVerdict(thread, verdict, { receivedAt: now }, source);
    await context.threads.saveTransition(transition.thread, transition.event);
    if (transition.event) changed += 1;
    await refreshClientTiming(context, thread.counterpart.email);
  }
  return { changed };
}
