import type { Evidence, EvidenceSource } from '../threads/thread-events';
import {
  markAccepted,
  markAcknowledged,
  markBounced,
  markDeclined,
  markPaid,
  markReplied,
  pauseThread,
  type ThreadTransition,
} from '../threads/thread-transitions';
import type { TrackedThread } from '../threads/tracked-thread';
import type { InboundVerdict } from './interpret-inbound-message';

/**
 * Turns a verdict into the thread transition it calls for, with the verdict's rule and reason as
 * evidence. `ignore` changes nothing. The message id makes a second report of the same message a
 * no-op (the transitions are idempotent, and storage dedupes on it).
 */
export function applyInboundVerdict(
  thread: TrackedThread,
  verdict: InboundVerdict,
  message: { messageId?: string; receivedAt: number },
  source: EvidenceSource,
): ThreadTransition {
  const evidence: Evidence = { source, rule: verdict.rule, note: verdict.reason };
  if (message.messageId !== undefined) evidence.messageId = message.messageId;
  const at = message.receivedAt;
  switch (verdict.outcome) {
    case 'ignore':
      return { thread, event: null, unchangedBecause: verdict.reason };
    case 'reply':
      return markReplied(thread, evidence, at);
    case 'paid':
      return markPaid(thread, evidence, at);
    case 'accepted':
      return markAccepted(thread, evidence, at);
    case 'declined':
      return markDeclined(thread, evidence, at);
    case 'acknowledged':
      return markAcknowledged(thread, verdict.checkInAt, evidence, at);
    case 'out_of_office':
      return pauseThread(thread, verdict.pauseUntil, evidence, at);
    case 'bounced':
      return markBounced(thread, evidence, at);
  }
}
