import { describe, expect, it } from 'vitest';
import { csvCell, openItemsCsv } from '../../../../src/core/threads/open-items-csv';
import { sampleThread } from '../../../support/sample-thread';

describe('the CSV of open items for an accountant', () => {
  it('lists open threads only, one row each, with the invoice facts', () => {
    const csv = openItemsCsv(
      [sampleThread(), sampleThread({ id: 'paid', status: 'paid' })],
      Date.UTC(2026, 10, 12),
    );
    expect(csv.split('\r\n')).toEqual([
      'Kind,Client,Email,Subject,Amount,Currency,Invoice number,Due date,Status,Sent,Days silent',
      'invoice,Ana Souza,ana@acme.example,Invoice INV-2041,1850,EUR,INV-2041,2026-11-16,waiting,2026-11-02,9',
      '',
    ]);
  });

  it('quotes commas and quotes, and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('Acme, Inc. "West"')).toBe('"Acme, Inc. ""West"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
});
