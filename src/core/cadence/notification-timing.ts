import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';

/**
 * When notifications may pop up, in the user's time zone (issue #7: a digest at the chosen hour, quiet
 * hours). Hours are whole hours; a quiet period may wrap midnight (20 → 8).
 */

function hourIn(at: number, timeZone: string): number {
  return new TZDate(at, timeZone).getHours();
}

export function isWithinQuietHours(
  at: number,
  quietHours: { from: number; to: number } | null,
  timeZone: string,
): boolean {
  if (!quietHours || quietHours.from === quietHours.to) return false;
  const hour = hourIn(at, timeZone);
  return quietHours.from < quietHours.to
    ? hour >= quietHours.from && hour < quietHours.to
    : hour >= quietHours.from || hour < quietHours.to;
}

/** The next moment the clock shows `digestHour:00` in the zone, strictly after `after`. */
export function nextDigestAt(after: number, digestHour: number, timeZone: string): number {
  const local = new TZDate(after, timeZone);
  let candidate = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate(),
    digestHour,
    0,
    0,
    0,
    timeZone,
  );
  // addDays on a zoned date keeps the wall-clock hour across a DST change.
  while (candidate.getTime() <= after) candidate = addDays(candidate, 1);
  return candidate.getTime();
}
