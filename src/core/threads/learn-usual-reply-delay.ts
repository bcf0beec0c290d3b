import { computeUsualReplyDelay, type UsualReplyDelay } from '../cadence/usual-reply-delay';
import { domainOf } from '../mail';
import { isPublicMailDomain } from '../replies/public-mail-domains';
import type { ThreadStatus, TrackedThread } from './tracked-thread';

/** Statuses that mean the client answered; "paid" measures payment, not replying, so it is left out. */
const ANSWERED: ReadonlySet<ThreadStatus> = new Set(['replied', 'accepted', 'declined']);

/**
 * A client's usual reply delay, learned from their answered threads: by address, or by organization
 * when the address is at a company domain (colleagues answer for each other). Null until three
 * answers are known (issue #4). The background stores the result on the client's open threads.
 */
export function learnUsualReplyDelay(
  threads: readonly TrackedThread[],
  clientEmail: string,
): UsualReplyDelay | null {
  const email = clientEmail.trim().toLowerCase();
  const domain = domainOf(email);
  const byOrganization = domain !== '' && !isPublicMailDomain(domain);
  const delays: number[] = [];
  for (const thread of threads) {
    const answeredAt = thread.statusChangedAt;
    if (!ANSWERED.has(thread.status) || answeredAt == null) continue;
    const counterpart = thread.counterpart.email.toLowerCase();
    const isClient = counterpart === email || (byOrganization && domainOf(counterpart) === domain);
    if (isClient) delays.push(answeredAt - thread.sentAt);
  }
  return computeUsualReplyDelay(delays);
}
