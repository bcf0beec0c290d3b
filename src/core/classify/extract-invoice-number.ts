import { mayOccur, type TrigramIndex } from './cue-prefilter';
import { CURRENCY_CODES } from './money-mention';
import { startsWithMonthName } from './read-stated-date';
import { PERIOD_UNITS } from './read-stated-period';

/** An invoice's reference as written, and how it was introduced. */
export interface StatedInvoiceNumber {
  invoiceNumber: string;
  /** True when an invoice word introduced it ("Invoice No. 2026/17"), false for a bare `#1043`. */
  isNamed: boolean;
}

// The reference itself: it must hold a digit; its parts may be joined by - _ / or a dot
// ("factuurnummer 2026.044"). It may not run on into more digits ("invoice 1,800.00" is money).
// It starts a word: "Invoice-041" must not read as "Inv" and "oice-041". A country part may follow the
// prefix ("INV-NL-0091"), and a year may stand apart from the number ("26 / 311").
const REFERENCE =
  '((?<![a-z])(?:[A-ZÄÖÜ]{1,6}[-_/]?){0,2}\\d[A-Z0-9]{0,18}(?:[-_/.][A-Z0-9]{1,12}|\\s/\\s\\d{1,6}){0,4})(?![\\w.,]\\d|[\\w-])';
// The invoice word written out in each language, where an abbreviation would read too much
// ("Invoice-041", "Facture_DUPONT_0012.pdf").
// German names an invoice by its part of the job too: "Abschlagsrechnung AR-3" (field-wording-7 fw7-n19),
// or by what it charges: "Kostenrechnung Nr. 2026/0877" from a patent attorney (open-wording-c owc-045),
// "Honorarrechnung", "Monatsrechnung". ("Berechnung" and "Abrechnung" are left out: a calculation, a statement.)
const WHOLE_INVOICE_WORDS =
  'invoice|(?:abschlags|schluss|end|teil|anzahlungs|sammel|kosten|honorar|monats|quartals|jahres|zwischen|korrektur|stunden|reparatur)?rechnung|facture|factura|factuur|fatura|fattura';
/**
 * Lawyers and accountants bill by a fee note: "fee note", "note d'honoraires", "nota de honorários",
 * "minuta de honorarios", "Honorarnote", Dutch "declaratie" (field-wording-3 and -5); Colombia bills by a
 * "cuenta de cobro", Chile's freelancers by a "boleta de honorarios" (billing-wording bw079). Both the kind
 * cues and this reader take it for the invoice word.
 */
export const FEE_NOTE_WORDS =
  "fee note|note d'honoraires|nota de honor[aá]rios|minuta de honorarios|honorarnote|cuenta de cobro|boleta (?:de )?honorarios|declaratie";
// Dutch and Portuguese call a small business's invoice a "nota" ("nota 2026-19"), Brazilians the tax
// invoice "NF" or "NF-e". "INV045" and "INV.041" glued are references of their own (read whole by
// PREFIXED_REFERENCE), not "inv" then a number.
// "Our bill 118/26": after a determiner, "bill" is the invoice, not a name (field-wording-3 fw3-004); so
// it is when a number follows at once and ends its phrase ("Bill 88 for the gutter repair",
// field-wording-7 fw7-d05; not "Bill 118 pages are ready"). A
// German "Beleg 94" is the voucher the job is billed on (fw7-n21).
const INVOICE_WORDS = `${WHOLE_INVOICE_WORDS}|${FEE_NOTE_WORDS}|inv(?:\\.(?!\\d)|(?![\\d.]))|nota fiscal|nota|nf-?e|nf|bill(?:(?<=(?:our|my|the|this|your|final) bill)|(?=\\s(?:no\\.?\\s?|#\\s?)?\\d[\\w/-]*(?:\\s(?:for|is|attached|from|dated|of)(?![a-z])|\\s?[-–:,(\\n]|$)))|beleg(?=\\s\\d)`;
// "fattura n. 123", "factura n. 45": a bare "n." marks a number too.
const NUMBER_MARKERS =
  'number|folio|no\\.?|nr\\.?|n\\.?[°º]\\.?|n\\.|num\\.?|núm\\.?|nummer|numéro|numero|número';

