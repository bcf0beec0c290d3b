import type { Classification, TrackedKind } from '../classify/kinds';
import type { MailAddress } from '../mail';

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
  classification: Classification;
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
}
