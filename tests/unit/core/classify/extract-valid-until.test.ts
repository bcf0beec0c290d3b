import { describe, expect, it } from 'vitest';
import { extractValidUntil } from '../../../../src/core/classify/extract-valid-until';

const SENT_AT = Date.UTC(2026, 2, 2, 10);
const reading = { referenceAt: SENT_AT, isDayFirst: true };

describe('extractValidUntil', () => {
  it.each([
    ['This quote is valid for 30 days.', '2026-04-01'],
    ['The offer is valid until 31 March 2026.', '2026-03-31'],
    ['Pricing good through April 15, 2026.', '2026-04-15'],
    ['Das Angebot ist gültig bis 31.03.2026.', '2026-03-31'],
    ['Gültigkeit: 4 Wochen', '2026-03-30'],
    ["Ce devis est valable jusqu'au 30 avril 2026.", '2026-04-30'],
    ['**Validité :** 30 jours', '2026-04-01'],
    ['Propuesta válida por 15 días.', '2026-03-17'],
    ['Vigencia hasta el 31 de marzo de 2026', '2026-03-31'],
    ['Deze offerte is geldig tot 1 april 2026.', '2026-04-01'],
    ['Proposta válida por 2 meses.', '2026-05-02'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(extractValidUntil(text, reading)?.validUntil).toBe(expected);
  });

  it('finds nothing when no validity is stated', () => {
    expect(extractValidUntil('Here is the proposal, looking forward to your thoughts.', reading)).toBeNull();
  });
});
