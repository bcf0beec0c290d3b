/**
 * Length and reading-level bands for the tone gauges. Reading grade is Flesch–Kincaid with syllables
 * counted as vowel groups: crude outside English, so other languages are judged by sentence length
 * instead (see check-tone). Boomerang's study (playbook: Tone) found 3rd-grade wording gets the most replies.
 */
export interface ReadingMeasure {
  words: number;
  sentences: number;
  syllables: number;
  readingGrade: number;
  /** Character span of the longest sentence, for the "hard to read" highlight. */
  longestSentence: { start: number; end: number; words: number };
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const VOWEL_GROUP = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüÿœ]+/giu;

export function countSyllables(word: string): number {
  const lower = word.toLowerCase();
  const groups = lower.match(VOWEL_GROUP)?.length ?? 0;
  // A silent final "e" (make, note) is not a syllable in English; "le" endings (table) are.
  const silentE = lower.length > 2 && lower.endsWith('e') && !lower.endsWith('le') && groups > 1 ? 1 : 0;
  return Math.max(1, groups - silentE);
}

/** Sentence spans: a sentence ends at . ! ? … followed by space, or at a line break. */
export function findSentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = -1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    const isSpace = /\s/.test(char);
    if (start < 0) {
      if (!isSpace) start = index;
      continue;
    }
    const next = text[index + 1];
    const endsHere =
      char === '\n' ||
      ('.!?…'.includes(char) && (next === undefined || /\s/.test(next)) && !'.!?'.includes(next ?? ''));
    if (endsHere) {
      spans.push({ start, end: char === '\n' ? index : index + 1 });
      start = -1;
    }
  }
  if (start >= 0) spans.push({ start, end: text.trimEnd().length });
  return spans.filter((span) => span.end > span.start);
}

export function measureReading(text: string): ReadingMeasure {
  let words = 0;
  let syllables = 0;
  for (const match of text.matchAll(WORD)) {
    words += 1;
    syllables += countSyllables(match[0]);
  }
  const spans = findSentenceSpans(text);
  let longest = { start: 0, end: 0, words: 0 };
  let sentences = 0;
  for (const span of spans) {
    const count = text.slice(span.start, span.end).match(WORD)?.length ?? 0;
    if (count === 0) continue;
    sentences += 1;
    if (count > longest.words) longest = { start: span.start, end: span.end, words: count };
  }
  const readingGrade =
    words === 0 ? 0 : 0.39 * (words / Math.max(1, sentences)) + 11.8 * (syllables / words) - 15.59;
  return {
    words,
    sentences,
    syllables,
    readingGrade: Math.round(Math.max(0, readingGrade) * 10) / 10,
    longestSentence: longest,
  };
}
