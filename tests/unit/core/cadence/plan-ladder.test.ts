import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CadenceSettings,
  DEFAULT_CADENCE_SETTINGS,
} from '../../../../src/core/cadence/cadence-settings';
import { type LadderInput, planLadder } from '../../../../src/core/cadence/plan-ladder';
import { createWorkingCalendar, isoDateOfDay } from '../../../../src/core/cadence/working-calendar';
import { explainInEnglish } from '../../../../src/core/explanations/explain-in-english';
import { inEnglish } from '../../../support/in-english';
import { TRACKED_KINDS_FOR_TESTS } from './tracked-kinds';

const berlin: CadenceSettings = { ...DEFAULT_CADENCE_SETTINGS, timeZone: 'Europe/Berlin' };
const newYork: CadenceSettings = { ...DEFAULT_CADENCE_SETTINGS, timeZone: 'America/New_York' };
const kolkata: CadenceSettings = { ...DEFAULT_CADENCE_SETTINGS, timeZone: 'Asia/Kolkata' };

/** Each step as "stage channel local-date local-hour", the way a user would check it on a calendar. */
function describeLadder(input: LadderInput, settings: CadenceSettings): string[] {
  const calendar = createWorkingCalendar(settings);
  return planLadder(input, settings).map(
    (step) =>
      `${step.stage} ${step.channel} ${isoDateOfDay(calendar.dayOf(step.dueAt))} ${calendar.hourOf(step.dueAt)}h`,
  );
}

