import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE_SETTINGS } from '../../../../src/core/cadence/cadence-settings';
import type { KindCorrection } from '../../../../src/core/classify/classify-email';
import { parseRawMessage } from '../../../../src/core/mailbox-import/parse-raw-message';
import {
  guessOwnAddresses,
  planMailboxBackfill,
} from '../../../../src/core/mailbox-import/plan-mailbox-backfill';
import { MboxSplitter } from '../../../../src/core/mailbox-import/split-mbox';
import { DEFAULT_USER_PREFERENCES } from '../../../../src/core/preferences/user-preferences';

// A small mailbox written for this test: an invoice the client paid, a proposal still unanswered,
// a lunch invitation, in the shapes Google Takeout writes (X-GM-THRID, X-Gmail-Labels).
const MBOX = [
  'From 1790000000000000001@xxx Mon Nov 02 09:00:00 +0000 2026',
  'X-GM-THRID: 1790000000000000001',
  'X-Gmail-Labels: Sent',
  'Message-ID: <inv-2041@studio.example>',
  'Date: Mon, 02 Nov 2026 09:00:00 +0000',
  'From: Sam Rivera <sam@studio.example>',
  'To: =?utf-8?B?QW5hIFNvdXph?= <ana@acme.example>',
  'Subject: =?iso-8859-1?Q?Invoice_INV-2041_=96_brand_workshop?=',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Hi Ana,',
  '',
  'please find attached invoice INV-2041 for EUR 1,850.00, due within 14 d=',
  'ays.',
  '>From now on I invoice monthly.',
  '',
  'Thanks, Sam',
  '--b1',
  'Content-Type: application/pdf; name="Invoice_INV-2041.pdf"',
  'Content-Disposition: attachment; filename="Invoice_INV-2041.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--b1--',
  '',
  'From 1790000000000000002@xxx Tue Nov 10 10:00:00 +0000 2026',
  'X-GM-THRID: 1790000000000000001',
  'X-Gmail-Labels: Inbox',
  'Message-ID: <paid@acme.example>',
  'In-Reply-To: <inv-2041@studio.example>',
  'Date: Tue, 10 Nov 2026 10:00:00 +0000',
  'From: Ana Souza <ana@acme.example>',
  'To: sam@studio.example',
  'Subject: Re: Invoice INV-2041',
  '',
  'Hi Sam, the transfer was sent today. Kind regards, Ana',
  '',
  'From 1790000000000000003@xxx Wed Nov 04 09:00:00 +0000 2026',
  'X-GM-THRID: 1790000000000000003',
  'X-Gmail-Labels: Sent',
  'Message-ID: <proposal@studio.example>',
  'Date: Wed, 04 Nov 2026 09:00:00 +0000',
  'From: sam@studio.example',
  'To: Bo <bo@north.example>',
  'Subject: Proposal for the website refresh',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Hi Bo,</p><p>Here is our proposal for the website refresh: 6 weeks, USD 7,200. It is valid for 30 days.</p><p>Sam</p>',
  '',
  'From 1790000000000000004@xxx Thu Nov 05 12:00:00 +0000 2026',
  'X-Gmail-Labels: Sent',
  'Message-ID: <lunch@studio.example>',
  'Date: Thu, 05 Nov 2026 12:00:00 +0000',
  'From: sam@studio.example',
  'To: lee@friends.example',
  'Subject: Lunch on Thursday?',
  '',
  'Are you free for lunch on Thursday?',
  '',
].join('\r\n');

function splitWhole(text: string, cuts: number[]): string[] {
  const splitter = new MboxSplitter();
  const out: string[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push(...splitter.push(text.slice(start, cut)));
    start = cut;
  }
  out.push(...splitter.push(text.slice(start)), ...splitter.finish());
  return out;
}

