import { AGING_BUCKETS, type CurrencyAging } from '../../core/threads/age-invoices';
import { formatAmount } from './thread-card';

const BUCKET_LABELS: Record<(typeof AGING_BUCKETS)[number], string> = {
  current: 'Not yet due',
  '1-30': '1–30 days overdue',
  '31-60': '31–60 days',
  '61-90': '61–90 days',
  '90+': 'Over 90 days',
};

/** Outstanding invoices by how long they are overdue, one small bar chart per currency. */
export function InvoiceAging({ aging }: { aging: CurrencyAging[] }) {
  if (aging.length === 0) return null;
  return (
    <section aria-label="Outstanding invoices" class="aging">
      <h2>Outstanding invoices</h2>
      {aging.map((currency) => {
        const largest = Math.max(...AGING_BUCKETS.map((bucket) => currency.amounts[bucket]), 1);
        return (
          <div key={currency.currency} class="aging-currency">
            <p>
              <strong>{formatAmount(currency.total, currency.currency || null)}</strong> outstanding
              {currency.withoutAmount > 0 && ` (and ${currency.withoutAmount} without a stated amount)`}
            </p>
            <dl class="aging-bars">
              {AGING_BUCKETS.map((bucket) => (
                <div key={bucket} class={`aging-row aging-${bucket}`}>
                  <dt>{BUCKET_LABELS[bucket]}</dt>
                  <dd>
                    <span class="bar" style={{ width: `${(currency.amounts[bucket] / largest) * 100}%` }} />
                    <span class="figure">
                      {formatAmount(currency.amounts[bucket], currency.currency || null)}
                    </span>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </section>
  );
}
