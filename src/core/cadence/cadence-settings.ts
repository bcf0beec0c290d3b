import { kindInWords } from '../classify/kinds';
import { type Explanation, type ExplanationValue, explain } from '../explanations/explanation';
import type { FollowUpStage, StepChannel } from './stages';
import { FOLLOW_UP_STAGES } from './stages';

/**
 * A short ladder for requests driven by the send date (feedback, details, testimonials, the user's own
 * follow-up emails): nudges after business days, an optional graceful "breakup", then monthly check-ins.
 */
export interface RequestLadderSettings {
  /** Business days after sending, strictly increasing: `[3, 7]`. */
  nudgeBusinessDays: number[];
  /** Business days after sending for the "I'll assume it isn't a priority now" message; null: none. */
  breakupBusinessDays: number | null;
  /** How many monthly check-ins follow the last step; 0: none. */
  checkinMonths: number;
}

/**
 * Mid-project silence (playbook: "mid-project ghosting"): first only check the client is alright,
 * then about a week later say the project will be closed and billed for work done.
 */
export interface MidProjectLadderSettings {
  checkinBusinessDays: number;
  closeNoticeBusinessDays: number;
}

export const REQUEST_LADDER_KINDS = [
  'feedback_request',
  'details_request',
  'testimonial_request',
  'followup',
] as const;
export type RequestLadderKind = (typeof REQUEST_LADDER_KINDS)[number];

export interface CadenceSettings {
  /** IANA zone the user works in: business days and working hours are counted there. */
  timeZone: string;
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: number[];
  /** Steps come due at the start of the working day (0–23). */
  workdayStartHour: number;
  workdayEndHour: number;

  /** Payment terms assumed when the invoice states no due date. */
  invoiceDefaultTermsDays: number;
  /** Calendar days before the due date for an optional courtesy note; null: no note. */
  courtesyNoteDaysBeforeDue: number | null;
  /** Calendar days overdue, strictly increasing; playbook: about 7, 15 and 28. */
  invoiceReminderDaysOverdue: number[];
  /** The personal, human email; null: skip it. */
  personalEmailDaysOverdue: number | null;
  /** The phone call (state the facts, pause, listen); null: skip it. */
  callDaysOverdue: number | null;
  /** False: the ladder stops before any final notice or collections step. */
  collectionsEnabled: boolean;
  /** Playbook: collections or an attorney's letter at 60–90 days overdue. */
  collectionsDaysOverdue: number;
  /** Playbook: the final notice goes out at least 15 days before the collections date. */
  finalNoticeDaysBeforeCollections: number;

  /** Playbook: first nudge after about 3 business days, then about 7 and 14. */
  proposalNudgeBusinessDays: number[];
  /** Business days after sending for the graceful "breakup" message; null: none. */
  proposalBreakupBusinessDays: number | null;
  /** Monthly useful check-ins after the breakup, then the ladder stops. */
  monthlyCheckinMonths: number;

  requestLadders: Record<RequestLadderKind, RequestLadderSettings>;
  midProject: MidProjectLadderSettings;

  /** Per-stage channel overrides ("call" defaults to phone, everything else to email). */
  stepChannels: Partial<Record<FollowUpStage, StepChannel>>;
  /** Let a client's usual reply delay widen or narrow the send-driven windows (bounded). */
  learnFromReplyDelays: boolean;
}

export const DEFAULT_CADENCE_SETTINGS: CadenceSettings = Object.freeze({
  timeZone: 'UTC',
  workingDays: [1, 2, 3, 4, 5],
  workdayStartHour: 9,
  workdayEndHour: 17,
  invoiceDefaultTermsDays: 30,
  courtesyNoteDaysBeforeDue: 3,
  invoiceReminderDaysOverdue: [7, 15, 28],
  personalEmailDaysOverdue: 35,
  callDaysOverdue: 40,
  collectionsEnabled: true,
  collectionsDaysOverdue: 60,
  finalNoticeDaysBeforeCollections: 15,
  proposalNudgeBusinessDays: [3, 7, 14],
  proposalBreakupBusinessDays: 21,
  monthlyCheckinMonths: 3,
  requestLadders: {
    feedback_request: { nudgeBusinessDays: [3, 7], breakupBusinessDays: null, checkinMonths: 0 },
    details_request: { nudgeBusinessDays: [2, 5, 10], breakupBusinessDays: null, checkinMonths: 0 },
    testimonial_request: { nudgeBusinessDays: [5], breakupBusinessDays: null, checkinMonths: 0 },
    followup: { nudgeBusinessDays: [4, 10], breakupBusinessDays: 17, checkinMonths: 2 },
  },
  midProject: { checkinBusinessDays: 3, closeNoticeBusinessDays: 8 },
  stepChannels: {},
  learnFromReplyDelays: true,
});

