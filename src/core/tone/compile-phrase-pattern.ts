/**
 * Compiles a phrase list (see tone-phrases.ts for the tiny pattern language) into one global,
 * case-insensitive, Unicode regex bounded by letters or digits on both sides. The phrases are
 * literals with single optional groups, never nested quantifiers, so matching is linear-time.
 */
export function compilePhrasePattern(phrases: readonly string[], anchorAtStart = false): RegExp {
  const alternatives = phrases.map((phrase) => phrase.replace(/'/g, "['’]").replace(/ /g, '\\s+'));
  const start = anchorAtStart ? '^\\s*' : '(?<![\\p{L}\\p{N}])';
  return new RegExp(`${start}(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, anchorAtStart ? 'iu' : 'giu');
}

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

export function findPhraseMatches(pattern: RegExp, text: string): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    matches.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return matches;
}
