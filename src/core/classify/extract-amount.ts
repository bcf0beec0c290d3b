import { mayOccur, type TrigramIndex } from './cue-prefilter';
import { fileNameWords } from './extract-invoice-number';
import { PLACEHOLDER_MARK } from './mask-placeholders';
import { CURRENCY_CODES, RAND_SUM_AFTER } from './money-mention';
import { readAmountInWords } from './read-amount-in-words';

/** A sum of money as the email states it; either part may be unknown. */
export interface StatedMoney {
  /** Major units: 1234.56 for `$1,234.56`. */
  amount: number | null;
  /** ISO 4217. */
  currency: string | null;
}

const ISO_CODES = CURRENCY_CODES.join('|');

const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  AU$: 'AUD',
  A$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  R$: 'BRL',
  MX$: 'MXN',
  RD$: 'DOP',
  AR$: 'ARS',
  J$: 'JMD',
  TT$: 'TTD',
  'GH₵': 'GHS',
  'GH¢': 'GHS',
  // West Africa's franc is written "350 000 FCFA" (field-wording-13 fw13-039), Morocco's dirham "DH", Angola's
  // kwanza "Kz".
  FCFA: 'XOF',
  'F CFA': 'XOF',
  DH: 'MAD',
  DHS: 'MAD',
  KZ: 'AOA',
  // Uruguay writes its peso "$U 48.950"; Peru its sol "S/ 1,300.00" or "S/. 1,300".
  $U: 'UYU',
  'S/': 'PEN',
  'S/.': 'PEN',
  // A bare "$" and pesos in words are settled later by where the mail was written (read-which-dollar).
  $: 'USD',
  PESOS: 'USD',
  R: 'ZAR',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₦': 'NGN',
  '₱': 'PHP',
  KSH: 'KES',
  // Indian English writes rupees as "Rs." and Polish złoty follow the number ("4 500 zł").
  'RS.': 'INR',
  RS: 'INR',
  ZŁ: 'PLN',
  TL: 'TRY',
  '₺': 'TRY',
  '₩': 'KRW',
  'FR.': 'CHF',
  'SFR.': 'CHF',
  EURO: 'EUR',
  EUROS: 'EUR',
  DOLLAR: 'USD',
  DOLLARS: 'USD',
  BUCKS: 'USD',
  POUND: 'GBP',
  POUNDS: 'GBP',
  QUID: 'GBP',
  FRANC: 'CHF',
  FRANCS: 'CHF',
  DÓLARES: 'USD',
  DOLARES: 'USD',
  REAIS: 'BRL',
  RUPEE: 'INR',
  RUPEES: 'INR',
  FRANKEN: 'CHF',
};

const RAND_SIGN = `R(?<![A-Za-zÀ-ÿ]R)${RAND_SUM_AFTER}`;
// A sign checks the letter before it only once the sign is found: a lookbehind first would be tried at
// every position of every mail. Codes and words start at a word boundary.
const LETTER_SIGNS = `SFr\\.|Fr\\.|Rs\\.?|Ksh|${ISO_CODES}`;
const PREFIX = `(US\\$|CA\\$|AU\\$|NZ\\$|HK\\$|MX\\$|RD\\$|AR\\$|TT\\$|J\\$(?<![A-Za-z]J\\$)|GH[₵¢]|Kz(?<![A-Za-z]Kz)(?![A-Za-z])|\\$U(?![A-Za-z])|S\\/(?<![A-Za-z]S\\/)\\.?(?=\\s?\\d)|[CASR]\\$(?<![A-Za-z][CASR]\\$)|\\$|${RAND_SIGN}|€|£|¥|₹|₺|₩|₦|₱|\\b(?:${LETTER_SIGNS})(?![A-Za-z]))`;
// Thousands may be grouped with , . ' ’ or (thin / no-break) spaces; decimals take one or two digits.
// A number running on into `.2026` or `/04` is a date ("bis zum 20.03.2026"), not an amount.
// Indian English groups lakhs and crores in twos: "Rs. 1,25,000", "₹12,50,000".
const NUMBER = `(?<![\\d.,])(\\d{1,2}(?:,\\d{2}){1,3},\\d{3}(?:\\.\\d{1,2})?|\\d{1,3}(?:[,.'’\\u00a0\\u202f\\u2009 ]\\d{3})+(?:[.,]\\d{1,2})?|\\d{1,12}(?:[.,]\\d{1,2})?)(?![\\d]|[./-]\\d)`;
const MULTIPLIER = `(?:\\s?(k|m|mn|bn|mio\\.?|mrd\\.?|million|millions|millionen|millones|milhões|miljoen|thousand|mil|lakhs?|lacs?|crores?)(?![A-Za-zÀ-ÿ]))?`;
// Swiss and German prices write whole amounts as `2'400.–` or `100,-`.
const WHOLE_DASH = `(?:[.,](?:-{1,2}|–|—))?`;
const SUFFIX = `(?:\\s?(€|\\$|£|zł|(?<![A-Za-z])(?:F\\s?CFA|DHS?|Kz)(?![A-Za-z])|(?<![A-Za-z])(?:bucks|pounds?)(?![A-Za-z])|(?<![A-Za-z])TL(?![A-Za-z])|(?<![A-Za-z])(?:${ISO_CODES}|euros?|dollars?|dólares|dolares|reais|pesos|franken|rupees?)(?![A-Za-z])))?`;

const MONEY = new RegExp(`(?:${PREFIX}\\s?)?${NUMBER}${MULTIPLIER}${WHOLE_DASH}${SUFFIX}`, 'gi');
const CURRENCY_BY_PLACEHOLDER = new RegExp(
  `${PREFIX}\\s?${PLACEHOLDER_MARK}|${PLACEHOLDER_MARK}\\s?(€|\\$|£|(?<![A-Za-z])(?:${ISO_CODES}|euros?|dollars?)(?![A-Za-z]))`,
  'i',
);

