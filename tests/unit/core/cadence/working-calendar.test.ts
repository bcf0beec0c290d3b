import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE_SETTINGS } from '../../../../src/core/cadence/cadence-settings';
import {
  createWorkingCalendar,
  dayOfIsoDate,
  describeDay,
  isoDateOfDay,
  weekdayOfDay,
} from '../../../../src/core/cadence/working-calendar';

const calendarIn = (timeZone: string, workingDays = [1, 2, 3, 4, 5]) =>
  createWorkingCalendar({ ...DEFAULT_CADENCE_SETTINGS, timeZone, workingDays });
const day = (iso: string) => dayOfIsoDate(iso)!;

describe('working calendar', () => {
  it('reads ISO dates as calendar days and rejects impossible ones', () => {
    expect(isoDateOfDay(day('2026-10-25'))).toBe('2026-10-25');
    expect(dayOfIsoDate('2026-02-30')).toBeNull();
    expect(dayOfIsoDate('25.10.2026')).toBeNull();
    expect(weekdayOfDay(day('2026-10-25'))).toBe(0);
    expect(describeDay(day('2026-11-24'))).toBe('Tue 24 Nov 2026');
  });

  it.each([
    ['Europe/Berlin', '2026-10-23', Date.UTC(2026, 9, 23, 7)],
    ['Europe/Berlin', '2026-10-26', Date.UTC(2026, 9, 26, 8)],
    ['America/New_York', '2026-11-02', Date.UTC(2026, 10, 2, 14)],
    ['America/New_York', '2026-10-30', Date.UTC(2026, 9, 30, 13)],
    ['Asia/Kolkata', '2026-10-26', Date.UTC(2026, 9, 26, 3, 30)],
    ['UTC', '2026-10-26', Date.UTC(2026, 9, 26, 9)],
  ])('starts the working day in %s on %s at 9:00 local time', (timeZone, iso, expected) => {
    expect(calendarIn(timeZone).workdayStartOf(day(iso))).toBe(expected);
  });

  it('counts the local day of an instant, not the UTC day', () => {
    const lateEvening = Date.UTC(2026, 9, 26, 22, 30);
    expect(isoDateOfDay(calendarIn('Europe/Berlin').dayOf(lateEvening))).toBe('2026-10-26');
    expect(isoDateOfDay(calendarIn('Asia/Kolkata').dayOf(lateEvening))).toBe('2026-10-27');
    expect(isoDateOfDay(calendarIn('America/New_York').dayOf(Date.UTC(2026, 9, 27, 2)))).toBe('2026-10-26');
  });

  it.each([
    ['Friday', '2026-10-23', 1, '2026-10-26'],
    ['Friday', '2026-10-23', 3, '2026-10-28'],
    ['Saturday', '2026-10-24', 1, '2026-10-26'],
    ['Sunday', '2026-10-25', 5, '2026-10-30'],
    ['Wednesday', '2026-10-21', 10, '2026-11-04'],
    ['Monday', '2026-10-19', 0, '2026-10-19'],
  ])(
    'adds business days from a %s (%s + %i → %s), never landing on a weekend',
    (_name, from, count, expected) => {
      expect(isoDateOfDay(calendarIn('Europe/Berlin').addBusinessDays(day(from), count))).toBe(expected);
    },
  );

  it('honours a working week other than Monday to Friday', () => {
    const sundayToThursday = calendarIn('Asia/Dubai', [0, 1, 2, 3, 4]);
    expect(isoDateOfDay(sundayToThursday.addBusinessDays(day('2026-10-22'), 1))).toBe('2026-10-25');
    expect(sundayToThursday.isWorkingDay(day('2026-10-23'))).toBe(false);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    const calendar = calendarIn('UTC');
    expect(isoDateOfDay(calendar.addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(isoDateOfDay(calendar.addMonths(day('2026-11-15'), 3))).toBe('2027-02-15');
  });

  it('finds the next working moment: now within hours, else the next working morning', () => {
    const calendar = calendarIn('Europe/Berlin');
    const fridayNoon = Date.UTC(2026, 9, 23, 10);
    expect(calendar.nextWorkingMoment(fridayNoon)).toBe(fridayNoon);
    expect(calendar.nextWorkingMoment(Date.UTC(2026, 9, 23, 17))).toBe(Date.UTC(2026, 9, 26, 8));
    expect(calendar.nextWorkingMoment(Date.UTC(2026, 9, 23, 5))).toBe(Date.UTC(2026, 9, 23, 7));
  });

  it('gives local hours across the DST change', () => {
    const calendar = calendarIn('Europe/Berlin');
    expect(calendar.hourOf(Date.UTC(2026, 9, 24, 7))).toBe(9);
    expect(calendar.hourOf(Date.UTC(2026, 9, 26, 7))).toBe(8);
  });
});
