import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { explain } from '../../../src/core/explanations/explanation';
import { deleteEverything, exportBackup, importBackup } from '../../../src/storage/backup';
import { type FollowThroughDatabase, openDatabase } from '../../../src/storage/database';
import { inEnglish } from '../../support/in-english';
import { sampleThread } from '../../support/sample-thread';

async function fill(db: FollowThroughDatabase) {
  await db.threads.bulkPut([sampleThread(), sampleThread({ id: 'gmail:0:thread-a:r200', status: 'paid' })]);
  await db.messages.put({
    id: 'gmail:0:msg-a:r100',
    threadId: 'gmail:0:thread-a:r100',
    direction: 'sent',
    mailMessageId: 'msg-a:r100',
    from: { email: 'sam@studio.example' },
    to: [{ email: 'ana@acme.example' }],
    subject: 'Invoice INV-2041',
    at: 1,
  });
  await db.events.add({
    threadId: 'gmail:0:thread-a:r100',
    type: 'tracked',
    at: 1,
    evidence: { source: 'gmail-sync' },
    dedupeKey: 'k1',
  });
  await db.settings.bulkPut([
    { key: 'classifierCorrections', value: [] },
    { key: 'health:gmail', value: { state: 'ok' } },
  ]);
}

describe('backups', () => {
  let db: FollowThroughDatabase;
  beforeEach(async () => {
    db = openDatabase('backup', { indexedDB: new IDBFactory(), IDBKeyRange });
    await fill(db);
  });

  it('survive export, delete everything, import with nothing lost', async () => {
    const before = { threads: await db.threads.toArray(), messages: await db.messages.toArray() };
    const file = JSON.stringify(await exportBackup(db, 5));
    expect(await deleteEverything(db)).toBe(2);
    expect(await db.threads.count()).toBe(0);

    const summary = await importBackup(db, file, false);
    expect(summary).toMatchObject({
      threadsAdded: 2,
      messagesAdded: 1,
      eventsAdded: 1,
      settingsAdded: 1,
      problems: [],
    });
    expect(await db.threads.toArray()).toEqual(before.threads);
    expect(await db.messages.toArray()).toEqual(before.messages);
    expect(await db.settings.get('health:gmail')).toBeUndefined();
  });

  it('carry explanations and the English words older versions stored alike', async () => {
    const explained = sampleThread({
      id: 'gmail:0:thread-b:r300',
      status: 'replied',
      statusNote: explain('reasonStoppedBecause', { note: explain('inboundReplied', { who: 'Ana' }) }),
    });
    explained.classification = {
      ...explained.classification,
      signals: [explain('cueAttachmentNamed', { match: 'Invoice_2041.pdf' }), 'amount and due date in body'],
    };
    await db.threads.put(explained);
    const file = JSON.stringify(await exportBackup(db, 5));
    await deleteEverything(db);

    expect(await importBackup(db, file, false)).toMatchObject({ threadsAdded: 3, problems: [] });
    expect(await db.threads.get(explained.id)).toEqual(explained);
  });

  it('merge without duplicates, keeping the newer copy of a thread', async () => {
    const backup = await exportBackup(db, 5);
    backup.threads[0] = {
      ...backup.threads[0]!,
      subject: 'newer',
      updatedAt: backup.threads[0]!.updatedAt + 1,
    };
    const summary = await importBackup(db, JSON.stringify(backup), false);
    expect(summary).toMatchObject({
      threadsAdded: 0,
      threadsUpdated: 1,
      threadsUnchanged: 1,
      messagesAdded: 0,
      eventsAdded: 0,
    });
    expect(await db.threads.count()).toBe(2);
    expect(await db.events.count()).toBe(1);
    expect((await db.threads.get(backup.threads[0]!.id))?.subject).toBe('newer');
  });

  it('tell what an import would do on a dry run, and write nothing', async () => {
    const file = JSON.stringify(await exportBackup(db, 5));
    await deleteEverything(db);
    expect(await importBackup(db, file, true)).toMatchObject({ threadsAdded: 2 });
    expect(await db.threads.count()).toBe(0);
  });

  it('refuse a file that is not a backup, and leave out a thread that is incomplete', async () => {
    await expect(importBackup(db, 'not json', false)).rejects.toMatchObject({
      message: 'This file is not a Follow-Through backup: it is not JSON.',
      explanation: { code: 'backupNotJson' },
    });
    await expect(importBackup(db, '{"threads": []}', false)).rejects.toMatchObject({
      message: 'This file is not a Follow-Through backup, or it is damaged.',
      explanation: { code: 'backupDamaged' },
    });
    const backup = await exportBackup(db, 5);
    const damaged = { ...backup, threads: [...backup.threads, { id: 'x', kind: 'invoice' }] };
    const summary = await importBackup(db, JSON.stringify(damaged), true);
    expect(summary.problems.map(inEnglish)).toEqual(['thread 3 is incomplete and was left out']);
  });
});
