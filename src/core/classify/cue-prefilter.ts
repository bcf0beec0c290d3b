/**
 * An exact prefilter for the classifier's patterns: most cue patterns are long literal alternations
 * that do not match a given email, and scanning the whole text for each one was over half the
 * classifier's time (issue #3, measured with `node --cpu-prof` on the bench emails). Each pattern is
 * read once, at module load, for literals one of which any text it matches must contain; each email's
 * text is indexed once by its character trigrams; a pattern none of whose literals can occur is not run.
 *
 * The index may say "maybe" wrongly (hash collisions) but never "no" wrongly, so the classifier's
 * output is the same with or without it. A pattern this reader does not fully understand, or whose
 * matches need not contain a literal of at least three characters, is always run.
 */

/** Characters per index entry: literals shorter than this cannot be looked up. */
const TRIGRAM = 3;
const INDEX_BITS_LOG2 = 16;
const INDEX_BITS = 1 << INDEX_BITS_LOG2;
/**
 * Past this many alternatives, a pattern's exact strings are not multiplied out further. Measured on
 * the bench emails: 64 reads every pattern in about a third of the time 256 took (module load) and
 * classifies faster too, since fewer literals are checked per cue.
 */
const MAX_EXACT_STRINGS = 64;
/** Larger classes are not worth listing: they count as "any character". */
const MAX_LISTED_CLASS = 8;
/** Ranges up to this long are spelled out before folding, so that "0-9" lists as the one digit code. */
const MAX_SPELLED_RANGE = 16;

/** The trigrams present in one text (case folded), as hashed bits: no false negatives. */
export interface TrigramIndex {
  readonly bits: Uint32Array;
}

/** Decides, from a text's index, whether one pattern might match that text. */
export interface PatternGate {
  /** The literals one of which every match contains (case folded), or null: the pattern always runs. */
  readonly requiredLiterals: readonly string[] | null;
  mayMatch(index: TrigramIndex): boolean;
}

const DIGIT = 0x30;
const SPACE = 0x20;

/** The characters `\s` matches (ECMAScript's WhiteSpace and LineTerminator). */
function isPatternWhitespace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Folds a character the way the gates compare it: case as a case-insensitive pattern folds it for
 * ASCII and Latin-1 letters (and Ÿ, whose lower case ÿ is Latin-1), every digit to 0 and every space
 * to " ". Folding digits and spaces lets `\d` and `\s` stand as one character each, so "net\s?\d" is
 * looked up as "net0" and "net 0" rather than run on every email. Other characters stay as they are,
 * and case-insensitive literals containing them are never relied on (see `isFoldSafe`).
 */
export function foldCharCode(code: number): number {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return code + 0x20;
    if (code >= 0x30 && code <= 0x39) return DIGIT;
    return code <= 0x20 && isPatternWhitespace(code) ? SPACE : code;
  }
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 0x20;
  if (code === 0x178) return 0xff;
  return isPatternWhitespace(code) ? SPACE : code;
}

/**
 * Whether every character a case-insensitive pattern's literal character matches folds to the same
 * code as it: ASCII, Latin-1 letters and signs (¿, º, £), and spaces. Beyond Latin-1, case-insensitive
 * matching (simple case folding through upper case) joins characters whose lower cases differ (µ and
 * μ, σ and ς), so such literals are not used.
 */
export function isFoldSafe(code: number): boolean {
  return (
    code < 0x80 ||
    // Latin-1 signs and letters; µ is left out, since it matches Greek μ and Μ.
    (code >= 0xa0 && code <= 0xff && code !== 0xb5 && code !== 0xd7 && code !== 0xf7) ||
    isPatternWhitespace(code)
  );
}

// One multiply-and-shift per character: the index is built for every email, and a collision only costs
// a pattern run that finds nothing.
function trigramBit(first: number, second: number, third: number): number {
  const hash = Math.imul(first * 1_031 + second * 37 + third, 0x9e3779b1);
  return hash >>> (32 - INDEX_BITS_LOG2);
}

