import type { LadderStep } from '../core/cadence/plan-ladder';
import { sweepThread } from '../core/threads/sweep-threads';
import type { BackgroundContext } from './background-context';

export interface SweepOutcome {
  swept: number;
  due: number;
  /** Steps that became due in this sweep and were not announced before (each step once, ever). */
  newlyDue: Array<{ threadId: string; step: LadderStep }>;
}

/**
 * The one idempotent sweep: recomputes what is due, persists what was announced, and returns the
 * badge count. Every piece of state lives in the database, so a worker stopped at any point simply
 * sweeps again on its next wake-up; the transaction in saveSweep makes a step's "notified" mark and
 * its event land together.
 */
export async function runSweep(context: BackgroundContext): Promise<SweepOutcome> {
  const now = await context.now();
  const settings = await context.cadenceSettings();
  const candidates = await context.threads.needingSweep(now);
  const results = candidates.map((thread) => sweepThread(thread, settings, now));
  // sweepThread hands back the very same object when nothing changed: those need no write.
  await context.threads.saveSweep(
    results,
    new Set(candidates.filter((thread, index) => results[index]!.thread === thread)),
  );
  const newlyDue = results.flatMap((result) =>
    result.notify ? [{ threadId: result.thread.id, step: result.notify }] : [],
  );
  return { swept: candidates.length, due: await context.threads.countDue(), newlyDue };
}
