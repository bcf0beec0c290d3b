import { describe, expect, it } from 'vitest';
import { ageInvoices } from '../../../../src/core/threads/age-invoices';
import type { TrackedThread } from '../../../../src/core/threads/tracked-thread';
import { sampleThread } from '../../../support/sample-thread';

const NOW = Date.UTC(2026, 10, 23, 12, 0);

function invoice(
  amount: number | null,
  currency: string | null,
  dueDate: string | null,
  overrides: Partial<TrackedThread> = {},
) {
  const base = sampleThread(overrides);
  return {
    ...base,
    classification: {
      ...base.classification,
      fields: { ...base.classification.fields, amount, currency, dueDate },
    },
  };
}

describe('the aging of outstanding invoices', () => {
  it('puts each open invoice in the bucket of its days overdue, per currency', () => {
    const aging = ageInvoices(
      [
        invoice(100, 'EUR', '2026-12-01'),
        invoice(200, 'EUR', '2026-11-10'),
        invoice(300, 'EUR', '2026-10-01'),
        invoice(400, 'EUR', '2026-09-01'),
        invoice(500, 'EUR', '2026-06-01'),
        invoice(950, 'GBP', '2026-11-20'),
      ],
      30,
      NOW,
    );
    expect(aging).toEqual([
      {
        currency: 'EUR',
        amounts: { current: 100, '1-30': 200, '31-60': 300, '61-90': 400, '90+': 500 },
        total: 1500,
        withoutAmount: 0,
      },
      {
        currency: 'GBP',
        amounts: { current: 0, '1-30': 950, '31-60': 0, '61-90': 0, '90+': 0 },
        total: 950,
        withoutAmount: 0,
      },
    ]);
  });

  it('leaves out paid, closed and non-invoice threads, and counts invoices without an amount', () => {
    const aging = ageInvoices(
      [
        invoice(100, 'EUR', '2026-11-01', { status: 'paid' }),
        invoice(100, 'EUR', '2026-11-01', { status: 'closed' }),
        invoice(100, 'EUR', '2026-11-01', { kind: 'proposal' }),
        invoice(null, 'EUR', '2026-11-01'),
      ],
      30,
      NOW,
    );
    expect(aging).toEqual([
      {
        currency: 'EUR',
        amounts: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 },
        total: 0,
        withoutAmount: 1,
      },
    ]);
  });

  it("uses the user's default terms when the email stated no due date", () => {
    const sentAt = NOW - 45 * 86_400_000;
    const [aging] = ageInvoices([invoice(80, 'USD', null, { sentAt })], 30, NOW);
    expect(aging?.amounts['1-30']).toBe(80);
  });
});
