import { type CalendarDay, toIsoDate } from './calendar-day';
import { mayOccur, type TrigramIndex } from './cue-prefilter';
import { type RelativeDay, readRelativeDay, startDay } from './extract-due-date';
import { type DateReading, readFirstStatedDate } from './read-stated-date';
import { addStatedPeriod, COUNT_WORDS, PERIOD_UNITS, readCount, readPeriodUnit } from './read-stated-period';

/** How long a proposal's offer stands, as stated. */
export interface StatedValidity {
  /** ISO `YYYY-MM-DD`. */
  validUntil: string;
  phrase: string;
}

// "valid for 30 days", "gültig bis 31.03.2026", "valable jusqu'au 30 avril", "vigencia de 15 días";
// a price also "holds" or "stands", the sender can "hold this price", an offer "remains open" or "is
// open", Spanish says "validez de la oferta", German "das Angebot gilt 30 Tage"; the sender holds
// dates or a price until a day ("mantenemos el precio hasta el 30"), or keeps it if the client
// confirms by then ("se fecharmos até sexta"), signs by then ("sign and return the enclosed engagement
// letter by Friday 30 January"); German "an dieses Angebot halte ich mich vier Wochen gebunden", Dutch
// "ik houd deze prijs 6 weken aan" (field-wording-3.jsonl). Quoting apps label the day "Expires:" or
// "Vervaldatum offerte:", Polish English says an offer "is actual until", and a
// tender "remains open for acceptance" for its "délai de validité des offres" or Dutch
// "gestanddoeningstermijn" (proposal-wording-7.jsonl). Dates are held for a while or until a day ("I hold
// dates for a fortnight", "I'll hold 14 August for you until the end of the month", "Os guardo la fecha
// quince días"), a price kept if the client confirms or books by a day ("If you can confirm by Friday",
// "Als jullie tot en met 28 februari boeken"; proposal-wording-8.jsonl). Rooms, a stone or a date are held
// too ("I can only hold the stone at this price for 7 days", "Je vous bloque la date jusqu'au 15 avril",
// "De datum hou ik een week voor jullie vast"), prices "se mantienen por 7 días", a Québec "soumission
// est valide 30 jours" and a Swiss "Kostenschätzung gilt 60 Tage" (quote-wording.jsonl). A bid expires and a
// proposal lapses, a statement of work is "open for countersignature until", an offer is "valid for
// acceptance within 21 days", a price is kept "open" or a "package price" held (field-wording-60). Plain
// wordings in the other languages: "Preisbindung bis", "Gültigkeit des Anbots", "prix valides jusqu'au",
// "precios vigentes hasta", "el precio queda congelado hasta", "Geldigheidsduur offerte", "de prijzen
// vasthouden tot en met", "preços garantidos até", "esta proposta caduca a" (field-wording-58, -59).
const VALIDITY_WORD =
  /(?<![a-zà-ÿ])(?:(?:remains? |stays? )?valid (?:for acceptance (?:for|within|until|through|till)|for|until|through|thru|till)|good (?:for|until|through|thru)|(?:holds?|stands?|(?:remains?|stays?) open) (?:for acceptance (?:for|until|through|till)|for|until|through|till)|(?:hold|hono(?:u)?r) (?:this|the|that|these|those|my|our) (?:price|quote|rate|offer|pricing|figure)s? (?:for|until|through|till)|(?:price|quote|quotation|estimate|proposal|rate|pricing|offer|figure)s? (?:is |are )?(?:guaranteed|locked(?: in)?|held|fixed) (?:for|until|through|till)|(?:offer|quote|proposal|price|pricing)s? (?:is |are |stays? |remains? )?open for|valid to|(?:offer|quote|proposal|price|pricing|sow|bid|contract|agreement)s? (?:is|are) open (?:for (?:acceptance|signature|countersignature) )?(?:for|until|through|till)|validity(?: period)?(?: of (?:the |this |our )?(?:offer|quote|quotation|proposal|estimate))?|wenn (?:sie|du) (?:bis|vor)(?: zum| dem)?(?= [^.\n]{1,30} (?:zusagen|zusagst|bestätigen|bestätigst|beauftragen|beauftragst|annehmen|annimmst|unterschreiben|unterschreibst))|(?:angebot|preis|kostenvoranschlag|kostenschätzung|schätzung|offerte) gilt(?: für)?|gilt (?:das|dieses|unser) angebot(?: für)?|(?:offer|quote|quotation|estimate|proposal|pricing|price|bid|tender)s? (?:expires?|lapses?|is valid)(?: on| in)?|expires? on|gültig (?:bis(?: zum)?|für)|gelten (?:(?:jetzt|nun|noch) )?(?:verlängert )?bis(?: zum| am)?|gilt bis(?: zum)?|gültigkeit(?: des (?:angebots|anbots|angebotes))?|preisbindung(?: bis(?: zum| am)?)?|(?:angebot|preis|preise|offerte) (?:bleibt|bleiben) bis(?: zum| am)?|bindefrist|angebotsfrist|(?:valables?|valides?) (?:jusqu'au|jusqu'à|pendant|pour)|garder (?:ces|ce|cet|le|les|mes|nos) (?:taux|tarifs?|prix|devis)(?:-là)?(?= jusqu)|(?:durée de )?validité(?: (?:de l'offre|des offres|du devis|de la proposition))?|válid[oa]s? (?:hasta(?: el)?|por|durante)|validez(?: de la (?:oferta|propuesta|cotización)| del presupuesto)?(?: de| hasta(?: el)?)?|vigencia(?: de (?:la|el) (?:cotización|oferta|propuesta|presupuesto))?(?: hasta(?: el)?| de)?|vigentes? hasta(?: el)?|(?:proposta|oferta|orçamento|propuesta|presupuesto|cotización) caduca(?: a| em| el| no dia)?|(?:precio|precios|tarifa|presupuesto) queda(?:n)? congelad[oa]s? hasta(?: el)?|geld(?:ig|t) (?:tot(?: en met)?|t\/m|gedurende|voor)|geldigheid(?:sduur)?(?: (?:van de |van deze )?offerte)?|(?:prijzen|prijs) vasthouden tot(?: en met)?|(?:voorstel|offerte|prijs) geldt (?:ten laatste |uiterlijk )?tot(?: en met)?|gestanddoeningstermijn|válid[oa]s? (?:até|por)|validade(?: d[ao] (?:proposta|orçamento|oferta))?|valid[ao] (?:fino al|fino a|per)|validità|geçerlilik(?: süresi)?|(?:hold|holding|keep|keeping|mantenemos|mantengo|maintenons|maintiens|halten|halte|houden|houd|mantemos|mantenho) (?:(?:the |this |my )?(?:date|slot) and )?(?:the |this |that |your |el |este |ese |le |ce |den |diesen |diese |die |de |deze |o |esse |este )?(?:(?:package|project|day|hourly|quoted|special) )?(?:dates?|price|rate|offer|quote|quotation|estimate|slot|rooms?|stone|precio|presupuesto|prix|tarif|devis|preise?|angebot|prijs|offerte|valor|preço|oferta|orçamento)(?: for you| open)? (?:until|till|through|hasta(?: el)?|jusqu'au|bis(?: zum| am)?|tot(?: en met)?|até(?: ao?)?)|if (?:you|we) (?:can )?(?:confirm|book|sign|go ahead) (?:by|before)|(?:hold|holding|keep|keeping) (?:the |this |my |your )?(?:dates?|slot|price|rate|rooms?|stone|booking)(?: for you)?(?: at (?:this|that|the) price)? for(?= (?:a |one |two |\d))|(?:hold|holding|keep|keeping|guardo|reservo|houd) [^.\n]{1,30}? (?:for you|para (?:vosotros|ti|usted(?:es)?)|voor (?:jullie|je|u)) (?:until|till|hasta(?: el)?|tot(?: en met)?)|(?:os |te |le |les )?guardo (?:la fecha|el día|el precio)(?: durante| por)?|als (?:jullie|je|u) (?:vóór|voor|tot en met|uiterlijk)(?= [^.\n]{1,30} (?:boeken|boekt|bevestigen|bevestigt|tekenen|tekent|akkoord))|good(?<=(?:price|quote|offer|rate|pricing|estimate|figure)s? (?:is |are )?good)(?= (?:till|til|until) )|tient(?= jusqu)|expir(?:y|es|ation)(?: date)?(?=\s?:)|vervaldatum(?: (?:van de )?offerte)|(?:offer|quote|quotation|price|pricing)s? (?:is|are) actual (?:until|till|to)|(?:je vous |nous vous )?gard(?:e|ons) (?:ce|le|votre) (?:prix|tarif|devis)(?: et la date)?(?= jusqu)|(?:halte|halten) (?:ich|wir) (?:ihnen|dir|euch)(?= bis)|vale(?= até)|sign and return (?:the |this |our |my )?(?:enclosed |attached )?(?:[a-z]{2,15} ){0,3}(?:by|before)|(?:an (?:dieses|das|unser|mein) angebot )?(?:halte ich mich|halten wir uns)(?: an (?:dieses|das|unser|mein) angebot)?|(?:houd|houden) (?:deze|de|onze|mijn) (?:prijs|offerte|aanbieding)|se (?:fecharmos|confirmar(?:mos)?) até|si (?:confirmas|confirma|confirmáis) antes del?|si vous (?:confirmez|validez) avant(?: le)?|(?:precios?|presupuesto|oferta|cotización|propuesta|valores?) se mantienen? (?:por|durante|hasta(?: el)?)|(?:preços?|valores?|orçamento|proposta) (?:se mantêm|se mantém|mantém-se|garantid[oa]s?) (?:por|durante|até)|válid[oa] para (?:contratação|fechamento|confirmação) até|(?:mantenho|seguro) (?:as condições|esse preço|este preço|o preço|os preços|o valor|a proposta) até|(?:de )?(?:datum|dag|prijs) (?:hou|houd) (?:ik|we)(?= )|(?:je vous |nous vous )?(?:bloque|bloquons|réserve|réservons|garde|gardons) (?:la date|le créneau|la journée)(?= jusqu| pendant))(?![a-zà-ÿ])/gi;
// The bare word when the period or date comes right after it: "valable 1 mois", "gültig 4 Wochen".
const BARE_VALIDITY_WORD =
  /(?<![a-zà-ÿ])(?:valid|valid[ao]|valides?|valables?|gültig|geldig|válid[oa]s?)(?![a-zà-ÿ])/gi;
const PERIOD_AFTER = new RegExp(
  `^[\\s:*,-]{0,6}(?:for\\s|für\\s|pendant\\s|por\\s|durante\\s|gedurende\\s|de\\s)?(?:the (?:next|coming|following)\\s)?(\\d{1,3}|${COUNT_WORDS})(?:\\s\\(\\d{1,3}\\))?\\s(${PERIOD_UNITS})(?![a-zà-ÿ])`,
  'i',
);
// German and Dutch put the word last: "30 Tage gültig", "14 dagen geldig", "bis zum 30.04. gültig".
const PERIOD_BEFORE = new RegExp(
  `(?<![\\d.,])(\\d{1,3}|${COUNT_WORDS})\\s(${PERIOD_UNITS})(?:\\slang)?\\s?$`,
  'i',
);
const FROM_ANOTHER_DAY =
  /^\s(?:from|after|following|ab|nach|à compter d[eu]|à partir d[eu]|desde|a partir d[eo]|vanaf|na)\s(?!today|now|heute|ce jour|hoy|vandaag|hoje|(?:the )?date above|(?:this|that) date|datum|cette date|esta fecha|deze datum|esta data|(?:the |this |la |le |el |de |o |a |dem |der |diesem |dieser )?(?:date (?:of|on) (?:this|the) (?:quote|offer|proposal|letter|email|estimate)|quote|offer|proposal|estimate|issue|receipt|date of issue|angebots?datum|datum dieses angebots|date du devis|fecha (?:del presupuesto|de emisión)|offertedatum|data (?:da proposta|do orçamento)))/i;
const UNTIL_BEFORE = /(?<![a-zà-ÿ])(?:bis(?: zum| am)?|tot(?: en met)?|t\/m)\s$/i;

/** Finds the date a proposal's offer ends: stated outright, or a period counted from when it was sent. */
export function extractValidUntil(
  text: string,
  reading: DateReading,
  index?: TrigramIndex,
): StatedValidity | null {
  const found = mayOccur(VALIDITY_WORD, index) ? findAfterWords(text, VALIDITY_WORD, reading, true) : null;
  if (found || !mayOccur(BARE_VALIDITY_WORD, index)) return found;
  return findAfterWords(text, BARE_VALIDITY_WORD, reading, false) ?? findBeforeWord(text, reading);
}

function findAfterWords(
  text: string,
  words: RegExp,
  reading: DateReading,
  dateMayTrail: boolean,
): StatedValidity | null {
  words.lastIndex = 0;
  let looked = 0;
  for (let match = words.exec(text); match && looked < 20; match = words.exec(text)) {
    looked++;
    const end = match.index + match[0].length;
    const window = text.slice(end, end + 50).split('\n')[0] ?? '';
    const stated = readFirstStatedDate(window, reading);
    // After the bare word the date must follow at once ("valable 30 avril"), not somewhere later.
    if (stated && stated.index <= (dateMayTrail ? 20 : 2)) {
      return {
        validUntil: toIsoDate(stated.day),
        phrase: `${match[0]} ${window.slice(stated.index, stated.end)}`,
      };
    }
    const period = PERIOD_AFTER.exec(window);
    if (period) {
      const periodEnd = end + period.index + period[0].length;
      // "valid for 90 days from the closing date" counts from another day: the day the email names
      // for it ("... of 15 January 2027", "(12 février 2027)"; proposal-wording-7 pw7-005, -038,
      // -048), or none when it names none.
      const counted = FROM_ANOTHER_DAY.test(window.slice(period.index + period[0].length))
        ? countFromNamedDay(period, `${match[0]}${period[0]}`, text.slice(periodEnd, periodEnd + 90), reading)
        : countFromSendDay(period, `${match[0]}${period[0]}`, reading);
      if (counted) return counted;
    }
    // "holds until Friday", "se fecharmos até sexta", "until the end of the year", "bis Ende Januar":
    // a day said relative to the send day, read as the due-date reader reads it.
    const relative = dateMayTrail ? readRelativeDayAfter(window, reading) : null;
    if (relative) return { validUntil: toIsoDate(relative.day), phrase: `${match[0]} ${relative.words}` };
    // "quote is valid through the end of the year": the next, overlapping wording may say when.
    words.lastIndex = match.index + 1;
  }
  return null;
}

function readRelativeDayAfter(window: string, reading: DateReading): RelativeDay | null {
  const start = startDay(reading);
  const relative = start ? readRelativeDay(window, start) : null;
  return relative?.isDeadline ? relative : null;
}

function findBeforeWord(text: string, reading: DateReading): StatedValidity | null {
  BARE_VALIDITY_WORD.lastIndex = 0;
  let looked = 0;
  for (
    let match = BARE_VALIDITY_WORD.exec(text);
    match && looked < 20;
    match = BARE_VALIDITY_WORD.exec(text)
  ) {
    looked++;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const period = PERIOD_BEFORE.exec(before);
    if (period) {
      const counted = countFromSendDay(period, `${period[0]}${match[0]}`, reading);
      if (counted) return counted;
    }
    const stated = lastDateEndingAt(before, reading);
    if (stated && UNTIL_BEFORE.test(before.slice(0, stated.index))) {
      return {
        validUntil: toIsoDate(stated.day),
        phrase: `${before.slice(stated.index)}${match[0]}`.replace(/\s+/g, ' '),
      };
    }
  }
  return null;
}

/** The stated date that ends where `window` ends (a space or a dot allowed), if any. */
function lastDateEndingAt(window: string, reading: DateReading) {
  for (let from = 0; from < window.length; ) {
    const stated = readFirstStatedDate(window.slice(from), reading);
    if (!stated) return null;
    const index = from + stated.index;
    const end = from + stated.end;
    if (/^[.\s]{0,2}$/.test(window.slice(end))) return { day: stated.day, index };
    from = end;
  }
  return null;
}

/** A stated period (count in group 1, unit in group 2) counted from the day the mail was sent. */
function countFromSendDay(
  period: RegExpExecArray,
  phrase: string,
  reading: DateReading,
): StatedValidity | null {
  const start = startDay(reading);
  return start ? countFrom(start, period, phrase) : null;
}

/** A stated period counted from the first date written in `after`, on the same line. */
function countFromNamedDay(
  period: RegExpExecArray,
  phrase: string,
  after: string,
  reading: DateReading,
): StatedValidity | null {
  const line = after.split('\n')[0] ?? '';
  const stated = readFirstStatedDate(line, reading);
  if (!stated) return null;
  return countFrom(stated.day, period, `${phrase}${line.slice(0, stated.end)}`);
}

function countFrom(start: CalendarDay, period: RegExpExecArray, phrase: string): StatedValidity {
  const day = addStatedPeriod(start, {
    count: readCount(period[1] ?? ''),
    unit: readPeriodUnit(period[2] ?? ''),
  });
  return { validUntil: toIsoDate(day), phrase: phrase.replace(/\s+/g, ' ') };
}
