import type { TrackedThread } from './tracked-thread';

/** The buckets accountants use for an aging report (issue #7). */
export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export interface CurrencyAging {
  currency: string;
  /** Outstanding amount per bucket, in major units. */
  amounts: Record<AgingBucket, number>;
  total: number;
  /** Open invoices whose amount the email did not state: counted, not summed. */
  withoutAmount: number;
}

const DAY_MS = 86_400_000;
const OPEN = new Set(['waiting', 'due', 'snoozed', 'paused']);

function bucketOf(daysOverdue: number): AgingBucket {
  if (daysOverdue <= 0) return 'current';
  if (daysOverdue <= 30) return '1-30';
  if (daysOverdue <= 60) return '31-60';
  if (daysOverdue <= 90) return '61-90';
  return '90+';
}

/**
 * Outstanding invoices by currency and by how long they are overdue. The due date is the one read
 * from the email, else the send date plus the user's default terms. Amounts in different currencies
 * are never added together.
 */
export function ageInvoices(
  threads: readonly TrackedThread[],
  defaultTermsDays: number,
  now: number,
): CurrencyAging[] {
  const byCurrency = new Map<string, CurrencyAging>();
  for (const thread of threads) {
    if (thread.kind !== 'invoice' || !OPEN.has(thread.status)) continue;
    const { amount, currency, dueDate } = thread.classification.fields;
    const dueAt = dueDate ? Date.parse(`${dueDate}T00:00:00Z`) : thread.sentAt + defaultTermsDays * DAY_MS;
    const daysOverdue = Number.isFinite(dueAt) ? Math.floor((now - dueAt) / DAY_MS) : 0;
    const key = currency ?? '';
    const aging =
      byCurrency.get(key) ??
      ({
        currency: key,
        amounts: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 },
        total: 0,
        withoutAmount: 0,
      } satisfies CurrencyAging);
    if (amount === null || !Number.isFinite(amount)) aging.withoutAmount += 1;
    else {
      aging.amounts[bucketOf(daysOverdue)] += amount;
      aging.total += amount;
    }
    byCurrency.set(key, aging);
  }
  return [...byCurrency.values()].sort((a, b) => b.total - a.total);
}
