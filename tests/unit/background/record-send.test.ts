import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type BackgroundContext,
  CLOCK_OFFSET_KEY,
  createBackgroundContext,
  PREFERENCES_KEY,
} from '../../../src/background/background-context';
import { handleGmailSync } from '../../../src/background/handle-gmail-sync';
import { recordSend } from '../../../src/background/record-send';
import { runSweep } from '../../../src/background/run-sweep';
import { summarizeThread } from '../../../src/background/summarize-thread';
import { DEFAULT_CADENCE_SETTINGS } from '../../../src/core/cadence/cadence-settings';
import { DEFAULT_USER_PREFERENCES } from '../../../src/core/preferences/user-preferences';
import { type FollowThroughDatabase, openDatabase } from '../../../src/storage/database';
import type { GmailSentMessage } from '../../../src/webmail/gmail/parse-sync-request';
import { inEnglish } from '../../support/in-english';
import { sampleThread } from '../../support/sample-thread';

const MONDAY_9AM = Date.UTC(2026, 10, 2, 9, 0);
const DAY_MS = 86_400_000;

function invoiceSend(overrides: Partial<GmailSentMessage> = {}): GmailSentMessage {
  return {
    threadId: 'thread-a:r7001',
    messageId: 'msg-a:r7001',
    subject: 'Invoice INV-2041 for the brand workshop',
    from: { email: 'sam@studio.example', name: 'Sam Rivera' },
    to: [{ email: 'ana@acme.example', name: 'Ana Souza' }],
    cc: [],
    bcc: [],
    bodyText:
      'Hi Ana,\n\nPlease find attached invoice INV-2041 for EUR 1,850.00, due within 14 days.\n\nThanks,\nSam',
    attachmentNames: ['Invoice_INV-2041.pdf'],
    sentAt: MONDAY_9AM,
    isReply: false,
    ...overrides,
  };
}

describe('recording what the user sent from Gmail', () => {
  let db: FollowThroughDatabase;
  let context: BackgroundContext;
  let wallClock = MONDAY_9AM;

  beforeEach(() => {
    wallClock = MONDAY_9AM;
    db = openDatabase('record', { indexedDB: new IDBFactory(), IDBKeyRange });
    context = createBackgroundContext(db, () => wallClock);
  });

  it('tracks a sent invoice with its amount, number and client', async () => {
    const recording = await recordSend(context, 'gmail', '0', invoiceSend());
    expect(recording).toEqual({ outcome: 'tracked', threadId: 'gmail:0:thread-a:r7001' });
    const thread = await context.threads.findById('gmail:0:thread-a:r7001');
    expect(thread).toMatchObject({
      kind: 'invoice',
      status: 'waiting',
      counterpart: { email: 'ana@acme.example' },
      mailThreadIds: ['thread-a:r7001'],
    });
    expect(thread?.classification.fields).toMatchObject({
      amount: 1850,
      currency: 'EUR',
      invoiceNumber: 'INV-2041',
    });
    expect(await context.threads.historyOf('gmail:0:thread-a:r7001')).toHaveLength(1);
  });

  it('records one thread when two tabs report the same send', async () => {
    const [first, second] = await Promise.all([
      recordSend(context, 'gmail', '0', invoiceSend()),
      recordSend(context, 'gmail', '0', invoiceSend()),
    ]);
    expect([first.outcome, second.outcome].sort()).toEqual(['already_recorded', 'tracked']);
    expect(await db.threads.count()).toBe(1);
    expect(await db.messages.count()).toBe(1);
    expect(await db.events.count()).toBe(1);
  });

  it('ignores ordinary mail', async () => {
    const lunch = invoiceSend({
      subject: 'Lunch on Thursday?',
      bodyText: 'Are you free for lunch on Thursday? The new place on Main Street.',
      attachmentNames: [],
    });
    expect(await recordSend(context, 'gmail', '0', lunch)).toMatchObject({
      outcome: 'not_tracked',
      kind: 'other',
    });
    expect(await db.threads.count()).toBe(0);
  });

  it("keeps the user's own later message in a tracked thread as theirs, never as the client's answer", async () => {
    await recordSend(context, 'gmail', '0', invoiceSend());
    const nudge = invoiceSend({
      messageId: 'msg-a:r7002',
      subject: 'Re: Invoice INV-2041',
      bodyText: 'Hi Ana, a quick nudge.',
    });
    expect(await recordSend(context, 'gmail', '0', nudge)).toEqual({
      outcome: 'followup_in_tracked_thread',
      threadId: 'gmail:0:thread-a:r7001',
    });
    const thread = await context.threads.findById('gmail:0:thread-a:r7001');
    expect(thread?.status).toBe('waiting');
    expect(thread?.sentMessageIds).toEqual(['msg-a:r7001', 'msg-a:r7002']);
  });

  it('never tracks mail to colleagues only, and follows up with the client when a colleague is in copy', async () => {
    await context.settings.write(PREFERENCES_KEY, {
      ...DEFAULT_USER_PREFERENCES,
      neverTrack: ['studio.example'],
    });
    const toColleague = invoiceSend({ to: [{ email: 'lee@studio.example' }] });
    expect(await recordSend(context, 'gmail', '0', toColleague)).toMatchObject({ outcome: 'not_tracked' });
    const withColleague = invoiceSend({
      threadId: 'thread-a:r7100',
      messageId: 'msg-a:r7100',
      to: [{ email: 'lee@studio.example' }, { email: 'ana@acme.example', name: 'Ana Souza' }],
    });
    expect(await recordSend(context, 'gmail', '0', withColleague)).toMatchObject({ outcome: 'tracked' });
    const thread = await context.threads.findById('gmail:0:thread-a:r7100');
    expect(thread?.counterpart.email).toBe('ana@acme.example');
    expect(thread?.recipients.map((recipient) => recipient.email)).toEqual(['ana@acme.example']);
  });

  it('leaves alone the kinds the user chose not to follow up', async () => {
    await context.settings.write(PREFERENCES_KEY, {
      ...DEFAULT_USER_PREFERENCES,
      trackedKinds: ['proposal'],
    });
    expect(await recordSend(context, 'gmail', '0', invoiceSend())).toEqual({
      outcome: 'not_tracked',
      kind: 'invoice',
    });
    expect(await db.threads.count()).toBe(0);
  });

  it('tracks a new Outlook message that names no sender and no conversation under its message id', async () => {
    const recording = await recordSend(context, 'outlook', 'office:0', {
      ...invoiceSend(),
      threadId: null,
      messageId: 'owa-hash:9a1f',
      from: null,
    });
    expect(recording).toEqual({ outcome: 'tracked', threadId: 'outlook:office:0:owa-hash:9a1f' });
    const thread = await context.threads.findById('outlook:office:0:owa-hash:9a1f');
    expect(thread).toMatchObject({
      client: 'outlook',
      mailThreadIds: ['owa-hash:9a1f'],
      from: { email: '' },
    });
  });

  it('does not track a new thread with no recipient address to follow up with', async () => {
    expect(
      await recordSend(context, 'outlook', 'office:0', { ...invoiceSend(), threadId: null, to: [], cc: [] }),
    ).toEqual({
      outcome: 'no_recipient',
    });
  });

  it('keeps the same thread ids of two Gmail accounts apart', async () => {
    await recordSend(context, 'gmail', '0', invoiceSend());
    await recordSend(context, 'gmail', '1', invoiceSend());
    expect(await db.threads.count()).toBe(2);
  });

  it('logs why a malformed sync request was skipped and records nothing', async () => {
    const body = new TextEncoder().encode('{"not": "gmail"').buffer;
    const { recordings } = await handleGmailSync(context, {
      url: 'https://mail.google.com/sync/u/0/i/s?hl=en&c=3',
      method: 'POST',
      tabId: 4,
      requestBody: { raw: [{ bytes: body }] },
    });
    expect(recordings).toEqual([]);
    expect(await db.threads.count()).toBe(0);
    expect((await context.problems.recent()).length).toBeGreaterThan(0);
  });
});

