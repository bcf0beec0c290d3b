/**
 * A sum written out in words before its currency: "six hundred and fifty pounds", "mille deux cents
 * euros", "ciento sesenta euros", "mil e quinhentos reais", "vierhonderd euro", "zweitausend Euro"
 * (field-wording-4.jsonl: hand-written bills say their total this way). Read only when the email
 * states no sum in figures.
 */
import type { StatedMoney } from './extract-amount';

const CURRENCY_WORD =
  /(?<![a-zà-ÿ])(pounds?|quid|dollars?|bucks|euros?|reais|francs?|franken|pesos|rupees?)(?![a-zà-ÿ])/gi;
const CURRENCY_OF_WORD: Record<string, string> = {
  pound: 'GBP',
  pounds: 'GBP',
  quid: 'GBP',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  reais: 'BRL',
  franc: 'CHF',
  francs: 'CHF',
  franken: 'CHF',
  pesos: 'MXN',
  rupee: 'INR',
  rupees: 'INR',
};

// Words worth a number that adds to the running sum. Hundreds written as one word ("doscientos",
// "quinhentos", "vierhonderd" is two morphemes) add their whole value.
// biome-ignore format: a table reads better by language than one name per line
const ADDITIVE: Record<string, number> = {
  // English
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
  // French
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60,
  // Spanish
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17,
  dieciocho: 18, diecinueve: 19, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60,
  setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200, trescientos: 300,
  cuatrocientos: 400, quinientos: 500, seiscientos: 600, setecientos: 700, ochocientos: 800,
  novecientos: 900,
  // Portuguese
  um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10, doze: 12,
  treze: 13, dezesseis: 16, dezasseis: 16, dezessete: 17,
  dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40,
  cinquenta: 50, sessenta: 60, oitenta: 80, cem: 100, cento: 100, duzentos: 200, trezentos: 300,
  quatrocentos: 400, quinhentos: 500, seiscentos: 600, setecentos: 700, oitocentos: 800,
  novecentos: 900,
  // German and Dutch, also as the parts of one long word ("zweitausendfünfhundert", "vierhonderd")
  ein: 1, eins: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
  neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
  sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, dreizehn: 13, vierzehn: 14, fünfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, een: 1, twee: 2, vijf: 5, zes: 6, zeven: 7,
  negen: 9, tien: 10, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
  achttien: 18, negentien: 19, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60,
  zeventig: 70, tachtig: 80, negentig: 90,
};
const HUNDRED = new Set(['hundred', 'cent', 'cents', 'hundert', 'honderd']);
const THOUSAND = new Set(['thousand', 'mille', 'mil', 'tausend', 'duizend']);
const JOINERS = new Set(['and', 'et', 'y', 'e', 'und', 'en']);
// The parts a German or Dutch number is glued from, longest first so "achtzig" is not "acht" + "zig".
const GLUED_PARTS = [...Object.keys(ADDITIVE), ...HUNDRED, ...THOUSAND, 'und', 'en']
  .filter((part) => part.length > 1 && /^[a-zäöüß]+$/.test(part))
  .sort((a, b) => b.length - a.length);
const MAX_WORDS_BEFORE = 8;
const LONE_ARTICLES = new Set(['a', 'one', 'een', 'ein', 'eine', 'un', 'une', 'uno', 'um', 'uma']);

/** The last sum written out in words before a currency word, if any. */
export function readAmountInWords(text: string): StatedMoney {
  CURRENCY_WORD.lastIndex = 0;
  let found: StatedMoney = { amount: null, currency: null };
  let looked = 0;
  for (let match = CURRENCY_WORD.exec(text); match && looked < 20; match = CURRENCY_WORD.exec(text)) {
    looked++;
    const words = text
      .slice(Math.max(0, match.index - 80), match.index)
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    const amount = readTrailingNumber(words.slice(-MAX_WORDS_BEFORE));
    const currency = CURRENCY_OF_WORD[(match[1] ?? '').toLowerCase()] ?? null;
    if (amount !== null && amount > 0) found = { amount, currency };
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
