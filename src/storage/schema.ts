/**
 * Every released schema version, oldest first. Released versions are frozen: change the schema by
 * appending a version (with an upgrade that calls pure core functions) and a migration test that opens
 * the old version with data and checks that nothing was lost (tests/unit/storage/migrations.test.ts).
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // *mailThreadIds: Gmail's id families don't convert into each other, so match on any id seen.
      threads: 'id, status, nextDueAt, *mailThreadIds, counterpart.email',
      messages: 'id, threadId, at',
      // &dedupeKey: two tabs (or a restarted worker) reporting the same fact store one event.
      events: '++seq, threadId, at, &dedupeKey',
      settings: 'key',
      problems: '++seq, at',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
