import { describe, expect, it } from 'vitest';
import { dayOfIsoWeek, easterSunday, toIsoDate } from '../../../../src/core/classify/calendar-day';

describe('easterSunday', () => {
  // Published Western Easter dates, early and late ones among them (22 March and 25 April are the bounds).
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('puts Easter %i on %s', (year, expected) => {
    expect(toIsoDate(easterSunday(year))).toBe(expected);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year++) {
      const easter = easterSunday(year);
      const iso = toIsoDate(easter);
      expect(new Date(`${iso}T00:00:00Z`).getUTCDay(), iso).toBe(0);
      expect(iso.slice(5) >= '03-22' && iso.slice(5) <= '04-25', iso).toBe(true);
    }
  });
});

describe('dayOfIsoWeek', () => {
  // ISO 8601: week 1 holds the year's first Thursday, so it may start in December or end in January.
  it.each([
    [2026, 1, 1, '2025-12-29'],
    [2026, 14, 5, '2026-04-03'],
    [2026, 53, 5, '2027-01-01'],
    [2027, 12, 5, '2027-03-26'],
    [2027, 52, 7, '2028-01-02'],
  ])('puts year %i, week %i, ISO weekday %i on %s', (year, week, isoWeekday, expected) => {
    const day = dayOfIsoWeek(year, week, isoWeekday);
    expect(day && toIsoDate(day)).toBe(expected);
  });

  it('has no week 53 in a year of 52 weeks, and no week 0', () => {
    expect(dayOfIsoWeek(2027, 53, 5)).toBeNull();
    expect(dayOfIsoWeek(2027, 0, 5)).toBeNull();
  });
});
