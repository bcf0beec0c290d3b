import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { type BackgroundContext, createBackgroundContext } from '../../../src/background/background-context';
import { recordMailArrived } from '../../../src/background/record-mail-arrived';
import { recordSend } from '../../../src/background/record-send';
import { openDatabase } from '../../../src/storage/database';

const SENT_AT = Date.UTC(2026, 10, 2, 9, 0);
const DAY_MS = 86_400_000;
const MARCO = { email: 'marco@brightfield.example', name: 'Marco Bellini' };

describe('mail the page shows arriving', () => {
  let context: BackgroundContext;
  beforeEach(async () => {
    context = createBackgroundContext(
      openDatabase('arrived', { indexedDB: new IDBFactory(), IDBKeyRange }),
      () => SENT_AT + 2 * DAY_MS,
    );
    await recordSend(context, 'outlook', 'office:0', {
      threadId: 'AAQkQuote',
      messageId: 'AAMkQuote',
      subject: 'Quote for the trade-fair stand',
      from: null,
      to: [MARCO],
      cc: [],
      bodyText:
        'Hi Marco, here is the quote for the trade-fair stand: 8 weeks, GBP 5,400. It is valid for 30 days.',
      attachmentNames: [],
      sentAt: SENT_AT,
    });
  });

  const status = async () => (await context.threads.listAll())[0]?.status;
  const arrival = (overrides: Partial<Parameters<typeof recordMailArrived>[1]> = {}) => ({
    client: 'outlook' as const,
    account: 'office:0',
    conversationIds: [],
    from: MARCO,
    preview: 'Marco Bellini Quote for the trade-fair stand Looks good, when can you start?',
    ...overrides,
  });

  it("ends the silence when the client's new mail arrives, in the thread or not", async () => {
    expect(await recordMailArrived(context, arrival())).toEqual({ changed: 1 });
    expect(await status()).toBe('replied');
    const [, replied] = await context.threads.historyOf((await context.threads.listAll())[0]!.id);
    expect(replied?.evidence.source).toBe('outlook-page');
  });

  it('counts a listed message once, by its id, and only when it came after the send', async () => {
    const before = arrival({ messageId: 'm-before', receivedAt: SENT_AT - DAY_MS });
    expect(await recordMailArrived(context, before)).toEqual({ changed: 0 });
    expect(await status()).toBe('waiting');
    const listed = arrival({ messageId: 'm-after', receivedAt: SENT_AT + DAY_MS });
    expect(await recordMailArrived(context, listed)).toEqual({ changed: 1 });
    // The same row in a second tab, or after the next navigation: nothing new.
    expect(await recordMailArrived(context, listed)).toEqual({ changed: 0 });
    const [thread] = await context.threads.listAll();
    expect(thread).toMatchObject({ status: 'replied', statusChangedAt: SENT_AT + DAY_MS });
    expect(await context.threads.hasMessage('outlook:office:0:m-after')).toBe(true);
  });

  it('pauses the thread on an out-of-office notice instead of closing it', async () => {
    await recordMailArrived(
      context,
      arrival({
        preview: 'Automatic reply: I am out of the office until 30 November with no access to email.',
      }),
    );
    expect(await status()).toBe('paused');
  });

  it('counts a colleague of the client only in the conversation the page named', async () => {
    const colleague = { email: 'finance@brightfield.example', name: 'Finance' };
    expect(await recordMailArrived(context, arrival({ from: colleague }))).toEqual({ changed: 0 });
    expect(await status()).not.toBe('replied');
    expect(
      await recordMailArrived(context, arrival({ from: colleague, conversationIds: ['AAQkQuote'] })),
    ).toEqual({
      changed: 1,
    });
    expect(await status()).toBe('replied');
  });

  it("ignores the user's own mail, other people, other accounts, and a second tab's report of the same arrival", async () => {
    expect(
      await recordMailArrived(context, arrival({ from: { email: 'lina@harbourdesign.example' } })),
    ).toEqual({
      changed: 0,
    });
    expect(await recordMailArrived(context, arrival({ account: 'live:0' }))).toEqual({ changed: 0 });
    expect(await recordMailArrived(context, arrival({ from: { email: 'not an address' } }))).toEqual({
      changed: 0,
    });
    expect(await status()).not.toBe('replied');
    await Promise.all([recordMailArrived(context, arrival()), recordMailArrived(context, arrival())]);
    expect(await status()).toBe('replied');
    const history = await context.threads.historyOf((await context.threads.listAll())[0]!.id);
    expect(history.filter((event) => event.type === 'replied')).toHaveLength(1);
  });
});
