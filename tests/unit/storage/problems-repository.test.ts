import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/storage/database';
import { MAX_KEPT_PROBLEMS, ProblemsRepository } from '../../../src/storage/problems-repository';

describe("the maintainer's problem log", () => {
  it('keeps only the newest problems so a failing payload cannot grow it without end', async () => {
    const db = openDatabase('problems', { indexedDB: new IDBFactory(), IDBKeyRange });
    const problems = new ProblemsRepository(db);
    for (let index = 0; index < MAX_KEPT_PROBLEMS + 5; index++)
      await problems.record('gmail-sync', `p${index}`, index);
    expect(await db.problems.count()).toBe(MAX_KEPT_PROBLEMS);
    expect((await problems.recent(1))[0]?.message).toBe(`p${MAX_KEPT_PROBLEMS + 4}`);
  });
});
