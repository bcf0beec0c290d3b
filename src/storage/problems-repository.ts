import type { FollowThroughDatabase, StoredProblem } from './database';

/** Bounded so a payload that fails on every request can't grow the database without end. */
export const MAX_KEPT_PROBLEMS = 500;

/** The maintainer's log: why a payload was skipped or a step failed, readable from the options page. */
export class ProblemsRepository {
  constructor(private readonly db: FollowThroughDatabase) {}

  async record(source: string, message: string, at: number): Promise<void> {
    await this.db.transaction('rw', this.db.problems, async () => {
      await this.db.problems.add({ at, source, message: message.slice(0, 2000) });
      const count = await this.db.problems.count();
      if (count > MAX_KEPT_PROBLEMS) {
        const oldest = await this.db.problems
          .orderBy('seq')
          .limit(count - MAX_KEPT_PROBLEMS)
          .primaryKeys();
        await this.db.problems.bulkDelete(oldest);
      }
    });
  }

  recent(limit = 100): Promise<StoredProblem[]> {
    return this.db.problems.orderBy('seq').reverse().limit(limit).toArray();
  }
}
