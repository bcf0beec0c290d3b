import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { MailAddress } from '../core/mail';
import type { ThreadEvent } from '../core/threads/thread-events';
import type { TrackedThread } from '../core/threads/tracked-thread';
import { SCHEMA_HISTORY } from './schema';

/** A message seen in a tracked thread: the user's sends and, later, the client's replies. */
export interface StoredMessage {
  /** `${client}:${account}:${messageId}` */
  id: string;
  threadId: string;
  direction: 'sent' | 'received';
  mailMessageId: string;
  from: MailAddress;
  to: MailAddress[];
  subject: string;
  at: number;
}

export interface StoredEvent extends ThreadEvent {
  seq?: number;
  dedupeKey: string;
}

export interface StoredSetting {
  key: string;
  value: unknown;
}

/** A reason something was skipped or failed, kept where a maintainer can read it. */
export interface StoredProblem {
  seq?: number;
  at: number;
  source: string;
  message: string;
}

export type FollowThroughDatabase = Dexie & {
  threads: EntityTable<TrackedThread, 'id'>;
  messages: EntityTable<StoredMessage, 'id'>;
  events: EntityTable<StoredEvent, 'seq'>;
  settings: EntityTable<StoredSetting, 'key'>;
  problems: EntityTable<StoredProblem, 'seq'>;
};

export const DATABASE_NAME = 'follow-through';

/**
 * Opens the database with the first `upToVersion` released versions (all by default); the migration
 * tests open older versions this way, fill them, and reopen at the current one.
 */
export function openDatabase(
  name = DATABASE_NAME,
  options: DexieOptions = {},
  upToVersion = Number.POSITIVE_INFINITY,
): FollowThroughDatabase {
  const db = new Dexie(name, options) as FollowThroughDatabase;
  for (const schema of SCHEMA_HISTORY) {
    if (schema.version > upToVersion) break;
    db.version(schema.version).stores(schema.stores);
  }
  return db;
}
