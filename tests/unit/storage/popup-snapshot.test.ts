import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackedThread } from '../../../src/core/threads/tracked-thread';
import { importBackup } from '../../../src/storage/backup';
import { type FollowThroughDatabase, openDatabase } from '../../../src/storage/database';
import { CURRENT_SCHEMA_VERSION } from '../../../src/storage/schema';
import { ThreadsRepository } from '../../../src/storage/threads-repository';
import { sampleThread } from '../../support/sample-thread';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const MAX_AGE = 5 * 60_000;
const isView = (value: unknown): value is { computedAt: number; view: string[] } =>
  typeof value === 'object' && value !== null && 'view' in value;

describe("the popup's stored view of every thread", () => {
  let db: FollowThroughDatabase;
  let threads: ThreadsRepository;
  const compute = vi.fn((all: TrackedThread[]) => all.map((thread) => `${thread.id}:${thread.status}`));
  const view = (at = NOW) => threads.popupSnapshot(at, MAX_AGE, isView, compute);

  beforeEach(async () => {
    compute.mockClear();
    db = openDatabase('snapshot', { indexedDB: new IDBFactory(), IDBKeyRange });
    threads = new ThreadsRepository(db);
    await threads.saveTransition(sampleThread(), null);
  });

  it('is computed once and then read back while nothing changes', async () => {
    expect(await view()).toEqual(['gmail:0:thread-a:r100:waiting']);
    expect(await view(NOW + 60_000)).toEqual(['gmail:0:thread-a:r100:waiting']);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('is computed again once a thread changes, whichever way it changes', async () => {
    await view();
    await threads.saveTransition(sampleThread({ status: 'due' }), null);
    expect(await view()).toEqual(['gmail:0:thread-a:r100:due']);
    await threads.saveSweep([{ thread: sampleThread({ status: 'paid' }), events: [] }]);
    expect(await view()).toEqual(['gmail:0:thread-a:r100:paid']);
    await threads.forgetThread('gmail:0:thread-a:r100');
    expect(await view()).toEqual([]);
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('is computed again when it is older than its age limit, or from a clock set back', async () => {
    await view();
    await view(NOW + MAX_AGE);
    await view(NOW - 1);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('is computed again after a backup brought threads in, and never travels in a backup', async () => {
    await view();
    await importBackup(
      db,
      JSON.stringify({
        format: 'follow-through-backup',
        schemaVersion: CURRENT_SCHEMA_VERSION,
        exportedAt: NOW,
        threads: [sampleThread({ id: 'gmail:0:thread-a:r200', mailThreadIds: ['thread-a:r200'] })],
        messages: [],
        events: [],
        settings: [{ key: 'popupSnapshot', value: { computedAt: NOW, view: ['forged'] } }],
      }),
      false,
    );
    expect(await view()).toHaveLength(2);
    expect(await view()).not.toContain('forged');
  });
});
