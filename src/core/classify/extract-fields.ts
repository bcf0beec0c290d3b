import { indexTrigrams, type TrigramIndex } from './cue-prefilter';
import { extractAmount } from './extract-amount';
import { extractDueDate } from './extract-due-date';
import { extractInvoiceNumber } from './extract-invoice-number';
import { extractValidUntil } from './extract-valid-until';
import type { ExtractedFields } from './kinds';
import { unrollColumnTables } from './read-column-table';
import type { DateReading } from './read-stated-date';
import { readStatement, type StatementReading } from './read-statement';
import { readWhichDollar } from './read-which-dollar';

/** What the field readers need besides the text. */
export interface FieldReading {
  /** Epoch ms; relative terms ("Net 30") and year-less dates resolve against it. */
  sentAt?: number;
  timeZone?: string;
  /** Allow a bare `#1043` as the invoice number (only once the email is known to be about an invoice). */
  allowBareHash: boolean;
  /** Where the mail says it was written, for which dollar a bare "$" is (see `readWhichDollar`). */
  dollarClues?: DollarClues;
  /** An index of a text that contains the one read, so that readers can skip scans that find nothing. */
  index?: TrigramIndex;
  /**
   * The mail this one answers (its quoted text, the other side's words): a reply that only accepts a day
   * ("el 5 me viene bien") takes its payment from the offer there ("¿Te puedo pagar el día 5?").
   */
  answered?: string;
}

export interface DollarClues {
  /** Words outside the field text that still tell the place: the signature. */
  moreText: string;
  fromDomain: string;
  toDomains: readonly string[];
}

/** Fields plus the words that stated them, for signals. */
export interface FieldFindings {
  fields: ExtractedFields;
  dueDatePhrase: string | null;
  /** The due date's own sentence speaks of paying (see `StatedDueDate.saysPayment`). */
  dueDateSaysPayment: boolean;
  validityPhrase: string | null;
  isInvoiceNumberNamed: boolean;
}

export const EMPTY_FIELDS: ExtractedFields = {
  amount: null,
  currency: null,
  invoiceNumber: null,
  dueDate: null,
  validUntil: null,
};

// Month-first numeric dates are a United States habit; everything else the product reads is day-first.
const ENGLISH_WORDS = /(?<![a-z])(?:the|and|you|your|for|please|thanks|invoice|payment)(?![a-z])/gi;
const OTHER_LANGUAGE_WORDS =
  /(?<![a-zà-ÿ])(?:der|die|und|sie|ihre|le|la|les|vous|votre|el|los|usted|su|het|een|uw|você|não|obrigado|rechnung|facture|factura|factuur|fatura)(?![a-zà-ÿ])/gi;

/** Reads amount, currency, invoice number, due date and validity from an email's text. */
export function extractFields(written: string, reading: FieldReading): FieldFindings {
  const { text, index } = unrolled(written, reading.index);
  // A bare "$" reads as US dollars unless the mail says where else it was written; asked once, and only
  // of mail that has one.
  let dollar: string | null | undefined;
  const settleCurrency = (currency: string | null): string | null => {
    if (currency !== 'USD') return currency;
    dollar ??= whichDollar(text, reading.dollarClues);
    return dollar;
  };
  const stated = extractAmount(text, index);
  const money = { ...stated, currency: settleCurrency(stated.currency) };
  const isDayFirst = isDayFirstText(text, money.currency);
  const dateReading = { referenceAt: reading.sentAt, timeZone: reading.timeZone, isDayFirst };
  const statement = readStatement(text, dateReading);
  if (statement) {
    const findings = readStatementFields(statement, dateReading);
    return {
      ...findings,
      fields: { ...findings.fields, currency: settleCurrency(findings.fields.currency) },
    };
  }
  const due = extractDueDate(text, dateReading, index, reading.answered);
  const validity = extractValidUntil(text, dateReading, index);
  const invoiceNumber = extractInvoiceNumber(text, reading.allowBareHash, index);
  return {
    fields: {
      amount: money.amount,
      currency: money.currency,
      invoiceNumber: invoiceNumber?.invoiceNumber ?? null,
      dueDate: due?.dueDate ?? null,
      validUntil: validity?.validUntil ?? null,
    },
    dueDatePhrase: due?.phrase ?? null,
    dueDateSaysPayment: due?.saysPayment ?? false,
    validityPhrase: validity?.phrase ?? null,
    isInvoiceNumberNamed: invoiceNumber?.isNamed ?? false,
  };
}

