import { describe, expect, it } from 'vitest';
import { easterSunday, toIsoDate } from '../../../../src/core/classify/calendar-day';

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
