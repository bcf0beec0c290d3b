import * as v from 'valibot';
import type { CadenceSettings } from '../core/cadence/cadence-settings';
import { DEFAULT_CADENCE_SETTINGS, validateCadenceSettings } from '../core/cadence/cadence-settings';
import { DEFAULT_USER_PREFERENCES, type UserPreferences } from '../core/preferences/user-preferences';
import type { ImportSummary } from '../core/threads/import-summary';
import { PREFERENCES_SCHEMA, PROFILE_SCHEMA, type UserProfile } from '../messaging/protocol';
import { type Backup, deleteEverything, exportBackup, importBackup } from '../storage/backup';
import type { FollowThroughDatabase } from '../storage/database';
import { ProblemsRepository } from '../storage/problems-repository';
import { SettingsRepository } from '../storage/settings-repository';
import { ThreadsRepository } from '../storage/threads-repository';

/** What every background step needs: the stores, the clock, and a place to log why something was skipped. */
export interface BackgroundContext {
  threads: ThreadsRepository;
  settings: SettingsRepository;
  problems: ProblemsRepository;
  /** Epoch ms, including the demo's "skip ahead" offset. */
  now(): Promise<number>;
  cadenceSettings(): Promise<CadenceSettings>;
  profile(): Promise<UserProfile>;
  preferences(): Promise<UserPreferences>;
  backup: {
    export(at: number): Promise<Backup>;
    import(json: string, dryRun: boolean): Promise<ImportSummary>;
    deleteEverything(): Promise<number>;
  };
  logProblem(source: string, message: string): Promise<void>;
}

export const CLOCK_OFFSET_KEY = 'clockOffsetMs';
export const CADENCE_SETTINGS_KEY = 'cadence';
export const PROFILE_KEY = 'profile';
export const PREFERENCES_KEY = 'preferences';
export const EMPTY_PROFILE: UserProfile = { name: '', callAvailability: '', paymentLink: '' };

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The playbook's defaults, counted in the browser's own time zone until the user picks one. */
export function defaultCadenceSettings(): CadenceSettings {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return timeZone ? { ...DEFAULT_CADENCE_SETTINGS, timeZone } : DEFAULT_CADENCE_SETTINGS;
}

export function createBackgroundContext(
  db: FollowThroughDatabase,
  wallClock: () => number = Date.now,
): BackgroundContext {
  const threads = new ThreadsRepository(db);
  const settings = new SettingsRepository(db);
  const problems = new ProblemsRepository(db);
  const now = async () => wallClock() + (await settings.read(CLOCK_OFFSET_KEY, 0, isFiniteNumber));
  return {
    threads,
    settings,
    problems,
    now,
    async cadenceSettings() {
      const stored = await settings.read<unknown>(
        CADENCE_SETTINGS_KEY,
        null,
        (value): value is unknown => true,
      );
      if (stored === null) return DEFAULT_CADENCE_SETTINGS;
      const checked = validateCadenceSettings(stored);
      return checked.ok ? checked.settings : DEFAULT_CADENCE_SETTINGS;
    },
    backup: {
      export: (at) => exportBackup(db, at),
      import: (json, dryRun) => importBackup(db, json, dryRun),
      deleteEverything: () => deleteEverything(db),
    },
    profile() {
      return settings.read(PROFILE_KEY, EMPTY_PROFILE, (value): value is UserProfile =>
        v.is(PROFILE_SCHEMA, value),
      );
    },
    preferences() {
      return settings.read(PREFERENCES_KEY, DEFAULT_USER_PREFERENCES, (value): value is UserPreferences =>
        v.is(PREFERENCES_SCHEMA, value),
      );
    },
    async logProblem(source, message) {
      console.warn(`[follow-through] ${source}: ${message}`);
      await problems.record(source, message, wallClock());
    },
  };
}
