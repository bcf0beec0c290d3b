import { calendarDayOf, toIsoDate } from './calendar-day';
import { type DateReading, readFirstStatedDate } from './read-stated-date';
import { addStatedPeriod, PERIOD_UNITS, readPeriodUnit } from './read-stated-period';

/** How long a proposal's offer stands, as stated. */
export interface StatedValidity {
  /** ISO `YYYY-MM-DD`. */
  validUntil: string;
  phrase: string;
}

// "valid for 30 days", "gültig bis 31.03.2026", "valable jusqu'au 30 avril", "vigencia de 15 días".
const VALIDITY_WORD =
  /(?<![a-zà-ÿ])(?:valid (?:for|until|through|thru|till)|good (?:for|until|through)|(?:offer|quote|quotation|estimate|proposal|pricing|price)s? (?:expires?|is valid)(?: on)?|expires? on|gültig (?:bis(?: zum)?|für)|gültigkeit|bindefrist|angebotsfrist|valable (?:jusqu'au|jusqu'à|pendant|pour)|validité|durée de validité|válid[oa] (?:hasta(?: el)?|por|durante)|vigencia(?: hasta(?: el)?| de)?|vigente hasta(?: el)?|geldig (?:tot(?: en met)?|gedurende|voor)|geldigheid|válid[oa] (?:até|por)|validade)(?![a-zà-ÿ])/gi;
const PERIOD_AFTER = new RegExp(
  `^[\\s:*,-]{0,6}(?:for\\s|für\\s|pendant\\s|por\\s|durante\\s|gedurende\\s|de\\s)?(\\d{1,3})\\s(${PERIOD_UNITS})(?![a-zà-ÿ])`,
  'i',
);

/** Finds the date a proposal's offer ends: stated outright, or a period counted from when it was sent. */
export function extractValidUntil(text: string, reading: DateReading): StatedValidity | null {
  VALIDITY_WORD.lastIndex = 0;
  let looked = 0;
  for (let match = VALIDITY_WORD.exec(text); match && looked < 20; match = VALIDITY_WORD.exec(text)) {
    looked++;
    const end = match.index + match[0].length;
    const window = text.slice(end, end + 50).split('\n')[0] ?? '';
    const stated = readFirstStatedDate(window, reading);
    if (stated && stated.index <= 20) {
      return {
        validUntil: toIsoDate(stated.day),
        phrase: `${match[0]} ${window.slice(stated.index, stated.end)}`,
      };
    }
    const period = PERIOD_AFTER.exec(window);
    if (period && reading.referenceAt !== undefined && Number.isFinite(reading.referenceAt)) {
      const start = calendarDayOf(reading.referenceAt, reading.timeZone);
      const day = addStatedPeriod(start, { count: Number(period[1]), unit: readPeriodUnit(period[2] ?? '') });
      return { validUntil: toIsoDate(day), phrase: `${match[0]}${period[0]}`.replace(/\s+/g, ' ') };
    }
  }
  return null;
}