// An invoice word, then an optional number marker (perhaps in brackets), then the reference.
// "Invoice-041" joins them with a hyphen; a table puts a bar or spaces between ("| Invoice # | 0041 |"),
// a formatted note bold marks ("**Invoice:** 0041").
const NAMED_INVOICE_NUMBER = new RegExp(
  `(?<![a-zà-ÿ])(?:(?:${WHOLE_INVOICE_WORDS})[-_]|(?:${INVOICE_WORDS})(?:\\s(?:electr[óo]nica|eletr[ôo]nica|électronique|de venta)(?=\\s))?(?:\\sis(?=\\s))?(?:[ \\t.]{2,30}|\\s)?\\(?(?:(?:${NUMBER_MARKERS}|#)\\*{0,2}\\s{0,4}[:|]?\\*{0,2}\\s{0,4}#?|:\\*{0,2}(?:\\s{0,4}|[ \\t]{5,30})#?|#\\s?)?)${REFERENCE}`,
  'gi',
);
// Compound labels: "Rechnungsnummer: 4711", "Factuurnummer 2026-001", "Invoice number: A-17", "the invoice number is 1043".
// The invoice number's own label in each language.
const INVOICE_NUMBER_LABELS =
  'rechnungsnummer|rechnungsnr\\.?|factuurnummer|factuurnr\\.?|número de (?:la )?factura|numéro de (?:la )?facture|número da fatura';
// A number corrected names the invoice too: "El número correcto de la factura es H-0592, no H-0529"
// (field-wording-15 fw15-053). A label's column may be padded: "Rechnungsnummer:     R27-0126" (fw15-061).
const CORRECTED_NUMBER_LABELS =
  '(?:correct|right) (?:invoice )?number(?: is| should be)?|bon numéro(?: de (?:la )?facture)? est|número correcto(?: de (?:la )?factura)? es|richtige (?:rechnungs)?nummer (?:ist|lautet)|juiste (?:factuur)?nummer is|número correto(?: da fatura)? é';
// Under its own label a year and a running number may stand apart: "Factuurnummer:   2027 0003" (fw15-001).
const LABELLED_REFERENCE = `((?:19|20)\\d{2} \\d{3,6}(?![\\d.,])|${REFERENCE.slice(1)}`;
const LABELLED_INVOICE_NUMBER = new RegExp(
  `(?<![a-zà-ÿ])(?:${CORRECTED_NUMBER_LABELS}|(?:${INVOICE_NUMBER_LABELS}|(?:invoice|bill) (?:number|no\\.?|#|id|ref(?:erence)?))(?:\\s(?:is|ist|est|es|é))?)\\*{0,2}\\s{0,4}[:#|]?\\*{0,2}(?:\\s{0,4}|[ \\t]{5,30})#?${LABELLED_REFERENCE}`,
  'gi',
);
// A marker a few words after the invoice word: "the invoice (No. 3302)", "la facture d'octobre (n° 12)",
// "the invoice (ID 2026-118)"; in brackets the words between may hold a date ("invoice dated
// 3 November (No. 41)").
const INVOICE_WORD_THEN_MARKER = new RegExp(
  `(?<![a-zà-ÿ])(?:${INVOICE_WORDS})([^\\d\\n.;]{1,40}?|[^\\n.;()]{1,30}?\\(|\\s(?:dated|of|from|du|vom|del|van|de)\\s[^\\n;()]{1,25}?,\\s)(?:${NUMBER_MARKERS}|#|(?<![a-zà-ÿ])id)\\s?:?\\s?#?${REFERENCE}`,
  'gi',
);
// The sender's own reference on an invoice: "our ref. A-1043", "reference 2026-0417", "job 4471".
// "your ref" is the client's (often their order), so it is left alone.
const SENDER_REFERENCE = new RegExp(
  `(?<![a-zà-ÿ]|your |ihr |votre |su |uw |sua |site |booking |order |customer |client |contract |patient |account |member )(?:(?:our |unsere? |notre |nuestra |onze |nossa )?(?:ref(?:erence)?|réf|referenz|référence|referencia|referentie|kenmerk|referência)|job|auftrag|verwendungszweck|o\\.v\\.v\\.)\\.?ª?(?:\\s(?:interna|interne|intern|internal))?\\s?(?:(?:${NUMBER_MARKERS})\\s?)?[:#]?\\s?${REFERENCE}`,
  'gi',
);
// The reference the client is asked to put on the transfer: "please quote 2026-045 with the transfer",
// "use INV045 as the payment reference", "Concepto: F-2026-31", "Communication : 2026/045".
const PAYMENT_REFERENCE = new RegExp(
  `(?<![a-zà-ÿ])(?:(?:quote|use|mention|include|put)\\s(?:the (?:number|reference|ref)\\s)?${REFERENCE}\\s(?:(?:with|as|in|on)\\s(?:the\\s|your\\s)?(?:transfer|payment|reference|bank)|when you (?:transfer|pay))|ref(?:erence)? for the (?:slip|transfer)\\s?:\\s?${REFERENCE}|the reference is\\s${REFERENCE}|(?:concepto|omschrijving|betalingskenmerk|communication|libellé)\\s?:\\s?${REFERENCE})`,
  'gi',
);
// In an email about an invoice, the code the sender says they raised or issued is the invoice: "I've
// raised R-44 for Oliver's lessons" (field-wording-7 fw7-n11); and a short number the sender passes
// along as "la" is "la facture": "Je vous renvoie la 81, celle de septembre", "Te paso la 23, la del
// mantenimiento de julio" (fw7-n25, fw7-n26).
const RAISED_OR_PASSED_REFERENCE =
  /(?<![a-zà-ÿ])(?:(?:raised|issued)\s(?:invoice\s)?([A-Z]{1,5}-?\d{1,8}(?:[-/]\d{1,6})?)|(?:renvoie|envoie|joins|paso|mando|envío|reenvío|adjunto|segue|envio)\s(?:la|le|a|o)\s(\d{1,6}))(?![\w/-]|[.,]\d)/;

