import { type CalendarDay, calendarDayOf, daysBetween, isRealCalendarDay } from './calendar-day';

/** How to read a date written without every part spelled out. */
export interface DateReading {
  /** Epoch ms the text was written at; year-less dates ("May 15") take the year closest to it. */
  referenceAt?: number;
  timeZone?: string;
  /** Read `03/04/2026` as 3 April (most of the world) rather than March 4 (the United States). */
  isDayFirst: boolean;
}

/** A date found in text, with where it ended so callers can look past it. */
export interface StatedDate {
  day: CalendarDay;
  index: number;
  end: number;
}

// Month names and common abbreviations in English, German, French, Spanish, Dutch and Portuguese.
// Words that are also everyday words in another of these languages (`out`, `set`, `ago`) are left
// out: "3 out of 5" must not become 3 October.
// biome-ignore format: a table reads better by month than one name per line
const MONTH_NUMBERS: Record<string, number> = {
  january: 1, jan: 1, januar: 1, jänner: 1, janvier: 1, janv: 1, enero: 1, ene: 1, januari: 1, janeiro: 1,
  february: 2, feb: 2, februar: 2, feber: 2, février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2, febrero: 2, februari: 2,
  fevereiro: 2, fev: 2,
  march: 3, mar: 3, märz: 3, maerz: 3, mrz: 3, mär: 3, mars: 3, marzo: 3, maart: 3, mrt: 3, março: 3, marco: 3,
  april: 4, apr: 4, avril: 4, avr: 4, abril: 4, abr: 4,
  may: 5, mai: 5, mayo: 5, mei: 5, maio: 5,
  june: 6, jun: 6, juni: 6, juin: 6, junio: 6, junho: 6,
  july: 7, jul: 7, juli: 7, juillet: 7, juil: 7, julio: 7, julho: 7,
  august: 8, aug: 8, août: 8, aout: 8, agosto: 8, augustus: 8,
  september: 9, sep: 9, sept: 9, septembre: 9, septiembre: 9, setiembre: 9, setembro: 9,
  october: 10, oct: 10, oktober: 10, okt: 10, octobre: 10, octubre: 10, outubro: 10,
  november: 11, nov: 11, novembre: 11, noviembre: 11, novembro: 11,
  december: 12, dec: 12, dezember: 12, dez: 12, décembre: 12, decembre: 12, déc: 12, diciembre: 12, dic: 12,
  dezembro: 12,
  // Italian, written out: its abbreviations (`gen`, `mag`, `ott`) are everyday words elsewhere.
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10,
  dicembre: 12,
};

/** Month names and abbreviations in the six languages, longest first, for a regex alternation. */
export const MONTH_ALTERNATION = Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NOT_LETTER_AFTER = '(?![a-zà-ÿ])';

const MONTH_NAME_NEXT = new RegExp(
  `^\\s{0,2}(?:of\\s|de\\s)?(?:${MONTH_ALTERNATION})\\.?${NOT_LETTER_AFTER}`,
  'i',
);

/** True when `text` opens with a month's name ("15 March" after a number reads as a date). */
export function startsWithMonthName(text: string): boolean {
  return MONTH_NAME_NEXT.test(text);
}

