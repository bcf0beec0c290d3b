import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/storage/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../../src/storage/schema';
import { sampleThread } from '../../support/sample-thread';

/**
 * The migration harness: for every released version, open the database at that version, fill it,
 * reopen it at the current version, and check that nothing was lost. A new schema version appends to
 * SCHEMA_HISTORY and is covered here without a new test.
 */
describe.each(SCHEMA_HISTORY.map((schema) => schema.version))(
  'a database written at schema v%i',
  (version) => {
    it(`opens at v${CURRENT_SCHEMA_VERSION} with every row intact`, async () => {
      const indexedDB = new IDBFactory();
      const old = openDatabase('migrate', { indexedDB, IDBKeyRange }, version);
      const thread = sampleThread();
      await old.threads.put(thread);
      await old.messages.put({
        id: 'gmail:0:msg-a:r100',
        threadId: thread.id,
        direction: 'sent',
        mailMessageId: 'msg-a:r100',
        from: thread.from,
        to: thread.recipients,
        subject: thread.subject,
        at: thread.sentAt,
      });
      await old.events.add({
        threadId: thread.id,
        type: 'tracked',
        at: thread.sentAt,
        evidence: { source: 'gmail-sync', messageId: 'msg-a:r100' },
        dedupeKey: 'k1',
      });
      await old.settings.put({ key: 'clockOffsetMs', value: 0 });
      old.close();

      const current = openDatabase('migrate', { indexedDB, IDBKeyRange });
      expect(await current.threads.get(thread.id)).toEqual(thread);
      expect(await current.messages.count()).toBe(1);
      expect(await current.events.where('threadId').equals(thread.id).count()).toBe(1);
      expect(await current.settings.get('clockOffsetMs')).toEqual({ key: 'clockOffsetMs', value: 0 });
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      current.close();
    });
  },
);

describe('the schema history', () => {
  it('lists versions in strictly increasing order', () => {
    const versions = SCHEMA_HISTORY.map((schema) => schema.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
