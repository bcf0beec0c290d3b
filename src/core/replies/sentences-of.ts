const MAX_SENTENCES = 200;
const MAX_SENTENCE_CHARS = 600;

/** Sentences with their end mark kept ("Is it paid?" keeps its "?"), capped for hostile input. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const match of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const sentence = match[0].trim();
    if (sentence !== '') sentences.push(sentence.slice(0, MAX_SENTENCE_CHARS));
    if (sentences.length >= MAX_SENTENCES) break;
  }
  return sentences;
}
