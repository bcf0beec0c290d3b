import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { type BackgroundContext, createBackgroundContext } from '../../../src/background/background-context';
import { recordSend } from '../../../src/background/record-send';
import { recordThreadSeen } from '../../../src/background/record-thread-seen';
import { DEFAULT_CADENCE_SETTINGS } from '../../../src/core/cadence/cadence-settings';
import { parseRawMessage } from '../../../src/core/mailbox-import/parse-raw-message';
import { planMailboxBackfill } from '../../../src/core/mailbox-import/plan-mailbox-backfill';
import { DEFAULT_USER_PREFERENCES } from '../../../src/core/preferences/user-preferences';
import type { ParamsOf } from '../../../src/messaging/protocol';
import { openDatabase } from '../../../src/storage/database';

const SENT_AT = Date.UTC(2026, 10, 2, 9, 0);
const DAY_MS = 86_400_000;
const SAM = { email: 'sam@studio.example', name: 'Sam Rivera' };
const ANA = { email: 'ana@acme.example', name: 'Ana Souza' };

function seen(
  messages: ParamsOf<'page/thread-seen'>['messages'],
  ids = ['18c3f2a9b7d41e05'],
): ParamsOf<'page/thread-seen'> {
  return { client: 'gmail', account: '0', mailThreadIds: ids, subject: 'Invoice INV-2041', messages };
}

describe("reading the client's answer from the open Gmail thread", () => {
  let context: BackgroundContext;
  beforeEach(async () => {
    context = createBackgroundContext(
      openDatabase('seen', { indexedDB: new IDBFactory(), IDBKeyRange }),
      () => SENT_AT + 3 * DAY_MS,
    );
    await recordSend(context, 'gmail', '0', {
      threadId: 'thread-a:r7001',
      messageId: 'msg-a:r7001',
      subject: 'Invoice INV-2041',
      from: SAM,
      to: [ANA],
      cc: [],
      bodyText: 'Please find attached invoice INV-2041 for EUR 1,850.00, due within 14 days.',
      attachmentNames: ['Invoice_INV-2041.pdf'],
      sentAt: SENT_AT,
    });
  });

  it("finds the tracked thread through the user's own message, learns its page ids, and closes it on the client's reply", async () => {
    const outcome = await recordThreadSeen(
      context,
      seen([
        { messageId: 'msg-a:r7001', from: SAM, bodyText: 'Please find attached…', receivedAt: SENT_AT },
        {
          messageId: 'msg-f:900',
          from: ANA,
          bodyText: 'Thanks Sam, I have a question about line 3.',
          receivedAt: SENT_AT + DAY_MS,
        },
      ]),
    );
    expect(outcome).toEqual({ matched: true, changed: 1 });
    const thread = await context.threads.findById('gmail:0:thread-a:r7001');
    expect(thread?.status).toBe('replied');
    expect(thread?.mailThreadIds).toEqual(['thread-a:r7001', '18c3f2a9b7d41e05']);
  });

  it('records one reply when two tabs report the same message', async () => {
    const report = seen(
      [
        {
          messageId: 'msg-f:900',
          from: ANA,
          bodyText: 'Could you add our PO number 4471 to the invoice?',
          receivedAt: SENT_AT + DAY_MS,
        },
      ],
      ['thread-a:r7001'],
    );
    const [first, second] = await Promise.all([
      recordThreadSeen(context, report),
      recordThreadSeen(context, report),
    ]);
    expect(first.changed + second.changed).toBe(1);
    expect(
      (await context.threads.historyOf('gmail:0:thread-a:r7001')).filter((event) => event.type === 'replied'),
    ).toHaveLength(1);
  });

  it("never counts a message written before the tracked send, or the user's own message", async () => {
    const outcome = await recordThreadSeen(
      context,
      seen(
        [
          {
            messageId: 'msg-f:800',
            from: ANA,
            bodyText: 'Could you send the invoice?',
            receivedAt: SENT_AT - DAY_MS,
          },
          { messageId: 'msg-a:r7001', from: SAM, bodyText: 'Here it is.', receivedAt: SENT_AT },
          { messageId: 'msg-f:801', from: SAM, bodyText: 'A quick nudge.', receivedAt: SENT_AT + DAY_MS },
        ],
        ['thread-a:r7001'],
      ),
    );
    expect(outcome.changed).toBe(0);
    expect((await context.threads.findById('gmail:0:thread-a:r7001'))?.status).not.toBe('replied');
  });

  it('pauses the thread on an out-of-office reply instead of closing it', async () => {
    await recordThreadSeen(
      context,
      seen(
        [
          {
            messageId: 'msg-f:902',
            from: ANA,
            bodyText: 'I am out of the office until 16 November 2026 with limited access to email.',
            receivedAt: SENT_AT + 60_000,
          },
        ],
        ['thread-a:r7001'],
      ),
    );
    expect((await context.threads.findById('gmail:0:thread-a:r7001'))?.status).toBe('paused');
  });

  it('ignores threads it does not track', async () => {
    expect(
      await recordThreadSeen(
        context,
        seen([{ messageId: 'msg-f:1', from: ANA, bodyText: 'Hi', receivedAt: 1 }], ['x']),
      ),
    ).toEqual({
      matched: false,
      changed: 0,
    });
  });
});