// Bookkeeping tools label the invoice's own number as the document's: "Doc no.: SI-000912",
// "Docnr: KB-26-0508", "Belegnr.: 26-0143" (field-wording-3); read only in an email about an invoice.
const DOCUMENT_NUMBER_LABEL = new RegExp(
  `(?<![a-zà-ÿ])(?:doc(?:ument)?\\.?\\s?(?:no|nr|number|#)\\.?|docnr\\.?|belegnr\\.?|belegnummer|n\\.?[º°] (?:de )?documento|statement (?:no|number)\\.?|fee account no\\.?|identificador)\\s?:?[ \\t]{0,30}${REFERENCE}`,
  'gi',
);
// A series code and a number apart after an invoice word and a marker, or a label: "Fatura n.º CVR 26/412",
// "Rechnungsnummer: HB 2027/004", "Invoice no.: DR 2027 0034", "Invoice WT 27 004", "Invoice LG 4711"
// (field-wording-8.jsonl). Capitals that name a currency, a tax or another document are no series.
const MARKED_SPACED_CODE = new RegExp(
  `(?<![a-zà-ÿ])(?:(?:${WHOLE_INVOICE_WORDS})\\s?(?:(?:${NUMBER_MARKERS})\\s?:?\\s?)?|(?:${INVOICE_NUMBER_LABELS}):?\\s?)(?!(?:${CURRENCY_CODES.join('|')}|VAT|IVA|TVA|BTW|MWST|UST|GST|PO|ID|NO|NR|REF|KW|NF)\\s)([A-Z]{2,5} \\d{1,6}(?:(?:[/.-]| )\\d{1,8}){0,2})(?![\\w/-]|[.,]\\d)`,
  'gi',
);
// A code in quotes for the transfer's description: "mentionner « PL-2605 » dans le libellé", "Im
// Verwendungszweck bitte „NH-0120“ angeben", "En el concepto pon «CL-02»", "Zet je 'TW-0303' bij de
// omschrijving" (field-wording-5.jsonl). The transfer word may come before or after, in the sentence.
const TRANSFER_DESCRIPTION_WORDS =
  'libellé|verwendungszweck|concepto|omschrijving|descrição|description|reference|referência|überweisung|virement|transfer';
const QUOTED_CODE = `[«„“"'‘]\\s?([A-Z]{1,6}[-/]?\\d[A-Z0-9/-]{0,14})\\s?[»“”"'’]`;
const QUOTED_TRANSFER_CODE = new RegExp(
  `(?:${TRANSFER_DESCRIPTION_WORDS})[^.\\n]{0,40}?${QUOTED_CODE}|${QUOTED_CODE}(?=[^.\\n]{0,40}(?:${TRANSFER_DESCRIPTION_WORDS}))`,
  'i',
);
// Other documents' numbers that sit between an invoice word and a marker: "invoice for order no. 88".
const OTHER_DOCUMENT =
  /(?<![a-z])order|purchase|\bpo\b|bestell|auftrag|commande|pedido|encomenda|bestelling|ticket|\bcase|quote|angebot|devis|presupuesto|offerte|orçamento|contract|vertrag|contrat|contrato/i;
const INVOICE_WORD = new RegExp(`(?<![a-zà-ÿ])(?:${INVOICE_WORDS}|bill)(?![a-zà-ÿ])`, 'i');
// References that say "invoice" by their own prefix: INV-0042, FAC-2026-17, RE-2026-001. After INV a series
// may come before the digits: "INV-DEC26-PR" (open-wording-a oa-046), "INV-A-3342".
const PREFIXED_REFERENCE =
  /(?<![\w-])((?:INV|FAC|FACT|RG|RE|FV)[-_/.]?\d[\dA-Z]{0,14}(?:[-_/][\dA-Z]{1,10}){0,3}|INV[-_/.][A-Z]{1,5}[-_/]?\d[\dA-Z]{0,14}(?:[-_/][\dA-Z]{1,10}){0,3})(?![\w-])/g;
