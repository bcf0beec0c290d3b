import { addCalendarDays, addCalendarMonths, type CalendarDay, weekdayOf } from './calendar-day';

/** A length of time as written: "30 days", "2 Wochen", "14 jours ouvrés". */
export interface StatedPeriod {
  count: number;
  unit: 'day' | 'business_day' | 'week' | 'month';
}

/** Units in the six languages; longest first so "business days" wins over "days". */
export const PERIOD_UNITS =
  'business days?|working days?|werktagen?|arbeitstagen?|jours ouvrés|jours ouvrables|días hábiles|dias úteis|dias uteis|werkdagen?|days?|tagen?|tage|jours?|días|dias|dagen?|weeks?|wochen?|semaines?|semanas?|weken?|months?|monate?n?|mois|meses|mes|maanden?|maand';

/** Reads the unit word of a period. */
export function readPeriodUnit(word: string): StatedPeriod['unit'] {
  const lower = word.toLowerCase();
  if (/business|working|werkt|arbeit|ouvr|hábil|úteis|uteis|werkdag/.test(lower)) return 'business_day';
  if (/^(?:week|woche|semaine|semana|weke)/.test(lower)) return 'week';
  if (/^(?:month|monat|mois|mes|maand)/.test(lower)) return 'month';
  return 'day';
}

/** The day a period ends, counted from `start`; business days skip Saturdays and Sundays. */
export function addStatedPeriod(start: CalendarDay, period: StatedPeriod): CalendarDay {
  if (period.unit === 'week') return addCalendarDays(start, period.count * 7);
  if (period.unit === 'month') return addCalendarMonths(start, period.count);
  if (period.unit === 'day') return addCalendarDays(start, period.count);
  let day = start;
  let remaining = period.count;
  while (remaining > 0) {
    day = addCalendarDays(day, 1);
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6) remaining--;
  }
  return day;
}
