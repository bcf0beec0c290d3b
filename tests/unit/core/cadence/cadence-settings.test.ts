import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CADENCE_SETTINGS,
  validateCadenceSettings,
} from '../../../../src/core/cadence/cadence-settings';
import { inEnglish } from '../../../support/in-english';

describe('validateCadenceSettings', () => {
  it('accepts the defaults, which follow the playbook', () => {
    const checked = validateCadenceSettings(DEFAULT_CADENCE_SETTINGS);
    expect(checked).toEqual({ ok: true, settings: DEFAULT_CADENCE_SETTINGS });
    expect(DEFAULT_CADENCE_SETTINGS.invoiceReminderDaysOverdue).toEqual([7, 15, 28]);
    expect(DEFAULT_CADENCE_SETTINGS.proposalNudgeBusinessDays).toEqual([3, 7, 14]);
    expect(DEFAULT_CADENCE_SETTINGS.collectionsDaysOverdue).toBe(60);
  });

  it('fills fields missing from settings saved by an older version with their defaults', () => {
    const checked = validateCadenceSettings({ timeZone: 'Asia/Kolkata', workingDays: [5, 1, 2, 3, 4] });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.settings.timeZone).toBe('Asia/Kolkata');
    expect(checked.settings.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(checked.settings.requestLadders.feedback_request).toEqual(
      DEFAULT_CADENCE_SETTINGS.requestLadders.feedback_request,
    );
  });

  it('accepts collections up to 90 days overdue with an edited per-kind ladder', () => {
    const checked = validateCadenceSettings({
      collectionsDaysOverdue: 90,
      invoiceReminderDaysOverdue: [7, 14, 21],
      requestLadders: {
        testimonial_request: { nudgeBusinessDays: [4, 9], breakupBusinessDays: null, checkinMonths: 0 },
      },
      stepChannels: { personal: 'another_contact' },
    });
    expect(checked.ok).toBe(true);
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'The time zone must be one the browser knows, such as Europe/Berlin.'],
    [{ workingDays: [] }, 'Choose at least one working day.'],
    [{ workingDays: [1, 1] }, 'Choose at least one working day.'],
    [{ workdayStartHour: 18, workdayEndHour: 9 }, 'The working day must end after it starts.'],
    [{ collectionsDaysOverdue: 120 }, 'collectionsDaysOverdue must be a whole number from 16 to 90.'],
    [
      { finalNoticeDaysBeforeCollections: 10 },
      'finalNoticeDaysBeforeCollections must be a whole number from 15 to 89.',
    ],
    [
      { invoiceReminderDaysOverdue: [15, 7] },
      'Invoice reminders: write up to 8 whole numbers, each larger than the one before, from 1 to 90.',
    ],
    [{ collectionsDaysOverdue: 50 }, 'The step “Final notice” must come after “Call” (in days overdue).'],
    [{ callDaysOverdue: 30 }, 'The step “Call” must come after “Personal email” (in days overdue).'],
    [
      { proposalBreakupBusinessDays: 10 },
      'For a proposal, the breakup message must come after the last nudge.',
    ],
    [
      { stepChannels: { call: 'fax' } },
      'A step goes by email, by phone or to another contact (stepChannels.call).',
    ],
    [
      { midProject: { checkinBusinessDays: 5, closeNoticeBusinessDays: 5 } },
      'The close-project notice must come after the check-in.',
    ],
    [
      { requestLadders: { feedback_request: { nudgeBusinessDays: [3, 7], breakupBusinessDays: 5 } } },
      'For a feedback request, the breakup message must come after the last nudge.',
    ],
  ])('rejects %j with a clear error', (value, error) => {
    const checked = validateCadenceSettings(value);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.map(inEnglish)).toContain(error);
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const checked = validateCadenceSettings(value);
        expect(typeof checked.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...Object.keys(DEFAULT_CADENCE_SETTINGS)),
          fc.oneof(fc.integer(), fc.string(), fc.array(fc.integer()), fc.constant(null), fc.object()),
        ),
        (value) => {
          expect(typeof validateCadenceSettings(value).ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