// A prefix and a year and a number apart: "INV 2026 045" (in capitals: "re 12 15" is not one). Portugal's
// certified invoicing software numbers each document as its type, a space, its series, a slash and its
// number ("FT 2026/318", "FR A/45": fatura, fatura-recibo, fatura simplificada), the series perhaps with
// its year ("FT A/2027/233"). Argentina writes the invoice's letter, its point of sale and its number
// ("factura C 0002-00000187", field-wording-10 fw10-029); the letter is the tax class, not the number.
/** An Argentine invoice's letter, point of sale and number: "C 0002-00000187". */
export const ARGENTINE_INVOICE_NUMBER = '[ABCEM] \\d{4,5}-\\d{8}';
const SPACED_PREFIXED_REFERENCE = new RegExp(
  `(?<![\\w-])((?:INV|FAC|FACT|RE|RG|FT|FV) \\d{2,6} \\d{2,6}|(?:FT|FR|FS) [A-Z0-9]{1,10}(?:\\/\\d{1,8}){1,2}|\\d{4,5}-\\d{8}(?<=(?<![\\w-])${ARGENTINE_INVOICE_NUMBER}))(?![\\w-])`,
);
// A number marker alone ("Nº 0093", "Nr. 2026-041"), read only in an email already judged an invoice.
// In conversation a number is named by "no.", "number" or "numbered": "the one for December (no. 19)",
// "the one numbered 140", "hierbij nummer 2026-19", "la número 58" (field-wording-4.jsonl); not an
// account's or an order's ("your overdue account numbered AC1234XX").
const BARE_NUMBER_MARKER = new RegExp(
  `(?<![a-zà-ÿ])(?<!(?:account|order|customer|client|cliente|pedido|encomenda|commande|bestelling|kunde|klant|policy|case|ticket|phone|tel) )(?:nr\\.|n\\.?[°º]\\.?|no\\.(?=\\s?\\d)|numbered|nummer|número|numéro|numero)\\s?${REFERENCE}`,
  'gi',
);
// The one invoice of several still open: "only 312 is still open", "Offen ist nur noch die 317", "Reste
// la 305", "Falta só a 91", "alleen 402 nog open", "That leaves just 1209" (field-wording-4.jsonl).
const THE_ONE_LEFT_OPEN =
  /(?<![a-zà-ÿ])(?:only|leaves(?: just| only)?|just|reste(?: encore)?|offen ist (?:nur )?(?:noch )?|nur noch|falta(?: só| apenas)?|alleen|solo (?:queda|falta)|sólo (?:queda|falta))\s(?:la |die |a |de |el |the )?(\d{1,6}(?:[-/][0-9A-Z]{1,6})?)(?![\d.,]\d|[\w-])(?!\s?(?:€|\$|£|eur|euro|usd|gbp|%|days?|tage?|jours?|días?|dias?|dagen|hours?|weeks?|months?))/gi;
const WHOLE_INVOICE_WORD_ANYWHERE = new RegExp(WHOLE_INVOICE_WORDS, 'i');
const INVOICES_NAMED = new RegExp(`(?<![a-zà-ÿ])(?:${WHOLE_INVOICE_WORDS})(?:s|en|n)?(?![a-zà-ÿ])`, 'i');
// A German ordinal name for an invoice: "die 58er Rechnung".
const NUMBERED_ER_INVOICE = /rechnung(?<=(?<![\w-])(\d{1,6})er[- ]rechnung)/i;
// A code in brackets after the invoice word: "The invoice for the menu boards (K-88) was due",
// "the invoice for the product shots is attached (FW-09)"; a lettered code may open an aside about the
// invoice ("the May invoice for relief milking (FR-27-051, €1,260 - …)", field-wording-11 fw11-054).
const INVOICE_WORD_THEN_BRACKETED_CODE = new RegExp(
  `(?<![a-zà-ÿ])(?:${WHOLE_INVOICE_WORDS})[^.\\n()]{0,45}\\(\\s?(?:((?:[A-Z]{1,6}-?)?\\d{1,8}(?:-[A-Z0-9]{1,4})?|\\d{1,6}-\\d{1,6})\\s?\\)|([A-Z]{1,6}-\\d{1,8}(?:-[A-Z0-9]{1,6})?),\\s)`,
  'i',
);
const BARE_HASH_NUMBER = /(?<![\w&])#(\d{3,10}(?:[-/]\d{1,10}){0,3})(?![\w-])/g;
// An order's or a ticket's number is not the invoice's: "Thanks for order #50213".
const OTHER_DOCUMENT_BEFORE_HASH =
  /(?:(?<![a-z])order|purchase|\bpo|bestellung|auftrag|commande|pedido|encomenda|bestelling|ticket|\bcase|issue)[^\n\d]{0,12}$/i;