/** Bounds that keep a ladder sane; the playbook caps collections at 90 days overdue. */
const MAX_COLLECTIONS_DAYS_OVERDUE = 90;
const MIN_FINAL_NOTICE_LEAD_DAYS = 15;
const MAX_LADDER_DAYS = 365;
const MAX_STEPS_PER_LIST = 8;
const MAX_CHECKIN_MONTHS = 12;
const STEP_CHANNELS: readonly StepChannel[] = ['email', 'phone', 'another_contact'];

type Checked<T> = { ok: true; value: T } | { ok: false };

/**
 * Each problem says what to fix in the user's words (the options page shows it in the UI's language);
 * a setting the form names has its own words, any other (a hand-edited backup) is named by its key.
 */
class SettingsReader {
  readonly errors: Explanation[] = [];
  constructor(private readonly source: Record<string, unknown>) {}

  integer(key: string, fallback: number, min: number, max: number): number {
    const value = this.source[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.errors.push(explain('settingsWholeNumber', { setting: key, min, max }));
      return fallback;
    }
    return value;
  }

  integerOrNull(key: string, fallback: number | null, min: number, max: number): number | null {
    if (this.source[key] === null) return null;
    return this.integer(key, fallback ?? min, min, max);
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.source[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.errors.push(explain('settingsOnOrOff', { setting: key }));
      return fallback;
    }
    return value;
  }

  increasingList(
    key: string,
    name: ExplanationValue,
    fallback: number[],
    min: number,
    max: number,
    allowEmpty: boolean,
  ): number[] {
    const value = this.source[key];
    if (value === undefined) return [...fallback];
    const checked = checkIncreasingList(value, min, max, allowEmpty);
    if (!checked.ok) {
      this.errors.push(
        explain(allowEmpty ? 'settingsDayList' : 'settingsDayListNotEmpty', {
          setting: name,
          count: MAX_STEPS_PER_LIST,
          min,
          max,
        }),
      );
      return [...fallback];
    }
    return checked.value;
  }
}

function checkIncreasingList(
  value: unknown,
  min: number,
  max: number,
  allowEmpty: boolean,
): Checked<number[]> {
  if (!Array.isArray(value) || value.length > MAX_STEPS_PER_LIST) return { ok: false };
  if (!allowEmpty && value.length === 0) return { ok: false };
  let previous = Number.NEGATIVE_INFINITY;
  for (const item of value) {
    if (typeof item !== 'number' || !Number.isInteger(item) || item < min || item > max || item <= previous) {
      return { ok: false };
    }
    previous = item;
  }
  return { ok: true, value: [...(value as number[])] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the runtime knows this IANA zone (ECMAScript Intl, no browser API). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function readWorkingDays(value: unknown, errors: Explanation[]): number[] {
  if (value === undefined) return [...DEFAULT_CADENCE_SETTINGS.workingDays];
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    value.length > 7 ||
    !value.every((day) => typeof day === 'number' && Number.isInteger(day) && day >= 0 && day <= 6) ||
    new Set(value).size !== value.length
  ) {
    errors.push(explain('settingsWorkingDays'));
    return [...DEFAULT_CADENCE_SETTINGS.workingDays];
  }
  return [...(value as number[])].sort((a, b) => a - b);
}

function readRequestLadder(
  kind: RequestLadderKind,
  value: unknown,
  fallback: RequestLadderSettings,
  errors: Explanation[],
): RequestLadderSettings {
  if (value === undefined) return structuredCloneLadder(fallback);
  if (!isRecord(value)) {
    errors.push(explain('settingsMalformed', { setting: `requestLadders.${kind}` }));
    return structuredCloneLadder(fallback);
  }
  const reader = new SettingsReader(value);
  const nudgeBusinessDays = reader.increasingList(
    'nudgeBusinessDays',
    explain('settingRequestNudges', { kind: kindInWords(kind) }),
    fallback.nudgeBusinessDays,
    1,
    120,
    true,
  );
  const breakupBusinessDays = reader.integerOrNull(
    'breakupBusinessDays',
    fallback.breakupBusinessDays,
    1,
    180,
  );
  const checkinMonths = reader.integer('checkinMonths', fallback.checkinMonths, 0, MAX_CHECKIN_MONTHS);
  const lastNudge = nudgeBusinessDays[nudgeBusinessDays.length - 1];
  if (breakupBusinessDays !== null && lastNudge !== undefined && breakupBusinessDays <= lastNudge) {
    reader.errors.push(explain('settingsBreakupAfterNudges', { kind: kindInWords(kind) }));
  }
  if (nudgeBusinessDays.length === 0 && breakupBusinessDays === null && checkinMonths > 0) {
    reader.errors.push(explain('settingsCheckInsNeedNudge', { kind: kindInWords(kind) }));
  }
  errors.push(...reader.errors);
  return { nudgeBusinessDays, breakupBusinessDays, checkinMonths };
}

function structuredCloneLadder(ladder: RequestLadderSettings): RequestLadderSettings {
  return { ...ladder, nudgeBusinessDays: [...ladder.nudgeBusinessDays] };
}

function readStepChannels(
  value: unknown,
  errors: Explanation[],
): Partial<Record<FollowUpStage, StepChannel>> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    errors.push(explain('settingsMalformed', { setting: 'stepChannels' }));
    return {};
  }
  const channels: Partial<Record<FollowUpStage, StepChannel>> = {};
  for (const [stage, channel] of Object.entries(value)) {
    if (!(FOLLOW_UP_STAGES as readonly string[]).includes(stage)) {
      errors.push(explain('settingsStepChannel', { setting: `stepChannels.${stage.slice(0, 40)}` }));
    } else if (!STEP_CHANNELS.includes(channel as StepChannel)) {
      errors.push(explain('settingsStepChannel', { setting: `stepChannels.${stage}` }));
    } else {
      channels[stage as FollowUpStage] = channel as StepChannel;
    }
  }
  return channels;
}

