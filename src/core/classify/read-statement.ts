import { type CalendarDay, daysBetween, toIsoDate } from './calendar-day';
import { extractAmount, parseAmountNumber } from './extract-amount';
import { startDay } from './extract-due-date';
import { CURRENCY_BEFORE, MONEY_MENTION } from './money-mention';
import { tableRowCells } from './read-column-table';
import { type DateReading, readFirstStatedDate } from './read-stated-date';

/**
 * A statement of account: several invoices, one per line, each with its own number, amount, date and
 * state ("BP-1203   2 Jan 2026   £380.00   overdue (was due 16 Jan)"), and words around them that ask
 * for some of them. The field readers would take the first number, amount and date in the list; the
 * mail is about the rows it chases (field-wording-6 fw6-004, field-wording-7 fw7-s01 to fw7-s25).
 */
export interface StatementReading {
  /** The chased rows, in the order the statement lists them. */
  chased: readonly StatementRow[];
  /** The mail without its rows and without sentences that set rows aside ("4470 can follow"). */
  textAround: string;
}

export interface StatementRow {
  /** The invoice's reference as the row writes it ("BP-1203", "FT 2027/102", "R 311"). */
  reference: string;
  amount: number | null;
  currency: string | null;
  /** ISO `YYYY-MM-DD`, the day the row says it falls due. */
  dueDate: string | null;
  state: RowState;
}

type RowState = 'paid' | 'notYetDue' | 'overdue' | 'open' | 'unsaid';

const MIN_ROWS = 2;
// Two lines in a row that hold a figure: a cheap test before the rows are read one by one.
// Anchored at line starts, so each line is scanned at most twice however long the mail.
const SEVERAL_LINES_WITH_FIGURES = /^[^\d\n]*\d[^\n]*\n[^\d\n]*\d/m;
const MAX_LINES = 400;
const MAX_ROW_LENGTH = 200;

// A reference: an optional short capital prefix ("BP-", "FEE/", "NF ", "R ", "#A-") and digits, with
// more digit or capital groups after a dash, slash or dot ("2026/038", "F27-118", "A-2026-021"). Digits
// grouped by a space are a sum, not a reference: "3 versements de 500 000 FCFA" (field-wording-13 fw13-040).
const REFERENCE =
  /(?<![\p{L}\p{N}'.,/-]|\d )#?(?:[A-Z]{1,5}[-/ ]?)?\d[\dA-Z]*(?:[-/.][\dA-Z]+)*(?![\p{L}\p{N}'/-]|[.,]\d| \d{3}(?!\d))/gu;
