import type { TrackedKind } from '../classify/kinds';
import { type Explanation, type ExplanationCode, explain } from '../explanations/explanation';
import type { CadenceSettings, RequestLadderSettings } from './cadence-settings';
import type { FollowUpStage, StepChannel } from './stages';
import { adjustFirstWindowBusinessDays, isUsableReplyDelay, type UsualReplyDelay } from './usual-reply-delay';
import { createWorkingCalendar, dayOfIsoDate, type WorkingCalendar } from './working-calendar';

export interface LadderStep {
  /** Position in the ladder, 0-based; stable for a given input and settings. */
  index: number;
  stage: FollowUpStage;
  channel: StepChannel;
  /** "2nd reminder", "Call". */
  label: Explanation;
  /** Epoch ms: the start of the user's working day the step falls on. */
  dueAt: number;
  /** "7 days overdue", for "why is this due?". */
  why: Explanation;
}

/** Every ladder a thread can follow: one per tracked kind, plus mid-project silence (playbook). */
export type LadderName = TrackedKind | 'mid_project';

export interface LadderInput {
  kind: TrackedKind;
  sentAt: number;
  /** ISO date read from the email; invoices fall back to the default terms without one. */
  dueDate: string | null;
  usualReplyDelay?: UsualReplyDelay | null;
  /** Follow another ladder than the kind's own (the user marked the thread as mid-project silence). */
  ladder?: LadderName | null;
}

/** Steps being planned: parallel lists of words and local days, so planning allocates little. */
interface Plan {
  texts: StepText[];
  days: number[];
}

/** The words of a ladder's steps: fixed per settings, so planning a thread only computes dates. */
interface StepText {
  stage: FollowUpStage;
  label: Explanation;
  why: Explanation;
}

const REMINDER_LABELS = ['stepReminder1', 'stepReminder2', 'stepReminder3'] as const;
const NUDGE_LABELS = ['stepNudge1', 'stepNudge2', 'stepNudge3'] as const;

/** "2nd reminder": the first three have words of their own in every language, later ones a number. */
function countedLabel(
  position: number,
  named: readonly ExplanationCode[],
  later: 'stepReminderLater' | 'stepNudgeLater',
): Explanation {
  const code = named[position - 1];
  return code ? explain(code) : explain(later, { position });
}

function defaultChannel(stage: FollowUpStage): StepChannel {
  return stage === 'call' ? 'phone' : 'email';
}

function reminderStage(position: number): FollowUpStage {
  return position === 0 ? 'reminder_1' : position === 1 ? 'reminder_2' : 'reminder_3';
}

function nudgeStage(position: number): FollowUpStage {
  return position === 0 ? 'nudge_1' : position === 1 ? 'nudge_2' : 'nudge_3';
}

interface LadderTexts {
  courtesyStated: StepText | null;
  courtesyAssumed: StepText | null;
  reminders: StepText[];
  personal: StepText | null;
  call: StepText | null;
  finalNotice: StepText;
  collections: StepText;
  midProject: StepText[];
  /** Request ladders by `${ladder}|${shift}|${learnedDays}`. */
  requests: Map<string, StepText[]>;
}

const textsCache = new WeakMap<CadenceSettings, LadderTexts>();

function textsFor(settings: CadenceSettings): LadderTexts {
  let texts = textsCache.get(settings);
  if (texts) return texts;
  const overdueWhy = (days: number) => explain('whyOverdue', { days });
  const courtesy = settings.courtesyNoteDaysBeforeDue;
  texts = {
    courtesyStated:
      courtesy === null
        ? null
        : {
            stage: 'courtesy',
            label: explain('stepCourtesyNote'),
            why: explain('whyBeforeDueDate', { days: courtesy }),
          },
    courtesyAssumed:
      courtesy === null
        ? null
        : {
            stage: 'courtesy',
            label: explain('stepCourtesyNote'),
            why: explain('whyBeforeAssumedDueDate', {
              days: courtesy,
              terms: settings.invoiceDefaultTermsDays,
            }),
          },
    reminders: settings.invoiceReminderDaysOverdue.map((days, position) => ({
      stage: reminderStage(position),
      label: countedLabel(position + 1, REMINDER_LABELS, 'stepReminderLater'),
      why: overdueWhy(days),
    })),
    personal:
      settings.personalEmailDaysOverdue === null
        ? null
        : {
            stage: 'personal',
            label: explain('stepPersonalEmail'),
            why: overdueWhy(settings.personalEmailDaysOverdue),
          },
    call:
      settings.callDaysOverdue === null
        ? null
        : { stage: 'call', label: explain('stepCall'), why: overdueWhy(settings.callDaysOverdue) },
    finalNotice: {
      stage: 'final_notice',
      label: explain('stepFinalNotice'),
      why: explain('whyBeforeCollections', { days: settings.finalNoticeDaysBeforeCollections }),
    },
    collections: {
      stage: 'collections',
      label: explain('stepCollectionsLetter'),
      why: overdueWhy(settings.collectionsDaysOverdue),
    },
    midProject: [
      {
        stage: 'checkin',
        label: explain('stepCheckIn'),
        why: explain('whyMidProjectSilence', { days: settings.midProject.checkinBusinessDays }),
      },
      {
        stage: 'close_notice',
        label: explain('stepCloseNotice'),
        why: explain('whyMidProjectSilence', { days: settings.midProject.closeNoticeBusinessDays }),
      },
    ],
    requests: new Map(),
  };
  textsCache.set(settings, texts);
  return texts;
}

