import { isTerminalStatus } from '../core/threads/evaluate-thread';
import { learnUsualReplyDelay } from '../core/threads/learn-usual-reply-delay';
import type { TrackedThread } from '../core/threads/tracked-thread';
import type { BackgroundContext } from './background-context';

function sameDelay(a: TrackedThread['usualReplyDelay'], b: TrackedThread['usualReplyDelay']): boolean {
  return (a?.medianMs ?? null) === (b?.medianMs ?? null) && (a?.highMs ?? null) === (b?.highMs ?? null);
}

/**
 * After a client answered: learn their usual reply delay from their answered threads and store it
 * on their open ones, whose windows then widen or narrow (issue #4). `nextDueAt = now` asks the next
 * sweep to re-plan them. Learned by address only for now: threads are indexed by the client's
 * address, so colleagues at the same organization don't pool their timing yet.
 */
export async function refreshClientTiming(context: BackgroundContext, clientEmail: string): Promise<number> {
  const threads = await context.threads.withClient(clientEmail.toLowerCase());
  const delay = learnUsualReplyDelay(threads, clientEmail);
  const now = await context.now();
  const updated = threads
    .filter((thread) => !isTerminalStatus(thread.status) && !sameDelay(thread.usualReplyDelay, delay))
    .map((thread) => ({ ...thread, usualReplyDelay: delay, nextDueAt: now, updatedAt: now }));
  await context.threads.saveSweep(updated.map((thread) => ({ thread, events: [] })));
  return updated.length;
}
