import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../../src/core/classify/classify-email';
import {
  foldCharCode,
  gateFor,
  indexTrigrams,
  isFoldSafe,
  leadChecked,
  mayOccur,
  patternsAskedOfScans,
  requiredLiteralsOf,
} from '../../../../src/core/classify/cue-prefilter';
import { KIND_CUES, PROPOSAL_SUBJECT_CUES } from '../../../../src/core/classify/kind-cues';
import { KIND_SHAPES, patternsOf } from '../../../../src/core/classify/kind-shapes';

const fixtures = fileURLToPath(new URL('../../../fixtures/classify/', import.meta.url));

/** Every pattern the classifier gates, once each. */
const GATED_PATTERNS: readonly RegExp[] = [
  ...new Set([
    ...KIND_CUES.map((kindCue) => kindCue.pattern),
    ...PROPOSAL_SUBJECT_CUES.map((kindCue) => kindCue.pattern),
    ...KIND_SHAPES.flatMap((shape) => [...shape.parts, ...shape.absent].flatMap(patternsOf)),
  ]),
];

/**
 * The hand-written sets' texts (subjects, bodies, both together and attachment names, or only each mail
 * whole); the fresh sets are blind measurement sets and are never opened.
 */
function handWrittenTexts(wholeMailsOnly = false): string[] {
  const texts: string[] = [];
  const sets = readdirSync(fixtures).filter(
    (name) => name.endsWith('.jsonl') && !name.startsWith('fresh-wording'),
  );
  expect(sets.length).toBeGreaterThanOrEqual(6);
  for (const name of sets) {
    for (const line of readFileSync(`${fixtures}${name}`, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { subject?: string; body?: string; attachments?: string[] };
      const subject = row.subject ?? '';
      const body = row.body ?? '';
      if (wholeMailsOnly) texts.push(`${subject}\n${body}`);
      else texts.push(subject, body, `${subject}\n${body}`, ...(row.attachments ?? []));
    }
  }
  return texts;
}

/** Text built to trip a careless prefilter: case changes, look-alike letters, control and RTL characters. */
function hostileTexts(from: readonly string[]): string[] {
  const sample = from.filter((_, position) => position % 7 === 0);
  const lookAlikes = (text: string): string =>
    text.replace(/i/g, 'İ').replace(/k/g, '\u212a').replace(/s/g, 'ſ').replace(/m/g, 'µ');
  return [
    '',
    'a',
    'ab',
    '\u0000\u0001\u0002'.repeat(50),
    `${'\u202e'.repeat(200)}INVOICE attached\u202c`,
    '😀 invoice 😀 ÜBERWEISUNG ÇA orçamento ΣΚΟΠΌΣ',
    '<script>alert("pay now")</script><b>Past due</b>',
    ...sample.map((text) => text.toUpperCase()),
    ...sample.map(lookAlikes),
    ...sample.map((text) => text.replace(/\s+/g, '\n')),
  ];
}

const GATES = new Map(GATED_PATTERNS.map((pattern) => [pattern, gateFor(pattern)]));

let readerScans: RegExp[] | null = null;

/**
 * The field readers' scans: classifying the sets asks the readers' gates about every scan they make (each
 * reader runs on them), which lists the patterns. Done once for both proofs, which are split in two so
 * that neither nears its timeout as the sets grow.
 */
function fieldReaderScans(texts: readonly string[]): RegExp[] {
  if (!readerScans) {
    for (const text of texts) {
      classifyEmail({ subject: '', bodyText: text, attachmentNames: [], sentAt: Date.UTC(2026, 0, 15) });
    }
    readerScans = patternsAskedOfScans();
  }
  return readerScans;
}

/** How many (scan, text) matches `checked` holds, having proved each one's gate lets it through. */
function provedScanMatches(scans: readonly RegExp[], checked: readonly string[]): number {
  expect(scans.length).toBeGreaterThanOrEqual(26);
  const indexes = checked.map((text) => indexTrigrams(text));
  let matches = 0;
  for (const pattern of scans) {
    const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    for (const [position, text] of checked.entries()) {
      const match = once.exec(text);
      if (!match) continue;
      matches++;
      expect(
        mayOccur(pattern, indexes[position]),
        `${once.source.slice(0, 80)} on ${text.slice(0, 80)}`,
      ).toBe(true);
      expect(mayOccur(pattern, indexTrigrams(match[0])), `${once.source.slice(0, 80)} on ${match[0]}`).toBe(
        true,
      );
    }
  }
  return matches;
}

function expectNoFalseNegative(pattern: RegExp, text: string): void {
  const match = pattern.exec(text);
  if (!match) return;
  const gate = GATES.get(pattern) ?? gateFor(pattern);
  // The whole text, and the matched words alone: the literals must lie inside every match.
  expect(gate.mayMatch(indexTrigrams(text)), `${pattern.source.slice(0, 80)} on ${text.slice(0, 80)}`).toBe(
    true,
  );
  expect(gate.mayMatch(indexTrigrams(match[0])), `${pattern.source.slice(0, 80)} on ${match[0]}`).toBe(true);
}

describe('working out the words a pattern needs', () => {
  it('needs one of the branches of an alternation', () => {
    expect(requiredLiteralsOf(/(?:invoice|bill)/)).toEqual(['bill', 'invoice']);
  });

  it('needs nothing from an optional group, but joins the literal run around it', () => {
    expect(requiredLiteralsOf(/(?:is )?due now/)).toEqual(['due now']);
    expect(requiredLiteralsOf(/pay(?:ment)? due/)).toEqual(['pay due', 'payment due']);
  });

  it('needs a repeated part only when it must occur at least once', () => {
    expect(requiredLiteralsOf(/(?:abc){0,3}x/)).toBeNull();
    expect(requiredLiteralsOf(/(?:abc){1,3}x/)).toEqual(['abc']);
    expect(requiredLiteralsOf(/(?:abc)*/)).toBeNull();
    expect(requiredLiteralsOf(/(?:abc)+/)).toEqual(['abc']);
  });

  it('does not need what a lookbehind or lookahead looks at', () => {
    expect(requiredLiteralsOf(/(?<!not )paid(?! back)/)).toEqual(['paid']);
    expect(requiredLiteralsOf(/(?<![a-z])(?=\w)/)).toBeNull();
  });

  it('spells out a small class and treats a large or negated one as any character', () => {
    expect(requiredLiteralsOf(/or[cç]amento/i)).toEqual(['orcamento', 'orçamento']);
    expect(requiredLiteralsOf(/[a-z]+voice/)).toEqual(['voice']);
    expect(requiredLiteralsOf(/[^x]{2}id/)).toBeNull();
  });

  it('reads escaped characters as literals and word escapes as any character', () => {
    expect(requiredLiteralsOf(/a\.b-c/)).toEqual(['a.b-c']);
    expect(requiredLiteralsOf(/\$\d+ due/)).toEqual([' due']);
    expect(requiredLiteralsOf(/\w{3}/)).toBeNull();
  });

  it('reads a digit as 0 and a space as " ", as the index folds them', () => {
    expect(requiredLiteralsOf(/inv\s?\d/)).toEqual(['inv0', 'inv 0']);
    expect(requiredLiteralsOf(/net[0-9]/)).toEqual(['net0']);
    expect(requiredLiteralsOf(/[\d.,]\tk/)).toEqual([', k', '. k', '0 k']);
    expect(gateFor(/net\s?\d/i).mayMatch(indexTrigrams('Terms: NET\u00a045'))).toBe(true);
    expect(gateFor(/net\s?\d/i).mayMatch(indexTrigrams('Terms: net price'))).toBe(false);
  });

  it('folds case, also for case-sensitive patterns, since the index is folded', () => {
    expect(requiredLiteralsOf(/INVOICE/i)).toEqual(['invoice']);
    expect(requiredLiteralsOf(/[Mm]y Bill/)).toEqual(['my bill']);
  });

  it('does not rely on letters beyond Latin-1 in a case-insensitive pattern', () => {
    expect(requiredLiteralsOf(/σκοπός/i)).toBeNull();
    expect(requiredLiteralsOf(/σκοπός/)).toEqual(['σκοπός']);
  });

  it('always runs a pattern that can match with fewer than three characters', () => {
    expect(requiredLiteralsOf(/(?:re|aw):/)).toEqual(['aw:', 're:']);
    expect(requiredLiteralsOf(/(?:a|bc)/)).toBeNull();
    expect(requiredLiteralsOf(/\?/)).toBeNull();
  });

  it('always runs a pattern with a construct or flag it does not read', () => {
    expect(requiredLiteralsOf(/(?<name>abc)/)).toBeNull();
    expect(requiredLiteralsOf(/(abc)\1/)).toBeNull();
    expect(requiredLiteralsOf(/abc\p{L}/u)).toBeNull();
    expect(requiredLiteralsOf(/invoice/g)).toBeNull();
    expect(requiredLiteralsOf(/abc{/)).toBeNull();
    expect(gateFor(/(abc)\1/).mayMatch(indexTrigrams(''))).toBe(true);
  });

  it('drops a literal that contains another one of the same set', () => {
    expect(requiredLiteralsOf(/(?:invoices|invoice)/)).toEqual(['invoice']);
  });
});

describe('the trigram index', () => {
  it('rules a pattern out when none of its words occur', () => {
    const index = indexTrigrams('See you at the meetup on Thursday.');
    expect(gateFor(/(?:invoice|payment)/i).mayMatch(index)).toBe(false);
    expect(gateFor(/meetup on/i).mayMatch(index)).toBe(true);
  });

  it('still finds a later word when several share the trigram checked first', () => {
    // Both literals start their lookups at "qui" (the q is the rarest letter): the group must not end
    // at the first literal's miss.
    const gate = gateFor(/quiz (?:night|show)/i);
    expect(gate.mayMatch(indexTrigrams('Are you coming to the quiz show?'))).toBe(true);
    expect(gate.mayMatch(indexTrigrams('The quiz was a show of hands.'))).toBe(false);
    expect(gate.mayMatch(indexTrigrams('See you at the night show.'))).toBe(false);
  });

  it('lets a pattern through whatever the case of the text', () => {
    expect(gateFor(/überweisung/i).mayMatch(indexTrigrams('BITTE ÜBERWEISUNG BIS FREITAG'))).toBe(true);
  });

  it('folds every character \\d matches to 0 and every one \\s matches to a space', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      if (/\d/.test(character)) expect(foldCharCode(code)).toBe(0x30);
      if (/\s/.test(character)) expect(foldCharCode(code), `U+${code.toString(16)}`).toBe(0x20);
    }
  });

  it('folds every character a case-insensitive literal matches to the literal’s own fold', () => {
    const everyCodeUnit = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join('');
    for (let code = 0; code <= 0xff; code++) {
      if (!isFoldSafe(code)) continue;
      const escaped = String.fromCharCode(code).replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
      for (const match of everyCodeUnit.matchAll(new RegExp(escaped, 'gi'))) {
        expect(foldCharCode(match.index), `U+${match.index.toString(16)} as ${escaped}`).toBe(
          foldCharCode(code),
        );
      }
    }
  });
});

