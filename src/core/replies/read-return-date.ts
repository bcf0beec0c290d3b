import { isoDateOfDay, weekdayOfDay } from '../cadence/working-calendar';

/** The date an out-of-office message names, as a local day number. */
export interface ReturnDate {
  day: number;
  isoDate: string;
  /**
   * True when the text says the person is back that day ("back on 24 November"); false when it is
   * the last day away ("out until 21 November"), so the return is the working day after.
   */
  isReturnDay: boolean;
  /** The words the date was read from, for the reason shown to the user. */
  text: string;
  /** 'week' when only a week was named ("next week"): the day is that week's Monday. */
  precision: 'day' | 'week';
}

const DAY_MS = 86_400_000;
const MAX_TEXT_CHARS = 4_000;
/** A return date further out than this is more likely a date about something else. */
const MAX_DAYS_AHEAD = 183;
/** "Out from 10 to 21 November" may be read after the 10th; older dates are not an absence end. */
const MAX_DAYS_BEHIND = 14;

// Month names and common abbreviations in the six languages the product reads (en, de, fr, es, nl, pt).
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'januari', 'janeiro'],
  [
    'february',
    'feb',
    'februar',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'febrero',
    'februari',
    'fevereiro',
    'fev',
  ],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo', 'mei', 'maio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  // "out" and "set" (Portuguese abbreviations) are left out: "3 out of 4" is not the 3rd of October.
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezembro'],
];
const MONTH_BY_NAME = new Map<string, number>();
MONTHS.forEach((names, month) => {
  for (const name of names) MONTH_BY_NAME.set(name, month);
});
const MONTH_PATTERN = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
/** English puts the month first ("November 24th"); only English names are accepted there. */
const ENGLISH_MONTH_PATTERN = MONTHS.map((names) => names[0]!)
  .concat(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])
  .sort((a, b) => b.length - a.length)
  .join('|');

const WEEKDAYS: ReadonlyArray<readonly string[]> = [
  ['sunday', 'sonntag', 'dimanche', 'domingo', 'zondag'],
  ['monday', 'montag', 'lundi', 'lunes', 'maandag', 'segunda-feira', 'segunda'],
  ['tuesday', 'dienstag', 'mardi', 'martes', 'dinsdag', 'terça-feira', 'terça', 'terca'],
  ['wednesday', 'mittwoch', 'mercredi', 'miércoles', 'miercoles', 'woensdag', 'quarta-feira', 'quarta'],
  ['thursday', 'donnerstag', 'jeudi', 'jueves', 'donderdag', 'quinta-feira', 'quinta'],
  ['friday', 'freitag', 'vendredi', 'viernes', 'vrijdag', 'sexta-feira', 'sexta'],
  ['saturday', 'samstag', 'samedi', 'sábado', 'sabado', 'zaterdag'],
];
const WEEKDAY_BY_NAME = new Map<string, number>();
WEEKDAYS.forEach((names, weekday) => {
  for (const name of names) WEEKDAY_BY_NAME.set(name, weekday);
});
const WEEKDAY_PATTERN = [...WEEKDAY_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

// Letters outside ASCII count as word characters here (März, sábado), so boundaries are spelled out.
const L = 'a-zà-ÿ';
const BEFORE = `(?<![${L}0-9])`;
const AFTER = `(?![${L}0-9])`;

const ISO_DATE = new RegExp(`${BEFORE}(\\d{4})-(\\d{1,2})-(\\d{1,2})${AFTER}`, 'g');
const DASHED_DATE = new RegExp(`${BEFORE}(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![0-9])`, 'g');
const NUMERIC_DATE = new RegExp(`${BEFORE}(\\d{1,2})([./])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?![0-9])`, 'g');
const DAY_MONTH = new RegExp(
  `${BEFORE}(\\d{1,2})(?:st|nd|rd|th|er|e|º|°|\\.)?\\s{0,3}(?:de\\s{1,3})?(${MONTH_PATTERN})\\.?${AFTER}(?:\\s{0,3}(?:de\\s{1,3})?(\\d{4}))?`,
  'g',
);
const MONTH_DAY = new RegExp(
  `${BEFORE}(${ENGLISH_MONTH_PATTERN})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?${AFTER}(?:,?\\s{1,3}(\\d{4}))?`,
  'g',
);
const WEEKDAY = new RegExp(`${BEFORE}(${WEEKDAY_PATTERN})${AFTER}`, 'g');
const TOMORROW = new RegExp(`${BEFORE}(tomorrow|morgen|demain|mañana|amanhã|amanha)${AFTER}`, 'g');
const NEXT_WEEK = new RegExp(
  `${BEFORE}(next week|nächste[nr]? woche|naechste[nr]? woche|la semaine prochaine|la próxima semana|la proxima semana|la semana que viene|volgende week|na próxima semana|próxima semana|proxima semana|semana que vem)${AFTER}`,
  'g',
);

// Words right before a date that say it is the day the person is back.
const RETURN_CUE = new RegExp(
  `${BEFORE}(back|return|returning|returns|zurück|zurueck|wieder|retour|reviens|reviendrai|rentre|vuelta|vuelvo|regreso|regresaré|regresare|volveré|volvere|terug|weer|volto|voltarei|regresso|retorno|retornarei)${AFTER}`,
);
const CUE_WINDOW_CHARS = 40;
// German and Dutch often name the return day first: "ab dem 23.11. bin ich wieder erreichbar".
const RETURN_CUE_AFTER = new RegExp(
  `^\\.?[^.!?\\n]{0,30}?${BEFORE}(wieder|zurück|zurueck|weer|terug|back)${AFTER}`,
);

interface DateCandidate {
  day: number;
  index: number;
  text: string;
  /** Explicit dates beat weekday names and relative words in the same text. */
  explicit: boolean;
}

function dayOfParts(year: number, month: number, date: number): number | null {
  if (month < 0 || month > 11 || date < 1 || date > 31) return null;
  const utc = Date.UTC(year, month, date);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month || check.getUTCDate() !== date) return null;
  return utc / DAY_MS;
}

