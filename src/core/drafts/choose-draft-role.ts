import type { FollowUpStage } from '../cadence/stages';
import type { TrackedKind } from '../classify/kinds';

/**
 * What a message has to do, in the playbook's terms. A stage says where the thread is on its ladder;
 * the role says which message fits there for this kind of email (an invoice is never "broken up
 * with", a proposal never goes to collections).
 */
export type DraftRole =
  | 'courtesy'
  | 'reminder_1'
  | 'reminder_2'
  | 'reminder_3'
  | 'personal'
  | 'invoice_call'
  | 'final_notice'
  | 'collections'
  | 'nudge_1'
  | 'nudge_2'
  | 'nudge_3'
  | 'request_call'
  | 'breakup'
  | 'checkin_monthly'
  | 'checkin_wellbeing'
  | 'close_notice';

export type RequestKind = Exclude<TrackedKind, 'invoice'>;

const INVOICE_ROLES: Record<FollowUpStage, DraftRole> = {
  courtesy: 'courtesy',
  reminder_1: 'reminder_1',
  reminder_2: 'reminder_2',
  reminder_3: 'reminder_3',
  personal: 'personal',
  call: 'invoice_call',
  final_notice: 'final_notice',
  collections: 'collections',
  nudge_1: 'reminder_1',
  nudge_2: 'reminder_2',
  nudge_3: 'reminder_3',
  // An unpaid invoice is not "let go" of: the gentlest step past the reminders is the personal note.
  breakup: 'personal',
  checkin: 'checkin_wellbeing',
  close_notice: 'close_notice',
};

const REQUEST_ROLES: Record<FollowUpStage, DraftRole> = {
  courtesy: 'nudge_1',
  reminder_1: 'nudge_1',
  reminder_2: 'nudge_2',
  reminder_3: 'nudge_3',
  personal: 'nudge_3',
  call: 'request_call',
  // Collections language never belongs to a proposal or a request: the last word is the breakup.
  final_notice: 'breakup',
  collections: 'breakup',
  nudge_1: 'nudge_1',
  nudge_2: 'nudge_2',
  nudge_3: 'nudge_3',
  breakup: 'breakup',
  checkin: 'checkin_monthly',
  close_notice: 'close_notice',
};

/**
 * A check-in after the breakup (or on a proposal) is the playbook's monthly, useful check-in in a new
 * thread; a check-in mid-project with no breakup behind it only asks whether the client is alright.
 */
export function chooseDraftRole(
  kind: TrackedKind,
  stage: FollowUpStage,
  previousStages: readonly FollowUpStage[],
): DraftRole {
  if (kind === 'invoice') {
    // "No rush" small talk would undercut an unpaid invoice; its check-in is the personal note, once.
    if (stage === 'checkin' && !previousStages.includes('personal')) return 'personal';
    return INVOICE_ROLES[stage];
  }
  const role = REQUEST_ROLES[stage];
  if (role === 'checkin_monthly' && kind !== 'proposal' && !previousStages.includes('breakup')) {
    return 'checkin_wellbeing';
  }
  return role;
}