describe('reading a mailbox file', () => {
  it('splits it into messages, undoing the >From quoting', () => {
    const raw = splitWhole(MBOX, []);
    expect(raw).toHaveLength(4);
    expect(raw[0]).toContain('\nFrom now on I invoice monthly.');
  });

  it('gives the same messages however the file is cut into chunks', () => {
    const whole = splitWhole(MBOX, []);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: MBOX.length }), { maxLength: 12 }), (cuts) => {
        expect(splitWhole(MBOX, cuts)).toEqual(whole);
      }),
    );
  });

  it('reads headers, encoded words, quoted-printable and HTML bodies, and attachment names', () => {
    const [invoice, , proposal] = splitWhole(MBOX, []).map(parseRawMessage);
    expect(invoice).toMatchObject({
      messageId: 'inv-2041@studio.example',
      gmailThreadId: '1790000000000000001',
      subject: 'Invoice INV-2041 \u0096 brand workshop',
      to: [{ email: 'ana@acme.example', name: 'Ana Souza' }],
      labels: ['Sent'],
      attachmentNames: ['Invoice_INV-2041.pdf'],
      date: Date.UTC(2026, 10, 2, 9, 0),
    });
    expect(invoice!.bodyText).toContain('due within 14 days.');
    expect(proposal!.bodyText).toContain('Here is our proposal for the website refresh');
    expect(proposal!.bodyText).not.toContain('<p>');
  });

  it('never throws on hostile or broken input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2_000 }), (text) => {
        const message = parseRawMessage(text);
        expect(typeof message.bodyText).toBe('string');
      }),
    );
    expect(parseRawMessage('Content-Type: multipart/mixed; boundary=x\n\n--x\n--x\n--x--').bodyText).toBe('');
  });
});

describe('tracking past mail from a mailbox file', () => {
  const messages = splitWhole(MBOX, []).map(parseRawMessage);
  const plan = (corrections: KindCorrection[] = []) =>
    planMailboxBackfill(messages, {
      ownAddresses: guessOwnAddresses(messages),
      client: 'gmail',
      account: '0',
      now: Date.UTC(2026, 10, 23, 9, 0),
      cadence: { ...DEFAULT_CADENCE_SETTINGS, timeZone: 'UTC' },
      preferences: DEFAULT_USER_PREFERENCES,
      corrections,
    });

  it("finds the user's address from the messages labelled Sent", () => {
    expect(guessOwnAddresses(messages)).toEqual(['sam@studio.example']);
  });

  it('tracks the invoice and the proposal, not the lunch, and knows the invoice was paid since', () => {
    const { threads, sentByYou, settled } = plan();
    expect(sentByYou).toBe(3);
    expect(threads.map(({ thread }) => [thread.kind, thread.status])).toEqual([
      ['invoice', 'paid'],
      ['proposal', expect.stringMatching(/^(waiting|due)$/)],
    ]);
    expect(settled).toBe(1);
  });

  it("respects the user's corrections: not a proposal for that client, and lunch at that domain is one", () => {
    const { threads } = plan([
      { recipientDomain: 'north.example', kind: 'other' },
      { recipientDomain: 'friends.example', subjectPattern: 'lunch', kind: 'proposal' },
    ]);
    expect(threads.map(({ thread }) => [thread.kind, thread.subject])).toEqual([
      ['invoice', expect.stringContaining('INV-2041')],
      ['proposal', 'Lunch on Thursday?'],
    ]);
  });

  it('plans for Outlook under the message ids, to be found again by subject and opening words', () => {
    const outlook = planMailboxBackfill(messages, {
      ownAddresses: guessOwnAddresses(messages),
      client: 'outlook',
      account: 'office:0',
      now: Date.UTC(2026, 10, 23, 9, 0),
      cadence: { ...DEFAULT_CADENCE_SETTINGS, timeZone: 'UTC' },
      preferences: DEFAULT_USER_PREFERENCES,
      corrections: [],
    });
    const [invoice, proposal] = outlook.threads.map(({ thread }) => thread);
    expect(invoice).toMatchObject({
      client: 'outlook',
      account: 'office:0',
      id: expect.stringMatching(/^outlook:office:0:mbox:/),
      mailThreadIds: ['inv-2041@studio.example'],
      sentMessageIds: ['inv-2041@studio.example'],
      status: 'paid',
    });
    expect(proposal).toMatchObject({ client: 'outlook', mailThreadIds: ['proposal@studio.example'] });
  });

  it('keys threads by the ids live Gmail shows, and says every event came from the import', () => {
    const [invoice] = plan().threads;
    expect(invoice!.thread.id).toBe('gmail:0:thread-f:1790000000000000001');
    expect(invoice!.thread.mailThreadIds).toEqual([
      'thread-f:1790000000000000001',
      1790000000000000001n.toString(16),
    ]);
    expect(invoice!.events.map((event) => event.evidence.source)).toEqual(['import', 'import']);
    expect(invoice!.messages.map((message) => message.direction)).toEqual(['sent', 'received']);
  });
});
