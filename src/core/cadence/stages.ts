/**
 * The stages of a follow-up ladder. Cadence decides when each comes due; drafts decide what to say.
 * Names follow the shared playbook: invoices escalate from a courtesy note to collections,
 * proposals from a first nudge to a graceful "breakup" and monthly check-ins.
 */
export const FOLLOW_UP_STAGES = [
  // invoices, driven by the due date
  'courtesy',
  'reminder_1',
  'reminder_2',
  'reminder_3',
  'personal',
  'call',
  'final_notice',
  'collections',
  // proposals and other requests, driven by the send date
  'nudge_1',
  'nudge_2',
  'nudge_3',
  'breakup',
  'checkin',
  // mid-project silence
  'close_notice',
] as const;

export type FollowUpStage = (typeof FOLLOW_UP_STAGES)[number];

/** How a step reaches the client; the UI says which ("Call · script"). */
export type StepChannel = 'email' | 'phone' | 'another_contact';
