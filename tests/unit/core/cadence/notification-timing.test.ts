import { describe, expect, it } from 'vitest';
import { isWithinQuietHours, nextDigestAt } from '../../../../src/core/cadence/notification-timing';

const BERLIN = 'Europe/Berlin';

describe('when notifications may come', () => {
  it('keeps quiet hours that wrap midnight, in the user time zone', () => {
    const quiet = { from: 20, to: 8 };
    // 2026-11-23 is winter time in Berlin: UTC+1.
    expect(isWithinQuietHours(Date.UTC(2026, 10, 23, 19, 30), quiet, BERLIN)).toBe(true); // 20:30
    expect(isWithinQuietHours(Date.UTC(2026, 10, 23, 6, 59), quiet, BERLIN)).toBe(true); // 07:59
    expect(isWithinQuietHours(Date.UTC(2026, 10, 23, 7, 0), quiet, BERLIN)).toBe(false); // 08:00
    expect(isWithinQuietHours(Date.UTC(2026, 10, 23, 12, 0), quiet, BERLIN)).toBe(false);
  });

  it('keeps quiet hours within one day, and none when unset or empty', () => {
    expect(isWithinQuietHours(Date.UTC(2026, 10, 23, 12, 30), { from: 13, to: 14 }, BERLIN)).toBe(true);
    expect(isWithinQuietHours(Date.UTC(2026, 10, 23, 12, 30), null, BERLIN)).toBe(false);
    expect(isWithinQuietHours(Date.UTC(2026, 10, 23, 12, 30), { from: 9, to: 9 }, BERLIN)).toBe(false);
  });

  it('plans the digest for the next time the clock shows its hour', () => {
    expect(nextDigestAt(Date.UTC(2026, 10, 23, 6, 0), 8, BERLIN)).toBe(Date.UTC(2026, 10, 23, 7, 0));
    expect(nextDigestAt(Date.UTC(2026, 10, 23, 7, 0), 8, BERLIN)).toBe(Date.UTC(2026, 10, 24, 7, 0));
  });

  it('keeps the digest at its wall-clock hour across a daylight-saving change', () => {
    // Berlin moves to summer time on 2027-03-28: 08:00 is 07:00 UTC before, 06:00 UTC after.
    expect(nextDigestAt(Date.UTC(2027, 2, 27, 8, 0), 8, BERLIN)).toBe(Date.UTC(2027, 2, 28, 6, 0));
  });
});