/** A date written without a year is the next such date, counting back a little for absences underway. */
function dayWithoutYear(month: number, date: number, receivedDay: number): number | null {
  const receivedYear = new Date(receivedDay * DAY_MS).getUTCFullYear();
  for (const year of [receivedYear, receivedYear + 1]) {
    const day = dayOfParts(year, month, date);
    if (day !== null && day >= receivedDay - MAX_DAYS_BEHIND) return day;
  }
  return null;
}

function fullYear(text: string | undefined): number | null {
  if (text === undefined) return null;
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function collectCandidates(text: string, receivedDay: number): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  const add = (day: number | null, index: number, matched: string, explicit: boolean) => {
    if (day !== null) candidates.push({ day, index, text: matched, explicit });
  };
  for (const match of text.matchAll(ISO_DATE)) {
    add(dayOfParts(Number(match[1]), Number(match[2]) - 1, Number(match[3])), match.index, match[0], true);
  }
  for (const match of text.matchAll(DASHED_DATE)) {
    add(dayOfParts(Number(match[3]), Number(match[2]) - 1, Number(match[1])), match.index, match[0], true);
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const year = fullYear(match[4]);
    // Dots are day-first everywhere; a slash is day-first except in US English. Either reading that
    // is a real date and lands soonest after the message wins.
    const readings: Array<[number, number]> =
      match[2] === '.'
        ? [[first, second]]
        : [
            [first, second],
            [second, first],
          ];
    let best: number | null = null;
    for (const [date, month] of readings) {
      const day =
        year === null ? dayWithoutYear(month - 1, date, receivedDay) : dayOfParts(year, month - 1, date);
      if (day !== null && day >= receivedDay - MAX_DAYS_BEHIND && (best === null || day < best)) best = day;
    }
    add(best, match.index, match[0], true);
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    const month = MONTH_BY_NAME.get(match[2]!) ?? -1;
    const year = fullYear(match[3]);
    const date = Number(match[1]);
    add(
      year === null ? dayWithoutYear(month, date, receivedDay) : dayOfParts(year, month, date),
      match.index,
      match[0],
      true,
    );
  }
  for (const match of text.matchAll(MONTH_DAY)) {
    const month = MONTH_BY_NAME.get(match[1]!) ?? -1;
    const year = fullYear(match[3]);
    const date = Number(match[2]);
    add(
      year === null ? dayWithoutYear(month, date, receivedDay) : dayOfParts(year, month, date),
      match.index,
      match[0],
      true,
    );
  }
  for (const match of text.matchAll(WEEKDAY)) {
    const weekday = WEEKDAY_BY_NAME.get(match[1]!) ?? 0;
    const ahead = (weekday - weekdayOfDay(receivedDay) + 7) % 7 || 7;
    add(receivedDay + ahead, match.index, match[0], false);
  }
  for (const match of text.matchAll(TOMORROW)) add(receivedDay + 1, match.index, match[0], false);
  for (const match of text.matchAll(NEXT_WEEK)) {
    const toMonday = (1 - weekdayOfDay(receivedDay) + 7) % 7 || 7;
    add(receivedDay + toMonday, match.index, match[0], false);
  }
  return candidates;
}

