import * as v from 'valibot';
import { EMAIL_KINDS } from '../core/classify/kinds';
import { explainInEnglish } from '../core/explanations/explain-in-english';
import { type Explanation, explain } from '../core/explanations/explanation';
import type { ImportSummary } from '../core/threads/import-summary';
import type { TrackedThread } from '../core/threads/tracked-thread';
import { THREAD_STATUSES } from '../core/threads/tracked-thread';
import type { FollowThroughDatabase, StoredEvent, StoredMessage } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { POPUP_SNAPSHOT_KEY } from './threads-repository';

export const BACKUP_FORMAT = 'follow-through-backup';

/** Settings that describe this browser's moment, not the user's data: never exported or imported. */
const TRANSIENT_SETTING =
  /^(health:|undo:|sidebar:|sendAwaitingConfirmation:|outlookSendAwaitingConfirmation:|clockOffsetMs$|heldNotifications$|popupSnapshot$)/;

/**
 * The parts of a thread the rest of the product relies on; anything else the file carries is kept as
 * it is. A thread failing this is reported and left out, never stored half-valid.
 */
const THREAD_SCHEMA = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
  client: v.picklist(['gmail', 'outlook']),
  account: v.string(),
  mailThreadIds: v.array(v.string()),
  sentMessageIds: v.array(v.string()),
  kind: v.picklist(EMAIL_KINDS.filter((kind) => kind !== 'other')),
  classification: v.looseObject({
    kind: v.string(),
    confidence: v.number(),
    // English words from versions before explanations were structured, or explanations.
    signals: v.array(v.union([v.string(), v.looseObject({ code: v.string() })])),
    fields: v.looseObject({}),
  }),
  subject: v.string(),
  from: v.looseObject({ email: v.string() }),
  counterpart: v.looseObject({ email: v.string() }),
  recipients: v.array(v.looseObject({ email: v.string() })),
  bodyExcerpt: v.string(),
  sentAt: v.number(),
  status: v.picklist(THREAD_STATUSES),
  statusUntil: v.nullable(v.number()),
  nextDueAt: v.nullable(v.number()),
  notifiedStepIndex: v.number(),
  createdAt: v.number(),
  updatedAt: v.number(),
});

const BACKUP_SCHEMA = v.object({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.number(),
  exportedAt: v.number(),
  threads: v.array(v.unknown()),
  messages: v.array(v.looseObject({ id: v.string(), threadId: v.string() })),
  events: v.array(
    v.looseObject({ threadId: v.string(), type: v.string(), at: v.number(), dedupeKey: v.string() }),
  ),
  settings: v.array(v.object({ key: v.string(), value: v.unknown() })),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: number;
  threads: TrackedThread[];
  messages: StoredMessage[];
  events: StoredEvent[];
  settings: Array<{ key: string; value: unknown }>;
}

export async function exportBackup(db: FollowThroughDatabase, at: number): Promise<Backup> {
  return db.transaction('r', db.threads, db.messages, db.events, db.settings, async () => ({
    format: BACKUP_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: at,
    threads: await db.threads.toArray(),
    messages: await db.messages.toArray(),
    events: (await db.events.toArray()).map(({ seq: _seq, ...event }) => event),
    settings: (await db.settings.toArray()).filter((row) => !TRANSIENT_SETTING.test(row.key)),
  }));
}

/** A file the import refuses, with words the options page shows in the UI's language. */
export class BackupRefused extends Error {
  constructor(readonly explanation: Explanation) {
    super(explainInEnglish(explanation));
  }
}

/**
 * Merges a backup into the database without duplicates: a thread is replaced only by a newer copy of
 * itself, messages and events are added when missing (events by their fact key), settings only where
 * none is set. `dryRun` reports what would happen and writes nothing.
 */
export async function importBackup(
  db: FollowThroughDatabase,
  text: string,
  dryRun: boolean,
): Promise<ImportSummary> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupRefused(explain('backupNotJson'));
  }
  const parsed = v.safeParse(BACKUP_SCHEMA, raw);
  if (!parsed.success) throw new BackupRefused(explain('backupDamaged'));
  const backup = parsed.output;
  if (backup.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupRefused(explain('backupFromNewerVersion'));
  }
  const summary: ImportSummary = {
    threadsAdded: 0,
    threadsUpdated: 0,
    threadsUnchanged: 0,
    messagesAdded: 0,
    eventsAdded: 0,
    settingsAdded: 0,
    problems: [],
  };
  const threads: TrackedThread[] = [];
  backup.threads.forEach((candidate, index) => {
    if (v.is(THREAD_SCHEMA, candidate)) threads.push(candidate as unknown as TrackedThread);
    else summary.problems.push(explain('backupThreadLeftOut', { position: index + 1 }));
  });
  const importedIds = new Set(threads.map((thread) => thread.id));

  await db.transaction(dryRun ? 'r' : 'rw', db.threads, db.messages, db.events, db.settings, async () => {
    for (const thread of threads) {
      const existing = await db.threads.get(thread.id);
      if (!existing) summary.threadsAdded += 1;
      else if (thread.updatedAt > existing.updatedAt) summary.threadsUpdated += 1;
      else {
        summary.threadsUnchanged += 1;
        continue;
      }
      if (!dryRun) {
        await db.threads.put(thread);
        await db.settings.delete(POPUP_SNAPSHOT_KEY);
      }
    }
    for (const message of backup.messages) {
      const known = importedIds.has(message.threadId) || (await db.threads.get(message.threadId));
      if (!known || (await db.messages.get(message.id))) continue;
      summary.messagesAdded += 1;
      if (!dryRun) await db.messages.put(message as unknown as StoredMessage);
    }
    for (const event of backup.events) {
      const known = importedIds.has(event.threadId) || (await db.threads.get(event.threadId));
      if (!known || (await db.events.where('dedupeKey').equals(event.dedupeKey).first())) continue;
      summary.eventsAdded += 1;
      if (!dryRun) await db.events.add(event as unknown as StoredEvent);
    }
    for (const setting of backup.settings) {
      if (TRANSIENT_SETTING.test(setting.key) || (await db.settings.get(setting.key))) continue;
      summary.settingsAdded += 1;
      if (!dryRun) await db.settings.put(setting);
    }
  });
  return summary;
}

/** Everything the extension stored, gone; the sweep alarm finds nothing afterwards. */
export async function deleteEverything(db: FollowThroughDatabase): Promise<number> {
  return db.transaction('rw', [db.threads, db.messages, db.events, db.settings, db.problems], async () => {
    const count = await db.threads.count();
    await Promise.all([
      db.threads.clear(),
      db.messages.clear(),
      db.events.clear(),
      db.settings.clear(),
      db.problems.clear(),
    ]);
    return count;
  });
}