/** Indexes a text once so that every pattern's gate can be asked about it. */
export function indexTrigrams(text: string): TrigramIndex {
  const bits = new Uint32Array(INDEX_BITS >>> 5);
  let first = 0;
  let second = 0;
  for (let position = 0; position < text.length; position++) {
    const third = foldCharCode(text.charCodeAt(position));
    if (position >= TRIGRAM - 1) {
      const bit = trigramBit(first, second, third);
      bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
    }
    first = second;
    second = third;
  }
  return { bits };
}

const ALWAYS_RUN: PatternGate = { requiredLiterals: null, mayMatch: () => true };

const scanGates = new Map<RegExp, PatternGate>();

/**
 * Whether `pattern` may match anywhere in the text `index` was built from (or in any stretch of it);
 * always true without an index. For the field readers' scans and the shapes' parts, each gate worked
 * out on first use: a `g` or `y` flag is set aside, since the question is only whether a match exists,
 * so a caller that skips its scan on `false` must not rely on the pattern's `lastIndex` afterwards (the
 * readers reset it before each scan).
 */
export function mayOccur(pattern: RegExp, index: TrigramIndex | undefined): boolean {
  if (!index) return true;
  let gate = scanGates.get(pattern);
  if (!gate) {
    gate = gateFor(new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')));
    scanGates.set(pattern, gate);
  }
  return gate.mayMatch(index);
}

/** Every pattern `mayOccur` has been asked about so far, for the prefilter's own proof. */
export function patternsAskedOfScans(): RegExp[] {
  return [...scanGates.keys()];
}

/** Works out, once, which literals a pattern's matches must contain; unknown means always run. */
export function gateFor(pattern: RegExp): PatternGate {
  const literals = requiredLiteralsOf(pattern);
  if (!literals) return ALWAYS_RUN;
  // Every literal's trigram bits in one flat array, each run closed by its end offset: the gates are
  // asked for every email, and nested arrays cost more to walk than the lookups themselves. Literals
  // that share their first (least common) trigram sit together, so one absent trigram rules out the
  // whole group at once (`groupEnds`: the literal after each one's group).
  const literalBits = literals.map(trigramBitsOf).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  const flatBits = Uint16Array.from(literalBits.flat());
  const ends = new Uint16Array(literalBits.length);
  const groupEnds = new Uint16Array(literalBits.length);
  let offset = 0;
  literalBits.forEach((needed, position) => {
    offset += needed.length;
    ends[position] = offset;
  });
  for (let literal = literalBits.length - 1; literal >= 0; literal--) {
    const next = literalBits[literal + 1];
    groupEnds[literal] =
      next && next[0] === literalBits[literal]?.[0] ? (groupEnds[literal + 1] as number) : literal + 1;
  }
  return {
    requiredLiterals: literals,
    mayMatch(index: TrigramIndex): boolean {
      const { bits } = index;
      let literal = 0;
      while (literal < ends.length) {
        const start = literal === 0 ? 0 : (ends[literal - 1] as number);
        const end = ends[literal] as number;
        let position = start;
        while (position < end) {
          const bit = flatBits[position] as number;
          if (((bits[bit >>> 5] as number) & (1 << (bit & 31))) === 0) break;
          position++;
        }
        if (position === end) return true;
        literal = position === start ? (groupEnds[literal] as number) : literal + 1;
      }
      return false;
    },
  };
}

// How often a character turns up in European-language prose, roughly: the space, then the letters in
// order of their usual frequency in English text (about 13% for e down to under 0.1% for q and z).
// Digits, accents and punctuation count as rare; only the ordering matters.
const COMMON_CHARACTERS = ' etaoinsrhldcumfpgwybvkxjqz';

function characterCommonness(code: number): number {
  const rank = COMMON_CHARACTERS.indexOf(String.fromCharCode(code));
  return rank < 0 ? 0 : COMMON_CHARACTERS.length - rank;
}

/**
 * A literal's trigram bits, the least common trigram first: a gate stops at a literal's first absent
 * trigram, and "would love" checked from "wou", present in most English mail, costs several lookups
 * where " lo" first costs one. The order never changes a gate's answer, only how soon it is known.
 */
function trigramBitsOf(literal: string): number[] {
  const trigrams: Array<{ bit: number; commonness: number }> = [];
  for (let position = TRIGRAM - 1; position < literal.length; position++) {
    const first = literal.charCodeAt(position - 2);
    const second = literal.charCodeAt(position - 1);
    const third = literal.charCodeAt(position);
    trigrams.push({
      bit: trigramBit(first, second, third),
      commonness: characterCommonness(first) + characterCommonness(second) + characterCommonness(third),
    });
  }
  trigrams.sort((a, b) => a.commonness - b.commonness);
  return [...new Set(trigrams.map((trigram) => trigram.bit))];
}

/**
 * The case-folded literals one of which occurs in every text the pattern matches, or null when that
 * cannot be worked out (an unsupported construct, a flag that changes matching, or a possible match
 * without any literal of three characters or more).
 */
export function requiredLiteralsOf(pattern: RegExp): string[] | null {
  // `u`/`v` change case folding and syntax; `g`/`y` make skipping `exec` change `lastIndex`.
  if (/[^ims]/.test(pattern.flags)) return null;
  let tree: PatternNode;
  try {
    tree = new PatternReader(pattern.source, pattern.flags.includes('i')).read();
  } catch {
    return null;
  }
  const needed = analyse(tree).needed;
  return needed ? withoutImpliedLiterals(needed) : null;
}

// ── the characters a match starts with ─────────────────────────────────────────────────────────

const leadCheckedTwins = new Map<RegExp, RegExp>();

/**
 * The same pattern behind a lookahead for the characters its matches can start with, or the pattern
 * itself when those cannot all be listed (or it can match empty text). It matches exactly where the
 * pattern does, with the same groups. V8 skips ahead on such a leading class, but not through a
 * leading lookbehind or a long alternation of words: the cue that reads a client's yes took 60% less
 * time, and classifying the bench emails about 4% less (issue #3, `node --cpu-prof` and alternating
 * runs of the two versions). Worked out once per pattern.
 */
export function leadChecked(pattern: RegExp): RegExp {
  let checked = leadCheckedTwins.get(pattern);
  if (!checked) {
    const lead = leadingClassOf(pattern);
    checked = lead ? new RegExp(`(?=${lead})(?:${pattern.source})`, pattern.flags) : pattern;
    leadCheckedTwins.set(pattern, checked);
  }
  return checked;
}

interface Lead {
  /** Codes a match may start with (folded, or as written where unfoldable); null when any may. */
  codes: Set<number> | null;
  /** Whether the node can match without consuming a character (so what follows may lead). */
  canBeEmpty: boolean;
}

function leadingClassOf(pattern: RegExp): string | null {
  if (/[uv]/.test(pattern.flags)) return null;
  let tree: PatternNode;
  try {
    tree = new PatternReader(pattern.source, pattern.flags.includes('i')).read();
  } catch {
    return null;
  }
  const lead = leadOf(tree);
  if (!lead.codes || lead.canBeEmpty || lead.codes.size === 0) return null;
  return `[${[...lead.codes].map(classMembersOf).join('')}]`;
}

function leadOf(node: PatternNode): Lead {
  switch (node.type) {
    case 'character': {
      const codes = node.codes ?? node.unfolded;
      return { codes: codes ? new Set(codes) : null, canBeEmpty: false };
    }
    case 'assertion':
      return { codes: new Set(), canBeEmpty: true };
    case 'alternation': {
      const codes = new Set<number>();
      let canBeEmpty = false;
      for (const branch of node.branches) {
        const lead = leadOf(branch);
        if (!lead.codes) return { codes: null, canBeEmpty: false };
        for (const code of lead.codes) codes.add(code);
        canBeEmpty ||= lead.canBeEmpty;
      }
      return { codes, canBeEmpty };
    }
    case 'sequence': {
      const codes = new Set<number>();
      for (const item of node.items) {
        const lead = leadOf(item);
        if (!lead.codes) return { codes: null, canBeEmpty: false };
        for (const code of lead.codes) codes.add(code);
        if (!lead.canBeEmpty) return { codes, canBeEmpty: false };
      }
      return { codes, canBeEmpty: true };
    }
    case 'repeat': {
      if (node.max === 0) return { codes: new Set(), canBeEmpty: true };
      const lead = leadOf(node.item);
      return { codes: lead.codes, canBeEmpty: lead.canBeEmpty || node.min === 0 };
    }
  }
}

/**
 * What a folded code stands for, written for a class: every digit for 0, every space for " ", both
 * cases of a letter (also in a case-sensitive pattern, whose letters the reader folds too). A class
 * that lists more than the pattern needs is harmless: the pattern itself still decides.
 */
function classMembersOf(code: number): string {
  if (code === DIGIT) return '\\d';
  if (code === SPACE) return '\\s';
  const members = [code];
  if (code >= 0x61 && code <= 0x7a) members.push(code - 0x20);
  else if (code >= 0xe0 && code <= 0xfe && code !== 0xf7) members.push(code - 0x20);
  else if (code === 0xff) members.push(0x178);
  return members.map((member) => `\\u${member.toString(16).padStart(4, '0')}`).join('');
}

// ── reading the pattern ─────────────────────────────────────────────────────────────────────────

type PatternNode =
  /**
   * One character from a listed set (folded codes), or from a set too large or unknown to list. A
   * case-insensitive literal or class the index cannot fold keeps its characters as written
   * (`unfolded`): a lead class in the same pattern, with the same flags, still matches just those.
   */
  | { type: 'character'; codes: readonly number[] | null; unfolded?: readonly number[] }
  /** Matches no text: anchors, word boundaries, lookarounds (their contents do not need to occur). */
  | { type: 'assertion' }
  | { type: 'sequence'; items: readonly PatternNode[] }
  | { type: 'alternation'; branches: readonly PatternNode[] }
  | { type: 'repeat'; item: PatternNode; min: number; max: number };

class UnsupportedPattern extends Error {}

const ANY_CHARACTER: PatternNode = { type: 'character', codes: null };
const ASSERTION: PatternNode = { type: 'assertion' };

/** A reader for the regular-expression syntax our patterns use (no `u` flag); anything else throws. */
class PatternReader {
  private position = 0;

  constructor(
    private readonly source: string,
    private readonly ignoresCase: boolean,
  ) {}

  read(): PatternNode {
    const node = this.readAlternation();
    if (this.position < this.source.length) throw new UnsupportedPattern('unbalanced parenthesis');
    return node;
  }

  private peek(offset = 0): string {
    return this.source[this.position + offset] ?? '';
  }

  private readAlternation(): PatternNode {
    const branches = [this.readSequence()];
    while (this.peek() === '|') {
      this.position++;
      branches.push(this.readSequence());
    }
    return branches.length === 1 ? (branches[0] as PatternNode) : { type: 'alternation', branches };
  }

  private readSequence(): PatternNode {
    const items: PatternNode[] = [];
    while (this.position < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.readQuantified(this.readAtom()));
    }
    return { type: 'sequence', items };
  }

  private readAtom(): PatternNode {
    const character = this.peek();
    this.position++;
    switch (character) {
      case '(':
        return this.readGroup();
      case '[':
        return this.readClass();
      case '.':
        return ANY_CHARACTER;
      case '^':
      case '$':
        return ASSERTION;
      case '\\':
        return this.readAtomEscape();
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new UnsupportedPattern(`unexpected ${character}`);
      default:
        return this.literal(character.charCodeAt(0));
    }
  }

  private readGroup(): PatternNode {
    let isAssertion = false;
    if (this.peek() === '?') {
      const kind = this.peek(1);
      const lookbehind = kind === '<' && (this.peek(2) === '=' || this.peek(2) === '!');
      if (kind === ':') this.position += 2;
      else if (kind === '=' || kind === '!') {
        this.position += 2;
        isAssertion = true;
      } else if (lookbehind) {
        this.position += 3;
        isAssertion = true;
      } else throw new UnsupportedPattern('unsupported group');
    }
    const inner = this.readAlternation();
    if (this.peek() !== ')') throw new UnsupportedPattern('unclosed group');
    this.position++;
    return isAssertion ? ASSERTION : inner;
  }

  private readQuantified(atom: PatternNode): PatternNode {
    const character = this.peek();
    let min: number;
    let max: number;
    if (character === '?' || character === '*' || character === '+') {
      this.position++;
      min = character === '+' ? 1 : 0;
      max = character === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (character === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position));
      if (!bounds) throw new UnsupportedPattern('brace that is not a quantifier');
      this.position += bounds[0].length;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] ? Number(bounds[3]) : Number.POSITIVE_INFINITY;
    } else return atom;
    if (this.peek() === '?') this.position++;
    return { type: 'repeat', item: atom, min, max };
  }

  private readAtomEscape(): PatternNode {
    const character = this.peek();
    this.position++;
    if (character === 'd') return { type: 'character', codes: [DIGIT] };
    if (character === 's') return { type: 'character', codes: [SPACE] };
    if ('DSwW'.includes(character)) return ANY_CHARACTER;
    if (character === 'b' || character === 'B') return ASSERTION;
    return this.literal(this.readCharacterEscape(character));
  }

  /** The code of an escaped character; letters and digits with meanings we do not read are refused. */
  private readCharacterEscape(character: string): number {
    const controls: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b };
    const control = controls[character];
    if (control !== undefined) return control;
    if (character === 'x' || character === 'u') {
      const digits = character === 'x' ? 2 : 4;
      const hex = this.source.slice(this.position, this.position + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) throw new UnsupportedPattern('bad hex escape');
      this.position += digits;
      return Number.parseInt(hex, 16);
    }
    if (character === '' || /[0-9a-zA-Z]/.test(character)) {
      throw new UnsupportedPattern(`unsupported escape \\${character}`);
    }
    return character.charCodeAt(0);
  }

  private readClass(): PatternNode {
    const isNegated = this.peek() === '^';
    if (isNegated) this.position++;
    let codes: number[] | null = [];
    while (this.peek() !== ']') {
      if (this.position >= this.source.length) throw new UnsupportedPattern('unclosed class');
      const from = this.readClassCharacter();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.position++;
        const to = this.readClassCharacter();
        if (typeof from !== 'number' || typeof to !== 'number') {
          throw new UnsupportedPattern('range over a character set');
        }
        if (to < from) throw new UnsupportedPattern('reversed range');
        // Spelled out only when short enough to fold into a few codes ("0-9" is one: every digit folds to 0).
        if (codes && to - from < MAX_SPELLED_RANGE) {
          for (let code = from; code <= to; code++) codes.push(code);
        } else codes = null;
      } else if (from === null) codes = null;
      else if (typeof from === 'number') codes?.push(from);
      else codes?.push(...from);
    }
    this.position++;
    if (isNegated || !codes) return ANY_CHARACTER;
    if (this.ignoresCase && !codes.every(isFoldSafe))
      return { type: 'character', codes: null, unfolded: codes };
    const folded = [...new Set(codes.map(foldCharCode))];
    return folded.length <= MAX_LISTED_CLASS ? { type: 'character', codes: folded } : ANY_CHARACTER;
  }

  /**
   * One class member's code; for `\d` or `\s` the one code all their characters fold to, in a list;
   * null for the other set escapes (`\w` and the negations).
   */
  private readClassCharacter(): number | readonly number[] | null {
    const character = this.peek();
    this.position++;
    if (character !== '\\') return character.charCodeAt(0);
    const escaped = this.peek();
    this.position++;
    if (escaped === 'd') return [DIGIT];
    if (escaped === 's') return [SPACE];
    if ('DSwW'.includes(escaped)) return null;
    if (escaped === 'b') return 0x08;
    if (escaped === '-') return 0x2d;
    return this.readCharacterEscape(escaped);
  }

  private literal(code: number): PatternNode {
    if (this.ignoresCase && !isFoldSafe(code)) return { type: 'character', codes: null, unfolded: [code] };
    return { type: 'character', codes: [foldCharCode(code)] };
  }
}