function planInvoice(
  input: LadderInput,
  settings: CadenceSettings,
  calendar: WorkingCalendar,
  plan: Plan,
): void {
  const texts = textsFor(settings);
  const sentDay = calendar.dayOf(input.sentAt);
  const statedDueDay = input.dueDate === null ? null : dayOfIsoDate(input.dueDate);
  const dueDay = statedDueDay ?? sentDay + settings.invoiceDefaultTermsDays;
  const courtesy = statedDueDay === null ? texts.courtesyAssumed : texts.courtesyStated;
  if (courtesy && settings.courtesyNoteDaysBeforeDue !== null) {
    addInvoiceStep(
      plan,
      sentDay,
      courtesy,
      calendar.previousWorkingDayFrom(dueDay - settings.courtesyNoteDaysBeforeDue),
    );
  }
  let lastDay = Number.NEGATIVE_INFINITY;
  const reminders = settings.invoiceReminderDaysOverdue;
  for (let position = 0; position < reminders.length; position += 1) {
    lastDay = calendar.nextWorkingDayFrom(dueDay + reminders[position]!);
    addInvoiceStep(plan, sentDay, texts.reminders[position]!, lastDay);
  }
  if (texts.personal && settings.personalEmailDaysOverdue !== null) {
    lastDay = calendar.nextWorkingDayFrom(dueDay + settings.personalEmailDaysOverdue);
    addInvoiceStep(plan, sentDay, texts.personal, lastDay);
  }
  if (texts.call && settings.callDaysOverdue !== null) {
    lastDay = calendar.nextWorkingDayFrom(dueDay + settings.callDaysOverdue);
    addInvoiceStep(plan, sentDay, texts.call, lastDay);
  }
  if (settings.collectionsEnabled) {
    const lead = settings.finalNoticeDaysBeforeCollections;
    let collectionsDay = calendar.nextWorkingDayFrom(dueDay + settings.collectionsDaysOverdue);
    // Earlier working day, so the notice always gives at least the promised lead (playbook: ≥ 15 days).
    let noticeDay = calendar.previousWorkingDayFrom(collectionsDay - lead);
    if (noticeDay < lastDay) {
      // Settings that crowd the notice behind earlier steps move collections out, never the lead in.
      noticeDay = calendar.nextWorkingDayFrom(lastDay);
      collectionsDay = calendar.nextWorkingDayFrom(noticeDay + lead);
    }
    addInvoiceStep(plan, sentDay, texts.finalNotice, noticeDay);
    addInvoiceStep(plan, sentDay, texts.collections, collectionsDay);
  }
}

/** An invoice sent late (its due date long past) starts at the first step still ahead of it. */
function addInvoiceStep(plan: Plan, sentDay: number, text: StepText, day: number): void {
  if (day <= sentDay) return;
  plan.texts.push(text);
  plan.days.push(day);
}

function requestTexts(
  ladderName: string,
  ladder: RequestLadderSettings,
  shift: number,
  learnedDays: number,
  settings: CadenceSettings,
): StepText[] {
  const texts = textsFor(settings);
  const key = `${ladderName}|${shift}|${learnedDays}`;
  let list = texts.requests.get(key);
  if (list) return list;
  const afterSending = (businessDays: number): Explanation => {
    const why = explain('whyAfterSending', { days: businessDays + shift });
    if (shift === 0) return why;
    return explain(shift > 0 ? 'whyWidened' : 'whyNarrowed', { why, days: learnedDays });
  };
  list = ladder.nudgeBusinessDays.map((businessDays, position) => ({
    stage: nudgeStage(position),
    label: countedLabel(position + 1, NUDGE_LABELS, 'stepNudgeLater'),
    why: afterSending(businessDays),
  }));
  if (ladder.breakupBusinessDays !== null) {
    list.push({
      stage: 'breakup',
      label: explain('stepBreakup'),
      why: afterSending(ladder.breakupBusinessDays),
    });
  }
  const last = list[list.length - 1];
  if (last) {
    for (let month = 1; month <= ladder.checkinMonths; month += 1) {
      list.push({
        stage: 'checkin',
        label: explain('stepMonthlyCheckIn', { month, months: ladder.checkinMonths }),
        why: explain('whyMonthsAfterStep', { months: month, step: last.label }),
      });
    }
  }
  texts.requests.set(key, list);
  return list;
}