/**
 * Checks settings read from storage or typed into the options page. Missing fields take their
 * default (so settings saved by an older version stay valid); wrong ones are reported, never thrown.
 */
export function validateCadenceSettings(
  value: unknown,
): { ok: true; settings: CadenceSettings } | { ok: false; errors: Explanation[] } {
  if (!isRecord(value)) return { ok: false, errors: [explain('settingsMalformed', { setting: 'settings' })] };
  const defaults = DEFAULT_CADENCE_SETTINGS;
  const reader = new SettingsReader(value);
  const errors = reader.errors;

  let timeZone = defaults.timeZone;
  if (value.timeZone !== undefined) {
    if (typeof value.timeZone === 'string' && isKnownTimeZone(value.timeZone)) timeZone = value.timeZone;
    else errors.push(explain('settingsTimeZone'));
  }
  const workingDays = readWorkingDays(value.workingDays, errors);
  const workdayStartHour = reader.integer('workdayStartHour', defaults.workdayStartHour, 0, 23);
  const workdayEndHour = reader.integer('workdayEndHour', defaults.workdayEndHour, 1, 24);
  if (workdayEndHour <= workdayStartHour) errors.push(explain('settingsWorkdayEnd'));

  const invoiceDefaultTermsDays = reader.integer(
    'invoiceDefaultTermsDays',
    defaults.invoiceDefaultTermsDays,
    0,
    180,
  );
  const courtesyNoteDaysBeforeDue = reader.integerOrNull(
    'courtesyNoteDaysBeforeDue',
    defaults.courtesyNoteDaysBeforeDue,
    1,
    30,
  );
  const invoiceReminderDaysOverdue = reader.increasingList(
    'invoiceReminderDaysOverdue',
    explain('settingInvoiceReminders'),
    defaults.invoiceReminderDaysOverdue,
    1,
    MAX_COLLECTIONS_DAYS_OVERDUE,
    true,
  );
  const personalEmailDaysOverdue = reader.integerOrNull(
    'personalEmailDaysOverdue',
    defaults.personalEmailDaysOverdue,
    1,
    MAX_COLLECTIONS_DAYS_OVERDUE,
  );
  const callDaysOverdue = reader.integerOrNull(
    'callDaysOverdue',
    defaults.callDaysOverdue,
    1,
    MAX_COLLECTIONS_DAYS_OVERDUE,
  );
  const collectionsEnabled = reader.boolean('collectionsEnabled', defaults.collectionsEnabled);
  const collectionsDaysOverdue = reader.integer(
    'collectionsDaysOverdue',
    defaults.collectionsDaysOverdue,
    MIN_FINAL_NOTICE_LEAD_DAYS + 1,
    MAX_COLLECTIONS_DAYS_OVERDUE,
  );
  const finalNoticeDaysBeforeCollections = reader.integer(
    'finalNoticeDaysBeforeCollections',
    defaults.finalNoticeDaysBeforeCollections,
    MIN_FINAL_NOTICE_LEAD_DAYS,
    MAX_COLLECTIONS_DAYS_OVERDUE - 1,
  );
  const invoiceOrder: Array<[Explanation, number | null]> = [
    [
      explain('settingLastReminder'),
      invoiceReminderDaysOverdue[invoiceReminderDaysOverdue.length - 1] ?? null,
    ],
    [explain('stepPersonalEmail'), personalEmailDaysOverdue],
    [explain('stepCall'), callDaysOverdue],
    [
      explain('stepFinalNotice'),
      collectionsEnabled ? collectionsDaysOverdue - finalNoticeDaysBeforeCollections : null,
    ],
  ];
  let before: [Explanation, number] | null = null;
  for (const [name, day] of invoiceOrder) {
    if (day === null) continue;
    if (before && day <= before[1])
      errors.push(explain('settingsStepOrder', { later: name, earlier: before[0] }));
    before = [name, day];
  }

  const proposalNudgeBusinessDays = reader.increasingList(
    'proposalNudgeBusinessDays',
    explain('settingRequestNudges', { kind: kindInWords('proposal') }),
    defaults.proposalNudgeBusinessDays,
    1,
    120,
    true,
  );
  const proposalBreakupBusinessDays = reader.integerOrNull(
    'proposalBreakupBusinessDays',
    defaults.proposalBreakupBusinessDays,
    1,
    180,
  );
  const lastProposalNudge = proposalNudgeBusinessDays[proposalNudgeBusinessDays.length - 1];
  if (
    proposalBreakupBusinessDays !== null &&
    lastProposalNudge !== undefined &&
    proposalBreakupBusinessDays <= lastProposalNudge
  ) {
    errors.push(explain('settingsBreakupAfterNudges', { kind: kindInWords('proposal') }));
  }
  const monthlyCheckinMonths = reader.integer(
    'monthlyCheckinMonths',
    defaults.monthlyCheckinMonths,
    0,
    MAX_CHECKIN_MONTHS,
  );

  const requestLadders = {} as Record<RequestLadderKind, RequestLadderSettings>;
  const ladders = value.requestLadders;
  if (ladders !== undefined && !isRecord(ladders))
    errors.push(explain('settingsMalformed', { setting: 'requestLadders' }));
  for (const kind of REQUEST_LADDER_KINDS) {
    const given = isRecord(ladders) ? ladders[kind] : undefined;
    requestLadders[kind] = readRequestLadder(kind, given, defaults.requestLadders[kind], errors);
  }

  let midProject = { ...defaults.midProject };
  if (value.midProject !== undefined) {
    if (!isRecord(value.midProject)) errors.push(explain('settingsMalformed', { setting: 'midProject' }));
    else {
      const mid = new SettingsReader(value.midProject);
      const checkinBusinessDays = mid.integer('checkinBusinessDays', midProject.checkinBusinessDays, 1, 60);
      const closeNoticeBusinessDays = mid.integer(
        'closeNoticeBusinessDays',
        midProject.closeNoticeBusinessDays,
        2,
        MAX_LADDER_DAYS,
      );
      if (closeNoticeBusinessDays <= checkinBusinessDays) {
        mid.errors.push(explain('settingsCloseNoticeAfterCheckIn'));
      }
      errors.push(...mid.errors);
      midProject = { checkinBusinessDays, closeNoticeBusinessDays };
    }
  }

  const stepChannels = readStepChannels(value.stepChannels, errors);
  const learnFromReplyDelays = reader.boolean('learnFromReplyDelays', defaults.learnFromReplyDelays);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      timeZone,
      workingDays,
      workdayStartHour,
      workdayEndHour,
      invoiceDefaultTermsDays,
      courtesyNoteDaysBeforeDue,
      invoiceReminderDaysOverdue,
      personalEmailDaysOverdue,
      callDaysOverdue,
      collectionsEnabled,
      collectionsDaysOverdue,
      finalNoticeDaysBeforeCollections,
      proposalNudgeBusinessDays,
      proposalBreakupBusinessDays,
      monthlyCheckinMonths,
      requestLadders,
      midProject,
      stepChannels,
      learnFromReplyDelays,
    },
  };
}
