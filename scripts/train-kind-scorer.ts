/**
 * Fits the learned wording scorer (issue #3) on the product's own hand-written sets and writes its
 * weights as a TypeScript module:
 *   npx tsx scripts/train-kind-scorer.ts --out WEIGHTS.ts tests/fixtures/classify/tuning-wording.jsonl \
 *     tests/fixtures/classify/unseen-wording.jsonl tests/fixtures/classify/field-wording.jsonl
 * Only files in tests/fixtures/classify are accepted, and never the measurement-only fresh sets:
 * weights learned from reference data or from a measurement set would carry it into the product.
 * Fully deterministic: zero start, full-batch AdaGrad, fixed epochs, ties broken alphabetically.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EMAIL_KINDS, type EmailKind } from '../src/core/classify/kinds';
import { prepareMailText } from '../src/core/classify/prepare-mail-text';
import { readCorpusRow } from './eval-sources';
import { type KindScorerModel, wordingFeatures } from './kind-scorer';

export interface TrainingExample {
  id: string;
  kind: EmailKind;
  features: Set<string>;
}

export interface TrainingOptions {
  /** A word or pair must occur in at least this many emails to get a weight. */
  minDocuments: number;
  maxFeatures: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty per weight, per epoch, relative to the set's size. */
  l2: number;
  /** Weights smaller than this for every kind (after centring) are dropped from the written model. */
  pruneBelow: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  minDocuments: 2,
  maxFeatures: 4_000,
  epochs: 200,
  learningRate: 0.5,
  l2: 0.02,
  pruneBelow: 0.04,
};

const SCALE = 100;
const FIXTURE_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/classify');

/** Reads labelled rows of the shared line format into feature sets; refuses anything but our own sets. */
export function readTrainingExamples(path: string): TrainingExample[] {
  const absolute = resolve(path);
  if (dirname(absolute) !== FIXTURE_FOLDER || basename(absolute).startsWith('fresh-')) {
    throw new Error(
      `${path}: train only on the hand-written tuning, unseen and field sets in tests/fixtures/classify`,
    );
  }
  return readFileSync(absolute, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => readCorpusRow(JSON.parse(line) as unknown, `${path}:${index + 1}`))
    .filter((row) => row.kind !== null)
    .map((row) => ({
      id: row.id,
      kind: row.kind as EmailKind,
      features: wordingFeatures(prepareMailText(row.input)),
    }));
}

