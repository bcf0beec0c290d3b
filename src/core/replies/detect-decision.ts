import { sentencesOf } from './sentences-of';

export interface DecisionSignal {
  decision: 'accepted' | 'declined';
  sentence: string;
}

// Clear yeses to a proposal in the six languages the product reads; fixed phrases, linear to match.
const ACCEPTED = new RegExp(
  [
    String.raw`\b(?:we'd|we would|i'd|i would|we’d|i’d) (?:like|love) to (?:go ahead|proceed|move forward|get started)\b`,
    String.raw`\blet's (?:go ahead|proceed|move forward|do it|get started)\b`,
    String.raw`\blet’s (?:go ahead|proceed|move forward|do it|get started)\b`,
    String.raw`\b(?:we|i) (?:accept|approve)\b`,
    String.raw`\b(?:proposal|quote|offer|estimate|contract)\s(?:is\s|has been\s)?(?:approved|accepted|signed)\b`,
    String.raw`\b(?:signed|countersigned) (?:contract|copy|proposal)\b`,
    String.raw`\bwir (?:nehmen das angebot an|möchten sie (?:gerne )?beauftragen|beauftragen sie)`,
    String.raw`\bangebot (?:ist |wurde )?(?:angenommen|freigegeben)`,
    String.raw`\bauftrag (?:ist |wird )?erteilt`,
    String.raw`\b(?:nous acceptons|j'accepte|j’accepte|bon pour accord)\b`,
    String.raw`\b(?:devis|proposition) (?:est |a été )?(?:accepté|acceptée|validé|validée|signé|signée)`,
    String.raw`\b(?:aceptamos|acepto) (?:la|el|su|tu) (?:propuesta|presupuesto|oferta)`,
    String.raw`\b(?:propuesta|presupuesto) (?:está |ha sido )?aprobad[oa]`,
    String.raw`\b(?:wij gaan akkoord|we gaan akkoord|ik ga akkoord)\b`,
    String.raw`\bofferte (?:is )?goedgekeurd`,
    String.raw`\b(?:aceitamos|aceito) (?:a|o|sua|seu) (?:proposta|orçamento)`,
    String.raw`\b(?:proposta|orçamento) (?:está |foi )?aprovad[oa]`,
  ].join('|'),
  'i',
);

// Clear noes: the client chose otherwise or stopped the project.
const DECLINED = new RegExp(
  [
    String.raw`\b(?:decided|chosen|chose) (?:to go with|to work with|another|a different) `,
    String.raw`\b(?:decided|chosen) not to\b`,
    String.raw`\b(?:going|gone|go) with (?:another|a different) (?:agency|vendor|provider|supplier|freelancer|studio|company|option)\b`,
    String.raw`\b(?:not|won't be|will not be|won’t be) (?:moving|going) forward\b`,
    String.raw`\b(?:not|no longer) interested\b`,
    String.raw`\b(?:we|i)(?:'ll| will|’ll) pass\b`,
    String.raw`\b(?:must|have to|will|need to) decline\b`,
    String.raw`\b(?:haben uns|habe mich) (?:für (?:einen |eine )?andere[nsr]?\s[^.\n]{0,30}?|anders |dagegen )entschieden`,
    String.raw`\b(?:kein interesse|nicht weiter verfolgen|müssen (?:ihnen )?absagen)`,
    String.raw`\b(?:ne donnerons pas suite|avons choisi un autre|avons retenu une autre|pas intéressés?)\b`,
    String.raw`\b(?:hemos decidido no|hemos elegido otro|no seguiremos adelante|no estamos interesados)\b`,
    String.raw`\b(?:gekozen voor een andere|gaan niet verder|geen interesse|zien af van)\b`,
    String.raw`\b(?:decidimos não|escolhemos outro|não vamos seguir|não temos interesse)\b`,
  ].join('|'),
  'i',
);

// A yes with a negation, or one still to come ("once we receive the signed contract"), is no yes.
const NOT_A_YES =
  /\b(?:not|n't|cannot|can't|can’t|once|when|if|will|soon|nicht|noch|sobald|wenn|falls|pas|quand|dès|si|no|cuando|niet|zodra|als|indien|não|quando|assim)\b/i;

/**
 * A clear decision on a proposal ("we'd like to go ahead", "we decided to go with another studio").
 * Conservative: questions are skipped, a "yes" with a negation is not a yes, and a "no" wins over
 * a "yes" in the same message. Null when the message decides nothing clearly.
 */
export function detectDecision(bodyText: string): DecisionSignal | null {
  let accepted: string | null = null;
  for (const sentence of sentencesOf(bodyText.slice(0, 6_000))) {
    if (sentence.endsWith('?')) continue;
    if (DECLINED.test(sentence)) return { decision: 'declined', sentence };
    if (accepted === null && ACCEPTED.test(sentence) && !NOT_A_YES.test(sentence)) accepted = sentence;
  }
  return accepted === null ? null : { decision: 'accepted', sentence: accepted };
}
