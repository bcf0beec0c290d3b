import { describe, expect, it } from 'vitest';
import {
  formatDraftAmount,
  formatDraftDate,
  prepareDraftWords,
} from '../../../../src/core/drafts/draft-words';

const plainSpaces = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('formatDraftAmount', () => {
  it.each([
    [1234.5, 'EUR', 'en', '€1,234.50'],
    [1234.5, 'EUR', 'de', '1.234,50 €'],
    [1234.5, 'USD', 'en', '$1,234.50'],
    [1234.5, '€', 'en', '€1,234.50'],
    [99, 'GBP', 'en', '£99.00'],
    [1234.5, null, 'en', '1,234.50'],
    [1234.5, 'XQZ', 'en', 'XQZ 1,234.50'],
    [0, 'EUR', 'en', null],
    [Number.NaN, 'EUR', 'en', null],
    [-20, 'EUR', 'en', null],
  ] as const)('writes %s %s for %s readers as %s', (amount, currency, lang, expected) => {
    expect(plainSpaces(formatDraftAmount(amount, currency, lang))).toBe(expected);
  });
});

describe('formatDraftDate', () => {
  it.each([
    ['2026-04-10', 'en', 'April 10, 2026'],
    ['2026-04-10', 'de', '10. April 2026'],
    ['2026-04-10T09:00:00Z', 'fr', '10 avril 2026'],
    ['2026-02-30', 'en', null],
    ['10/04/2026', 'en', null],
    ['', 'en', null],
  ] as const)('reads %s for %s readers as %s', (iso, lang, expected) => {
    expect(formatDraftDate(iso, lang)).toBe(expected);
  });
});

describe('prepareDraftWords', () => {
  it('trims and caps free text so a pasted paragraph cannot swamp the email', () => {
    const words = prepareDraftWords(
      { projectTitle: `  ${'word '.repeat(40)}  `, clientFirstName: ' Ana\n' },
      'en',
    );
    expect(words.name).toBe('Ana');
    expect(words.project!.length).toBeLessThanOrEqual(61);
    expect(words.project!.endsWith('…')).toBe(true);
  });

  it('keeps only web links and plausible phone numbers', () => {
    const words = prepareDraftWords({ paymentLink: 'ftp://x', contactPhone: 'ring me' }, 'en');
    expect(words.paymentLink).toBeNull();
    expect(words.phone).toBeNull();
    expect(prepareDraftWords({ contactPhone: '+44 20 7946 0000' }, 'en').phone).toBe('+44 20 7946 0000');
  });
});
