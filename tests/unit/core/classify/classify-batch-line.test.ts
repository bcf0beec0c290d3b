import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classifyBatch, classifyBatchLine } from '../../../../scripts/classify';

describe('classifyBatchLine', () => {
  it('answers a line with kind, confidence, the five fields and signals', () => {
    const line = JSON.stringify({
      id: 'm1',
      subject: 'Invoice INV-0042',
      body: 'Hi Ana, please find attached invoice INV-0042 for €1.234,56, payable within 14 days.',
      attachments: ['INV-0042.pdf'],
      from: 'Sam <sam@northwind-studio.example>',
      to: ['ana@harbor-bakery.example'],
      sentAt: '2026-03-02T10:00:00Z',
    });
    expect(classifyBatchLine(line)).toMatchObject({
      id: 'm1',
      kind: 'invoice',
      fields: { amount: 1234.56, currency: 'EUR', invoiceNumber: 'INV-0042', dueDate: '2026-03-16' },
    });
  });

  it('reads a line without a send time as sent when the run started', () => {
    const reminder = JSON.stringify({
      id: 'm3',
      subject: 'Invoice #1047',
      body: 'Just a note that invoice #1047 for $1,800 was due on May 15.',
    });
    expect(classifyBatchLine(reminder, Date.UTC(2026, 5, 1, 9))).toMatchObject({
      kind: 'invoice',
      fields: { amount: 1800, dueDate: '2026-05-15' },
    });
    const terms = JSON.stringify({
      id: 'm4',
      subject: 'Invoice #1048',
      body: 'Invoice #1048 for $900 attached, payable within 14 days.',
    });
    expect(classifyBatchLine(terms, Date.UTC(2026, 4, 1, 9))).toMatchObject({
      fields: { dueDate: '2026-05-15' },
    });
  });

  it("answers a proposal's validity date among its fields", () => {
    const quote = JSON.stringify({
      id: 'm5',
      subject: 'Quote Q-118 for the garden wall',
      body: 'Hi Jo, here is my quote for rebuilding the garden wall: £2,400 all in. Valid until 30 April 2026.',
      sentAt: '2026-04-01T10:00:00Z',
    });
    expect(classifyBatchLine(quote)).toMatchObject({
      kind: 'proposal',
      fields: { amount: 2400, currency: 'GBP', validUntil: '2026-04-30' },
    });
  });

  it('uses nulls where a field is unknown', () => {
    expect(classifyBatchLine('{"id":"m2","subject":"Lunch?","body":"Free on Thursday?"}')).toMatchObject({
      kind: 'other',
      fields: { amount: null, currency: null, invoiceNumber: null, dueDate: null, validUntil: null },
    });
  });

  it.each([
    ['broken JSON', '{"id": "x", ', { id: null, error: 'not valid JSON' }],
    ['an array', '[1,2]', { id: null, error: 'not a JSON object' }],
    ['a body that is not text', '{"id":"x","body":42}', { id: 'x', error: '"body" must be a string' }],
    ['no subject and no body', '{"id":9}', { id: 9, error: 'needs a "subject" or a "body"' }],
    [
      'a bad send time',
      '{"id":"x","body":"hi","sentAt":"yesterday"}',
      { id: 'x', error: '"sentAt" must be an ISO date-time' },
    ],
    [
      'attachments that are not names',
      '{"id":"x","body":"hi","attachments":[1]}',
      { id: 'x', error: '"attachments" must be an array of names' },
    ],
    [
      'a sender that is not an address',
      '{"id":"x","body":"hi","from":"Sam"}',
      { id: 'x', error: '"from" must be an email address' },
    ],
  ])('reports %s as an error line', (_, line, expected) => {
    expect(classifyBatchLine(line)).toEqual(expected);
  });
});

describe('classifyBatch', () => {
  it('answers every non-empty line in order and keeps going after a bad one', async () => {
    const input = Readable.from([
      '{"id":"a","body":"hello"}\n',
      'oops\n',
      '\n',
      '{"id":"b","subject":"Invoice 12","body":"Attached is invoice 12."}\n',
    ]);
    const lines: string[] = [];
    const answered = await classifyBatch(input, (line) => lines.push(line));
    expect(answered).toBe(3);
    expect(
      lines.map((line) => JSON.parse(line) as { id: unknown; kind?: string; error?: string }),
    ).toMatchObject([
      { id: 'a', kind: 'other' },
      { id: null, error: 'not valid JSON' },
      { id: 'b', kind: 'invoice' },
    ]);
  });
});
