import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { type BackgroundContext, createBackgroundContext } from '../../../src/background/background-context';
import { refreshClientTiming } from '../../../src/background/learn-client-timing';
import { openDatabase } from '../../../src/storage/database';
import { sampleThread } from '../../support/sample-thread';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const DAY_MS = 86_400_000;

describe("learning how long a client's organization takes to answer", () => {
  let context: BackgroundContext;
  beforeEach(() => {
    context = createBackgroundContext(
      openDatabase('timing', { indexedDB: new IDBFactory(), IDBKeyRange }),
      () => NOW,
    );
  });

  async function answered(id: string, email: string, days: number) {
    const sentAt = NOW - 60 * DAY_MS;
    await context.threads.saveTransition(
      sampleThread({
        id,
        mailThreadIds: [id],
        counterpart: { email },
        status: 'replied',
        sentAt,
        statusChangedAt: sentAt + days * DAY_MS,
        nextDueAt: null,
      }),
      null,
    );
  }

  it("pools colleagues' answers at a company domain onto every open thread there", async () => {
    await answered('a1', 'ana@acme.example', 4);
    await answered('a2', 'bo@acme.example', 5);
    await answered('a3', 'cy@acme.example', 6);
    await context.threads.saveTransition(
      sampleThread({ id: 'open', mailThreadIds: ['open'], counterpart: { email: 'dee@acme.example' } }),
      null,
    );
    expect(await refreshClientTiming(context, 'ana@acme.example')).toBe(1);
    const open = await context.threads.findById('open');
    expect(open?.usualReplyDelay?.medianMs).toBe(5 * DAY_MS);
  });

  it('keeps people at a public mail service apart', async () => {
    await answered('g1', 'ana@gmail.com', 4);
    await answered('g2', 'bo@gmail.com', 5);
    await answered('g3', 'cy@gmail.com', 6);
    await context.threads.saveTransition(
      sampleThread({ id: 'open', mailThreadIds: ['open'], counterpart: { email: 'ana@gmail.com' } }),
      null,
    );
    await refreshClientTiming(context, 'ana@gmail.com');
    expect((await context.threads.findById('open'))?.usualReplyDelay ?? null).toBeNull();
  });
});