describe('finding a new Outlook conversation again on the page', () => {
  const LINA = { email: 'lina@harbourdesign.example' };
  const MARCO = { email: 'marco@brightfield.example', name: 'Marco Bellini' };
  const QUOTE_TEXT =
    'Hi Marco, here is the quote for the trade-fair stand: 8 weeks, GBP 5,400. It is valid for 30 days.';
  let context: BackgroundContext;

  beforeEach(async () => {
    context = createBackgroundContext(
      openDatabase('seen-outlook', { indexedDB: new IDBFactory(), IDBKeyRange }),
      () => SENT_AT + 3 * DAY_MS,
    );
    // A new message: Outlook's request named no conversation and left the sender to its server.
    await recordSend(context, 'outlook', 'office:0', {
      threadId: null,
      messageId: 'owa-hash:5f1c',
      subject: 'Quote for the trade-fair stand',
      from: null,
      to: [MARCO],
      cc: [],
      bodyText: QUOTE_TEXT,
      attachmentNames: [],
      sentAt: SENT_AT,
    });
  });

  function outlookSeen(
    messages: ParamsOf<'page/thread-seen'>['messages'],
    subject = 'RE: Quote for the trade-fair stand',
  ) {
    return {
      client: 'outlook' as const,
      account: 'office:0',
      mailThreadIds: ['AAQkConv1'],
      subject,
      messages,
    };
  }

  it("links the conversation by its subject and the user's own text, then closes it on the client's reply", async () => {
    const outcome = await recordThreadSeen(
      context,
      outlookSeen([
        { messageId: 'AAMkSent1', from: LINA, bodyText: `${QUOTE_TEXT}\nLina`, receivedAt: null },
        { messageId: 'AAMkReply1', from: MARCO, bodyText: 'Looks good, please go ahead.', receivedAt: null },
      ]),
    );
    expect(outcome).toEqual({ matched: true, changed: 1 });
    const [thread] = await context.threads.listAll();
    expect(thread).toMatchObject({
      id: 'outlook:office:0:owa-hash:5f1c',
      status: 'replied',
      mailThreadIds: ['owa-hash:5f1c', 'AAQkConv1'],
      sentMessageIds: ['owa-hash:5f1c', 'AAMkSent1'],
    });
    const [, replied] = await context.threads.historyOf(thread!.id);
    expect(replied?.evidence.source).toBe('outlook-page');
  });

  it('does not link a conversation that only shares the subject', async () => {
    const outcome = await recordThreadSeen(
      context,
      outlookSeen([
        {
          messageId: 'AAMkOther',
          from: MARCO,
          bodyText: 'Quote for the stand? Which one?',
          receivedAt: null,
        },
      ]),
    );
    expect(outcome).toEqual({ matched: false, changed: 0 });
    const [thread] = await context.threads.listAll();
    expect(thread).toMatchObject({ status: 'due', mailThreadIds: ['owa-hash:5f1c'] });
  });

  it('never takes a thread of another account or mail client', async () => {
    const other = {
      ...outlookSeen([{ messageId: 'AAMkSent1', from: LINA, bodyText: QUOTE_TEXT, receivedAt: null }]),
    };
    expect(await recordThreadSeen(context, { ...other, account: 'office:boss@acme.example' })).toEqual({
      matched: false,
      changed: 0,
    });
    expect(await recordThreadSeen(context, { ...other, client: 'gmail', account: '0' })).toEqual({
      matched: false,
      changed: 0,
    });
  });
});

describe('a thread imported from a mailbox file for Outlook', () => {
  const BO = { email: 'bo@north.example', name: 'Bo' };
  const PROPOSAL_TEXT =
    'Hi Bo, here is our proposal for the website refresh: 6 weeks, USD 7,200. It is valid for 30 days.';

  it("is found again on Outlook's page by its subject and the user's opening words, and the reply counts", async () => {
    const context = createBackgroundContext(
      openDatabase('seen-imported', { indexedDB: new IDBFactory(), IDBKeyRange }),
      () => SENT_AT + 3 * DAY_MS,
    );
    const raw = [
      'Message-ID: <proposal@studio.example>',
      'Date: Mon, 02 Nov 2026 09:00:00 +0000',
      'From: Sam Rivera <sam@studio.example>',
      'To: Bo <bo@north.example>',
      'Subject: Proposal for the website refresh',
      '',
      PROPOSAL_TEXT,
    ].join('\r\n');
    const plan = planMailboxBackfill([parseRawMessage(raw)], {
      ownAddresses: [SAM.email],
      client: 'outlook',
      account: 'office:0',
      now: SENT_AT + DAY_MS,
      cadence: DEFAULT_CADENCE_SETTINGS,
      preferences: DEFAULT_USER_PREFERENCES,
      corrections: [],
    });
    expect(await context.threads.importPlannedThread(plan.threads[0]!, false)).toBe(true);

    const outcome = await recordThreadSeen(context, {
      client: 'outlook',
      account: 'office:0',
      mailThreadIds: ['AAQkConv9'],
      subject: 'RE: Proposal for the website refresh',
      messages: [
        { messageId: 'AAMkSent9', from: SAM, bodyText: `${PROPOSAL_TEXT}\nSam`, receivedAt: null },
        { messageId: 'AAMkReply9', from: BO, bodyText: 'Could we do it in five weeks?', receivedAt: null },
      ],
    });
    expect(outcome).toEqual({ matched: true, changed: 1 });
    const [thread] = await context.threads.listAll();
    expect(thread).toMatchObject({ client: 'outlook', status: 'replied' });
    expect(thread!.mailThreadIds).toContain('AAQkConv9');
  });
});
