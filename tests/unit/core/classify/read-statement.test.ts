import { describe, expect, it } from 'vitest';
import { extractFields } from '../../../../src/core/classify/extract-fields';
import { readStatement } from '../../../../src/core/classify/read-statement';

const SENT_AT = Date.UTC(2026, 4, 20, 9);
const reading = { referenceAt: SENT_AT, isDayFirst: true };
const fieldsOf = (text: string) => extractFields(text, { sentAt: SENT_AT, allowBareHash: false }).fields;

describe('readStatement', () => {
  it('chases the overdue row of a statement, not the paid one above it', () => {
    const mail = [
      'Hi Rosa, here is your account:',
      '',
      'Invoice   Dated         Amount    Status',
      'KP-301    2 Mar 2026    £210.00   paid, thanks',
      'KP-322    1 Apr 2026    £460.00   overdue (was due 1 May)',
      'KP-340    12 May 2026   £95.00    not yet due (due 11 Jun)',
      '',
      'Could you have a look when you can?',
    ].join('\n');
    expect(fieldsOf(mail)).toMatchObject({
      invoiceNumber: 'KP-322',
      amount: 460,
      currency: 'GBP',
      dueDate: '2026-05-01',
    });
  });

  it('takes the invoice the mail names, and leaves one it sets aside', () => {
    const mail = [
      'Your open items:',
      '- Rechnung 7711 vom 02.03. über 640,00 € – bezahlt',
      '- Rechnung 7720 vom 01.04. über 380,00 € – seit 15.04. fällig',
      '- Rechnung 7734 vom 10.05. über 120,00 € – fällig 24.05.',
      '',
      'Bitte überweisen Sie die 7720. Die 7734 ist noch nicht fällig.',
    ].join('\n');
    expect(fieldsOf(mail)).toMatchObject({ invoiceNumber: '7720', amount: 380, dueDate: '2026-04-15' });
  });

  it('asks for the total of several overdue rows from their earliest due day, unless the mail says a sum and a day', () => {
    const rows = [
      'F-201 | 05/03/2026 | 300,00 € | vencida el 04/04/2026',
      'F-214 | 02/04/2026 | 150,00 € | vencida el 02/05/2026',
      'F-230 | 14/05/2026 | 90,00 € | vence el 13/06/2026',
    ].join('\n');
    expect(fieldsOf(`Factura | Fecha | Importe | Estado\n${rows}`)).toMatchObject({
      invoiceNumber: 'F-201',
      amount: 450,
      dueDate: '2026-04-04',
    });
    expect(fieldsOf(`${rows}\n\nTe pido los dos vencidos, 450,00 €, antes del 29 de mayo.`)).toMatchObject({
      amount: 450,
      dueDate: '2026-05-29',
    });
  });

  it('reads the due day from a column the header names', () => {
    const mail = [
      'Fee note        Issued        Amount       Due date',
      'FN/2026/14      31 Mar 2026   £1,200.00    30 April 2026',
      'FN/2026/19      30 Apr 2026   £600.00      31 May 2026',
    ].join('\n');
    expect(readStatement(mail, reading)?.chased).toEqual([
      { reference: 'FN/2026/14', amount: 1200, currency: 'GBP', dueDate: '2026-04-30', state: 'unsaid' },
    ]);
  });

  it('reads no statement from one invoice named twice, a history of one due day, or line items', () => {
    expect(readStatement('Overdue: INV-0318\nINV-0318 ($640) was due on 20 March.', reading)).toBeNull();
    expect(
      readStatement(
        'Original due date: 21 Apr 2026\nNew payment date agreed: 05 May 2026\nOutstanding: £1,045.80',
        reading,
      ),
    ).toBeNull();
    expect(
      readStatement(
        'Invoice INV-77\nSKU 4410  Oak shelf  £120.00\nSKU 4415  Brackets  £18.00\nTotal £138.00',
        reading,
      ),
    ).toBeNull();
  });

  it('reads nothing from hostile text: one huge line of figures, or more lines than a mail holds', () => {
    expect(readStatement('7'.repeat(150_000), reading)).toBeNull();
    expect(readStatement('INV-1 | £2.00 | overdue\n'.repeat(500), reading)).toBeNull();
  });

  it('takes nothing from a statement where everything is paid or not yet due', () => {
    const mail = 'INV-11 | £200.00 | paid\nINV-12 | £240.00 | due 30 June 2026';
    expect(readStatement(mail, reading)).toBeNull();
  });
});
