import {
  addCalendarDays,
  type CalendarDay,
  calendarDayOf,
  lastDayOfMonth,
  nextWeekday,
  toIsoDate,
} from './calendar-day';
import { type DateReading, readFirstStatedDate } from './read-stated-date';
import { addStatedPeriod, PERIOD_UNITS, readPeriodUnit } from './read-stated-period';

/** A due date found in an email, and the words that stated it (for the user-facing signal). */
export interface StatedDueDate {
  /** ISO `YYYY-MM-DD`. */
  dueDate: string;
  /** How it was stated, e.g. "Net 30" or "due 18 March". */
  phrase: string;
}

// Words that by themselves mean "money owed by this day" in the six languages.
const PAYMENT_DUE_WORDS =
  "(?<![a-zà-ÿ])(?:due(?! to\\b| diligence\\b)(?: date| on| by)?|payment due|payable(?: on| by| before)?|pay(?:ment)? (?:by(?! the way)|before|no later than)|paid (?:by|before|no later than)|settled? by|(?:over|past )due since|fällig(?:keit|keitsdatum)?(?: am| bis| zum)?|zahlbar(?: bis| am)?(?: zum| spätestens)?|zahlungsziel|zahlungsfrist|(?:date d')?échéance|à régler (?:avant|au plus tard|pour)(?: le)?|payable (?:avant|au plus tard)(?: le)?|à payer avant(?: le)?|exigible(?: le)?|dûe? le|vence(?: el)?|venció(?: el)?|(?:fecha de )?vencimiento|pagadero(?: el| antes del)?|vervaldatum|vervalt(?: op)?|te betalen (?:vóór|voor|uiterlijk)(?: op)?|(?:data de )?vencimento|vence (?:em|no dia)|pagar até|pagamento até|pago até|prazo de pagamento|payment terms(?: are| of)?|terms of payment|délai de (?:paiement|règlement)|plazo de pago|betaa?lingstermijn(?: van| is)?|condições de pagamento)(?![a-zà-ÿ])";
// Words that set a deadline only when the sentence is about paying ("no later than", "uiterlijk").
const DEADLINE_WORDS =
  '(?<![a-zà-ÿ])(?:deadline|no later than|by|before|until|bis(?: spätestens)?(?: zum)?|spätestens(?: am| bis)?|au plus tard(?: le)?|avant le|a más tardar(?: el)?|antes del|fecha límite|uiterlijk(?: op)?|vóór|até(?: o dia)?)(?![a-zà-ÿ])';
const PAYMENT_CONTEXT =
  /pay|paid|payment|invoice|remit|settle|balance|amount|zahl|überweis|rechnung|betrag|paiement|payer|r[éèe]gl|facture|montant|pago|pagar|factura|abonar|importe|betal|factuur|overmak|bedrag|pagamento|fatura|boleto|valor/i;

const DUE_WORD = new RegExp(PAYMENT_DUE_WORDS, 'gi');
const DEADLINE_WORD = new RegExp(DEADLINE_WORDS, 'gi');

const NET_TERMS =
  /(?<![a-z])(?:net\s?(\d{1,3})(?!\d)|(\d{1,3})\s(?:days|tage|jours|días|dias|dagen)\s(?:net|netto|netos?|líquidos?)(?![a-z])|netto\s(\d{1,3})\s(?:tage|dagen)|zahlungsziel:?\s(\d{1,3})\s(?:tage|tagen))/i;
const ON_RECEIPT =
  /(?:due|payable|payment)\s(?:up)?on receipt|due immediately|zahlbar sofort|sofort (?:fällig|zahlbar)|(?:payable|paiement) à (?:la )?réception|pago (?:a la recepción|inmediato|al recibir)|direct opeisbaar|per omgaande te (?:betalen|voldoen)|pagamento (?:imediato|à vista|no recebimento)/i;
const WITHIN_PERIOD = new RegExp(
  `(?<![a-zà-ÿ])(?:within|in|innerhalb(?: von)?|binnen|sous|dans(?: un délai de| les)?|en(?: un plazo de)?|dentro de(?: los)?|a|à|em(?: até)?|no prazo de|de)\\s(\\d{1,3})\\s(${PERIOD_UNITS})(?![a-zà-ÿ])`,
  'gi',
);
const COUNTED_FROM_INVOICE =
  /^\s(?:of|from|after|na|nach|ab|après|à compter de|dès|de|desde|após|a partir de)\s(?:the\s|la\s|de\s|der\s|dem\s|het\s|a\s|o\s)?(?:receipt|invoice|réception|facture|recepción|factura|ontvangst|factuur|recebimento|fatura|erhalt|rechnung|rechnungsdatum|eingang|factuurdatum)/i;
