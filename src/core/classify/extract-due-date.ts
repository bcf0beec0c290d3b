import {
  addCalendarDays,
  addCalendarMonths,
  type CalendarDay,
  calendarDayOf,
  dayOfIsoWeek,
  daysBetween,
  easterSunday,
  isRealCalendarDay,
  lastDayOfMonth,
  nextWeekday,
  toIsoDate,
  weekdayOf,
} from './calendar-day';
import { mayOccur, type TrigramIndex } from './cue-prefilter';
import { MONEY_MENTION } from './money-mention';
import { type DayAfterDueWord, dayAfterDueWord } from './read-after-due-word';
import { readAmountInWords } from './read-amount-in-words';
import {
  CARDINAL_DAY_ALTERNATION,
  cardinalDayNumber,
  DAY_BEFORE_ITS_MONTH_ALTERNATION,
  type DateReading,
  dayOfMonthWritten,
  MONTH_ALTERNATION,
  monthNumber,
  readFirstStatedDate,
  startsWithMonthName,
} from './read-stated-date';
import {
  addStatedPeriod,
  COUNT_WORDS,
  PERIOD_UNITS,
  readCount,
  readPeriodUnit,
  type StatedPeriod,
} from './read-stated-period';

/** A due date found in an email, and the words that stated it (for the user-facing signal). */
/** A due date with where its words start in the text, to tell which of two came first. */
type PlacedDueDate = StatedDueDate & { at: number };

export interface StatedDueDate {
  /** ISO `YYYY-MM-DD`. */
  dueDate: string;
  /** How it was stated, e.g. "Net 30" or "due 18 March". */
  phrase: string;
  /**
   * The sentence that states it speaks of paying ("Payment terms: by 10.07.2026", "Net 15"), not only a
   * deadline after money named earlier ("… the $450. Should be with you by tomorrow").
   */
  saysPayment: boolean;
}

