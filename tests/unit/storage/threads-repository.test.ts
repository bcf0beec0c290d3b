import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/storage/database';
import { ThreadsRepository } from '../../../src/storage/threads-repository';
import { sampleThread } from '../../support/sample-thread';

describe('re-planning after the ladders changed', () => {
  it('asks the next sweep to look at every open thread, but keeps holds and leaves finished threads alone', async () => {
    const db = openDatabase('replan', { indexedDB: new IDBFactory(), IDBKeyRange });
    const threads = new ThreadsRepository(db);
    await db.threads.bulkPut([
      sampleThread({ id: 'waiting', status: 'waiting', nextDueAt: 9_000 }),
      sampleThread({ id: 'due', status: 'due', nextDueAt: 9_000 }),
      sampleThread({ id: 'snoozed', status: 'snoozed', nextDueAt: 8_000 }),
      sampleThread({ id: 'paid', status: 'paid', nextDueAt: null }),
    ]);
    expect(await threads.replanOpenThreads(5_000)).toBe(3);
    const after = Object.fromEntries(
      (await db.threads.toArray()).map((thread) => [thread.id, thread.nextDueAt]),
    );
    expect(after).toEqual({ waiting: 5_000, due: 5_000, snoozed: 8_000, paid: null });
  });
});