const MARKER_AT_END = new RegExp(`(?:${NUMBER_MARKERS}|#|:)\\s?#?\\s?$`, 'i');
const MONEY_SHAPE = /^\d{1,3}(?:[.,]\d{3})+$/;
// A year is two digits or 19xx/20xx: "26-3-0412" is a tax adviser's invoice, not a date (field-wording-5).
const DATE_SHAPE =
  /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|(?:19|20)\d{2})|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})$/;
const CURRENCY_NEXT = /^\s?(?:€|\$|£|¥|eur|usd|gbp|chf|euros?\b)/i;
// After a short bare number: "invoice 2 of 3" counts, "invoice 15 March" dates, "invoice 30 days" lasts.
const COUNT_NEXT = /^\s(?:of|von|de|sur|van|do|da)\s\d{1,2}(?![\d.,])/i;
const UNIT_NEXT = new RegExp(`^\\s(?:${PERIOD_UNITS}|%)(?![a-zà-ÿ])|^\\s?%`, 'i');

/**
 * Finds the invoice number: a labelled or invoice-worded reference first, then an INV-style
 * reference, then the sender's own reference in an email about an invoice, then (only when
 * `allowBareHash`, i.e. the email is about an invoice) a bare `#1043` that no order claims.
 */
export function extractInvoiceNumber(
  text: string,
  allowBareHash: boolean,
  index?: TrigramIndex,
): StatedInvoiceNumber | null {
  // The readers below that need the invoice word written out are skipped, at a glance, by mail without it.
  const hasInvoiceWord =
    mayOccur(WHOLE_INVOICE_WORD_ANYWHERE, index) && WHOLE_INVOICE_WORD_ANYWHERE.test(text);
  const spaced =
    (mayOccur(SPACED_PREFIXED_REFERENCE, index) ? SPACED_PREFIXED_REFERENCE.exec(text) : null) ??
    (hasInvoiceWord ? upperCaseCode(MARKED_SPACED_CODE, text) : null);
  if (spaced?.[1]) return { invoiceNumber: spaced[1], isNamed: true };
  for (const pattern of [LABELLED_INVOICE_NUMBER, NAMED_INVOICE_NUMBER, INVOICE_WORD_THEN_MARKER]) {
    const found = findReference(text, pattern, index);
    if (found) return { invoiceNumber: found, isNamed: true };
  }
  const prefixed = mayOccur(PREFIXED_REFERENCE, index) ? firstUnpaidPrefixed(text) : null;
  if (prefixed) return { invoiceNumber: prefixed, isNamed: true };
  // In an email already judged an invoice, the sender's reference is the invoice's even unnamed:
  // "please use Ref 4471/B", "o.v.v. RE-2026-07".
  if (allowBareHash || (mayOccur(INVOICE_WORD, index) && INVOICE_WORD.test(text))) {
    const reference =
      findReference(text, DOCUMENT_NUMBER_LABEL, index) ??
      findReference(text, SENDER_REFERENCE, index) ??
      findPaymentReference(text) ??
      (allowBareHash ? raisedOrPassedReference(text) : null);
    if (reference) return { invoiceNumber: reference, isNamed: true };
  }
  const bracketedMatch = hasInvoiceWord ? INVOICE_WORD_THEN_BRACKETED_CODE.exec(text) : null;
  const bracketed = bracketedMatch?.[1] ?? bracketedMatch?.[2];
  if (bracketed && !DATE_SHAPE.test(bracketed)) return { invoiceNumber: bracketed, isNamed: true };
  const numberedEr = hasInvoiceWord ? NUMBERED_ER_INVOICE.exec(text)?.[1] : undefined;
  if (numberedEr) return { invoiceNumber: numberedEr, isNamed: true };
  // Among invoices named in the text, the one left open is the invoice asked for.
  if (allowBareHash || (hasInvoiceWord && INVOICES_NAMED.test(text))) {
    THE_ONE_LEFT_OPEN.lastIndex = 0;
    const leftOpen = THE_ONE_LEFT_OPEN.exec(text)?.[1];
    if (leftOpen && !DATE_SHAPE.test(leftOpen)) return { invoiceNumber: leftOpen, isNamed: true };
  }
  if (!allowBareHash) return null;
  const marked = findReference(text, BARE_NUMBER_MARKER, index);
  if (marked) return { invoiceNumber: marked, isNamed: false };
  BARE_HASH_NUMBER.lastIndex = 0;
  for (let hash = BARE_HASH_NUMBER.exec(text); hash; hash = BARE_HASH_NUMBER.exec(text)) {
    const before = text.slice(Math.max(0, hash.index - 30), hash.index);
    if (hash[1] && !OTHER_DOCUMENT_BEFORE_HASH.test(before))
      return { invoiceNumber: hash[1], isNamed: false };
  }
  return null;
}

