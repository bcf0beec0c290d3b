import { describe, expect, it } from 'vitest';
import { normalizeSubject } from '../../../src/core/mail';

describe('recognizing a subject across a thread', () => {
  it('drops reply and forward prefixes in the supported languages, case and spacing', () => {
    expect(normalizeSubject('RE: AW:  Quote for the  Trade-fair stand ')).toBe(
      'quote for the trade-fair stand',
    );
    expect(normalizeSubject('Antw: WG: Offerte')).toBe('offerte');
    expect(normalizeSubject('Fwd: TR: Doorst: Factuur 12')).toBe('factuur 12');
  });

  it('keeps a colon that is part of the subject itself', () => {
    expect(normalizeSubject('Report: Q3')).toBe('report: q3');
  });

  it('reads a huge subject in bounded time and length', () => {
    expect(normalizeSubject(`Re: ${'x'.repeat(1_000_000)}`).length).toBeLessThanOrEqual(2_000);
  });
});
