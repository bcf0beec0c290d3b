import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayAfterDueWord, WORDS_BEFORE_THE_DAY } from '../../../../src/core/classify/read-after-due-word';

// Day patterns shaped like the due-date reader's: some start with words the lead words also take ("on",
// "a", "el", "end of"), so only backtracking into the lead words lets them match.
const DAY_PATTERNS = [
  '(?:(?:this|next)\\s)?(monday|friday)(?![a-zà-ÿ])',
  '(?:the\\s)?(?:end of (?:the |this )?month|eom)',
  'on (?:the )?(\\d{1,2})(?:st|nd|rd|th)?',
  '(?:(?:a|al|el)\\s)?(?:fin|final) de(?:l)? mes',
  '(el|la)\\s(\\d{1,2})(?!\\d)',
  'end of (?:the )?(day)',
  '(?<=by\\s)(tomorrow)',
  '(\\d{1,2})\\s?pm',
  // Any word at all: which way of reading the lead words comes first decides what it captures.
  '([a-zà-ÿ]+|\\d+)',
];

// Pieces the texts are built from: every kind of lead word, in both cases, with the separators and
// blanks the lead allows and some it does not.
const PIECES = [
  ' ',
  '  ',
  '\t',
  '\n',
  ':',
  ',',
  '-',
  'in advance',
  'In Advance,',
  'im voraus',
  'by',
  'BY',
  'on',
  'On',
  'till',
  'til',
  'until',
  "jusqu'au",
  'antes del',
  'a',
  'al',
  'el',
  'la',
  'à',
  'vóór',
  'cob',
  'end of the day',
  'end of',
  'the',
  '5',
  '12',
  '5pm',
  '5 p.m.',
  '10:30 am,',
  'noon',
  'monday',
  'Friday',
  'next',
  'month',
  'mes',
  'fin',
  'de',
  'day',
  '15th',
  'tomorrow',
];

describe('the day read after the words that follow a due word', () => {
  it.each(DAY_PATTERNS)('matches exactly as the one regex with the lead words in front did (%s)', (day) => {
    const oneRegex = new RegExp(`^${WORDS_BEFORE_THE_DAY}${day}`, 'i');
    const readAfter = dayAfterDueWord(day);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 9 }),
        fc.constantFrom('', ' ', '.'),
        (pieces, ending) => {
          const text = pieces.join(pieces.length % 2 ? ' ' : '') + ending;
          const expected = oneRegex.exec(text);
          const found = readAfter.exec(text);
          expect(found && [...found]).toEqual(expected && [...expected]);
          expect(found?.index).toBe(expected?.index);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('reads the day after a preposition and an hour, and gives the whole stretch as the match', () => {
    const weekday = dayAfterDueWord('(monday|friday)');
    const found = weekday.exec(' by 5 pm on Friday, thanks');
    expect(found?.[0]).toBe(' by 5 pm on Friday');
    expect(found?.[1]).toBe('Friday');
    expect(found?.index).toBe(0);
  });

  it('lets the day take back a word the lead words would have taken ("on the 3rd")', () => {
    const onTheDay = dayAfterDueWord('on the (\\d)rd');
    expect(onTheDay.exec(' on the 3rd')?.[1]).toBe('3');
  });

  it('finds nothing when the day is not at the start of the text after the lead words', () => {
    const weekday = dayAfterDueWord('(monday|friday)');
    expect(weekday.exec(' as agreed, Friday')).toBeNull();
    expect(weekday.exec('')).toBeNull();
  });

  it('reads a long run of blanks and separators in bounded time', () => {
    const weekday = dayAfterDueWord('(monday|friday)');
    expect(weekday.exec(`${' :'.repeat(5_000)}friday`)).toBeNull();
    // Three separators (a tab is one) and sixteen blanks at most, as in the one regex.
    expect(weekday.exec(`${'\t'.repeat(19)}friday`)?.[1]).toBe('friday');
    expect(weekday.exec(`${'\t'.repeat(20)}friday`)).toBeNull();
  });
});
