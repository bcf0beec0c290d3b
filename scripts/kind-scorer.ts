import { EMAIL_KINDS, type EmailKind } from '../src/core/classify/kinds';
import type { PreparedMail } from '../src/core/classify/prepare-mail-text';

/**
 * A learned reading of an email's wording: multinomial logistic regression over lowercased words and
 * word pairs, with weights fitted by `scripts/train-kind-scorer.ts` on the product's own hand-written
 * sets (issue #3). Words and pairs are kept as they are (not hashed) so the words that pushed a
 * verdict can be named to the user.
 */
export interface KindScorerModel {
  /** Weights are stored as integers; divide by this to get them back. */
  readonly scale: number;
  /** One bias per kind, in `EMAIL_KINDS` order, scaled. */
  readonly bias: readonly number[];
  /** Word or word pair ("start on") to its weights per kind, in `EMAIL_KINDS` order, scaled. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

export interface KindScore {
  kind: EmailKind;
  /** The model's probability for `kind`, 0..1. */
  probability: number;
  /** Words and pairs that pushed most towards `kind`, strongest first. */
  topWords: string[];
}

// A bounded read: the words that say what an email is come first, and the cap keeps a 16,000-character
// body linear and cheap (bench/classify-throughput.ts).
const MAX_TOKENS = 1_500;
const TOP_WORDS = 3;
// Letters (with their combining marks), numbers with their group separators, currency signs. Each
// alternative consumes at least one character and the number's groups need a separator first, so
// the scan never backtracks.
const TOKEN = /[\p{L}\p{M}]+|\d+(?:[.,'’]\d+)*|[$€£¥]/gu;
const NUMBER = /^\d/;
const CURRENCY_SIGN = /^[$€£¥]$/;

/** The words and word pairs an email is scored on: its subject, its own text and its attachment names. */
export function wordingFeatures(
  mail: Pick<PreparedMail, 'subject' | 'ownText' | 'attachmentNames'>,
): Set<string> {
  const features = new Set<string>();
  addTextFeatures(`${mail.subject}\n${mail.ownText}`, features, '');
  for (const name of mail.attachmentNames.slice(0, 10)) addTextFeatures(name, features, 'file:');
  return features;
}

function addTextFeatures(text: string, features: Set<string>, prefix: string): void {
  let previous = '';
  let count = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match && count < MAX_TOKENS; match = TOKEN.exec(text)) {
    count++;
    // Figures and signs generalize as their shape ("$3,200" and "£950" are both "a sum"), not their value.
    const raw = match[0];
    const token = NUMBER.test(raw) ? '0' : CURRENCY_SIGN.test(raw) ? '¤' : raw.toLowerCase();
    features.add(prefix + token);
    if (previous) features.add(`${prefix}${previous} ${token}`);
    previous = token;
  }
}

/** Each kind's probability for these features under the model, and the words behind the most likely. */
export function scoreKindWording(features: Set<string>, model: KindScorerModel): KindScore {
  const logits = EMAIL_KINDS.map((_, index) => (model.bias[index] ?? 0) / model.scale);
  const found: Array<readonly number[]> = [];
  const foundWords: string[] = [];
  for (const feature of features) {
    if (!Object.hasOwn(model.weights, feature)) continue;
    const weights = model.weights[feature];
    if (!weights) continue;
    found.push(weights);
    foundWords.push(feature);
    for (let index = 0; index < logits.length; index++) {
      logits[index] = (logits[index] ?? 0) + (weights[index] ?? 0) / model.scale;
    }
  }
  let best = 0;
  for (let index = 1; index < logits.length; index++) {
    if ((logits[index] ?? 0) > (logits[best] ?? 0)) best = index;
  }
  const top = logits[best] ?? 0;
  const total = logits.reduce((sum, logit) => sum + Math.exp(logit - top), 0);
  const otherIndex = EMAIL_KINDS.indexOf('other');
  // A word speaks for the kind by how much more it weighs there than for `other`.
  const pushes = found
    .map((weights, index) => ({
      word: foundWords[index] ?? '',
      push: (weights[best] ?? 0) - (weights[otherIndex] ?? 0),
    }))
    .filter((entry) => entry.push > 0 && !entry.word.startsWith('file:') && !entry.word.includes('0'))
    .sort((a, b) => b.push - a.push || a.word.localeCompare(b.word));
  return {
    kind: EMAIL_KINDS[best] ?? 'other',
    probability: 1 / total,
    topWords: pushes.slice(0, TOP_WORDS).map((entry) => entry.word),
  };
}