// An invoice said to be paid already is not the one asked for: "die Rechnung 4410 haben Sie bereits
// beglichen … Offen ist noch die Rechnung 4439", "A fatura de março (nº 211) já foi paga … nº 224",
// "facture 2026-201 du 3 mars : réglée" (field-wording-6.jsonl).
const ALREADY_PAID =
  /(?<![a-zà-ÿ])(?:already paid|(?:was|has been|were) (?:already )?paid|paid,? thank|(?:bereits|schon) (?:beglichen|bezahlt|überwiesen)|beglichen|déjà (?:réglée?|payée?)|(?:a|ont) été (?:réglée?s?|payée?s?)|réglée|ya (?:la |lo )?(?:pagaste|pagó|pagasteis|pagaron)|(?:está|fue) pagada|(?:al|is) betaald|foi paga|já (?:está )?paga)(?![a-zà-ÿ])/i;

// "n'a pas encore été réglée", "noch nicht beglichen", "ainda não foi paga": still open.
const NOT_YET = /(?<![a-zà-ÿ])(?:not|nicht|pas|no|niet|não|nunca|never)(?![a-zà-ÿ])/i;

/** Whether the rest of the sentence (or the row) after `end` says the invoice there is paid. */
function isSaidPaidAfter(text: string, end: number): boolean {
  const restOfSentence = text.slice(end, end + 60).split(/[.!?](?=\s)|\n/)[0] ?? '';
  return ALREADY_PAID.test(restOfSentence) && !NOT_YET.test(restOfSentence);
}

