/**
 * The words between a due word and the day it names: "due by end of month", "zahlbar bis zum 15.",
 * "payable in advance on Friday", "latest by 5 pm Thursday", "vence na sexta-feira".
 *
 * A day's pattern used to carry these words as a prefix of its own regex. V8 compiled each such regex
 * to 0.3–0.7 MB of machine code, because every optional word multiplies the paths the rest of the
 * pattern is generated for: 35 patterns came to 18.5 MB. Past 16 MB of executable memory V8 compiles
 * every later regex without its optimisations (`TooMuchRegExpCode` in V8's regexp.cc), and that made
 * the whole classifier about a third slower (bench, 2026-11-25). So the words are read here once per
 * text, and the day's own pattern is tried after each way of reading them, in the order the one regex
 * would have tried them. The result is the same match the one regex gave.
 */

/** A pattern read at the start of the text after a due word, as `RegExp.prototype.exec` reads it. */
export interface DayAfterDueWord {
  exec(after: string): RegExpExecArray | null;
}

const SEPARATOR = /[\s:,-]/;
const BLANK = /[ \t]/;
const IN_ADVANCE = /(?:in advance|im voraus|d'avance|por adelantado|antecipadamente|vooraf),?\s/iy;
const PREPOSITION =
  /(?:by|on|at|until|till|til|jusqu'(?:à|au)|before|bis|am|zum|au|avant|antes del|hasta|op|vóór|voor|uiterlijk|de|até|ao|em|na|no|o|a|el|le|la|à|paid)\s/iy;
// "by COB Friday", "by end of day Monday", "latest by 5 pm Thursday" (field-wording-18 fw18-017): the hour
// named before the day changes nothing about the day.
const HOUR =
  /(?:cob|eod|close of (?:business|play)|end of (?:the )?(?:day|play|business)|noon|midday|\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?),?\s/iy;
const ON = /on\s/iy;

/** The same words as one regex source: what the readings below must agree with (their tests). */
export const WORDS_BEFORE_THE_DAY = `[\\s:,-]{0,3}[ \\t]{0,16}(?:${IN_ADVANCE.source})?(?:${PREPOSITION.source}){0,2}(?:${HOUR.source}(?:${ON.source})?)?`;

export function dayAfterDueWord(dayPattern: string): DayAfterDueWord {
  const day = new RegExp(dayPattern, 'iy');
  return {
    exec(after) {
      for (const start of wordsBeforeTheDayEnds(after)) {
        day.lastIndex = start;
        const found = day.exec(after);
        if (!found) continue;
        found[0] = after.slice(0, found.index + found[0].length);
        found.index = 0;
        return found;
      }
      return null;
    },
  };
}

// Many patterns are tried on one text after one due word; the ways of reading its first words are the
// same for all of them.
let endsFor: string | undefined;
let endsFound: readonly number[] = [];

/**
 * Where the words before the day can end, in the order a backtracking regex tries them: each optional
 * part first as long as it goes, then shorter. A position comes once, since the day's pattern tried
 * there again finds what it found the first time.
 */
function wordsBeforeTheDayEnds(text: string): readonly number[] {
  if (text === endsFor) return endsFound;
  const ends: number[] = [];
  const add = (end: number) => {
    if (!ends.includes(end)) ends.push(end);
  };
  const followedFrom = new Set<number>();
  let separators = 0;
  while (separators < 3 && SEPARATOR.test(text.charAt(separators))) separators++;
  for (let afterSeparators = separators; afterSeparators >= 0; afterSeparators--) {
    let blanks = 0;
    while (blanks < 16 && BLANK.test(text.charAt(afterSeparators + blanks))) blanks++;
    for (let afterBlanks = afterSeparators + blanks; afterBlanks >= afterSeparators; afterBlanks--) {
      if (followedFrom.has(afterBlanks)) continue;
      followedFrom.add(afterBlanks);
      const inAdvance = endOf(IN_ADVANCE, text, afterBlanks);
      for (const afterAdvance of inAdvance < 0 ? [afterBlanks] : [inAdvance, afterBlanks]) {
        const first = endOf(PREPOSITION, text, afterAdvance);
        const second = first < 0 ? -1 : endOf(PREPOSITION, text, first);
        for (const afterPrepositions of [second, first, afterAdvance]) {
          if (afterPrepositions < 0) continue;
          const hour = endOf(HOUR, text, afterPrepositions);
          if (hour >= 0) {
            const on = endOf(ON, text, hour);
            if (on >= 0) add(on);
            add(hour);
          }
          add(afterPrepositions);
        }
      }
    }
  }
  endsFor = text;
  endsFound = ends;
  return ends;
}

function endOf(sticky: RegExp, text: string, at: number): number {
  sticky.lastIndex = at;
  return sticky.test(text) ? sticky.lastIndex : -1;
}
