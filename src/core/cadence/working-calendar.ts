import { tzOffset } from '@date-fns/tz';
import type { CadenceSettings } from './cadence-settings';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const QUARTER_HOUR_MS = 900_000;
/** Cached offsets per zone; the cache is cleared rather than grown without bound. */
const MAX_CACHED_DAYS = 20_000;

/**
 * Calendar arithmetic in the user's zone, on "local day numbers" (days since 1970-01-01 as the
 * wall calendar shows them there). Counting in whole local days, never in 24-hour blocks, is what
 * keeps a DST change from moving a step by a day (issue #4); only the final "start of the working
 * day" is turned back into an instant, with the offset that holds on that day.
 */
export interface WorkingCalendar {
  readonly timeZone: string;
  /** The local day an instant falls on. */
  dayOf(at: number): number;
  /** Local hour (0–23) of an instant. */
  hourOf(at: number): number;
  /** The instant a local day's wall clock shows `hour`:00. */
  instantAt(day: number, hour: number): number;
  /** When the working day `day` starts (the day need not be a working day). */
  workdayStartOf(day: number): number;
  isWorkingDay(day: number): boolean;
  /** `count` working days after `day` (day itself not counted); count 0 gives `day`. */
  addBusinessDays(day: number, count: number): number;
  /** The day itself when it is a working day, else the next one. */
  nextWorkingDayFrom(day: number): number;
  /** The day itself when it is a working day, else the one before. */
  previousWorkingDayFrom(day: number): number;
  /** The same day of the month `months` later (clamped to the month's end). */
  addMonths(day: number, months: number): number;
  /** The first working moment at or after `at`: itself within working hours, else the next start. */
  nextWorkingMoment(at: number): number;
}

/** 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Local day number of an ISO calendar date `YYYY-MM-DD`; null when it is not a real date. */
export function dayOfIsoDate(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  const utc = Date.UTC(year, month - 1, date);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    return null;
  }
  return utc / DAY_MS;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mon 24 Nov 2026": unambiguous in every locale the reasons are read in. */
export function describeDay(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${WEEKDAY_NAMES[weekdayOfDay(day)]} ${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** ISO calendar date of a local day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

class ZoneOffsets {
  /** Offset in ms for each UTC day on which it does not change; null: it changes that day. */
  private readonly dayOffsets = new Map<number, number | null>();
  private readonly quarterOffsets = new Map<number, number>();

  constructor(private readonly timeZone: string) {}

  offsetMsAt(at: number): number {
    const utcDay = Math.floor(at / DAY_MS);
    let dayOffset = this.dayOffsets.get(utcDay);
    if (dayOffset === undefined) {
      if (this.dayOffsets.size > MAX_CACHED_DAYS) this.dayOffsets.clear();
      const atStart = this.lookUp(utcDay * DAY_MS);
      const atEnd = this.lookUp((utcDay + 1) * DAY_MS);
      dayOffset = atStart === atEnd ? atStart : null;
      this.dayOffsets.set(utcDay, dayOffset);
    }
    if (dayOffset !== null) return dayOffset;
    // Zones change offset on quarter-hour boundaries, so a day with a change is cached per quarter.
    const quarter = Math.floor(at / QUARTER_HOUR_MS);
    let offset = this.quarterOffsets.get(quarter);
    if (offset === undefined) {
      if (this.quarterOffsets.size > MAX_CACHED_DAYS) this.quarterOffsets.clear();
      offset = this.lookUp(quarter * QUARTER_HOUR_MS);
      this.quarterOffsets.set(quarter, offset);
    }
    return offset;
  }

  private lookUp(at: number): number {
    const minutes = tzOffset(this.timeZone, new Date(at));
    return Number.isFinite(minutes) ? minutes * MINUTE_MS : 0;
  }
}

const zoneOffsetsCache = new Map<string, ZoneOffsets>();

function zoneOffsetsFor(timeZone: string): ZoneOffsets {
  let offsets = zoneOffsetsCache.get(timeZone);
  if (!offsets) {
    offsets = new ZoneOffsets(timeZone);
    zoneOffsetsCache.set(timeZone, offsets);
  }
  return offsets;
}

const calendarCache = new WeakMap<CadenceSettings, WorkingCalendar>();

/** The user's working calendar; cached per settings object, so a sweep builds it once. */
export function createWorkingCalendar(
  settings: Pick<CadenceSettings, 'timeZone' | 'workingDays' | 'workdayStartHour' | 'workdayEndHour'>,
): WorkingCalendar {
  const cached = calendarCache.get(settings as CadenceSettings);
  if (cached) return cached;
  const calendar = buildCalendar(settings);
  calendarCache.set(settings as CadenceSettings, calendar);
  return calendar;
}

function buildCalendar(
  settings: Pick<CadenceSettings, 'timeZone' | 'workingDays' | 'workdayStartHour' | 'workdayEndHour'>,
): WorkingCalendar {
  const offsets = zoneOffsetsFor(settings.timeZone);
  const working = new Array<boolean>(7).fill(false);
  for (const weekday of settings.workingDays) if (weekday >= 0 && weekday <= 6) working[weekday] = true;
  // With no working day at all every day counts, rather than looping forever.
  if (!working.includes(true)) working.fill(true);
  const workingPerWeek = working.filter(Boolean).length;
  const { workdayStartHour, workdayEndHour } = settings;

  const isWorkingDay = (day: number) => working[weekdayOfDay(day)] === true;
  const dayOf = (at: number) => Math.floor((at + offsets.offsetMsAt(at)) / DAY_MS);
  const instantAt = (day: number, hour: number) => {
    const wallClock = day * DAY_MS + hour * HOUR_MS;
    const guess = wallClock - offsets.offsetMsAt(wallClock);
    // A second look settles days whose offset differs from the wall-clock guess (DST change days).
    return wallClock - offsets.offsetMsAt(guess);
  };
  const workdayStartOf = (day: number) => instantAt(day, workdayStartHour);
  const nextWorkingDayFrom = (day: number) => {
    let next = day;
    while (!isWorkingDay(next)) next += 1;
    return next;
  };
  const previousWorkingDayFrom = (day: number) => {
    let previous = day;
    while (!isWorkingDay(previous)) previous -= 1;
    return previous;
  };
  const addBusinessDays = (day: number, count: number) => {
    if (count <= 0) return day;
    const weeks = Math.floor((count - 1) / workingPerWeek);
    let current = day + weeks * 7;
    let left = count - weeks * workingPerWeek;
    while (left > 0) {
      current += 1;
      if (isWorkingDay(current)) left -= 1;
    }
    return current;
  };
  const addMonths = (day: number, months: number) => {
    const date = new Date(day * DAY_MS);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + months;
    const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return Date.UTC(year, month, Math.min(date.getUTCDate(), lastOfMonth)) / DAY_MS;
  };
  const hourOf = (at: number) =>
    Math.floor((((at + offsets.offsetMsAt(at)) % DAY_MS) + DAY_MS) / HOUR_MS) % 24;
  const nextWorkingMoment = (at: number) => {
    const day = dayOf(at);
    if (isWorkingDay(day)) {
      const start = workdayStartOf(day);
      if (at < start) return start;
      if (at < instantAt(day, workdayEndHour)) return at;
    }
    return workdayStartOf(nextWorkingDayFrom(day + 1));
  };

  return {
    timeZone: settings.timeZone,
    dayOf,
    hourOf,
    instantAt,
    workdayStartOf,
    isWorkingDay,
    addBusinessDays,
    nextWorkingDayFrom,
    previousWorkingDayFrom,
    addMonths,
    nextWorkingMoment,
  };
}
