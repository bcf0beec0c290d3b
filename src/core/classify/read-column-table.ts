/**
 * A table whose first row names its columns and whose second row holds the values
 * ("Invoice no. | Date | Due" over "0458 | 23/11/2026 | 23/12/2026"), rewritten as one
 * "name: value" line per column. The field readers then read each value after its own label,
 * as they do in a list. Evidence: field-wording-2.jsonl fw2-005. Quoting apps also line columns up
 * with spaces ("Reference    Date    Expiry    Total", proposal-wording-7 pw7-010); such a row needs
 * three cells, since two cells spaced apart are a label and its value. A table with several rows of
 * values is a statement, whose first row need not be the one the mail is about (field-wording-6
 * fw6-004), so it stays as written.
 */
// The rule under a header: Markdown's "|---|---|" or a drawn table's "+------+------+" (field-wording-3 fw3-011).
const HEADER_RULE = /^\s*[|+]?\s*:?[-=]{2,}:?\s*(?:[|+\s]\s*:?[-=]{2,}:?\s*)*[|+]?\s*$/;
const SPACED_CELL_GAP = /\t+| {2,}/;
const MAX_LINES = 400;

export function unrollColumnTables(text: string): string {
  if (!text.includes('|') && !text.includes('  ') && !text.includes('\t')) return text;
  const lines = text.split('\n');
  if (lines.length > MAX_LINES) return text;
  const out: string[] = [];
  for (let position = 0; position < lines.length; position++) {
    const header = tableRowCells(lines[position] ?? '');
    let valuesAt = position + 1;
    if (HEADER_RULE.test(lines[valuesAt] ?? '')) valuesAt++;
    const values = tableRowCells(lines[valuesAt] ?? '');
    const isColumnTable =
      header.length >= 2 &&
      header.length === values.length &&
      header.every((cell) => /[a-zà-ÿ]/i.test(cell) && !/\d/.test(cell)) &&
      values.some((cell) => /\d/.test(cell)) &&
      tableRowCells(lines[valuesAt + 1] ?? '').length !== header.length;
    if (!isColumnTable) {
      out.push(lines[position] ?? '');
      continue;
    }
    header.forEach((name, column) => {
      out.push(`${name}: ${values[column]}`);
    });
    position = valuesAt;
  }
  return out.join('\n');
}

/** The cells of a row split by bars or wide gaps, or none when the line is no table row. */
export function tableRowCells(line: string): string[] {
  const isBarred = line.includes('|');
  const cells = isBarred
    ? line
        .replace(/^\s*\|/, '')
        .replace(/\|\s*$/, '')
        .split('|')
        .map((cell) => cell.trim())
    : line.trim().split(SPACED_CELL_GAP);
  if (!isBarred && cells.length < 3) return [];
  return cells.every((cell) => cell.length > 0 && cell.length <= 40) ? cells : [];
}
