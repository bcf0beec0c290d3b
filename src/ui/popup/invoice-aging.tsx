import { AGING_BUCKETS, type CurrencyAging } from '../../core/threads/age-invoices';
import { type MessageKey, t } from '../../platform/ui-strings';
import { formatAmount } from './thread-card';

const BUCKET_KEYS = {
  current: 'agingCurrent',
  '1-30': 'aging1to30',
  '31-60': 'aging31to60',
  '61-90': 'aging61to90',
  '90+': 'agingOver90',
} as const satisfies Record<(typeof AGING_BUCKETS)[number], MessageKey>;

/** Outstanding invoices by how long they are overdue, one small bar chart per currency. */
export function InvoiceAging({ aging }: { aging: CurrencyAging[] }) {
  if (aging.length === 0) return null;
  return (
    <section aria-label={t('agingTitle')} class="aging">
      <h2>{t('agingTitle')}</h2>
      {aging.map((currency) => {
        const largest = Math.max(...AGING_BUCKETS.map((bucket) => currency.amounts[bucket]), 1);
        return (
          <div key={currency.currency} class="aging-currency">
            <p>
              {t('agingOutstanding', formatAmount(currency.total, currency.currency || null) ?? '')}
              {currency.withoutAmount > 0 && ` ${t('agingWithoutAmount', currency.withoutAmount)}`}
            </p>
            <dl class="aging-bars">
              {AGING_BUCKETS.map((bucket) => (
                <div key={bucket} class={`aging-row aging-${bucket}`}>
                  <dt>{t(BUCKET_KEYS[bucket])}</dt>
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