// ── working out the literals ────────────────────────────────────────────────────────────────────

interface Requirement {
  /** Every string the node can match (folded), when few enough to list. */
  exact: ReadonlySet<string> | null;
  /** Literals one of which every match contains, or null when none are known. */
  needed: ReadonlySet<string> | null;
}

const EMPTY_MATCH: ReadonlySet<string> = new Set(['']);

function analyse(node: PatternNode): Requirement {
  switch (node.type) {
    case 'character':
      return withNeeded(
        node.codes ? new Set(node.codes.map((code) => String.fromCharCode(code))) : null,
        null,
      );
    case 'assertion':
      return withNeeded(EMPTY_MATCH, null);
    case 'alternation':
      return analyseAlternation(node.branches.map(analyse));
    case 'sequence':
      return analyseSequence(node.items.map(analyse));
    case 'repeat':
      return analyseRepeat(analyse(node.item), node.min, node.max);
  }
}

function analyseAlternation(branches: readonly Requirement[]): Requirement {
  let exact: Set<string> | null = new Set();
  let needed: Set<string> | null = new Set();
  for (const branch of branches) {
    if (exact && branch.exact && exact.size + branch.exact.size <= MAX_EXACT_STRINGS) {
      for (const text of branch.exact) exact.add(text);
    } else exact = null;
    // Any branch may be the one that matched: each must bring a literal.
    if (needed && branch.needed) {
      for (const text of branch.needed) needed.add(text);
    } else needed = null;
  }
  return withNeeded(exact, needed);
}

