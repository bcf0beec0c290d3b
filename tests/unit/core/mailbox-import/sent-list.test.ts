import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE_SETTINGS } from '../../../../src/core/cadence/cadence-settings';
import {
  planSentListBackfill,
  type SentListRow,
} from '../../../../src/core/mailbox-import/plan-sent-list-backfill';
import { DEFAULT_USER_PREFERENCES } from '../../../../src/core/preferences/user-preferences';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const DAY = 86_400_000;
const me = { email: 'sam@studio.example', name: 'Sam Rivera' };

// Rows as a Sent list shows them, written for this test: an invoice, a quote, a note to a friend,
// and a proposal whose conversation has grown since.
const ROWS: SentListRow[] = [
  {
    conversationIds: ['thread-f:1790000000000000010', '18d2a'],
    subject: 'Invoice 2026-031 for the October retainer',
    preview: 'Hi Mara, attached is invoice 2026-031 for EUR 2,400.00, payable within 14 days. Thank you!',
    recipients: [{ email: 'mara@lumen-books.example', name: 'Mara Okafor' }],
    sentAt: NOW - 26 * DAY,
    messageCount: 1,
  },
  {
    conversationIds: ['thread-f:1790000000000000011'],
    subject: 'Quote: podcast artwork',
    preview: "Hi Jon, here's my quote for the podcast artwork: three covers and social crops for USD 1,200.",
    recipients: [{ email: 'jon@harbor-audio.example' }],
    sentAt: NOW - 5 * DAY,
    messageCount: 1,
  },
  {
    conversationIds: ['thread-f:1790000000000000012'],
    subject: 'Thanks for the coffee',
    preview: 'Great to catch up, Lee. Same time next month?',
    recipients: [{ email: 'lee@friends.example' }],
    sentAt: NOW - 3 * DAY,
    messageCount: 1,
  },
  {
    conversationIds: ['thread-f:1790000000000000013'],
    subject: 'Proposal: spring catalogue design',
    // The newest message is the client's: its words must not decide the kind.
    preview: 'Thanks Sam, we are happy to go ahead. Invoice us at the end of the month.',
    recipients: [me, { email: 'nina@fernweh.example', name: 'Nina' }],
    sentAt: NOW - 12 * DAY,
    messageCount: 2,
  },
  {
    conversationIds: ['thread-f:1790000000000000014'],
    subject: 'Invoice 2026-029 for the September retainer',
    preview: 'Hi Sam, we paid EUR 9,999.00 by transfer yesterday.',
    recipients: [{ email: 'mara@lumen-books.example', name: 'Mara Okafor' }],
    sentAt: NOW - 50 * DAY,
    messageCount: 3,
  },
];

function plan(rows: SentListRow[], overrides: Partial<Parameters<typeof planSentListBackfill>[1]> = {}) {
  return planSentListBackfill(rows, {
    ownAddress: me,
    client: 'gmail',
    account: '0',
    now: NOW,
    cadence: { ...DEFAULT_CADENCE_SETTINGS, timeZone: 'UTC' },
    preferences: DEFAULT_USER_PREFERENCES,
    corrections: [],
    ...overrides,
  });
}

describe('looking through the Sent list on screen', () => {
  it('offers the invoices and the quote, and leaves the note to a friend alone', () => {
    const { candidates, rowsRead } = plan(ROWS);
    expect(rowsRead).toBe(5);
    expect(candidates.map(({ planned }) => [planned.thread.kind, planned.thread.subject])).toEqual([
      ['invoice', 'Invoice 2026-031 for the October retainer'],
      ['proposal', 'Quote: podcast artwork'],
      ['invoice', 'Invoice 2026-029 for the September retainer'],
    ]);
  });

  it('reads the amount from the preview of a conversation that holds only the user’s message', () => {
    const [invoice] = plan(ROWS).candidates;
    expect(invoice!.planned.thread.classification.fields).toMatchObject({ amount: 2400, currency: 'EUR' });
    expect(invoice!.planned.thread.status).toBe('due');
  });

  it("judges a grown conversation by its subject alone, never by the client's words in the preview", () => {
    const grown = plan(ROWS).candidates[2]!;
    expect(grown.laterMessages).toBe(2);
    expect(grown.planned.thread.bodyExcerpt).toBe('');
    expect(grown.planned.thread.classification.fields.amount).toBeNull();
    // "Proposal: …" alone is not enough to call it one, and "invoice us" in Nina's answer must not decide.
    expect(plan(ROWS).candidates.map(({ planned }) => planned.thread.subject)).not.toContain(
      'Proposal: spring catalogue design',
    );
  });

  it('never counts the user among the clients', () => {
    const grown = { ...ROWS[4]!, recipients: [me, { email: 'mara@lumen-books.example' }] };
    const [candidate] = plan([grown]).candidates;
    expect(candidate!.planned.thread.recipients.map((to) => to.email)).toEqual(['mara@lumen-books.example']);
  });

  it('keys each thread by the ids the page shows, from the user, with evidence of where it was found', () => {
    const [invoice] = plan(ROWS).candidates;
    expect(invoice!.planned.thread).toMatchObject({
      id: 'gmail:0:thread-f:1790000000000000010',
      mailThreadIds: ['thread-f:1790000000000000010', '18d2a'],
      from: me,
      sentAt: NOW - 26 * DAY,
    });
    expect(invoice!.planned.events.map((event) => event.evidence)).toEqual([
      expect.objectContaining({ source: 'import', note: { code: 'noteFoundInSentView' } }),
    ]);
  });

  it('skips rows without a time or from the future, and a conversation listed twice', () => {
    const undated = { ...ROWS[0]!, sentAt: null };
    const future = { ...ROWS[1]!, sentAt: NOW + DAY };
    const result = plan([undated, future, ROWS[2]!, ROWS[4]!, ROWS[4]!]);
    expect(result.undated).toBe(2);
    expect(result.candidates).toHaveLength(1);
  });

  it('follows the preferences and corrections the live product follows', () => {
    const withoutInvoices = plan(ROWS, {
      preferences: {
        ...DEFAULT_USER_PREFERENCES,
        trackedKinds: ['proposal'],
        neverTrack: ['harbor-audio.example'],
      },
      corrections: [{ recipientDomain: 'lumen-books.example', kind: 'other' }],
    });
    expect(withoutInvoices.candidates).toEqual([]);
  });
});