export function trainKindScorer(
  examples: TrainingExample[],
  options: TrainingOptions = DEFAULT_TRAINING,
): KindScorerModel {
  const kinds = EMAIL_KINDS.length;
  const documentCounts = new Map<string, number>();
  for (const example of examples) {
    for (const feature of example.features) {
      documentCounts.set(feature, (documentCounts.get(feature) ?? 0) + 1);
    }
  }
  const vocabulary = [...documentCounts]
    .filter(([, count]) => count >= options.minDocuments)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxFeatures)
    .map(([feature]) => feature);
  const indexOf = new Map(vocabulary.map((feature, index) => [feature, index]));
  const rows = examples.map((example) => ({
    label: EMAIL_KINDS.indexOf(example.kind),
    columns: [...example.features].flatMap((feature) => {
      const index = indexOf.get(feature);
      return index === undefined ? [] : [index];
    }),
  }));

  const weights = new Float64Array(vocabulary.length * kinds);
  const bias = new Float64Array(kinds);
  const squaredWeights = new Float64Array(weights.length).fill(1e-8);
  const squaredBias = new Float64Array(kinds).fill(1e-8);
  const gradient = new Float64Array(weights.length);
  const biasGradient = new Float64Array(kinds);
  const probabilities = new Float64Array(kinds);
  const count = rows.length;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gradient.fill(0);
    biasGradient.fill(0);
    for (const row of rows) {
      let top = Number.NEGATIVE_INFINITY;
      for (let kind = 0; kind < kinds; kind++) {
        let logit = bias[kind] ?? 0;
        for (const column of row.columns) logit += weights[column * kinds + kind] ?? 0;
        probabilities[kind] = logit;
        if (logit > top) top = logit;
      }
      let total = 0;
      for (let kind = 0; kind < kinds; kind++) {
        const value = Math.exp((probabilities[kind] ?? 0) - top);
        probabilities[kind] = value;
        total += value;
      }
      for (let kind = 0; kind < kinds; kind++) {
        const error = (probabilities[kind] ?? 0) / total - (kind === row.label ? 1 : 0);
        biasGradient[kind] = (biasGradient[kind] ?? 0) + error / count;
        for (const column of row.columns) {
          const at = column * kinds + kind;
          gradient[at] = (gradient[at] ?? 0) + error / count;
        }
      }
    }
    for (let at = 0; at < weights.length; at++) {
      const step = (gradient[at] ?? 0) + ((options.l2 * (weights[at] ?? 0)) / count) * 10;
      squaredWeights[at] = (squaredWeights[at] ?? 0) + step * step;
      weights[at] = (weights[at] ?? 0) - (options.learningRate * step) / Math.sqrt(squaredWeights[at] ?? 1);
    }
    for (let kind = 0; kind < kinds; kind++) {
      const step = biasGradient[kind] ?? 0;
      squaredBias[kind] = (squaredBias[kind] ?? 0) + step * step;
      bias[kind] = (bias[kind] ?? 0) - (options.learningRate * step) / Math.sqrt(squaredBias[kind] ?? 1);
    }
  }

  const kept: Record<string, number[]> = {};
  vocabulary.forEach((feature, index) => {
    const row = Array.from(weights.slice(index * kinds, (index + 1) * kinds));
    // Softmax ignores a shift shared by every kind, so each row is centred before it is judged small.
    const mean = row.reduce((sum, weight) => sum + weight, 0) / kinds;
    const centred = row.map((weight) => weight - mean);
    if (Math.max(...centred.map(Math.abs)) < options.pruneBelow) return;
    kept[feature] = centred.map((weight) => Math.round(weight * SCALE));
  });
  return { scale: SCALE, bias: Array.from(bias, (value) => Math.round(value * SCALE)), weights: kept };
}

/** A module with no imports, so it can be written anywhere: into src/core only if the scorer is ever wired in. */
function writeWeightsModule(model: KindScorerModel, paths: string[], out: string): void {
  const sources = paths.map((path) => `tests/fixtures/classify/${basename(path)}`);
  const entries = Object.entries(model.weights)
    .map(([feature, weights]) => `  ${JSON.stringify(feature)}: [${weights.join(', ')}],`)
    .join('\n');
  const text = `// GENERATED by \`npx tsx scripts/train-kind-scorer.ts --out FILE ${sources.join(' ')}\`; do not edit.
// Fitted only on those hand-written sets (issue #3), never on reference or measurement-only data.
// Weights per kind in EMAIL_KINDS order (${EMAIL_KINDS.join(', ')}), times ${model.scale}.

const WEIGHTS: Record<string, readonly number[]> = {
${entries}
};

export const KIND_SCORER_MODEL: {
  scale: number;
  bias: readonly number[];
  weights: Readonly<Record<string, readonly number[]>>;
} = {
  scale: ${model.scale},
  bias: [${model.bias.join(', ')}],
  weights: WEIGHTS,
};
`;
  writeFileSync(out, text);
  console.log(JSON.stringify({ file: out, features: Object.keys(model.weights).length, bytes: text.length }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals: paths } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' } },
  });
  if (paths.length === 0 || !values.out) {
    console.error('usage: npx tsx scripts/train-kind-scorer.ts --out WEIGHTS.ts FIXTURE.jsonl...');
    process.exit(2);
  }
  try {
    writeWeightsModule(trainKindScorer(paths.flatMap(readTrainingExamples)), paths, values.out);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