function analyseSequence(items: readonly Requirement[]): Requirement {
  // Adjacent listable items join into longer literals ("i" "'d" " charge"); each run is a
  // contiguous part of every match, and so is every other item's own requirement.
  let run: ReadonlySet<string> = EMPTY_MATCH;
  let isWhollyExact = true;
  let best: ReadonlySet<string> | null = null;
  const consider = (candidate: ReadonlySet<string> | null): void => {
    if (candidate && (!best || isMoreSelective(candidate, best))) best = candidate;
  };
  for (const item of items) {
    if (item.exact && run.size * item.exact.size <= MAX_EXACT_STRINGS) {
      run = joined(run, item.exact);
      continue;
    }
    isWhollyExact = false;
    consider(literalsOf(run));
    consider(item.needed);
    run = item.exact ?? EMPTY_MATCH;
  }
  consider(literalsOf(run));
  return withNeeded(isWhollyExact ? run : null, best);
}

function analyseRepeat(item: Requirement, min: number, max: number): Requirement {
  if (max === 0) return withNeeded(EMPTY_MATCH, null);
  if (min === 0) {
    return max === 1 && item.exact ? withNeeded(new Set([...item.exact, '']), null) : withNeeded(null, null);
  }
  let exact: ReadonlySet<string> | null = null;
  if (min === max && item.exact && item.exact.size ** min <= MAX_EXACT_STRINGS) {
    exact = EMPTY_MATCH;
    for (let count = 0; count < min; count++) exact = joined(exact, item.exact);
  }
  // At least one repetition: the item's own requirement holds for the whole.
  return withNeeded(exact, item.needed);
}

