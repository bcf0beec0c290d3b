import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfIsoDate } from '../../../../src/core/cadence/working-calendar';
import { readReturnDate } from '../../../../src/core/replies/read-return-date';

// Received on Friday 6 November 2026.
const RECEIVED = dayOfIsoDate('2026-11-06')!;

describe('readReturnDate', () => {
  it.each([
    ['en', 'Out of the office until 13 November, with no access to mail.', '2026-11-13', false],
    ['en', 'I am travelling and will be back on November 16th.', '2026-11-16', true],
    ['en', 'Away from 2 to 20 November 2026.', '2026-11-20', false],
    ['en', 'I will return on 11/23.', '2026-11-23', true],
    ['en', 'Back on Monday.', '2026-11-09', true],
    ['en', 'I am away until next week.', '2026-11-09', true],
    ['de', 'Ich bin bis zum 20. November nicht im Büro.', '2026-11-20', false],
    ['de', 'Ab dem 23.11. bin ich wieder erreichbar.', '2026-11-23', true],
    ['de', 'Zurück am Dienstag, 17.11.2026.', '2026-11-17', true],
    ['fr', 'Je suis absente jusqu’au 18 novembre inclus.', '2026-11-18', false],
    ['fr', 'De retour le lundi 23 novembre.', '2026-11-23', true],
    ['es', 'Estoy fuera de la oficina hasta el 16 de noviembre.', '2026-11-16', false],
    ['es', 'Vuelvo el 30 de noviembre de 2026.', '2026-11-30', true],
    ['nl', 'Ik ben afwezig tot en met vrijdag 13 november.', '2026-11-13', false],
    ['nl', 'Vanaf 19-11-2026 ben ik weer op kantoor.', '2026-11-19', true],
    ['pt', 'Estou de férias até 20/11.', '2026-11-20', false],
    ['pt', 'Volto na segunda-feira.', '2026-11-09', true],
    ['pt', 'Regresso a 2 de dezembro.', '2026-12-02', true],
  ])('reads the %s text "%s" as %s (return day: %s)', (_lang, text, isoDate, isReturnDay) => {
    expect(readReturnDate(text, RECEIVED)).toMatchObject({ isoDate, isReturnDay });
  });

  it('puts a date without a year in the coming year when it would otherwise be long past', () => {
    const lateDecember = dayOfIsoDate('2026-12-28')!;
    expect(readReturnDate('Back on 4 January.', lateDecember)?.isoDate).toBe('2027-01-04');
  });

  it('ignores dates too far away to be a return, and text with no date', () => {
    expect(readReturnDate('Our office was founded on 3 March 1998.', RECEIVED)).toBeNull();
    expect(readReturnDate('I am out of the office.', RECEIVED)).toBeNull();
    expect(readReturnDate('3 out of 4 people agree.', RECEIVED)).toBeNull();
  });

  it('reads "next week" as a week, not a day', () => {
    expect(readReturnDate('I will look at it next week', RECEIVED)?.precision).toBe('week');
    expect(readReturnDate('Back on 16 November', RECEIVED)?.precision).toBe('day');
  });

  it('never throws and stays fast on hostile text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3_000 }), (text) => {
        const found = readReturnDate(text, RECEIVED);
        if (found) expect(found.isoDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 300 },
    );
    const hostile = [
      '1'.repeat(50_000),
      '12.'.repeat(20_000),
      'back '.repeat(20_000),
      `${'de '.repeat(30_000)}x`,
    ];
    // A backtracking regex would hang here; the test timeout catches that. Speed is the benchmark's job.
    for (const text of hostile) expect(() => readReturnDate(text, RECEIVED)).not.toThrow();
  });
});
