import { describe, expect, it } from 'vitest';
import { POLITENESS_POINTS, type PolitenessStrategy } from '../../../../src/core/tone/politeness-strategies';

// The strategies whose reason calls them impolite ("reads as an order", "can sound like blame"); every
// other one's reason calls it polite. Written from the reasons, not from the fitted points.
const IMPOLITE: readonly PolitenessStrategy[] = [
  'please-start',
  'factuality',
  'negative-words',
  'did-you',
  'why-question',
  'pointed-words',
  'negation',
  'imperative-start',
  'direct-question',
  'direct-start',
  'you-start',
  'exclamation',
  'stacked-questions',
];

describe('politeness points and their reasons', () => {
  it('sides every strategy the way its reason reads', () => {
    const sides = Object.entries(POLITENESS_POINTS).map(([name, strategy]) => [name, strategy.side]);
    expect(sides).toEqual(
      Object.keys(POLITENESS_POINTS).map((name) => [
        name,
        IMPOLITE.includes(name as PolitenessStrategy) ? 'impolite' : 'polite',
      ]),
    );
  });

  it('never gives a strategy points on the other side of what its reason says', () => {
    const contradicting = Object.entries(POLITENESS_POINTS).filter(([name, strategy]) =>
      IMPOLITE.includes(name as PolitenessStrategy) ? strategy.points > 0 : strategy.points < 0,
    );
    expect(contradicting.map(([name, strategy]) => [name, strategy.points])).toEqual([]);
  });
});