function planRequest(
  input: LadderInput,
  ladderName: string,
  ladder: RequestLadderSettings,
  settings: CadenceSettings,
  calendar: WorkingCalendar,
  plan: Plan,
): void {
  const sentDay = calendar.dayOf(input.sentAt);
  const first = ladder.nudgeBusinessDays[0] ?? ladder.breakupBusinessDays;
  let shift = 0;
  let learnedDays = 0;
  if (first != null && settings.learnFromReplyDelays && isUsableReplyDelay(input.usualReplyDelay)) {
    shift = adjustFirstWindowBusinessDays(first, input.usualReplyDelay, settings.workingDays.length) - first;
    learnedDays = shift === 0 ? 0 : Math.max(1, Math.round(input.usualReplyDelay.highMs / 86_400_000));
  }
  const texts = requestTexts(ladderName, ladder, shift, learnedDays, settings);
  const { days } = plan;
  for (const businessDays of ladder.nudgeBusinessDays)
    days.push(calendar.addBusinessDays(sentDay, businessDays + shift));
  if (ladder.breakupBusinessDays !== null)
    days.push(calendar.addBusinessDays(sentDay, ladder.breakupBusinessDays + shift));
  const lastDay = days[days.length - 1];
  if (lastDay !== undefined) {
    for (let month = 1; month <= ladder.checkinMonths; month += 1) {
      days.push(calendar.nextWorkingDayFrom(calendar.addMonths(lastDay, month)));
    }
  }
  for (let position = 0; position < days.length; position += 1) plan.texts.push(texts[position]!);
}

function planMidProject(
  input: LadderInput,
  settings: CadenceSettings,
  calendar: WorkingCalendar,
  plan: Plan,
): void {
  const sentDay = calendar.dayOf(input.sentAt);
  const { checkinBusinessDays, closeNoticeBusinessDays } = settings.midProject;
  const texts = textsFor(settings).midProject;
  plan.texts.push(texts[0]!, texts[1]!);
  plan.days.push(
    calendar.addBusinessDays(sentDay, checkinBusinessDays),
    calendar.addBusinessDays(sentDay, closeNoticeBusinessDays),
  );
}

const proposalLadders = new WeakMap<CadenceSettings, RequestLadderSettings>();

function proposalLadderOf(settings: CadenceSettings): RequestLadderSettings {
  let ladder = proposalLadders.get(settings);
  if (!ladder) {
    ladder = {
      nudgeBusinessDays: settings.proposalNudgeBusinessDays,
      breakupBusinessDays: settings.proposalBreakupBusinessDays,
      checkinMonths: settings.monthlyCheckinMonths,
    };
    proposalLadders.set(settings, ladder);
  }
  return ladder;
}

function planSteps(
  input: LadderInput,
  settings: CadenceSettings,
  calendar: WorkingCalendar,
  plan: Plan,
): void {
  const ladder = input.ladder ?? input.kind;
  switch (ladder) {
    case 'invoice':
      planInvoice(input, settings, calendar, plan);
      return;
    case 'proposal':
      planRequest(input, ladder, proposalLadderOf(settings), settings, calendar, plan);
      return;
    case 'mid_project':
      planMidProject(input, settings, calendar, plan);
      return;
    default: {
      // A kind this version does not know (stored by a newer one, or corrupted) plans nothing.
      const request = settings.requestLadders[ladder] as RequestLadderSettings | undefined;
      if (request) planRequest(input, ladder, request, settings, calendar, plan);
    }
  }
}

/**
 * The dated steps of a thread's ladder, in non-decreasing time order, each at the start of a working
 * day in the user's zone. Pure and deterministic. Cheap by design (issue #4: a sweep of 100,000
 * threads in 500 ms): the words are built once per settings object and a thread only costs a few
 * day computations, so nothing per thread needs caching.
 */
export function planLadder(input: LadderInput, settings: CadenceSettings): LadderStep[] {
  if (!Number.isFinite(input.sentAt)) return [];
  const calendar = createWorkingCalendar(settings);
  const plan: Plan = { texts: [], days: [] };
  planSteps(input, settings, calendar, plan);
  const { texts, days } = plan;
  const steps: LadderStep[] = new Array(days.length);
  const channels = settings.stepChannels;
  let previousDay = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < days.length; index += 1) {
    const text = texts[index]!;
    // Settings are validated to be increasing, but snapping to working days must never reorder steps.
    const day = Math.max(days[index]!, previousDay);
    previousDay = day;
    steps[index] = {
      index,
      stage: text.stage,
      channel: channels[text.stage] ?? defaultChannel(text.stage),
      label: text.label,
      dueAt: calendar.workdayStartOf(day),
      why: text.why,
    };
  }
  return steps;
}