/**
 * The invoice number of a mail judged an invoice whose first reading found none: the same reading with
 * the sender's unnamed reference and a bare "#1043" allowed. Only the number is read again; the other
 * fields would come out as before. A statement always names its rows' numbers, so none is read here.
 */
export function extractInvoiceNumberOfInvoice(
  written: string,
  writtenIndex: TrigramIndex | undefined,
): string | null {
  const { text, index } = unrolled(written, writtenIndex);
  return extractInvoiceNumber(text, true, index)?.invoiceNumber ?? null;
}

/** The text with its column tables rewritten as "name: value" lines, and the index that fits it. */
function unrolled(
  written: string,
  writtenIndex: TrigramIndex | undefined,
): { text: string; index: TrigramIndex | undefined } {
  const text = unrollColumnTables(written);
  // A table rewritten as "name: value" lines has words the written text's index never saw.
  return { text, index: text === written || !writtenIndex ? writtenIndex : indexTrigrams(text) };
}

/**
 * A statement's fields are those of the invoices it chases: a sum or a pay-by day the mail states
 * around the list wins ("the two overdue ones (£1,550.00 together)", "by next Thursday"); else the
 * chased row's own, or for several rows their total and the earliest due day.
 */
function readStatementFields(statement: StatementReading, reading: DateReading): FieldFindings {
  const [first] = statement.chased;
  const around = extractAmount(statement.textAround);
  const rowsTotal = statement.chased.every((row) => row.amount !== null)
    ? statement.chased.reduce((sum, row) => sum + (row.amount ?? 0), 0)
    : null;
  const due = extractDueDate(statement.textAround, reading);
  const rowDue = statement.chased
    .map((row) => row.dueDate)
    .filter((day): day is string => day !== null)
    .sort()[0];
  return {
    fields: {
      amount: around.amount ?? (rowsTotal === null ? null : Math.round(rowsTotal * 100) / 100),
      currency: around.amount !== null ? around.currency : (first?.currency ?? null),
      invoiceNumber: first ? readReference(first.reference) : null,
      dueDate: due?.dueDate ?? rowDue ?? null,
      validUntil: null,
    },
    dueDatePhrase: due?.phrase ?? (rowDue ? `due ${rowDue}` : null),
    dueDateSaysPayment: true,
    validityPhrase: null,
    isInvoiceNumberNamed: first !== undefined,
  };
}

/** A row's reference as the invoice-number reader would write it ("NF 1057" is nota fiscal 1057). */
function readReference(reference: string): string {
  return extractInvoiceNumber(`Invoice ${reference}`, true)?.invoiceNumber ?? reference;
}

function whichDollar(text: string, clues: DollarClues | undefined): string {
  const placeText = clues?.moreText ? `${text}\n${clues.moreText}` : text;
  return readWhichDollar(placeText, clues ?? {}) ?? 'USD';
}

function isDayFirstText(text: string, currency: string | null): boolean {
  // The Philippines writes dates month first, like the United States.
  if (currency && currency !== 'USD' && currency !== 'PHP') return true;
  const sample = text.slice(0, 4_000);
  const other = sample.match(OTHER_LANGUAGE_WORDS)?.length ?? 0;
  // Only whether English words outnumber the others matters: counting stops once they do.
  let english = 0;
  for (const _ of sample.matchAll(ENGLISH_WORDS)) {
    english++;
    if (english > other) return false;
  }
  return true;
}