describe('planLadder: invoices, driven by the due date', () => {
  it('plans every invoice step in Berlin, at 9:00 local time on both sides of the October DST change', () => {
    const input: LadderInput = { kind: 'invoice', sentAt: Date.UTC(2026, 9, 1, 10), dueDate: '2026-10-20' };
    expect(describeLadder(input, berlin)).toEqual([
      'courtesy email 2026-10-16 9h', // 3 days before the 20th is Saturday the 17th: the Friday before
      'reminder_1 email 2026-10-27 9h', // 7 days overdue, after the clocks went back on the 25th
      'reminder_2 email 2026-11-04 9h',
      'reminder_3 email 2026-11-17 9h',
      'personal email 2026-11-24 9h',
      'call phone 2026-11-30 9h', // 40 days overdue is Sunday the 29th: the Monday after
      'final_notice email 2026-12-04 9h', // collections (Mon 21 Dec) minus 15 is a Sunday: the Friday before
      'collections email 2026-12-21 9h', // 60 days overdue is Saturday the 19th
    ]);
  });

  it('says why each step is due in plain words', () => {
    const steps = planLadder(
      { kind: 'invoice', sentAt: Date.UTC(2026, 9, 1, 10), dueDate: '2026-10-20' },
      berlin,
    );
    expect(steps.map((step) => explainInEnglish(step.label))).toEqual([
      'Courtesy note',
      '1st reminder',
      '2nd reminder',
      '3rd reminder',
      'Personal email',
      'Call',
      'Final notice',
      'Collections letter',
    ]);
    expect(inEnglish(steps[1]?.why)).toBe('7 days overdue');
    expect(inEnglish(steps[6]?.why)).toBe('at least 15 days before collections');
    expect(steps.map((step) => step.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the final notice at least 15 days before collections for any collections day from 45 to 90', () => {
    for (let collectionsDaysOverdue = 45; collectionsDaysOverdue <= 90; collectionsDaysOverdue += 1) {
      const settings = { ...berlin, collectionsDaysOverdue };
      const steps = planLadder(
        { kind: 'invoice', sentAt: Date.UTC(2026, 0, 5, 9), dueDate: '2026-02-04' },
        settings,
      );
      const notice = steps.find((step) => step.stage === 'final_notice')!;
      const collections = steps.find((step) => step.stage === 'collections')!;
      expect(collections.dueAt - notice.dueAt).toBeGreaterThanOrEqual(15 * 86_400_000 - 3_600_000);
    }
  });

  it('falls back to the default terms when the invoice states no due date', () => {
    const input: LadderInput = { kind: 'invoice', sentAt: Date.UTC(2026, 2, 2, 10), dueDate: null };
    const steps = planLadder(input, { ...berlin, invoiceDefaultTermsDays: 14 });
    expect(inEnglish(steps[0]?.why)).toBe('3 days before the due date (14-day terms assumed)');
    expect(describeLadder(input, { ...berlin, invoiceDefaultTermsDays: 14 })[1]).toBe(
      'reminder_1 email 2026-03-23 9h',
    );
  });

  it('starts a late-sent invoice at the first step still ahead of it', () => {
    const input: LadderInput = { kind: 'invoice', sentAt: Date.UTC(2026, 10, 10, 10), dueDate: '2026-10-20' };
    // Reminders at 7 and 15 days overdue (27 Oct, 4 Nov) were already past when it was sent on 10 Nov.
    expect(planLadder(input, berlin).map((step) => step.stage)).toEqual([
      'reminder_3',
      'personal',
      'call',
      'final_notice',
      'collections',
    ]);
  });

  it('leaves out the courtesy note, the call and collections when the settings turn them off', () => {
    const settings = {
      ...berlin,
      courtesyNoteDaysBeforeDue: null,
      callDaysOverdue: null,
      collectionsEnabled: false,
    };
    const steps = planLadder(
      { kind: 'invoice', sentAt: Date.UTC(2026, 9, 1), dueDate: '2026-10-20' },
      settings,
    );
    expect(steps.map((step) => step.stage)).toEqual(['reminder_1', 'reminder_2', 'reminder_3', 'personal']);
  });

  it('lets a step change channel in the settings', () => {
    const settings = {
      ...berlin,
      stepChannels: { personal: 'another_contact' as const, final_notice: 'phone' as const },
    };
    const steps = planLadder(
      { kind: 'invoice', sentAt: Date.UTC(2026, 9, 1), dueDate: '2026-10-20' },
      settings,
    );
    expect(steps.find((step) => step.stage === 'personal')?.channel).toBe('another_contact');
    expect(steps.find((step) => step.stage === 'final_notice')?.channel).toBe('phone');
    expect(steps.find((step) => step.stage === 'call')?.channel).toBe('phone');
  });
});

describe('planLadder: proposals and requests, driven by the send date', () => {
  it('plans a proposal in New York across the November DST change: nudges, breakup, monthly check-ins', () => {
    // Sent Thursday 29 October 2026, 16:00 local time.
    const input: LadderInput = { kind: 'proposal', sentAt: Date.UTC(2026, 9, 29, 20), dueDate: null };
    expect(describeLadder(input, newYork)).toEqual([
      'nudge_1 email 2026-11-03 9h', // 3 business days: Fri, Mon, Tue; clocks changed on Sunday 1 Nov
      'nudge_2 email 2026-11-09 9h',
      'nudge_3 email 2026-11-18 9h',
      'breakup email 2026-11-27 9h',
      'checkin email 2026-12-28 9h', // the 27th is a Sunday
      'checkin email 2027-01-27 9h',
      'checkin email 2027-03-01 9h', // 27 February is a Saturday
    ]);
  });

  it('plans in Asia/Kolkata at 9:00 local time (UTC+5:30)', () => {
    const steps = planLadder({ kind: 'proposal', sentAt: Date.UTC(2026, 9, 23, 6), dueDate: null }, kolkata);
    expect(new Date(steps[0]!.dueAt).toISOString()).toBe('2026-10-28T03:30:00.000Z');
  });

  it('counts a proposal sent on Saturday from the Monday after', () => {
    const steps = describeLadder(
      { kind: 'proposal', sentAt: Date.UTC(2026, 9, 24, 10), dueDate: null },
      berlin,
    );
    expect(steps[0]).toBe('nudge_1 email 2026-10-28 9h');
  });

  it.each([
    ['feedback_request', ['nudge_1', 'nudge_2'], ['2026-11-05', '2026-11-11']],
    ['details_request', ['nudge_1', 'nudge_2', 'nudge_3'], ['2026-11-04', '2026-11-09', '2026-11-16']],
    ['testimonial_request', ['nudge_1'], ['2026-11-09']],
    [
      'followup',
      ['nudge_1', 'nudge_2', 'breakup', 'checkin', 'checkin'],
      ['2026-11-06', '2026-11-16', '2026-11-25', '2026-12-25', '2027-01-25'],
    ],
  ] as const)('plans the %s ladder from its own settings', (kind, stages, dates) => {
    const settings = { ...berlin, workingDays: [1, 2, 3, 4, 5, 6].slice(0, 5) };
    const calendar = createWorkingCalendar(settings);
    const steps = planLadder({ kind, sentAt: Date.UTC(2026, 10, 2, 10), dueDate: null }, settings);
    expect(steps.map((step) => step.stage)).toEqual(stages);
    expect(steps.map((step) => isoDateOfDay(calendar.dayOf(step.dueAt)))).toEqual(dates);
  });

  it('plans mid-project silence as a check-in, then the close-project notice about a week later', () => {
    const input: LadderInput = {
      kind: 'details_request',
      sentAt: Date.UTC(2026, 10, 2, 10),
      dueDate: null,
      ladder: 'mid_project',
    };
    expect(describeLadder(input, berlin)).toEqual([
      'checkin email 2026-11-05 9h',
      'close_notice email 2026-11-12 9h',
    ]);
  });

  it('widens the windows for a client who usually answers slowly, and says so', () => {
    const slow = { medianMs: 4 * 86_400_000, highMs: 6 * 86_400_000, samples: 5 };
    const input: LadderInput = { kind: 'proposal', sentAt: Date.UTC(2026, 10, 2, 10), dueDate: null };
    const learned = planLadder({ ...input, usualReplyDelay: slow }, berlin);
    const plain = planLadder(input, berlin);
    expect(learned[0]!.dueAt).toBeGreaterThan(plain[0]!.dueAt);
    expect(inEnglish(learned[0]!.why)).toBe(
      '6 business days after sending; widened: this client usually answers within 6 days',
    );
  });

  it('narrows the first window for a fast client, but never below two business days', () => {
    const fast = { medianMs: 2 * 3_600_000, highMs: 5 * 3_600_000, samples: 8 };
    const steps = planLadder(
      { kind: 'proposal', sentAt: Date.UTC(2026, 10, 2, 10), dueDate: null, usualReplyDelay: fast },
      berlin,
    );
    expect(inEnglish(steps[0]!.why)?.startsWith('2 business days after sending; narrowed')).toBe(true);
  });

  it('ignores a learned delay with fewer than three samples, or when learning is off', () => {
    const input: LadderInput = { kind: 'proposal', sentAt: Date.UTC(2026, 10, 2, 10), dueDate: null };
    const plain = planLadder(input, berlin);
    const thin = { medianMs: 9 * 86_400_000, highMs: 12 * 86_400_000, samples: 2 };
    expect(planLadder({ ...input, usualReplyDelay: thin }, berlin)).toEqual(plain);
    const slow = { ...thin, samples: 6 };
    expect(
      planLadder({ ...input, usualReplyDelay: slow }, { ...berlin, learnFromReplyDelays: false }),
    ).toEqual(plain);
  });

  it('returns an empty ladder for a send time that is not a number', () => {
    expect(planLadder({ kind: 'proposal', sentAt: Number.NaN, dueDate: null }, berlin)).toEqual([]);
  });

  it('returns a fresh array each time, so a caller cannot disturb the cache', () => {
    const input: LadderInput = { kind: 'proposal', sentAt: Date.UTC(2026, 10, 2, 10), dueDate: null };
    const first = planLadder(input, berlin);
    first.pop();
    expect(planLadder(input, berlin)).toHaveLength(7);
  });
});

describe('planLadder properties', () => {
  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Asia/Kolkata',
    'Australia/Sydney',
    'UTC',
    'Pacific/Chatham',
  ];
  const arbitraryInput = fc.record({
    kind: fc.constantFrom(...TRACKED_KINDS_FOR_TESTS),
    sentAt: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) }),
    dueOffsetDays: fc.option(fc.integer({ min: -40, max: 120 }), { nil: null }),
    zone: fc.constantFrom(...zones),
    workingDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    startHour: fc.integer({ min: 5, max: 11 }),
    midProject: fc.boolean(),
  });

  it('keeps steps in non-decreasing time order, on working days, at the start of the working day', () => {
    fc.assert(
      fc.property(arbitraryInput, (drawn) => {
        const settings: CadenceSettings = {
          ...DEFAULT_CADENCE_SETTINGS,
          timeZone: drawn.zone,
          workingDays: drawn.workingDays,
          workdayStartHour: drawn.startHour,
        };
        const calendar = createWorkingCalendar(settings);
        const dueDate =
          drawn.dueOffsetDays === null
            ? null
            : isoDateOfDay(calendar.dayOf(drawn.sentAt) + drawn.dueOffsetDays);
        const steps = planLadder(
          {
            kind: drawn.kind,
            sentAt: drawn.sentAt,
            dueDate,
            ladder: drawn.midProject ? 'mid_project' : null,
          },
          settings,
        );
        steps.forEach((step, position) => {
          expect(step.index).toBe(position);
          expect(step.dueAt).toBeGreaterThan(drawn.sentAt);
          if (position > 0) expect(step.dueAt).toBeGreaterThanOrEqual(steps[position - 1]!.dueAt);
          const day = calendar.dayOf(step.dueAt);
          expect(calendar.isWorkingDay(day)).toBe(true);
          expect(calendar.hourOf(step.dueAt)).toBe(drawn.startHour);
        });
      }),
      { numRuns: 400 },
    );
  });
});
