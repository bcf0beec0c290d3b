import { describe, expect, it } from 'vitest';
import { explainInEnglish } from '../../../../src/core/explanations/explain-in-english';
import {
  calendarDate,
  EXPLANATION_CODES,
  type Explanation,
  type ExplanationValue,
  explain,
  valueNamesOf,
} from '../../../../src/core/explanations/explanation';

/** A value of every kind a code's value may be: a number, words, a date, money, or another explanation. */
function sampleValue(name: string): ExplanationValue {
  if (['day'].includes(name)) return calendarDate('2026-11-23');
  if (name === 'amount') return { amount: 1850, currency: 'EUR' };
  if (['step', 'why', 'first', 'next', 'note', 'kind', 'delay', 'signal', 'who'].includes(name))
    return explain('stepReminder2');
  if (['days', 'terms', 'months', 'month', 'hours', 'weeks', 'position'].includes(name)) return 7;
  return `<${name}>`;
}

function sampleOf(code: (typeof EXPLANATION_CODES)[number]): Explanation {
  return explain(code, Object.fromEntries(valueNamesOf(code).map((name) => [name, sampleValue(name)])));
}

describe('explanations in English', () => {
  it.each(EXPLANATION_CODES)('words %s with every value filled in and nothing left over', (code) => {
    const words = explainInEnglish(sampleOf(code));
    expect(words.trim()).not.toBe('');
    expect(words).not.toMatch(/undefined|null|NaN|\[object|\{|\}/);
  });

  it('says a step, why it is due and the day in one sentence', () => {
    const reason = explain('reasonWaitingForStep', {
      step: explain('stepBreakup'),
      day: calendarDate('2026-11-23'),
      why: explain('whyAfterSending', { days: 14 }),
    });
    expect(explainInEnglish(reason)).toBe(
      'Waiting for an answer; breakup message on Mon 23 Nov 2026 (14 business days after sending).',
    );
  });

  it('uses the singular for one', () => {
    expect(explainInEnglish(explain('whyOverdue', { days: 1 }))).toBe('1 day overdue');
    expect(explainInEnglish(explain('whyOverdue', { days: 7 }))).toBe('7 days overdue');
    expect(explainInEnglish(explain('delayDays', { days: 1 }))).toBe('in about a day');
  });

  it('writes amounts as the classifier always did', () => {
    expect(explainInEnglish(explain('signalAmount', { amount: { amount: 1850.5, currency: 'EUR' } }))).toBe(
      'amount 1850.50 EUR',
    );
  });

  it('shows words stored by an older version as they are', () => {
    expect(explainInEnglish('Stopped: Ana replied.')).toBe('Stopped: Ana replied.');
  });

  it('names a code it does not know (from a newer version) instead of failing', () => {
    expect(explainInEnglish({ code: 'fromTheFuture' } as unknown as Explanation)).toBe('fromTheFuture');
  });

  it('leaves out a missing value rather than writing "undefined"', () => {
    expect(explainInEnglish(explain('whyOverdue'))).toBe(' days overdue');
  });
});
