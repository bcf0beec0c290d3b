import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreKindWording, wordingFeatures } from '../../../../scripts/kind-scorer';
import {
  readTrainingExamples,
  type TrainingExample,
  trainKindScorer,
} from '../../../../scripts/train-kind-scorer';

const fixtures = fileURLToPath(new URL('../../../fixtures/classify/', import.meta.url));

function example(
  id: string,
  kind: TrainingExample['kind'],
  subject: string,
  ownText: string,
): TrainingExample {
  return { id, kind, features: wordingFeatures({ subject, ownText, attachmentNames: [] }) };
}

const EXAMPLES: TrainingExample[] = [
  example('a', 'proposal', 'Kitchen', 'The fee would be $900 and I could start on Monday.'),
  example('b', 'proposal', 'Garden', 'My fee is €1,200; I can start on the 3rd if that suits.'),
  example('c', 'invoice', 'March work', 'Please pay the $900 balance by Friday.'),
  example('d', 'invoice', 'Balance', 'Could you pay the remaining €1,200 by the end of the week?'),
  example('e', 'other', 'Lunch', 'See you for lunch on Monday at noon.'),
  example('f', 'other', 'Slides', 'Here are the slides from the meetup, see you next time.'),
];

describe('the learned wording scorer experiment', () => {
  it('fits the same weights on every run', () => {
    expect(trainKindScorer(EXAMPLES)).toEqual(trainKindScorer(EXAMPLES));
  });

  it('names the words that pushed it towards an offer', () => {
    const model = trainKindScorer(EXAMPLES);
    const score = scoreKindWording(
      wordingFeatures({
        subject: 'Roof',
        ownText: 'My fee is £700 and I can start on Tuesday.',
        attachmentNames: [],
      }),
      model,
    );

    expect(score.kind).toBe('proposal');
    expect(score.topWords).toContain('fee');
  });

  it('refuses to train on the measurement-only fresh set, before reading it', () => {
    expect(() => readTrainingExamples(`${fixtures}fresh-wording.jsonl`)).toThrow(/train only on/);
    expect(() => readTrainingExamples(`${fixtures}fresh-wording-2.jsonl`)).toThrow(/train only on/);
  });

  it('reads hostile text without throwing', () => {
    const model = trainKindScorer(EXAMPLES);
    const hostile = `${'\u202e'.repeat(1_000)}${'9,'.repeat(50_000)}<script>x</script>\u0000😀`;
    const score = scoreKindWording(
      wordingFeatures({ subject: '', ownText: hostile, attachmentNames: ['__proto__', 'constructor'] }),
      model,
    );

    expect(score.probability).toBeGreaterThan(0);
    expect(score.probability).toBeLessThanOrEqual(1);
  });
});
