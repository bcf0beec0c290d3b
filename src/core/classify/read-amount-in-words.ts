/**
 * A sum written out in words before its currency: "six hundred and fifty pounds", "mille deux cents
 * euros", "ciento sesenta euros", "mil e quinhentos reais", "vierhonderd euro", "zweitausend Euro"
 * (field-wording-4.jsonl: hand-written bills say their total this way). Read only when the email
 * states no sum in figures.
 */
import { COUNT_WORD_NUMBERS } from './read-stated-period';

// The currency words a sum in words ends on; extract-amount says which currency each one is.
const CURRENCY_WORD =
  /(?<![a-zà-ÿ])(pounds?|quid|dollars?|bucks|euros?|reais|francs?|franken|rupees?)(?![a-zà-ÿ])/gi;

// Words worth a number that adds to the running sum: the counts periods are written with
// (read-stated-period.ts), and the rest up to ninety-nine. Hundreds written as one word ("doscientos",
// "quinhentos") add their whole value.
// biome-ignore format: a table reads better by language than one name per line
const ADDITIVE: Record<string, number> = {
  ...COUNT_WORD_NUMBERS,
  eleven: 11, twelve: 12, thirteen: 13, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  forty: 40, fifty: 50, seventy: 70, eighty: 80,
  onze: 11, douze: 12, treize: 13, quatorze: 14, seize: 16, vingts: 20, quarante: 40, cinquante: 50,
  uno: 1, once: 11, doce: 12, trece: 13, catorce: 14, dieciséis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, cuarenta: 40, cincuenta: 50, setenta: 70, ochenta: 80, cien: 100, ciento: 100,
  doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500, seiscientos: 600,
  setecientos: 700, ochocientos: 800, novecientos: 900,
  doze: 12, treze: 13, dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18,
  dezenove: 19, dezanove: 19, quarenta: 40, cinquenta: 50, oitenta: 80, cem: 100, cento: 100,
  duzentos: 200, trezentos: 300, quatrocentos: 400, quinhentos: 500, seiscentos: 600, setecentos: 700,
  oitocentos: 800, novecentos: 900,
  eins: 1, elf: 11, zwölf: 12, dreizehn: 13, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18,
  neunzehn: 19, vierzig: 40, fünfzig: 50, siebzig: 70, achtzig: 80, neunzig: 90,
  twaalf: 12, dertien: 13, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
  veertig: 40, vijftig: 50, zeventig: 70, tachtig: 80, negentig: 90,
};
const HUNDRED = new Set(['hundred', 'cent', 'cents', 'hundert', 'honderd']);
const THOUSAND = new Set(['thousand', 'mille', 'mil', 'tausend', 'duizend']);
const JOINERS = new Set(['and', 'et', 'y', 'e', 'und', 'en']);
// The parts a German or Dutch number is glued from, longest first so "achtzig" is not "acht" + "zig".
const GLUED_PARTS = [...Object.keys(ADDITIVE), ...HUNDRED, ...THOUSAND, 'und', 'en']
  .filter((part) => part.length > 1 && /^[a-zäöüß]+$/.test(part))
  .sort((a, b) => b.length - a.length);
const MAX_WORDS_BEFORE = 8;
const LONE_ARTICLES = new Set([
  'a',
  'an',
  'one',
  'een',
  'ein',
  'eine',
  'einer',
  'un',
  'une',
  'uno',
  'una',
  'um',
  'uma',
]);

/** A sum in words and the currency word it ends on. */
export interface SumInWords {
  amount: number;
  currencyWord: string;
}

/** The last sum written out in words before a currency word, if any. */
export function readAmountInWords(text: string): SumInWords | null {
  CURRENCY_WORD.lastIndex = 0;
  let found: SumInWords | null = null;
  let looked = 0;
  for (let match = CURRENCY_WORD.exec(text); match && looked < 20; match = CURRENCY_WORD.exec(text)) {
    looked++;
    const words = text
      .slice(Math.max(0, match.index - 80), match.index)
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    const amount = readTrailingNumber(words.slice(-MAX_WORDS_BEFORE));
    if (amount !== null && amount > 0) found = { amount, currencyWord: match[1] ?? '' };
  }
  return found;
}

/** The number the last words spell, reading back to the first word that is no part of one. */
function readTrailingNumber(words: readonly string[]): number | null {
  const parts: string[] = [];
  for (let index = words.length - 1; index >= 0; index--) {
    const glued = splitGluedNumber(words[index] ?? '');
    if (!glued) break;
    parts.unshift(...glued);
  }
  while (parts.length > 0 && JOINERS.has(parts[0] ?? '')) parts.shift();
  // An article alone is no sum ("a pound of", Dutch "een euro of 800" is about 800); "a hundred" is.
  if (parts.length === 0 || (parts.length === 1 && LONE_ARTICLES.has(parts[0] ?? ''))) return null;
  return spellNumber(parts);
}

/** A word split into number parts ("zweitausendfünfhundert" into zwei, tausend, fünf, hundert), or null. */
function splitGluedNumber(word: string): string[] | null {
  if (word in ADDITIVE || HUNDRED.has(word) || THOUSAND.has(word) || JOINERS.has(word)) return [word];
  const parts: string[] = [];
  let rest = word;
  while (rest.length > 0) {
    const part = GLUED_PARTS.find((candidate) => rest.startsWith(candidate));
    if (!part) return null;
    parts.push(part);
    rest = rest.slice(part.length);
  }
  return parts.length > 1 ? parts : null;
}

function spellNumber(parts: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let counted = false;
  let previous = '';
  for (const part of parts) {
    if (JOINERS.has(part)) continue;
    // French eighty is four twenties: "quatre-vingt-dix" is 90.
    if ((part === 'vingt' || part === 'vingts') && previous === 'quatre') {
      current += 76;
      previous = part;
      continue;
    }
    previous = part;
    if (HUNDRED.has(part)) {
      current = (current || 1) * 100;
    } else if (THOUSAND.has(part)) {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      const value = ADDITIVE[part];
      if (value === undefined) return null;
      current += value;
    }
    counted = true;
  }
  return counted ? total + current : null;
}