// The invoice a credit note cancels, or a new one replaces, is not the one asked for: "credit note
// CN-014 against invoice 2026-088 … a new invoice 2026-093" (billing-wording bw021), "die Gutschrift zur
// Rechnung 1187 und die korrigierte Rechnung 1192" (pay-wording pw-de-07).
const CANCELLED_BEFORE =
  /(?:credit note|credit|gutschrift|stornorechnung|avoir|nota de cr[ée]dito|creditnota|creditfactuur)(?:\s[A-Z]{0,5}-?\d[\w/-]*)?\s(?:against|for|on|to|cancell?ing|zur|zu|für|sur|pour|de|del|para|voor|op|van|da|do|referente à)\s(?:the\s|der\s|la\s|le\s|l'|de\s|a\s|o\s|het\s)?(?:original\s|ursprünglichen\s|initiale\s)?$|(?:replaces|cancels|supersedes|ersetzt|storniert|remplace|annule|reemplaza|anula|vervangt|substitui|cancela)\s(?:the\s|die\s|la\s|le\s|de\s|a\s|o\s)?(?:earlier\s|previous\s|old\s)?$/i;

// "Abschlagsrechnung 1", "Teilrechnung 2/3": the instalment's place in the series, not its number; the
// number comes with it elsewhere ("die erste Abschlagsrechnung (AR-26031)", open-wording-a oa-064).
const INSTALMENT_WORD = /(?:abschlags|teil|anzahlungs)rechnung\s?$/i;
const INSTALMENT_ORDINAL = /^\d{1,2}(?:\/\d{1,2})?$/;

function findReference(text: string, pattern: RegExp, index: TrigramIndex | undefined): string | null {
  if (!mayOccur(pattern, index)) return null;
  pattern.lastIndex = 0;
  let looked = 0;
  for (let match = pattern.exec(text); match && looked < 30; match = pattern.exec(text)) {
    looked++;
    const raw = match[match.length - 1] ?? '';
    const reference = cleanReference(raw);
    const marker = match[0].slice(0, match[0].length - raw.length);
    const gap = match.length > 2 ? (match[1] ?? '') : '';
    const next = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (
      reference &&
      !CANCELLED_BEFORE.test(before) &&
      !(INSTALMENT_WORD.test(marker) && INSTALMENT_ORDINAL.test(reference)) &&
      !OTHER_DOCUMENT.test(gap) &&
      isPlausibleReference(reference, marker, next) &&
      !isSaidPaidAfter(text, match.index + match[0].length)
    )
      return reference;
  }
  return null;
}

// A statement's row marked settled at its end: "INV-A-3301   12 Jan   £1,200.00   paid" (field-wording-5
// fw5-020). Only a whole row: in a sentence "… hasn't been paid." or "did it get paid?" ends the same way.
const ROW_MARKED_PAID =
  /(?<![a-zà-ÿ])(?:paid|bezahlt|beglichen|payée?|réglée?|pagad[ao]|pag[ao]|betaald)\s*$/i;

/** The first prefixed reference that neither its sentence nor its row says is paid. */
function firstUnpaidPrefixed(text: string): string | null {
  PREFIXED_REFERENCE.lastIndex = 0;
  let looked = 0;
  for (
    let match = PREFIXED_REFERENCE.exec(text);
    match && looked < 10;
    match = PREFIXED_REFERENCE.exec(text), looked++
  ) {
    const end = match.index + match[0].length;
    const row = text.slice(end, end + 80).split('\n')[0] ?? '';
    if (match[1] && !isSaidPaidAfter(text, end) && !ROW_MARKED_PAID.test(row)) return match[1];
  }
  return null;
}

/** A match whose code is written in capitals, as series codes are ("CVR 26/412", not "de 26/412"). */
function upperCaseCode(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (
    let match = pattern.exec(text), looked = 0;
    match && looked < 10;
    match = pattern.exec(text), looked++
  ) {
    if (/^[A-Z]{2,5} /.test(match[1] ?? '')) return match;
  }
  return null;
}

function raisedOrPassedReference(text: string): string | null {
  const match = RAISED_OR_PASSED_REFERENCE.exec(text);
  return match?.[1] ?? match?.[2] ?? null;
}

function findPaymentReference(text: string): string | null {
  PAYMENT_REFERENCE.lastIndex = 0;
  const match = PAYMENT_REFERENCE.exec(text);
  const quoted = match ? null : QUOTED_TRANSFER_CODE.exec(text);
  const reference = cleanReference(match ? match.slice(1).find(Boolean) : (quoted?.[1] ?? quoted?.[2]));
  return reference && !MONEY_SHAPE.test(reference) && !DATE_SHAPE.test(reference) ? reference : null;
}

function cleanReference(raw: string | undefined): string {
  return (raw ?? '').replace(/[-_/.]+$/, '');
}

/**
 * A reference is not money ("Rechnung 1.200 €") and, unless a number marker introduced it, not a
 * date ("invoice 12.03.2026"). A short bare number is a reference ("facture 77 pour…") unless what
 * follows makes it a count, a day or a length ("invoice 2 of 3", "invoice 15 March", "invoice 30 days").
 */
function isPlausibleReference(reference: string, marker: string, next: string): boolean {
  if (CURRENCY_NEXT.test(next)) return false;
  // After "no", "Nr." or "#" a grouped number is a reference ("facture no 26.114", "nº 4.512").
  if (MARKER_AT_END.test(marker)) return true;
  if (MONEY_SHAPE.test(reference)) return false;
  if (DATE_SHAPE.test(reference)) return false;
  if (/[A-Z]/i.test(reference) || /\d{3,}/.test(reference)) return true;
  const count = COUNT_NEXT.exec(next);
  const isCount = count !== null && !CURRENCY_NEXT.test(next.slice(count[0].length));
  // "invoice_45_march2026" cannot be the 45th of March.
  const couldBeDay = Number(reference) <= 31;
  return !isCount && !UNIT_NEXT.test(next) && !(couldBeDay && startsWithMonthName(next));
}

const FILE_EXTENSION = /\.[a-z0-9]{1,5}$/i;
// File names glue words together ("TaxInvoice_00219", "invoice-3391"): part them so the invoice word
// reads as a word and the reference after it as a reference.
const LOWER_THEN_UPPER = /([a-zà-ÿ])([A-Z])/g;
const WORD_JOINERS = /[_+]+/g;
const INVOICE_WORD_THEN_JOINER = new RegExp(`(${WHOLE_INVOICE_WORDS})(?:[-.]+(?=[A-Z0-9])|(?=\\d))`, 'gi');
// File names are often all lower case: "inv-2209.pdf", "fac_2026_17.pdf" carry the prefix too.
const LOWER_CASE_PREFIXED_REFERENCE =
  /(?<![\w-])((?:inv|fac|fact)[-_/.]?\d[\da-z]{0,14}(?:[-_/][\da-z]{1,10}){0,3})(?![\w-])/;
// A month or year in a file name ("Invoice_March2026", "Rechnung_2026-03") names the period billed.
const PERIOD_REFERENCE =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|févr|fev|avr|juil|déc|ene|abr|ago|dic|mrt|mei|set|out)[a-zäéû]{0,7}[-_]?\d{2,4}|(?:19|20)\d{2}(?:[-_/](?:0?[1-9]|1[0-2]))?)$/i;

