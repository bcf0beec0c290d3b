import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../../src/core/classify/classify-email';
import { extractAmount } from '../../../../src/core/classify/extract-amount';
import { extractDueDate } from '../../../../src/core/classify/extract-due-date';
import { extractInvoiceNumber } from '../../../../src/core/classify/extract-invoice-number';
import { extractValidUntil } from '../../../../src/core/classify/extract-valid-until';
import { EMAIL_KINDS } from '../../../../src/core/classify/kinds';
import type { ClassifyInput } from '../../../../src/core/mail';

const SENT_AT = Date.UTC(2026, 2, 2, 10);

function expectWellFormed(input: ClassifyInput): void {
  const result = classifyEmail(input);
  expect(EMAIL_KINDS).toContain(result.kind);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(Array.isArray(result.signals)).toBe(true);
  const { amount, currency, invoiceNumber, dueDate, validUntil } = result.fields;
  expect(amount === null || (Number.isFinite(amount) && amount > 0)).toBe(true);
  expect(currency === null || /^[A-Z]{3}$/.test(currency)).toBe(true);
  expect(invoiceNumber === null || typeof invoiceNumber === 'string').toBe(true);
  for (const date of [dueDate, validUntil])
    expect(date === null || /^\d{4}-\d{2}-\d{2}$/.test(date)).toBe(true);
}

const email = (subject: string, bodyText: string, attachmentNames: string[] = []): ClassifyInput => ({
  subject,
  bodyText,
  attachmentNames,
  sentAt: SENT_AT,
});

describe('classifyEmail on hostile input', () => {
  it('never throws on random text, and reads noise as other with low confidence', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.string({ unit: 'grapheme', maxLength: 2_000 }),
        fc.array(fc.string({ maxLength: 80 }), { maxLength: 5 }),
        (subject, bodyText, attachmentNames) => {
          expectWellFormed(email(subject, bodyText, attachmentNames));
          const result = classifyEmail(email(subject, bodyText));
          expect(result.kind).toBe('other');
          expect(result.confidence).toBeLessThan(0.5);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws when the input is not shaped like an email', () => {
    const shapes: unknown[] = [
      null,
      undefined,
      42,
      'text',
      {},
      { subject: 7, bodyText: ['x'], attachmentNames: 'Invoice.pdf' },
      {
        subject: null,
        bodyText: null,
        attachmentNames: [null, 3, { name: 'x' }],
        to: [null, {}],
        sentAt: Number.NaN,
      },
      {
        subject: 'Invoice',
        bodyText: 'Net 30',
        attachmentNames: [],
        from: { email: 5 },
        to: 'ana@x.example',
      },
    ];
    for (const shape of shapes) {
      const result = classifyEmail(shape as ClassifyInput, {
        corrections: [null, 5, {}] as never,
        timeZone: 'Not/AZone',
      });
      expect(EMAIL_KINDS).toContain(result.kind);
    }
  });

  it.each([
    ['empty', ''],
    [
      'right-to-left text',
      'مرحبا، كيف حالك؟ أتمنى أن تكون بخير. شكرا لك على الاجتماع اليوم. שלום, מה שלומך?',
    ],
    ['emoji', '🎉🎉🎉 👍🏽 🧾💶 ❤️‍🔥 🇩🇪 '.repeat(200)],
    ['binary bytes', String.fromCharCode(...Array.from({ length: 3_000 }, (_, i) => (i * 37) % 256))],
    [
      'HTML with scripts',
      '<html><body><script>var invoice = "Invoice #1043 due 2026-03-18 $1,200"; pay();</script><div>Hello there</div></body></html>',
    ],
    ['an unclosed script tag', `<script>${'a'.repeat(10_000)}`],
  ])('reads %s as other with low confidence', (_, bodyText) => {
    const result = classifyEmail(email('', bodyText));
    expect(result.kind).toBe('other');
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('reads a 5 MB body without hanging', () => {
    const body = 'Hello Ana, here are the notes from the workshop. '.repeat(110_000);
    expect(body.length).toBeGreaterThan(5_000_000);
    expectWellFormed(
      email(
        'Workshop notes',
        body,
        Array.from({ length: 10_000 }, (_, i) => `photo-${i}.jpg`),
      ),
    );
  });

  // Each body is built to make a backtracking pattern explode. Even cut to the 16,000-character cap,
  // a quadratic pattern would take seconds here and blow the timeout.
  it.each([
    ['digit groups', '1 '.repeat(20_000)],
    ['separators', `$${'1,'.repeat(15_000)}`],
    ['dots', `${'1.'.repeat(15_000)}x`],
    ['invoice words', 'invoice '.repeat(4_000)],
    ['due words', 'due by '.repeat(4_000)],
    ['valid words', 'valid for '.repeat(3_000)],
    ['open brackets', '['.repeat(30_000)],
    ['open braces', '{{'.repeat(15_000)],
    ['angle brackets', '<'.repeat(30_000)],
    ['quote markers', '> '.repeat(15_000)],
    ['a long line of letters', 'a'.repeat(30_000)],
    ['month names', '18 March '.repeat(3_000)],
    ['hash numbers', '#1234 '.repeat(5_000)],
    ['reply attributions', 'On Monday wrote\n'.repeat(2_000)],
    ['offered prices', "I'd charge would be my rate for 1 ".repeat(1_500)],
    ['amounts and rate units', '$1 per 1 € a 1 eur / '.repeat(2_000)],
    ['missing things and asks', "I'm missing could you so I can ".repeat(1_500)],
  ])(
    'stays fast on %s',
    (_, bodyText) => {
      expectWellFormed(email('Re: '.repeat(300), bodyText));
    },
    2_000,
  );

  it('keeps the field readers linear on long input of their own', () => {
    const long = `${'12,345.67 '.repeat(20_000)}${'INV-'.repeat(20_000)}${'due '.repeat(20_000)}`;
    const reading = { referenceAt: SENT_AT, isDayFirst: true };
    expect(() => {
      extractAmount(long);
      extractDueDate(long, reading);
      extractValidUntil(long, reading);
      extractInvoiceNumber(long, true);
    }).not.toThrow();
  }, 3_000);
});
