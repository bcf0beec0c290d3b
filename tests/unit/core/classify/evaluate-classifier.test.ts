import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateClassifier } from '../../../../scripts/eval-classify';
import { readRfc822Message } from '../../../../scripts/eval-sources';

const fixtures = fileURLToPath(new URL('../../../fixtures/emails/', import.meta.url));

describe('evaluateClassifier', () => {
  it('scores kinds, fields and false alarms from a labelled file and a folder of ordinary mail', async () => {
    const report = await evaluateClassifier([`${fixtures}labelled-sample.jsonl`, `${fixtures}ordinary-mail`]);

    expect(report.sources).toEqual([
      { path: `${fixtures}labelled-sample.jsonl`, format: 'jsonl', messages: 8, unreadable: 1 },
      { path: `${fixtures}ordinary-mail`, format: 'rfc822-directory', messages: 3, unreadable: 0 },
    ]);
    expect(report.problems).toHaveLength(1);
    expect(report.labelled.messages).toBe(7);
    expect(report.labelled.perKind.invoice).toMatchObject({ support: 3, recall: 1, precision: 1, f1: 1 });
    expect(report.labelled.confusion.followup.followup).toBe(1);
    expect(report.labelled.fields.amount).toMatchObject({ stated: 3, correct: 3, accuracy: 1 });
    expect(report.labelled.fields.invoiceNumber).toMatchObject({ stated: 2, correct: 2 });
    // One label writes "31 March 2026", the other an ISO date: both compare as days.
    expect(report.labelled.fields.dueDate).toMatchObject({ stated: 2, correct: 2 });
    // The proposal's "Valid for 21 days" counts from the corpus's reference day, 15 January 2026.
    expect(report.labelled.fields.validUntil).toMatchObject({ stated: 1, correct: 1, unstatedButRead: 0 });
    // The unlabelled line t07 and the three messages in the folder are ordinary mail.
    expect(report.ham.messages).toBe(4);
    expect(report.ham.classifiedInvoice + report.ham.classifiedProposal).toBe(0);
    expect(report.ham.falseAlarmRate).toBe(0);
  });
});

describe('readRfc822Message', () => {
  it('reads headers, decodes the text part and lists attachments', () => {
    const input = readRfc822Message(
      [
        'From: "Marco Ruiz" <marco@hillside-hikers.example>',
        'To: Dana <dana@riverside-choir.example>, ops@riverside-choir.example',
        'Subject: =?utf-8?Q?Fotos_del_d=C3=ADa?=',
        'Date: Thu, 5 Mar 2026 19:02:00 +0100',
        'Content-Type: multipart/mixed; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Hola, aqu=C3=AD van.',
        '--b1',
        'Content-Type: application/pdf; name="Invoice_7.pdf"',
        '',
        'JVBERi0=',
        '--b1--',
      ].join('\n'),
    );
    expect(input).toMatchObject({
      subject: 'Fotos del día',
      attachmentNames: ['Invoice_7.pdf'],
      from: { email: 'marco@hillside-hikers.example', name: 'Marco Ruiz' },
      to: [{ email: 'dana@riverside-choir.example' }, { email: 'ops@riverside-choir.example' }],
      sentAt: Date.UTC(2026, 2, 5, 18, 2),
    });
    expect(input.bodyText.trim()).toBe('Hola, aquí van.');
  });
});