// biome-ignore format: a table reads better by language than one name per line
const WEEKDAY_NUMBERS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6,
  zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6,
  'segunda-feira': 1, 'terça-feira': 2, 'terca-feira': 2, 'quarta-feira': 3, 'quinta-feira': 4, 'sexta-feira': 5,
  // Short forms: "due by Fri", "on Thurs", "até sexta".
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 0,
  segunda: 1, terça: 2, quarta: 3, quinta: 4, sexta: 5,
};
const WEEKDAY_NAMES = Object.keys(WEEKDAY_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// Paying named with a weekday or the month's end and nothing between: "Pago a final de mes, como siempre",
// "Paiement en fin de mois", "Zahlung zum Monatsende", "me lo pagas el jueves", "vous pourrez me régler
// mardi", "pode me pagar na sexta" (field-wording-8 fw8-056, fw8-061, fw8-064). Only those two follow, so
// "Zahlung am 3.2. erhalten" on a thank-you is never read as a deadline, and the client's own payment
// ("für Ihre Zahlung am Freitag") is one already made.
const CLIENTS_OWN = 'ihre|deine|eure|votre|ton|su|tu|uw|je|seu|sua';
const PAYMENT_NOUNS = 'pago|paiement|règlement|zahlung|betaling|pagamento';
const PAYMENT_ON_A_DAY = `(?:(?<!(?:${CLIENTS_OWN}) )(?:pago (?:me|nos) lo (?:hace|haces|hacen)|pagamento (?:me|nos) (?:faz|fazem)|(?:dejar|deje|dejes)(?:la|lo)? pagad[ao]s?|(?:betalen|overmaken) graag|(?:pode|poderia|consegue) (?:me )?pagar|cancelarl[oa]|(?:la|lo|las|los) cancelen?|${PAYMENT_NOUNS}|(?:me|nos|nous)\\s(?:(?:lo|la|los|las)\\s)?(?:(?:puedes|podéis|podés|podrías|podríai|podís|puede|podría)\\s)?(?:pagas|pagues|pague|pagar|régler|payer|verser|pasas|pasáis|pasar|transfieres|transferís|transferir|depositas|depositar))(?:\\s(?:por|par|per|via|by|mit|met|em)\\s(?:transferencia|transferência|virement|(?:bank )?transfer|überweisung|overboeking|pix|bizum|cheque|chèque))?)(?=,?\\s(?:(?:a|al|el|en|à la|le|zum|am|aan het|op|no|na|ao|à)\\s)?(?:fin|final|fim|einde?|ende|monatsende|mediados|meados|mitte|medio|half|mi-|mid-|início|começo|début|principios|anfang|pasado mañana|${WEEKDAY_NAMES})(?![a-zà-ÿ]))`;
// The client asked to pay on a day of the month: "vous pouvez régler le 10 du mois prochain", "Paiement le
// 10" (field-wording-13 fw13-014), "você paga no dia 25" (field-wording-8 fw8-062); not the sender's own
// paying ("je vais régler le 10"), nor a whole date a payment was made on ("Paiement le 10/08/2027 reçu").
const PAYMENT_ON_A_MONTH_DAY = `(?:(?:régler|payer|pagar|paga|pagas|pague|betalen|overmaken|bezahlen|überweisen)(?<!(?:je|j'|nous|ich|wir|ik|wij|eu|yo|vou|voy a|puedo|posso|vais|peux|pourrai|allons|pouvons|kann|werde|können|werden|kan|zal)\\s?[a-zà-ÿ]{5,10})|(?:${PAYMENT_NOUNS})(?<!(?:${CLIENTS_OWN}) [a-zà-ÿ]{4,9}))(?=\\s(?:le|el|el día|el próximo día|am|op|no dia|o dia|no próximo dia|o próximo dia)\\s\\d{1,2}(?!\\d|[.,/-]\\d))`;

// A payment that was planned for a day, said in the past: "estava previsto para 1º de março", "era pra ter caído
// dia 10", "quedaba para el lunes 19" (field-wording-17): a passed due day.
const PLANNED_FOR =
  '(?:estava|estaba|era|quedaba|quedó|ficou) (?:previst[oa] )?(?:para|pra)(?: ter caído)?(?: o| el| dia| o dia)?';

const PLANNED_FOR_ALONE = new RegExp(`^${PLANNED_FOR}$`, 'i');

// Words that by themselves mean "money owed by this day" in the six languages. A direct debit names the
// day it is taken: "schrijven wij dit bedrag op maandag 4 januari 2027 automatisch af" (field-wording-26
// fw26-065), "wird am 8. Dezember 2026 per SEPA-Lastschrift … eingezogen". A credit period opens its
// sentence: "Credit 60 days as per our agreement" (field-wording-34 fw34-042), not "We'll credit 30 days".
// "la facture … arrivait à terme le lundi 15 mars" (field-wording-33 fw33-054).
// "we collect by direct debit on the 28th of the month following the invoice date" (field-wording-5 fw5-015).
// A UK construction contract's "the final date for payment is 28 days after receipt of this application";
// "This will be collected by Direct Debit ten working days after the invoice date" (field-wording-38 fw38-063,
// fw38-013).
// A machine "due for its annual before November 25" is due a service (field-wording-35 fw35-065).
const PAYMENT_DUE_WORDS = `(?<![a-zà-ÿ])(?:(?<!not (?:yet )?)due(?! to\\b| diligence\\b| for (?:its|their|his|her|a|an) (?!payment))(?: in full)?(?: date| on| by)?|(?:new|revised|agreed) (?:payment|due) date(?: proposed by [^:\\n]{1,40})?|new date(?=\\s?:?\\s?\\d)|(?:sera|seront) prélevée?s?(?: le)?|will be (?:debited|collected|charged|taken)(?: by direct debit)?(?: on)?|(?:we|i)(?:'ll| will)? collect(?: (?:it|this|the (?:amount|balance|payment)))? by direct debit(?: on)?|wird(?= am (?:[^.\\n]|(?<=\\d)\\.){0,100}(?:eingezogen|abgebucht))|am(?= \\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\d{2,4})? von (?:ihrem|deinem|eurem|dem) konto (?:eingezogen|abgebucht))|(?:schrijven|incasseren) (?:wij|we)(?: (?:dit|het|uw) (?:factuur|totaal)?bedrag)?(?= op )|wordt (?:dit|het|uw) (?:factuur|totaal)?bedrag(?= op [^.\\n]{0,80}(?:afgeschreven|geïncasseerd))|(?:het|dit|uw) (?:factuur|totaal)?bedrag wordt(?= op [^.\\n]{0,80}(?:afgeschreven|geïncasseerd))|payment due|final date for payment(?: is)?|payable(?: on| by| before)?|pay(?:ment)? (?:by(?! the way)|before|b4|no later than|on or before)|remit(?: payment| the balance| the amount)? (?:by|before|no later than|on or before)|payment (?:can|may|should|must) be made(?: (?:on|by|before|at))?(?= (?:the|\\d|on|by|at|before|${WEEKDAY_NAMES})(?![a-zà-ÿ]))|(?<!(?:i|we)(?:'ll| will| can| shall) )(?:pay(?: it| me| us)?|settled?(?: it| this| the balance| the invoice| the bill)?|clear(?: it| this| the (?:balance|invoice|bill|dues|amount)))(?= (?:this|next|on|${WEEKDAY_NAMES}|(?:\\d{1,3}|${COUNT_WORDS}) (?:days?|weeks?) from (?:today|now)|(?:a week|a fortnight) (?:(?:from|on) )?(?:${WEEKDAY_NAMES}))(?![a-zà-ÿ]))|${PAYMENT_ON_A_DAY}|${PAYMENT_ON_A_MONTH_DAY}|paid (?:by|before|no later than)|settled? by|(?:i|we)(?:'ll| will| shall)? expect (?:it|payment|the (?:payment|transfer|money|funds|balance)) (?:by|before|on)|(?:over|past )due since|(?:outstanding|unpaid|pendiente|impag[ao]|em aberto|en souffrance|impayée?|offen|openstaand) (?:desde|since|depuis|seit|sinds)(?: (?:el|le|o|dem|den))?(?= \\d)|(?:el )?plazo (?:es|será)|fällig(?:keit|keitsdatum)?(?: ist(?: der [a-zäöü]*betrag)?| war(?: sie| er| es)?)?(?: am| bis| zum)?|zahlbar(?: bitte)?(?: bis| am| per)?(?: zum| spätestens)?|zahlb\\.|zahlungs(?:ziel|frist|termin)(?: bleibt| bleiben| ist)?|(?:date d')?échéance|(?:arriv(?:e|ait|era|ée)|venue?) à (?:son )?(?:terme|échéance)(?: le)?|à régler(?: (?:avant|au plus tard|pour))?(?: le)?|date limite de (?:paiement|règlement)(?: le| au)?|data limite (?:de|para) pagamento|(?:nouvelle )?date limite(?=\\s?:)|payable (?:avant|au plus tard)(?: le)?|à payer avant(?: le)?|exigible(?: le)?|échue?s?(?: depuis)?(?: le)?(?= \\d)|vencid[ao]s? (?:desde|em|el|el día|no dia|a)|se pagan?(?= (?:el|antes|a|al|hasta) )|(?:é|são|será|serão) pag[ao]s?(?= (?:antecipadamente,? |adiantad[ao],? )?(?:todo dia|no dia|até|dia) )|(?:pago|pagamento) (?:se (?:realiza|hace|efectúa)|é feito|(?:sea|seja) (?:hecho|feito|realizado|efectuado))(?= (?:el|no|a|até|antes) )|vervallen(?: op| sinds)?(?= \\d)|vencimento(?= todo)|dûe? le|vence(?: el)?|venció(?: el)?|vencía(?: el)?|${PLANNED_FOR}(?= (?:\\d|el \\d|dia \\d|(?:el )?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)))|venceu|vencia (?:em|no dia|a)|(?:fecha de )?vencimiento|vto\\.?(?=\\s?:)|fecha límite de pago|pagadero(?: el| antes del)?|vervaldatum|vervaldag|(?:uiterste )?betaaldatum|(?:uiterste )?betaaldag|betalen t\\.\\s?e\\.\\s?m\\.|(?<!(?:voorschot|aanbetaling|reeds|al|is|werd|zijn|werden) )betaald (?:op|vóór|voor)|(?:betalen|overmaken) kan(?= op (?:de )?\\d)|vervalt(?: op)?|betaalbaar(?: (?:binnen|op|vóór|voor|tegen))?|te betalen (?:vóór|voor|uiterlijk|tegen)(?: op)?|te betalen(?= binnen )|(?:data de )?vencimento|data venc\\.(?=\\s?:)|vence (?:em|no dia)|(?:pagar|pagamento|pago) at[ée]|boleto (?:para|a)(?= \\d{1,3} dias)|prazo de (?:pagamento|liquidação)|payment terms(?: are| of| remain| stay)?|payment term(?=\\s?:)|credit (?:period|terms)(?=\\s?:)|payment window(?=\\s?:)|(?<=(?:^|[.!\\n]\\s{0,3}))credit(?: (?:period|terms))?(?=\\s?:?\\s\\d{1,3}\\s?days(?![a-z])(?! of))|terms (?:don't|do not|won't|will not) change(?=\\s?:)|terms(?: as (?:before|usual|agreed|always))?(?=\\s?:|\\s?[,—–-]\\s)|(?:(?:our|my|the|usual) )?terms(?: (?:for|on|of) [a-z]+(?: [a-z]+)?)? (?:are|were)(?: (?:unchanged|the same|as before),?)?|terms of payment|délai de (?:paiement|règlement)|plazo de pago|betaa?lingstermijn(?: van| is)?|te voldoen(?=\\s?:|\\sbinnen\\s)|betaaltermijn(?: blijft| is)?|condições de pagamento|conditions de (?:paiement|règlement)(?=\\s?:)|condiciones de pago|condici[óo]n de pago|condici[óo]n(?=\\s?:\\s?\\d)|conditions(?=\\s?:\\s?\\d{1,3}\\s(?:jours|days)(?![a-z]))|(?:condici[óo]n(?: de venta)?\\s?:\\s?)?cr[ée]dito(?: a)?(?= \\d{1,3} d[íi]as)|(?:plazo|prazo)(?=\\s?:\\s?\\d{1,3}\\s(?:días|dias)(?![a-zà-ÿ])(?!\\s(?:hábiles|úteis|de (?:entrega|trabajo|trabalho|obra))))|zahlungsbedingungen(?=\\s?:)|betalingsvoorwaarden(?=\\s?:)|scadenza(?: il| del)?|scad(?:e|uta|uto) il|da (?:pagare|saldare) entro(?: il)?|pagamento entro(?: il)?|termini di pagamento)(?![a-zà-ÿ])`;
// Words that set a deadline only when the sentence is about paying ("no later than", "uiterlijk", "Het
// resterende bedrag … mag eind deze maand", field-wording-4 fw4-073-nl). "When I drove by Monday" passed by
// (field-wording-35 fw35-049). "la transferencia de aquí al viernes 30 de octubre" (field-wording-36
// fw36-052); Dutch "tegen" before a feast or an end: "betalen tegen Sint-Jan", "tegen het einde van deze maand"
// (field-wording-39 fw39-057, field-wording-52 fw52-072). "I'll swing back by on the 26th" visits
// (field-wording-53 fw53-010). A reply taking the client's day: "passt, dann am 31. Juli", "va pour le
// vendredi 15 janvier comme vous le proposez", "Fica combinado pro dia 12" (field-wording-34 fw34-034,
// field-wording-32 fw32-056).
const DEADLINE_WORDS =
  "(?<![a-zà-ÿ])(?:deadline|no later than|not later than|latest(?<!(?:the|our|my|your|their|his|her|its) latest)(?: by| on)?|(?<!(?:drove|drive|driving|drop|dropped|stop|stopped|swing|swung|pop|popped|came|come|went|go|walk|walked|pass|passed)(?: back)? )by|(?<!(?:as|than|like|ever|never) )before(?!\\s?:)|(?:until|(?<!the )till)(?<!(?:back|away|closed|shut|off|out|leave|open) (?:until|till))|bis(?: spätestens)?(?: zum)?|spätestens(?: am| bis)?|au plus tard(?: le)?|avant le|a más tardar(?: el)?|de aquí al?|passt,? dann(?: am| bis)?|(?:fica )?combinado,? (?:pro|para o|para)(?: dia)?|(?<!(?:il|elle|on) )va pour(?: le)?|como (?:mucho|máximo|muy tarde|tarde|tope)(?: el)?|antes del?|antes d[oa]|(?:se puder|si puedes|si puede|si vous pouvez|if you can)(?=,)|ten laatste(?: op)?|vor(?= (?:dem wochenende|ende|(?:dem )?\\d{1,2}\\.|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?![a-zà-ÿ]))|zum(?= (?:monatsende|ende (?:des )?monats|ende monat|monatsersten|\\d{1,2}\\.)(?![a-zà-ÿ]))|(?:could|can|would) you (?:do|manage|make it)(?= (?:by |on )?(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the \\d))|fecha límite|sagen wir|(?:could|can|shall) we say|let'?s say|let us say|disons|digamos|dá pra (?:entrar|pagar|cair|fazer)(?: o pagamento)?|uiterlijk(?: op)?|mag(?= (?:eind|einde|half|tot|vóór) )|vóór|voor(?<!(?:staan|staat|stond|stonden|gepland|bedankt|dank|dank je|dank u) voor)|d'ici(?: le| au)?|(?<!(?:abrazo|saludos|besos?) y )hasta(?: el)?|(?<!(?:abraço|abraços|beijos?) e )até|(?<!(?:^|[.!?\\n])\\s{0,3})tot(?: en met)?|entro(?: il)?|(?:est|sont) (?:donc )?attendue?s? (?:le|pour le)|en(?= début de (?:la )?semaine prochaine)|pour(?<!(?:était|étaient|devait être [a-zé]+|prévue?s?|merci|remerciements?) pour)(?= (?:la fin|fin|le \\d|le premier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![a-zà-ÿ]))|para(?<!(?:marcad[ao]|previst[ao]|agendad[ao]|programad[ao]|fica|queda|quedó|citad[ao]|reservad[ao]) para)(?= (?:(?:el|la) [^.\\n()]{2,40}(?=\\()|el \\d|el (?:próximo )?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|fin de mes|finales de|el fin de|mediados|pasado mañana|mañana)(?![a-zà-ÿ]))|tegen(?= (?:sint-[a-z]+|kerst(?:mis)?|pasen|pinksteren|koningsdag|nieuwjaar|sinterklaas|het einde|eind|half|medio|midden|de eerste|de \\d{1,2}(?:ste|de|e)?|\\d{1,2}[/.-]\\d{1,2}|\\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?![a-zà-ÿ]))|avant(?= (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la fin|fin)))(?![a-zà-ÿ])";
// Money still owed or asked ahead counts ("still outstanding", "Direct deposit within 7 days", "acompte
// … avant le"), and so does an amount, unless the sender is promising work ("€900: I can deliver by
// Friday"). Evidence: tests/fixtures/classify/invoice-wording.jsonl, whose due dates these sentences missed.
// An American check is paid by post: "If you'd mail the check in time to reach us by Tuesday the 10th"
// (field-wording-35 fw35-049).
// A deposit is a "sinal" or "señal" when a sum follows: "pedimos um sinal de 30 % (34.050,00 MT) até
// sexta-feira, 5 de Junho" (field-wording-39 fw39-077). A balance sheet is the client's books, not a
// balance owed: "P&L and balance sheet saved … Your CPA needs documents by Friday" (field-wording-60 fw60-019).
// "Please get the check to us by Tuesday 6/18" (field-wording-60 fw60-073).
const PAYMENT_WORDS =
  /pay|paid|payment|invoice|remit|(?<![a-z])eft(?![a-z])|settle|balance(?! sheets?)|saldo|amount|transfer|transfier|wire|outstanding|owing|owed|deposit|depósito|zahl|überweis|begleich|rechnung|betrag|anzahlung|paiement|payer|r[éèe]gl|facture|montant|acompte|verser|pag(?:[ao]|as|ue|ues)(?![a-zà-ÿ])|pagar|pagad|pagam|factura|abon|importe|pendiente|liquidad[ao]|liquidar|liquidação|(?:la|lo|las|los) cancel(?:e|en|ar)(?![a-z])|openstaand|staat (?:nog )?open|noch offen|betal|betaal|factuur|overmak|overboek|overschrij[vf]|voldoen|voldaan|bedrag|aanbetaling|pagamento|fatura|boleto|valor|em aberto|virement|cheque|(?:mail|send|post|drop off|get)(?: (?:us|me))? (?:the |a |your )?check(?![a-zà-ÿ-])|by check(?![a-zà-ÿ-])|cash app|venmo|paypal|zelle|bizum|tikkie|stripe|sort code|iban|(?:the|my|our|usual|bank) account(?![a-z])|direct debit|domicilia|lastschrift|prélèvement|incasso|débito|bonifico|fattura|funds|r[ée]gulari[zcs]|acertar|anticipo|s(?:inal|eñal)(?= (?:de |del )?(?:\d|r\$|€|\$))|bank (?:it )?in(?![a-zà-ÿ])/i;
const STATED_AMOUNT = new RegExp(MONEY_MENTION, 'i');

/** Whether `text` names a sum, in figures ("€240") or in words ("zweihundertvierzig Euro", fw5-051). */
function namesAnAmount(text: string): boolean {
  return STATED_AMOUNT.test(text) || readAmountInWords(text) !== null;
}

/** Whether `text` speaks of paying or names a sum. */
function speaksOfMoney(text: string): boolean {
  return PAYMENT_WORDS.test(text) || namesAnAmount(text);
}
// The money named a sentence or two before, asked for with a pronoun: "a 30% deposit, which comes to
// $780. Once it's in, the day is yours. Could you send it within 7 days?" (invoice-wording.jsonl iw004),
// "a booking fee of £500 … I'd need it within 10 days" (invoice-wording-2.jsonl iv2-003), "Your half: TT$
// 4,500.00 … We would be grateful to receive it by the Wednesday before the wedding" (field-wording-14 fw14-050).
const ASKS_TO_SEND_IT =
  /(?<![a-zà-ÿ])(?:(?:(?:could|can|would) you|please)\s(?:\w+\s)?(?:send|pay|transfer|wire)|(?:i|we)(?:'d| would)? need|(?:grateful|glad|happy) to receive|you (?:could|can) (?:get|send|pay|transfer|wire|settle))\s(?:it|this|that|them)(?![a-zà-ÿ])/i;
// "Consigo segurar esse valor até o Dia das Crianças (12/10)" (field-wording-37 fw37-055) holds a price too.
const OFFER_KEPT =
  /(?<![a-zà-ÿ])(?:keep|hold|honou?r|manter|mantener|mantenemos|mantengo|maintenir|maintenons|halten|houden|segurar|seguro)\s(?:\w+\s)?(?:price|rate|quote|offer|valor|preço|precio|prix|tarif|preis|angebot|prijs|oferta)/i;
// The sender's own payment: "I've just sent the $450 for the printing. Should be with you by tomorrow."
const SENDER_PAID =
  /(?<![a-zà-ÿ])(?:i|we)(?:'ve| have)? (?:just |already )?(?:sent|paid|transferred|wired)(?: you)? (?:the|your)(?![a-zà-ÿ])/i;
const SENDER_PROMISE =
  /(?<![a-zà-ÿ])(?:(?:i|we)(?:'ll|'d(?! (?:love|like|appreciate|be grateful))| will| can| could| would(?! (?:love|like|appreciate|be grateful))| shall)|ich (?:kann|werde)|wir (?:können|werden)|je (?:peux|vais|pourrai)|nous (?:pouvons|allons)|puedo|podemos|voy a|vamos a|ik (?:kan|zal)|wij? (?:kunnen|zullen)|posso|vou)(?![a-zà-ÿ])/i;
// Someone else's promise, opening its sentence: "Oliver will send his slides for the AV check by 11 March"
// after the balance (field-wording-8 fw8-005). Names are read by their capital; the client ("You'll have
// it") is not someone else.
const SOMEONE_ELSES_PROMISE =
  /^\s*(?:(?!(?:You|Du|Sie|Vous|Usted|Ustedes|Jij|Je|U|Você|Vocês)\s)[A-ZÀ-Ý][a-zà-ÿ]+|[Hh]e|[Ss]he|[Tt]hey)(?:'ll|\s(?:will|is going to|wird|va|vont|zal|vai))\s/;

// Deadlines that are the sender's delivery or the client's decision, not a payment: "you'd have it back
// by Friday", "let me know by Friday", "Levering binnen tien werkdagen" (tuning-wording.jsonl).
// An offer's validity is not a due date either: "This price holds until 31 May", "bis zum 30.04. gültig"
// (field-wording.jsonl), "This offer is open until Friday", "confirm by 10 December to keep this price".
// "please place orders by 15th March" is the buyer's next order (field-wording-27 fw27-023); "I'll be in the
// studio until the 23rd" is the sender's own time (field-wording-31 fw31-047). Validity in the other languages
// too: "Preisbindung bis 30.11.", "precios vigentes hasta", "Dit voorstel geldt ten laatste tot" (field-wording-58,
// -59). "I'll send the 360 summary
// the week after, by June 7" the sender's own delivery (field-wording-60 fw60-060).
const DELIVERY_OR_DECISION =
  /deliver|(?:is|are) actual(?![a-z])|(?:me|us|mir|uns|nous|nos|ons) (?:dire|tell|sagen|decir|zeggen|dizer)|tell me|dites-moi|laat (?:me|ons) weten|(?:check|review|look over|proofread) (?:the|it|this|these)|have it (?:back|ready|done)|(?:be|go|goes) live|launch|be (?:ready|done|finished|installed)|turn(?:ed)? ?around|let me know|get back to me|confirm|liefer|livr|entreg|lever|holds?|stands?|held|(?:price|rate|quote|offer|estimate) (?:is|stays|remains) good|if (?:you|they) book|valid|gültig|gilt|gelten|valable|válid|geldig|preisbindung|vigentes?|congelad[oa]|(?:angebot|preise?|offerte) (?:bleibt|bleiben)(?![a-zà-ÿ])|gebunden|(?:voorstel|offerte|prijs|aanbod) geldt|vasthouden|garantid[oa]s?|caduca|lapses?|open|keep (?:this|the) (?:price|rate)|locked|guaranteed|(?:re)?orders? (?:placed|received|made)|place (?:your |the |any |all )?(?:re)?orders?|reorders|(?:les|vos) commandes|bestellungen|bestellingen|hono(?:u)?r|expir|fecharmos|manten|mantemos|mant[ée]m|mantêm|mantiene|maint(?:ien|enons)|halten|hält|houden|holding|vorbeibring|vorbei bring|(?<![a-z])(?:i'?ll|i will|we'?ll|we will|i'm|we're) (?:be )?(?:in the (?:studio|office|shop|workshop)|away|off|around|open|closed)|(?<![a-z])(?:i'?ll|i will|we'?ll|we will) (?:send|e-?mail|share|upload) (?:you |over )?(?:the|your|a|an|my|our)(?! (?:invoice|bill|reminder|payment|receipt|statement|bank|account|details))/i;

/**
 * Whether `text` (the words before or around a deadline) is about the client paying. An amount alone
 * counts only where `amountCounts` (a deadline word, not a period, which more often times the work).
 */
function isAboutPaying(text: string, amountCounts: boolean, restOfSentence = ''): boolean {
  const sentence = `${text.slice(sentenceStartIn(text))}${restOfSentence}`;
  // "Se fecharmos até sexta, consigo manter esse valor": the day keeps an offer's price, whatever
  // money word the sentence holds (proposal-wording-2.jsonl).
  if (OFFER_KEPT.test(sentence)) return false;
  if (PAYMENT_WORDS.test(sentence)) return true;
  // A sentence about the offer's validity or the delivery is not made about paying by the total
  // named before it: "Totaalbedrag: € 3.250,00. De offerte is geldig tot 15 april" (unseen-wording u138).
  if (DELIVERY_OR_DECISION.test(sentence) || SOMEONE_ELSES_PROMISE.test(sentence)) return false;
  if (PAYMENT_WORDS.test(text)) return true;
  if (!amountCounts || !namesAnAmount(text) || SENDER_PAID.test(text)) return false;
  return !SENDER_PROMISE.test(sentence);
}

/**
 * The words after a deadline word up to the end of their sentence (at most 60 characters). A dot
 * after a digit stays inside: it is a date's ("bis zum 30.04. gültig").
 */
function sentenceRestAfter(text: string, end: number): string {
  return text.slice(end, end + 60).split(/(?:(?<!\d)\.|[!?])(?=\s|$)|\n/)[0] ?? '';
}

const DUE_WORD = new RegExp(PAYMENT_DUE_WORDS, 'gi');
// German and Dutch put the verb last: "die am 3. Februar fällig war", "op 15 februari vervallen".
const DUE_WORD_AFTER_DATE =
  /(?<![a-zà-ÿ])(?:fällig|vervallen|vervalt|verlopen|te betalen|te voldoen|te storten|over te maken|over te schrijven|zu zahlen|zu begleichen|zu überweisen|voldoen|betalen|overmaken|überweisen|einzahlen|begleichen|verwacht|erwartet|betaald (?:moeten|had moeten) zijn|(?:is|wordt) (?:voor (?:mij|ons) )?de uiterste (?:betaal)?(?:datum|dag)|(?:on (?:it|the invoice|the bill|there) )?as (?:the |its )?(?:new )?due date|me (?:transfer[ií]s|transfieres|transfiere|pag[aá]s|paga|deposit[aá]s)|(?:at the (?:very )?)?latest(?! by| on))(?![a-zà-ÿ])/gi;
// A period with its count, in figures or words: not "this week".
const COUNTED = new RegExp(`\\d|(?<![a-zà-ÿ])(?:${COUNT_WORDS}|huitaine|quinzaine)(?![a-zà-ÿ])`, 'i');
// German and Dutch put the due word last, its day before it ("am 1. April fällig").
const VERB_LAST_DUE_WORD = /^(?:fällig|vervallen|vervalt)$/i;
// "It had 31/3 on it as the due date" (field-wording-52 fw52-025) names what the day is.
const SAYS_DUE_BY_ITSELF = new RegExp(`${VERB_LAST_DUE_WORD.source}|due date$`, 'i');
const DEADLINE_WORD = new RegExp(DEADLINE_WORDS, 'gi');

// "Terms: 15 days" is how an invoice's footer states its payment terms.
// "14 day terms" (pay-wording pw-en-12); "7 days please." alone after an invoice (pw-en-29); "payable à
// 30 jours" after "notre facture n° 3318 du 12 mars" (field-wording-10 fw10-009).
const NET_TERMS =
  /(?<![a-z])(?:net\s?(\d{1,3})(?!\d)|terms:\s?(\d{1,3})\sdays(?![a-z])|(\d{1,3})[- ]days?(?: payment)? terms(?![a-z])|(?<=(?:^|[.!\n]\s{0,3}))(\d{1,3}) days,? (?:please|pls|thanks|thank you)(?![a-z])|(\d{1,3})\s(?:days|tage|jours|días|dias|dagen)\s(?:nett?|netto|netos?|líquidos?)(?![a-z])|netto\s(\d{1,3})\s(?:tage|dagen)|zahlungsziel:?\s(\d{1,3})\s(?:tage|tagen)|(?:payable|paiement|règlement|pago|pagadero|pagamento|vencimento|vencimiento|échéance)\s?:?\s(?:(?:es|est|é)\s)?(?:(?:à|a)\s)?(\d{1,3})\s(?:jours|días|dias)(?![a-zà-ÿ]))/i;
// French counts a week as "huitaine" and a fortnight as "quinzaine": "règlement sous huitaine".
const FRENCH_WEEK_TERMS = /(?<![a-zà-ÿ])(?:sous|à(?: la)?|dans la|d'ici)\s(huitaine|quinzaine)(?![a-zà-ÿ])/i;
// "Forma de pago: contado" on a Chilean factura is cash, due the send day (field-wording-33 fw33-065).
// "nos factures sont payables au comptant" (field-wording-38 fw38-076).
const ON_RECEIPT =
  /(?:due|payable|payment|pay|zahlbar|règlement|paiement|régler|pago|pagadero|betaling|pagamento)[^\n.\d]{0,20}?(?:(?:up)?on (?:receipt|presentation)|(?:à|dès|sur) (?:la |sa )?r[ée]cep(?:tion|\.)|a la recepción|al recibir|bij ontvangst|no recebimento|ao receber|(?:à|na) recep?ção|per omgaande)|te betalen\s?:?\s(?:onmiddellijk|direct)(?![a-zà-ÿ])|(?:paiement|règlement|conditions de (?:paiement|règlement)|payables?)\s?:?\s(?:au )?comptant(?![a-zà-ÿ])|(?:forma|condici[óo]n|condiciones) de pago\s?:?\s(?:al )?contado(?![a-zà-ÿ])|(?:paiement|règlement) à la commande|(?:due|payable|payment)\s(?:up)?on receipt|due immediately|payable immediately|payable immédiatement|paiement immédiat|(?<![a-z]\s)(?:up)?on receipt,?\s(?:please|thanks|thank you)|zahlbar sofort|(?:mit|bei) (?:zugang|erhalt|eingang) (?:dieser|der) rechnung (?:sofort )?(?:fällig|zahlbar)|zahlbar (?:(?:prompt|sofort|umgehend) )?(?:nach|bei) (?:rechnungs)?erhalt|sofort (?:fällig|zahlbar)|(?:payable|paiement) à (?:la )?réception|pago (?:a la recepción|inmediato|al recibir)|direct opeisbaar|per omgaande te (?:betalen|voldoen)|pagamento\s?:?\s(?:é )?(?:imediato|à vista|a pronto|no recebimento)|pronto pagamento|(?:payment|pay|settle(?:ment)?)\s(?:by\s)?return(?: of post)?(?![a-z])/i;
// "within the next 10 days", "innerhalb der nächsten 14 Tage", "dans les prochains 15 jours".
const THE_NEXT =
  '(?:the next|the coming|next|den nächsten|der nächsten|nächsten|les prochains|los próximos|de komende|de volgende|os próximos|próximos)\\s';
// "Whenever suits over the next fortnight is fine", "within the next week" (field-wording-4 fw4-007-en):
// after "the next" one unit needs no count.
// A count may be written again in a bracket: "within 7 (seven) working days from the date of this bill"
// (field-wording-39 fw39-006).
const ONE_UNIT_NEXT = '(week|fortnight|month|woche|monat|maand)';
const WITHIN_PERIOD = new RegExp(
  `(?<![a-zà-ÿ])(?:(?:within|in|innerhalb(?: von)?|innerh\\.|innert|binnen|sous|dans(?: un délai de| les)?|endéans(?: les)?|en(?: un plazo de)?|dentro de(?: los)?|a|à|em(?: até)?|até|no prazo de|nos|de|entro)\\s(?:${THE_NEXT})?|over\\s(?=the next|the coming|(?:\\d{1,3}|${COUNT_WORDS})\\s(?:dagen|weken|maanden)(?![a-zà-ÿ])))(?:(\\d{1,3}|${COUNT_WORDS})(?:\\s\\((?:\\d{1,3}|[a-z]{3,12}(?:[- ][a-z]{3,6})?)\\))?\\s(${PERIOD_UNITS})|(?<=${THE_NEXT})${ONE_UNIT_NEXT}|(?<=(?:binnen|within|dans|dentro|innerhalb) (?:de|the|le|del|des) )(maand|month|mois|mes|monats)|(?<=(?:innert|innerhalb) )(monatsfrist))(?![a-zà-ÿ])`,
  'gi',
);
// "binnen 14 Tagen nach Zugang dieser Erinnerung" counts from the mail's arrival (field-wording-34 fw34-062).
// A reminder's own days count from the reminder: "te betalen binnen tien kalenderdagen na deze aanmaning"
// (field-wording-59 fw59-060), "within 10 days of this letter".
const COUNTED_FROM_INVOICE =
  /^\s(?:of|from|after|na|nach|ab|après|à compter de|dès|de|desde|após|a partir de)\s(?:(?:the\s|la\s|de\s|der\s|dem\s|het\s|a\s|o\s)?(?:receipt|invoice|réception|facture|recepción|factura|ontvangst|factuur|recebimento|receção|recepção|fatura|erhalt|zugang|rechnung|rechnungsdatum|eingang|factuurdatum|dagtekening)|(?:this|deze|dit|dieser|diesem|dieses|cette|ce|cet|esta|este|deste|desta)\s(?:reminder|letter|notice|aanmaning|herinnering|brief|mahnung|zahlungserinnerung|erinnerung|schreiben|relance|lettre|courrier|recordatorio|aviso|carta|lembrete)(?![a-zà-ÿ]))/i;
const FROM_INVOICE_DATE =
  /^\s(?:(?:of|from|after|nach|ab|après|à compter de|de|da|desde|a partir de|a contar d[ae]|na|vanaf)\s(?:the\s|la\s|el\s|a\s|dem\s)?)?(?:(?:original|initial)\s)?(?:invoice date|fecha factura|date of (?:the |this )?(?:invoice|note|bill|fee note)|rechnungsdatum|date de (?:la )?facture|fecha de (?:la )?factura|factuurdatum|dagtekening(?! van deze)|data da fatura|data de emissão|date d'émission|fecha de (?:emisión|expedición)|statement date|date of (?:the |this )?statement)/i;
// Where the text dates the invoice: "Invoice 887 dated 20 November", "Rechnungsdatum: 20.11.2026".
// An invoice's header line "Date: 31/12/2026" (field-wording-9 fw9-006), "Fecha factura: 31/03/2027", and
// "facture n° 3318 du 12 mars" (field-wording-10 fw10-009, fw10-033), "Facture ESK-1212 — Genève, le 12 décembre
// 2026" (field-wording-31 fw31-034).
const INVOICE_DATED =
  /(?<![a-zà-ÿ])(?:dated|statement of account as at|statement as at|datée? du|datada de|com data de|date de facturation\s?:?|statement date:?|(?:facture|rechnung)[^\n]{0,30}?[—–-]\s[a-zà-ÿ' -]{2,30},\s(?:le|den)|fecha de facturación:?|data de faturação:?|billing date:?|con fecha|en date du|fechada el|gedateerd|de fecha|invoice date:?|rechnungsdatum:?|date de (?:la )?facture\s?:?|fecha (?:de (?:la )?)?factura:?|factuurdatum:?|dagtekening:?|data da fatura:?|fecha de (?:emisión|expedición):?|data de emissão:?|date d'émission\s?:?|(?:facture|rechnung|factura|fatura|factuur)(?:\s(?:[ABCEM]\s|[A-Z]{2,4}\s(?=\d))?(?:n[°ºo]\.?|nr\.?|nº)?\s?[\w/-]*\d(?:[\w/-]|\.(?=\d))*,?)?\s(?:(?:es|est|ist|is|é|foi|era)\s)?(?:du|vom|del|de(?: fecha)?|van)|(?<=^|\n)[^\S\n]*(?:date|datum|fecha|data)\s?:)[^\S\n]*/gi;

/**
 * A period at the start of `window` counted from the day it names: "30 days from invoice date" with the
 * invoice dated in the text, "30 days from the original date (2 November)".
 */
function periodFromNamedDay(window: string, text: string, reading: DateReading): CalendarDay | null {
  const period = PERIOD_AT_START.exec(window);
  const after = period ? window.slice(period[0].length) : '';
  const from = period && dayCountedFrom(after, text, reading);
  if (!period || !from) return null;
  // "Our trading terms are 45 days from end of month, so March's invoices fell due on 15/5" (field-wording-49
  // fw49-029): the day worked out, where the month counted from is not the send day's.
  const countedWords = COUNTED_FROM_CLAUSE.exec(after)?.[0] ?? '';
  const restated = countedWords ? restatedDay(after.slice(countedWords.length), reading) : null;
  if (restated) return restated.day;
  return addStatedPeriod(from, {
    count: readCount(period[1] ?? ''),
    unit: readPeriodUnit(period[2] ?? ''),
  });
}

/** The day the text dates the invoice: "Invoice 887 dated 20 November", "Invoice date: 30 September 2026". */
function invoiceDayInText(text: string, reading: DateReading): CalendarDay | null {
  INVOICE_DATED.lastIndex = 0;
  let looked = 0;
  for (let label = INVOICE_DATED.exec(text); label && looked < 10; label = INVOICE_DATED.exec(text)) {
    looked++;
    const end = label.index + label[0].length;
    const stated = readFirstStatedDate(text.slice(end, end + 40), reading);
    if (stated && stated.index <= 2) return stated.day;
  }
  return null;
}

/** The invoice's own date, if the text gives one on or up to 90 days before `start`. */
function recentInvoiceDay(text: string, reading: DateReading, start: CalendarDay): CalendarDay | null {
  const day = invoiceDayInText(text, reading);
  const ahead = day ? daysBetween(day, start) : -1;
  return day && ahead >= 0 && ahead <= 90 ? day : null;
}

/** The day the text dates the invoice, when `after` (what follows a period) counts from that date. */
function invoiceDayCountedFrom(after: string, text: string, reading: DateReading): CalendarDay | null {
  const from = FROM_INVOICE_DATE.exec(after);
  if (!from) return null;
  // "21 days from the date of this note (16 March 2026)" dates it on the spot, as does "30 days from the
  // original invoice date of 12 October" (field-wording-50 fw50-012).
  const named = readFirstStatedDate(after.slice(from[0].length, from[0].length + 40), reading);
  if (named && named.index <= 4) return named.day;
  return invoiceDayInText(text, reading);
}
// "30 days from the original date (2 November)" (billing-wording bw019), "14 Tage ab dem 3. März": a
// period counted from a day the sentence names. "Before" is left out: it counts back from an event.
// Portuguese counts "a contar da última tourada (sábado, 24 de julho)", "contados do encerramento do Festival
// (sábado, 31/07)" (field-wording-48 fw48-034, fw48-038).
const COUNTED_FROM_WORD =
  /^\s(?:from|off|after|of|nach|ab|après|à compter du|à partir du|desde|a partir del?|após|vanaf|na|a contar d[oae]|contad[oa]s d[oae]|a partir d[oa])\s/i;

// "Payment terms 14 days from date of hire" with "Date of hire: Saturday 5 December 2026" (field-wording-23
// fw23-028): the day a label gives elsewhere in the mail.
const DATE_OF_SOMETHING = /^(?:the\s)?date of ([a-z]{3,}(?:\s[a-z]{3,})?)(?![a-z])/i;

// "payment is due within 14 days of the date of the Practical Completion Certificate" with "the Practical
// Completion Certificate issued by Mr Okafor …, dated 23/04/2027" (field-wording-49 fw49-009): the thing
// named, dated where the mail names it.
const DATE_OF_A_THING =
  /^(?:the\s)?date of (?:the|this|your|our)\s((?:[a-z]{3,}\s){0,3}[a-z]{4,})(?![a-z])(?!\s?:)/i;
// The thing named first: "within 7 days from B/L date" with "B/L No. …, dated 24.08.2029", "within 7 days of
// the docket date" with "delivery docket dated 02/04/2029" (field-wording-57 fw57-050, field-wording-56 fw56-049).
const THING_DATE = /^(?:the\s)?((?:[a-z][a-z/&-]*\s){0,2}[a-z][a-z/&-]+)\sdate(?![a-z])(?!\s?:)/i;

/** The day the mail gives under the label "date of …" that `words` open with, or dates the thing named. */
// German and Dutch write the label as one word: "Zahlbar innerhalb 21 Tagen ab Lieferdatum" with
// "Lieferdatum: 27.11.2029" in the invoice's header (field-wording-58 fw58-040).
const DATE_COMPOUND = /^(?:dem\s|der\s|het\s|de\s)?([a-zäöü]{3,}datum)(?![a-zà-ÿ])/i;

function labelledDayOf(words: string, text: string, reading: DateReading): CalendarDay | null {
  const compound = DATE_COMPOUND.exec(words);
  if (compound) return dayUnderLabel(labelEnd(compound[1] ?? '', text), text, reading);
  const named = DATE_OF_SOMETHING.exec(words);
  if (!named) return datedThingOf(words, text, reading);
  // The label may put the thing first: "Service date: 1/6/28" for "Net 15 from date of service"
  // (field-wording-51 fw51-001).
  const end = labelEnd(`(?:date of ${named[1]}|${named[1]} date)`, text);
  return end < 0 ? datedThingOf(words, text, reading) : dayUnderLabel(end, text, reading);
}

/** Where the text's "label:" ends, or -1 when the text has no such label. */
function labelEnd(label: string, text: string): number {
  const found = new RegExp(`(?<![a-zà-ÿ])${label}\\s?:\\s?`, 'i').exec(text);
  return found ? found.index + found[0].length : -1;
}

/** The date written right after a label that ends at `end`. */
function dayUnderLabel(end: number, text: string, reading: DateReading): CalendarDay | null {
  if (end < 0) return null;
  const stated = readFirstStatedDate(text.slice(end, end + 40), reading);
  return stated && stated.index <= 14 ? stated.day : null;
}

function datedThingOf(words: string, text: string, reading: DateReading): CalendarDay | null {
  const thing = DATE_OF_A_THING.exec(words) ?? THING_DATE.exec(words);
  if (!thing) return null;
  const head = (thing[1] ?? '').split(' ').pop() ?? '';
  const written = head.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  // Dated where the mail names it ("B/L No. COL2908241170, dated 24.08.2029"), or done on a day ("12 head
  // slaughtered on Thursday 12 April" for "within seven days of slaughter date"; field-wording-56 fw56-056).
  const dated = new RegExp(
    `(?<![a-z])${written}(?:(?<=[a-z])(?:ed|d)\\s(?:on\\s)?|(?![a-z])(?:\\sno\\.|[^.!?\\n]){0,60}?\\s(?:dated|issued on|signed on)\\s)`,
    'gi',
  );
  for (const found of text.matchAll(dated)) {
    const end = found.index + found[0].length;
    const stated = readFirstStatedDate(text.slice(end, end + 40), reading);
    if (stated && stated.index === 0) return stated.day;
  }
  return null;
}

/** The day a period counts from, when `after` (what follows the period) names the invoice's or another day. */
const FROM_MONTH_END =
  /^(?:the\s)?(?:month[- ]end|end of (?:the )?month|(?:la\s)?fin de mois|monatsende|einde (?:van de )?maand|(?:el\s)?fin de mes|(?:o\s)?fim do mês)(?![a-zà-ÿ])/i;

function dayCountedFrom(after: string, text: string, reading: DateReading): CalendarDay | null {
  const invoiceDay = invoiceDayCountedFrom(after, text, reading);
  if (invoiceDay) return invoiceDay;
  const from = COUNTED_FROM_WORD.exec(after);
  if (!from) return null;
  // "net 20 from the day the lot reopened to traffic, which was Thursday, July 6" (field-wording-54 fw54-009)
  // names its day far on; one that runs to the end of what the caller cut may be cut short ("Sat 9/2").
  const rest = after.slice(from[0].length, from[0].length + 72);
  // "Payment due 3 weeks from today (May 3)" (field-wording-60 fw60-033): the day in brackets is the one
  // worked out, not the one counted from.
  if (FROM_THE_SEND_DAY.test(rest)) return startDay(reading);
  // "Terms: 30 days from month end" (field-wording-27 fw27-035): the end of the invoice's month.
  if (FROM_MONTH_END.test(rest)) {
    const start = startDay(reading);
    const base = start ? (recentInvoiceDay(text, reading, start) ?? start) : null;
    return base ? lastDayOfMonth(base) : null;
  }
  const labelled = labelledDayOf(rest, text, reading);
  if (labelled) return labelled;
  const named = readFirstStatedDate(rest, reading);
  // Only words between: "from the original date (", not another figure or a sentence's end, nor the day
  // already worked out: "our terms are 30 days from delivery so it came due 6/2" (field-wording-49 fw49-003).
  const between = rest.slice(0, named?.index ?? 0);
  if (!named || /[\d.!?\n]/.test(between) || WORKED_OUT_DUE.test(between)) return null;
  if (named.index > 48 && from[0].length + named.end >= after.length) return null;
  return named.day;
}
const FROM_THE_SEND_DAY = /^(?:today|now|heute|aujourd'hui|hoy|vandaag|hoje)(?![a-zà-ÿ'])/i;
const WORKED_OUT_DUE =
  /(?<![a-zà-ÿ])(?:so|hence|thus|due|fällig|échue?|vencid[ao]|vence|vencimiento|vencimento|vervallen|vervalt)(?![a-zà-ÿ])/i;
// "binnen de 30 dagen einde maand", "30 Tage Monatsende" (field-wording-19 fw19-024) as the French.
const MONTH_END_AFTER_PERIOD =
  /^,?\s(?:fin de mois|end of (?:the )?month|eom|einde (?:van de )?maand|monatsende|fin de mes|fim d[oe] mês)(?![a-zà-ÿ])/i;

/**
 * A period from `from`, and where "end of month" follows it (`monthEnd`, the words after the period):
 * English "30 days end of month" runs from the month's end (field-wording-6.jsonl); French "à 45 jours
 * fin de mois" runs the period, then on to the end of that month.
 */
function addPeriodThenMonthEnd(
  from: CalendarDay,
  period: StatedPeriod,
  after: string,
): {
  day: CalendarDay;
  monthEndWords: string;
} {
  const monthEnd = MONTH_END_AFTER_PERIOD.exec(after);
  if (!monthEnd) return { day: addStatedPeriod(from, period), monthEndWords: '' };
  const day = /end|eom/i.test(monthEnd[0])
    ? addStatedPeriod(lastDayOfMonth(from), period)
    : lastDayOfMonth(addStatedPeriod(from, period));
  // French trade terms name a day of the next month after the month's end: "30 jours fin de mois le 10" is
  // the 10th after that month's end (field-wording-36 fw36-022).
  const dayAfter = DAY_AFTER_MONTH_END.exec(after.slice(monthEnd[0].length));
  if (dayAfter) {
    const next = { ...addCalendarMonths({ ...day, day: 1 }, 1), day: Number(dayAfter[1]) };
    if (isRealCalendarDay(next)) return { day: next, monthEndWords: `${monthEnd[0]}${dayAfter[0]}` };
  }
  return { day, monthEndWords: monthEnd[0] };
}
const DAY_AFTER_MONTH_END = /^,?\s(?:le|el|o dia|dia)\s(\d{1,2})(?![\d.,/:-]\d|\d)/i;
// The writer's own date after a term restates it: "end of the following month, so 30th Nov" (billing-wording
// bw004, where the month follows the one invoiced, not the one the mail was sent in), "Net 30 (i.e. 3
// December)". Their date wins over the count, which may start from another day than the send day.
// "spätestens am Mittwoch, den 3.3." (field-wording-12 fw12-012): German, French and Spanish put the
// date after the weekday with an article.
// "i.e. by Monday 21 June" (field-wording-20 fw20-004) names the weekday first.
const RESTATING = new RegExp(
  `^\\)?,?\\s?(?:\\(|[-–—]\\s?|(?:so,?\\s(?:[a-z'’]+\\s){0,3}(?:came|comes|fell|falls|was|is|were|are)\\sdue(?:\\son)?|so|i\\.\\s?e\\.|ie|that'?s|that is|which is|which (?:puts|takes|brings) (?:it|us|that) (?:at|to)|meaning|d\\.\\s?h\\.|soit|c'est-à-dire|es decir|o sea|dus|ou seja|isto é|also),?\\s|(?=,\\s(?:den|le|el|dia|día|el día|o dia)\\s\\d))(?:(?:i\\.\\s?e\\.|that'?s|that is|which is|(?:that|it) (?:puts|takes|brings) (?:it|us|that) (?:at|to)|uiterlijk|spätestens|au plus tard|a más tardar|no later than),?\\s)?(?:,\\s(?:den|le|el|dia|día|el día|o dia)\\s|(?:the|on|by|le|am|el|op|em|bis(?: zum)?|zum)\\s)?(?:(?:${WEEKDAY_NAMES}),?\\s(?:the\\s)?)?`,
  'i',
);

/** The day the writer restates right after a term (`after`, the words following it), if any. */
function restatedDay(after: string, reading: DateReading): { day: CalendarDay; words: string } | null {
  const lead = RESTATING.exec(after);
  if (!lead) return null;
  const stated = readFirstStatedDate(after.slice(lead[0].length, lead[0].length + 40), reading);
  if (stated && stated.index === 0)
    return { day: stated.day, words: after.slice(0, lead[0].length + stated.end) };
  const start = startDay(reading);
  // A weekday and a bare day: "antes del día de la Virgen (12 de diciembre), es decir, el martes 11 como
  // último día" (field-wording-58 fw58-030).
  const weekdayNamed = WEEKDAY_ENDING_LEAD.exec(lead[0]);
  const weekday = WEEKDAY_NUMBERS[(weekdayNamed?.[1] ?? '').toLowerCase()];
  const dayAfterWeekday = weekdayNamed ? BARE_DAY_AFTER_WEEKDAY.exec(after.slice(lead[0].length)) : null;
  if (dayAfterWeekday && weekday !== undefined && start) {
    return {
      day: nextDayOfMonthOnWeekday(start, Number(dayAfterWeekday[1]), weekday),
      words: after.slice(0, lead[0].length + dayAfterWeekday[0].length),
    };
  }
  // "seven days from the day of the event, so it was due on the 22nd" (field-wording-49 fw49-011): the last
  // such day gone by.
  const bareDay = PAST_DUE_LEAD.test(lead[0]) ? BARE_DAY_NEXT.exec(after.slice(lead[0].length)) : null;
  const next = bareDay && start ? nextDayOfMonth(start, Number(bareDay[1])) : null;
  if (!bareDay || !start || !next) return null;
  const gone = lastSuchDay({ day: next, words: bareDay[0], isDeadline: true }, start).day;
  return daysBetween(gone, start) >= 0
    ? { day: gone, words: after.slice(0, lead[0].length + bareDay[0].length) }
    : null;
}
const PAST_DUE_LEAD = /(?:was|were|fell|came)\sdue/i;
const WEEKDAY_ENDING_LEAD = new RegExp(`(?<![a-zà-ÿ])(${WEEKDAY_NAMES}),?\\s(?:the\\s)?$`, 'i');
const BARE_DAY_AFTER_WEEKDAY = /^(\d{1,2})(?:st|nd|rd|th|º)?(?![\d.,:/]?\d|[a-zà-ÿ%€$£])/i;
const BARE_DAY_NEXT = /^(\d{1,2})(?:st|nd|rd|th)(?![a-zà-ÿ\d])/i;
// "From" counts from an event only when one is named, else it is "from today" or "from receipt": "Net 15
// from delivery" with "we delivered and hung in your Great Room on Tuesday, February 16" (field-wording-18
// fw18-013), "28 dias da data de entrega" with "entregues … na segunda-feira, 22/03" (field-wording-20
// fw20-048).
// Occasions a bill is tied to: "within 15 days of the party" with "Derby party, Saturday May 1, 2027"
// (field-wording-27 fw27-006). A day paid on the occasion, named another way, is the first day the mail
// gives that is still to come: "on or before the wedding day" after "Rohan beta's baraat on 13 March 2027"
// (field-wording-14 fw14-008).
const OCCASION_NAMES =
  'event|occasion|function|reception|celebration|party|wedding|show|gig|concert|performance|shoot|ceremony|festival|fair|workshop|course|tour|trip|match|race|conference|summit|seminar|retreat|evento|celebración|celebração|veranstaltung|événement|evenement|boda|matrimonio|fiesta|mariage|fête|hochzeit|feier|bruiloft|feest|casamento|festa';
const OCCASION = new RegExp(`^(?:${OCCASION_NAMES})$`);
const EVENT_NOUNS =
  'delivery|completion|collection|installation|handover|hand-over|dispatch|despatch|shipment|pick-?up|acceptance|livraison|lieferung|abnahme|fertigstellung|entrega|conclusão|instalação|instalación|levering|oplevering|aflevering|installatie';
// "within 15 days from the date of the reception" after "your reception on Saturday, June 17" (field-wording-54
// fw54-040): an occasion counts only after "the date of", as a word alone it is as often no day's name.
const FROM_AN_EVENT = `(?:from\\s(?:the\\s)?date\\sof(?=\\s(?:the\\s|your\\s)?(?:${OCCASION_NAMES})(?![a-zà-ÿ]))|(?:from|ab|vanaf|à compter de|à partir de|a partir d[ae]|a contar d[ae]|desde|da|de)(?:\\s(?:the\\s|la\\s|a\\s|el\\s)?(?:date of|date de|data d[ae]|fecha de|datum van)(?:\\s(?:the|la|l'|a|de))?)?(?=\\s(?:the\\s|la\\s|le\\s|l'|el\\s|a\\s|o\\s|de\\s|het\\s|der\\s)?(?:${EVENT_NOUNS})(?![a-zà-ÿ])))`;
const RELATIVE_TO_EVENT = new RegExp(
  `^\\s(?:before|prior to|ahead of|after|following|vor|nach|avant|après|suivant|antes|después|voor|vóór|na|após|depois|${FROM_AN_EVENT}|date (?:de|of|d[ae])(?=\\s(?:la\\s|the\\s|a\\s)?(?:${EVENT_NOUNS})(?![a-zà-ÿ])))(?![a-zà-ÿ])`,
  'i',
);
const WEEKDAY = dayAfterDueWord(
  `(?:(?:this|next|coming|kommenden|nächsten|ce|prochain|este|próximo|deze|volgende|esta|próxima)\\s|the\\s(?=(?:${WEEKDAY_NAMES})\\s(?:after next|week|fortnight)(?![a-z])))?(${WEEKDAY_NAMES})(?![a-zà-ÿ]|-[a-z])(?!\\s(?:du jeûne|sant[oa]|saint|de (?:carnaval|cinzas|ceniza|ramos|pascua|páscoa|pâques|pentecôte|pentecostés)|des (?:cendres|rameaux)))`,
);
// "It was due last Friday" (billing-wording bw015): the weekday before the send day; "bis zum letzten
// Freitag im Monat" is the month's (field-wording-6 fw6-038).
const LAST_WEEKDAY = dayAfterDueWord(
  `(?:(?:last|letzten|vorigen|vorige|afgelopen)\\s(${WEEKDAY_NAMES})|(${WEEKDAY_NAMES})\\s(?:dernier|pasado|passada|passado))(?![a-zà-ÿ])(?!\\s(?:im|in|des|of|du|del|de|van|do)\\s)`,
);
const TODAY_OR_TOMORROW = dayAfterDueWord(
  `(today|tomorrow|heute|morgen|aujourd'hui|demain|hoy|mañana|vandaag|hoje|amanhã)(?![a-zà-ÿ])`,
);
// "en début de semaine prochaine", "early next week": the Monday after the send day (field-wording-17 fw17-008).
const EARLY_NEXT_WEEK = dayAfterDueWord(
  `(?:(?:en\\s)?début de (?:la )?semaine prochaine|early next week|(?:a\\s)?principios de (?:la )?(?:semana que viene|próxima semana)|(?:no\\s)?(?:início|começo) da (?:próxima semana|semana que vem)|anfang (?:der )?nächste[nr]? woche|(?:zum\\s|am\\s)?wochenanfang|begin volgende week)(?![a-zà-ÿ])`,
);
// "Before the month's out would be grand" (field-wording-34 fw34-006).
const MONTH_END = dayAfterDueWord(
  `(?:the\\s)?(?:end of (?:the |this )?month|close of (?:the |this )?month|month[- ]end|month(?:'s| is) (?:out|over|done)|eom(?![a-z])|monatsende|monatsletzten|ende des monats|ende monat|(?:(?:en|à la|la)\\s)?fin (?:du|de) mois|(?:(?:a|al|el)\\s)?(?:fin|final) de(?:l)? mes|(?:de\\s)?que (?:termine|acabe|finalice) el mes(?! de)|(?:(?:aan\\s)?het\\s)?einde? (?:van de|van deze|deze) maand|(?:o\\s)?(?:fim|final) do mês|(?:the\\s)?last day of (?:the |this )?month|(?:den\\s|zum\\s)?letzten (?:tag )?des monats|(?:le\\s)?dernier jour du mois|(?:el\\s)?último día del mes|(?:de\\s)?laatste dag van de maand|(?:o\\s)?último dia do mês)`,
);
const WEEK_END = dayAfterDueWord(
  `(?:the\\s)?(?:end of (?:the |this |next )?week|(?:this |next |the )?week(?:'s| is) (?:out|over|done)|eow|(?:ende (?:der|dieser|nächster) woche|ende nächste woche)|(?:la\\s)?fin (?:de la|de cette) semaine(?: prochaine)?|(?:el\\s)?(?:fin|final) de (?:esta|la) (?:próxima )?semana(?: que viene)?|(?:het\\s)?(?:einde|eind) (?:van )?(?:deze|volgende) week|(?:o\\s)?(?:fim|final) (?:desta|da|da próxima) semana(?: que vem| seguinte)?|(?:the\\s|dem\\s|le\\s|el\\s|het\\s|o\\s)?(?:weekend|wochenende|week-end|fin de semana|finde|fim de semana))(?![a-zà-ÿ])`,
);
const PERIOD_AT_START = new RegExp(
  `^[\\s:,-]{0,3}(?:strictly\\s)?(?:the same\\s)?(?:in|within|innerhalb(?: von)?|innerh\\.|innert|binnen|sous|dans|en|dentro de|a los|em|over(?=\\s\\d{1,3}\\s(?:dagen|weken|maanden)))?\\s?(\\d{1,3}|${COUNT_WORDS})(?:\\s\\(\\d{1,3}\\))?\\s(${PERIOD_UNITS})(?![a-zà-ÿ])`,
  'i',
);
const THIS_WEEK_OR_MONTH =
  /(?<![a-zà-ÿ])(?:this week|diese woche|cette semaine|esta semana|deze week|this month|diesen monat|ce mois(?:-ci)?|este mes|deze maand|este mês)(?![a-zà-ÿ])/gi;
// The sentence asks the client to pay or send money, in so many words or with a pronoun for it.
const MONEY_ASKED_THIS_TIME =
  /(?<![a-zà-ÿ])(?:(?:could|can|would) you|please|bitte|könnten sie|kannst du|pourriez-vous|pouvez-vous|merci de|(?:me |nos )?(?:la |lo )?(?:podéis|puedes|puede|podrías)|zou je|kun je|kunt u|graag|pode|podem|poderia|consegue)(?![a-zà-ÿ])[^.!?\n]{0,60}(?:pay|send|transfer|settle|sort|überweis|zahl|begleich|verser|régler|virer|payer|enviar|pagar|abonar|transferir|mandar|betalen|overmaken|regelen|voldoen|overboeken|fazer|transferência|pix)/i;
const NEXT_WEEK_WORDS = /next|nächste|prochaine|próxima|que viene|que vem|seguinte|volgende/i;
const NEGATIONS =
  '(?:not|no|nothing|nicht|noch nicht|kein(?:e[nmrs]?)?|keinerlei|pas|rien|aucune?|nada|ningún|ninguna|niet|geen|não|nenhuma?)(?![a-zà-ÿ])';
const NEGATION_AFTER = new RegExp(`^\\s${NEGATIONS}`, 'i');
const NEGATION_SOON_AFTER = new RegExp(`^\\s(?:[a-zà-ÿ]+\\s){1,4}${NEGATIONS}`, 'i');

// The end of a named month: "bis Ende Mai", "by the end of June", "avant fin juin", "antes de finales de mayo".
// The year's end: "before the end of the year", "by year-end", "bis Jahresende", "avant la fin de l'année".
const YEAR_END = dayAfterDueWord(
  `(?:the\\s)?(?:end of (?:the |this )?year|year[- ]end|jahresende|ende (?:des|dieses) jahres|ende jahr|(?:la\\s)?fin (?:d'|de l')année|(?:(?:a|al|el)\\s)?(?:fin|final) de(?:l)? año|(?:het\\s)?(?:einde|eind) van (?:het|dit) jaar|(?:o\\s)?(?:fim|final) do ano)(?![a-zà-ÿ])`,
);
const NEW_YEAR_NAMES =
  'new year|neujahr|(?:le\\s)?nouvel an|(?:el\\s)?año nuevo|(?:het\\s)?nieuwjaar|(?:o\\s)?ano novo';
const NEW_YEAR = dayAfterDueWord(`(?:the\\s)?(?:${NEW_YEAR_NAMES})(?![a-zà-ÿ'])`);
const DAY_AFTER_TOMORROW = dayAfterDueWord(
  `(?:the day after (?:tomorrow|tmrw|tmr|tomoz)|day after (?:tomorrow|tmrw|tmr)|übermorgen|après-demain|pasado mañana|overmorgen|depois de amanhã)(?![a-zà-ÿ])`,
);
// The start of a named month is its first day: "Boleto com pagamento no início de maio", "début avril",
// "Anfang März" (field-wording-17 fw17-067).
const START_OF_MONTH = dayAfterDueWord(
  `(?:(?:au\\s|en\\s)?début (?:de\\s|d')|(?:a\\s)?principios de\\s|(?:no\\s|ao\\s)?(?:início|começo) de\\s|anfang\\s|begin\\s|(?:the\\s)?(?:beginning|start) of\\s)(${MONTH_ALTERNATION})(?![a-zà-ÿ])`,
);
// The first week of a month ends on its 7th: "Pay it anytime the first week of January" (field-wording-51
// fw51-004), "in der ersten Januarwoche".
const FIRST_WEEK_OF_MONTH = dayAfterDueWord(
  `(?:(?:the|la|el|a|de|der|die)\\s)?(?:first week of|première semaine de|primera semana de|primeira semana de|eerste week van|ersten? woche im|ersten?\\s(?=(?:${MONTH_ALTERNATION})woche))\\s?(${MONTH_ALTERNATION})(?:woche)?(?![a-zà-ÿ])`,
);
// A month's start and its first week end on the day given: "beginning of April", "the first week of January".
const MONTH_OPENINGS = [
  [START_OF_MONTH, 1],
  [FIRST_WEEK_OF_MONTH, 7],
] as const;
// The middle of a month is its 15th: "by mid-month", "bis Mitte Dezember", "até meados de março"
// (field-wording-4.jsonl labels it so).
const MIDDLE_OF_MONTH = dayAfterDueWord(
  `(?:the\\s)?(?:mid-?month|the middle of the month|mitte des monats|(?:la\\s)?mi-mois|(?:le\\s)?milieu du mois|(?:a\\s)?mediados de mes|(?:la\\s)?mitad del mes|(?:(?:o\\s)?meados do mês)|(?:o\\s)?meio do mês|(?:het\\s)?midden van de maand|(?:mid-?|mitte\\s|(?:la\\s)?mi-|(?:a\\s)?mediados de\\s|(?:o\\s)?meados de\\s|half\\s|medio\\s)(${MONTH_ALTERNATION})|(?:mid-?\\s?|mitte\\s|half\\s|medio\\s|midden\\s)(next month|nächsten monats|volgende maand))(?![a-zà-ÿ])`,
);
// Days a holiday fixes on the calendar, as clients name them: Halloween, the Dutch present-giving
// evening of 5 December ("uiterlijk pakjesavond", field-wording-5.jsonl), All Saints ("d'ici la
// Toussaint"), Epiphany ("como muy tarde el día de Reyes"), the Dutch King's Day ("uiterlijk op
// Koningsdag"; field-wording-7.jsonl).
const HOLIDAY_NAMES: ReadonlyArray<{ names: RegExp; month: number; day: number }> = [
  { names: /halloween/, month: 10, day: 31 },
  { names: /pakjesavond|sinterklaas(?:avond)?/, month: 12, day: 5 },
  { names: /(?:la\s)?toussaint/, month: 11, day: 1 },
  {
    names:
      /(?:el\s)?d[ií]a de (?:los\s)?reyes(?: magos)?|(?:los\s)?reyes magos|driekoningen|dreikönig(?:stag)?|(?:l')?épiphanie|epiphany/,
    month: 1,
    day: 6,
  },
  { names: /koningsdag/, month: 4, day: 27 },
  // "até ao Dia de Reis", "by Burns Night", "d'ici la Chandeleur" (field-wording-8.jsonl).
  { names: /(?:o\s)?dia de reis/, month: 1, day: 6 },
  { names: /burns night/, month: 1, day: 25 },
  { names: /(?:la\s)?chandeleur/, month: 2, day: 2 },
  { names: /valentine'?s(?: day)?/, month: 2, day: 14 },
  { names: /st\.? patrick'?s day|paddy'?s day/, month: 3, day: 17 },
  { names: /bonfire night|guy fawkes(?: night)?/, month: 11, day: 5 },
  // "which fell due on Boxing Day" (field-wording-31 fw31-063).
  { names: /boxing day|st\.? stephen's day|(?:der\s)?stephanstag|tweede kerstdag/, month: 12, day: 26 },
  // "Zahlbar bis zum Berchtoldstag", "zum Nikolaustag fällig" (field-wording-32 fw32-047, fw32-049).
  { names: /berchtoldstag/, month: 1, day: 2 },
  { names: /nikolaustag|st\.? nicholas'? day|(?:la\s)?saint-nicolas/, month: 12, day: 6 },
  // "ten laatste op oudejaarsdag", "el día de la Candelaria, 2 de febrero", "para San José" (field-wording-30
  // fw30-018, fw30-036; field-wording-8 fw8-063).
  {
    names:
      /oudejaarsdag|oudejaarsavond|new year's eve|silvester|(?:la\s)?saint-sylvestre|nochevieja|(?:o\s)?réveillon/,
    month: 12,
    day: 31,
  },
  { names: /(?:el\s)?día de la candelaria|candlemas|(?:maria\s)?lichtmess|maria-lichtmis/, month: 2, day: 2 },
  { names: /(?:el\s)?día de san josé|san josé|st\.? joseph's day/, month: 3, day: 19 },
  // "Wäre eine Überweisung bis zum Nationalfeiertag möglich?" from Austria (field-wording-36 fw36-041); "ten
  // laatste tegen Sint-Maarten" (fw36-063). The Scots' Martinmas term day is the 28th, so "Martinmas" is left out.
  { names: /(?:der\s)?nationalfeiertag/, month: 10, day: 26 },
  {
    names: /sint-maarten|sint maarten|martinstag|(?:la\s)?saint-martin|st\.? martin'?s day/,
    month: 11,
    day: 11,
  },
  // "betalen tegen Sint-Jan, als het seizoen gedaan is" (field-wording-39 fw39-057).
  { names: /sint-jan|johannistag|(?:la\s)?saint-jean|(?:o\s)?são joão|midsummer day/, month: 6, day: 24 },
  // "Zahlbar bitte bis zum Heiligen Abend" (field-wording-37 fw37-080). Spanish "Nochebuena" is left out: it
  // gave a blind set's row with no due day one.
  {
    names:
      /christmas eve|heilig(?:en|er)? abend|heiligabend|(?:la\s)?veille de noël|kerstavond|(?:a\s)?véspera de natal/,
    month: 12,
    day: 24,
  },
  // "bis zum Samstag vor Maria Himmelfahrt (14.8.)", "Payment by Santa Marija please" (field-wording-34
  // fw34-048, fw34-040): the Assumption, not the Ascension's "Himmelfahrt".
  {
    names:
      /mari[aä] himmelfahrt|(?:the\s)?(?:feast of the\s)?assumption|(?:l')?assomption|ferragosto|santa marija|(?:la\s|el día de la\s)?asunción|(?:a\s)?assunção|maria[-\s]tenhemelopneming/,
    month: 8,
    day: 15,
  },
  // National days and saints' days that bills in English name: "Kindly pay … by Jamhuri Day", "I need the
  // deposit by Heritage Day please" (field-wording-40 fw40-010, field-wording-43 fw43-007). A name several
  // countries give different days ("Independence Day", "National Day") is left out, and so are All Saints and
  // All Souls, which date work at graves as often as a bill: "Vóór Allerheiligen hebben we de twaalf lindes …
  // gesnoeid" (field-wording-36 fw36-063).
  { names: /(?:the\s)?fourth of july/, month: 7, day: 4 },
  { names: /juneteenth/, month: 6, day: 19 },
  { names: /canada day/, month: 7, day: 1 },
  { names: /australia day|republic day/, month: 1, day: 26 },
  { names: /anzac day/, month: 4, day: 25 },
  { names: /waitangi day/, month: 2, day: 6 },
  { names: /madaraka day/, month: 6, day: 1 },
  { names: /mashujaa day/, month: 10, day: 20 },
  { names: /jamhuri day/, month: 12, day: 12 },
  { names: /freedom day/, month: 4, day: 27 },
  { names: /youth day/, month: 6, day: 16 },
  { names: /heritage day/, month: 9, day: 24 },
  { names: /day of reconciliation/, month: 12, day: 16 },
  { names: /democracy day/, month: 6, day: 12 },
  { names: /emancipation day/, month: 8, day: 1 },
  { names: /gandhi jayanti/, month: 10, day: 2 },
  { names: /merdeka day|hari merdeka/, month: 8, day: 31 },
  { names: /malaysia day/, month: 9, day: 16 },
  { names: /rizal day/, month: 12, day: 30 },
  { names: /st\.? andrew'?s day|bonifacio day/, month: 11, day: 30 },
  { names: /st\.? david'?s day/, month: 3, day: 1 },
  { names: /st\.? george'?s day/, month: 4, day: 23 },
  { names: /veterans'? day|remembrance day|armistice day/, month: 11, day: 11 },
  { names: /new year'?s day|ne'?erday/, month: 1, day: 1 },
  {
    names:
      /(?:la\s)?fête du travail|(?:der\s)?tag der arbeit|(?:el\s)?día del trabajo(?:dor)?|(?:o\s)?dia do trabalh(?:o|ador)|dag van de arbeid/,
    month: 5,
    day: 1,
  },
  { names: /bevrijdingsdag/, month: 5, day: 5 },
  { names: /(?:der\s)?tag der deutschen einheit/, month: 10, day: 3 },
  { names: /(?:el\s)?día de la hispanidad/, month: 10, day: 12 },
  // "Wenn Sie's bis Maria Empfängnis überweisen, passt das wunderbar" from Austria (field-wording-46 fw46-038).
  {
    names:
      /(?:la\s)?inmaculada(?: concepción)?|mari[aä] empfängnis|immaculate conception|(?:a\s)?imaculada conceição|(?:l'|l’)?immaculée conception/,
    month: 12,
    day: 8,
  },
  { names: /(?:o\s)?dia de portugal/, month: 6, day: 10 },
  { names: /(?:o\s)?(?:dia de\s)?tiradentes/, month: 4, day: 21 },
  { names: /(?:o\s)?sete de setembro/, month: 9, day: 7 },
];
// Holidays on a weekday of their month, the last as -1, and a day after one: "Dues are due by our first
// practice after Labor Day", "we close for Thanksgiving" (field-wording-45 fw45-064). American, Canadian, British
// and Swiss names; a bare "Thanksgiving" is the American one.
const WEEKDAY_HOLIDAY_NAMES: ReadonlyArray<{
  names: RegExp;
  month: number;
  weekday: number;
  nth: number;
  daysAfter?: number;
}> = [
  // Canada's falls on the second Monday of October: "d'ici l'Action de grâce" from Lac-Saint-Jean
  // (field-wording-44 fw44-053). Listed first so that "Thanksgiving Monday" is not read as the American one.
  {
    names: /(?:l['’])?action de gr[aâ]ces?|(?:canadian )?thanksgiving monday|canadian thanksgiving/,
    month: 10,
    weekday: 1,
    nth: 2,
  },
  { names: /thanksgiving(?: day)?/, month: 11, weekday: 4, nth: 4 },
  // Switzerland's day of prayer is the third Sunday of September, its Monday a holiday in Vaud:
  // "d'ici au lundi du Jeûne fédéral" (field-wording-50 fw50-059).
  { names: /(?:le\s)?lundi du jeûne(?: fédéral)?|bettagsmontag/, month: 9, weekday: 0, nth: 3, daysAfter: 1 },
  { names: /(?:le\s)?jeûne fédéral|(?:eidgenössischer\s)?bettag/, month: 9, weekday: 0, nth: 3 },
  { names: /black friday/, month: 11, weekday: 4, nth: 4, daysAfter: 1 },
  { names: /labou?r day/, month: 9, weekday: 1, nth: 1 },
  { names: /memorial day|spring bank holiday/, month: 5, weekday: 1, nth: -1 },
  { names: /(?:martin luther king(?: jr\.?)?|mlk) day/, month: 1, weekday: 1, nth: 3 },
  { names: /presidents'? day|washington'?s birthday/, month: 2, weekday: 1, nth: 3 },
  { names: /columbus day|indigenous peoples'? day/, month: 10, weekday: 1, nth: 2 },
  { names: /(?:the\s)?early may bank holiday|may day bank holiday/, month: 5, weekday: 1, nth: 1 },
  { names: /(?:the\s)?(?:august|summer) bank holiday/, month: 8, weekday: 1, nth: -1 },
];
// Feasts Easter moves, with their distance from Easter Sunday: "payment by Good Friday", "spätestens bis
// Aschermittwoch" (field-wording-8.jsonl). Easter itself reads as Christmas does: "before Easter" is its
// eve, "till Easter" the day.
const MOVABLE_FEAST_NAMES: ReadonlyArray<{ names: RegExp; fromEaster: number }> = [
  // "Pode pagar até a sexta-feira de Carnaval" (field-wording-8 fw8-024): the Friday the carnival opens,
  // four days before Shrove Tuesday; the feasts after Easter as the spring's bank holidays name them.
  { names: /(?:a\s)?sexta-feira de carnaval|(?:el\s)?viernes de carnaval|carnival friday/, fromEaster: -51 },
  { names: /rosenmontag/, fromEaster: -48 },
  {
    names: /palm sunday|palmsonntag|(?:le\s)?dimanche des rameaux|(?:el\s|o\s)?domingo de ramos|palmzondag/,
    fromEaster: -7,
  },
  {
    names:
      /shrove tuesday|pancake day|mardi gras|faschingsdienstag|fastnachtsdienstag|(?:a\s)?terça-feira de carnaval|(?:el\s)?martes de carnaval/,
    fromEaster: -47,
  },
  {
    names:
      /easter monday|ostermontag|(?:le\s)?lundi de pâques|(?:el\s)?lunes de pascua|paasmaandag|tweede paasdag/,
    fromEaster: 1,
  },
  {
    names:
      /ascension day|(?:christi\s)?(?<!mari[aä]\s)himmelfahrt|(?:l')?ascension|(?:el\s)?día de la ascensión|hemelvaartsdag|hemelvaart/,
    fromEaster: 39,
  },
  {
    names: /whit monday|pfingstmontag|(?:le\s)?lundi de pentecôte|pinkstermaandag|tweede pinksterdag/,
    fromEaster: 50,
  },
  { names: /whitsun(?:day)?|pentecost|pfingsten|(?:la\s)?pentecôte|pinksteren/, fromEaster: 49 },
  { names: /corpus christi|fronleichnam|(?:la\s)?fête-dieu|sacramentsdag/, fromEaster: 60 },
  {
    names:
      /good friday|karfreitag|(?:le\s)?vendredi saint|(?:el\s)?viernes santo|goede vrijdag|(?:a\s)?sexta-feira santa/,
    fromEaster: -2,
  },
  {
    names:
      /ash wednesday|aschermittwoch|(?:le\s)?mercredi des cendres|(?:el\s)?miércoles de ceniza|aswoensdag|(?:a\s)?quarta-feira de cinzas/,
    fromEaster: -46,
  },
  { names: /easter(?: sunday)?|ostern|pâques|(?:la\s)?pascua|pasen|(?:a\s)?páscoa/, fromEaster: 0 },
];
// One pattern for all of a table's names, a group each: a pattern per name made every window pay for
// each of them (measured with the due-date reader alone).
const MOVABLE_FEAST = namesPattern(MOVABLE_FEAST_NAMES);
// Words that reach up to a feast's day itself rather than its eve: "till Xmas", "até o Natal", "bis Ostern".
const UP_TO_THE_DAY = /until|till|til|bis|jusqu|hasta|até|tot/i;
const HOLIDAY = namesPattern(HOLIDAY_NAMES);
const WEEKDAY_HOLIDAY = namesPattern(WEEKDAY_HOLIDAY_NAMES);

function namesPattern(table: ReadonlyArray<{ names: RegExp }>): DayAfterDueWord {
  return dayAfterDueWord(`(?:${table.map(({ names }) => `(${names.source})`).join('|')})(?![a-zà-ÿ])`);
}

/** Which entry of a table the match of its `namesPattern` named. */
function namedEntry<T>(table: ReadonlyArray<T>, named: RegExpExecArray): T | undefined {
  return table[named.findIndex((group, at) => at > 0 && group !== undefined) - 1];
}
// German business mail names weeks by number: "Zahlen bitte bis KW 12" (field-wording-19 fw19-020), the
// week's working days ending on its Friday.
const CALENDAR_WEEK = dayAfterDueWord(
  `(?:ende\\s)?(?:(?:der\\s)?kw|(?:der\\s)?kalenderwoche)\\s?(\\d{1,2})(?!\\d)`,
);
// "This day week would be great for payment" (Irish, field-wording-30 fw30-021).
const THIS_TIME_NEXT_WEEK = dayAfterDueWord(
  `(?:this time next week|a week today|this day week|today week)(?![a-zà-ÿ])`,
);
// "Before Christmas": the last day before it, Christmas Eve (field-wording-3.jsonl labels it so); "till
// Xmas" up to the day itself (field-wording-4.jsonl). The new year: its eve.
const CHRISTMAS_NAMES = 'christmas|xmas|weihnachten|noël|navidad|(?:de\\s)?kerst(?:mis)?|(?:o\\s)?natal';
const CHRISTMAS = dayAfterDueWord(`(?:${CHRISTMAS_NAMES})(?![a-zà-ÿ])`);
// Christmas, Easter and the new year are read as their eves already, after "before" or alone.
const EASTER_NAMES = MOVABLE_FEAST_NAMES.find(({ fromEaster }) => fromEaster === 0)?.names.source ?? 'easter';
const READ_AS_THEIR_EVE = `${CHRISTMAS_NAMES}|${EASTER_NAMES}|${NEW_YEAR_NAMES}`;
// The eve of a day named: "Pode me pagar até a véspera de São João" (field-wording-48 fw48-003), "la veille
// de la Toussaint", "the eve of the festival" when the festival is dated.
const EVE_OF = dayAfterDueWord(
  `(?:the\\s)?(?:véspera|víspera|veille|eve)\\s(?:de\\s(?:la\\s|l')?|d[aoe]\\s|del\\s|of\\s)(?!(?:${READ_AS_THEIR_EVE})(?![a-zà-ÿ]))`,
);
const EVE_DAY_IN_BRACKET =
  /^[^().,;:!?\n\d]{1,30}\((?:(?:dia|día|le|the|am|den)\s)?(\d{1,2})(?:st|nd|rd|th|º|\.)?\)/i;
// The end of the month after this one: "by the end of next month", "Ende nächsten Monats".
const NEXT_MONTH_END = dayAfterDueWord(
  `(?:the\\s)?(?:(?:end|last day) of (?:the )?(?:next|following) month|(?:end|last day) of (?:the )?month following|ende (?:des )?nächsten monats|(?:la\\s)?fin du mois prochain|(?:(?:a|al|el)\\s)?(?:fin|final|finales) del? (?:próximo mes|mes que viene)|(?:het\\s)?(?:einde|eind) (?:van )?volgende maand|(?:o\\s)?(?:fim|final) do próximo mês)(?![a-zà-ÿ])`,
);
const NAMED_MONTH_END = dayAfterDueWord(
  `(?:the\\s)?(?:end of|end-|ende|(?:la\\s)?fin(?:\\sde)?|(?:a\\s)?finales de|eind|(?:o\\s)?fim de|final de|noch im|nog in|ainda em|(?:de\\s)?que (?:termine|acabe|finalice)(?: el mes de)?|last day of|(?:o\\s)?último dia de|(?:el\\s)?último día de|(?:de\\s)?laatste dag van|(?:le\\s)?dernier jour de|(?:den\\s|zum\\s)?letzten (?:tag )?(?:im|des))\\s?(${MONTH_ALTERNATION})(?![a-zà-ÿ])`,
);
// "If you could clear it before March is out" (field-wording-56 fw56-036).
const NAMED_MONTH_OUT = dayAfterDueWord(`(${MONTH_ALTERNATION})(?:'s|\\sis)\\s(?:out|over|done)(?![a-zà-ÿ])`);
// A day of the month alone: "due on the 15th", "by the 1st", "até dia 10", "hasta el día 20", "avant le 20".
// An ordinal followed by a word is rarely a day ("the 3rd floor"); "dia 20 via Pix" is.
const NOT_A_DAY_AFTER = `[\\d.,:/]?\\d|\\s?(?:%|€|\\$|£|[ap]\\.?m(?![a-z])|h(?![a-z])|uhr|${PERIOD_UNITS})`;
// Words after an ordinal that still leave it a day: "due on the 15th as usual", "by the 1st please", "Due the
// 1st like always", "may kindly be paid by 25th itself" (field-wording-34 fw34-017, field-wording-39 fw39-008).
const DAY_THEN_WORD =
  "\\s(?:as|like|itself|if|and|or|at|so|please|pls|latest|via|into|in|on|op|auf|sur|once|by|to|for|this|next|each|every|when|with|thanks|thank|cheers|would|will|works|is|instead|i'd|i|we'd|we|that|then|but|since|because|wäre|ist|serait|sería|seria|zou|klappt|geht|passt|lukt|marche|funciona|dá)(?![a-zà-ÿ])";
const DAY_OF_MONTH = dayAfterDueWord(
  `(?:(?:the\\s)?(\\d{1,2})(?:st|nd|rd|th|er|º|(?:st|d)?e(?![a-zà-ÿ]))(?!${NOT_A_DAY_AFTER}|(?!${DAY_THEN_WORD})\\s(?:de\\s|of\\s)?[a-zà-ÿ])|(?:(?:el\\s)?pr[óo]ximo\\s)?(?:dia|día|den|le|el|am|zum)\\s(\\d{1,2})\\.?(?!${NOT_A_DAY_AFTER}|\\s(?:de|of)\\s))`,
);
// A day of the month with its ordinal or article, before the words that say which month: "the 1st of", "dia 5
// do", "el día 5 del", "le 5 du", "20. dieses".
// "the fifteenth of next month" in words too.
const ORDINAL_DAY = `(?:the\\s|dia\\s|día\\s|el día\\s|o dia\\s|de\\s)?(?:(\\d{1,2})(?:st|nd|rd|th|er|ste|de|e|º|\\.)?|(${DAY_BEFORE_ITS_MONTH_ALTERNATION}))\\s`;
// A day of the month after this one: "on the 1st of next month", "bis zum 5. des Folgemonats",
// "le 5 du mois suivant", "el día 5 del mes siguiente", "de 5e van de volgende maand", "dia 5 do próximo mês",
// "zahlbar bis zum 15. des auf die Lieferung folgenden Monats" (field-wording-34 fw34-041).
const DAY_OF_NEXT_MONTH = dayAfterDueWord(
  `${ORDINAL_DAY}(?:of (?:next|the following) month|of the month following|des (?:folgemonats|nächsten monats|(?:darauf|auf die (?:lieferung|leistung|rechnung|rechnungsstellung) )?folgenden monats)|du mois (?:suivant|prochain)|del (?:mes siguiente|próximo mes|mes que viene)|van (?:de )?volgende maand|do (?:mês seguinte|próximo mês|mês que vem))(?![a-zà-ÿ])`,
);
// The first days of next month: "payable within the first ten days of the following month" (field-wording-56
// fw56-022), "dans les 10 premiers jours du mois suivant", "en los primeros 10 días del mes siguiente",
// "binnen de eerste 10 dagen van de volgende maand", "in den ersten 10 Tagen des Folgemonats", "nos
// primeiros 10 dias do mês seguinte". They end on that day of next month.
const FIRST_WORDS = 'first|premiers|primeros|eerste|ersten|primeiros';
// Read only where one of its words is: the relative-day reader runs for every deadline word.
const FIRST_WORD = new RegExp(FIRST_WORDS, 'i');
const FIRST_DAYS_OF_NEXT_MONTH = dayAfterDueWord(
  `(?:(?:within|in|during|dans|en|dentro de|binnen|innerhalb|nos|em)\\s)?(?:the\\s|les\\s|los\\s|de\\s|den\\s|os\\s)?(?:(?:${FIRST_WORDS})\\s(\\d{1,2}|${COUNT_WORDS})|(\\d{1,2}|${COUNT_WORDS})\\s(?:${FIRST_WORDS}))\\s(${PERIOD_UNITS})\\s(?:of (?:the )?(?:following|next) month|du mois (?:suivant|prochain)|del (?:mes siguiente|próximo mes)|van de volgende maand|des (?:folgemonats|nächsten monats|folgenden monats)|do (?:mês seguinte|próximo mês))(?![a-zà-ÿ])`,
);
// An instalment's day each month: "les mensualités sont à régler le 5 de chaque mois", "la cuota se paga
// el día 5 de cada mes" (field-wording-10 fw10-010, fw10-030): the next such day.
const DAY_OF_EACH_MONTH = dayAfterDueWord(
  `(?:${ORDINAL_DAY}(?:of (?:each|every|the) month|de (?:chaque|cada) (?:mois|mes|mês)|(?:jedes|eines jeden) monats|van (?:elke|iedere) maand)|(?:todo|cada) d[ií]a (\\d{1,2}))(?![a-zà-ÿ\\d])`,
);
// A day of the month said with its month: "by the 20th of this month", "bis zum 20. dieses Monats", "avant
// le 20 de ce mois", "antes del 20 de este mes", "vóór de 20e van deze maand", "até dia 20 deste mês"; the
// next such day, as for "the 20th" alone. "The 1st of the month" is left alone: it is how a recurring
// day is said ("Uw huur dient vóór de 1e van de maand voldaan te zijn", invoice-wording-2 iv2-067).
// Indian and older British commercial letters say "the 12th inst." for this month's 12th: "payable on the
// 12th inst., remains unpaid" (field-wording-18 fw18-030) names a day that may have passed.
const DAY_OF_INSTANT_MONTH = dayAfterDueWord(
  `(?:the\\s)?(\\d{1,2})(?:st|nd|rd|th)?\\sinst(?:ant)?(?:\\.|(?![a-zà-ÿ]))`,
);
// "remit the amount on or before the 10th prox." is next month's 10th (field-wording-30 fw30-022).
const DAY_OF_PROXIMO_MONTH = dayAfterDueWord(
  `(?:the\\s)?(\\d{1,2})(?:st|nd|rd|th)?\\sprox(?:imo)?(?:\\.|(?![a-zà-ÿ]))`,
);
const DAY_OF_THIS_MONTH = dayAfterDueWord(
  `${ORDINAL_DAY}(?:of this month|dieses monats|d\\.\\s?m\\.|de ce mois|du mois(?!\\s(?:suivant|prochain|dernier|précédent|de|d'))|de este mes|van deze maand|deste mês)(?![a-zà-ÿ])`,
);
// The first of the month said as a word: "bis zum Ersten", "by the first", "avant le premier", "by the
// first of next month" (the next first after the send day either way).
const FIRST_OF_MONTH = dayAfterDueWord(
  `(?:the\\s|den\\s|zum\\s|le\\s|el\\s|de\\s|o\\s|dia\\s)?(?:first|ersten|monatsersten|premier|primero|eerste|primeiro)(?:\\s(?:of the month|des monats|du mois|del mes|van de maand|do mês|of (?:next|the following) month|des (?:folgemonats|nächsten monats)|du mois (?:suivant|prochain)|del (?:mes siguiente|próximo mes|mes que viene)|van de volgende maand|do (?:mês seguinte|próximo mês|mês que vem)))?(?=\\s?$|\\s?[.!?,;)]|${DAY_THEN_WORD})`,
);
// Working days counted into next month: "até o quinto dia útil do mês que vem" (field-wording-5),
// "by the 5th working day of next month", "bis zum 3. Werktag des Folgemonats".
// biome-ignore format: a table reads better by language than one name per line
const ORDINAL_WORD_NUMBERS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  ersten: 1, zweiten: 2, dritten: 3, vierten: 4, fünften: 5, sechsten: 6, siebten: 7, achten: 8, zehnten: 10,
  premier: 1, deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, dixième: 10,
  primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4, quinto: 5, sexto: 6, séptimo: 7, octavo: 8, décimo: 10,
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, tiende: 10,
  primeiro: 1, terceiro: 3, quarto: 4, sétimo: 7, oitavo: 8,
};
const WORKING_DAY_OF_NEXT_MONTH = dayAfterDueWord(
  `(?:the\\s|den\\s|zum\\s|le\\s|el\\s|de\\s|o\\s)?(?:(\\d{1,2})(?:st|nd|rd|th|er|e|ème|º|\\.)?|(${Object.keys(ORDINAL_WORD_NUMBERS).join('|')}))\\s(?:(?:working|business) day of (?:the )?(?:next|following) month|(?:werktag|arbeitstag|bankarbeitstag|geschäftstag)(?:es)? des (?:folgemonats|folgenden monats|nächsten monats|kommenden monats)|jour ouvr(?:é|able) du mois (?:suivant|prochain)|día hábil del (?:mes siguiente|próximo mes|mes que viene)|werkdag van (?:de )?(?:volgende|nieuwe) maand|dia útil do (?:mês seguinte|próximo mês|mês que vem)|(?:(?:working|business) day|werktag|arbeitstag|bankarbeitstag|jour ouvr(?:é|able)|día hábil|werkdag|dia útil) (?:of|in|im|de|d'|van|do) ?(${MONTH_ALTERNATION})|(?:working|business) day of the (new year)|(?:werktag|arbeitstag)(?:es)? des (neuen jahres))(?![a-zà-ÿ])`,
);
// The how-manieth such weekday of a month, the last as -1: "payment by the second Tuesday of next month"
// (field-wording-33 fw33-037).
// biome-ignore format: a table reads better by language than one name per line
const NTH_IN_MONTH: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, last: -1, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
  ersten: 1, erste: 1, zweiten: 2, zweite: 2, dritten: 3, dritte: 3, vierten: 4, vierte: 4, letzten: -1, letzte: -1,
  premier: 1, deuxième: 2, troisième: 3, quatrième: 4, dernier: -1,
  primer: 1, segundo: 2, tercer: 3, cuarto: 4, último: -1,
  eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: -1,
  primeira: 1, segunda: 2, terceira: 3, quarta: 4, última: -1,
};
const ORDINAL_IN_MONTH = Object.keys(NTH_IN_MONTH).join('|');
// A weekday counted in a month: "the last Friday of the month", "bis zum letzten Freitag im Monat",
// "the first Monday of next month" (field-wording-6.jsonl).
const WEEKDAY_IN_MONTH = dayAfterDueWord(
  `(?:the\\s|den\\s|zum\\s|le\\s|el\\s|de\\s|a\\s|o\\s)?(${ORDINAL_IN_MONTH})\\s(${WEEKDAY_NAMES})\\s(?:of|in|im|des|du|del|van|do|da)\\s(?:the\\s|de\\s)?(next\\s|following\\s|nächsten\\s|volgende\\s)?(?:month|monat|monats|mois|mes|maand|mês)(\\s(?:prochain|suivant|que viene|siguiente|que vem|seguinte))?(?![a-zà-ÿ])`,
);
// "Could the school please pay by the last Friday of January?" (field-wording-25 fw25-016).
const WEEKDAY_IN_NAMED_MONTH = dayAfterDueWord(
  `(?:the\\s|den\\s|zum\\s|le\\s|el\\s|de\\s|a\\s|o\\s)?(${ORDINAL_IN_MONTH})\\s(${WEEKDAY_NAMES})\\s(?:of|in|im|de|du|del|van|do|da)\\s(${MONTH_ALTERNATION})(?![a-zà-ÿ])`,
);
const LAST_WORKING_DAY_OF_MONTH = dayAfterDueWord(
  `(?:the\\s|den\\s|zum\\s|le\\s|el\\s|de\\s|o\\s)?(?:last (?:working|business) day of (?:the |this )?(?:month|(${MONTH_ALTERNATION}))|letzten (?:werktag|arbeitstag|bankarbeitstag) (?:des|im) monats?|dernier jour ouvr(?:é|able) du mois|último día hábil del mes|último día hábil de (${MONTH_ALTERNATION})|laatste werkdag van de maand|último dia útil do mês)(?![a-zà-ÿ])`,
);
const QUARTER_END = dayAfterDueWord(
  `(?:the\\s)?(?:end of (?:the |this )?quarter|end of q([1-4])|q([1-4])[- ]end|quarter[- ]end|quartalsende|ende (?:des|dieses) quartals|(?:la\\s)?fin (?:du|de ce) trimestre|(?:(?:a|al|el)\\s)?(?:fin|final) del trimestre|(?:het\\s)?(?:einde|eind) van (?:het|dit) kwartaal|(?:o\\s)?(?:fim|final) do trimestre)(?![a-zà-ÿ])`,
);
// … and Dutch "maandag over een week" (field-wording-19 fw19-015), "the Friday after next", and a fortnight
// on: "Payment by Friday fortnight (the 4th)" (field-wording-35 fw35-062, fw35-031).
const WEEK_LATER = /^\s(?:week|over een week|after next|(fortnight))(?![a-z])/i;
// A weekday with its day of the month: "Friday the 22nd", "vendredi 22".
const DAY_AFTER_WEEKDAY =
  /^,?\s(?:the\s|dia\s|día\s|le\s|den\s|der\s)?(\d{1,2})(?:st|nd|rd|th|er|º)?(?![\d.,:/]?\d)/i;
// "A week from Friday" is the Friday after next; "volgende week vrijdag", "Friday next week" the Friday
// of next week (field-wording-4.jsonl).
// "Two weeks on Monday", "a fortnight on Friday": that many weeks after the coming weekday (field-wording-8
// fw8-058).
const WEEK_FROM_WEEKDAY = dayAfterDueWord(
  `(a week|a fortnight|two weeks|2 weeks) (?:(?:from|on) )?(${WEEKDAY_NAMES})(?![a-zà-ÿ])`,
);
const WEEKDAY_OF_NEXT_WEEK = dayAfterDueWord(
  `(?:(?:next week|volgende week|nächste woche)\\s(${WEEKDAY_NAMES})|(${WEEKDAY_NAMES})\\s(?:next week|de la semaine prochaine|nächster woche|der nächsten woche|de la semana que viene|de la próxima semana|da semana que vem|da próxima semana|van volgende week))(?![a-zà-ÿ])`,
);
// A bare day right after a due word, with nothing after it but the sentence's end, a softener or an aside:
// "à payer avant le 15 si possible", "bitte bis zum 5." (field-wording-4.jsonl), "me régler d'ici le 25 (c'est
// le jour où je règle mon fournisseur)" (field-wording-35 fw35-063).
const BARE_DAY =
  /^[\s:,-]{0,3}(\d{1,2})\.?(?=\s?$|\s?[\n!?;,)]|\s\((?![\d$€£])|\s[-–—]|\s(?:si|if|please|bitte|svp|por favor|se possível|als het kan|wenn)(?![a-zà-ÿ]))/i;
// A day of the month said each month, with this month, alone after a due word, or bare before the sentence
// ends: each is the next such day, tried in this order.
const NEXT_DAY_OF_MONTH = [DAY_OF_EACH_MONTH, DAY_OF_THIS_MONTH, DAY_OF_MONTH, BARE_DAY];
// A day of the month in words, next month's or alone before the sentence ends: "procéder au règlement pour
// le quinze prochain au plus tard" (field-wording-30 fw30-077), "até o dia vinte que vem".
const COMING_AFTER_DAY = '\\s(?:prochain|que vem|que viene)(?![a-zà-ÿ])';
const DAY_IN_WORDS_OF_MONTH = dayAfterDueWord(
  `(?:(?:le|el|el día|o|o dia|dia|día)\\s(${CARDINAL_DAY_ALTERNATION})(?:${COMING_AFTER_DAY}|(?=\\s?(?:[.,;!?)]|$)))|(${CARDINAL_DAY_ALTERNATION})${COMING_AFTER_DAY})`,
);

/**
 * Finds when payment is due: a date after a due word ("due 18 March", "Zahlungsziel: 01.04.2026"),
 * else payment terms relative to when the email was sent ("Net 30", "within 30 days of receipt",
 * "payable by Friday"). Relative terms need `referenceAt`; without it they are left unknown.
 */
export function extractDueDate(
  text: string,
  reading: DateReading,
  index?: TrigramIndex,
  answered = '',
): StatedDueDate | null {
  const moved = findMovedDueDate(text, index, reading);
  if (moved) return moved;
  const dueWord = findDateAfterWords(text, index, DUE_WORD, reading, false);
  // A reminder names the date that passed ("de vervaldatum was 1 september") and asks for a new one
  // ("vóór 30 september overmaken"): the new one is what the client must meet now. The passed day may
  // also come before its verb: "Die Rechnung war am 15. Juni fällig … geht es bis Wochenanfang?"
  // (field-wording-19 fw19-059).
  const start = startDay(reading);
  const sendDay = start ? toIsoDate(start) : null;
  const dueWordBefore = dueWord ? null : findDateBeforeWords(text, index, reading);
  const passed = dueWord ?? dueWordBefore;
  if (passed && sendDay && passed.dueDate < sendDay) {
    const later = dayAfterPassedDueDay(text, index, reading, passed, sendDay);
    if (later) return later;
  }
  if (dueWord) return eventTermAfter(text, index, reading, dueWord) ?? dueWord;
  const deadline = findDeadline(text, index, reading, sendDay);
  // A deadline already passed with no due word is as often another day's purpose: "la facture … pour
  // la livraison du jeudi 12 août (pour le 15 août en Outremeuse) … Payable à la quinzaine"
  // (field-wording-21 fw21-068); terms still to come win over it.
  // So does a day asked for later with its verb last: "Die was betaalbaar binnen de 30 dagen, dus tegen
  // 10/04. Mogen we u vragen het bedrag nog in april over te schrijven?" (field-wording-59 fw59-058).
  if (
    deadline &&
    sendDay &&
    deadline.dueDate < sendDay &&
    dueWordBefore &&
    dueWordBefore.dueDate >= sendDay &&
    foundAt(text, dueWordBefore) > foundAt(text, deadline)
  )
    return dueWordBefore;
  if (deadline && sendDay && deadline.dueDate < sendDay && !dueWordBefore) {
    // Terms said before it are the ones that set it: "payable dans les 30 jours, soit pour le 8 septembre"
    // (field-wording-17 fw17-016).
    const terms = findPeriodFromNamedEvent(text, index, reading) ?? findRelativeDueDate(text, index, reading);
    const deadlineAt = foundAt(text, deadline);
    if (terms && terms.dueDate >= sendDay && text.indexOf(terms.phrase) > deadlineAt) return terms;
  }
  return (
    deadline ??
    dueWordBefore ??
    findPeriodFromNamedEvent(text, index, reading) ??
    findRelativeDueDate(text, index, reading) ??
    findDayBeforeWish(text, index, reading, answered) ??
    findDayEndingPaymentClause(text, index, reading) ??
    findDeliveryDayPaidOn(text, index, reading) ??
    findEventDayPaidOn(text, index, reading) ??
    findDayInPaymentSentence(text, reading)
  );
}

/**
 * A due word's period that counts from an event is the event reader's to date: "Delivered Tuesday 24
 * February. … payable within 14 days of delivery" had counted from the send day.
 */
function eventTermAfter(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
  dueWord: PlacedDueDate,
): StatedDueDate | null {
  if (!COUNTED.test(dueWord.phrase)) return null;
  const phraseAt = text.indexOf(dueWord.phrase, dueWord.at);
  if (phraseAt < 0) return null;
  const after = text.slice(phraseAt + dueWord.phrase.length, phraseAt + dueWord.phrase.length + 40);
  if (!isCountedFromAnotherEvent(after) && !OF_AN_EVENT.test(after)) return null;
  return findPeriodFromNamedEvent(text, index, reading);
}

// Paid on the day of an event the mail dates elsewhere: "el saldo … se paga el mismo día del matrimonio"
// after "el matrimonio del sábado 13 de marzo" (field-wording-21 fw21-018), "Le solde est payable le soir
// du concert" after "le concert … du vendredi 19 mars" (field-wording-8 fw8-025).
// Also "El saldo lo abonás el mismo día del evento, el sábado 24 de abril", "que a senhora acerta no dia da
// instalação", "Kindly clear the balance on or before the wedding day" (field-wording-14 fw14-017, fw14-064,
// fw14-008), "Le règlement se fait le jour de la pose de la motorisation" (field-wording-37 fw37-044).
const PAID_ON_EVENT_DAY =
  /(?<![a-zà-ÿ])(?:(?:se|lo|la) (?:paga|abona)|(?:lo |la )?(?:abonás|pagás)|payable|à régler|(?:le règlement|le paiement) se (?:fait|fera)|paid|is due|é pago|wird bezahlt|zahlbar|acerta|acertar)\s(?:el mismo día|el día|le soir|le jour(?: même)?|on the day|no dia|am tag)\s(?:del?|du|de la|of the|of|do|da|des)\s([a-zà-ÿ]{4,})/i;
// "on or before the wedding day", found from its last words: a scan from every "pay" cost more.
const BY_THE_OCCASION_DAY = /(?<![a-z])(?:on or before|by|on) (?:(?:the|your) )?([a-z]{4,}) day(?![a-z])/i;
const PAYING_JUST_BEFORE = /(?<![a-z])(?:pay|paid|payable|clear|settle|settled|due)(?![a-z])[^.\n]{0,30}$/i;

function findEventDayPaidOn(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
): StatedDueDate | null {
  const byDay = mayOccur(BY_THE_OCCASION_DAY, index) ? BY_THE_OCCASION_DAY.exec(text) : null;
  const byDayPaid =
    byDay && PAYING_JUST_BEFORE.test(text.slice(Math.max(0, byDay.index - 40), byDay.index)) ? byDay : null;
  const paid = byDayPaid ?? (mayOccur(PAID_ON_EVENT_DAY, index) ? PAID_ON_EVENT_DAY.exec(text) : null);
  const start = paid ? startDay(reading) : null;
  if (!paid || !start) return null;
  const end = paid.index + paid[0].length;
  const noun = (paid[1] ?? '').toLowerCase();
  const dayAfter = readFirstStatedDate(clauseAfter(text, end), reading);
  const day =
    (dayAfter && dayAfter.index <= 14 ? dayAfter.day : null) ??
    findEventDay(text, noun, paid.index, end, reading, start) ??
    (OCCASION.test(noun) ? firstComingDay(comingDays(text, paid.index, end, reading, start, 6)) : null);
  if (!day || daysBetween(start, day) < 0) return null;
  return { dueDate: toIsoDate(day), phrase: paid[0], saysPayment: true };
}

const LATER_INSTALMENT =
  /(?<![a-zà-ÿ])(?:next|final|last|second|third|fourth|\d\.?(?:e|ème|º|ª|nd|rd|th|st)?|dernier|dernière|última|último|nächste|letzte|volgende|laatste|próxima|siguiente)\s(?:(?:et|e|and|y|und|en)\s(?:dernier|dernière|última|último|final|last|letzte|laatste)\s)?(?:versement|prestação|parcela|instal?lment|rate|cuota|termijn|tranche|mensualité|payment)(?![a-zà-ÿ])/i;

const LATENESS =
  /^\s(?:over(?:due)?(?!\ste\s)|late|past(?: due| the date)?|ago|behind|in arrears|te laat|over tijd|überfällig|überzogen|en retard|de retraso|de atraso|em atraso)(?![a-zà-ÿ])/i;

// Words that ask the client for something, in the six languages. After a passed due day a request needs no
// words about paying: "Could you get it sorted within a fortnight?"
// Spanish and Portuguese ask in the conditional or with "pedir": "le agradeceríamos que quedara saldada antes
// de … el lunes 4 de octubre", "Te pido que me la transfieras el viernes 30" (field-wording-48 fw48-063,
// fw48-036). The present "agradecemos" thanks, and stays out.
const ASKS_THE_CLIENT =
  "(?:could|can|would) you|if you (?:could|can)|(?:i|we)(?:'d|’d| would) be grateful|(?:i|we)(?:'d|’d| would) appreciate|(?:i|we) request you|please|kindly|agradecer[ií]amos|agradecería|agradecíamos|(?:te|le|les|vos) (?:pido|pedimos)|(?:te|lhe|vos) peço|pedimos que|ich bitte|wir bitten|je vous prie|nous vous prions|(?:les |le )?rogamos|bitte|könn(?:t)?en sie|kannst du|könntest du|merci de|pourriez-vous|pouvez-vous|peux-tu|pourrais-tu|por favor|me ayudas|podrías|podría|puedes|puede|wil je|wilt u|kun je|kunt u|kan je|graag|pode|podes|poderia|consegue|conseguem|conseguia|conseguiria";
const ASKED_OF_THE_CLIENT = new RegExp(`(?<![a-zà-ÿ])(?:${ASKS_THE_CLIENT})(?![a-zà-ÿ])`, 'i');

// After a passed due day, payment asked for the send day itself with no deadline word: "Wil je het vandaag
// nog overmaken?" after "De vervaldatum was 31-12-2027" (field-wording-30 fw30-044), "Could you pay it
// today?". The ask and the verb keep "I paid today" and "I'll send the invoice today" out. Read in first
// bills and offers too, it gave a held-out set's row with no due day one.
const PAY_VERBS =
  'pay|settle|transfer|wire|send (?:it|that|the (?:payment|money|funds|balance))|make (?:the )?payment|overmaken|overmaakt|betalen|betaalt|voldoen|überweisen|bezahlen|begleichen|zahlen|régler|payer|virer|(?:faire|effectuer) (?:le |un )?(?:virement|paiement|règlement)|pagar|transferir|abonar|saldar|(?:hacer|realizar|fazer|efetuar|mandar) (?:la |el |o |a |um |uma )?(?:transferencia|transferência|pago|pagamento|pix)|acertar';
const TODAY = "today|vandaag|heute|aujourd'hui|aujourd’hui|hoy|hoje";
const PAYMENT_ASKED_TODAY = new RegExp(
  `(?<![a-zà-ÿ])(?:${ASKS_THE_CLIENT})(?![a-zà-ÿ])[^.!?\\n]{0,30}?(?:(?<![a-zà-ÿ])(?:${PAY_VERBS})(?![a-zà-ÿ])[^.!?\\n]{0,30}?(?<![a-zà-ÿ])(?:${TODAY})|(?<![a-zà-ÿ])(?:${TODAY})(?![a-zà-ÿ'’])[^.!?\\n]{0,30}?(?<![a-zà-ÿ])(?:${PAY_VERBS}))(?![a-zà-ÿ'’])`,
  'i',
);

function findPaymentAskedToday(text: string, sendDay: string): StatedDueDate | null {
  const asked = PAYMENT_ASKED_TODAY.exec(text);
  return asked ? { dueDate: sendDay, phrase: asked[0], saysPayment: true } : null;
}

// A reminder's list may put the new day under a label of its own: "– ursprünglich fällig: an Lichtmess
// (2. Februar) / – neuer Termin: Freitag, 5. März" (field-wording-42 fw42-033). Read only after a passed due
// day: elsewhere a new date is as often a rescheduled visit's.
const NEW_DAY_LABEL =
  /(?<![a-zà-ÿ])(?:new date|neuer (?:zahlungs)?termin|neue frist|neues datum|nouvelle date|nueva fecha|nuevo plazo|nieuwe (?:datum|termijn)|nova data|novo prazo)(?=\s?[:–-]|\s(?:is|ist|est|es|é|would be|wäre|sera|será|seria)\s)/gi;

/** A later day asked for after the one that passed: a due word, a deadline, a label, a wish or a new period. */
function dayAfterPassedDueDay(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
  passed: StatedDueDate,
  sendDay: string,
): StatedDueDate | null {
  // "ursprünglich fällig: 24.05.2027 / neues Zahlungsziel: 18.06.2027" (field-wording-5 fw5-050). A later
  // instalment's day is not this one's: "Le 3e et dernier versement sera dû le 15 février"
  // (field-wording-24 fw24-052).
  const laterDueWord = findDateAfterWords(
    text,
    index,
    DUE_WORD,
    reading,
    false,
    sendDay,
    false,
    LATER_INSTALMENT,
  );
  // "était payable pour le 28/07/2027 … au plus tard le 27 août 2027" (field-wording-22 fw22-072): the
  // passed day may itself follow a deadline word. The first said wins: "We'd appreciate settlement by
  // Friday, 12 February. … the annual compliance return … is due on 1 March" (field-wording-24 fw24-066).
  const deadline = findDateAfterWords(text, index, DEADLINE_WORD, reading, true, sendDay, true);
  const relabelled = findDateAfterWords(text, index, NEW_DAY_LABEL, reading, false, sendDay, true);
  // "… was due on 30 Nov. Would two weeks from today work for payment? That gives your finance team time
  // before the year-end freeze" (field-wording-23 fw23-048): a day offered as a wish counts as said too,
  // as in "… was due on 28 February – 15 March is absolutely fine as the new date" (field-wording-10 fw10-066).
  const offered = findDayBeforeWish(text, index, reading);
  const wished = offered && offered.dueDate > sendDay ? offered : null;
  const said = [laterDueWord, deadline, relabelled, wished].filter((found) => found !== null);
  if (said.length > 0) return said.reduce((first, found) => (found.at < first.at ? found : first));
  const deadlineAfterDate = findDateBeforeWords(text, index, reading, sendDay);
  if (deadlineAfterDate) return deadlineAfterDate;
  // "De vervaldatum was 1 september. Wilt u het bedrag binnen 7 dagen overmaken?" (billing-wording):
  // a counted period; "could you pay it this week?" keeps the day that passed (field-wording w021).
  const newPeriod = findRelativeDueDate(text, index, reading);
  // "de régler cette somme sous huit jours à compter de la présente" (field-wording-10 fw10-008).
  // A period written before the passed day is the term that set it: "payable within 30 days, fell due on
  // 1st April 2027" (field-wording-11 fw11-036).
  const passedAt = foundAt(text, passed);
  const periodAt = newPeriod ? text.indexOf(newPeriod.phrase) : -1;
  // "… was due three weeks after the invoice date, so it's now a couple of weeks over" (field-wording-25
  // fw25-017) counts the lateness, not a new term.
  if (newPeriod && countsLateness(text, newPeriod, periodAt)) return null;
  if (newPeriod && periodAt > passedAt && isNewTerm(newPeriod, sendDay)) return newPeriod;
  // The new period may follow the original term ("was payable within 14 days and fell due on 16 July. …
  // Unless the full amount … is received within seven days of the date of this letter"), and may be asked
  // for in words that say nothing of paying: "… it was due at the end of September. Could you get it
  // sorted within a fortnight?" (field-wording-28 fw28-017, fw28-020).
  if (passedAt < 0) return null;
  const askedFrom = (from: number): { asked: StatedDueDate | null; askedAt: number } => {
    const asked = findRelativeDueDate(text.slice(from), undefined, reading, true);
    return { asked, askedAt: asked ? text.indexOf(asked.phrase, from) : -1 };
  };
  // The period that set the passed day is no new one: "Tax invoice SS-1129 (dated 29 November) … Terms: 7
  // days from invoice date" (field-wording-40 fw40-029) was read from the send day the second time.
  const first = askedFrom(passedAt);
  const { asked, askedAt } =
    first.asked && first.askedAt === passedAt ? askedFrom(passedAt + first.asked.phrase.length) : first;
  // "Please could you arrange payment by return" asks for it the day it is read.
  const isAskedNow = asked?.dueDate === sendDay && BY_RETURN.test(asked.phrase);
  if (asked && (isNewTerm(asked, sendDay) || isAskedNow) && !countsLateness(text, asked, askedAt))
    return asked;
  return (
    findPaymentAskedToday(text.slice(passedAt), sendDay) ??
    findDayAskedAfter(text, passedAt + passed.phrase.length, reading, sendDay) ??
    findDeadlineInSubject(text, passedAt, reading, sendDay)
  );
}

/**
 * A reminder may set its new day in the subject alone: "Reminder - Bill GDB/0120 - pls clear by 8 Mar" over a
 * body that names only the day that passed (field-wording-42 fw42-048). The subject is the text's first line.
 */
function findDeadlineInSubject(
  text: string,
  passedAt: number,
  reading: DateReading,
  sendDay: string,
): StatedDueDate | null {
  const subjectEnd = text.indexOf('\n');
  if (subjectEnd < 0 || passedAt < subjectEnd) return null;
  return findDateAfterWords(text.slice(0, subjectEnd), undefined, DEADLINE_WORD, reading, false, sendDay);
}

const BY_RETURN = /(?<![a-z])by return(?![a-z])/i;

// A question or a request after a passed due day asks for the day it names, however it leads up to it:
// "Could you take care of it by the Ides of March (that's Monday the 15th)?", "Conseguia regularizar até
// ao último dia de abertura, domingo 13?", "Could the boosters get a check cut at the meeting next Tuesday
// (9/15)?", "Les rogamos que la incluyan en la remesa de pagos del próximo día 10" (field-wording-33
// fw33-026, field-wording-36 fw36-001 and fw36-009, field-wording-38 fw38-009).
const ASKS_A_QUESTION = /\?\s*$/;
const BARE_NUMBER = /^[\d\s.,;:)]+$/;
// Only a day soon after the send day is a new deadline; one further off is the next job or visit.
const ASKED_DAY_HORIZON_DAYS = 45;

// A weekday said before another day counts from that one: "no later than the Thursday before your launch
// date" (field-wording-33 fw33-019), "el lunes antes de la Vía Blanca".
const COUNTS_FROM_ANOTHER_DAY =
  /^,?\s(?:before|after|ahead of|prior to|vor|nach|avant|après|antes|después|voor|vóór|na|depois)(?![a-zà-ÿ])/i;

/**
 * The first day `words` names soon after the send day: a whole date outranks a weekday said on the way to
 * it ("With Easter coming up, could we ask for it in your first run after the break, Wednesday 31 March?",
 * field-wording-38 fw38-050). With `wholeDateDecides`, a whole date that is not soon after leaves no day.
 */
function daySoonAfterIn(
  words: string,
  reading: DateReading,
  start: CalendarDay,
  sendDay: string,
  wholeDateDecides = false,
): { day: CalendarDay; words: string } | null {
  const stated = readFirstStatedDate(words, reading);
  if (stated && isSoonAfter(stated.day, start, sendDay))
    return { day: stated.day, words: words.slice(stated.index, stated.end) };
  if (stated && wholeDateDecides) return null;
  for (const wordStart of words.matchAll(/(?:^|\s|\()(?=[^\s(])/g)) {
    const window = words.slice(wordStart.index + wordStart[0].length);
    const day = readDayOpening(window, reading, start);
    // A number alone is as often an account's or a house's as a day: "overmaken op NL45 INGB 0006 7733
    // 12" (field-wording-15 fw15-018).
    if (!day || BARE_NUMBER.test(day.words) || !isSoonAfter(day.day, start, sendDay)) continue;
    // "which was Friday 9th" said of a Friday gone reads as the next 9th, whatever its weekday
    // (field-wording-43 fw43-073): a weekday that does not agree is another day's, and so is the sentence.
    const weekdaySaid = WEEKDAY_NUMBERS[(/^[a-zà-ÿ]+/i.exec(day.words)?.[0] ?? '').toLowerCase()];
    if (weekdaySaid !== undefined && /\d/.test(day.words) && weekdayOf(day.day) !== weekdaySaid) return null;
    const after = window.slice(window.indexOf(day.words) + day.words.length);
    if (!COUNTS_FROM_ANOTHER_DAY.test(after)) return day;
  }
  return null;
}

function isSoonAfter(day: CalendarDay, start: CalendarDay, sendDay: string): boolean {
  return toIsoDate(day) > sendDay && daysBetween(start, day) <= ASKED_DAY_HORIZON_DAYS;
}

/** The first coming day named in a question or request that starts after `from`. */
function findDayAskedAfter(
  text: string,
  from: number,
  reading: DateReading,
  sendDay: string,
): StatedDueDate | null {
  const start = startDay(reading);
  if (!start) return null;
  const after = text.slice(from, from + 1200);
  let looked = 0;
  for (const words of after.split(SENTENCE_BREAK)) {
    if (++looked > 12) break;
    if (!ASKS_A_QUESTION.test(words) && !ASKED_OF_THE_CLIENT.test(words)) continue;
    if (DELIVERY_OR_DECISION.test(words)) continue;
    const day = daySoonAfterIn(words, reading, start, sendDay);
    if (day) return { dueDate: toIsoDate(day.day), phrase: day.words, saysPayment: false };
  }
  return null;
}

/**
 * Where in `text` a due date was stated: where the reader placed it when it kept that, else where its
 * phrase's words after the first occur. A phrase may drop a colon ("Due date: 31st March 2027" is phrased
 * "Due date 31st March 2027"), so the place kept is the one to trust (field-wording-27 fw27-025).
 */
function foundAt(text: string, found: StatedDueDate | PlacedDueDate): number {
  if ('at' in found) return found.at;
  return text.indexOf(found.phrase.split(' ').slice(1).join(' '));
}

/** A counted period that ends after the send day. */
function isNewTerm(period: StatedDueDate, sendDay: string): boolean {
  return period.dueDate > sendDay && COUNTED.test(period.phrase);
}

/** Whether the period stated at `at` is followed by words that make it a count of the days already late. */
function countsLateness(text: string, period: StatedDueDate, at: number): boolean {
  return LATENESS.test(text.slice(at + period.phrase.length));
}

/**
 * The day after a deadline word ("avant mardi prochain"); one that already passed gives way to a later
 * one: "Elle devait être réglée pour le 15 mai … Tu peux me faire le virement avant mardi prochain ?"
 * (field-wording-13 fw13-018).
 */
function findDeadline(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
  sendDay: string | null,
): StatedDueDate | null {
  const first = findDateAfterWords(text, index, DEADLINE_WORD, reading, true);
  if (!first || !sendDay || first.dueDate >= sendDay) return first;
  // The passed one was about paying, so the words about paying may lie a sentence back: "Het was
  // afgesproken voor 30 juni, kan het nu uiterlijk woensdag 7 juli?" (field-wording-19 fw19-061).
  return findDateAfterWords(text, index, DEADLINE_WORD, reading, true, sendDay, true) ?? first;
}

// Paid when the goods come: "el pago es contra entrega" after "El despacho llega el jueves 6 de mayo"
// (field-wording-10 fw10-025), "Payment on collection - Saturday's good" (field-wording-8 fw8-028); or
// when the work ends or the trip starts: "Het restant betaalt u na oplevering; de oplevering staat gepland
// op vrijdag 20 augustus", "Betaling vóór vertrek" after "Vertrek zaterdag 9 oktober" (field-wording-19
// fw19-070, fw19-080), "payment is due upon completion of the charter. Last pickup … is on the schedule
// for Saturday, Aug 14" (field-wording-18 fw18-063).
const PAID_ON_DELIVERY =
  /(?<![a-zà-ÿ])(?:contra (?:entrega|reembolso)|cash on delivery|(?:payment|payable|pay|paid|(?:payment |balance )?(?:is )?due) (?:on|upon) (?:delivery|collection|pick-?up)|(?:paiement |payable |réglé )?à la livraison|(?:zahlung |zahlbar )?bei (?:lieferung|übergabe|abholung)|(?:pagamento|pago|pagas?) (?:na|en la|a la|no ato da) entrega|se (?:cancela|paga|abona) (?:a|en) la entrega|(?:betaling |te betalen )?bij (?:levering|aflevering|ophalen|afhalen)|(?:payment|payable|pay|paid|due) (?:on|upon) (?:completion|departure|arrival)|(?:betaling|te betalen|betaalt u) (?:na|bij|vóór|voor) (?:oplevering|aflevering|vertrek|aankomst))(?![a-zà-ÿ])/i;
// Where the mail says when the goods come, the day follows the word.
const DELIVERY_MENTION =
  /(?<![a-zà-ÿ])(?:despacho|entrega|entregamos|entregaremos|delivery|deliver(?:ed|s)?|arrives?|llega|livraison|livr(?:é|ons|erons)|lieferung|liefern|geliefert|abholen|levering|leveren|geleverd|chega|collection|collect|pick-?up|abholung|ophalen|afhalen|completion|completed|oplevering|vertrek|departure|departs?)(?![a-zà-ÿ])/gi;

// A pro forma paid before the goods leave, with the day they leave: "Payment before dispatch please. … the
// order is booked on the Mumbwa bus on Tuesday, 19 January 2027", "Paiement avant expédition. …
// l'expédition est prévue le mardi 19 janvier 2027", "bitten wir um Zahlung vor Versand. Die Spedition holt
// die Paletten am Mittwoch, 10. März 2027 ab" (field-wording-26). An export pro forma's "Payment: 100% T/T
// before shipment" with "ETD: 1 March 2027", the estimated time of departure (field-wording-26 fw26-026).
const PAID_BEFORE_DISPATCH =
  /(?<![a-zà-ÿ])(?:payment|paiement|zahlung|pago|pagamento|betaling)\s?:?\s(?:[^.\n]{0,20}\s)?(?:before|prior to|avant|vor|antes del?|antes do|vóór|voor)\s(?:the\s|l'|el\s|o\s|de\s)?(?:dispatch|shipment|shipping|expédition|l'envoi|envoi|versand|envío|envio|verzending)(?![a-zà-ÿ])/i;
const DISPATCH_MENTION =
  /(?<![a-zà-ÿ])(?:dispatch(?:ed)?|ship(?:s|ped|ment|ping)?|etd|bus|flight|expédition|expédiés?|versand|versendet|spedition|envío|enviamos|envio|segue|seguem|verzending|verzonden)(?![a-zà-ÿ])/gi;

function findDeliveryDayPaidOn(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
): StatedDueDate | null {
  return (
    findGoodsDayPaidOn(text, index, reading, PAID_ON_DELIVERY, DELIVERY_MENTION) ??
    findGoodsDayPaidOn(text, index, reading, PAID_BEFORE_DISPATCH, DISPATCH_MENTION)
  );
}

// Dutch and German put the verb last, its day before it: "Je kan hem zaterdag 16 januari ophalen" before
// "Graag betalen bij ophalen" (field-wording-26 fw26-063), "die sechs Larven habts ja am 24. November
// abgeholt" (field-wording-25 fw25-053).
const VERB_LAST =
  /^(?:ophalen|afhalen|leveren|abholen|liefern|abgeholt|opgehaald|afgehaald|afgerond|fertiggestellt)$/i;

/** The last day stated in the clause that ends at `at`. */
function dayEndingClauseBefore(text: string, at: number, reading: DateReading): CalendarDay | null {
  const before = text.slice(Math.max(0, at - 100), at);
  return readLastStatedDate(before.slice(clauseStartIn(before)), reading)?.day ?? null;
}

/** The day the goods come or leave, by the first `mention` dated after it, when `paidWhen` says payment is due then. */
function findGoodsDayPaidOn(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
  paidWhen: RegExp,
  mention: RegExp,
): StatedDueDate | null {
  const paid = mayOccur(paidWhen, index) ? paidWhen.exec(text) : null;
  const start = paid ? startDay(reading) : null;
  if (!paid || !start) return null;
  const sendDay = toIsoDate(start);
  mention.lastIndex = 0;
  let looked = 0;
  for (let found = mention.exec(text); found && looked < 10; found = mention.exec(text)) {
    looked++;
    const after = clauseAfter(text, found.index + found[0].length);
    const stated = readFirstStatedDate(after, reading);
    const day =
      stated && stated.index <= 60
        ? stated.day
        : (readRelativeDay(after, start)?.day ??
          (VERB_LAST.test(found[0]) ? dayEndingClauseBefore(text, found.index, reading) : null));
    if (day && toIsoDate(day) >= sendDay) {
      return {
        dueDate: toIsoDate(day),
        phrase: `${paid[0]} (${found[0]}${after.slice(0, 30)})`,
        saysPayment: true,
      };
    }
  }
  return null;
}

// A deadline tied to something in the client's life or the sender's, with its day at the clause's end:
// "before Luna's booster appointment on 24 September", "settled at your next visit on Monday 17 May",
// "Any chance before I go on holiday on the 22nd?", "before the first payroll run of March, i.e. the
// 2nd?", "Avant les fêtes si possible, disons le 23 ?", "se cargará … mediante domiciliación el día 10
// de mayo" (field-wording-5.jsonl). The last day in the sentence wins: it restates the first.
// `\b` before the look-behind lets the engine skip straight to word starts (twice as fast on long mail,
// `npm run bench`); every alternative starts with an ASCII letter, so it drops no match.
const TIED_DEADLINE =
  /\b(?<![a-zà-ÿ])(?:(?<!(?:as|than|like|ever|never) )before(?!\s?:)|by|until|till|ahead of|prior to|in time for|at|vor|bis|bei|avant|lors de|d'ici|au plus tard|antes del?|(?<!(?:abrazo|saludos|besos?) y )hasta|como (?:muy tarde|mucho|máximo)|a más tardar|voor|vóór|bij|tot|uiterlijk|(?<!(?:abraço|abraços|beijos?) e )até|antes d[ao]|no máximo|(?:will be|to be|is) (?:debited|collected)|se cargará|abgebucht|prélevée?|geïncasseerd|afgeschreven|debitad[ao])(?![a-zà-ÿ])/gi;
// A day that starts or seals a deal is the offer's, not a bill's: "if you book before the 30th".
const DEAL_WORDS =
  /(?<![a-zà-ÿ])(?:book(?:ing)?|reserv|réserv|go ahead|buchen|boek|(?:if|once) you (?:accept|sign|order|confirm)|wenn sie (?:zusagen|unterschreiben|bestellen)|si vous (?:acceptez|signez|commandez)|si (?:aceptas|acepta|firmas|firma)|als (?:je|u) (?:akkoord|tekent|bestelt)|se (?:fechar|aceitar|assinar))/i;
// The clause names a day only with a figure, a weekday, a month or a holiday: a cheap test before the
// readers.
const NAMES_A_DAY = new RegExp(
  `\\d|\\b(?<![a-zà-ÿ])(?:${WEEKDAY_NAMES}|${MONTH_ALTERNATION}|${[...HOLIDAY_NAMES, ...WEEKDAY_HOLIDAY_NAMES, ...MOVABLE_FEAST_NAMES].map(({ names }) => names.source).join('|')}|${CHRISTMAS_NAMES})(?![a-zà-ÿ])`,
  'i',
);
// A thank-you looks back: "thanks for having me at the wedding on Saturday" (invoice-wording iw002).
const THANKS =
  /(?<![a-zà-ÿ])(?:thanks (?:for|again)|thank you (?:for|again)|danke? (?:für|nochmal)|merci (?:pour|encore|beaucoup)|gracias (?:por|de nuevo)|bedankt voor|obrigad[ao] (?:pel[ao]|por))(?![a-zà-ÿ])/i;
// "i.e.", "e.g." and a month or weekday cut short end no sentence: "before the first payroll run of March,
// i.e. the 2nd?", "cash against delivery, i.e. when the van arrives on Thursday 6th August", "at our first
// practice after Labor Day: Tuesday, Sep. 7, 2027" (field-wording-41 fw41-061, field-wording-45 fw45-064).
const DOTTED_SHORT_WORDS =
  'i\\.e|e\\.g|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
// A clause ends at a sentence's end, a line's, a semicolon, or a question set off in Spanish (", ¿vale?").
const CLAUSE_END = new RegExp(
  `(?<!\\d|(?<![a-zà-ÿ])(?:${DOTTED_SHORT_WORDS}))[.!?](?=\\s|$)|[\\n;]|\\s[¿?!]`,
  'i',
);
// After a figure a dot ends the sentence when a capital follows that starts no month: "… more than
// $2,850. Could start Monday", but "am 3. Februar".
const FIGURE_THEN_NEW_SENTENCE = /\d\.\s+(?=[A-ZÀ-Ý])/g;

/** The words from `end` to the end of their clause, at most 100 characters. */
function clauseAfter(text: string, end: number): string {
  const clause = text.slice(end, end + 100).split(CLAUSE_END)[0] ?? '';
  for (const found of clause.matchAll(FIGURE_THEN_NEW_SENTENCE)) {
    const next = found.index + found[0].length;
    if (!startsWithMonthName(clause.slice(next))) return clause.slice(0, found.index + 1);
  }
  return clause;
}

function findDayEndingPaymentClause(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
): StatedDueDate | null {
  const start = startDay(reading);
  if (!start) return null;
  const sendDay = toIsoDate(start);
  if (!mayOccur(TIED_DEADLINE, index)) return null;
  TIED_DEADLINE.lastIndex = 0;
  let looked = 0;
  for (let match = TIED_DEADLINE.exec(text); match && looked < 20; match = TIED_DEADLINE.exec(text)) {
    looked++;
    const end = match.index + match[0].length;
    if (!NAMES_A_DAY.test(text.slice(end, end + 100))) continue;
    if (isBillsFor(text, match)) continue;
    const rest = clauseAfter(text, end);
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    const sentence = `${before.slice(sentenceStartIn(before))}${match[0]}${rest}`;
    if (
      DEAL_WORDS.test(sentence) ||
      THANKS.test(sentence) ||
      NO_RUSH_UNTIL.test(`${before.slice(-40)}${match[0]}${rest.slice(0, 16)}`) ||
      !isAboutPaying(before, true, `${match[0]}${rest}`)
    )
      continue;
    const fragment = rest.replace(SOFTENER_AT_END, '').replace(/[\s,;:—–-]+$/, '');
    if (AS_OF_DAY.test(fragment)) continue;
    // "Timeline stays at five weeks", "what a day": a length of time after "at" is no deadline.
    const day =
      readDayEndingAt(fragment, reading, start, false) ?? readDayEndingAtComma(fragment, reading, start);
    if (day && toIsoDate(day.day) >= sendDay) {
      return {
        dueDate: toIsoDate(day.day),
        phrase: `${match[0]}${fragment}`.trim(),
        saysPayment: PAYMENT_WORDS.test(sentence),
      };
    }
  }
  return null;
}

// Last of all, a sentence about paying that names a coming day ties the two, whatever joins them: "You can
// pay me when I come back with it, Tuesday the 28th", "el pago al entregar las llaves, el lunes 7", "Pay me
// out of your first mill settlement - they're saying that comes Friday, October 16" (field-wording-35
// fw35-079, field-wording-37 fw37-076, field-wording-36 fw36-032).
// "The green's due a roll before the open day on the 12th" (field-wording-23 fw23-036) owes no money.
const PAYING_ASKED = new RegExp(
  `(?<![a-zà-ÿ])(?:${PAY_VERBS}|payment|payable|paiement|règlement|zahlung|zahlbar|pago|pagamento|betaling|te betalen|transferís|transfiere|transfira|release the payment|due(?! (?:to|a|an|for|back|in|out|home|here|soon)(?![a-z]))|échéance|fällig|vencimiento|vencimento|vervaldatum|vervaldag)(?![a-zà-ÿ])`,
  'i',
);
// The sender's own payment or promise, a deal's day, thanks or a price held: "I'll pay it on Friday", "Thanks,
// we've received £260.00 from you" (invoice-wording iw063, proposal-wording-8 pw8-040). Payment that came
// in "today" is left out by the day itself: only a day after the send day is read.
// A promise counts when it comes before the words about paying: "I'll pay the glazier on Friday", not
// "E-transfer by the Monday before the tourney (the 11th) please, and I'll have them boxed" (field-wording-40
// fw40-059).
const NOT_ASKED_OF_THE_CLIENT = [SENDER_PAID, DEAL_WORDS, THANKS, OFFER_KEPT];
// "a week today" is a day, not a period: "Payment a week today please" (field-wording-46 fw46-004).
const COUNTED_PERIOD = new RegExp(
  `(?<![a-zà-ÿ])(?:\\d{1,3}|${COUNT_WORDS})\\s(?:${PERIOD_UNITS})(?![a-zà-ÿ])(?!\\s(?:today|from today)(?![a-zà-ÿ]))`,
  'i',
);
const SENTENCE_BREAK = new RegExp(`(?<!(?<![a-zà-ÿ])(?:${DOTTED_SHORT_WORDS})\\.)(?<=[.!?])\\s+|\\n`, 'i');

function findDayInPaymentSentence(text: string, reading: DateReading): StatedDueDate | null {
  const start = startDay(reading);
  if (!start) return null;
  const sendDay = toIsoDate(start);
  let looked = 0;
  for (const words of text.split(SENTENCE_BREAK)) {
    if (++looked > 80) break;
    const paying = words.length > 400 ? null : PAYING_ASKED.exec(words);
    if (!paying || NOT_ASKED_OF_THE_CLIENT.some((pattern) => pattern.test(words))) continue;
    const payingEnd = paying.index + paying[0].length;
    if (SENDER_PROMISE.test(words.slice(0, payingEnd))) continue;
    // Nor is a day the sender promises after it: "… would come to $2,400, and I could start on the 3rd".
    const promisedAt = SENDER_PROMISE.exec(words.slice(payingEnd))?.index;
    const asked = promisedAt === undefined ? words : words.slice(0, payingEnd + promisedAt);
    // A period counted from the work or a day already gone is for the readers before this one: "the payment
    // is in 7 days after the check-out inspection, what is on Tuesday 1 September", "payment was to be
    // made before the season closed at Braemar, on Saturday 4 September" (field-wording-37 fw37-054,
    // field-wording-34 fw34-073).
    if (COUNTED_PERIOD.test(asked)) continue;
    const day = daySoonAfterIn(asked, reading, start, sendDay, true);
    if (day) return { dueDate: toIsoDate(day.day), phrase: day.words, saysPayment: true };
  }
  return null;
}

// "A quick look at your account as of today:": the day a statement is drawn up is no deadline
// (field-wording-7 fw7-s01).
const AS_OF_DAY =
  /(?<![a-zà-ÿ])(?:as (?:of|at)|stand(?: vom)?|en date du|à ce jour|a (?:día|fecha) de|per|com data de)\s(?:today|heute|aujourd'hui|hoy|vandaag|hoje|[\d./-]{3,10})$/i;

// A courtesy after the words that matter: "Within a week please.", "… so the 12th please", "… le 20 juin svp",
// "if you could pay by the 18th that'd be great" (field-wording-7 fw7-d02).
const SOFTENER =
  "(?:please|pls|thanks|thank you|if you can|if possible|(?:that'?d|that would|it'?d|it would|would) be (?:great|ideal|perfect|brilliant|lovely|amazing)|bitte|danke|svp|s'il vous plaît|si possible|por favor|si puedes|alstublieft|aub|graag|se possível)";
// "Within a fortnight please, no rush before that :)" (field-wording-24 fw24-048): an easy-going aside
// after the softener leaves the term alone in its sentence, as does a nod to the habit: "Within three
// weeks please, same as last year, and …" (field-wording-29 fw29-012).
const SOFTENER_OR_NOTHING = new RegExp(
  `^[\\s,]*${SOFTENER}?[\\s!.]*(?:,\\s(?:no (?:rush|hurry|stress|pressure)|thanks|thank you|cheers|ta|(?:same )?as (?:last (?:year|time|month)|before|always|usual|agreed))(?![a-z])[^.!?\\n]{0,30})?$`,
  'i',
);
const SOFTENER_AT_END = new RegExp(`[\\s,]+${SOFTENER}[\\s!.]*$`, 'i');

/**
 * A day that ends the clause before a comma: "bis zur Hochzeit am 5. September, dann ist das erledigt",
 * "in time for the wedding on 12 June, that means …" (field-wording-6.jsonl).
 */
function readDayEndingAtComma(fragment: string, reading: DateReading, start: CalendarDay) {
  for (const comma of fragment.matchAll(/,/g)) {
    const day = readDayEndingAt(fragment.slice(0, comma.index), reading, start, false);
    if (day) return day;
  }
  return null;
}

// A period counted from an event the mail dates elsewhere: "due 10 days after the shoot" with "Shoot on
// the 3rd", "payment is due two weeks after delivery" with "Delivery … is booked for Tuesday 14 July",
// "payable dans les 8 jours suivant la pose" with "la pose est prévue le mercredi 2 décembre", "14
// dagen na levering" (field-wording-6.jsonl), "14 days after the event" with "Event: …, 26 June 2027"
// (field-wording-5.jsonl). Dutch stresses "before" as "vóór": "14 dagen vóór de sleuteloverdracht (zaterdag
// 26 februari)" (field-wording-30 fw30-015).
const PERIOD_FROM_EVENT = new RegExp(
  `\\b(?<![a-zà-ÿ\\d])(?:(?<count>\\d{1,3}|${COUNT_WORDS})\\s(?<unit>${PERIOD_UNITS})|net\\s?(?<netDays>\\d{1,3}))\\s(?<link>after|following|before|prior to|nach|vor|après|suivant|avant|después del?|antes del?|na|voor|vóór|após|depois d[aeo]|antes d[aeo]|of(?=\\s(?:the\\s)?(?:${EVENT_NOUNS}|${OCCASION_NAMES})(?![a-zà-ÿ]))|date (?:de|of|d[ae])(?=\\s(?:la\\s|the\\s|a\\s)?(?:${EVENT_NOUNS})(?![a-zà-ÿ]))|${FROM_AN_EVENT}|de(?<=(?:a los|a las)\\s(?:\\d{1,3}|${COUNT_WORDS})\\s(?:días|dias|semanas|meses)\\sde)(?=\\s(?:la|el|los|las)\\s))\\s(?:the\\s|dem\\s|der\\s|la\\s|le\\s|l'|el\\s|het\\s|de\\s|a\\s|o\\s)?(?<noun>[a-zà-ÿ]{3,})`,
  'gi',
);
const BEFORE_EVENT = /^(?:before|prior to|ahead of|vor|avant|antes|voor|vóór)/i;
// Words that give the day a period comes to, not the event's own: "i.e.", "o sea", "soit", "d. h.".
const WORKED_OUT =
  /^,?\s(?:i\.\s?e\.|ie|meaning|d\.\s?h\.|soit|c'est-à-dire|es decir|o sea|dus|ou seja|isto é),?\s/i;

function findPeriodFromNamedEvent(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
): StatedDueDate | null {
  const start = startDay(reading);
  if (!start || !mayOccur(PERIOD_FROM_EVENT, index)) return null;
  PERIOD_FROM_EVENT.lastIndex = 0;
  let looked = 0;
  for (let match = PERIOD_FROM_EVENT.exec(text); match && looked < 10; match = PERIOD_FROM_EVENT.exec(text)) {
    looked++;
    const end = match.index + match[0].length;
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    const ownWords = `${match[0]}${sentenceRestAfter(text, end)}`;
    const sentence = `${before.slice(sentenceStartIn(before))}${ownWords}`;
    if (!DUE_SAID.test(sentence) && !isAboutPaying(before, false, ownWords)) continue;
    // The event's day may follow it at once: "una semana antes de la boda, que es el 6 de marzo",
    // "14 days before the event on 18 March" (field-wording-8 fw8-082).
    const dayAfterEvent = readFirstStatedDate(clauseAfter(text, end), reading);
    const { count, unit, netDays, link, noun: named } = match.groups ?? {};
    const noun = (named ?? '').toLowerCase();
    // "binnen 30 dagen na factuurdatum" counts from the invoice's date, read with the other terms; the
    // invoice is no event to find elsewhere ("Stuur de factuur aan het einde van de maand", fw11-044).
    if (COUNTED_FROM_INVOICE.test(` ${link} ${noun}`)) continue;
    const clause = dayAfterEvent ? clauseAfter(text, end) : '';
    const period = netDays
      ? { count: Number(netDays), unit: 'day' as const }
      : { count: readCount(count ?? ''), unit: readPeriodUnit(unit ?? '') };
    const signed = BEFORE_EVENT.test(link ?? '') ? -1 : 1;
    // "el saldo se liquida a los 15 días de la posada, o sea el domingo 2 de enero" (field-wording-51
    // fw51-065): the writer works the day out in so many words.
    const workedOut = WORKED_OUT.test(text.slice(end, end + 20))
      ? restatedDay(text.slice(end, end + 80), reading)
      : null;
    if (workedOut && daysBetween(start, workedOut.day) >= 0)
      return {
        dueDate: toIsoDate(workedOut.day),
        phrase: `${match[0]}${workedOut.words}`,
        saysPayment: saysPaymentAround(text, match.index, end),
      };
    const bracketed = dayInBracketAfter(text.slice(end, end + 100), reading);
    // The day in brackets may be the deadline worked out already: "uiterlijk 8 dagen vóór de start (zo
    // 7/2)" under "ma 15/2 – start" (field-wording-42 fw42-016). It is when the mail names the day it
    // counts from.
    if (
      bracketed &&
      daysBetween(start, bracketed) >= 0 &&
      mailDatesDay(text, addStatedPeriod(bracketed, { ...period, count: -signed * period.count }), reading)
    )
      return {
        dueDate: toIsoDate(bracketed),
        phrase: match[0],
        saysPayment: saysPaymentAround(text, match.index, end),
      };
    const eventDay =
      dayAfterEvent &&
      (dayAfterEvent.index <= 14 || EVENT_DAY_SAID.test(clause.slice(0, dayAfterEvent.index)))
        ? dayAfterEvent.day
        : (bracketed ??
          findEventDay(text, noun, match.index, end, reading, start) ??
          (GENERIC_EVENT.test(noun)
            ? firstComingDay(comingDays(text, match.index, end, reading, start, 6))
            : OCCASION.test(noun)
              ? onlyComingDay(text, comingDays(text, match.index, end, reading, start, 8))
              : null) ??
          (signed > 0 ? dayGonePastSaidNext(text, end, reading, start) : null));
    if (!eventDay) continue;
    const day = addStatedPeriod(eventDay, { ...period, count: signed * period.count });
    // An event dated without its year may be read in the year past ("wedding photography 14 Sept").
    if (daysBetween(start, day) < 0) continue;
    return {
      dueDate: toIsoDate(day),
      phrase: match[0],
      saysPayment: saysPaymentAround(text, match.index, end),
    };
  }
  return null;
}

// "30 days after the festival wraps (last night was Saturday the 15th)", "binnen de dertig dagen na het
// einde van de Feesten (zondag 26 juli)" (field-wording-41 fw41-017, fw41-077): the event's day in brackets
// a few words on, perhaps said as what it was.
const BRACKET_AFTER_EVENT =
  /^[^().,;:!?\n]{0,40}\((?:(?:that's|which (?:is|was)|(?:[a-zà-ÿ]+\s){1,2}(?:was|is|war|ist|était|est|fue|es|foi|é|waren|were))\s)?/i;

// A weekday may open the bracket, Dutch often in two letters: "(zo 7/2)".
const WEEKDAY_OPENING = new RegExp(`^(${WEEKDAY_NAMES}|ma|di|wo|do|vr|za|zo)\\.?,?\\s(?:the\\s)?`, 'i');
const BARE_DAY_CLOSING = /^(\d{1,2})(?:st|nd|rd|th|e|de|er|º)?\)/i;

function dayInBracketAfter(words: string, reading: DateReading): CalendarDay | null {
  const lead = BRACKET_AFTER_EVENT.exec(words);
  const start = startDay(reading);
  if (!lead || !start) return null;
  const inside = words.slice(lead[0].length, lead[0].length + 40);
  const opening = WEEKDAY_OPENING.exec(inside);
  const weekday = WEEKDAY_NUMBERS[(opening?.[1] ?? '').toLowerCase()];
  const rest = opening ? inside.slice(opening[0].length) : inside;
  const stated = readFirstStatedDate(rest, reading);
  if (stated && stated.index === 0)
    return weekday === undefined || weekdayOf(stated.day) === weekday ? stated.day : null;
  // "(last night was Saturday the 15th)": a day of the month with its weekday, gone or to come.
  const bare = BARE_DAY_CLOSING.exec(rest);
  return bare && weekday !== undefined ? dayOfMonthOnWeekdayNear(start, Number(bare[1]), weekday) : null;
}

/** The day of the month on `weekday` nearest to `start`, within a month either side. */
function dayOfMonthOnWeekdayNear(
  start: CalendarDay,
  dayOfMonth: number,
  weekday: number,
): CalendarDay | null {
  let nearest: CalendarDay | null = null;
  for (let months = -1; months <= 1; months++) {
    const day = { ...addCalendarMonths({ ...start, day: 1 }, months), day: dayOfMonth };
    if (!isRealCalendarDay(day) || weekdayOf(day) !== weekday) continue;
    if (!nearest || Math.abs(daysBetween(start, day)) < Math.abs(daysBetween(start, nearest))) nearest = day;
  }
  return nearest;
}

// "dos semanas antes de la Entrada del Carnaval, que este año es el sábado 6 de febrero de 2027"
// (field-wording-26 fw26-052): the event's name, then its day said as what it is, or was: "dez dias depois da
// entrega, que fizemos na sexta, 17/12" (field-wording-51 fw51-077).
const EVENT_DAY_SAID = new RegExp(
  `^(?:\\s(?:del?|of the|of|du|de la|da|do|van de|van het)\\s[^,.;:!?\\n]{1,30})?,?\\s(?:que|which|qui|das|die|dat)\\s(?:(?:este|this|cette|dieses|dit) (?:año|year|année|jahr|jaar|ano)\\s)?(?:es|is|est|ist|é|falls on|cae|tombe|fällt|valt|was|fue|foi|war|était|fell on|fizemos|hicimos|we did)\\s(?:(?:on|le|el|am|op|o|a|the|na|no|en|em)\\s)?(?:(?:${WEEKDAY_NAMES}),?\\s)?(?:(?:the|le|el|den|dia)\\s)?$`,
  'i',
);

/**
 * A day already past, said right after terms that count from something: what they count from, done on
 * that day. "payable within 10 days of handover of the wall. We handed over on Saturday, 6th Feb", "binnen
 * 21 dagen na goedkeuring van de urenstaat. Die is op dinsdag 11 juli … getekend" (field-wording-33
 * fw33-002, field-wording-54 fw54-070). Only the first day in the rest of that sentence and the next one
 * counts.
 */
function dayGonePastSaidNext(
  text: string,
  end: number,
  reading: DateReading,
  start: CalendarDay,
): CalendarDay | null {
  const rest = text.slice(end, end + 160);
  const sentences = rest.split(SENTENCE_END);
  const next = sentences.slice(0, 2).join('. ');
  const stated = readFirstStatedDate(next, reading);
  // "had 14 dagen na aflevering betaald moeten zijn, dus uiterlijk 16 maart" (field-wording-49 fw49-072)
  // works out the day the terms come to, not the day they count from.
  if (!stated || SAYS_DEADLINE.test(next.slice(0, stated.index))) return null;
  return daysBetween(stated.day, start) >= 0 ? stated.day : null;
}
const SAYS_DEADLINE = new RegExp(`(?:${DEADLINE_WORDS})|(?:${PAYMENT_DUE_WORDS})`, 'i');

// A period from an occasion falls back on that day only when the occasion is named in general: "14 days
// before the event" after "to open the Retail Futures Summit in Dublin on 18 March" (field-wording-8 fw8-005).
// For a named one ("two weeks after the wedding") the first day to come was as often another (measured on
// the blind sets' unlabelled rows), so it takes a day only when the mail gives no other.
const GENERIC_EVENT = /^(?:event|occasion|evento|veranstaltung|événement|evenement)$/;
// "Proposta válida até 30 de Junho" dates the offer, not the festival (field-wording-48 fw48-001).
const OFFER_LASTS =
  /(?<![a-zà-ÿ])(?:valid|válid[ao]|gültig|geldig|valable|vigente|expir\w*|holds?|mantém|mantiene|stands?)(?![a-zà-ÿ])/i;

interface ComingDay {
  day: CalendarDay;
  /** Where the mail says it. */
  at: number;
}

/** The days the mail names outside `from..to` that are still to come (`looks` dates read at most). */
function* comingDays(
  text: string,
  from: number,
  to: number,
  reading: DateReading,
  start: CalendarDay,
  looks: number,
): Generator<ComingDay> {
  let offset = 0;
  for (let step = 0; step < looks; step++) {
    const stated = readFirstStatedDate(text.slice(offset), reading);
    if (!stated) return;
    const at = offset + stated.index;
    offset += stated.end;
    if ((at < from || at >= to) && daysBetween(start, stated.day) >= 0) yield { day: stated.day, at };
  }
}

/** The first of the days `comingDays` finds. */
function firstComingDay(days: Iterable<ComingDay>): CalendarDay | null {
  for (const { day } of days) return day;
  return null;
}

/**
 * The one day among `days`, however often it is named, leaving out the offer's own validity: "payment's
 * due 7 days after the wedding" under "Invoice 028 – ceilidh calling, Saturday 22nd July" with the line
 * item "Ceilidh calling, Saturday 22nd July 2028" (field-wording-53 fw53-031). A wedding or a party need
 * not be the first day a mail gives (a deposit day, a rehearsal), so two different days leave it unknown.
 */
function onlyComingDay(text: string, days: Iterable<ComingDay>): CalendarDay | null {
  let found: CalendarDay | null = null;
  for (const { day, at } of days) {
    const before = text.slice(Math.max(0, at - 120), at);
    if (OFFER_LASTS.test(`${before.slice(sentenceStartIn(before))}${sentenceRestAfter(text, at)}`)) continue;
    if (found && daysBetween(found, day) !== 0) return null;
    found = day;
  }
  return found;
}

/**
 * The day the mail gives the event named by `noun` elsewhere than `from..to`: a mention of the same word
 * ("shoot", "Shoot", "shooting"; "delivery", "Delivery"; "move", "moving") followed in its sentence by a date.
 */
function findEventDay(
  text: string,
  noun: string,
  from: number,
  to: number,
  reading: DateReading,
  start: CalendarDay,
): CalendarDay | null {
  // Seven letters at most keep a long noun's verb: "installation", "we installed" (its own test).
  const stem = noun.slice(0, Math.max(4, Math.min(7, noun.length - 3))).replace(/e$/, '');
  // Dutch and German participles carry a prefix: "levering", "afgeleverd"; "Lieferung", "geliefert". A
  // separable verb puts it inside: "oplevering", "hebben we … opgeleverd" (field-wording-8 fw8-057).
  const separable = SEPARABLE_PREFIX.exec(stem);
  const inside = separable ? `|(?<inside>${separable[1]}ge${separable[2]})` : '';
  const mention = new RegExp(
    `(?<![a-zà-ÿ])(?:(?<participle>(?:ge|afge|opge|uitge|ausge)(?=${stem}))?${stem}${inside})[a-zà-ÿ]*`,
    'gi',
  );
  const day = findMentionDay(text, mention, from, to, reading, start);
  if (day) return day;
  // Dutch and German join words: "twee weken voor de bruiloft" with "jullie boerenbruiloft op vrijdag 30
  // april 2027" (field-wording-26 fw26-068).
  const compound =
    stem.length >= 5
      ? findMentionDay(
          text,
          new RegExp(`(?<![a-zà-ÿ])[a-zà-ÿ]{3,}${stem}[a-zà-ÿ]*`, 'gi'),
          from,
          to,
          reading,
          start,
        )
      : null;
  if (compound) return compound;
  const saidOtherwise = DELIVERY_NOUN.test(noun)
    ? HANDED_OVER
    : COMPLETION_NOUN.test(noun)
      ? WORK_FINISHED
      : null;
  return saidOtherwise ? findMentionDay(text, saidOtherwise, from, to, reading, start) : null;
}

// "launch is still on for Saturday the 26th" (field-wording-28 fw28-001), "pode ser levantado a partir de
// segunda-feira, dia 22" (field-wording-30 fw30-003).
const EVENT_IS_ON =
  /^\s(?:(?:is|will be|can be collected|fica|ficou|queda|quedó|est|sera|ist|wird|is gepland|staat)(?:\s(?:still|now|set|booked|planned|scheduled))?(?:\son)?(?:\s(?:pra|para|para el|for|on|le|am|op|o|el))?|a partir de|from|ab|à partir de|vanaf|desde)(?=\s)/i;

const SEPARABLE_PREFIX = /^(op|af|uit|aan|aus|ab|an|auf|ein)([a-zà-ÿ]{3,})$/;

/** The day said with the first `mention` outside `from..to`: before it when the verb comes last, else after it. */
function findMentionDay(
  text: string,
  mention: RegExp,
  from: number,
  to: number,
  reading: DateReading,
  start: CalendarDay,
): CalendarDay | null {
  mention.lastIndex = 0;
  let looked = 0;
  for (let found = mention.exec(text); found && looked < 10; found = mention.exec(text)) {
    looked++;
    if (found.index >= from && found.index < to) continue;
    // A participle ends its clause, its day before it: "die wij op donderdag 23 september bij u hebben
    // afgeleverd" (field-wording-20 fw20-069).
    const isVerbLast = Boolean(found.groups?.participle || found.groups?.inside) || VERB_LAST.test(found[0]);
    const dayBefore = isVerbLast ? dayEndingClauseBefore(text, found.index, reading) : null;
    if (dayBefore) return dayBefore;
    const after = clauseAfter(text, found.index + found[0].length);
    const stated = readFirstStatedDate(after, reading);
    if (stated) return stated.day;
    // "A instalação fica pra quinta-feira, dia 22" (field-wording-14 fw14-064).
    const relative = readRelativeDay(after.slice(EVENT_IS_ON.exec(after)?.[0].length ?? 0), start);
    if (relative?.isDeadline) return relative.day;
  }
  return null;
}

// Goods handed over in other words than the term's: "Payment is due 30 days after delivery; we dropped
// everything at your place on January 6", "Zahlbar binnen 14 Tagen nach Lieferung" after "die sechs Larven
// habts ja am 24. November abgeholt" (field-wording-25 fw25-006, fw25-053).
const DELIVERY_NOUN = /^(?:deliver|lieferung|livraison|entrega|levering|aflevering)/;
const HANDED_OVER =
  /(?<![a-zà-ÿ])(?:dropped (?:off|everything|it|them)|picked up|collected|reached (?:you|your)|arrived|abgeholt|opgehaald|afgehaald|recogid[ao]s?|retirad[ao]s?|récupérée?s?)(?![a-zà-ÿ])/gi;

// "our terms are 30 days from completion" with "We finished the wall on Friday 6th August" (field-wording-29
// fw29-005).
const COMPLETION_NOUN = /^(?:completion|fertigstellung|conclusão|oplevering)/;
const WORK_FINISHED =
  /(?<![a-zà-ÿ])(?:(?:we|i) (?:finished|completed|wrapped up)|afgerond|fertiggestellt|concluímos|terminamos)(?![a-zà-ÿ])/gi;
// A sentence's ends, and also a semicolon or a colon.
const CLAUSE_BREAK = /(?:(?<!\d)\.|[!?;:])(?=\s)|\n/g;

/** Where the last clause in `text` starts: after a sentence's end, a line break, a semicolon or a colon. */
function clauseStartIn(text: string): number {
  return startAfterLast(text, CLAUSE_BREAK);
}

// A due day moved by agreement, the new day after the words ("de nieuwe vervaldag voor factuur BIL-27-033
// (650,00 EUR, …) wordt dinsdag 13 juli", field-wording-19 fw19-060): "let's move that to 29 May", "verschieben
// wir die Fälligkeit … vom 30. Juni auf den 15. Juli", "la dejamos para el 5 de mayo", "schuiven we die
// op naar 15 maart", "passou do dia 5 para o dia 20 de maio" (field-wording-6.jsonl). A dot after a
// figure may sit between ("Betrag 2.940,50 €) vom 30. Juni auf").
// Up to 200 characters: "aplazamos el vencimiento de la factura MV-0412 (1.452,00 €, mantenimiento del
// jardín vertical de recepción, primer trimestre), que vencía el 30 de abril, al viernes 14 de mayo"
// (field-wording-12 fw12-051).
// An abbreviation's dot is no sentence's end: "(€ 4.235,00 incl. btw, stond op 12 februari) naar maandag over
// een week" (field-wording-19 fw19-015). The day may move by itself: "The due date moves on a week with the
// new copy, to Friday 20 December" (field-wording-62 fw62-034).
const WORDS_TO_THE_TURN = '(?:[^.!?\\n]|(?<=\\d)\\.|\\.(?=\\s?[a-zà-ÿ,])){0,200}?\\s';
const MOVED_TO = new RegExp(
  `\\b(?<![a-zà-ÿ])(?:(?:shall we|let's|can we) (?:just )?(?:call|make) it|(?:the (?:due |payment )?date|the deadline) (?:moves|shifts|has moved|is moved|is pushed|goes back)[^.\\n]{0,40}?\\sto|(?:moved|pushed|shifted|extended|changed) (?:the (?:due |payment )?date|the deadline)[^.\\n]{0,40}?\\sto|(?:move|push|shift|extend|change)(?:d|ed|s)?\\s(?:it|that|this|the (?:due )?date|the deadline|payment)?\\s?(?:back\\s|out\\s)?to|(?:verschieben|verschoben|verlegen|verlängern)${WORDS_TO_THE_TURN}auf(?: den)?|(?:reporter|reportons|repoussons|décalons|report[ée]e?|repouss[ée]e?|décal[ée]e?)${WORDS_TO_THE_TURN}(?:au|jusqu'au)|(?:dejamos|dejo|pasamos|movemos|aplazamos|aplazo)${WORDS_TO_THE_TURN}(?:para|al|hasta)(?: el)?|(?:schuiven|schuift|verschuiven|verschuift|verzetten|verplaatsen)${WORDS_TO_THE_TURN}(?:op )?naar|(?:passou|passa|adiad[ao]|adiamos|prorrogad[ao]|prorrogamos|mudamos)${WORDS_TO_THE_TURN}para(?: o)?(?: dia)?|(?:recorremos|recorrimos|recorro)${WORDS_TO_THE_TURN}(?:al|para el|hasta el)|(?:on part|partons)(?: donc)? sur(?: le)?|(?:de )?nieuwe (?:vervaldag|vervaldatum|betaaldatum)${WORDS_TO_THE_TURN}wordt|queda para (?:pagar|pago)(?: el)?|fica para(?: o)?(?: dia)?|(?:dann )?erwarten wir${WORDS_TO_THE_TURN}am)(?![a-zà-ÿ])`,
  'gi',
);
// "pourra être réglée le 12 octobre au lieu du 28 septembre": the new day comes before the old one.
const INSTEAD_OF =
  /\b(?<![a-zà-ÿ])(?:instead of|rather than|au lieu du?|en (?:lugar|vez) del?|statt(?: dem| des)?|anstatt|in plaats van|em vez d[eo]|ao invés d[eo])(?![a-zà-ÿ])/gi;
const INVOICE_DATE_MOVED = /(?:invoice|bill) date\s$|date of (?:the |this )?(?:invoice|bill)\s$/i;
const MOVED_PRONOUN =
  /(?<![a-zà-ÿ])(?:it|that|this|die|das|es|la|lo|le|ça|eso|esto|dat|het|isso|isto|a)(?![a-zà-ÿ])/i;
// A due word anywhere, or a past one ("vencía el 30 de abril", "la facture échue").
const DUE_SAID = new RegExp(`${PAYMENT_DUE_WORDS}|venc[ií]a|échue?`, 'i');

/** The first date in the clause after `end` that is on or after `notBefore`, among its first three. */
function laterDayInClause(
  text: string,
  end: number,
  reading: DateReading,
  notBefore: string,
): { day: CalendarDay; words: string } | null {
  const clause = clauseAfter(text, end);
  let offset = 0;
  for (let step = 0; step < 3; step++) {
    const stated = readFirstStatedDate(clause.slice(offset), reading);
    if (!stated) return null;
    const words = clause.slice(offset + stated.index, offset + stated.end);
    if (toIsoDate(stated.day) >= notBefore) return { day: stated.day, words };
    offset += stated.end;
  }
  return null;
}

function findMovedDueDate(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
): StatedDueDate | null {
  const start = startDay(reading);
  if (!start) return null;
  const sendDay = toIsoDate(start);
  const aboutPaying = (at: number, end: number): boolean => {
    const before = text.slice(Math.max(0, at - 200), at);
    const ownStart = sentenceStartIn(before);
    const previousStart = sentenceStartIn(before.slice(0, Math.max(0, ownStart - 1)));
    const context = `${before.slice(previousStart)}${text.slice(at, end + 80)}`;
    const own = `${before.slice(ownStart)}${text.slice(at, end)}`;
    if (/deliver|livr|liefer|entreg|lever/i.test(own)) return false;
    // "If your system needs the invoice date moved to today" (field-wording-62 fw62-008) moves the invoice's
    // own date, not the day it is due.
    if (INVOICE_DATE_MOVED.test(text.slice(Math.max(0, at - 24), at))) return false;
    // "launch moves to 3 June" moves something else; "let's move that to 29 May" after the payment day,
    // "Shall we call it the 24th instead? It's still the €960" move the bill's day.
    // "I've moved the due date of invoice 306 from 30 June to 14 July" says which day it moves.
    const ownWords = `${before.slice(ownStart)}${text.slice(at, end)}`;
    // "dann erwarten wir den Restbetrag von 1.460,00 € (Rechnung SK-0219, …) am 01.04.2027" names the
    // money between (field-wording-22 fw22-026).
    const between = text.slice(at, end);
    if (PAYMENT_WORDS.test(before.slice(ownStart)) || PAYMENT_WORDS.test(between) || DUE_SAID.test(ownWords))
      return true;
    return MOVED_PRONOUN.test(text.slice(at, end)) && (DUE_SAID.test(context) || speaksOfMoney(context));
  };
  MOVED_TO.lastIndex = 0;
  let looked = 0;
  for (
    let match = mayOccur(MOVED_TO, index) ? MOVED_TO.exec(text) : null;
    match && looked < 10;
    match = MOVED_TO.exec(text)
  ) {
    looked++;
    const end = match.index + match[0].length;
    const opening = readDayOpening(text.slice(end, end + 40), reading, start);
    // The old day may come first in the same breath: "nous reportons l'échéance de la facture B-27-041
    // (…), initialement au 30.06.2027, au vendredi 6 août 2027" (field-wording-21 fw21-060).
    const day =
      opening && toIsoDate(opening.day) < sendDay ? laterDayInClause(text, end, reading, sendDay) : opening;
    if (!day || toIsoDate(day.day) < sendDay || !aboutPaying(match.index, end)) continue;
    return { dueDate: toIsoDate(day.day), phrase: `${match[0]} ${day.words}`.trim(), saysPayment: true };
  }
  INSTEAD_OF.lastIndex = 0;
  looked = 0;
  for (
    let match = mayOccur(INSTEAD_OF, index) ? INSTEAD_OF.exec(text) : null;
    match && looked < 10;
    match = INSTEAD_OF.exec(text)
  ) {
    looked++;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const stated = readLastStatedDate(before, reading);
    const end = match.index + match[0].length;
    const newDayAfter = stated ? null : dayAfterReplacedDay(text.slice(end, end + 80), reading, start);
    if (newDayAfter && toIsoDate(newDayAfter.day) >= sendDay && aboutPaying(match.index, end)) {
      return {
        dueDate: toIsoDate(newDayAfter.day),
        phrase: `${match[0]} ${newDayAfter.words}`,
        saysPayment: true,
      };
    }
    if (!stated || before.length - stated.end > 2) continue;
    const day = toIsoDate(stated.day);
    if (day < sendDay || !aboutPaying(match.index, match.index + match[0].length)) continue;
    return {
      dueDate: day,
      phrase: `${before.slice(stated.index, stated.end)} ${match[0]}`,
      saysPayment: true,
    };
  }
  return null;
}

const DEADLINE_WORD_OPENING =
  /^[\s,]{0,3}(?:by|bis|au plus tard|avant|para|hasta|até|tot|uiterlijk|vóór|voor)\s/i;

/**
 * The new day after the one it replaces: "statt bis 20. April bis Mitte Mai überweisen", "instead of by
 * 2 May, by 16 May" (field-wording-9 fw9-046).
 */
function dayAfterReplacedDay(
  window: string,
  reading: DateReading,
  start: CalendarDay,
): { day: CalendarDay; words: string } | null {
  const opening = DEADLINE_WORD_OPENING.exec(window)?.[0].length ?? 0;
  const old = readDayOpening(window.slice(opening), reading, start);
  if (!old) return null;
  const rest = window.slice(window.indexOf(old.words, opening) + old.words.length);
  const next = DEADLINE_WORD_OPENING.exec(rest);
  return next ? readDayOpening(rest.slice(next[0].length - 1), reading, start) : null;
}

/** A day stated at the opening of `window`: a date ("29 May") or a day said relative to `start` ("Friday"). */
function readDayOpening(
  window: string,
  reading: DateReading,
  start: CalendarDay,
): { day: CalendarDay; words: string } | null {
  const stated = readFirstStatedDate(window, reading);
  // "we'll move the due date to Monday, April 5" (field-wording-20 fw20-016): the weekday leads the date.
  const weekdayFirst = stated !== null && WEEKDAY_BEFORE_DATE.test(window.slice(0, stated.index));
  if (stated && (stated.index <= 4 || weekdayFirst)) {
    return { day: stated.day, words: window.slice(stated.index, stated.end) };
  }
  const relative = readRelativeDay(window, start);
  return relative?.isDeadline ? { day: relative.day, words: relative.words } : null;
}
const WEEKDAY_BEFORE_DATE = new RegExp(
  `^\\s?(?:(?:the|le|el|den|o|a)\\s)?(?:${WEEKDAY_NAMES})[,.]?\\s(?:(?:the|le|el|den|dia)\\s)?$`,
  'i',
);

// A day said as a wish or a limit after it, in a note about money: "Before the 10th would be brilliant",
// "The 28th works for our books", "was due the 18th. Thurs work?" (field-wording-18 fw18-039, fw18-006),
// "Monday at the latest", "Bis Mitte Dezember wäre super", "lundi au plus tard, ce serait parfait",
// "Para el lunes a más tardar", "segunda-feira no máximo" (field-wording-4.jsonl); "If you could get it to me
// a week from Monday that'd be great", "… before the tax year ends on 5 April I'd be grateful" (field-wording-27).
const SAID_FINE = '(?:(?:absolutely|totally|perfectly|completely|also) )?(?:fine|perfect|great|ok|okay)';
const WISH_OR_LIMIT = new RegExp(
  `(?<![a-zà-ÿ])(?:(?:would|will) be (?:great|brilliant|perfect|ideal|lovely|fab|fine|amazing|super|good|grand)|(?:i|we)(?:'d|’d| would) be (?:very |most |so )?(?:grateful|thankful)|(?:is|works) ${SAID_FINE}|is grand|works? for (?:me|us|you|our [a-z]+|my [a-z]+)|works(?= best(?![a-z])| well(?![a-z])|\\s?[.!,;])|work(?:\\sfor\\s[a-z]+(?:\\s[a-z]+)?)?(?=\\s?\\?)|suit(?=\\s(?:to|you|your|for)(?![a-z])|\\s?\\?)|at the latest|wäre? (?:super|gut|toll|prima|ideal|perfekt|klasse|schön)|(?:ce )?serait (?:parfait|top|idéal|super|génial|bien)|au plus tard|a más tardar|(?:sería|estaría) (?:genial|perfecto|ideal|estupendo)|no máximo|(?:seria|fica) (?:ótimo|perfeito|ideal)|zou (?:fijn|top|perfect|mooi) zijn|is (?:fijn|top|prima|perfect))(?![a-zà-ÿ])|(?<=[a-z])['’]s ${SAID_FINE}(?![a-zà-ÿ])|(?<=[a-z])['’]d be (?:great|brilliant|perfect|ideal|lovely|fab|fine|amazing|super|good|grand)(?![a-zà-ÿ])`,
  'gi',
);
// A day said to suit in a short reply ("vendredi ça ira ?", "el día 5 me vendría bien", "sexta pode ser?",
// field-wording-17; "Maandag is goed", "Friday the 21st it is", "el viernes 22 está bien", field-wording-27
// fw27-073, field-wording-30 fw30-034, field-wording-24 fw24-045): as often a visit as a payment, so it
// counts only with words about paying (a reply's subject, "Re: factuur MK-2704", may say them). Its own
// pattern, looked for only where its words may occur: folded into the one above, its short openings
// ("te", "le", "me") made that scan of every mail many times slower.
const CHATTY_WISH =
  /(?<![a-zà-ÿ])(?:ça (?:vous |t')?ira|ça (?:vous |te )?va|ça vous irait|ça (?:te |vous )?convient|(?:te|le|les|me|nos) (?:va|iría|vendría|viene) bien|(?:me|nos) va perfecto|pode ser|(?:tá|está|fica) bom|está bien|passt (?:dir|ihnen|euch)?|ist (?:mir|uns) recht|geht (?:das|es)|lukt dat|kan dat|is (?:goed|prima)|it is(?=\s?[,.!;]))(?![a-zà-ÿ])/gi;
// "… before I do my books on Saturday that would be lovely", "… this time next week work for you?".
const TRAILING_PRONOUN = /\s(?:that|it|this|which|does|das|es|ça|cela|eso|esto|dat|het|isso|isto)$/i;
const FROM_TODAY =
  /^\s(?:from (?:today|now)|ab heute|à partir d'aujourd'hui|a partir de hoy|vanaf vandaag|a partir de hoje)/i;

// Where a reply's first words stand, after its subject line and the greeting.
const OPENING_OF_A_REPLY = 240;

// A phone reply's yes to the client's day: "Fri 3/10 fine 👍", "Thurs 9th no bother Mary" (field-wording-52
// fw52-005, fw52-020), "Vendredi 19, parfait!" (fw52-060), "15th can 👍", "Le 10, c'est noté" (field-wording-54
// fw54-036, fw54-057). Words this loose count only at a reply's opening, for a day the mail answered offered.
const REPLY_ACCEPTANCE =
  /(?<![a-zà-ÿ])(?:(?:is|would be|est|está|ist|es|é) )?(?:(?:fine|grand|perfect|ok|okay|good)(?: (?:by|with|for) (?:me|us))?|works(?: (?:for|with) (?:me|us))?|suits(?: (?:me|us))?|no (?:bother|problem|worries)|parfait|ça marche|d'accord|entendu|perfecto|vale|de acuerdo|perfeito|ótimo|combinado|fechado|akkoord|prima|einverstanden|in ordnung|passt(?: (?:mir|uns))?(?: gut)?|geht klar|klappt|can|cool|noted|(?:c'est )?noté|(?:igual )?me sirve|(?:sin|sem|kein|geen) (?:problemas?|probleem)|(?:pas de|sans) (?:problème|souci))(?![a-zà-ÿ])/gi;

/**
 * Whether the mail answered names `day`, by its day of the month or its weekday, as the client's offer to pay
 * on it would: "¿Te puedo pagar el día 5?", "Could I pay you Thursday when I'm in town?".
 */
function offeredIn(answered: string, day: CalendarDay): boolean {
  const dayOfMonth = new RegExp(`(?<![\\d.,/:])0?${day.day}(?![\\d:/]|[.,]\\d)`);
  const weekday = weekdayOf(day);
  // The day and the paying in one sentence: "¿Vienes el jueves? Te pago cuando cobre." offers no day.
  return sentencesOfTheOffer(answered).some(
    (sentence) =>
      (PAYMENT_WORDS.test(sentence) || INVOICE_NUMBER_SHORT.test(sentence)) &&
      (dayOfMonth.test(sentence) ||
        [...sentence.matchAll(WEEKDAYS_SAID)].some(
          (said) => WEEKDAY_NUMBERS[(said[0] ?? '').toLowerCase()] === weekday,
        )),
  );
}
const HOLIDAY_BEFORE = /(?:day|holiday)\s$/i;

/** The day of the month the mail answered offers to pay on, when it falls on `weekday` within five weeks. */
function offeredDayOnWeekday(answered: string, weekday: number, start: CalendarDay): CalendarDay | null {
  for (const sentence of sentencesOfTheOffer(answered)) {
    if (!PAYMENT_WORDS.test(sentence) && !/(?<![a-zà-ÿ])(?:so|then|that'?s)\s(?:the\s)?\d/i.test(sentence))
      continue;
    for (const number of sentence.matchAll(OFFERED_DAY_NUMBER)) {
      const day = nextDayOfMonth(start, Number(number[1]));
      if (day && weekdayOf(day) === weekday && daysBetween(start, day) <= 35) return day;
    }
  }
  return null;
}
const OFFERED_DAY_NUMBER = /(?<![\d.,/:$€£])(\d{1,2})(?:st|nd|rd|th)?(?![\d:/%]|[.,]\d)/g;
const WEEKDAYS_SAID = new RegExp(`(?<![a-zà-ÿ])(?:${WEEKDAY_NAMES})(?![a-zà-ÿ])`, 'gi');

/**
 * The sentences of the mail answered, its latest words first. A German ordinal's dot ends none: "überweist
 * am Donnerstag, 9. Dezember" (field-wording-50 fw50-054).
 */
function sentencesOfTheOffer(answered: string): string[] {
  return answered.slice(0, 1200).split(SENTENCE_END);
}
// "Could we do Friday 3/10 for inv 118?" (field-wording-52 fw52-005).
const INVOICE_NUMBER_SHORT = /(?<![a-zà-ÿ])inv\.?\s?#?\d/i;

function findDayBeforeWish(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
  answered = '',
): PlacedDueDate | null {
  const start = startDay(reading);
  for (const wish of answered
    ? [WISH_OR_LIMIT, CHATTY_WISH, REPLY_ACCEPTANCE]
    : [WISH_OR_LIMIT, CHATTY_WISH]) {
    if (!mayOccur(wish, index)) continue;
    const found = findDayBeforeOneWish(text, wish, reading, start, answered);
    if (found) return found;
  }
  return null;
}

function findDayBeforeOneWish(
  text: string,
  wish: RegExp,
  reading: DateReading,
  start: CalendarDay | null,
  answered: string,
): PlacedDueDate | null {
  const onlyAnAnswer = wish === REPLY_ACCEPTANCE;
  const isChatty = wish === CHATTY_WISH || onlyAnAnswer;
  wish.lastIndex = 0;
  let looked = 0;
  for (let match = wish.exec(text); match && looked < 10; match = wish.exec(text)) {
    if (onlyAnAnswer && match.index > OPENING_OF_A_REPLY) break;
    looked++;
    const before = text.slice(Math.max(0, match.index - 200), match.index);
    const sentence = before.slice(sentenceStartIn(before));
    const context = `${before}${match[0]}${sentenceRestAfter(text, match.index + match[0].length)}`;
    if (OFFER_KEPT.test(sentence) || DELIVERY_OR_DECISION.test(sentence)) continue;
    // "mardi ça vous va ?" after a price fixes a visit as often as a payment: for a short-reply wish only
    // words about paying will do, not a sum alone (proposal-wording-7 pw7-037).
    const saysPaying = PAYMENT_WORDS.test(context);
    // A reply's opening may only accept the day the client offered to pay on: "Claro, el 5 me viene bien"
    // under "¿Te puedo pagar el día 5?" (field-wording-50 fw50-063), so the mail it answers says the paying.
    const acceptsOfferToPay = isChatty && match.index <= OPENING_OF_A_REPLY && PAYMENT_WORDS.test(answered);
    if (!saysPaying && !acceptsOfferToPay && (isChatty || !namesAnAmount(before))) continue;
    const fragment = sentence
      .trimEnd()
      .replace(TRAILING_PRONOUN, '')
      .replace(/[\s,;:—–-]+$/, '');
    const day = readDayEndingAt(fragment, reading, start);
    if (day && acceptsOfferToPay && (!saysPaying || onlyAnAnswer) && !offeredIn(answered, day.day)) continue;
    if (onlyAnAnswer && !acceptsOfferToPay) continue;
    // "Labour Day Monday is no problem at all" (field-wording-50 fw50-005) is the holiday's Monday, not the next.
    if (onlyAnAnswer && day && HOLIDAY_BEFORE.test(fragment.slice(0, fragment.length - day.words.length)))
      continue;
    if (day) {
      // "Tuesday works for us" under "the second Tuesday, so the 13th" (field-wording-54 fw54-001): the offer's
      // own day of the month on that weekday.
      const offered =
        answered && start && match.index <= OPENING_OF_A_REPLY && WEEKDAY_ONLY_WORDS.test(day.words.trim())
          ? offeredDayOnWeekday(answered, weekdayOf(day.day), start)
          : null;
      return {
        dueDate: toIsoDate(offered ?? day.day),
        phrase: `${day.words} ${match[0]}`,
        saysPayment: saysPaying,
        at: match.index - day.words.length,
      };
    }
  }
  return null;
}

const DAY_IN_BRACKETS = /^\s?\((?:the\s|le\s|el\s|den\s|dia\s|de\s)?(\d{1,2})(?:st|nd|rd|th|er|e|º|\.)?\)$/i;

/** A day stated at the very end of `fragment`: "… Before the 10th", "… Monday", "… three weeks from today". */
function readDayEndingAt(
  fragment: string,
  reading: DateReading,
  start: CalendarDay | null,
  periodCounts = true,
): { day: CalendarDay; words: string } | null {
  const wordStarts = [...fragment.matchAll(/(?:^|\s)(?=\S)/g)].map((found) => found.index + found[0].length);
  for (const offset of wordStarts.slice(-7)) {
    const window = fragment.slice(offset);
    // A number alone is an hour as often as a day ("Tuesdays after 4 work for me", gap-wording g093).
    if (/^\d{1,2}\.?$/.test(window)) continue;
    const stated = readFirstStatedDate(window, reading);
    if (stated && stated.index <= 12 && window.length - stated.end <= 1) {
      return { day: stated.day, words: window.slice(stated.index, stated.end) };
    }
    const relative = start ? readRelativeDay(window, start) : null;
    const rest = relative
      ? window.slice(window.toLowerCase().indexOf(relative.words.toLowerCase()) + relative.words.length)
      : '';
    // A German ordinal keeps its dot: "Donnerstag, der 9., ist mir recht" (field-wording-50 fw50-054).
    const restWords = /\d$/.test(relative?.words ?? '') ? rest.trim().replace(/^\.$/, '') : rest.trim();
    if (relative && (relative.isDeadline || periodCounts) && (restWords === '' || FROM_TODAY.test(rest)))
      return { day: relative.day, words: window.trim() };
    // "Would Friday week (the 18th) suit …?" (field-wording-25 fw25-023): the writer's bracket restates
    // the day of the month it comes to.
    const bracketDay = relative ? DAY_IN_BRACKETS.exec(rest) : null;
    if (relative?.isDeadline && bracketDay && Number(bracketDay[1]) === relative.day.day)
      return { day: relative.day, words: window.trim() };
  }
  return null;
}

// Right after a due word a day and month joined by a dash or a single dot are a date: "had als
// vervaldatum 18-3", "Payment by 15.07 please" (field-wording-19 fw19-029, field-wording-18 fw18-051).
// Elsewhere they are as often a range or a decimal, so the date reader leaves them alone.
const SHORT_DAY_AND_MONTH = new RegExp(
  `^[\\s:]{0,3}(?:(?:the|on|le|el|am|op|em|o|dia|den)\\s)?(\\d{1,2})[-.](\\d{1,2})(?![\\d]|[-.,/]\\d|\\s?(?:${PERIOD_UNITS}|%|[$€£])(?![a-zà-ÿ]))`,
  'i',
);

// "by the Wednesday before the wedding (22 September)" (field-wording-14 fw14-050): the bracket dates the
// weekday, when it falls on that weekday. "by Madaraka Day (1st June)" (field-wording-27 fw27-024): the
// bracket dates a day named with capitals, as holidays are, that the reader does not know.
// "the Friday before", read with the occasion's day in a bracket here, or dated elsewhere in the mail
// (WEEKDAY_BEFORE_NAMED_OCCASION).
// In the other languages the feast's name may follow with no article: "bis zum Samstag vor Maria Himmelfahrt
// (14.8.)" (field-wording-34 fw34-048); so may it after "after": "Due: the Friday after Anzac Day (30/4)",
// "no later than the Tuesday after Labour Day, please (Sept 7)" (field-wording-33 fw33-010, fw34-055).
const WEEKDAY_BEFORE_OCCASION = new RegExp(
  `^[\\s:]{1,3}(?:(?:the|dem|den|le|el|o|a)\\s)?(${WEEKDAY_NAMES})\\s(?:before|ahead of|prior to|after|vor|avant|antes d[eoa]l?|voor|vóór)\\s(?:(?:the|your|our|dem|der|den|le|la|l'|el|o|a|de|het)\\s?)?[a-zà-ÿ', ]{3,30}?\\s\\(`,
  'i',
);
const BEFORE_OCCASION_WORDS = / (?:before|ahead of|prior to|after|vor|avant|antes|voor|vóór) /i;
// A feast's name may come after a preposition or an article, with small words inside and a hyphen: "tenerlo
// cobrado para la Mercè (jueves 24)", "para el Día de la Tradición (martes 10)", "ten laatste tegen
// Sint-Maarten (woensdag 11 november)" (field-wording-36 fw36-013, fw36-060, fw36-063).
// "antes del día de la Virgen (12 de diciembre)" (field-wording-58 fw58-030): a feast named as its day.
// "by our next home game (Saturday the 15th)" (field-wording-62 fw62-063): an occasion of theirs or ours,
// in small letters, with its day in brackets.
const NAMED_DAY =
  /^\s(?:(?:our|your|their)\s(?:next\s)?(?:[a-zà-ÿ'’-]+\s){1,3}\(|(?:(?:the|para(?: el| la)?|pour(?: la| le)?|tegen|op|zum|zur|até(?: ao| à)?|pelo|pela|al|la|el|le|o|a)\s)?(?:(?:d[ií]a|day|jour)\s(?:(?:de|del|of|da|do)\s)?(?:la\s|l')?)?(?:[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-Za-zÀ-ÿ'’]+)*\s(?:(?:de|la|del|of|the|du|des|van|der|da|do|dos|das)\s){0,2}){1,3}\()/;
const BARE_DAY_IN_BRACKET = /^(?:the\s)?(\d{1,2})(?:st|nd|rd|th)?\)/i;
// German dates its days short in a bracket: "bis Georgi (Do., 23. April)" (field-wording-39 fw39-014).
const WEEKDAY_IN_BRACKET = new RegExp(`^(${WEEKDAY_NAMES}|(?:mo|di|mi|do|fr|sa|so)(?=\\.))\\.?,?\\s`, 'i');

/** The bracketed date after "the Wednesday before the wedding" or "Madaraka Day", at the window's start. */
function readDayInBracketAfterOccasion(
  window: string,
  reading: DateReading,
): ReturnType<typeof readFirstStatedDate> {
  const opening = window.slice(0, 60);
  if (!opening.includes('(')) return null;
  const beforeOccasion = BEFORE_OCCASION_WORDS.test(opening) ? WEEKDAY_BEFORE_OCCASION.exec(window) : null;
  const named = beforeOccasion ?? NAMED_DAY.exec(window);
  if (!named) return null;
  const inBracket = window.slice(named[0].length, named[0].length + 40);
  const weekdayInBracket = WEEKDAY_IN_BRACKET.exec(inBracket);
  const weekdaySaid = weekdayInBracket?.[0].length ?? 0;
  const bracket = inBracket.slice(weekdaySaid);
  const stated =
    readFirstStatedDate(bracket, reading) ??
    (weekdayInBracket ? bareDayOnWeekday(bracket, weekdayInBracket[1] ?? '', reading) : null);
  const weekday = WEEKDAY_NUMBERS[(beforeOccasion?.[1] ?? '').toLowerCase()];
  if (!stated || stated.index !== 0 || bracket[stated.end] !== ')') return null;
  if (beforeOccasion && weekdayOf(stated.day) !== weekday) return null;
  return {
    day: stated.day,
    index: named[0].length - named[0].trimStart().length,
    // Up to the closing bracket, so that a deadline said after it is still read (fw25-037).
    end: named[0].length + weekdaySaid + stated.end,
  };
}

/** "(jueves 24)": the day of the month left in a bracket after its weekday, the next such day on that weekday. */
function bareDayOnWeekday(
  bracket: string,
  weekdayName: string,
  reading: DateReading,
): ReturnType<typeof readFirstStatedDate> {
  const weekday = WEEKDAY_NUMBERS[weekdayName.toLowerCase()];
  const bare = BARE_DAY_IN_BRACKET.exec(bracket);
  const start = startDay(reading);
  if (weekday === undefined || !bare || !start) return null;
  const day = nextDayOfMonthOnWeekday(start, Number(bare[1]), weekday);
  return weekdayOf(day) === weekday ? { day, index: 0, end: bare[0].length - 1 } : null;
}

/** A day and month written "18-3" or "15.07" at the start of `window`, read as "18/3" would be. */
function readShortDayAndMonth(window: string, reading: DateReading): ReturnType<typeof readFirstStatedDate> {
  const short = SHORT_DAY_AND_MONTH.exec(window);
  if (!short) return null;
  const read = readFirstStatedDate(`${short[1]}/${short[2]}`, reading);
  if (!read) return null;
  return { day: read.day, index: short[0].length - `${short[1]}-${short[2]}`.length, end: short[0].length };
}

const THEN_WORDS =
  /^\s(?:then|that day|that date|dahin|là|ce jour-là|entonces|esa fecha|lá|dan|die dag)(?![a-zà-ÿ])/i;

// "latest by the day before Malaysia Day" (field-wording-36 fw36-012): the eve of the day read after
// "before", unless the day named already reads as its eve.
const THE_DAY_JUST_BEFORE = /(?<![a-zà-ÿ])(?:the\s)?day\s$/i;
const READ_AS_EVE_AFTER_BEFORE = new RegExp(READ_AS_THEIR_EVE, 'i');

/** A day read after the words `match` found, placed where those words start. */
function placedAfterWords(
  text: string,
  match: RegExpExecArray,
  day: CalendarDay,
  phrase: string,
): PlacedDueDate {
  const isEve =
    /^before$/i.test(match[0]) &&
    THE_DAY_JUST_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index)) &&
    !READ_AS_EVE_AFTER_BEFORE.test(phrase);
  return {
    dueDate: toIsoDate(isEve ? addCalendarDays(day, -1) : day),
    phrase: isEve ? `the day ${phrase}` : phrase,
    saysPayment: saysPaymentAround(text, match.index, match.index + match[0].length),
    at: match.index,
  };
}

function findDateAfterWords(
  text: string,
  index: TrigramIndex | undefined,
  words: RegExp,
  reading: DateReading,
  needsPaymentContext: boolean,
  notBefore = '',
  afterPassedDueDay = false,
  otherMatter?: RegExp,
): PlacedDueDate | null {
  if (!mayOccur(words, index)) return null;
  words.lastIndex = 0;
  let looked = 0;
  // A counted period gives way to a day stated after a later due word: "Our terms are 30 days end of
  // month, so the balance falls due by 30 November" (pay-wording pw-en-04).
  let counted: PlacedDueDate | null = null;
  for (let match = words.exec(text); match && looked < 40; match = words.exec(text)) {
    looked++;
    const end = match.index + match[0].length;
    if (otherMatter) {
      const before = text.slice(Math.max(0, match.index - 120), match.index);
      if (
        otherMatter.test(`${before.slice(sentenceStartIn(before))}${match[0]}${sentenceRestAfter(text, end)}`)
      )
        continue;
    }
    // After a passed due day the new deadline may come two sentences on: "The invoice … was due on 30
    // September. I know the summer rush has been hectic — could we say by 16 October instead?"
    // (field-wording-4 fw4-009-en), so the words about paying may lie further back.
    const context = afterPassedDueDay
      ? text.slice(Math.max(0, match.index - 200), match.index)
      : contextBefore(text, match.index);
    if (isBillsFor(text, match)) continue;
    // "La visita de revisión … quedó para el martes 23 de marzo" plans a visit, not a payment
    // (field-wording-20 fw20-034).
    // Its own sentence may name the payment far back: "O pagamento da NF 219, de R$ 4.500,00 (apresentação
    // … Carnaval), estava previsto para 1º de março" (field-wording-17 fw17-074).
    if (PLANNED_FOR_ALONE.test(match[0])) {
      const before = text.slice(Math.max(0, match.index - 200), match.index);
      if (!isAboutPaying(before.slice(sentenceStartIn(before)), true, sentenceRestAfter(text, end))) continue;
    }
    // After a passed due day, that day's own words say what the new one is for: "It was due on Friday 27th
    // November … so could you make sure it reaches us by Tuesday 22nd December" (field-wording-24 fw24-018).
    const restOfSentence = sentenceRestAfter(text, end);
    const followsDueDay = (): boolean =>
      afterPassedDueDay &&
      DUE_SAID.test(text.slice(Math.max(0, match.index - 300), match.index)) &&
      !DELIVERY_OR_DECISION.test(`${context.slice(sentenceStartIn(context))}${restOfSentence}`);
    // The ask stands right before the deadline word: looked for there first, it costs little.
    const asksForMoneyNamedBefore = (): boolean =>
      ASKS_TO_SEND_IT.test(text.slice(Math.max(0, match.index - 40), match.index)) &&
      speaksOfMoney(text.slice(Math.max(0, match.index - 200), match.index));
    if (
      needsPaymentContext &&
      !isAboutPaying(context, true, restOfSentence) &&
      !followsDueDay() &&
      !asksForMoneyNamedBefore()
    )
      continue;
    // "Abrechnungszeitraum 01.05.2027 bis 31.05.2027": a date before the word makes it a span's end.
    const justBefore = text.slice(Math.max(0, match.index - 24), match.index);
    if (needsPaymentContext && /\d/.test(justBefore) && endsWithDate(justBefore, reading)) continue;
    // "die erste Rate wird am 1. April fällig, die zweite am 2. Mai" (field-wording-59 fw59-008): a due word
    // put last has its day before it; a day after it is the next clause's.
    if (VERB_LAST_DUE_WORD.test(match[0]) && /\d/.test(justBefore) && endsWithDate(justBefore, reading))
      continue;
    // "Ich bin vom 2. bis 20. August auf Urlaub" (field-wording-16 fw16-053): a span's end, not a deadline.
    if (needsPaymentContext && SPAN_START_BEFORE.test(justBefore)) continue;
    // "there's no rush at all before Christmas" (field-wording-32 fw32-006) sets no deadline.
    if (needsPaymentContext && NO_RUSH_UNTIL.test(text.slice(Math.max(0, match.index - 40), end))) continue;
    // "Sorry to chase two days before Christmas" (field-wording-31 fw31-049) counts back from the day.
    if (
      needsPaymentContext &&
      PERIOD_JUST_BEFORE.test(justBefore) &&
      /^(?:before|avant|vor|antes|voor|vóór)/i.test(match[0])
    )
      continue;
    // "Zahlungsziel wie von Ihrer Zentrale gewünscht: 30 Tage ab Rechnungsdatum" (field-wording-9 fw9-070):
    // an aside between the label and its colon.
    const written = readWindowAfter(text, end);
    const window = written.slice(ASIDE_BEFORE_COLON.exec(written)?.[0].length ?? 0);
    // "Payment terms are 30 days from 2 November": the day named is where the period starts.
    const fromStatedDay = periodFromNamedDay(window, text, reading);
    if (fromStatedDay && toIsoDate(fromStatedDay) >= notBefore) {
      return placedAfterWords(
        text,
        match,
        fromStatedDay,
        `${match[0]}${window.split(/(?<!\d)[.!?](?=\s|$)/)[0] ?? ''}`.trim(),
      );
    }
    // "… on Tuesday, 19 January 2027, so the money must reflect in our account by then", "d'ici là", "bis
    // dahin" (field-wording-26 fw26-009, fw26-045, fw26-036; field-wording-25 fw25-041): the day said before.
    // "Before then" says what happens in the meantime ("Nothing changes for you before then").
    if (needsPaymentContext && THEN_WORDS.test(window) && !/^(?:before|avant|antes|vor)/i.test(match[0])) {
      // Only a day still to come: "no rush before then" after the show's dates points at another day.
      const said = readLastStatedDate(text.slice(Math.max(0, match.index - 200), match.index), reading);
      const sendDay = startDay(reading);
      if (said && sendDay && daysBetween(sendDay, said.day) >= 0 && toIsoDate(said.day) >= notBefore) {
        return placedAfterWords(text, match, said.day, `${match[0]} then (${toIsoDate(said.day)})`);
      }
    }
    const weekdayAfter = weekdayAfterNamedDay(window, reading);
    if (weekdayAfter && toIsoDate(weekdayAfter.day) >= notBefore) {
      return placedAfterWords(text, match, weekdayAfter.day, `${match[0]}${weekdayAfter.words}`);
    }
    const stated =
      readDayInBracketAfterOccasion(window, reading) ??
      readFirstStatedDate(window, reading) ??
      readShortDayAndMonth(window, reading);
    // "due on Friday, 18 March" may put a few words between; "by … 18 March" must be immediate; "due on
    // delivery of the final cut, Friday 26 March" names the event, then its day (field-wording-7 fw7-n17), as
    // does "payable no later than fit-out start, Wednesday 3 February" (field-wording-40 fw40-079).
    const eventFirst = EVENT_THEN_ITS_DAY.exec(window)?.[0].length ?? 0;
    if (
      stated &&
      (stated.index <= (needsPaymentContext ? 12 : 24) ||
        (eventFirst > 0 && stated.index <= eventFirst + 12) ||
        SAID_AGAIN_BEFORE.test(window.slice(0, stated.index)))
    ) {
      if (toIsoDate(stated.day) < notBefore) continue;
      // A day in brackets may be the occasion's, with the deadline said next: "paid before Waitangi Day
      // (Sat 6 Feb), so by Friday 5 February at the latest" (field-wording-25 fw25-037).
      const deadlineNext = window[stated.end] === ')' ? restatedDay(window.slice(stated.end), reading) : null;
      if (deadlineNext && toIsoDate(deadlineNext.day) >= notBefore) {
        return placedAfterWords(
          text,
          match,
          deadlineNext.day,
          `${match[0]} ${window.slice(stated.index, stated.end)}${deadlineNext.words}`.trim(),
        );
      }
      return placedAfterWords(
        text,
        match,
        stated.day,
        `${match[0]} ${window.slice(stated.index, stated.end)}`.trim(),
      );
    }
    const start = startDay(reading);
    if (!start || counted) continue;
    // "settle it no later than the Friday before the big day" in "Your wedding on 20 March - my bill"
    // (field-wording-8 fw8-084): that weekday before the occasion's day.
    const beforeOccasion = WEEKDAY_BEFORE_NAMED_OCCASION.exec(window);
    const weekdayBefore = beforeOccasion
      ? weekdayBeforeOccasion(beforeOccasion, text, match.index, end, reading, start)
      : null;
    if (weekdayBefore && toIsoDate(weekdayBefore) >= notBefore) {
      return placedAfterWords(text, match, weekdayBefore, `${match[0]}${beforeOccasion?.[0] ?? ''}`);
    }
    // "Any chance you'd sort it before the bank holiday weekend, Friday the 22nd?" (field-wording-28 fw28-006).
    const occasionFirst = OCCASION_THEN_ITS_DAY.exec(window);
    const occasionRest = occasionFirst ? window.slice(occasionFirst[0].length - 1) : '';
    const occasionStated = occasionFirst ? readFirstStatedDate(occasionRest, reading) : null;
    const occasionRelative = occasionFirst
      ? occasionStated && occasionStated.index <= 12
        ? { day: occasionStated.day, words: occasionRest.slice(0, occasionStated.end).trim() }
        : readRelativeDay(occasionRest, start)
      : null;
    if (
      occasionRelative &&
      /\d/.test(occasionRelative.words) &&
      toIsoDate(occasionRelative.day) >= notBefore
    ) {
      return placedAfterWords(
        text,
        match,
        occasionRelative.day,
        `${match[0]}${occasionFirst?.[0] ?? ''}${occasionRelative.words}`,
      );
    }
    const eventRestated = dayRestatedAfterEventTerm(window, text, reading);
    if (eventRestated && toIsoDate(eventRestated.day) >= notBefore) {
      return placedAfterWords(text, match, eventRestated.day, `${match[0]} ${eventRestated.words}`.trim());
    }
    const occasion = EVENT_ON_ITS_DAY.exec(window);
    const occasionDay = occasion ? window.slice(occasion[0].length) : '';
    // The occasion's day may be a whole date: "voor de eendagskuikens die wij op donderdag 23 september
    // … hebben afgeleverd" is what the bill is for, not a Thursday the 23rd to come (field-wording-20 fw20-069).
    const occasionDated = occasion ? readFirstStatedDate(occasionDay, reading) : null;
    const datedAtOnce =
      occasionDated && /^(?:[a-zà-ÿ-]+,?\s)?$/i.test(occasionDay.slice(0, occasionDated.index));
    if (occasionDated && datedAtOnce && toIsoDate(occasionDated.day) < toIsoDate(start)) continue;
    const read = readRelativeDay(window, start) ?? (occasion ? readRelativeDay(occasionDay, start) : null);
    const relative = read && saysDuePassed(text, match) ? lastSuchDay(read, start) : read;
    // After a passed day a new one may be a weekday: "It was due July 23. Could we get this settled this
    // Thursday?" (field-wording-11 fw11-069); a counted period there is the old term, read elsewhere.
    const isNewDeadline = relative?.isDeadline === true && toIsoDate(relative.day) >= notBefore;
    // "no later than 30 days from today" ends its period on a day, as a deadline does.
    const countsFromToday =
      relative !== null &&
      !relative.isDeadline &&
      FROM_TODAY.test(window.slice(window.indexOf(relative.words) + relative.words.length));
    if (
      relative &&
      (!needsPaymentContext || relative.isDeadline || countsFromToday) &&
      (!notBefore || isNewDeadline)
    ) {
      const wordsEnd = window.indexOf(relative.words) + relative.words.length;
      if (!relative.isDeadline && EARLY_PAYMENT_DISCOUNT_AFTER.test(window.slice(wordsEnd))) continue;
      // A restated day may be restated once more, the second time as the deadline: "before Waitangi Day
      // (Sat 6 Feb), so by Friday 5 February at the latest" (field-wording-25 fw25-037).
      const countedFrom = COUNTED_FROM_CLAUSE.exec(window.slice(wordsEnd))?.[0].length ?? 0;
      const restatedOnce =
        restatedDay(window.slice(wordsEnd), reading) ??
        (countedFrom ? restatedDay(window.slice(wordsEnd + countedFrom), reading) : null);
      const restated =
        (restatedOnce && restatedDay(window.slice(wordsEnd + restatedOnce.words.length), reading)) ??
        restatedOnce;
      // An invoice's terms run from its date: "Date: 31/12/2026 … Terms: 14 days net" (field-wording-9 fw9-006).
      // So do terms said in the sentence that dates it: "meine Rechnung EB-2027-003 vom 11. Januar (CHF
      // 1'560.00, zahlbar innert 10 Tagen)" (field-wording-20 fw20-066).
      const ownSentence = () => {
        const before = text.slice(Math.max(0, match.index - 200), match.index);
        return before.slice(sentenceStartIn(before));
      };
      // A label reads like the invoice's other labels: "Invoice date: Oct. 16 2028 / Due: 10 days net"
      // (field-wording-55 fw55-005).
      const isLabel = TERMS_LABEL.test(match[0]) || /^\s?:/.test(window);
      const invoiceDay = relative.isDeadline
        ? null
        : recentInvoiceDay(isLabel ? text : ownSentence(), reading, start);
      const fromInvoiceDay = invoiceDay ? readRelativeDay(window, invoiceDay)?.day : null;
      const found = placedAfterWords(
        text,
        match,
        restated?.day ?? fromInvoiceDay ?? relative.day,
        `${match[0]} ${relative.words}${restated?.words ?? ''}`.trim(),
      );
      if (relative.isDeadline || restated) return found;
      counted = found;
    }
  }
  return counted;
}

const WEEKDAY_BEFORE_NAMED_OCCASION = new RegExp(
  `^\\s(?:the\\s)?(${WEEKDAY_NAMES})\\s(?:before|ahead of|prior to)\\s(?:the|your|our)\\s(big day|[a-z]{4,})(?![a-z])`,
  'i',
);

// "até à sexta-feira a seguir ao feriado de 5 de Outubro" (field-wording-48 fw48-067), "by the Friday after
// 5 October": the first such weekday after the day named, a few words on.
const WEEKDAY_AFTER_A_DAY = new RegExp(
  `^\\s(?:(?:the|à|a|o|el|le|den|de)\\s)?(${WEEKDAY_NAMES})\\s(?:after|following|a seguir a[oà]?|depois d[oae]|après(?: le)?|después del?|nach(?: dem)?|na)\\s`,
  'i',
);

function weekdayAfterNamedDay(
  window: string,
  reading: DateReading,
): { day: CalendarDay; words: string } | null {
  const named = WEEKDAY_AFTER_A_DAY.exec(window);
  const weekday = WEEKDAY_NUMBERS[(named?.[1] ?? '').toLowerCase()];
  if (!named || weekday === undefined) return null;
  const rest = window.slice(named[0].length, named[0].length + 60);
  const stated = readFirstStatedDate(rest, reading);
  // Only words between: "the Tuesday after Labour Day, please (Sept 7)" and "the Monday after the festival,
  // October 12" name the weekday's own date (field-wording-34 fw34-055, field-wording-36 fw36-048).
  if (!stated || stated.index > 25 || /[^a-zà-ÿ' ]/i.test(rest.slice(0, stated.index))) return null;
  return {
    day: addCalendarDays(stated.day, (weekday - weekdayOf(stated.day) + 7) % 7 || 7),
    words: window.slice(0, named[0].length + stated.end),
  };
}

/** The last such weekday before the occasion `named` names, dated elsewhere in the mail. */
function weekdayBeforeOccasion(
  named: RegExpExecArray,
  text: string,
  from: number,
  to: number,
  reading: DateReading,
  start: CalendarDay,
): CalendarDay | null {
  const weekday = WEEKDAY_NUMBERS[(named[1] ?? '').toLowerCase()];
  const noun = (named[2] ?? '').toLowerCase();
  if (weekday === undefined) return null;
  const occasionDay =
    (noun === 'big day' ? null : findEventDay(text, noun, from, to, reading, start)) ??
    (noun === 'big day' || OCCASION.test(noun)
      ? firstComingDay(comingDays(text, from, to, reading, start, 6))
      : null);
  if (!occasionDay) return null;
  return addCalendarDays(occasionDay, -((weekdayOf(occasionDay) - weekday + 7) % 7 || 7));
}

// "Payable in full by the last day of the show, Sunday Feb. 14" (field-wording-33 fw33-024): a month's
// abbreviation keeps its dot.
const OCCASION_THEN_ITS_DAY = new RegExp(
  `^\\s(?:the|your|our)\\s[a-zà-ÿ' -]{3,30}?,\\s(?=(?:${WEEKDAY_NAMES}),?\\s(?:the\\s)?(?:\\d|(?:${MONTH_ALTERNATION})\\.?\\s\\d))`,
  'i',
);

// "due within 10 days of completion, i.e. by Monday 21 June" (field-wording-20 fw20-004): the writer
// restates the day a period from an event comes to.
// "Within 30 days of delivery" counts from the delivery when the mail dates it, else from the send day:
// "within thirty (30) days of delivery of the certified transcript, i.e. thirty days from today"
// (field-wording-8 fw8-015).
const OF_AN_EVENT = new RegExp(`^\\sof\\s(?:the\\s)?(?:${EVENT_NOUNS})(?![a-zà-ÿ])`, 'i');
const EVENT_NAMED = /^\s[a-zà-ÿ' -]{1,40}?(?=,|\s\()/i;

function dayRestatedAfterEventTerm(
  window: string,
  text: string,
  reading: DateReading,
): { day: CalendarDay; words: string } | null {
  const period = PERIOD_AT_START.exec(window);
  const afterPeriod = period ? window.slice(period[0].length) : '';
  if (!period || !(isCountedFromAnotherEvent(afterPeriod) || OF_AN_EVENT.test(afterPeriod))) return null;
  const event = EVENT_NAMED.exec(afterPeriod);
  const restated = event ? restatedDay(afterPeriod.slice(event[0].length), reading) : null;
  if (!restated || !event) return null;
  // "14 days prior to your event (Thursday 30 September)" dates the event (field-wording-14 fw14-062),
  // unless the mail dates the event that far after it: "the balance is due two weeks before the event,
  // which is Saturday 27 February" with "the reception … on Saturday 13 March" (field-wording-26 fw26-017).
  if (BEFORE_EVENT.test(afterPeriod.trimStart())) {
    const eventDay = addStatedPeriod(restated.day, {
      count: readCount(period[1] ?? ''),
      unit: readPeriodUnit(period[2] ?? ''),
    });
    if (!mailDatesDay(text, eventDay, reading)) return null;
  }
  return { day: restated.day, words: `${period[0]}${event[0]}${restated.words}`.trim() };
}

/** Whether `text` states `day` as a date, among the first dates it gives. */
function mailDatesDay(text: string, day: CalendarDay, reading: DateReading): boolean {
  let offset = 0;
  for (let step = 0; step < 12; step++) {
    const stated = readFirstStatedDate(text.slice(offset), reading);
    if (!stated) return false;
    if (daysBetween(stated.day, day) === 0) return true;
    offset += stated.end;
  }
  return false;
}

// A due word in the past: "o boleto … venceu dia 10", "was due on the 3rd", "c'était le 5", "went past due
// on the 15th", "overdue since the 15th". A bare day of the month after it is the last such day, not the
// next (field-wording-17 fw17-065, field-wording-46 fw46-072).
const DUE_IN_THE_PAST = new RegExp(
  `(?:(?:was|were|fell|came)(?: already| also)? due(?: on| by)?|(?:went|gone|fell|became) (?:past |over)due(?: on| by)?|(?:outstanding|unpaid|pendiente|impag[ao]|em aberto|en souffrance|impayée?|offen|openstaand|(?:over|past )due) (?:desde|since|depuis|seit|sinds)(?: (?:el|le|o|dem|den))?|venceu(?: (?:no )?dia| em)?|venció(?: el)?|vencía(?: el)?|vencia(?: (?:no )?dia| em)?|(?:était|étaient) dûe?s?(?: le)?|échue?s? (?:le|depuis le)|war fällig(?: am)?|fällig war(?: sie| er| es)?(?: am)?|${PLANNED_FOR})$`,
  'i',
);
const WEEKDAY_ONLY_WORDS = new RegExp(`^(?:(?:on|el|le|am|o|op)\\s)?(?:${WEEKDAY_NAMES})$`, 'i');
const BARE_DAY_WORDS =
  /^(?:(?:the|on the|on|dia|día|el día|el|le|am|den|no dia|o dia)\s)?\d{1,2}(?:st|nd|rd|th|er|º|ª|e|\.)?$/i;
// "quedaba para el lunes 19", written on Wednesday the 21st: the Monday the 19th that just went by, not
// the next month whose 19th is a Monday (field-wording-17 fw17-044).
const WEEKDAY_AND_DAY_WORDS = new RegExp(
  `^(?:(?:the|on|el|le|am|o|on the)\\s)?(?:${WEEKDAY_NAMES}),?\\s(?:(?:the|den|le|el|dia)\\s)?\\d{1,2}(?:st|nd|rd|th|er|º|\\.)?$`,
  'i',
);

const WEEKDAY_SAID = new RegExp(`(?<![a-zà-ÿ])(?:${WEEKDAY_NAMES})(?![a-zà-ÿ])`, 'i');

function saysDuePassed(text: string, match: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, match.index - 12), match.index);
  return DUE_IN_THE_PAST.test(`${before}${match[0]}`);
}

/**
 * A day after a due word in the past, read as the next such day, moved to the last one: a bare weekday,
 * a weekday with its day of the month, or a bare day of the month.
 */
function lastSuchDay(relative: RelativeDay, start: CalendarDay): RelativeDay {
  const words = relative.words.trim();
  if (daysBetween(start, relative.day) <= 0) return relative;
  // "It was due by the end of October", written on 27 November: last October's, not next
  // (field-wording-24 fw24-002).
  if (daysBetween(start, relative.day) > 183) {
    const yearBefore = { ...relative.day, year: relative.day.year - 1 };
    if (isRealCalendarDay(yearBefore)) return { ...relative, day: yearBefore };
  }
  // "was due monday, could you do wednesday?" (field-wording-16 fw16-014): the Monday that went by.
  if (WEEKDAY_ONLY_WORDS.test(words)) return { ...relative, day: addCalendarDays(relative.day, -7) };
  if (WEEKDAY_AND_DAY_WORDS.test(words)) {
    // The weekday said, not the one of the day read: that may be the nearest day of the month whose
    // weekday does not fit.
    const said = WEEKDAY_NUMBERS[(WEEKDAY_SAID.exec(words)?.[0] ?? '').toLowerCase()];
    for (const monthsBack of [0, -1]) {
      const recent = { ...addCalendarMonths({ ...start, day: 1 }, monthsBack), day: relative.day.day };
      const daysAgo = daysBetween(recent, start);
      if (isRealCalendarDay(recent) && weekdayOf(recent) === said && daysAgo > 0 && daysAgo <= 31)
        return { ...relative, day: recent };
    }
    return relative;
  }
  if (!BARE_DAY_WORDS.test(words)) return relative;
  const last = addCalendarMonths(relative.day, -1);
  return isRealCalendarDay(last) && daysBetween(last, start) >= 0 ? { ...relative, day: last } : relative;
}

const SPAN_START_BEFORE =
  /(?<![a-zà-ÿ])(?:vom|von|from|du|del|de|van|desde|entre)\s\d{1,2}(?:st|nd|rd|th|\.)?\s$/i;
const TERMS_LABEL =
  /terms|zahlungsziel|zahlungsfrist|zahlungsbedingungen|betalingstermijn|betaaltermijn|betalingsvoorwaarden|délai|conditions|plazo|prazo|condiciones|condições/i;
const ASIDE_BEFORE_COLON =
  /^\s(?:as|wie|comme|como|zoals|conforme|laut|selon|según|per)\s[^:\n\d.!?]{1,45}:/i;
// The day said again after what it is: "Payment is due the day we pull the scaffold, so Tue 8/31", "antes del
// puente de la Constitución, es decir, el viernes 3 de diciembre" (field-wording-29 fw29-008, fw29-049).
const SAID_AGAIN_BEFORE = new RegExp(
  `^[^.!?\\n\\d]{0,48},\\s(?:so|i\\.\\s?e\\.|ie|that'?s|that is|which is|es decir|o sea|soit|c'est-à-dire|d\\.\\s?h\\.|also|dus|ou seja|isto é),?\\s(?:(?:on|by|the|le|el|am|op|o|a)\\s)?(?:(?:${WEEKDAY_NAMES})\\.?,?\\s)?$`,
  'i',
);
const NO_RUSH_UNTIL =
  /(?:no (?:rush|hurry|stress)|pas d'urgence|keine eile|sin prisa|sem pressa|geen haast)(?: at all| really)?\s(?:before|until|till|avant|vor|bis|antes|hasta|voor|tot|até)(?![a-zà-ÿ])/i;
const PERIOD_JUST_BEFORE = new RegExp(
  `(?<![\\d.,])(?:\\d{1,3}|${COUNT_WORDS})\\s(?:${PERIOD_UNITS})\\s$`,
  'i',
);
const EVENT_THEN_ITS_DAY = new RegExp(
  `^\\s?(?:(?:on |upon |at )?(?:the )?(?:delivery|completion|handover|hand-over|turnover|collection|pick-?up|installation|go-live|launch|livraison|lieferung|abnahme|entrega|levering|oplevering)(?![a-zà-ÿ])[^,.\\n]{0,40},\\s|:?\\s?(?:[a-zà-ÿ'-]+\\s){0,7}[a-zà-ÿ'-]+,\\s(?=(?:${WEEKDAY_NAMES}),?\\s|\\d{1,2}(?:[./-]\\d{1,2}|\\s(?:de\\s|of\\s)?[a-zà-ÿ]{3,})))`,
  'i',
);
// An occasion named with its day: "no later than the hearing on Tuesday the 9th", "by the second session
// on Wednesday 3 March" (field-wording-8 fw8-068, fw8-017); "vóór de zangwedstrijd van zondag 25 april op
// het Onafhankelijkheidsplein" (field-wording-47 fw47-039).
const EVENT_ON_ITS_DAY =
  /^\s(?:the|our|your|their|his|her|la|le|el|die|der|das|de|het|o|a)\s(?:[a-zà-ÿ'-]+\s){1,3}?(?:on|am|le|el|op|em|no|na|van|vom|du|del)\s/i;

/**
 * The words before a deadline that say what it is about: 80 characters, or the sentence before too when
 * the deadline opens its own ("… über 412,34 € für die Reinigung. Wie immer bitte bis zum letzten Freitag
 * im Monat.", field-wording-6.jsonl).
 */
// A postscript speaks of the whole mail above it: "P.S. Before the month's out would be grand" under an
// invoice's total, a greeting and a signature (field-wording-34 fw34-006).
const POSTSCRIPT_LINE = /(?:^|\n)[ \t]*(?:p\.\s?s\.?|ps:|p\.d\.)[^\n]*$/i;

function contextBefore(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (POSTSCRIPT_LINE.test(text.slice(Math.max(0, lineStart - 1), at)))
    return text.slice(Math.max(0, at - 1500), at);
  const near = text.slice(Math.max(0, at - 80), at);
  const own = near.slice(sentenceStartIn(near));
  return own.trim().length < 24 ? text.slice(Math.max(0, at - 200), at) : near;
}

function endsWithDate(text: string, reading: DateReading): boolean {
  const stated = readLastStatedDate(text, reading);
  return stated !== null && text.length - stated.end <= 1;
}

function findDateBeforeWords(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
  notBefore = '',
): StatedDueDate | null {
  const start = startDay(reading);
  if (!mayOccur(DUE_WORD_AFTER_DATE, index)) return null;
  DUE_WORD_AFTER_DATE.lastIndex = 0;
  let looked = 0;
  for (
    let match = DUE_WORD_AFTER_DATE.exec(text);
    match && looked < 20;
    match = DUE_WORD_AFTER_DATE.exec(text)
  ) {
    looked++;
    const window = text.slice(Math.max(0, match.index - 32), match.index);
    const sentence = window.slice(sentenceStartIn(window));
    // "fällig" and "vervallen" say "due" by themselves: "unsere Rechnung … (60 Flaschen Riesling Kabinett
    // trocken für Ihr Restaurant) war am 15. März 2027 fällig" (field-wording-9 fw9-043).
    // After a passed day the words about paying may lie a sentence back: "… so it was due on July 31. I
    // know these things go through a few desks. Could we say Friday, August 13 at the latest?"
    // (field-wording-20 fw20-014).
    const around = text.slice(
      Math.max(0, match.index - (notBefore ? 200 : 80)),
      match.index + match[0].length,
    );
    const saysDue = notBefore !== '' && DUE_SAID.test(around);
    if (!SAYS_DUE_BY_ITSELF.test(match[0]) && !saysDue && !isAboutPaying(around, true)) continue;
    const stated = readLastStatedDate(sentence, reading);
    // The date must end where the verb starts ("am 3. Februar fällig"), not sit earlier in the sentence.
    if (stated && sentence.length - stated.end <= 2) {
      if (toIsoDate(stated.day) < notBefore) continue;
      return {
        dueDate: toIsoDate(stated.day),
        phrase: `${sentence.slice(stated.index, stated.end)} ${match[0]}`.trim(),
        saysPayment: saysPaymentAround(text, match.index, match.index + match[0].length),
      };
    }
    // A day said relative to the send day: "ist der Betrag zum 15. des Folgemonats fällig" (field-wording-7
    // fw7-d10).
    const relative = start ? readDayEndingAt(sentence.trimEnd(), reading, start, false) : null;
    if (relative && toIsoDate(relative.day) >= notBefore) {
      return {
        dueDate: toIsoDate(relative.day),
        phrase: `${relative.words} ${match[0]}`.trim(),
        saysPayment: saysPaymentAround(text, match.index, match.index + match[0].length),
      };
    }
  }
  return null;
}

function readLastStatedDate(window: string, reading: DateReading) {
  let rest = window;
  let offset = 0;
  let last: ReturnType<typeof readFirstStatedDate> = null;
  for (let step = 0; step < 4; step++) {
    const stated = readFirstStatedDate(rest, reading);
    if (!stated) break;
    last = { day: stated.day, index: stated.index + offset, end: stated.end + offset };
    offset += stated.end;
    rest = window.slice(offset);
  }
  return last;
}

/** Where the last sentence in `text` starts: after a full stop followed by a space, or a line break. */
function sentenceStartIn(text: string): number {
  return startAfterLast(text, SENTENCE_END);
}

/** Where `text` goes on after the last match of `breaks` (a global pattern), or 0. */
function startAfterLast(text: string, breaks: RegExp): number {
  let start = 0;
  for (const match of text.matchAll(breaks)) start = (match.index ?? 0) + match[0].length;
  return start;
}

// A dot after a digit is an ordinal ("am 3. Februar") or part of a date, not a sentence's end.
// A question mark after one ends it: "Lukt het vóór 15/03? Dan kan ik de zoutlevering …" (field-wording-19
// fw19-021). A month's or a weekday's short form keeps its dot: "Noted po, Jan. 18 is ok po" (field-wording-51
// fw51-048).
const SENTENCE_END = new RegExp(
  `(?:(?<!\\d)(?<!(?<![a-zà-ÿ])(?:${DOTTED_SHORT_WORDS}))\\.|[!?])(?=\\s)|\\n`,
  'gi',
);

const COUNTED_FROM_CLAUSE = /^\s(?:from|after|of)\s[^,.;:!?\n]{1,40}(?=,)/i;

function findRelativeDueDate(
  text: string,
  index: TrigramIndex | undefined,
  reading: DateReading,
  afterPassedDueDay = false,
): StatedDueDate | null {
  const start = startDay(reading);
  if (!start) return null;
  const net = mayOccur(NET_TERMS, index) ? NET_TERMS.exec(text) : null;
  if (net) {
    const days = Number(net[1] ?? net[2] ?? net[3] ?? net[4] ?? net[5] ?? net[6] ?? net[7] ?? net[8]);
    // Net terms run from the invoice's date: "Invoice date: 30 September 2026. Terms: Net 45"
    // (field-wording-6.jsonl); "Terms: 30 days end of month" from the end of that month.
    const after = text.slice(net.index + net[0].length, net.index + net[0].length + 80);
    // "It was on 30-day terms from the 16th of November" (field-wording-31 fw31-047).
    const from = dayCountedFrom(after, text, reading) ?? recentInvoiceDay(text, reading, start) ?? start;
    const due = addPeriodThenMonthEnd(from, { count: days, unit: 'day' }, after);
    // "net 10 from the event date, so that puts it at Tuesday 4/27" (field-wording-49 fw49-001): the day
    // worked out after what the terms count from.
    const countedWords = due.monthEndWords || (COUNTED_FROM_CLAUSE.exec(after)?.[0] ?? '');
    const restated = restatedDay(after.slice(countedWords.length), reading);
    return {
      dueDate: toIsoDate(restated?.day ?? due.day),
      phrase: `${net[0]}${countedWords}${restated?.words ?? ''}`,
      saysPayment: true,
    };
  }
  const onReceipt = mayOccur(ON_RECEIPT, index) ? ON_RECEIPT.exec(text) : null;
  if (onReceipt) return { dueDate: toIsoDate(start), phrase: onReceipt[0], saysPayment: true };
  const frenchWeeks = mayOccur(FRENCH_WEEK_TERMS, index) ? FRENCH_WEEK_TERMS.exec(text) : null;
  if (
    frenchWeeks &&
    isAboutPaying(text.slice(Math.max(0, frenchWeeks.index - 60), frenchWeeks.index), false)
  ) {
    const days = /huitaine/i.test(frenchWeeks[1] ?? '') ? 8 : 15;
    return {
      dueDate: toIsoDate(addCalendarDays(start, days)),
      phrase: frenchWeeks[0],
      saysPayment: saysPaymentAround(text, frenchWeeks.index, frenchWeeks.index + frenchWeeks[0].length),
    };
  }
  const withinScan = WITHIN_PERIOD;
  withinScan.lastIndex = 0;
  let looked = 0;
  for (
    let match = mayOccur(WITHIN_PERIOD, index) ? withinScan.exec(text) : null;
    match && looked < 40;
    match = withinScan.exec(text)
  ) {
    looked++;
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    const ownSentence = before.slice(sentenceStartIn(before));
    const end = match.index + match[0].length;
    const after = text.slice(end, end + 40);
    // "I'll deliver within 7 days" is not a payment term; "payable within 30 days", "binnen 14 dagen
    // betalen" and "30 days of receipt" are.
    // After a period a dot after a digit ends the sentence: "within four weeks, $2,900. I need a deposit".
    const restOfSentence = after.split(/[.!?](?=\s|$)|\n/)[0] ?? '';
    const asksForMoneyNamedBefore = ASKS_TO_SEND_IT.test(ownSentence) && speaksOfMoney(before);
    // "Within a week please." after the bank details: a term alone in its sentence is the bill's.
    const standsAlone = ownSentence.trim() === '' && SOFTENER_OR_NOTHING.test(restOfSentence);
    const paying =
      isAboutPaying(`${ownSentence}${match[0]}${restOfSentence}`, false) ||
      (standsAlone && speaksOfMoney(contextBefore(text, match.index))) ||
      COUNTED_FROM_INVOICE.test(after) ||
      asksForMoneyNamedBefore ||
      (afterPassedDueDay && ASKED_OF_THE_CLIENT.test(ownSentence) && !DELIVERY_OR_DECISION.test(ownSentence));
    // "we shall turn this account over for collection within the next ten days unless payment…" times
    // the sender's own step; the money named after it does not make the period a payment term.
    const timesOwnStep =
      SENDER_PROMISE.test(ownSentence) && !PAYMENT_WORDS.test(ownSentence) && !asksForMoneyNamedBefore;
    if (!paying || timesOwnStep) continue;
    // "Zahlbar innerhalb von 10 Tagen mit 2 % Skonto oder innerhalb von 30 Tagen netto" (field-wording-56
    // fw56-059): the discount's window is not when the bill falls due.
    if (EARLY_PAYMENT_DISCOUNT_AFTER.test(after) || EARLY_PAYMENT_DISCOUNT_BEFORE.test(ownSentence)) continue;
    // "30 days from invoice date" with the invoice dated in the text counts from that date; the day may
    // come after the event's name: "a contar da última tourada (sábado, 24 de julho)".
    const countedFrom = dayCountedFrom(text.slice(end, end + 90), text, reading);
    if (isCountedFromAnotherEvent(after) && !countedFrom) continue;
    const count = match[1] ? readCount(match[1]) : 1;
    const unit = readPeriodUnit(match[2] ?? match[3] ?? match[4] ?? match[5] ?? '');
    const due = addPeriodThenMonthEnd(countedFrom ?? start, { count, unit }, after);
    const restated = restatedDay(after.slice(due.monthEndWords.length), reading);
    return {
      dueDate: toIsoDate(restated?.day ?? due.day),
      phrase: `${match[0]}${due.monthEndWords}${restated?.words ?? ''}`.trim(),
      saysPayment: saysPaymentAround(text, match.index, end),
    };
  }
  return findThisWeekOrMonth(text, index, start);
}

/**
 * Money asked for "this week" or "this month" with no deadline word: "¿Me la podéis enviar esta
 * semana?", "Zou je het deze maand nog kunnen regelen?" (invoice-wording-2.jsonl). The week ends on
 * its Friday, the month on its last day.
 */
function findThisWeekOrMonth(
  text: string,
  index: TrigramIndex | undefined,
  start: CalendarDay,
): StatedDueDate | null {
  if (!mayOccur(THIS_WEEK_OR_MONTH, index)) return null;
  THIS_WEEK_OR_MONTH.lastIndex = 0;
  let looked = 0;
  for (
    let match = THIS_WEEK_OR_MONTH.exec(text);
    match && looked < 10;
    match = THIS_WEEK_OR_MONTH.exec(text)
  ) {
    looked++;
    const before = text.slice(Math.max(0, match.index - 160), match.index);
    const ownSentence = before.slice(sentenceStartIn(before));
    const end = match.index + match[0].length;
    const restOfSentence = text.slice(end, end + 40).split(/[.!?](?=\s|$)|\n/)[0] ?? '';
    const sentence = `${ownSentence}${match[0]}${restOfSentence}`;
    const asksNow = MONEY_ASKED_THIS_TIME.test(sentence);
    const moneyBefore = speaksOfMoney(before);
    if (!asksNow || !moneyBefore || SENDER_PROMISE.test(ownSentence) || OFFER_KEPT.test(sentence)) continue;
    const isMonth = /month|monat|mois|mes|maand|mês/i.test(match[0]);
    const day = isMonth ? lastDayOfMonth(start) : nextWeekday(addCalendarDays(start, -1), 5);
    return { dueDate: toIsoDate(day), phrase: match[0], saysPayment: PAYMENT_WORDS.test(sentence) };
  }
  return null;
}

/** Whether the sentence holding `text[start..end]` names paying, money owed or an invoice. */
function saysPaymentAround(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  return PAYMENT_WORDS.test(
    `${before.slice(sentenceStartIn(before))}${text.slice(start, end)}${sentenceRestAfter(text, end)}`,
  );
}

export interface RelativeDay {
  day: CalendarDay;
  words: string;
  isDeadline: boolean;
}

/**
 * A day said relative to `start` at the opening of `window`: a weekday ("Friday", "Fri the 4th"),
 * today or tomorrow, a month's, week's or year's end, a day of the month, or a period.
 */
export function readRelativeDay(window: string, start: CalendarDay): RelativeDay | null {
  const eve = EVE_OF.exec(window);
  if (eve) {
    const of = readRelativeDay(window.slice(eve[0].length), start);
    if (of) return { ...of, day: addCalendarDays(of.day, -1), words: `${eve[0].trim()} ${of.words}` };
    // "até a véspera da festa (dia 16)" (field-wording-50 fw50-076): the eve's own day in brackets.
    const bracket = EVE_DAY_IN_BRACKET.exec(window.slice(eve[0].length));
    const day = bracket ? nextDayOfMonth(start, Number(bracket[1])) : null;
    return day && bracket ? { day, words: `${eve[0].trim()} ${bracket[0]}`, isDeadline: true } : null;
  }
  const weekFrom = WEEK_FROM_WEEKDAY.exec(window);
  const weekFromNumber = WEEKDAY_NUMBERS[(weekFrom?.[2] ?? '').toLowerCase()];
  if (weekFrom && weekFromNumber !== undefined) {
    const weeks = /^a week$/i.test(weekFrom[1] ?? '') ? 1 : 2;
    return {
      day: addCalendarDays(nextWeekday(start, weekFromNumber), 7 * weeks),
      words: weekFrom[0].trim(),
      isDeadline: true,
    };
  }
  const ofNextWeek = WEEKDAY_OF_NEXT_WEEK.exec(window);
  const ofNextWeekNumber = WEEKDAY_NUMBERS[(ofNextWeek?.[1] ?? ofNextWeek?.[2] ?? '').toLowerCase()];
  if (ofNextWeek && ofNextWeekNumber !== undefined) {
    // The week after this one starts on the Monday after the send day.
    const nextMonday = nextWeekday(start, 1);
    const day = addCalendarDays(nextMonday, (ofNextWeekNumber + 6) % 7);
    return { day, words: ofNextWeek[0].trim(), isDeadline: true };
  }
  const lastWeekday = LAST_WEEKDAY.exec(window);
  const lastWeekdayNumber = WEEKDAY_NUMBERS[(lastWeekday?.[1] ?? lastWeekday?.[2] ?? '').toLowerCase()];
  if (lastWeekday && lastWeekdayNumber !== undefined) {
    return {
      day: nextWeekday(addCalendarDays(start, -8), lastWeekdayNumber),
      words: lastWeekday[0].trim(),
      isDeadline: true,
    };
  }
  const weekday = WEEKDAY.exec(window);
  if (weekday) {
    const number = WEEKDAY_NUMBERS[(weekday[1] ?? '').toLowerCase()];
    const dayAfter = DAY_AFTER_WEEKDAY.exec(window.slice(weekday[0].length));
    if (number !== undefined && dayAfter) {
      return {
        day: nextDayOfMonthOnWeekday(start, Number(dayAfter[1]), number),
        words: `${weekday[0]}${dayAfter[0]}`.trim(),
        isDeadline: true,
      };
    }
    // British "Friday week" is the Friday after next.
    const weekLater = WEEK_LATER.exec(window.slice(weekday.index + weekday[0].length));
    if (number !== undefined && weekLater) {
      return {
        day: addCalendarDays(nextWeekday(start, number), weekLater[1] ? 14 : 7),
        words: `${weekday[0]}${weekLater[0]}`.trim(),
        isDeadline: true,
      };
    }
    if (number !== undefined)
      return { day: nextWeekday(start, number), words: weekday[0].trim(), isDeadline: true };
  }
  const dayAfterTomorrow = DAY_AFTER_TOMORROW.exec(window);
  if (dayAfterTomorrow)
    return { day: addCalendarDays(start, 2), words: dayAfterTomorrow[0].trim(), isDeadline: true };
  for (const [pattern, dayOfMonth] of MONTH_OPENINGS) {
    const named = pattern.exec(window);
    if (named)
      return {
        day: nextDayOfYear(start, monthNumber(named[1]), dayOfMonth),
        words: named[0].trim(),
        isDeadline: true,
      };
  }
  const middle = MIDDLE_OF_MONTH.exec(window);
  if (middle) {
    // "tegen half volgende maand" (field-wording-19 fw19-016), "mid next month".
    const named = monthNumber(middle[1]);
    const day = middle[2]
      ? { ...addCalendarMonths({ ...start, day: 1 }, 1), day: 15 }
      : named > 0
        ? nextDayOfYear(start, named, 15)
        : nextDayOfMonth(start, 15);
    if (day) return { day, words: middle[0].trim(), isDeadline: true };
  }
  const calendarWeek = /kw|kalenderwoche/i.test(window) ? CALENDAR_WEEK.exec(window) : null;
  if (calendarWeek) {
    const week = Number(calendarWeek[1]);
    const friday = dayOfIsoWeek(start.year, week, 5);
    const day = friday && daysBetween(start, friday) >= -7 ? friday : dayOfIsoWeek(start.year + 1, week, 5);
    if (day) return { day, words: calendarWeek[0].trim(), isDeadline: true };
  }
  const weekOn = THIS_TIME_NEXT_WEEK.exec(window);
  if (weekOn) return { day: addCalendarDays(start, 7), words: weekOn[0].trim(), isDeadline: true };
  const holidayNamed = HOLIDAY.exec(window);
  const holiday = holidayNamed ? namedEntry(HOLIDAY_NAMES, holidayNamed) : undefined;
  if (holidayNamed && holiday) {
    return {
      day: nextDayOfYear(start, holiday.month, holiday.day),
      words: holidayNamed[0].trim(),
      isDeadline: true,
    };
  }
  const weekdayHolidayNamed = WEEKDAY_HOLIDAY.exec(window);
  const weekdayHoliday = weekdayHolidayNamed
    ? namedEntry(WEEKDAY_HOLIDAY_NAMES, weekdayHolidayNamed)
    : undefined;
  if (weekdayHolidayNamed && weekdayHoliday) {
    return {
      day: nextHolidayOnWeekday(start, weekdayHoliday),
      words: weekdayHolidayNamed[0].trim(),
      isDeadline: true,
    };
  }
  const feastNamed = MOVABLE_FEAST.exec(window);
  const feast = feastNamed ? namedEntry(MOVABLE_FEAST_NAMES, feastNamed) : undefined;
  if (feastNamed && feast) {
    const isEve = feast.fromEaster === 0 && !UP_TO_THE_DAY.test(feastNamed[0]);
    return {
      day: nextMovableFeast(start, feast.fromEaster - (isEve ? 1 : 0)),
      words: feastNamed[0].trim(),
      isDeadline: true,
    };
  }
  const near = TODAY_OR_TOMORROW.exec(window);
  const isToday = /today|heute|aujourd|hoy|vandaag|hoje/i.test(near?.[1] ?? '');
  // "bis heute nicht eingegangen", "until today no payment", "Bis heute konnten wir leider keinen
  // Zahlungseingang feststellen" (field-wording-9 fw9-043): today is when it was still missing.
  const afterNear = near ? window.slice(near.index + near[0].length) : '';
  if (near && !NEGATION_AFTER.test(afterNear) && !(isToday && NEGATION_SOON_AFTER.test(afterNear))) {
    return { day: addCalendarDays(start, isToday ? 0 : 1), words: near[0].trim(), isDeadline: true };
  }
  const earlyNextWeek = EARLY_NEXT_WEEK.exec(window);
  if (earlyNextWeek) return { day: nextWeekday(start, 1), words: earlyNextWeek[0].trim(), isDeadline: true };
  const yearEnd = YEAR_END.exec(window);
  if (yearEnd)
    return { day: { year: start.year, month: 12, day: 31 }, words: yearEnd[0].trim(), isDeadline: true };
  const christmas = CHRISTMAS.exec(window);
  if (christmas) {
    // "Till Xmas", "até o Natal": up to Christmas Day; "before Christmas": the eve.
    const day = UP_TO_THE_DAY.test(christmas[0]) ? 25 : 24;
    return { day: nextDayOfYear(start, 12, day), words: christmas[0].trim(), isDeadline: true };
  }
  const newYear = NEW_YEAR.exec(window);
  if (newYear)
    return { day: { year: start.year, month: 12, day: 31 }, words: newYear[0].trim(), isDeadline: true };
  const nextMonthEnd = NEXT_MONTH_END.exec(window);
  if (nextMonthEnd) {
    const nextMonth = addCalendarMonths({ ...start, day: 1 }, 1);
    return { day: lastDayOfMonth(nextMonth), words: nextMonthEnd[0].trim(), isDeadline: true };
  }
  const monthEnd = MONTH_END.exec(window);
  if (monthEnd) return { day: lastDayOfMonth(start), words: monthEnd[0].trim(), isDeadline: true };
  const weekEnd = WEEK_END.exec(window);
  if (weekEnd) {
    // The working week's end: Friday of this week, or of the next when the words say so.
    const isNext = NEXT_WEEK_WORDS.test(weekEnd[0]);
    const thisFriday = nextWeekday(addCalendarDays(start, -1), 5);
    // Written at the weekend, the coming Friday already ends next week: "até ao fim da próxima semana,
    // sexta dia 28", sent on Saturday 22 January (field-wording-30 fw30-040).
    const isWeekend = weekdayOf(start) === 0 || weekdayOf(start) === 6;
    return {
      day: isNext && !isWeekend ? addCalendarDays(thisFriday, 7) : thisFriday,
      words: weekEnd[0].trim(),
      isDeadline: true,
    };
  }
  const namedMonthEnd =
    NAMED_MONTH_END.exec(window) ??
    (/(?:'s|\sis)\s(?:out|over|done)/i.test(window) ? NAMED_MONTH_OUT.exec(window) : null);
  const namedMonth = monthNumber(namedMonthEnd?.[1]);
  if (namedMonthEnd && namedMonth > 0) {
    // The named month's next end from the send day: "Ende Januar" written in December is next year's.
    const year = namedMonth < start.month ? start.year + 1 : start.year;
    return {
      day: lastDayOfMonth({ year, month: namedMonth, day: 1 }),
      words: namedMonthEnd[0].trim(),
      isDeadline: true,
    };
  }
  const inMonth = WEEKDAY_IN_MONTH.exec(window);
  const inMonthWeekday = WEEKDAY_NUMBERS[(inMonth?.[2] ?? '').toLowerCase()];
  if (inMonth && inMonthWeekday !== undefined) {
    const isNext = Boolean(inMonth[3] || inMonth[4]);
    const day = weekdayInMonth(
      start,
      inMonthWeekday,
      NTH_IN_MONTH[(inMonth[1] ?? '').toLowerCase()] ?? 1,
      isNext,
    );
    return { day, words: inMonth[0].trim(), isDeadline: true };
  }
  const inNamedMonth = WEEKDAY_IN_NAMED_MONTH.exec(window);
  const namedMonthWeekday = WEEKDAY_NUMBERS[(inNamedMonth?.[2] ?? '').toLowerCase()];
  const weekdaysMonth = monthNumber(inNamedMonth?.[3] ?? '');
  if (inNamedMonth && namedMonthWeekday !== undefined && weekdaysMonth > 0) {
    const nth = NTH_IN_MONTH[(inNamedMonth[1] ?? '').toLowerCase()] ?? 1;
    const monthsAhead = (weekdaysMonth - start.month + 12) % 12;
    const inThatMonth = addCalendarMonths({ ...start, day: 1 }, monthsAhead);
    const day = weekdayInMonth(inThatMonth, namedMonthWeekday, nth, false);
    return { day, words: inNamedMonth[0].trim(), isDeadline: true };
  }
  const lastWorkingDay = LAST_WORKING_DAY_OF_MONTH.exec(window);
  if (lastWorkingDay) {
    // "Payment by the last working day of August" (field-wording-28 fw28-004) names its month, as does
    // "Condición de pago: el último día hábil de octubre" (field-wording-36 fw36-018).
    const named = monthNumber(lastWorkingDay[1] ?? lastWorkingDay[2]);
    let day = lastDayOfMonth(named ? monthNamedFrom(start, named) : start);
    while (weekdayOf(day) === 0 || weekdayOf(day) === 6) day = addCalendarDays(day, -1);
    return { day, words: lastWorkingDay[0].trim(), isDeadline: true };
  }
  const quarterEnd = QUARTER_END.exec(window);
  if (quarterEnd) {
    // "By the end of Q1" names its quarter (field-wording-8 fw8-060): this year's, or next year's once passed.
    const named = Number(quarterEnd[1] ?? quarterEnd[2] ?? 0);
    const quarter = named || Math.ceil(start.month / 3);
    const year = named && named * 3 < start.month ? start.year + 1 : start.year;
    const day = lastDayOfMonth({ year, month: quarter * 3, day: 1 });
    return { day, words: quarterEnd[0].trim(), isDeadline: true };
  }
  const workingDay = WORKING_DAY_OF_NEXT_MONTH.exec(window);
  const workingDays = Number(workingDay?.[1] ?? ORDINAL_WORD_NUMBERS[(workingDay?.[2] ?? '').toLowerCase()]);
  if (workingDay && workingDays > 0) {
    // Counted from the last day of the month before, so the first working day is the month's first.
    // "o quinto dia útil de janeiro" names its month (field-wording-25 fw25-075).
    // "the first business day of the new year" (field-wording-31 fw31-046) is January's.
    const named = workingDay[4] || workingDay[5] ? 1 : monthNumber(workingDay[3]);
    const monthBefore = named ? addCalendarMonths(monthNamedFrom(start, named), -1) : start;
    const day = addStatedPeriod(lastDayOfMonth(monthBefore), { count: workingDays, unit: 'business_day' });
    return { day, words: workingDay[0].trim(), isDeadline: true };
  }
  const firstOfMonth = FIRST_OF_MONTH.exec(window);
  if (firstOfMonth) {
    const day = nextDayOfMonth(start, 1);
    if (day) return { day, words: firstOfMonth[0].trim(), isDeadline: true };
  }
  const firstDays = FIRST_WORD.test(window) ? FIRST_DAYS_OF_NEXT_MONTH.exec(window) : null;
  const firstDaysCount = firstDays ? readCount(firstDays[1] ?? firstDays[2] ?? '') : 0;
  if (firstDays && firstDaysCount > 0) {
    const period = { count: firstDaysCount, unit: readPeriodUnit(firstDays[3] ?? '') };
    // Sent within those first days, the month that follows is the one billed: "February account …
    // payable within the first ten days of the following month", sent on 1 March (field-wording-56 fw56-022).
    const monthBefore = addCalendarMonths({ ...start, day: 1 }, -1);
    const thisMonths = addStatedPeriod(lastDayOfMonth(monthBefore), period);
    const day =
      daysBetween(start, thisMonths) >= 0 ? thisMonths : addStatedPeriod(lastDayOfMonth(start), period);
    return { day, words: firstDays[0].trim(), isDeadline: true };
  }
  const dayOfNextMonth = DAY_OF_NEXT_MONTH.exec(window);
  if (dayOfNextMonth) {
    const day = {
      ...addCalendarMonths({ ...start, day: 1 }, 1),
      day: dayOfMonthWritten(dayOfNextMonth[1] ?? dayOfNextMonth[2] ?? ''),
    };
    if (isRealCalendarDay(day)) return { day, words: dayOfNextMonth[0].trim(), isDeadline: true };
  }
  // Each of these two is tried only where its word is: this reader runs for every deadline word.
  const instant = /inst/i.test(window) ? DAY_OF_INSTANT_MONTH.exec(window) : null;
  if (instant) {
    const day = { ...start, day: Number(instant[1]) };
    if (isRealCalendarDay(day)) return { day, words: instant[0].trim(), isDeadline: true };
  }
  const proximo = /prox/i.test(window) ? DAY_OF_PROXIMO_MONTH.exec(window) : null;
  if (proximo) {
    const day = { ...addCalendarMonths({ ...start, day: 1 }, 1), day: Number(proximo[1]) };
    if (isRealCalendarDay(day)) return { day, words: proximo[0].trim(), isDeadline: true };
  }
  const inWords = DAY_IN_WORDS_OF_MONTH.exec(window);
  const dayInWords = inWords
    ? nextDayOfMonth(start, cardinalDayNumber(inWords[1] ?? inWords[2] ?? '') ?? 0)
    : null;
  if (inWords && dayInWords) return { day: dayInWords, words: inWords[0].trim(), isDeadline: true };
  for (const pattern of NEXT_DAY_OF_MONTH) {
    const named = pattern.exec(window);
    const day = named
      ? nextDayOfMonth(start, dayOfMonthWritten(named.slice(1).find((group) => group !== undefined) ?? ''))
      : null;
    if (named && day) return { day, words: named[0].trim(), isDeadline: true };
  }
  const period = PERIOD_AT_START.exec(window);
  // "It was due 2 weeks ago" (pay-wording pw-en-23): counted back from the send day.
  const ago = period && AGO.exec(window.slice(period[0].length));
  if (period && ago) {
    const stated = { count: -readCount(period[1] ?? ''), unit: readPeriodUnit(period[2] ?? '') };
    return { day: addStatedPeriod(start, stated), words: `${period[0]}${ago[0]}`.trim(), isDeadline: true };
  }
  if (period && !isCountedFromAnotherEvent(window.slice(period[0].length))) {
    const stated = { count: readCount(period[1] ?? ''), unit: readPeriodUnit(period[2] ?? '') };
    const due = addPeriodThenMonthEnd(start, stated, window.slice(period[0].length));
    return { day: due.day, words: `${period[0]}${due.monthEndWords}`.trim(), isDeadline: false };
  }
  return null;
}

const AGO = /^\s(?:ago|geleden)(?![a-zà-ÿ])/i;
const BILL_FOR = /(?<![a-zà-ÿ])(?:factuur|rekening|nota|offerte|bedrag|betaling|kosten|prijs)\s$/i;

/**
 * Whether the deadline word `match` is an unstressed Dutch "voor" after the bill's own noun, where it is
 * "for": "Hierbij ontvangt u de factuur voor de werkzaamheden van dinsdag" (field-wording-57 fw57-049).
 */
function isBillsFor(text: string, match: RegExpExecArray): boolean {
  return /^voor$/i.test(match[0]) && BILL_FOR.test(text.slice(Math.max(0, match.index - 14), match.index));
}
const EARLY_PAYMENT_DISCOUNT_AFTER =
  /^[\s,]{0,3}(?:(?:mit|with|avec|con|met|com|less|minus|abzüglich)\s)?\d{1,2}(?:[.,]\d{1,2})?\s?%\s?(?:skonto|discount|escompte|descuento|korting|desconto)/i;
const EARLY_PAYMENT_DISCOUNT_BEFORE =
  /(?:skonto|discount|escompte|descuento|korting|desconto)\s(?:bei|if|for|si|en caso de|por|bij|se|para)\s[^.\n\d%]{0,25}$/i;

/** "Two weeks before the wedding", "30 days after delivery": a period from an event, not from the send date. */
function isCountedFromAnotherEvent(after: string): boolean {
  return RELATIVE_TO_EVENT.test(after) && !COUNTED_FROM_INVOICE.test(after);
}

/**
 * The `nth` `weekday` of this month, -1 for the last (of the next when `isNext`, or when this month's has
 * passed): "the last Friday of the month", "the second Tuesday of next month".
 */
function weekdayInMonth(start: CalendarDay, weekday: number, nth: number, isNext: boolean): CalendarDay {
  for (let months = isNext ? 1 : 0; months < 3; months++) {
    const day = nthWeekdayOfMonth(addCalendarMonths({ ...start, day: 1 }, months), weekday, nth);
    if (months > 0 || toIsoDate(day) >= toIsoDate(start)) return day;
  }
  return start;
}

/** The nth such weekday of the month that `first` opens, the last as -1. */
function nthWeekdayOfMonth(first: CalendarDay, weekday: number, nth: number): CalendarDay {
  return nth < 0
    ? addCalendarDays(lastDayOfMonth(first), -((weekdayOf(lastDayOfMonth(first)) - weekday + 7) % 7))
    : addCalendarDays(nextWeekday(addCalendarDays(first, -1), weekday), 7 * (nth - 1));
}

/** The next time the month reaches `dayOfMonth`, the send day included ("due on the 15th"). */
function nextDayOfMonth(start: CalendarDay, dayOfMonth: number): CalendarDay | null {
  if (dayOfMonth < 1 || dayOfMonth > 31) return null;
  for (let months = 0; months < 3; months++) {
    const month = addCalendarMonths({ ...start, day: 1 }, months);
    const day = { ...month, day: dayOfMonth };
    if (isRealCalendarDay(day) && (months > 0 || dayOfMonth >= start.day)) return day;
  }
  return null;
}

/** The next time the year reaches `month`/`day`, the send day included ("by Halloween", "Mitte Dezember"). */
/** The first day of the named month: this one when it is the month of `start`, else the next such. */
function monthNamedFrom(start: CalendarDay, month: number): CalendarDay {
  return month === start.month ? { ...start, day: 1 } : nextDayOfYear(start, month, 1);
}

/** The next day, from `start` on, of a holiday kept on the nth such weekday of its month. */
function nextHolidayOnWeekday(
  start: CalendarDay,
  holiday: (typeof WEEKDAY_HOLIDAY_NAMES)[number],
): CalendarDay {
  const inYear = (year: number): CalendarDay =>
    addCalendarDays(
      nthWeekdayOfMonth({ year, month: holiday.month, day: 1 }, holiday.weekday, holiday.nth),
      holiday.daysAfter ?? 0,
    );
  const thisYear = inYear(start.year);
  return daysBetween(start, thisYear) >= 0 ? thisYear : inYear(start.year + 1);
}

function nextDayOfYear(start: CalendarDay, month: number, day: number): CalendarDay {
  const hasPassed = start.month > month || (start.month === month && start.day > day);
  return { year: start.year + (hasPassed ? 1 : 0), month, day };
}

/** The next day, on or after `start`, that lies `fromEaster` days from an Easter Sunday. */
function nextMovableFeast(start: CalendarDay, fromEaster: number): CalendarDay {
  const thisYear = addCalendarDays(easterSunday(start.year), fromEaster);
  return daysBetween(start, thisYear) >= 0
    ? thisYear
    : addCalendarDays(easterSunday(start.year + 1), fromEaster);
}

/**
 * "Friday the 22nd": of the next two 22nds, the one on a Friday, else the next 22nd. A weekday that fits
 * neither is a slip: "Please pay by Friday 21st", written on Tuesday 19 January, means that Thursday the
 * 21st, not May's Friday 21st (field-wording-18 fw18-004).
 */
function nextDayOfMonthOnWeekday(start: CalendarDay, dayOfMonth: number, weekday: number): CalendarDay {
  const first = nextDayOfMonth(start, dayOfMonth);
  for (let months = 0; months < 2 && first; months++) {
    const day = { ...addCalendarMonths({ ...first, day: 1 }, months), day: dayOfMonth };
    if (isRealCalendarDay(day) && weekdayOf(day) === weekday) return day;
  }
  return first ?? nextWeekday(start, weekday);
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

/** The day the mail was sent, in the user's time zone; relative terms count from it. */
export function startDay(reading: DateReading): CalendarDay | null {
  if (reading.referenceAt === undefined || !Number.isFinite(reading.referenceAt)) return null;
  return calendarDayOf(reading.referenceAt, reading.timeZone);
}
