import { TZDate } from '@date-fns/tz';
import { getISOWeeksInYear, setISODay, setISOWeek } from 'date-fns';

/** A date on the wall calendar, with no time and no zone: what a due date is. */
export interface CalendarDay {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

// The field readers ask for the send day many times per email; a zoned date is costly to build
// (the classifier's budget is 2,000 messages a second), so the last answer is kept.
let lastAsked: { at: number; timeZone: string; day: CalendarDay } | null = null;

/** The calendar day `at` falls on in `timeZone` (an IANA name; unknown names read as UTC). */
export function calendarDayOf(at: number, timeZone = 'UTC'): CalendarDay {
  if (lastAsked && lastAsked.at === at && lastAsked.timeZone === timeZone) return { ...lastAsked.day };
  const day = zonedCalendarDayOf(at, timeZone);
  lastAsked = { at, timeZone, day };
  return { ...day };
}

function zonedCalendarDayOf(at: number, timeZone: string): CalendarDay {
  if (timeZone === 'UTC') {
    const utc = new Date(at);
    return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
  }
  let zoned: Date;
  try {
    zoned = new TZDate(at, timeZone);
    if (Number.isNaN(zoned.getTime())) throw new RangeError(timeZone);
  } catch {
    const utc = new Date(at);
    return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
  }
  return { year: zoned.getFullYear(), month: zoned.getMonth() + 1, day: zoned.getDate() };
}

export function isRealCalendarDay(day: CalendarDay): boolean {
  if (day.year < 1900 || day.year > 2200 || day.month < 1 || day.month > 12 || day.day < 1) return false;
  return day.day <= new Date(Date.UTC(day.year, day.month, 0)).getUTCDate();
}

export function addCalendarDays(day: CalendarDay, days: number): CalendarDay {
  const moved = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** Adds months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addCalendarMonths(day: CalendarDay, months: number): CalendarDay {
  const first = new Date(Date.UTC(day.year, day.month - 1 + months, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(day.day, lastDay) };
}

export function lastDayOfMonth(day: CalendarDay): CalendarDay {
  return { ...day, day: new Date(Date.UTC(day.year, day.month, 0)).getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** The next `weekday` strictly after `day`: "payable by Friday" written on a Friday means next week. */
export function nextWeekday(day: CalendarDay, weekday: number): CalendarDay {
  const ahead = (weekday - weekdayOf(day) + 7) % 7;
  return addCalendarDays(day, ahead === 0 ? 7 : ahead);
}

export function toIsoDate(day: CalendarDay): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000,
  );
}

/**
 * Easter Sunday of a year in the Gregorian calendar (the Meeus/Jones/Butcher computus), which fixes
 * the movable feasts clients set days by: Good Friday, Ash Wednesday.
 */
export function easterSunday(year: number): CalendarDay {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearInCentury = year % 100;
  const leapSkips = Math.floor(century / 4);
  const moonCorrection = Math.floor((century + 8) / 25);
  const moonSkips = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * golden + century - leapSkips - moonSkips + 15) % 30;
  const weekdayShift =
    (32 + 2 * (century % 4) + 2 * Math.floor(yearInCentury / 4) - epact - (yearInCentury % 4)) % 7;
  const lateCorrection = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const daysFromMarch = epact + weekdayShift - 7 * lateCorrection + 114;
  return { year, month: Math.floor(daysFromMarch / 31), day: (daysFromMarch % 31) + 1 };
}

/**
 * A weekday of an ISO-8601 week ("bis KW 12": week 12's Friday), 1 = Monday … 7 = Sunday; null for a week
 * the year has not got.
 */
export function dayOfIsoWeek(year: number, week: number, isoWeekday: number): CalendarDay | null {
  // Noon keeps a daylight-saving shift from moving the local date.
  const inWeekOne = new Date(year, 0, 4, 12);
  if (week < 1 || week > getISOWeeksInYear(inWeekOne)) return null;
  const day = setISODay(setISOWeek(inWeekOne, week), isoWeekday);
  return { year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() };
}