// "Facture_Atelier-Mirabelle_F26-144.pdf" (field-wording-7 fw7-n24): up to three name words between.
const INVOICE_WORD_NAME_NUMBER = new RegExp(
  `(?<![a-z])(?:${WHOLE_INVOICE_WORDS})(?:\\s[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ-]{1,29}){1,3}\\s((?:[A-Z]{1,4}-?)?\\d{2,8}(?:-\\d{1,6})?)$`,
  'i',
);
// "Harbourlight-bill-0077.pdf", "bill88.pdf": in a file name "bill" before a number names the invoice
// (field-wording-7 fw7-n04, fw7-d05).
const BILL_THEN_NUMBER = /(?<![a-z])bill[-. ]?(?=\d)/gi;
const NAME_AFTER_REFERENCE = /(?<=\d)[-.][A-Z]?[a-z][A-Za-z]*$/;
// A document's own code in a file name: letters, a hyphen and a running number ("BW-0093"), or a
// year and a running number ("2026-017"); a date's parts have two digits ("2026-03-03").
// A series part may follow: "Acompte_CAP-2026-22.pdf" (pay-wording pw-fr-02); so may a short year
// come between ("FR-27-051", field-wording-11 fw11-054).
const DOCUMENT_CODE =
  /(?<![A-Za-z0-9])([A-Z]{1,5}-\d{3,8}(?:-\d{1,6})?|[A-Z]{1,5}-\d{2}-\d{3,6}|(?:19|20)\d{2}[-_/]\d{3,6})(?![A-Za-z0-9-])/g;
const INVOICE_ABBREVIATION_JOINED = /^(?:RE|RG|Re|Rg)_(\d{2,8})$/;
const WHOLE_NAME_CODE = /^(?:[A-Z]{1,6}[-_]?)?\d{1,8}(?:[-_][A-Z0-9]{1,4})?$/;
const DOCUMENT_FILE = /\.(?:pdf|docx?|odt|xlsx?|ods|pages|numbers)$/i;

/** A file name as words: no extension, glued words and joiners parted ("Quote_LoftBoarding_£1340.pdf"). */
export function fileNameWords(name: string): string {
  return name.replace(FILE_EXTENSION, '').replace(LOWER_THEN_UPPER, '$1 $2').replace(WORD_JOINERS, ' ');
}

/**
 * Reads the invoice number a file name carries ("Invoice_1043.pdf", "LumenAnalytics_INV-0107.pdf",
 * "Rechnung_4711.pdf"), for invoices whose text names none. Failing that, the one document attached
 * to an invoice names it by its code alone ("AshbyStudio_BW-0093.pdf", invoice-wording.jsonl iw011).
 * A name without an invoice word or such a code gives nothing: "Hetzner_R99812.pdf" could be any document.
 */
export function extractInvoiceNumberFromFileNames(names: readonly string[]): string | null {
  for (const name of names) {
    const words = fileNameWords(name)
      .replace(BILL_THEN_NUMBER, 'invoice ')
      .replace(INVOICE_WORD_THEN_JOINER, '$1 ');
    const found =
      extractInvoiceNumber(words, false) ?? lowerCasePrefixedReference(name.replace(FILE_EXTENSION, ''));
    // A name after the number is the client's or the studio's: "Invoice-118-Acme.pdf"; a name between
    // the invoice word and the number too: "Facture_DUPONT_0012.pdf".
    const reference =
      found?.invoiceNumber.replace(NAME_AFTER_REFERENCE, '') ?? INVOICE_WORD_NAME_NUMBER.exec(words)?.[1];
    if (reference && !PERIOD_REFERENCE.test(reference)) return reference;
  }
  const documents = names.filter((name) => DOCUMENT_FILE.test(name));
  if (documents.length !== 1) return null;
  const document = documents[0] ?? '';
  // A document named by nothing but its code is that code: "SPK-3.pdf", "FW-09.pdf", "7781.pdf".
  const bareName = document.replace(FILE_EXTENSION, '');
  // "RE_3319.pdf": an underscore joins the German invoice abbreviation to the number (pay-wording pw-de-03).
  const abbreviated = INVOICE_ABBREVIATION_JOINED.exec(bareName)?.[1];
  if (abbreviated) return abbreviated;
  if (WHOLE_NAME_CODE.test(bareName) && !PERIOD_REFERENCE.test(bareName)) return bareName;
  return onlyDocumentCode(document);
}

/**
 * The one document code an invoice's subject carries with no invoice word ("BW-0093 – brand refresh",
 * "2026/045"), for invoices whose text and attachments name none.
 */
export function extractInvoiceNumberFromSubject(subject: string): string | null {
  return onlyDocumentCode(subject);
}

function lowerCasePrefixedReference(name: string): StatedInvoiceNumber | null {
  const reference = LOWER_CASE_PREFIXED_REFERENCE.exec(name)?.[1];
  return reference ? { invoiceNumber: reference, isNamed: true } : null;
}

function onlyDocumentCode(text: string): string | null {
  const codes = [...text.matchAll(DOCUMENT_CODE)];
  return codes.length === 1 ? (codes[0]?.[1] ?? null) : null;
}
