import { describe, expect, it } from 'vitest';
import { unrollColumnTables } from '../../../../src/core/classify/read-column-table';

describe('unrollColumnTables', () => {
  it('writes a row of column names over a row of values as one labelled line per column', () => {
    const table = 'Details below.\n\nInvoice no. | Date | Due\n0458 | 23/11/2026 | 23/12/2026\n\nThanks';
    expect(unrollColumnTables(table)).toBe(
      'Details below.\n\nInvoice no.: 0458\nDate: 23/11/2026\nDue: 23/12/2026\n\nThanks',
    );
  });

  it('reads a Markdown table with its rule line', () => {
    const table = '| Invoice # | Total | Due date |\n|---|---|---|\n| 0041 | $800 | 04/12/2026 |';
    expect(unrollColumnTables(table)).toBe('Invoice #: 0041\nTotal: $800\nDue date: 04/12/2026');
  });

  it('reads a table drawn with plus signs and dashes', () => {
    const table =
      '+----------+---------+------------+\n| Contract | Invoice | Due        |\n+----------+---------+------------+\n| MSA-3    | 3391/11 | 11/12/2026 |\n+----------+---------+------------+';
    expect(unrollColumnTables(table)).toContain('Invoice: 3391/11\nDue: 11/12/2026');
  });

  it('reads columns lined up with spaces when a row has three cells or more', () => {
    const table =
      'Reference     Date           Expiry         Total\nQ-2026-031    03 Mar 2026    02 Apr 2026    AUD 7,150.00';
    expect(unrollColumnTables(table)).toBe(
      'Reference: Q-2026-031\nDate: 03 Mar 2026\nExpiry: 02 Apr 2026\nTotal: AUD 7,150.00',
    );
    const pairs = 'Subtotal     £435.00\nVAT          £87.00';
    expect(unrollColumnTables(pairs)).toBe(pairs);
  });

  it('leaves a statement with several rows of values as it is', () => {
    const statement =
      'Invoice   Date         Due          Amount\n4410      02/03/2026   01/04/2026   320.00\n4467      16/03/2026   15/04/2026   540.00';
    expect(unrollColumnTables(statement)).toBe(statement);
  });

  it('leaves rows that pair a label with its value as they are', () => {
    const rows = '| Invoice # | 0041 |\n| Total | $800 |';
    expect(unrollColumnTables(rows)).toBe(rows);
  });

  it('leaves text without a table, and a header with no values under it, as it is', () => {
    expect(unrollColumnTables('No table here.')).toBe('No table here.');
    const unmatched = 'Name | Role | Team\nAnna | Design';
    expect(unrollColumnTables(unmatched)).toBe(unmatched);
  });
});
