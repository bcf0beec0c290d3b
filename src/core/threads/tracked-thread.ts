import type { LadderName } from '../cadence/plan-ladder';
import type { UsualReplyDelay } from '../cadence/usual-reply-delay';
import type { Classification, TrackedKind } from '../classify/kinds';
import type { StoredExplanation } from '../explanations/explanation';
import type { MailAddress } from '../mail';

/** A classification as stored: threads tracked by older versions hold their signals as English words. */
export type StoredClassification = Omit<Classification, 'signals'> & { signals: StoredExplanation[] };

export type MailClient = 'gmail' | 'outlook';

export const THREAD_STATUSES = [
  'waiting',
  'due',
  'replied',
  'paid',
  'accepted',
  'declined',
  'snoozed',
  'paused',
  'closed',
] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

/** A sent proposal, invoice or request the product is watching for an answer. */
export interface TrackedThread {
  /** Our own id, stable across the mail client's id families: `gmail:0:thread-a:r123`. */
  id: string;
  client: MailClient;
  /** The mail client's account: Gmail's `/u/N` index as a string, or an address. */
  account: string;
  /** Every id the mail client used for this thread (Gmail has three families that don't convert). */
  mailThreadIds: string[];
  /** Every id of a message the user sent in this thread. */
  sentMessageIds: string[];
  kind: TrackedKind;
  classification: StoredClassification;
  subject: string;
  from: MailAddress;
  /** The client: the first `to` recipient. */
  counterpart: MailAddress;
  recipients: MailAddress[];
  /** Plain text of the tracked message, cut to a bounded length. */
  bodyExcerpt: string;
  sentAt: number;
  status: ThreadStatus;
  /** Until when a snooze or out-of-office pause holds (epoch ms). */
  statusUntil: number | null;
  /** When the next ladder step comes due (epoch ms); null when nothing more is planned. */
  nextDueAt: number | null;
  /** Index of the ladder step the user was last told about; -1 before the first. */
  notifiedStepIndex: number;
  createdAt: number;
  updatedAt: number;

  // Added for the state machine (issue #4). All optional, so threads stored before them stay valid;
  // a missing field reads as its "nothing happened" value.

  /**
   * When the announced step (`notifiedStepIndex`) was due. A snooze, pause, acknowledgement or bounce
   * that started after it moves that step later, and the moved step is announced again once.
   */
  notifiedStepDueAt?: number | null;
  /** Index of the last step the user acted on (sent a follow-up, called); -1 or missing: none. */
  actedStepIndex?: number;
  /**
   * Steps not yet acted on come due no earlier than this: set when a snooze or out-of-office pause
   * starts, or when the client acknowledged and a gentle check-in was set. The rest of the ladder
   * moves by as many days as its next step was held up, so steps never bunch together.
   */
  ladderResumeAt?: number | null;
  /** The first step not yet acted on when that hold began: the ladder's move is measured from it. */
  ladderHeldStepIndex?: number | null;
  /** When the status last changed, and plain words saying why ("Ana replied", "marked paid by you"). */
  statusChangedAt?: number | null;
  statusNote?: StoredExplanation | null;
  /** When a message to the client bounced; later steps go to another contact until the user sends again. */
  bouncedAt?: number | null;
  /** When the client last acknowledged without answering ("thanks, will look next week"). */
  acknowledgedAt?: number | null;
  /** The ladder followed when it is not the kind's own (mid-project silence). */
  ladder?: LadderName | null;
  /** The client's usual reply delay, learned by the background from past threads. */
  usualReplyDelay?: UsualReplyDelay | null;
}