// Every gated pattern against every hand-written text is several hundred thousand regex runs: over
// the 5 s default on a slow 2-core machine (5.0 s on 2026-11-24), and the field readers' proof alone took
// 55 s of its 60 s with field-wording-24 in (2026-11-24, a busy machine). It grows with the sets; it is a
// proof, not a timing.
describe('the prefilter never hides a match', { timeout: 240_000 }, () => {
  const texts = handWrittenTexts();

  it('lets every cue and shape through on every hand-written text it matches', () => {
    let matches = 0;
    for (const pattern of GATED_PATTERNS) {
      for (const text of texts) {
        if (pattern.test(text)) matches++;
        expectNoFalseNegative(pattern, text);
      }
    }
    // The sets exercise the gates: many cues fire on them.
    expect(matches).toBeGreaterThan(1_000);
  });

  it('lets every cue and shape through on hostile text it matches', () => {
    for (const text of hostileTexts(texts)) {
      for (const pattern of GATED_PATTERNS) expectNoFalseNegative(pattern, text);
    }
  });

  it('lets every field reader’s scan through on every hand-written text it matches', () => {
    expect(provedScanMatches(fieldReaderScans(texts), texts)).toBeGreaterThan(1_000);
  });

  it('lets every field reader’s scan through on hostile text it matches', () => {
    expect(provedScanMatches(fieldReaderScans(texts), hostileTexts(texts))).toBeGreaterThan(100);
  });

  it('lets every cue through on random text built from pieces of its own words', () => {
    for (const pattern of GATED_PATTERNS) {
      const literals = requiredLiteralsOf(pattern);
      if (!literals) continue;
      const piece = fc.oneof(
        fc.constantFrom(...literals),
        fc.constantFrom(...literals).map((literal) => literal.toUpperCase()),
        fc
          .tuple(fc.constantFrom(...literals), fc.nat(), fc.nat())
          .map(([literal, start, length]) =>
            literal.slice(start % literal.length, (start % literal.length) + length),
          ),
        fc.constantFrom(' ', '\n', '.', "'", '$', '€ ', '1', '30', 'the ', 'you ', 'your ', 'please '),
        fc.string({ maxLength: 4 }),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
          const text = pieces.join('');
          expectNoFalseNegative(pattern, text);
        }),
        { numRuns: 60, seed: 3 },
      );
    }
  });
});

