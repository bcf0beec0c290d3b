import { addCalendarDays, addCalendarMonths, type CalendarDay, weekdayOf } from './calendar-day';

/** A length of time as written: "30 days", "2 Wochen", "14 jours ouvrés". */
export interface StatedPeriod {
  count: number;
  unit: 'hour' | 'day' | 'business_day' | 'week' | 'fortnight' | 'month';
}

/**
 * Units in the six languages, Italian and Turkish days, and hours ("no prazo de 48 horas"); longest
 * first so "business days" wins over "days". Invoices shorten days: German "30 Tg.", Dutch "14 dgn.",
 * Spanish "a 30 d.f.f." (días fecha factura; field-wording-58 fw58-006, fw58-033, fw58-001). Calendar days
 * are days: "within 30 calendar days", "binnen tien kalenderdagen" (field-wording-59 fw59-060), and so are
 * Polish "dni" on a bilingual invoice ("Payment term: 14 dni / 14 days", field-wording-61 fw61-020).
 */
export const PERIOD_UNITS =
  'business days?|working days?|calendar days?|kalendertagen?|kalenderdagen?|jours calendaires|días naturales|días corridos|dias corridos|banking days?|bank days?|(?:working|business) weeks?|fortnights?|werktagen?|arbeitstagen?|jours ouvrés|jours ouvrables|días hábiles|dias úteis|dias uteis|werkdagen?|giorni lavorativi|days?|tagen?|tage|jours?|días|dias|dagen?|giorni|weeks?|wks?|wochen?|semaines?|semanas?|weken?|settimane|calendar months?|months?|monats|monate?n?|mois|meses|mes|maanden?|maand|mesi|gün|hours?|stunden?|heures?|horas?|uur|tg\\.|dgn\\.?|d\\.f\\.f\\.|dni';

/** Numbers written as words, as periods count them ("two weeks", "quinze jours", "dertig dagen"). */
// biome-ignore format: a table reads better by language than one name per line
export const COUNT_WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, fourteen: 14, fifteen: 15, thirty: 30, sixty: 60, ninety: 90,
  einer: 1, eine: 1, eines: 1, ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, zehn: 10, vierzehn: 14, dreißig: 30, sechzig: 60,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, dix: 10, quinze: 15, trente: 30, soixante: 60,
  una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, siete: 7, diez: 10, quince: 15, treinta: 30, sesenta: 60, noventa: 90,
  een: 1, één: 1, twee: 2, drie: 3, vijf: 5, zeven: 7, tien: 10, veertien: 14, dertig: 30, zestig: 60,
  um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, sete: 7, dez: 10, trinta: 30, sessenta: 60,
  // Eight, nine and twenty, which payment terms use too ("sous huit jours", "binnen acht dagen").
  eight: 8, nine: 9, twenty: 20, acht: 8, neun: 9, zwanzig: 20, huit: 8, neuf: 9, vingt: 20,
  seis: 6, ocho: 8, nueve: 9, veinte: 20, zes: 6, negen: 9, twintig: 20, oito: 8, nove: 9, vinte: 20,
  // "If you could settle it in the next couple of weeks" (field-wording-4 fw4-005-en), "en un par de semanas".
  'a couple of': 2, 'couple of': 2, 'un par de': 2,
  // "within twenty-one (21) days of this invoice" (field-wording-27 fw27-030), and the other terms in use.
  eleven: 11, twelve: 12, 'twenty-one': 21, 'twenty one': 21, 'twenty-eight': 28, 'twenty eight': 28, forty: 40,
  'forty-five': 45, 'forty five': 45,
  elf: 11, zwölf: 12, einundzwanzig: 21, achtundzwanzig: 28, vierzig: 40, fünfundvierzig: 45,
  onze: 11, douze: 12, 'vingt et un': 21, 'vingt-huit': 28, quarante: 40, 'quarante-cinq': 45,
  doce: 12, veintiún: 21, veintiuno: 21, veintiocho: 28, cuarenta: 40, 'cuarenta y cinco': 45,
  twaalf: 12, eenentwintig: 21, achtentwintig: 28, veertig: 40, vijfenveertig: 45,
  doze: 12, 'vinte e um': 21, 'vinte e oito': 28, quarenta: 40, 'quarenta e cinco': 45,
};
/** Counts written as words ("within two weeks", "valable un mois"), longest first for the alternation. */
export const COUNT_WORDS = Object.keys(COUNT_WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A count as written: digits or one of the words above. */
export function readCount(written: string): number {
  return COUNT_WORD_NUMBERS[written.toLowerCase()] ?? Number(written);
}

/** Reads the unit word of a period. */
export function readPeriodUnit(word: string): StatedPeriod['unit'] {
  const lower = word.toLowerCase();
  // "Within two working weeks" is two weeks: ten working days end on the same weekday (field-wording-7).
  if (/(?:working|business) week/.test(lower)) return 'week';
  if (/business|working|bank|werkt|arbeit|ouvr|hábil|úteis|uteis|werkdag|lavorativ/.test(lower))
    return 'business_day';
  if (lower.startsWith('fortnight')) return 'fortnight';
  if (/^(?:week|wk|woche|semaine|semana|weke|settiman)/.test(lower)) return 'week';
  // "within one calendar month of the invoice date" (field-wording-29 fw29-017).
  if (/^(?:month|monat|mois|mes|maand|calendar month)/.test(lower)) return 'month';
  if (/^(?:hour|stunde|heure|hora|uur)/.test(lower)) return 'hour';
  return 'day';
}

/**
 * The day a period ends, counted from `start` (back from it when `count` is negative: "7 days before the
 * party"); business days skip Saturdays and Sundays.
 */
export function addStatedPeriod(start: CalendarDay, period: StatedPeriod): CalendarDay {
  if (period.unit === 'week') return addCalendarDays(start, period.count * 7);
  if (period.unit === 'fortnight') return addCalendarDays(start, period.count * 14);
  if (period.unit === 'month') return addCalendarMonths(start, period.count);
  if (period.unit === 'day') return addCalendarDays(start, period.count);
  // "Within 48 hours" of a day sent is two days on: hours count in whole days begun.
  if (period.unit === 'hour') return addCalendarDays(start, Math.ceil(period.count / 24));
  const step = period.count < 0 ? -1 : 1;
  let day = start;
  let remaining = Math.abs(period.count);
  while (remaining > 0) {
    day = addCalendarDays(day, step);
    if (isWorkingDay(day)) remaining--;
  }
  return day;
}

/**
 * Weekdays other than New Year's Day and Christmas Day, the two public holidays every country the
 * six languages are written in keeps: "até o quinto dia útil de janeiro" is 8 January 2027, the 1st a
 * Friday off (field-wording-25 fw25-075). Other holidays differ by country and are not guessed.
 */
function isWorkingDay(day: CalendarDay): boolean {
  const weekday = weekdayOf(day);
  if (weekday === 0 || weekday === 6) return false;
  return !((day.month === 1 && day.day === 1) || (day.month === 12 && day.day === 25));
}
