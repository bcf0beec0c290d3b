import type { DraftLanguage } from '../drafts/render-follow-up';

/**
 * Which of the six draft languages a thread is written in, from its most common short words and a few
 * letters only one language uses. The client's own language decides the draft's (issue #5), so when
 * the evidence is thin the answer is null and the caller keeps the user's default.
 */

function wordsOf(list: string): readonly string[] {
  return list.split(' ');
}

// Function words frequent in business mail and rare in the other five languages. A word listed for
// several languages counts for each in equal shares, so shared words ("que", "no") cannot decide alone.
const FUNCTION_WORDS: Record<DraftLanguage, readonly string[]> = {
  en: wordsOf(
    "the and you your is are to of for with this that it have will would could please thanks thank hi hello i i'm my we be on if let know just when can what how was not no",
  ),
  de: wordsOf(
    'und der die das ich sie nicht ist mit für ein eine einen zu den dem auf wir ihnen ihre bitte danke vielen dank hallo noch auch wenn haben wäre gerne freundlichen grüßen rechnung können ob es',
  ),
  fr: wordsOf(
    "le la les et je vous votre vos est pour une un des du pas que qui avec nous merci bonjour sur ce cette mon ma mes si c'est j'ai bien cordialement facture au aux êtes",
  ),
  es: wordsOf(
    'el los las y usted su sus es para por con una un del gracias hola muy pero si lo le me mi está favor saludos factura puede podría cuando también hay estoy nos al sobre tiene puedo así ahora todo esta este espero quería sigue ya no que nuestro nuestra pago',
  ),
  nl: wordsOf(
    'de het een en ik je jij u uw is van voor met niet dat op te wij we graag bedankt hallo beste groet groeten factuur kunt kun wilt nog ook als maar zijn heb heeft laat weten',
  ),
  pt: wordsOf(
    'o os e você seu sua é para com uma um não obrigado obrigada olá oi muito mas se da dos das na em fatura pode poderia quando também estou nós ao abraço atenciosamente que isso então pagamento agradeço espero está tudo sobre',
  ),
};

// Letters that, seen at all, point strongly at one language.
const MARK_LETTERS: readonly [RegExp, DraftLanguage][] = [
  [/[ßäöü]/iu, 'de'],
  [/[ñ¿¡]/iu, 'es'],
  [/[ãõ]/iu, 'pt'],
  [/[èêëœ]|ç(?=[aou])/iu, 'fr'],
  [/(?<![\p{L}])(?:ij|zijn|wij|mij|bij)(?![\p{L}])/iu, 'nl'],
];

const WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu;
const MAX_CHARS = 20_000;
const MIN_HITS = 3;

const LOOKUP = new Map<string, DraftLanguage[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS) as [DraftLanguage, readonly string[]][]) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), lang]);
}

export function detectLanguage(text: string): DraftLanguage | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const sample = text.slice(0, MAX_CHARS).toLowerCase().replace(/’/g, "'");
  const scores: Record<DraftLanguage, number> = { en: 0, de: 0, fr: 0, es: 0, nl: 0, pt: 0 };
  for (const match of sample.matchAll(WORD)) {
    const langs = LOOKUP.get(match[0]);
    if (!langs) continue;
    for (const lang of langs) scores[lang] += 1 / langs.length;
  }
  for (const [pattern, lang] of MARK_LETTERS) {
    if (pattern.test(sample)) scores[lang] += 2;
  }
  const ranked = (Object.entries(scores) as [DraftLanguage, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS) return null;
  // A near tie (a mixed-language thread) is not evidence enough to switch the user's language.
  if (second && second[1] > 0 && best[1] < second[1] * 1.25) return null;
  return best[0];
}
