/** An invoice's reference as written, and how it was introduced. */
export interface StatedInvoiceNumber {
  invoiceNumber: string;
  /** True when an invoice word introduced it ("Invoice No. 2026/17"), false for a bare `#1043`. */
  isNamed: boolean;
}

// An invoice word, then an optional number marker, then the reference. The reference must hold a
// digit and may not be a money amount ("invoice 1,800.00") or a date ("invoice 12.03.2026").
const NAMED_INVOICE_NUMBER =
  /(?<![a-zà-ÿ])(?:invoice|inv\.?|rechnung|facture|factura|factuur|fatura|nota fiscal)\s?(?:(?:number|no\.?|nr\.?|n[°º]\.?|num\.?|nummer|numéro|numero|número|#)\s?:?\s?#?|:\s?#?|#\s?)?((?:[A-Z]{1,6}[-_/]?)?\d[A-Z0-9]{0,18}(?:[-_/][A-Z0-9]{1,12}){0,4})(?![\w.,]\d|[\w-])/gi;
// Compound labels: "Rechnungsnummer: 4711", "Factuurnummer 2026-001", "Invoice number: A-17".
const LABELLED_INVOICE_NUMBER =
  /(?<![a-zà-ÿ])(?:rechnungsnummer|rechnungsnr\.?|factuurnummer|factuurnr\.?|número de (?:la )?factura|numéro de (?:la )?facture|número da fatura|(?:invoice|bill) (?:number|no\.?|#|id|ref(?:erence)?))\s?[:#]?\s?#?((?:[A-Z]{1,6}[-_/]?)?\d[A-Z0-9]{0,18}(?:[-_/][A-Z0-9]{1,12}){0,4})(?![\w.,]\d|[\w-])/gi;
// References that say "invoice" by their own prefix: INV-0042, FAC-2026-17, RE-2026-001.
const PREFIXED_REFERENCE =
  /(?<![\w-])((?:INV|FAC|FACT|RG|RE|FV)[-_/]?\d[\dA-Z]{0,14}(?:[-_/][\dA-Z]{1,10}){0,3})(?![\w-])/g;
const BARE_HASH_NUMBER = /(?<![\w&])#(\d{3,10})(?![\w])/;

/**
 * Finds the invoice number: a labelled or invoice-worded reference first, then an INV-style
 * reference, then (only when `allowBareHash`, i.e. the email is about an invoice) a bare `#1043`.
 */
export function extractInvoiceNumber(text: string, allowBareHash: boolean): StatedInvoiceNumber | null {
  for (const pattern of [LABELLED_INVOICE_NUMBER, NAMED_INVOICE_NUMBER]) {
    pattern.lastIndex = 0;
    let looked = 0;
    for (let match = pattern.exec(text); match && looked < 30; match = pattern.exec(text)) {
      looked++;
      const raw = match[1] ?? '';
      const reference = cleanReference(raw);
      const marker = match[0].slice(0, match[0].length - raw.length);
      if (reference && isPlausibleReference(reference, marker))
        return { invoiceNumber: reference, isNamed: true };
    }
  }
  PREFIXED_REFERENCE.lastIndex = 0;
  const prefixed = PREFIXED_REFERENCE.exec(text);
  if (prefixed?.[1]) return { invoiceNumber: prefixed[1], isNamed: true };
  if (!allowBareHash) return null;
  const hash = BARE_HASH_NUMBER.exec(text);
  return hash?.[1] ? { invoiceNumber: hash[1], isNamed: false } : null;
}

function cleanReference(raw: string | undefined): string {
  return (raw ?? '').replace(/[-_/.]+$/, '');
}

/**
 * Without a number marker, a short bare number after "invoice" is more often a count or a day
 * ("invoice 2 of 3", "invoice 15 March") than a reference: ask for three digits or a letter prefix.
 */
function isPlausibleReference(reference: string, marker: string): boolean {
  if (/(?:number|no\.?|nr\.?|n[°º]\.?|num\.?|nummer|numéro|numero|número|#|:)\s?#?\s?$/i.test(marker))
    return true;
  return /[A-Z]/i.test(reference) || /\d{3,}/.test(reference);
}

const FILE_EXTENSION = /\.[a-z0-9]{1,5}$/i;
// File names glue words together ("TaxInvoice_00219", "invoice-3391"): part them so the invoice word
// reads as a word and the reference after it as a reference.
const LOWER_THEN_UPPER = /([a-zà-ÿ])([A-Z])/g;
const WORD_JOINERS = /[_+]+/g;
const INVOICE_WORD_THEN_JOINER = /(invoice|rechnung|facture|factura|factuur|fatura)[-.]+(?=[A-Z0-9])/gi;
// A month or year in a file name ("Invoice_March2026", "Rechnung_2026-03") names the period billed.
const PERIOD_REFERENCE =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|févr|fev|avr|juil|déc|ene|abr|ago|dic|mrt|mei|set|out)[a-zäéû]{0,7}[-_]?\d{2,4}|(?:19|20)\d{2}(?:[-_/](?:0?[1-9]|1[0-2]))?)$/i;

/**
 * Reads the invoice number a file name carries ("Invoice_1043.pdf", "LumenAnalytics_INV-0107.pdf",
 * "Rechnung_4711.pdf"), for invoices whose text names none. A name without an invoice word or an
 * INV-style reference gives nothing: "Hetzner_2026-03-03.pdf" could be any document.
 */
export function extractInvoiceNumberFromFileNames(names: readonly string[]): string | null {
  for (const name of names) {
    const words = name
      .replace(FILE_EXTENSION, '')
      .replace(LOWER_THEN_UPPER, '$1 $2')
      .replace(WORD_JOINERS, ' ')
      .replace(INVOICE_WORD_THEN_JOINER, '$1 ');
    const found = extractInvoiceNumber(words, false);
    if (found && !PERIOD_REFERENCE.test(found.invoiceNumber)) return found.invoiceNumber;
  }
  return null;
}
