/**
 * A table whose first row names its columns and whose second row holds the values
 * ("Invoice no. | Date | Due" over "0458 | 23/11/2026 | 23/12/2026"), rewritten as one
 * "name: value" line per column. The field readers then read each value after its own label,
 * as they do in a list. Evidence: field-wording-2.jsonl fw2-005.
 */
// The rule under a header: Markdown's "|---|---|" or a drawn table's "+------+------+" (field-wording-3 fw3-011).
const HEADER_RULE = /^\s*[|+]?\s*:?[-=]{2,}:?\s*(?:[|+]\s*:?[-=]{2,}:?\s*)*[|+]?\s*$/;
const MAX_LINES = 400;

export function unrollColumnTables(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  if (lines.length > MAX_LINES) return text;
  const out: string[] = [];
  for (let position = 0; position < lines.length; position++) {
    const header = cellsOf(lines[position] ?? '');
    let valuesAt = position + 1;
    if (HEADER_RULE.test(lines[valuesAt] ?? '')) valuesAt++;
    const values = cellsOf(lines[valuesAt] ?? '');
    const isColumnTable =
      header.length >= 2 &&
      header.length === values.length &&
      header.every((cell) => /[a-zà-ÿ]/i.test(cell) && !/\d/.test(cell)) &&
      values.some((cell) => /\d/.test(cell));
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

/** The cells of a row split by bars, or none when the line is no table row. */
function cellsOf(line: string): string[] {
  if (!line.includes('|')) return [];
  const cells = line
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((cell) => cell.trim());
  return cells.every((cell) => cell.length > 0 && cell.length <= 40) ? cells : [];
}
