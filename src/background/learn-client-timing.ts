import { domainOf } from '../core/mail';
import { isPublicMailDomain } from '../core/replies/public-mail-domains';
import { isTerminalStatus } from '../core/threads/evaluate-thread';
import { learnUsualReplyDelay } from '../core/threads/learn-usual-reply-delay';
import type { TrackedThread } from '../core/threads/tracked-thread';
import type { BackgroundContext } from './background-context';

function sameDelay(a: TrackedThread['usualReplyDelay'], b: TrackedThread['usualReplyDelay']): boolean {
  return (a?.medianMs ?? null) === (b?.medianMs ?? null) && (a?.highMs ?? null) === (b?.highMs ?? null);
}

/**
 * After a client answered: learn their usual reply delay from their answered threads and store it on
 * their open ones, whose windows then widen or narrow (issue #4). `nextDueAt = now` asks the next sweep
 * to re-plan them. At a company domain the whole organization's threads are pooled, since colleagues
 * answer for each other (learnUsualReplyDelay); at a public mail service, only the address's.
 */
export async function refreshClientTiming(context: BackgroundContext, clientEmail: string): Promise<number> {
  const email = clientEmail.toLowerCase();
  const domain = domainOf(email);
  const threads =
    domain && !isPublicMailDomain(domain)
      ? await context.threads.withOrganization(domain)
      : await context.threads.withClient(email);
  const delay = learnUsualReplyDelay(threads, email);
  const now = await context.now();
  const updated = threads
    .filter((thread) => !isTerminalStatus(thread.status) && !sameDelay(thread.usualReplyDelay, delay))
    .map((thread) => ({ ...thread, usualReplyDelay: delay, nextDueAt: now, updatedAt: now }));
  await context.threads.saveSweep(updated.map((thread) => ({ thread, events: [] })));
  return updated.length;
}
