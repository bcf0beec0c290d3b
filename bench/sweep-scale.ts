/**
 * sweepMs100k and dueQueryMs100k (issue #4): a full sweep over 100,000 tracked threads, and the
 * popup's "due now" query at that size, through the real repositories on Dexie over fake-indexeddb
 * (in-memory: it measures our code and Dexie's, not a disk). Medians of repeated runs.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createBackgroundContext } from '../src/background/background-context';
import { runSweep } from '../src/background/run-sweep';
import { DEFAULT_CADENCE_SETTINGS } from '../src/core/cadence/cadence-settings';
import type { TrackedKind } from '../src/core/classify/kinds';
import { sweepThread } from '../src/core/threads/sweep-threads';
import type { TrackedThread } from '../src/core/threads/tracked-thread';
import { openDatabase } from '../src/storage/database';

const KINDS: TrackedKind[] = ['invoice', 'proposal', 'feedback_request', 'details_request', 'followup'];
const DAY_MS = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 10, 0);

export function syntheticThread(index: number): TrackedThread {
  const kind = KINDS[index % KINDS.length]!;
  const sentAt = NOW - ((index % 120) + 1) * DAY_MS;
  const dueDate = new Date(sentAt + 14 * DAY_MS).toISOString().slice(0, 10);
  return {
    id: `gmail:0:thread-a:r${index}`,
    client: 'gmail',
    account: '0',
    mailThreadIds: [`thread-a:r${index}`],
    sentMessageIds: [`msg-a:r${index}`],
    kind,
    classification: {
      kind,
      confidence: 0.9,
      signals: [],
      fields: {
        amount: 100 + index,
        currency: 'EUR',
        invoiceNumber: `INV-${index}`,
        dueDate,
        validUntil: null,
      },
    },
    subject: `Subject ${index}`,
    from: { email: 'sam@studio.example' },
    counterpart: { email: `client${index % 5000}@client${index % 700}.example` },
    recipients: [],
    bodyExcerpt: '',
    sentAt,
    status: 'waiting',
    statusUntil: null,
    nextDueAt: sentAt,
    notifiedStepIndex: -1,
    createdAt: sentAt,
    updatedAt: sentAt,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

/**
 * sweepMs100k: the sweep the alarm runs every few minutes, with 100,000 threads tracked and settled
 * by earlier sweeps, a day after the last one (so the threads whose next step fell in that day need
 * a look: about one in a hundred). sweepMs100kAllStale: the worst case, every thread needing a look at
 * once (a database restored from a backup); reported, not budgeted.
 */
export async function measureSweepScale(runs = 3): Promise<{
  sweepMs100k: number;
  dueQueryMs100k: number;
  sweepMs100kAllStale: number;
  sweptInSteadyState: number;
}> {
  const settled = Array.from({ length: 100_000 }, (_, index) => syntheticThread(index)).map(
    (thread) => sweepThread(thread, DEFAULT_CADENCE_SETTINGS, NOW).thread,
  );
  const sweeps: number[] = [];
  const queries: number[] = [];
  let swept = 0;
  for (let run = 0; run < runs; run++) {
    const db = openDatabase(`bench-${run}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.threads.bulkPut(settled);
    const context = createBackgroundContext(db, () => NOW + DAY_MS);
    sweeps.push(await timed(async () => (swept = (await runSweep(context)).swept)));
    queries.push(await timed(() => context.threads.dueNow(50)));
    db.close();
  }
  const stale = openDatabase('bench-stale', { indexedDB: new IDBFactory(), IDBKeyRange });
  await stale.threads.bulkPut(Array.from({ length: 100_000 }, (_, index) => syntheticThread(index)));
  const allStale = await timed(() => runSweep(createBackgroundContext(stale, () => NOW)));
  stale.close();
  return {
    sweepMs100k: Math.round(median(sweeps)),
    dueQueryMs100k: Number(median(queries).toFixed(1)),
    sweepMs100kAllStale: Math.round(allStale),
    sweptInSteadyState: swept,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureSweepScale()));
}