const MONEY_LABEL_BEFORE =
  /(?:total|amount|balance|sum|price|fee|cost|investment|budget|rate|betrag|summe|gesamt|preis|kosten|honorar|montant|prix|coût|tarif|importe|monto|precio|coste|costo|inversión|bedrag|totaal|prijs|valor|preço|custo|investimento|quantia)(?:[^\n\d]{0,25}|[^\n\d]{0,20}(?:factura|invoice|rechnung|facture|factuur|fatura)\s[\w/.-]{1,12}:\s?)$/i;
// A count of goods before its unit is no money without a currency: "Total: 1,75 kg × 780 €/kg" (field-wording-8
// fw8-064).
const QUANTITY_AFTER =
  /^\s?(?:kg|g|t|l|lt|ml|m|m²|m2|m³|m3|km|mi|hrs?|uur|std|stunden|heures|horas|units?|pcs|stk|stück)(?![a-zà-ÿ\d])/i;
// "invoice INV-1042 (1,200.00, due 18 March)": a cents-precise number right after an invoice reference.
const INVOICE_BEFORE = /(?:invoice|rechnung|facture|factura|factuur|fatura)[^\n]{0,30}$/i;
const TOTAL_BEFORE =
  /(?:total|gesamt|totaal|amount due|balance due|due|outstanding|unpaid|impayé|unbezahlt|onbetaald|impagad[oa]|openstaand|offener|restant|pendiente|em aberto|à payer|zu zahlen)[^\n\d]{0,25}$/i;
// "I'd charge $280" names the price; "a delivery charge of $40" is an extra. Dutch "rente" (interest)
// is a whole word: Portuguese and Spanish "referente a novembro" is no interest.
const SURCHARGE_BEFORE =
  /(?:(?<![a-z])(?<!(?:total|overall|full|project|professional) )fee|indemnité|pénalité|penalty|boete|multa|recargo por demora|(?<!(?:\bi|\bwe|'d|would|will|'ll|\bto|ly|then|just|only) )charge|gebühr|frais|recargo|taxa|tarifa|interest|zinsen|intérêts|intereses|(?<![a-zà-ÿ])rente|juros|discount|rabatt|remise|descuento|korting|desconto)[^\n\d]{0,20}$/i;
// A tax line labels the sum right after it ("VAT (20%): £200"); "the VAT returns for £340" does not.
// A fee named after its sum: "zuzüglich 5,00 € Mahngebühr", "$25 late fee", "40 € de frais".
const SURCHARGE_AFTER =
  /^\s?(?:mahngebühr|gebühr|reminder fee|late fee|admin(?:istration)? fee|fee|frais|de frais|de recargo|de gastos|administratiekosten|aanmaningskosten|de multa|de juros)(?![a-zà-ÿ])/i;
const TAX_BEFORE =
  /(?:vat|mwst|ust|tva|iva|btw)\.?(?:\s?\(?\d{1,2}(?:[.,]\d{1,2})?\s?%\)?)?\s?(?:of|von|de|van|amount|betrag|montant|bedrag|valor)?\s?:?\s?$/i;