const ISO_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/i;
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/i;
// "15/01", "5/1", "30.04.": a day and month with no year; a dotted one must close with a dot, since
// "30.04" alone is as likely a decimal.
const YEARLESS_NUMERIC_DATE = /(?<![\d.,/-])(\d{1,2})(?:\/(\d{1,2})(?![\d]|[./-]\d)|\.(\d{1,2})\.(?!\d))/;
// "15 March 2026", "1.º de dezembro", "15-Dec-2026" (a form's and a bank's way of writing it), "15/ene/2027"
// (a Mexican invoice's, field-wording-25 fw25-065).
const DAY_MONTH_DATE = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|e|º|°|\\.º|\\.)?(?:\\s{0,2}|[-/])(?:de\\s|of\\s)?\\s?(${MONTH_ALTERNATION})\\.?${NOT_LETTER_AFTER}(?:(?:,?\\s{0,2}|[-/])(?:de\\s)?\\s?(\\d{4})(?!\\d))?`,
  'i',
);
const MONTH_DAY_DATE = new RegExp(
  `(?<![a-zà-ÿ])(${MONTH_ALTERNATION})\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s{1,2}(\\d{4})(?!\\d))?`,
  'i',
);

// "Vencimiento: 15-XI-2027": the month in Roman numerals, as Spanish and Portuguese forms write it
// (field-wording-29 fw29-055).
const ROMAN_MONTH_DATE =
  /(?<![\d.,/-])(\d{1,2})[-./ ](XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[-./ ](\d{4})(?!\d)/;
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

// "by Friday the eighteenth of December", "the twenty-first of September" (field-wording-32 fw32-002,
// field-wording-28 fw28-014): an English day in words, with "the" before it or "of" after it.
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_DAY_WORDS: Record<string, number> = Object.fromEntries([
  ...UNITS.map((word, at) => [word, at + 1]),
  ...['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth']
    .concat(['eighteenth', 'nineteenth', 'twentieth'])
    .map((word, at) => [word, at + 10]),
  ...UNITS.flatMap((word, at) => [
    [`twenty-${word}`, at + 21],
    [`twenty ${word}`, at + 21],
  ]),
  ['thirtieth', 30],
  ['thirty-first', 31],
  ['thirty first', 31],
]);
// "até ao dia trinta de abril", "au plus tard le trente et un août" (field-wording-21 fw21-033, fw21-069): a
// French, Spanish or Portuguese day in words, after its article and before its month.
// biome-ignore format: a table reads better by language than one name per line
const CARDINAL_DAY_WORDS: Record<string, number> = {
  premier: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20,
  'vingt et un': 21, 'vingt-deux': 22, 'vingt-trois': 23, 'vingt-quatre': 24, 'vingt-cinq': 25, 'vingt-six': 26,
  'vingt-sept': 27, 'vingt-huit': 28, 'vingt-neuf': 29, trente: 30, 'trente et un': 31,
  primero: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12,
  trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
  veintiuno: 21, veintidós: 22, veintitrés: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintisiete: 27,
  veintiocho: 28, veintinueve: 29, treinta: 30, 'treinta y uno': 31,
  primeiro: 1, dois: 2, três: 3, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10, doze: 12, treze: 13, catorze: 14,
  dezasseis: 16, dezesseis: 16,
  dezassete: 17, dezessete: 17, dezoito: 18, dezanove: 19, dezenove: 19, vinte: 20, 'vinte e um': 21,
  'vinte e dois': 22, 'vinte e três': 23, 'vinte e quatro': 24, 'vinte e cinco': 25, 'vinte e seis': 26,
  'vinte e sete': 27, 'vinte e oito': 28, 'vinte e nove': 29, trinta: 30, 'trinta e um': 31,
};
// "Ich bitte um Überweisung bis zum achten Feber" (field-wording-39 fw39-015): a German day in words after
// "zum", "am" or "den".
// biome-ignore format: a table reads better in rows than one name per line
const GERMAN_ORDINAL_DAY_WORDS: Record<string, number> = Object.fromEntries(
  [
    'ersten', 'zweiten', 'dritten', 'vierten', 'fünften', 'sechsten', 'siebten', 'achten', 'neunten', 'zehnten',
    'elften', 'zwölften', 'dreizehnten', 'vierzehnten', 'fünfzehnten', 'sechzehnten', 'siebzehnten', 'achtzehnten',
    'neunzehnten', 'zwanzigsten', 'einundzwanzigsten', 'zweiundzwanzigsten', 'dreiundzwanzigsten',
    'vierundzwanzigsten', 'fünfundzwanzigsten', 'sechsundzwanzigsten', 'siebenundzwanzigsten',
    'achtundzwanzigsten', 'neunundzwanzigsten', 'dreißigsten', 'einunddreißigsten',
  ].map((word, at) => [word, at + 1]),
);
// "uiterlijk de vijftiende van deze maand" (field-wording-52 fw52-071): a Dutch day in words.
// biome-ignore format: a table reads better in rows than one name per line
const DUTCH_ORDINAL_DAY_WORDS: Record<string, number> = Object.fromEntries(
  [
    'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde',
    'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende', 'negentiende',
    'twintigste', 'eenentwintigste', 'tweeëntwintigste', 'drieëntwintigste', 'vierentwintigste',
    'vijfentwintigste', 'zesentwintigste', 'zevenentwintigste', 'achtentwintigste', 'negenentwintigste',
    'dertigste', 'eenendertigste',
  ].map((word, at) => [word, at + 1]),
);
// One pattern for them all, found in one scan: after its article, or an English ordinal before "of"; a legal
// letter's "the fifteenth day of April, 2027" (field-wording-33 fw33-033) too.
const DAY_WORDS: Record<string, number> = {
  ...ORDINAL_DAY_WORDS,
  ...CARDINAL_DAY_WORDS,
  ...GERMAN_ORDINAL_DAY_WORDS,
};
const alternationOf = (words: Record<string, number>): string =>
  Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .join('|');
/** French, Spanish and Portuguese days of the month in words, longest first, for a pattern. */
export const CARDINAL_DAY_ALTERNATION = alternationOf(CARDINAL_DAY_WORDS);
// The words a day of the month is written in before the words that say which month: "the fifteenth of next
// month", "de vijftiende van deze maand", "le vingt du mois" (field-wording-52 fw52-071, fw52-058).
const DAY_BEFORE_ITS_MONTH_WORDS: Record<string, number> = {
  ...ORDINAL_DAY_WORDS,
  ...DUTCH_ORDINAL_DAY_WORDS,
  ...CARDINAL_DAY_WORDS,
};
/** Days of the month in words said before "of this month" and the like, longest first, for a pattern. */
export const DAY_BEFORE_ITS_MONTH_ALTERNATION = alternationOf(DAY_BEFORE_ITS_MONTH_WORDS);

/** The day of the month written in figures or in words ("15", "fifteenth", "vijftiende", "vingt"). */
export function dayOfMonthWritten(written: string): number {
  return /^\d+$/.test(written)
    ? Number(written)
    : (dayNamedIn(DAY_BEFORE_ITS_MONTH_WORDS, written) ?? Number.NaN);
}

/** The day of the month a French, Spanish or Portuguese word names ("quinze", "vinte e um"), if any. */
export function cardinalDayNumber(word: string): number | undefined {
  return dayNamedIn(CARDINAL_DAY_WORDS, word);
}

function dayNamedIn(words: Record<string, number>, word: string): number | undefined {
  return words[word.toLowerCase().replace(/\s+/g, ' ')];
}

const DAY_IN_WORDS_DATE = new RegExp(
  `(?<![a-zà-ÿ])(?:(?:the|le|el|dia|día|o dia|ao dia|zum|am|den|vom)\\s(${alternationOf(DAY_WORDS)})\\s(?:day of\\s|of\\s|de\\s)?|(${alternationOf(ORDINAL_DAY_WORDS)})\\s(?:day\\s)?of\\s)(${MONTH_ALTERNATION})\\.?${NOT_LETTER_AFTER}(?:,?\\s(?:de\\s)?(\\d{4})(?!\\d))?`,
  'i',
);

/** The earliest date written in `text`, or null when none is complete enough to place on a calendar. */
export function readFirstStatedDate(text: string, reading: DateReading): StatedDate | null {
  const found: StatedDate[] = [];
  const iso = ISO_DATE.exec(text);
  if (iso) pushIfReal(found, iso, { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[3]);
    const yearText = numeric[4] ?? '';
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    // A dot separator is never American; otherwise a part over 12 settles it, then the reader's habit.
    const isSettled = numeric[2] === '.' || first > 12 || second > 12;
    const dayFirst = { year, month: second, day: first };
    const monthFirst = { year, month: first, day: second };
    const isDayFirst = numeric[2] === '.' || first > 12 || (second <= 12 && reading.isDayFirst);
    const habitual = isDayFirst ? dayFirst : monthFirst;
    pushIfReal(
      found,
      numeric,
      isSettled ? habitual : likelierOf(habitual, isDayFirst ? monthFirst : dayFirst, reading),
    );
  }
  const dayMonth = DAY_MONTH_DATE.exec(text);
  if (dayMonth) {
    const day = placeYear(Number(dayMonth[1]), monthNumber(dayMonth[2]), dayMonth[3], reading);
    if (day) pushIfReal(found, dayMonth, day);
  }
  const monthDay = MONTH_DAY_DATE.exec(text);
  if (monthDay) {
    const day = placeYear(Number(monthDay[2]), monthNumber(monthDay[1]), monthDay[3], reading);
    if (day) pushIfReal(found, monthDay, day);
  }
  const inWords = DAY_IN_WORDS_DATE.exec(text);
  if (inWords) {
    const dayOfMonth = dayNamedIn(DAY_WORDS, inWords[1] ?? inWords[2] ?? '');
    const day = dayOfMonth ? placeYear(dayOfMonth, monthNumber(inWords[3]), inWords[4], reading) : null;
    if (day) pushIfReal(found, inWords, day);
  }
  const roman = ROMAN_MONTH_DATE.exec(text);
  if (roman) {
    pushIfReal(found, roman, {
      year: Number(roman[3]),
      month: ROMAN_MONTHS.indexOf(roman[2] ?? '') + 1,
      day: Number(roman[1]),
    });
  }
  const yearless = YEARLESS_NUMERIC_DATE.exec(text);
  if (yearless) {
    const first = Number(yearless[1]);
    const second = Number(yearless[2] ?? yearless[3]);
    const isSettled = yearless[3] !== undefined || first > 12 || second > 12;
    const isDayFirst = yearless[3] !== undefined || first > 12 || (second <= 12 && reading.isDayFirst);
    const habitual = isDayFirst
      ? placeYear(first, second, undefined, reading)
      : placeYear(second, first, undefined, reading);
    const otherWay = isSettled
      ? null
      : isDayFirst
        ? placeYear(second, first, undefined, reading)
        : placeYear(first, second, undefined, reading);
    const day = habitual && otherWay ? likelierOf(habitual, otherWay, reading) : habitual;
    if (day) pushIfReal(found, yearless, day);
  }
  return found.reduce<StatedDate | null>(
    (first, next) => (!first || next.index < first.index ? next : first),
    null,
  );
}

// An ambiguous "04/12/2026" read the writer's usual way but landing months from the send day, when
// the other way lands within weeks of it, was meant the other way: a due date or an offer's end is near.
const FAR_DAYS = 90;
const NEAR_DAYS = 45;

function likelierOf(habitual: CalendarDay, otherWay: CalendarDay, reading: DateReading): CalendarDay {
  if (reading.referenceAt === undefined || !Number.isFinite(reading.referenceAt)) return habitual;
  if (!isRealCalendarDay(otherWay)) return habitual;
  const reference = calendarDayOf(reading.referenceAt, reading.timeZone);
  const isHabitualFar = Math.abs(daysBetween(reference, habitual)) > FAR_DAYS;
  const isOtherNear = Math.abs(daysBetween(reference, otherWay)) <= NEAR_DAYS;
  return isHabitualFar && isOtherNear ? otherWay : habitual;
}

function pushIfReal(found: StatedDate[], match: RegExpExecArray, day: CalendarDay): void {
  if (isRealCalendarDay(day)) found.push({ day, index: match.index, end: match.index + match[0].length });
}

/** 1..12 for a month's name or abbreviation in any of the six languages; 0 when it is none. */
export function monthNumber(name: string | undefined): number {
  return MONTH_NUMBERS[(name ?? '').toLowerCase()] ?? 0;
}

/** A year-less date takes the year that puts it closest to when the email was written. */
function placeYear(
  dayOfMonth: number,
  month: number,
  yearText: string | undefined,
  reading: DateReading,
): CalendarDay | null {
  if (month === 0) return null;
  if (yearText) return { year: Number(yearText), month, day: dayOfMonth };
  if (reading.referenceAt === undefined || !Number.isFinite(reading.referenceAt)) return null;
  const reference = calendarDayOf(reading.referenceAt, reading.timeZone);
  let best: CalendarDay | null = null;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const candidate = { year, month, day: dayOfMonth };
    if (!isRealCalendarDay(candidate)) continue;
    if (!best || Math.abs(daysBetween(reference, candidate)) < Math.abs(daysBetween(reference, best))) {
      best = candidate;
    }
  }
  return best;
}
