import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjustFirstWindowBusinessDays,
  computeUsualReplyDelay,
  describeUsualReplyDelay,
} from '../../../../src/core/cadence/usual-reply-delay';
import { inEnglish } from '../../../support/in-english';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

describe('usual reply delay', () => {
  it('says nothing until there are three replies', () => {
    expect(computeUsualReplyDelay([DAY_MS, 2 * DAY_MS])).toBeNull();
    expect(computeUsualReplyDelay([DAY_MS, 2 * DAY_MS, -5, Number.NaN])).toBeNull();
  });

  it('computes the median and the 80th percentile of the replies', () => {
    expect(computeUsualReplyDelay([5, 1, 3].map((days) => days * DAY_MS))).toEqual({
      medianMs: 3 * DAY_MS,
      highMs: 5 * DAY_MS,
      samples: 3,
    });
    expect(computeUsualReplyDelay([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((days) => days * DAY_MS))).toEqual({
      medianMs: 5.5 * DAY_MS,
      highMs: 8 * DAY_MS,
      samples: 10,
    });
  });

  it('leaves out delays too long to be a reply time', () => {
    const delay = computeUsualReplyDelay([DAY_MS, 2 * DAY_MS, 3 * DAY_MS, 400 * DAY_MS]);
    expect(delay?.samples).toBe(3);
  });

  it.each([
    ['Acme', 5 * DAY_MS, 'Acme usually replies in about 5 days'],
    ['Acme', 1.2 * DAY_MS, 'Acme usually replies in about a day'],
    ['Ana Souza', 3 * HOUR_MS, 'Ana Souza usually replies within about 3 hours'],
    ['', 20 * DAY_MS, 'This client usually replies in about 3 weeks'],
  ])('describes %s replying after %i ms', (name, medianMs, sentence) => {
    expect(inEnglish(describeUsualReplyDelay(name, { medianMs, highMs: medianMs * 2, samples: 4 }))).toBe(
      sentence,
    );
  });

  it('describes nothing while the samples are too few', () => {
    expect(describeUsualReplyDelay('Acme', { medianMs: DAY_MS, highMs: DAY_MS, samples: 2 })).toBeNull();
  });

  it.each([
    [3, 0.2 * DAY_MS, 2],
    [3, 3 * DAY_MS, 4],
    [3, 30 * DAY_MS, 6],
    [7, 1 * DAY_MS, 6],
  ])(
    'moves a %i-business-day window within bounds for a client whose high delay is %i ms',
    (base, highMs, expected) => {
      expect(adjustFirstWindowBusinessDays(base, { medianMs: highMs / 2, highMs, samples: 5 }, 5)).toBe(
        expected,
      );
    },
  );

  it('keeps any learned window between two business days and double the configured one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.integer({ min: 0, max: 200 * DAY_MS }), { minLength: 0, maxLength: 40 }),
        (base, delays) => {
          const adjusted = adjustFirstWindowBusinessDays(base, computeUsualReplyDelay(delays), 5);
          expect(adjusted).toBeGreaterThanOrEqual(Math.min(base, 2));
          expect(adjusted).toBeLessThanOrEqual(Math.max(base * 2, 2));
        },
      ),
    );
  });
});
