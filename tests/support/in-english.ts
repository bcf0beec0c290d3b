import { explainInEnglish } from '../../src/core/explanations/explain-in-english';
import type { StoredExplanation } from '../../src/core/explanations/explanation';

/** What the core said, in English words, so a test can read it as a sentence. */
export function inEnglish(explanation: StoredExplanation | null | undefined): string | null {
  return explanation == null ? null : explainInEnglish(explanation);
}