// Dates and sums are not references: "03/12/2026", "12.05.", "2026-01-31", "1.190,00", "812.40".
const DATE_SHAPE = /^(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?|\d{4}-\d{2}-\d{2})$/;
const SUM_SHAPE = /[.,]\d{2}$/;
const YEAR = /^(?:19|20)\d{2}$/;
// A bare number names an invoice only when it is long enough not to be a day or a count, or when a
// word for it comes first ("Invoice 31", "no. 37", "la 81").
const BARE_NUMBER = /^\d{1,3}$/;
const NAMED_BEFORE =
  /(?:^|[^\p{L}])(?:invoices?|inv|bill|no|nr|nº|n°|rechnung|facture|factura|factuur|fatura|nota|recibo|la|le|el|die|de|a|the|#)\.?\s?$/iu;
// A sum with its currency, or a figure written like money as statements' columns are ("1,250", "812.40").
const MONEY_SHAPE = new RegExp(`${MONEY_MENTION}|\\d[.,']\\d{3}|\\d[.,]\\d{2}(?!\\d)`, 'i');
const CURRENCY_JUST_BEFORE = new RegExp(`${CURRENCY_BEFORE}\\s?$`, 'i');

// Row states, in the order they are tried: a row that says it is paid or not yet due is not chased.
const PAID =
  /(?<![\p{L}])(?:paid|settled|received|bezahlt|beglichen|erhalten|payée?s?|réglée?s?|acquittée?|pagad[ao]s?|cobrad[ao]s?|betaald|voldaan|ontvangen|paga|liquidad[ao]s?|recebid[ao]s?)(?![\p{L}])/iu;
const NOT_YET_DUE =
  /not (?:yet )?due|not due yet|noch nicht fällig|pas encore (?:échue|due)|no vencid[ao]|nog niet vervallen|ainda não venc|in plazo|en plazo/iu;
const OVERDUE =
  /overdue|past due|was due|überfällig|fällig seit|seit [\d.]+ fällig|en retard|échue|impayée|vencid[ao]|venció|vencía|devuelt[ao]|vervallen op|achterstallig|em atraso/iu;
const OPEN =
  /(?<![\p{L}])(?:unpaid|outstanding|open|still open|offen|ouverte?|pendiente|openstaand|em aberto|não paga)(?![\p{L}])/iu;
// Words that say the day a row falls due; the date follows them, or in German comes before "fällig".
const DUE_WORD =
  /(?<![\p{L}])(?:due(?: date)?|fällig(?: am| seit| zum)?|échue? le|échéance|vence(?: el| em| a)?|venció(?: el)?|vencid[ao](?: el| em| a)?|vencía(?: el)?|vervall?en op|vervalt op|vervaldatum|vencimento|vencimiento|fälligkeit)(?![\p{L}])/giu;
const DUE_BEFORE_WORD = /(?:seit|am|zum|bis)?\s?([\d.]{3,10})\s?fällig/iu;

// A sentence that sets a listed invoice aside: "4470 can follow on its own date", "Invoice 55108 is
// not yet due", "La FA-0455 suivra à son échéance", "La F-125 todavía está en plazo".
const SET_ASIDE =
  /not (?:yet )?due|isn't due|is not due|can (?:wait|follow)|its own date|for your (?:information|records)|simply for|noch nicht fällig|zur (?:info|information)|pas encore|suivra|todavía|en plazo|no vence|nog niet|ainda não|já paga|already (?:paid|settled)|bereits bezahlt|déjà réglée|ya pagad|al betaald/iu;

/** Reads a statement listing several invoices and the ones its mail chases, or null when there is none. */
export function readStatement(text: string, reading: DateReading): StatementReading | null {
  if (text.length > 200_000 || !SEVERAL_LINES_WITH_FIGURES.test(text)) return null;
  const lines = text.split('\n');
  if (lines.length > MAX_LINES) return null;
  const rows = findRows(lines);
  if (!rows) return null;
  const rowLines = new Set(rows.map((row) => row.line));
  const header = rows[0] ? headerOf(lines, rows[0].line) : null;
  const dueColumn = header ? dueColumnOf(header) : null;
  const sendDay = startDay(reading);
  const statementRows = rows.map(({ line, reference }) =>
    readRow(lines[line] ?? '', reference, dueColumn, reading, sendDay),
  );
  const around = lines.filter((_, index) => !rowLines.has(index) && index !== header?.line).join('\n');
  const sentences = around.split(/(?<=[.!?])\s+|\n/);
  const kept = sentences.filter((sentence) => !SET_ASIDE.test(sentence));
  const named = statementRows.filter((row) =>
    kept.some((sentence) => namesReference(sentence, row.reference)),
  );
  const chased = named.length > 0 ? named : byState(statementRows, sendDay);
  if (chased.length === 0) return null;
  return { chased, textAround: kept.join('\n') };
}

/** The longest run of consecutive lines that each carry a reference and a sum or a state. */
function findRows(lines: readonly string[]) {
  let best: Array<{ line: number; reference: string }> = [];
  let run: Array<{ line: number; reference: string }> = [];
  lines.forEach((line, index) => {
    const reference = line.length <= MAX_ROW_LENGTH && /\d/.test(line) ? rowReference(line) : null;
    // A date alone does not make a row: "Original due date: 21 Jul 2026" over "New payment date: …"
    // is one invoice's history (field-wording-5 fw5-026); a sum or a state does.
    const isRow = reference !== null && (MONEY_SHAPE.test(line) || saysState(line));
    // A statement lists different invoices; a subject and a body line naming one are not two rows.
    if (isRow && run.some((row) => row.reference === reference)) run = [{ line: index, reference }];
    else if (isRow) run.push({ line: index, reference });
    else run = [];
    if (run.length > best.length) best = [...run];
  });
  return best.length >= MIN_ROWS ? best : null;
}

function saysState(line: string): boolean {
  DUE_WORD.lastIndex = 0;
  return (
    PAID.test(line) || NOT_YET_DUE.test(line) || OVERDUE.test(line) || OPEN.test(line) || DUE_WORD.test(line)
  );
}

function rowReference(line: string): string | null {
  REFERENCE.lastIndex = 0;
  for (let match = REFERENCE.exec(line); match; match = REFERENCE.exec(line)) {
    const candidate = match[0];
    if (DATE_SHAPE.test(candidate) || SUM_SHAPE.test(candidate) || YEAR.test(candidate)) continue;
    const before = line.slice(0, match.index);
    if (CURRENCY_JUST_BEFORE.test(before)) continue;
    if (BARE_NUMBER.test(candidate) && !NAMED_BEFORE.test(before)) continue;
    return candidate.replace(/^#/, '');
  }
  return null;
}

interface Header {
  line: number;
  cells: string[];
}

function headerOf(lines: readonly string[], firstRow: number): Header | null {
  for (let index = firstRow - 1; index >= Math.max(0, firstRow - 2); index--) {
    const line = lines[index] ?? '';
    if (/^[\s|+:=-]*$/.test(line)) continue;
    const cells = tableRowCells(line);
    return cells.length >= 2 && !/\d/.test(line) ? { line: index, cells } : null;
  }
  return null;
}

/** Which column of the header holds the due day: its index, and whether it is the last one. */
function dueColumnOf(header: Header): { index: number; isLast: boolean } | null {
  const index = header.cells.findIndex((cell) => {
    DUE_WORD.lastIndex = 0;
    return DUE_WORD.test(cell);
  });
  return index < 0 ? null : { index, isLast: index === header.cells.length - 1 };
}

function readRow(
  line: string,
  reference: string,
  dueColumn: { index: number; isLast: boolean } | null,
  reading: DateReading,
  sendDay: CalendarDay | null,
): StatementRow {
  const money = extractAmount(line);
  const due = readRowDueDay(line, dueColumn, reading);
  return {
    reference,
    amount: money.amount ?? bareSum(line),
    currency: money.currency,
    dueDate: due ? toIsoDate(due) : null,
    state: readState(line, due, sendDay),
  };
}

function readState(line: string, due: CalendarDay | null, sendDay: CalendarDay | null): RowState {
  if (NOT_YET_DUE.test(line)) return 'notYetDue';
  if (PAID.test(line)) return 'paid';
  if (OVERDUE.test(line)) return 'overdue';
  if (due && sendDay && daysBetween(due, sendDay) > 0) return OPEN.test(line) ? 'overdue' : 'unsaid';
  if (OPEN.test(line)) return due && sendDay ? 'notYetDue' : 'open';
  return 'unsaid';
}

function readRowDueDay(
  line: string,
  dueColumn: { index: number; isLast: boolean } | null,
  reading: DateReading,
): CalendarDay | null {
  DUE_WORD.lastIndex = 0;
  for (let match = DUE_WORD.exec(line); match; match = DUE_WORD.exec(line)) {
    const after = line.slice(match.index + match[0].length, match.index + match[0].length + 24);
    const stated = readFirstStatedDate(after, reading);
    if (stated && stated.index <= 4) return stated.day;
  }
  const before = DUE_BEFORE_WORD.exec(line);
  if (before?.[1]) {
    const stated = readFirstStatedDate(before[1], reading);
    if (stated) return stated.day;
  }
  if (!dueColumn) return null;
  const cells = tableRowCells(line);
  const cell = dueColumn.isLast ? cells[cells.length - 1] : cells[dueColumn.index];
  return cell ? (readFirstStatedDate(cell, reading)?.day ?? null) : null;
}

/** A sum written without a currency, as statements' amount columns often are ("812.40"). */
function bareSum(line: string): number | null {
  const sum = /(?<![\d.,/-])\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?![\d/-])/.exec(line)?.[0];
  return sum ? parseAmountNumber(sum) : null;
}

/** Rows chased by their state: overdue ones first, else every unpaid one. */
function byState(rows: readonly StatementRow[], sendDay: CalendarDay | null): StatementRow[] {
  const overdue = rows.filter(
    (row) =>
      row.state === 'overdue' ||
      (row.state === 'unsaid' &&
        row.dueDate !== null &&
        sendDay !== null &&
        row.dueDate < toIsoDate(sendDay)),
  );
  if (overdue.length > 0) return overdue;
  return rows.filter((row) => row.state === 'open');
}

function namesReference(sentence: string, reference: string): boolean {
  const at = sentence.toUpperCase().indexOf(reference.toUpperCase());
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + reference.length);
  if (/[\p{L}\p{N}/-]$/u.test(before) || /^[\p{L}\p{N}/]|^[-.,]\d/u.test(after)) return false;
  return !BARE_NUMBER.test(reference) || NAMED_BEFORE.test(before);
}