describe('the sweep', () => {
  it('marks an overdue invoice due once, however often it runs, and survives a restart', async () => {
    const indexedDB = new IDBFactory();
    let wallClock = MONDAY_9AM;
    const firstWorker = createBackgroundContext(
      openDatabase('sweep', { indexedDB, IDBKeyRange }),
      () => wallClock,
    );
    await recordSend(firstWorker, 'gmail', '0', invoiceSend());
    expect((await runSweep(firstWorker)).due).toBe(0);

    wallClock = MONDAY_9AM + 30 * DAY_MS;
    const first = await runSweep(firstWorker);
    expect(first.due).toBe(1);
    expect(first.newlyDue).toHaveLength(1);

    // A new worker (the old one was stopped) sweeps the same state again: nothing is announced twice.
    const secondWorker = createBackgroundContext(
      openDatabase('sweep', { indexedDB, IDBKeyRange }),
      () => wallClock,
    );
    const again = await runSweep(secondWorker);
    expect(again.due).toBe(1);
    expect(again.newlyDue).toEqual([]);
  });

  it('lets the demo clock skip ahead through a stored offset', async () => {
    const db = openDatabase('offset', { indexedDB: new IDBFactory(), IDBKeyRange });
    const context = createBackgroundContext(db, () => MONDAY_9AM);
    await context.settings.write(CLOCK_OFFSET_KEY, 3 * DAY_MS);
    expect(await context.now()).toBe(MONDAY_9AM + 3 * DAY_MS);
  });
});

describe("learning a client's usual reply time", () => {
  it('after three answered threads, a new one to the same client carries their timing and says so', async () => {
    const db = openDatabase('timing', { indexedDB: new IDBFactory(), IDBKeyRange });
    const context = createBackgroundContext(db, () => MONDAY_9AM + 200 * DAY_MS);
    for (const [index, delayDays] of [4, 5, 6].entries()) {
      const sentAt = MONDAY_9AM + index * 20 * DAY_MS;
      await db.threads.put({
        ...sampleThread({ id: `gmail:0:past-${index}`, mailThreadIds: [`past-${index}`] }),
        sentAt,
        status: 'replied',
        statusChangedAt: sentAt + delayDays * DAY_MS,
        nextDueAt: null,
      });
    }
    await recordSend(context, 'gmail', '0', invoiceSend({ sentAt: MONDAY_9AM + 200 * DAY_MS }));
    const thread = await context.threads.findById('gmail:0:thread-a:r7001');
    expect(thread?.usualReplyDelay?.medianMs).toBe(5 * DAY_MS);
    const summary = summarizeThread(thread!, DEFAULT_CADENCE_SETTINGS, MONDAY_9AM + 200 * DAY_MS);
    expect(inEnglish(summary.usualReply)).toBe('Ana Souza usually replies in about 5 days');
  });
});