// biome-ignore format: a table reads better by language than one name per line
const WEEKDAY_NUMBERS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6,
  zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6,
  'segunda-feira': 1, 'terça-feira': 2, 'terca-feira': 2, 'quarta-feira': 3, 'quinta-feira': 4, 'sexta-feira': 5,
};
const WEEKDAY = new RegExp(
  `^[\\s:,-]{0,3}(?:(?:this|next|coming|kommenden|nächsten|ce|prochain|este|próximo|deze|volgende|esta|próxima)\\s)?(${Object.keys(
    WEEKDAY_NUMBERS,
  )
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![a-zà-ÿ])`,
  'i',
);
const TODAY_OR_TOMORROW =
  /^[\s:,-]{0,3}(today|tomorrow|heute|morgen|aujourd'hui|demain|hoy|mañana|vandaag|hoje|amanhã)(?![a-zà-ÿ])/i;
const MONTH_END =
  /^[\s:,-]{0,3}(?:the\s)?(?:end of (?:the|this) month|month[- ]end|monatsende|ende des monats|(?:la )?fin (?:du|de) mois|(?:el )?(?:fin|final) de(?:l)? mes|(?:het )?einde van de maand|(?:o )?(?:fim|final) do mês)/i;

/**
 * Finds when payment is due: a date after a due word ("due 18 March", "Zahlungsziel: 01.04.2026"),
 * else payment terms relative to when the email was sent ("Net 30", "within 30 days of receipt",
 * "payable by Friday"). Relative terms need `referenceAt`; without it they are left unknown.
 */
export function extractDueDate(text: string, reading: DateReading): StatedDueDate | null {
  return (
    findDateAfterWords(text, DUE_WORD, reading, false) ??
    findDateAfterWords(text, DEADLINE_WORD, reading, true) ??
    findRelativeDueDate(text, reading)
  );
}

function findDateAfterWords(
  text: string,
  words: RegExp,
  reading: DateReading,
  needsPaymentContext: boolean,
): StatedDueDate | null {
  words.lastIndex = 0;
  let looked = 0;
  for (let match = words.exec(text); match && looked < 40; match = words.exec(text)) {
    looked++;
    const end = match.index + match[0].length;
    if (
      needsPaymentContext &&
      !PAYMENT_CONTEXT.test(text.slice(Math.max(0, match.index - 80), match.index))
    ) {
      continue;
    }
    const window = readWindowAfter(text, end);
    const stated = readFirstStatedDate(window, reading);
    // "due on Friday, 18 March" may put a few words between; "by … 18 March" must be immediate.
    if (stated && stated.index <= (needsPaymentContext ? 12 : 24)) {
      return {
        dueDate: toIsoDate(stated.day),
        phrase: `${match[0]} ${window.slice(stated.index, stated.end)}`.trim(),
      };
    }
    const start = startDay(reading);
    if (!start) continue;
    const relative = readRelativeDay(window, start);
    if (relative && (!needsPaymentContext || relative.isDeadline)) {
      return { dueDate: toIsoDate(relative.day), phrase: `${match[0]} ${relative.words}`.trim() };
    }
  }
  return null;
}

function findRelativeDueDate(text: string, reading: DateReading): StatedDueDate | null {
  const start = startDay(reading);
  if (!start) return null;
  const net = NET_TERMS.exec(text);
  if (net) {
    const days = Number(net[1] ?? net[2] ?? net[3] ?? net[4]);
    return { dueDate: toIsoDate(addCalendarDays(start, days)), phrase: net[0] };
  }
  const onReceipt = ON_RECEIPT.exec(text);
  if (onReceipt) return { dueDate: toIsoDate(start), phrase: onReceipt[0] };
  WITHIN_PERIOD.lastIndex = 0;
  let looked = 0;
  for (let match = WITHIN_PERIOD.exec(text); match && looked < 40; match = WITHIN_PERIOD.exec(text)) {
    looked++;
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    const ownSentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
    // "I'll deliver within 7 days" is not a payment term; "payable within 30 days", "binnen 14 dagen
    // betalen" and "30 days of receipt" are.
    const restOfSentence = after.split(/[.\n]/)[0] ?? '';
    const isAboutPaying =
      PAYMENT_CONTEXT.test(ownSentence) ||
      PAYMENT_CONTEXT.test(restOfSentence) ||
      COUNTED_FROM_INVOICE.test(after);
    if (!isAboutPaying) continue;
    const count = Number(match[1]);
    const unit = readPeriodUnit(match[2] ?? '');
    return { dueDate: toIsoDate(addStatedPeriod(start, { count, unit })), phrase: match[0].trim() };
  }
  return null;
}

interface RelativeDay {
  day: CalendarDay;
  words: string;
  isDeadline: boolean;
}

function readRelativeDay(window: string, start: CalendarDay): RelativeDay | null {
  const weekday = WEEKDAY.exec(window);
  if (weekday) {
    const number = WEEKDAY_NUMBERS[(weekday[1] ?? '').toLowerCase()];
    if (number !== undefined)
      return { day: nextWeekday(start, number), words: weekday[0].trim(), isDeadline: true };
  }
  const near = TODAY_OR_TOMORROW.exec(window);
  if (near) {
    const isToday = /today|heute|aujourd|hoy|vandaag|hoje/i.test(near[1] ?? '');
    return { day: addCalendarDays(start, isToday ? 0 : 1), words: near[0].trim(), isDeadline: true };
  }
  const monthEnd = MONTH_END.exec(window);
  if (monthEnd) return { day: lastDayOfMonth(start), words: monthEnd[0].trim(), isDeadline: true };
  const period = new RegExp(
    `^[\\s:,-]{0,3}(?:in|within|innerhalb(?: von)?|binnen|sous|dans|en|dentro de|em)?\\s?(\\d{1,3})\\s(${PERIOD_UNITS})(?![a-zà-ÿ])`,
    'i',
  ).exec(window);
  if (period) {
    const day = addStatedPeriod(start, { count: Number(period[1]), unit: readPeriodUnit(period[2] ?? '') });
    return { day, words: period[0].trim(), isDeadline: false };
  }
  return null;
}

/** Up to one line after a due word; a label alone on its line ("Due date:") reads the next line. */
function readWindowAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 80);
  const firstBreak = rest.indexOf('\n');
  if (firstBreak < 0) return rest;
  if (rest.slice(0, firstBreak).trim().replace(/[:*|]/g, '') === '') {
    const next = rest.indexOf('\n', firstBreak + 1);
    return next < 0 ? rest : rest.slice(0, next);
  }
  return rest.slice(0, firstBreak);
}

function startDay(reading: DateReading): CalendarDay | null {
  if (reading.referenceAt === undefined || !Number.isFinite(reading.referenceAt)) return null;
  return calendarDayOf(reading.referenceAt, reading.timeZone);
}