// "$3,000–4,000", "between €3,000 and €4,000", "entre 800 y 1.000 €": a range states no one amount.
const RANGE_AFTER =
  /^\s?(?:[-–—]|to|(?<=(?:between|entre|zwischen|tussen) [^\n]{1,20})(?:and|y|e|et|und|en))\s?(?:[$€£]|r\$|eur|usd|gbp)?\s?(?<upper>\d[\d.,' ]{0,12})(?![\d./])(?<thousands>\s?k(?![a-z]))?/i;
const RANGE_BEFORE =
  /(?:(?:[$€£]\s?\d[\d.,']{0,12}|\d{1,3}[.,' ]\d{3}(?:[.,]\d{1,2})?)\s?(?:[$€£]|eur|euros?|k)?\s?(?:[-–—]|to)|(?:between|entre|zwischen|tussen) [^\n]{1,20}(?:and|y|e|et|und|en)|between|zwischen|entre|tussen)\s?(?:[$€£]|r\$)?\s?$/i;
// A price changed "from £38,400 to £33,900": the old price gives way, and the pair is no range.
const CHANGE_WORDS =
  '(?:down|up|reduc|lower|rais|increas|decreas|drop|cut|bring|brought|come|came|go(?:es)? up|went|chang|senk|erhöh|reduzier|baiss|rédui|augment|pass|baj|sub|rebaj|baix|diminu|aument|verlaag|verhoog|gaat|geht|queda|fica)';
const CHANGED_FROM_BEFORE = new RegExp(
  `${CHANGE_WORDS}[^\\n.\\d]{0,25}(?:from|von|de|van|da)\\s?(?:[$€£]|r\\$|eur|usd|gbp)?\\s?$`,
  'i',
);
const TO_NEW_AMOUNT_AFTER = /^\s?(?:[$€£]|eur|euros?)?\s?(?:to|auf|à|a|naar|para)\s?(?:[$€£]|r\$)?\s?\d/i;
const CHANGED_TO_BEFORE = new RegExp(
  `${CHANGE_WORDS}[^\\n.\\d]{0,25}(?:from|von|de|van|da)\\s?(?:[$€£]|r\\$|eur|usd|gbp)?\\s?\\d[\\d.,'’ ]{0,12}\\s?(?:[$€£]|eur|euros?)?\\s?(?:to|auf|à|a|naar|para)\\s?(?:[$€£]|r\\$)?\\s?$`,
  'i',
);
// "brings it down to $6,200 (from $7,900)", "€900 instead of €1,100": the price it replaces; also "£4,750
// rather than the £5,200 I'd normally charge" (proposal-wording-8 pw8-010), "3 950 € + IVA (antes 4 400 €)"
// (proposal-wording-7 pw7-055).
const REPLACED_BEFORE =
  /(?:\(\s?(?:from|was|antes|avant|vorher|eerst|era)|(?:down|up|reduced|lowered|cut) to [^\n]{1,20}? from|(?:instead of|rather than|statt|anstatt|au lieu de|en (?:lugar|vez) de|in plaats van|em vez de)(?: the| my| our| den| die| le| la| el| los| de| het| o| a| os)?|down from|up from)\s?$/i;
// The sender's usual price beside the one offered: "My usual rate … is €1,200, but … I'd do it for €950",
// "Normalerweise liegt so eine Montage bei 2.400 €", "Normaal vragen wij € 3.400"; and a price the sender
// will not go to: "I can't get down to $3,000" (proposal-wording-5.jsonl).
const USUAL_OR_REFUSED_BEFORE =
  /(?:(?<![a-zà-ÿ])(?:usual(?:ly)?|normally|normalerweise|normaal|gewoonlijk|d'habitude|habituellement|normalement|normalmente|habitualmente|generalmente)[^\n\d]{0,40}|(?:can'?t|cannot|won'?t|couldn'?t) (?:get|go|come) (?:down )?(?:to|below|under|lower than)\s?)$/i;
// "my day rate is €650 … so €1,950": the total the sender works out from a rate.
const WORKED_OUT_BEFORE =
  /(?:\bso|that'?s|that is|i\.e\.,?|making|makes|which (?:is|comes to)|works out (?:at|to)|comes to|soit|donc|c'est-à-dire|also|d\.h\.|macht(?: zusammen| insgesamt)?|dus|oftewel|ou seja|o sea|es decir|=)\s?(?:about|around|roughly|approximately|ca\.?|environ|unos|ongeveer|cerca de)?\s?$/i;

// Proposals boast of results ("increased revenue by $50K"); that money is not the price.
const RESULT_BEFORE =
  /(?:revenue|sales|saved|savings?|increased?|raised|generated|grew|growth|profit|funding|valuation|turnover|umsatz|chiffre d'affaires|ingresos|facturación|omzet|faturamento|receita)[^\n\d]{0,25}$/i;

// "netto 3.920,00 €, brutto 4.664,80 €", "HT 1 500 €, TTC 1 800 €": the sum with its tax is what is paid.
const GROSS_BEFORE = /(?<![a-zà-ÿ])(?:brutto|ttc|gross|tvac|total incl\.? (?:vat|tax))\s?:?\s?$/i;
const EXTRA_BEFORE = /(?<![a-zà-ÿ])(?:an? )?extra\s?$/i;
// "mit 19 % MwSt. 3.320,10 €", "with VAT $1,200": the sum with its tax, a total.
const WITH_TAX_BEFORE =
  /(?:mit|with|inkl\.?|inklusive|including|incl\.?|avec|con|met|com)\s(?:\d{1,2}(?:[.,]\d{1,2})?\s?%\s)?(?:vat|mwst|ust|tva|iva|btw|gst)\.?\s?:?\s?$/i;
// "£950 + VAT (£1,140 total)", "1 200 € au total", "2.380 € inkl. MwSt.": the total named after the sum.
// On the same line: "£6,900\nTotal fee: £11,100" names the next line's sum, not this one.
const TOTAL_AFTER =
  /^\)?[^\S\n]?(?:in total|total|all in|altogether|insgesamt|gesamt|inkl\.? (?:mwst|ust)|au total|en total|ttc|iva incluido|iva incl|no total|in totaal|totaal|incl\.? (?:\d{1,2}\s?%\s?)?(?:vat|gst|btw|iva)|incl\.? \d{1,2}\s?%)(?![a-zà-ÿ])/i;
// "$80/hour", "45 €/hora", "80 € de l'heure": a rate, not what the work comes to.
const RATE_AFTER =
  /^\s?(?:\/\s?(?:hour|hr|h|day|std|stunde|heure|hora|uur|dia|día|jour|tag|dag)|(?:per|an|a|pro|par|por|de l'|la|el) (?:hour|hr|day|stunde|tag|heure|jour|hora|día|dia|uur|dag)|de l'heure|(?:per|pro|par|por) (?:person|persoon|personne|persona|pessoa|head|pax|kopf|tête|cabeza|stuk|stück|pièce|pieza|unit|unidad|unidade)|each|apiece|p\.p\.)(?![a-zà-ÿ])/i;
// "50% of the $8,000 fee", "1.000 € de un total de 2.000 €": the whole a part is taken from; so is the
// second sum in "the remaining $400 of the $1,200", "1.100 € von den 1.600 €", "R$ 700 dos R$ 2.000".
const WHOLE_BEFORE =
  /(?:(?:[$€£]\s?\d[\d.,]{0,12}|\d[\d.,]{0,12}\s?(?:€|euros?))\s(?:of|von|von den|de los|de las|sur|sur les|dos|das|van|van de)\s(?:the\s)?(?:[$€£]|r\$)?\s?$|\d\s?%\s?(?:of|von|de|du|van|do|da)\s(?:the\s|a\s|your\s|la\s|el\s|le\s|het\s|o\s|der\s|die\s)?[^\n\d]{0,12}|(?:of|from|de|sur|van|von)\s(?:a\s|the\s|un\s|um\s|une\s|een\s|het\s)?total(?:e|en)?\s(?:of\s|de\s|van\s)?|von insgesamt\s)$/i;
// A part asked for: "the 25% deposit of $750", "el 50 % (1.000 €", "so $4,000 now", and what is left
// after it: "Remaining: $2,000", "Restbetrag 2.000 €", "il reste 2 000 € à régler", "falta pagar R$ 2.000".
const PART_BEFORE =
  /(?:deposit|down payment|advance|anzahlung|abschlag|acompte|arrhes|señal|anticipo|aanbetaling|voorschot|sinal|entrada|\d\s?%|remaining|(?<![a-zà-ÿ])rest(?:betrag|zahlung)?|il reste|reste à (?:payer|régler)|quedan(?: pendientes)?|falta(?:m)? pagar|resterende|instal(?:l)?ment(?: of)?|versements?|cuotas?|parcelas?|presta[çc](?:ão|ões))[^\n\d]{0,15}$/i;
// Money that already came in is not asked for: "deposit received ($1,000)", "ya abonaste 1.000 €",
// "Anzahlung 1.000 € erhalten".
// "Unpaid", "unbezahlt", "onbetaald", "non réglé" and "not yet received" are the opposite.
const PAID_BEFORE =
  /(?<![a-zà-ÿ])(?<!(?:not|not yet|nicht|noch nicht|non|pas|no|niet|nog niet|não|ainda não) )(?:paid|received|abonaste|abonó|pagaste|pagó|bezahlt|erhalten|réglé|versé|reçu|betaald|ontvangen|pagou|recebido)[^\n\d,;.]{0,20}$/i;
const PAID_AFTER =
  /^\s?\)?\s?(?:(?:deposit |payment )?(?:is |was |has been )?already(?![a-z])|already paid|received|paid|erhalten|bezahlt|reçus?|payés?|recibidos?|abonados?|pagados?|ontvangen|betaald|recebidos?|pag[oa]s?(?= (?:em|en|no|na|el|ya|já|hoje|ontem|ayer)(?![a-zà-ÿ])))(?![a-zà-ÿ])/i;
// Money the sender thanks the client for, or says came in, is paid: "Thanks again for the deposit of
// $500", "Got the £600, thank you", "danke für die 800 €!", "recebi os 500 €, obrigada" (field-wording-5
// fw5-006, fw5-013, fw5-046, fw5-083).
const THANKED_FOR_BEFORE =
  /(?:(?<![a-zà-ÿ])(?:thanks|thank you|cheers|danke|vielen dank|merci|gracias|obrigad[oa]|bedankt|dank je|dank u)(?: again| so much| very much)? (?:for|für|pour|por|voor|pel[oa]s?)|(?<![a-zà-ÿ])(?:got|recebi|recibí|j'ai bien reçu|ik heb)) (?:the |your |die |den |das |ihre |deine |le |la |les |vos |el |los |tu |su |de |het |uw |je |o |os |a |as |seu |sua )?(?:[^\n\d.!?]{0,25} (?:of|von|de|van|do|da) )?$/i;
const BALANCE_BEFORE =
  /(?<![a-zà-ÿ])(?:balance|solde|saldo|restante|resto|rest(?:betrag|bedrag)?|remaining|pendiente|falta(?:m)?(?: pagar)?|still (?:due|owing|to pay)|left to pay|te voldoen|nog te betalen|reste à (?:payer|régler))(?![a-zà-ÿ])(?:[^\n\d]|\d{1,3}\s?%){0,25}$/i;
// A sum taken off: "Less: retainer received -£1,000.00", "Señal pagada en octubre: -300 €".
// A dash with spaces on both sides is a separator ("Hosting Dec - $40", proposal-wording-3 pw3-049).
const LESS_WORDS = 'less|minus|abzüglich|abzgl\\.|moins|menos|min';
const MINUS_BEFORE = new RegExp(
  `(?:(?:^|[\\s(])[-−]|:\\s?[-−]\\s?|(?<![a-zà-ÿ])(?:${LESS_WORDS})(?![a-zà-ÿ])[^\\n\\d]{0,30})$`,
  'i',
);
// The sender's share of a split fee: "£1,260.00 - your share £630.00" (field-wording-8 fw8-017).
// The share may give its fraction: "Votre part (50 %) : CHF 4'800.–", "Parte que corresponde a cada
// empresa (1/3): CLP 380.000", "Metade a cargo da vossa empresa: MZN 48 000,00" (field-wording-13 fw13-025,
// field-wording-14 fw14-037, fw14-033).
const SHARE_BEFORE =
  /(?<![a-zà-ÿ])(?:your (?:share|half|part|portion)|ihr anteil|dein anteil|votre (?:part|quote-part|moitié)|(?:su|tu|vuestra) (?:parte|mitad)|parte que (?:le |les |os |lhe )?corresponde|corresponde (?:a |à )?(?:cada|vuestra|su|tu|vossa|sua) [^\n\d]{0,20}|uw aandeel|jouw (?:deel|aandeel)|(?:a )?(?:sua|vossa) (?:parte|metade)|metade a cargo da vossa[^\n\d]{0,15})(?:\s?\((?:\d{1,3}\s?%|\d\/\d)\))?[^\n\d]{0,15}$/i;
// The whole a part comes out of, named after the sum: "(of €4,500 total)", "$3,000 less $1,000 deposit".
const OF_BEFORE = /(?:\(\s?(?:of|von|de|sur|van|do|da)|out of)\s$/i;
const LESS_AFTER = new RegExp(`^\\s?(?:${LESS_WORDS})(?![a-zà-ÿ])`, 'i');
const NOW_AFTER = /^\s?(?:now|right away|today|jetzt|sofort|maintenant|ahora|nu|agora)(?![a-zà-ÿ])/i;
// The sentence asks for payment: a pay verb or a deadline.
const PAY_REQUEST =
  /pay|remit|settle|zahl|überweis|begleich|r[éè]gl|payer|paiement|pag[ao]|abon|betal|voldo|(?<![a-zà-ÿ])(?:now|by|before|until|bis|avant|antes|até|vóór|uiterlijk|attendu|expected|esperad[oa]|verwacht|erwartet)(?![a-zà-ÿ])/i;
const SENTENCE_END = /(?<!\d)[.!?](?=\s)|\n/g;
const DAY_MONTH_WITH_DOT = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])$/;

// Options listed one per line, and the sender saying which they would pick: "Garden – …: £1,380" with
// "I'd go with Garden" (proposal-wording-7 pw7-023), "Variante A: …, 5.100 €" with "Ich würde mit A
// anfangen" (proposal-wording-8 pw8-049). The option's name is written with a capital.
const OPTION_WORDS = [
  'option',
  'variante',
  'formule',
  'opción',
  'opção',
  'optie',
  'pakket',
  'package',
  'paquete',
  'pacote',
  'paket',
];
// The recommendation is read case-sensitively (the option's name has a capital); German writes the
// option word with one too ("mit Variante A").
const OPTION_WORDS_EITHER_CASE = OPTION_WORDS.map(
  (word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`,
).join('|');
const RECOMMENDED_OPTION = new RegExp(
  `(?<![a-zà-ÿ])(?:(?:I|we|We)(?:'d| would) (?:go (?:with |for )?|(?:opt|start|stick) (?:with|for) )|(?:I|we|We)(?:'d)? (?:recommend|suggest) |(?:[Ii]ch würde|[Ww]ir würden) (?:mit|zu) |(?:[Ii]ch|[Ww]ir) (?:empfehle|empfehlen) (?:Ihnen |dir |euch )?|[Jj]e (?:vous |te )?(?:recommande|conseille) |[Jj]e partirais sur |(?:[Oo]s |[Tt]e |[Ll]e |[Ll]es )?[Rr]ecomiendo |[Yy]o (?:iría|me quedaría) con |[Ii]k (?:zou|ga) (?:voor |met )|[Ii]k raad (?:je |jullie |u )?|(?:[Ee]u )?(?:[Rr]ecomendo|iria com|ficaria com) )(?:the |die |das |der |la |le |el |het |de |a |o )?(?:(?:${OPTION_WORDS_EITHER_CASE}) )?([A-ZÀ-Ý][\\wÀ-ÿ-]{0,20})(?![\\wÀ-ÿ])`,
);

// "912,50 $", "1 200 $": the dollar sign after the sum, spaced, is how Québec French writes its own
// dollar (field-wording-7 fw7-s18, proposal-wording-7 pw7-036); US and Latin American writers put it first.
const SPACED_SIGN_AFTER = /\d[\s\u00a0\u202f]\$$/;

// "was $9,200, now $8,400", "war 1.200 €, jetzt 980 €": a revised price with the old one first
// (open-wording-a oa-008).
const WAS_BEFORE = /(?<![a-zà-ÿ])(?:was|war|était|era|was eerst)\s?$/i;
const NOW_AFTER_OLD_PRICE =
  /^\s?(?:[,;–—-]|→|->)?\s?(?:now|jetzt|nun|maintenant|ahora|nu|agora)(?![a-zà-ÿ])/i;

interface MoneyCandidate {
  amount: number;
  currency: string | null;
  score: number;
  /** The sender's usual price beside an offered one, or a price they will not go to. */
  isSetAside: boolean;
}

/** Every sum stated, and whether the text takes it off (paid, thanked for, or written with a minus). */
interface StatedSum {
  amount: number;
  isTakenOff: boolean;
  /** Labelled as what is left: "Solde : 2 940,00 €", "Restante (70%): 8.400,00 €". */
  isBalance: boolean;
  candidate: MoneyCandidate | null;
}

// An instalment named in the subject is the one asked: "Cuota 2 de 3 - mantas para el hotel", "Parcela 2/3 -
// NF-e 1.187", "Facture no 1047 - 2e versement" over a schedule of all of them (field-wording-14 fw14-046,
// field-wording-13 fw13-066, fw13-031).
const INSTALMENT_WORDS =
  'cuota|parcela|presta[çc][ãa]o|instal(?:l)?ment|versement|acompte|abschlag|rate|termijn|tranche';
/** An instalment named with its number ("cuota 2 de 3", "2e versement"), the number as `number` says. */
const instalmentNamed = (number: string): string =>
  `(?<![a-zà-ÿ])(?:(?:${INSTALMENT_WORDS})\\s?(?:n[º°.]\\s?)?${number}(?:\\s?(?:de|of|sur|von|van|\\/)\\s?\\d)?|${number}\\s?(?:e|ème|º|ª|st|nd|rd|th|\\.)?\\s(?:${INSTALMENT_WORDS}))(?![a-zà-ÿ\\d])`;
const INSTALMENT_IN_SUBJECT = new RegExp(instalmentNamed('(\\d)'), 'i');

/**
 * The words that label the instalment the first line (the subject, where the caller puts it) names, as they
 * stand before its sum, perhaps with a bracketed share ("2e acompte (40 % …) : "); null if none.
 */
function instalmentAsked(text: string): RegExp | null {
  const lineEnd = text.indexOf('\n');
  const named = INSTALMENT_IN_SUBJECT.exec(lineEnd < 0 ? text : text.slice(0, lineEnd));
  const number = named?.[1] ?? named?.[2];
  if (!number) return null;
  return new RegExp(`${instalmentNamed(number)}(?:\\s?\\([^)\\n]{0,40}\\))?[^\\n\\d]{0,40}$`, 'i');
}

// The figures added up before an "=" on the line: "A$ 6,480.00 + A$ 75.00 late fee = A$ 6,555.00" (field-wording-14
// fw14-063) is the sum asked, whatever label the first figure carries.
const ADDED_FIGURE = /(?<![\d.,])\d{1,3}(?:[,.'\u00a0\u202f ]\d{3})*(?:[.,]\d{1,2})?(?![\d%])(?!\s?[x×*])/g;
const ADDITION_BEFORE_RESULT = /\+[^=\n]*=\s?[^\d\n]{0,6}$/;

/** Whether the line before a sum adds figures up to it: "a + b = " with a + b equal to it, to the cent. */
function isSumOfLineBefore(line: string, result: number): boolean {
  if (!ADDITION_BEFORE_RESULT.test(line)) return false;
  let total = 0;
  for (const figure of line.matchAll(ADDED_FIGURE)) total += parseAmountNumber(figure[0]) ?? 0;
  return toCents(total) === toCents(result);
}

/**
 * Whether the words after a sum make it the low end of a range. A range climbs: "€1,260 - 14 milkings"
 * is a sum and an aside about it (field-wording-11 fw11-054), not a span from 1,260 down to 14.
 */
function opensRange(after: string, low: number): boolean {
  const range = RANGE_AFTER.exec(after);
  if (!range?.groups?.upper) return false;
  if (range.groups.thousands) return true;
  const high = parseAmountNumber(range.groups.upper.trim());
  return high === null || high >= low;
}

/**
 * Finds the sum an email is about: a labelled total beats a bare price, a surcharge, tax or boasted
 * result never counts, and among equals the largest wins (an invoice's total exceeds its lines). A number with no currency
 * counts only when a money word labels it and it is written like money (`Amount: 1,200.00`).
 */
export function extractAmount(text: string, index?: TrigramIndex): StatedMoney {
  const candidates: MoneyCandidate[] = [];
  const sums: StatedSum[] = [];
  // Read at the first sum that gets this far: most mail names none.
  let recommendedLine: RegExp | null | undefined;
  let instalmentLabel: RegExp | null | undefined;
  MONEY.lastIndex = 0;
  for (let match = MONEY.exec(text); match; match = MONEY.exec(text)) {
    const [whole, prefix, digits, multiplier, suffix] = match;
    if (digits === undefined) continue;
    const start = match.index + (whole.length - whole.trimStart().length);
    if (text[match.index + whole.length] === '%') continue;
    // "$18,500 MXN": a code after the sum names which dollar (or yen, or crown) the sign meant.
    const codeAfter = suffix && ISO_CODE.test(suffix) ? suffix : null;
    const currency =
      (prefix ? codeAfter : null) ??
      readCurrency(prefix) ??
      (suffix === '$' && SPACED_SIGN_AFTER.test(whole) ? 'CAD' : readCurrency(suffix));
    // Column layouts pad a label far from its sum: "Now due                  £2,061.40" (field-wording-8
    // fw8-030), "TOTAL .......................... 447,25 $" (field-wording-10 fw10-005); the padding counts
    // as one space.
    const before = withoutPadding(text.slice(Math.max(0, start - 120), start)).slice(-40);
    const end = match.index + whole.length;
    const after = text.slice(end, end + 24);
    const isLabelled =
      MONEY_LABEL_BEFORE.test(before) ||
      GROSS_BEFORE.test(before) ||
      (INVOICE_BEFORE.test(before) && /[.,]\d{2}$/.test(digits));
    if (!currency && !(isLabelled && looksLikeMoney(digits) && !QUANTITY_AFTER.test(after))) continue;
    // "bis zum 10.12." is a day and a month, not 10.12 of money.
    if (DAY_MONTH_WITH_DOT.test(digits) && text[match.index + whole.length] === '.' && !currency) continue;
    const value = parseAmountNumber(digits);
    if (value === null) continue;
    const scaled = currency && multiplier ? value * readMultiplier(multiplier) : value;
    // PHP is also a programming language: "PHP 8.2" is a version, "PHP 25,000" pesos.
    if (currency === 'PHP' && prefix && scaled < 100) continue;
    if (!Number.isFinite(scaled) || scaled <= 0) continue;
    let score = currency ? 1 : 0;
    const isTotalAfter = TOTAL_AFTER.test(after) || WITH_TAX_BEFORE.test(before) || GROSS_BEFORE.test(before);
    const isWhole =
      WHOLE_BEFORE.test(before) || (OF_BEFORE.test(before) && isTotalAfter) || LESS_AFTER.test(after);
    const isPaid = PAID_BEFORE.test(before) || PAID_AFTER.test(after) || THANKED_FOR_BEFORE.test(before);
    // The total a part or a payment is taken from gains nothing from being labelled a total.
    if (isLabelled && !isWhole) score += 2;
    if ((TOTAL_BEFORE.test(withinSentence(before)) || isTotalAfter) && !isWhole) score += 2;
    if (isPaid) score -= 3;
    if (
      ((SURCHARGE_BEFORE.test(before) || SURCHARGE_AFTER.test(after) || TAX_BEFORE.test(before)) &&
        !isTotalAfter) ||
      RESULT_BEFORE.test(before)
    )
      score -= 3;
    // "Audio cover would be an extra $300": an add-on gives way to the price it is added to, but a change
    // order's "an extra €960" is the price when it stands alone (proposal-wording w005).
    if (EXTRA_BEFORE.test(before)) score -= 1;
    if (WORKED_OUT_BEFORE.test(before)) score += isSumOfLineBefore(lineBefore(text, start), scaled) ? 5 : 2;
    if (SHARE_BEFORE.test(before)) score += 5;
    if (recommendedLine === undefined)
      recommendedLine = mayOccur(RECOMMENDED_OPTION, index) ? recommendedOptionLine(text) : null;
    if (recommendedLine?.test(lineBefore(text, start))) score += 3;
    if (instalmentLabel === undefined) instalmentLabel = instalmentAsked(text);
    if (instalmentLabel?.test(lineBefore(text, start))) score += 6;
    const isOldPrice =
      (CHANGED_FROM_BEFORE.test(before) && TO_NEW_AMOUNT_AFTER.test(after)) ||
      (WAS_BEFORE.test(before) && NOW_AFTER_OLD_PRICE.test(after));
    const isNewPrice = CHANGED_TO_BEFORE.test(before);
    if (
      !isOldPrice &&
      !isNewPrice &&
      (opensRange(text.slice(end, end + 40), scaled) || RANGE_BEFORE.test(before))
    )
      continue;
    if (isOldPrice) score -= 3;
    if (isNewPrice) score += 2;
    const isRate = RATE_AFTER.test(after);
    if (isRate || isWhole || REPLACED_BEFORE.test(before)) score -= 3;
    // What the email asks to be paid now beats the total it is part of.
    if (
      !isPaid &&
      (PART_BEFORE.test(before) || NOW_AFTER.test(after)) &&
      PAY_REQUEST.test(sentenceAround(text, start, end))
    )
      score += 5;
    // A reminder fee or a boasted result alone says nothing about what is owed or offered; a rate with
    // nothing worked out from it ("two sessions a week at 45 € an hour") is the price.
    const amount = toCents(scaled);
    const isTakenOff = isPaid || MINUS_BEFORE.test(before);
    if (score < 0 && !(isRate && score >= -2)) {
      sums.push({ amount, isTakenOff, isBalance: false, candidate: null });
      continue;
    }
    const candidate = { amount, currency, score, isSetAside: USUAL_OR_REFUSED_BEFORE.test(before) };
    candidates.push(candidate);
    sums.push({ amount, isTakenOff, isBalance: BALANCE_BEFORE.test(before), candidate });
  }
  const balance = balanceLeft(sums);
  if (balance)
    return { amount: balance.amount, currency: balance.currency ?? readCurrencyNearPlaceholder(text) };
  // A usual or refused price gives way to any other, but "I usually charge $200 per session" alone is the price.
  const offered = candidates.filter((candidate) => !candidate.isSetAside);
  const best = (offered.length > 0 ? offered : candidates).reduce<MoneyCandidate | null>(
    (kept, next) =>
      !kept || next.score > kept.score || (next.score === kept.score && next.amount > kept.amount)
        ? next
        : kept,
    null,
  );
  if (best) {
    const gross = grossOf(best, candidates);
    const chosen = gross && TAX_WORD.test(text) ? gross : best;
    return { amount: chosen.amount, currency: chosen.currency ?? readCurrencyNearPlaceholder(text) };
  }
  const inWords = readAmountInWords(text);
  if (inWords) return { amount: inWords.amount, currency: readCurrency(inWords.currencyWord) };
  return { amount: null, currency: readCurrencyNearPlaceholder(text) };
}

/**
 * The sum left to pay when the text shows the sum: a total, what was paid or taken off, and what remains,
 * stated as figures that add up ("Total: 1.200 € / Señal pagada en octubre: -300 € / Pendiente: 900 €",
 * "the balance is $1,750 (total was $2,250)" after "thanks for the deposit of $500"). The remainder must
 * equal the largest other sum less one sum taken off, or less all of them, to the cent. Tax added to the
 * remainder after it makes the sum asked: "Solde HT : 2 660,00 € / TVA 5,5 % : 146,30 € / Solde TTC :
 * 2 806,30 €" (field-wording-8 fw8-025).
 */
function balanceLeft(sums: readonly StatedSum[]): MoneyCandidate | null {
  const everyTakenOff = sums.filter((sum) => sum.isTakenOff).map((sum) => sum.amount);
  const takenOff = [...new Set(everyTakenOff)];
  const others = sums.filter((sum) => !sum.isTakenOff);
  const total = others.reduce((largest, sum) => Math.max(largest, sum.amount), 0);
  if (takenOff.length === 0) return labelledBalance(others, total);
  // A sum named twice may be one payment said twice ("deposit of £400 … -£400") or two payments of the
  // same size ("abzgl. 1. Abschlagsrechnung -7.140,00 € / abzgl. 2. Abschlagsrechnung -7.140,00 €",
  // field-wording-12 fw12-002): both totals are tried.
  const allTakenOff = [takenOff, everyTakenOff]
    .filter((amounts) => amounts.length > 1)
    .map((amounts) => amounts.reduce((sum, amount) => sum + amount, 0));
  const remainders = [...takenOff, ...allTakenOff].map((amount) => toCents(total - amount));
  const remainder = others.find(
    (sum) => sum.candidate && sum.amount < total && remainders.includes(sum.amount),
  );
  if (!remainder) return null;
  const withTax = others.find(
    (sum) =>
      sum.candidate &&
      sum.amount > remainder.amount &&
      sum.amount < total &&
      others.some((tax) => toCents(remainder.amount + tax.amount) === sum.amount),
  );
  return (withTax ?? remainder).candidate;
}

/**
 * A sum labelled as what is left whose difference from the total is another sum stated, though no word
 * marks that one paid: "Commande totale : 4 200,00 € / Acompte de 30 % reçu le 2 décembre : 1 260,00 € /
 * Solde : 2 940,00 €" (field-wording-10 fw10-014, fw10-050).
 */
function labelledBalance(others: readonly StatedSum[], total: number): MoneyCandidate | null {
  const balance = others.find(
    (sum) =>
      sum.isBalance &&
      sum.candidate &&
      sum.amount < total &&
      others.some((part) => part !== sum && toCents(total - sum.amount) === part.amount),
  );
  return balance?.candidate ?? null;
}

// Value-added tax rates the six languages' countries charge, so a sum and the same sum with its tax can be
// told apart by their figures: "2.850,00 € zzgl. 19 % MwSt. (541,50 €) = 3.391,50 €" (field-wording-9 fw9-047).
// Luxembourg's 17% and Peru's 18% IGV (field-wording-13 fw13-036), Switzerland's 8.1%, France's 5.5%.
const VAT_RATES = [
  0.05, 0.055, 0.06, 0.07, 0.08, 0.081, 0.09, 0.1, 0.12, 0.13, 0.135, 0.15, 0.16, 0.17, 0.18, 0.19, 0.2, 0.21,
  0.22, 0.23, 0.24, 0.25,
];

// Only mail that speaks of tax: "£220 … the 90 min version … £275" is a dearer option, not a tax.
const TAX_WORD =
  /(?<![a-zà-ÿ])(?:vat|mwst|ust|tva|iva|btw|gst|hst|tax|ttc|ht|incl|inkl|zzgl|excl|exkl)(?![a-zà-ÿ])/i;

/** The sum with its tax, when another candidate is `net` plus a value-added tax rate to the cent. */
function grossOf(net: MoneyCandidate, candidates: readonly MoneyCandidate[]): MoneyCandidate | null {
  return (
    candidates.find(
      (other) =>
        other.amount > net.amount &&
        other.currency === net.currency &&
        VAT_RATES.some((rate) => Math.abs(toCents(net.amount * (1 + rate)) - other.amount) <= 0.011),
    ) ?? null
  );
}

function toCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

function withoutPadding(text: string): string {
  return text.includes('  ') || text.includes('\t') || text.includes('...') || text.includes('…')
    ? text.replace(/[ \t]{2,}|\.{3,}|…+/g, ' ')
    : text;
}

/** A pattern for the start of the line that lists the option the sender recommends, if they name one. */
function recommendedOptionLine(text: string): RegExp | null {
  const name = RECOMMENDED_OPTION.exec(text)?.[1];
  if (!name) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  return new RegExp(
    `^\\s*(?:[-*•]\\s*)?(?:(?:${OPTION_WORDS.join('|')})\\s)?${escaped}(?![\\wÀ-ÿ])(?!\\s?[+&])`,
    'i',
  );
}

function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
}

// A sentence ends at a stop before a capital, unless the stop ends an abbreviation ("incl. VAT").
const SENTENCE_START =
  /(?<!\b(?:incl|excl|inkl|zzgl|approx|ca|no|nr|vs|etc|e\.g|i\.e))[.!?]\s+(?=[A-ZÀ-Ý¿¡])/g;

/**
 * The part of `before` in the amount's own sentence: "invoice 42 is overdue. The original quote was
 * $1,000" labels no sum due.
 */
function withinSentence(before: string): string {
  let from = 0;
  for (const match of before.matchAll(SENTENCE_START)) from = (match.index ?? 0) + match[0].length;
  return before.slice(from);
}

/**
 * The price a file name carries, for an offer or a bill whose text names none:
 * "Quote_LoftBoarding_Brennan_£1340.pdf" (proposal-wording-5.jsonl). Only a sum with its currency.
 */
export function extractAmountFromFileNames(names: readonly string[]): StatedMoney {
  for (const name of names) {
    const money = extractAmount(fileNameWords(name));
    if (money.amount !== null && money.currency !== null) return money;
  }
  return { amount: null, currency: null };
}

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 120), start);
  let from = 0;
  for (const match of before.matchAll(SENTENCE_END)) from = (match.index ?? 0) + match[0].length;
  const after = text.slice(end, end + 120);
  SENTENCE_END.lastIndex = 0;
  const stop = SENTENCE_END.exec(after);
  return `${before.slice(from)}${text.slice(start, end)}${stop ? after.slice(0, stop.index) : after}`;
}

/** Reads `1.234,56`, `1,234.56`, `2'400`, `1 234,56` into a number; a lone separator before three digits groups thousands. */
export function parseAmountNumber(digits: string): number | null {
  const compact = digits.replace(/['’\u00a0\u202f\u2009 ]/g, '');
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  const lastSeparator = Math.max(lastDot, lastComma);
  let normalized = compact;
  if (lastSeparator >= 0) {
    const decimals = compact.length - lastSeparator - 1;
    if (decimals === 1 || decimals === 2) {
      normalized = `${compact.slice(0, lastSeparator).replace(/[.,]/g, '')}.${compact.slice(lastSeparator + 1)}`;
    } else {
      normalized = compact.replace(/[.,]/g, '');
    }
  }
  if (!/^\d+(?:\.\d+)?$/.test(normalized)) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

function looksLikeMoney(digits: string): boolean {
  return /[.,]\d{2}$/.test(digits) || /\d[,.'’\u00a0\u202f\u2009 ]\d{3}/.test(digits);
}

const ISO_CODE = new RegExp(`^(?:${ISO_CODES})$`);

function readCurrency(token: string | undefined): string | null {
  if (!token) return null;
  const upper = token.toUpperCase();
  const symbol = SYMBOLS[upper];
  if (symbol) return symbol;
  // Codes count only in capitals: lower-case `try 100 times` is a verb, not Turkish lira.
  return ISO_CODE.test(token) ? token : null;
}

function readCurrencyNearPlaceholder(text: string): string | null {
  if (!text.includes(PLACEHOLDER_MARK)) return null;
  const match = CURRENCY_BY_PLACEHOLDER.exec(text);
  return match ? (readCurrency(match[1]) ?? readCurrency(match[2])) : null;
}

function readMultiplier(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower === 'k' || lower === 'thousand' || lower === 'mil') return 1_000;
  if (lower === 'bn' || lower === 'mrd') return 1_000_000_000;
  if (lower.startsWith('lakh') || lower.startsWith('lac')) return 100_000;
  if (lower.startsWith('crore')) return 10_000_000;
  return 1_000_000;
}