function withNeeded(exact: ReadonlySet<string> | null, needed: ReadonlySet<string> | null): Requirement {
  const fromExact = exact ? literalsOf(exact) : null;
  if (fromExact && (!needed || isMoreSelective(fromExact, needed))) return { exact, needed: fromExact };
  return { exact, needed };
}

function joined(left: ReadonlySet<string>, right: ReadonlySet<string>): Set<string> {
  const product = new Set<string>();
  for (const head of left) for (const tail of right) product.add(head + tail);
  return product;
}

/** Exact strings serve as literals only when every one is long enough to look up. */
function literalsOf(exact: ReadonlySet<string>): ReadonlySet<string> | null {
  for (const text of exact) if (text.length < TRIGRAM) return null;
  return exact.size > 0 ? exact : null;
}

/** Longer shortest literal first (more trigrams to miss), then fewer alternatives. */
function isMoreSelective(candidate: ReadonlySet<string>, current: ReadonlySet<string>): boolean {
  const candidateShortest = shortestLength(candidate);
  const currentShortest = shortestLength(current);
  if (candidateShortest !== currentShortest) return candidateShortest > currentShortest;
  return candidate.size < current.size;
}

function shortestLength(literals: ReadonlySet<string>): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const text of literals) shortest = Math.min(shortest, text.length);
  return shortest;
}

/** A literal that contains another of the same set adds nothing: wherever it occurs, so does the other. */
function withoutImpliedLiterals(literals: ReadonlySet<string>): string[] {
  const sorted = [...literals].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const literal of sorted) {
    if (!kept.some((shorter) => literal.includes(shorter))) kept.push(literal);
  }
  return kept;
}