/** Where and what a pattern matches first (as `[index, ...match]`), whatever its flags. */
function firstMatchOf(once: RegExp, text: string): readonly unknown[] | null {
  const match = once.exec(text);
  return match ? [match.index, ...match] : null;
}

function withoutState(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

describe('checking the characters a match starts with', { timeout: 60_000 }, () => {
  it('puts a lookahead for the leading characters before a pattern that starts with words', () => {
    const twin = leadChecked(/(?<![a-z])(?:net|due) \d/i);
    expect(twin.source.startsWith('(?=[')).toBe(true);
    expect(twin.flags).toBe('i');
    expect(twin.exec('Payment is DUE 5 days')?.[0]).toBe('DUE 5');
    expect(twin.test('undue 5')).toBe(false);
  });

  it('lists a digit as every digit, a space as every space, and a letter in both cases', () => {
    const pattern = /(?:5|\s|x)y/;
    const twin = leadChecked(pattern);
    const lead = /^\(\?=\[(.*?)\]\)/.exec(twin.source)?.[1] ?? '';
    expect(lead).toContain('\\d');
    expect(lead).toContain('\\s');
    expect(lead).toContain('\\u0078');
    expect(lead).toContain('\\u0058');
    // Listing more than the pattern needs changes nothing: the pattern still decides.
    for (const text of ['5y', '7y', '\u00a0y', 'xy', 'Xy', 'y']) {
      expect(twin.test(text), text).toBe(pattern.test(text));
    }
    expect(leadChecked(/É/i).test('é')).toBe(true);
  });

  it('keeps a sign the index cannot fold, such as €, as it is written', () => {
    const pattern = /(?:€|eur)\s?\d+/i;
    const twin = leadChecked(pattern);
    expect(twin).not.toBe(pattern);
    expect(twin.source.startsWith('(?=[')).toBe(true);
    expect(twin.exec('total € 40')?.[0]).toBe('€ 40');
    expect(twin.exec('total EUR40')?.[0]).toBe('EUR40');
  });

  it('leaves alone a pattern whose match may start anywhere, start empty, or use a flag it does not read', () => {
    for (const pattern of [/.invoice/, /(?:x)?y?/, /\wabc/, /[^a]bc/, /invoice/u, /(?<name>x)/, /(a)\1/]) {
      expect(leadChecked(pattern), pattern.source).toBe(pattern);
    }
  });

  it('gives every cue and shape a lead check unless it starts at a line or sentence start or with any letter', () => {
    // One branch that may start with any word character costs a whole alternation its lead check.
    const unchecked = GATED_PATTERNS.filter((pattern) => leadChecked(pattern) === pattern).map(
      (pattern) => pattern.source,
    );
    for (const source of unchecked) {
      expect(/^\(\?:\^\||\|\[a-z[^\]]*\]\{0,\d+\}/.test(source), source.slice(0, 120)).toBe(true);
    }
  });

  it('matches exactly where every cue and shape does, on every hand-written and hostile text', () => {
    // The lookahead can only take matches away, so the texts a pattern matches are the ones to check
    // (the gates, proven above, rule out the rest); each mail whole holds its subject's and body's.
    const texts = handWrittenTexts(true);
    const indexed = [...texts, ...hostileTexts(texts)].map((text) => ({ text, index: indexTrigrams(text) }));
    let checked = 0;
    for (const pattern of GATED_PATTERNS) {
      const twin = leadChecked(pattern);
      if (twin === pattern) continue;
      checked++;
      const gate = GATES.get(pattern) ?? gateFor(pattern);
      const [once, twinOnce] = [withoutState(pattern), withoutState(twin)];
      for (const { text, index } of indexed) {
        if (!gate.mayMatch(index)) continue;
        expect(
          firstMatchOf(twinOnce, text),
          `${pattern.source.slice(0, 80)} on ${text.slice(0, 80)}`,
        ).toEqual(firstMatchOf(once, text));
      }
    }
    // Most cues and shapes start with words, so most get a lead check.
    expect(checked).toBeGreaterThan(GATED_PATTERNS.length / 2);
  });

  it('matches exactly where every cue does on random text built from its own words', () => {
    for (const pattern of GATED_PATTERNS) {
      const literals = requiredLiteralsOf(pattern);
      if (!literals) continue;
      const twin = leadChecked(pattern);
      if (twin === pattern) continue;
      const [once, twinOnce] = [withoutState(pattern), withoutState(twin)];
      const piece = fc.oneof(
        fc.constantFrom(...literals),
        fc.constantFrom(...literals).map((literal) => literal.toUpperCase()),
        fc.constantFrom(' ', '\n', '.', "'", '$', '€ ', '1', '30', 'É', 'ß', '¿', 'the ', 'you '),
        fc.string({ maxLength: 3 }),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
          const text = pieces.join('');
          expect(firstMatchOf(twinOnce, text)).toEqual(firstMatchOf(once, text));
        }),
        { numRuns: 40, seed: 5 },
      );
    }
  });
});