/**
 * Reads when an absent person is back from an out-of-office text in English, German, French,
 * Spanish, Dutch or Portuguese, relative to the day it was received (`receivedDay`, a local day
 * number). A date right after a return word ("back on", "zurück am", "de retour le") is the return
 * day; otherwise the latest plausible date is the last day away. Null when no date is found.
 */
export function readReturnDate(text: string, receivedDay: number): ReturnDate | null {
  const original = text.slice(0, MAX_TEXT_CHARS);
  const lowered = original.toLowerCase();
  // Quote the words as written ("13 November"), when lower-casing kept every position in place.
  const wordsOf = (candidate: DateCandidate) =>
    tidy(
      lowered.length === original.length
        ? original.slice(candidate.index, candidate.index + candidate.text.length)
        : candidate.text,
    );
  const candidates = collectCandidates(lowered, receivedDay).filter(
    (candidate) =>
      candidate.day >= receivedDay - MAX_DAYS_BEHIND && candidate.day <= receivedDay + MAX_DAYS_AHEAD,
  );
  if (candidates.length === 0) return null;
  const explicit = candidates.filter((candidate) => candidate.explicit);
  const pool = explicit.length > 0 ? explicit : candidates;
  const cued = pool.filter(
    (candidate) =>
      RETURN_CUE.test(lowered.slice(Math.max(0, candidate.index - CUE_WINDOW_CHARS), candidate.index)) ||
      RETURN_CUE_AFTER.test(
        lowered.slice(candidate.index + candidate.text.length).slice(0, CUE_WINDOW_CHARS),
      ),
  );
  const pickLatest = (list: DateCandidate[]) =>
    list.reduce((latest, candidate) => (candidate.day > latest.day ? candidate : latest));
  if (cued.length > 0) {
    const chosen = pickLatest(cued);
    return {
      day: chosen.day,
      isoDate: isoDateOfDay(chosen.day),
      isReturnDay: true,
      text: wordsOf(chosen),
      precision: precisionOf(chosen.text),
    };
  }
  const chosen = pickLatest(pool);
  return {
    day: chosen.day,
    isoDate: isoDateOfDay(chosen.day),
    isReturnDay: !chosen.explicit && RELATIVE_RETURN.test(chosen.text),
    text: wordsOf(chosen),
    precision: precisionOf(chosen.text),
  };
}

function tidy(text: string): string {
  return text.trim().replace(/[.,]+$/, '');
}

function precisionOf(text: string): 'day' | 'week' {
  return WEEK_ONLY.test(text) ? 'week' : 'day';
}

/** "Tomorrow" and "next week" name when someone is reachable again, not the last day away. */
const RELATIVE_RETURN = new RegExp(`^(?:${TOMORROW.source}|${NEXT_WEEK.source})$`);
const WEEK_ONLY = new RegExp(`^(?:${NEXT_WEEK.source})$`);
