import type { StoredExplanation } from '../explanations/explanation';

/**
 * Everything that happens to a tracked thread is an event with a time and evidence, so the UI can
 * answer "why is this due?" and "why did this stop?" (issue #4).
 */
export const THREAD_EVENT_TYPES = [
  'tracked',
  'step_due',
  'followed_up',
  'step_done',
  'replied',
  'acknowledged',
  'paid',
  'accepted',
  'declined',
  'snoozed',
  'paused',
  'resumed',
  'closed',
  'bounced',
  'reopened',
  'kind_corrected',
  'ladder_changed',
] as const;
export type ThreadEventType = (typeof THREAD_EVENT_TYPES)[number];

export type EvidenceSource =
  | 'gmail-sync'
  | 'gmail-page'
  | 'outlook-sync'
  | 'outlook-page'
  | 'user'
  | 'sweep'
  | 'import';

export interface Evidence {
  source: EvidenceSource;
  /** The mail client's id of the message that proves it (a reply, a bounce, the user's own send). */
  messageId?: string;
  /**
   * Which rule decided: `step:3@1763971200000`, `reply:same-domain`, `ooo:return-date`. Storage
   * dedupes events on source + messageId, else rule, so a repeated report stores one event.
   */
  rule?: string;
  /** For the history view: "Ana is out of office …"; events stored by older versions hold English words. */
  note?: StoredExplanation;
}

export interface ThreadEvent {
  threadId: string;
  type: ThreadEventType;
  /** Epoch ms. */
  at: number;
  evidence: Evidence;
  detail?: Record<string, string | number | boolean | null>;
}
