import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { maskPlaceholders, PLACEHOLDER_MARK } from '../../../../src/core/classify/mask-placeholders';
import {
  asTwoByteText,
  MAX_BODY_CHARS,
  prepareMailText,
} from '../../../../src/core/classify/prepare-mail-text';

// V8's serializer tags a one-byte string '"' (0x22) and a two-byte one 'c' (0x63), after its 2-byte header.
const isTwoByte = (text: string) => serialize(text)[2] === 0x63;

const prepare = (bodyText: string) => prepareMailText({ subject: '', bodyText, attachmentNames: [] });

describe('prepareMailText', () => {
  it.each([
    [
      'a Gmail attribution',
      'Thanks!\n\nOn Fri, 27 Feb 2026 at 09:12, Ana <ana@x.example> wrote:\nInvoice attached',
    ],
    ['a German attribution', 'Danke!\n\nAm 27.02.2026 um 09:12 schrieb Ana <ana@x.example>:\nRechnung anbei'],
    [
      'an Outlook header block',
      'Thanks!\n\nFrom: Ana <ana@x.example>\nSent: Friday, 27 February 2026\nTo: Sam\nSubject: Invoice\n\nInvoice attached',
    ],
    ['an original-message marker', 'Thanks!\n\n-----Original Message-----\nInvoice attached'],
    ['quote markers', 'Thanks!\n> Invoice attached\n> see you'],
  ])('keeps only the own words above %s', (_, body) => {
    const mail = prepare(body);
    expect(mail.ownText.trim()).toMatch(/^(?:Thanks|Danke)!$/);
    expect(mail.quotedText).toMatch(/(?:Invoice|Rechnung)/);
  });

  it('separates a forwarded message and notes its original sender', () => {
    const mail = prepare(
      'FYI\n\n---------- Forwarded message ---------\nFrom: Billing <billing@printco.example>\nSubject: Invoice 88\n\nInvoice attached',
    );
    expect(mail.ownText.trim()).toBe('FYI');
    expect(mail.forwardedText).toContain('Invoice attached');
    expect(mail.forwardedFromDomain).toBe('printco.example');
  });

  it('sets the signature aside but keeps the body tail for list footers', () => {
    const mail = prepare('See you soon\n-- \nSam\nhttps://lists.example/unsubscribe');
    expect(mail.ownText.trim()).toBe('See you soon');
    expect(mail.signatureText).toContain('unsubscribe');
    expect(mail.tailText).toContain('unsubscribe');
  });

  it('keeps a block framed by two "--" rules as the message, not a signature', () => {
    const mail = prepare(
      'Payment details below.\n--\nInvoice: HT-2026-091\nDue: 4 October 2026\n--\n\nBest, Hanna',
    );
    expect(mail.ownText).toContain('Invoice: HT-2026-091');
    expect(mail.signatureText).toBe('');
  });

  it('drops scripts and styles that leaked from an HTML part', () => {
    const mail = prepare('<style>.a{}</style>Hello<script>pay("Invoice #1")</script> there');
    expect(mail.ownText).not.toContain('Invoice');
    expect(mail.ownText).toContain('Hello');
  });

  it('caps what it reads', () => {
    const mail = prepareMailText({
      subject: 's'.repeat(5_000),
      bodyText: 'b'.repeat(100_000),
      attachmentNames: ['a'.repeat(999)],
    });
    expect(mail.subject.length).toBe(1_000);
    expect(mail.ownText.length).toBe(MAX_BODY_CHARS);
    expect(mail.wasTruncated).toBe(true);
    expect(mail.attachmentNames[0]?.length).toBe(255);
  });
});

describe('maskPlaceholders', () => {
  it.each([
    ['[Client Name]'],
    ['{{amount}}'],
    ['{ $totalAmount }'],
    ['[[REFERENCE]]'],
    ['<vervaldatum>'],
    ['%due-date%'],
    ['XXXX'],
  ])('masks %s', (placeholder) => {
    expect(maskPlaceholders(`Hi ${placeholder}!`)).toBe(`Hi ${PLACEHOLDER_MARK}!`);
  });

  it.each([['[Due 2026-10-30]'], ['[Fällig 30.10.2026]'], ['[Invoice 2026/1404]'], ['[Rechnung Nr. 4711]']])(
    'keeps a tag around a real date or an invoice number, %s',
    (tag) => {
      expect(maskPlaceholders(`${tag} Invoice from Brightwell`)).toBe(`${tag} Invoice from Brightwell`);
    },
  );

  it('masks a bracketed date format with no date in it, and an invoice number left blank', () => {
    expect(maskPlaceholders('Due: [DD/MM/YYYY]')).toBe(`Due: ${PLACEHOLDER_MARK}`);
    expect(maskPlaceholders('Invoice [Invoice number]')).toBe(`Invoice ${PLACEHOLDER_MARK}`);
  });

  it('keeps the currency of $[XXX] and leaves ordinary text alone', () => {
    expect(maskPlaceholders('Pay $[XXX] to Ana <ana@x.example> by Friday')).toBe(
      `Pay $${PLACEHOLDER_MARK} to Ana <ana@x.example> by Friday`,
    );
  });

  it.each([
    ['plain ASCII', 'Invoice 42 attached, due Friday.'],
    ['Latin-1 letters', 'Rechnung über 1.234,56, zahlbar bis Freitag'],
    ['a short word', 'hi'],
    ['emoji and a euro sign', 'Paid € 40 🎉'],
  ])('holds %s as two-byte text with the same characters, so each pattern is compiled once', (_, text) => {
    const wide = asTwoByteText(text);
    expect(wide).toBe(text);
    expect(isTwoByte(wide)).toBe(true);
  });

  it('hands the readers two-byte text whatever characters the mail has', () => {
    const mail = prepareMailText({
      subject: 'Invoice 42',
      bodyText: 'Hi Sam,\n\nInvoice 42 attached.',
      attachmentNames: ['INV-42.pdf'],
    });
    expect([mail.subject, mail.ownText, ...mail.attachmentNames].every(isTwoByte)).toBe(true);
    expect(mail.ownText).toBe('Hi Sam,\n\nInvoice 42 attached.');
  });
});
