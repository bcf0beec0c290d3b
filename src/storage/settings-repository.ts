import type { FollowThroughDatabase } from './database';

/** Settings the background keeps; each is read with a safe default so a missing row never breaks a step. */
export class SettingsRepository {
  constructor(private readonly db: FollowThroughDatabase) {}

  async read<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): Promise<T> {
    const row = await this.db.settings.get(key);
    return row && isValid(row.value) ? row.value : fallback;
  }

  async write(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }

  /** Every value whose key starts with `prefix` (one row per mail client's health, say). */
  async readAllStartingWith(prefix: string): Promise<unknown[]> {
    return (await this.db.settings.where('key').startsWith(prefix).toArray()).map((row) => row.value);
  }

  async remove(key: string): Promise<void> {
    await this.db.settings.delete(key);
  }
}
