import type { ExplanationCode } from '../explanations/explanation';
import type { EmailKind } from './kinds';

/**
 * The shape of a kind: parts that each say little alone but together say what the sender asks for.
 * A proposal is the sender offering work for a price and asking for a decision, whatever it is called
 * ("I'd charge $3,200 … I could start on the 14th … want me to pencil you in?"); a feedback request
 * shows work and asks for an opinion; a details request says what is missing and asks for it.
 * Phrase cues (kind-cues.ts) memorize wordings; shapes let wordings nobody tuned on still add up
 * (issue #3: priced scopes that never say "proposal" fell to `other`).
 *
 * Every part is a literal alternation with bounded gaps, so matching stays linear.
 */
export interface KindShape {
  kind: Exclude<EmailKind, 'other'>;
  /** Every part must be found in the sender's own words. */
  parts: readonly RegExp[];
  /** None of these may be found: they make the same parts mean something else. */
  absent: readonly RegExp[];
  weight: number;
  signal: ExplanationCode;
}

// An amount with its currency, either side of the number, in the forms the six languages write.
const MONEY =
  "(?:(?:[$€£]|r\\$|(?<![a-z])(?:usd|eur|gbp|chf|brl)(?![a-z]))\\s?\\d|\\d(?:[\\d.,' ]{0,12}\\d)?\\s?(?:€|£|(?<![a-z])(?:eur|euros?|usd|dollars?|pounds?|gbp|reais|chf)(?![a-z])))";

const RATE_UNIT =
  '(?:month|mo|hour|hr|h|day|week|episode|word|page|session|post|mois|heure|jour|semaine|mot|monat|stunde|tag|woche|wort|mes|hora|día|semana|palabra|maand|uur|dag|woord|mês|dia|palavra)';

// The sender naming their own price: "I'd charge", "it would come to", "my day rate is", "serían".
const OWN_PRICE_WORDS = [
  "(?:i'?d|i would|we'?d|we would|i|we) (?:charge|quote|estimate|ask)",
  '(?:i|we) can do (?:it|this|that|the job|the work)',
  'would (?:be|come to|cost|run to|total)',
  'comes? (?:to|out at)',
  "it'?d be",
  'works? out (?:at|to)',
  'brings? (?:it|the total|that|the price) (?:down |up )?to',
  '(?:my|our) (?:day |daily |hourly |weekly |monthly |annual |usual |standard |total )?(?:rate|fee|price|charge)',
  '(?:fee|price|cost|total)(?: would be| will be| is|:)',
  'fixed (?:price|fee)',
  'flat (?:fee|rate|price)',
  'at my rate',
  '(?:option|package|tier|plan) (?:[a-c1-3]|one|two|three)(?![a-z])',
  '(?:basic|standard|premium|full) (?:–|-|:)',
  // German, French, Spanish, Dutch, Portuguese.
  'würde (?:ich|wir)',
  '(?:ich|wir) berechne',
  'pauschal',
  'festpreis',
  'beläuft sich auf',
  'liegt bei',
  '(?:mein|unser) (?:tages|stunden)?(?:satz|preis|honorar)',
  '(?:mon|notre) (?:tarif|prix|forfait)',
  '(?:je|nous) (?:facture|facturerai[st]?|compte)',
  'serait de',
  "s'élève(?:rait)? à",
  'reviendrait à',
  'serían',
  'sería de',
  'cobraría',
  '(?:mi|nuestra) tarifa',
  'saldría (?:en|por)',
  'kom (?:ik|we|wij) uit op',
  '(?:reken|rekenen) (?:ik|wij|we)',
  '(?:ik|wij|we) rekenen',
  '(?:mijn|ons) (?:uur|dag)?tarief',
  'vaste prijs',
  'cobraria',
  '(?:eu )?cobro',
  'fica(?:ria)? em',
  'sai(?:ria)? por',
  '(?:meu|nosso) (?:valor|preço)',
];

const PRICE_OFFERED = new RegExp(
  `(?<![a-zà-ÿ])(?:${OWN_PRICE_WORDS.join('|')})[^.\\n?]{0,60}${MONEY}|(?<![a-zà-ÿ])(?:for|für|pour|por|voor) (?:just |only |a total of |a flat |a fixed |nur |seulement |apenas )?${MONEY}|${MONEY}[^.\\n]{0,2}\\s?(?:\\/\\s?|(?:per|a|an|por|par|pro) )${RATE_UNIT}(?![a-zà-ÿ])`,
  'i',
);

// When and what: a start date, a schedule, what the price covers.
const OFFER_TERMS =
  /(?<![a-zà-ÿ])(?:(?:i|we) (?:can|could) (?:start|begin|kick off|fit you in|have it|get (?:started|going))|i'?m free (?:from|on)|(?:we'?ve|i'?ve) got a slot|(?:ready|able|available) to (?:start|begin)|(?:start|begin|kick off)(?:ing)? (?:on|from|next|the week)|start date|delivered (?:by|within)|turnaround|within (?:a|one|two|three|\d+) (?:working )?(?:days?|weeks?) of|(?:take|takes|taking) (?:about|around|roughly) |includ(?:es|ing|ed)|(?:materials|travel) (?:included|extra)|\bcovers?\b|rounds? of (?:revisions?|changes)|phase \w{1,3}:|half on signing|(?:\d{1,2} ?%|a) (?:deposit|upfront)|minimum|timeline|(?:ich )?könnte (?:in|am|ab)|anfangen|start wäre|inklusive|inkl\.|korrekturschleifen|innerhalb von|je (?:peux|pourrais) (?:démarrer|commencer)|je commence|livraison|(?:fournitures )?comprises?|inclus|délai|puedo empezar|podríamos empezar|empezar|incluid[ao]s?|rondas de cambios|ik kan in|kunnen beginnen|lever ik|inclusief|incl\. btw|posso começar|começamos|rodadas de ajustes|incluindo|prazo)(?![a-zà-ÿ])/i;

// The decision the sender waits for: "shall I go ahead?", "if that works", "dime si te encaja".
const GO_AHEAD_ASK =
  /(?:(?:your|the|a) go-ahead|shall i (?:go ahead|hold|book|pencil|send|start|put)|want me to (?:go ahead|pencil|book|hold|start)|(?:let me know|tell me|give me a shout|shout) (?:if|whether|which)[^.\n]{0,40}(?:go ahead|proceed|book|start|carry on|like|want|works?|suits?|way)|(?:if|when) (?:that|this|it) (?:works|suits|sounds)|if you'?re (?:ok|okay|happy|keen|good) with|reply to confirm|if you confirm|before you decide|happy to book|tell me which|let me know which|sign when|once (?:it'?s |this is )?signed|geben sie mir (?:einfach |gerne )?bescheid|wenn (?:das|es) (?:für sie |für dich |so )?passt|si cela vous convient|si (?:c'est|ça) (?:bon|ok|d'accord)|dites-moi si|si vous êtes d'accord|dime si|si te (?:encaja|parece|va bien)|¿te parece|si (?:le|te) parece bien|si estás de acuerdo|laat (?:maar |even |me )?weten of|zullen we|als (?:dat|het) (?:akkoord|goed) is|se estiver de acordo|se fizer sentido|me avise|me diga se)/i;

// Billing and already-agreed prices: the same amount and dates then describe work done or settled.
const BILLING_OR_AGREED =
  /(?<![a-zà-ÿ])(?:payable|overdue|past due|unpaid|remaining balance|balance (?:due|owing)|amount due|late fee|(?:we|you) agreed|we'?d agreed|as agreed|vereinbart\w{0,2}|convenu|acordad[oa]|combinad[oa]|afgesproken)(?![a-zà-ÿ])/i;

// Work the client can look at now.
const WORK_SHOWN =
  /(?<![a-zà-ÿ])(?:(?:first|second|third|next|final|rough|new|latest|updated|revised) (?:cut|draft|version|pass|round|edit|mix|proofs?|designs?|layout)|round (?:two|three|\d)|v\d(?![\d.])|drafted|mock-?ups?|wireframes?|directions|staging|preview|concepts?|chapter \d+|layouts?|sketch(?:es)?|proofs?|(?:draft|proof|preview|demo|sample|cut|edit|mix|version|copy|photos|images|gallery|designs?|logos?|recording|render|video|page|site|chapter|report|banner)s? (?:is|are) (?:attached|ready|up|done|uploaded|live|finished|in (?:the|your))|(?:uploaded|shared|finished|put)[^.\n]{0,30}(?:folder|drive|doc|dropbox|link|gallery|staging)|entwurf|maquettes?|première version|premières maquettes|borrador|primera versión|boceto|ontwerp|eerste versie|opzet|primeira versão|rascunho|staat klaar|está pronto|está lista|est prête?)(?![a-zà-ÿ])/i;

// Asking what the client thinks of it or would change.
const OPINION_ASK =
  /(?:tell me what(?:'s| is)? ?(?:working|you think|you'?d change|isn'?t)|what(?:'s| is) working|does (?:either|it|this|anything|that) (?:one )?(?:feel|look|work|read|sound|match|capture)|mark (?:up|anything)|(?:send|tell) me anything|anything (?:else )?(?:you'?d|to) (?:tweak|change|adjust|add)|(?:are we|we'?re) good to (?:finalise|finalize|go)|what you(?:'d)? (?:think|change|like)|let me know (?:what you think|your thoughts|if (?:it|this|that|anything) (?:works|looks|needs|feels)|(?:of )?any (?:changes|edits|tweaks))|(?:any|your) (?:thoughts|comments|feedback|notes|changes|edits|tweaks|corrections)(?:\?| (?:on|before|welcome|by|so far))|(?:happy|ok|okay) with (?:it|this|them|the)|(?:approve|sign off|green[- ]light) (?:it|this|them|the)|changes you(?:'d| would) like|before (?:i|we) (?:finalise|finalize|send (?:it|them)? ?to|publish|go live|print)|sagen sie mir[^.\n]{0,40}(?:gefällt|ändern)|was (?:ihnen|dir) gefällt|(?:ihr|ihre|dein|deine) (?:feedback|rückmeldung|anmerkungen|änderungswünsche|meinung)|passt (?:das|es) so|freigabe|dites-moi ce que|ce que vous en pensez|(?:vos|tes) retours|votre avis|des modifications|dime qué|qué cambiarías|qué te parece|(?:tus|sus) comentarios|qué (?:le|te) gusta|laat (?:je|u) weten wat|wat (?:je|u) ervan vindt|wat vind (?:je|u) (?:ervan|van)|wie (?:finden sie|findest du)|was (?:halten sie|hältst du) davon|qu'en pensez-vous|qu'en penses-tu|wat (?:je|u) zou (?:veranderen|aanpassen)|(?:je|uw) (?:feedback|opmerkingen)|me diz o que|o que precisa mudar|o que (?:você )?ach(?:ou|a)|(?:alterações|ajustes) (?:que|antes))/i;

// The sender says they cannot go on without something.
const BLOCKED_WITHOUT =
  /(?:to get (?:going|started) on|so (?:that )?(?:i|we) can (?:finalise|finalize|finish|start|book|get on|move|continue|set)|before (?:i|we) (?:can (?:start|book|finish|continue)|book|start)|(?:i|we) can'?t (?:start|finish|continue|go on|book)|(?:i'?m|we'?re) (?:just |still )?(?:missing|waiting (?:on|for))|(?:are|is) (?:still )?missing|(?:i|we) still need|(?:don'?t|do not) have [^.\n]{0,40} yet|(?:nearly|almost) (?:done|finished|there)[^.\n]{0,40} but|as soon as (?:i|we) (?:have|get|receive)|once (?:i|we) (?:have|get|receive)|damit (?:ich|wir) [^.\n]{0,40}(?:weitermachen|anfangen|fertig|beginnen)|fehl(?:t|en) (?:mir|uns) noch|sobald (?:ich|wir)|pour (?:avancer|terminer|finaliser|continuer|commencer)|il (?:me|nous) manque|dès que j'aurai|para (?:terminar|avanzar|seguir|continuar|finalizar|empezar)|(?:me|nos) (?:hace |hacen )?falta|en cuanto (?:tenga|reciba)|om verder te (?:kunnen|gaan)|(?:mis|missen) (?:ik|we) nog|ontbreekt nog|zodra ik|fico aguardando|para (?:seguir|começar|continuar|terminar)|assim que (?:receber|tiver))/i;

// Asking the client to send or tell something.
const INPUT_ASK =
  /(?:(?:could|can|would) you (?:please )?(?:send|add|dig|measure|let me know|share|forward|get|pass on|upload|confirm|fill|tell me)|please (?:send|share|upload|forward|confirm|fill)|what'?s the (?:address|best number|login)|who (?:will|is) (?:be )?my contact|(?:können|könnten) sie mir|(?:schicken|senden) sie mir|(?:pouvez|pourriez)-vous m'|merci de m'(?:envoyer|transmettre)|¿me (?:los |las |lo |la )?(?:mandas|envías|pasas)|(?:puedes|podrías|podría) (?:mandarme|enviarme|pasarme)|(?:kun|kan) je (?:die |dat |ze )?(?:doorsturen|sturen|mailen)|(?:kunt|wilt) u|consegue (?:me )?(?:mandar|enviar)|pode(?:ria)? me (?:mandar|enviar)|me (?:envie|mande))/i;

// A few words about the work, asked for to show others.
const WORDS_ASKED =
  /(?:(?:a )?(?:couple of|few|two or three) (?:sentences|words|lines)|something short about|quote you on|(?:be|being) a reference|(?:a few )?stars on google|valoración en google|ein paar sätze|quelques (?:mots|lignes)|algunas (?:líneas|palabras)|een paar (?:zinnen|woorden)|algumas (?:linhas|palavras))/i;

const SHOWN_TO_OTHERS =
  /(?:(?:on|for) (?:my|our) (?:website|site|page)|about (?:the experience|how (?:the|it)|working with)|who has worked with (?:me|us)|if you (?:were|are|'re) (?:happy|pleased)|für meine (?:website|webseite|seite)|sur (?:mon|notre) site|publier|mi (?:web|sitio)|op (?:mijn|onze) (?:site|website)|(?:no|em) meu site|google)/i;

// Asking whether the client has looked at what was sent.
const ASKS_IF_LOOKED =
  /(?:(?:had|have you had|did you get|got) (?:a|the) chance to (?:think|look|read|review|go|check)|wondering (?:if|whether) you(?:'d| had| have)?|any news (?:from|on|about)|haven'?t heard (?:from you|back) since|is (?:it|this) still something|did [^.\n]{0,40} work for you|back to the top of your inbox|didn'?t get (?:buried|lost)|(?:sind sie|bist du) [^.\n]{0,20}dazu gekommen|nachhören|(?:avez-vous|as-tu) (?:pu|eu le temps d)[^.\n]{0,20}(?:jeter un|regarder|lire|voir)|jeter un (?:œil|oeil)|pudiste (?:ver|mirar|revisar)|(?:heb|hebt) (?:je|u) al [^.\n?]{0,30}(?:kunnen|gekeken|bekeken)|conseguiu (?:dar uma olhada|ver|olhar)|fico no aguardo)/i;

export const KIND_SHAPES: readonly KindShape[] = [
  {
    kind: 'proposal',
    parts: [OFFER_TERMS, GO_AHEAD_ASK, PRICE_OFFERED],
    absent: [BILLING_OR_AGREED],
    weight: 5,
    signal: 'signalOfferWithTermsAndAsk',
  },
  {
    kind: 'proposal',
    parts: [GO_AHEAD_ASK, PRICE_OFFERED],
    absent: [BILLING_OR_AGREED],
    weight: 3.5,
    signal: 'signalOfferWithAsk',
  },
  {
    kind: 'proposal',
    parts: [OFFER_TERMS, PRICE_OFFERED],
    absent: [BILLING_OR_AGREED],
    weight: 3.5,
    signal: 'signalOfferWithTerms',
  },
  {
    kind: 'feedback_request',
    parts: [WORK_SHOWN, OPINION_ASK],
    absent: [],
    weight: 3.5,
    signal: 'signalWorkShownAsksOpinion',
  },
  {
    kind: 'details_request',
    parts: [BLOCKED_WITHOUT, INPUT_ASK],
    absent: [],
    weight: 3.5,
    signal: 'signalBlockedAsksInput',
  },
  {
    kind: 'testimonial_request',
    parts: [WORDS_ASKED, SHOWN_TO_OTHERS],
    absent: [],
    weight: 4,
    signal: 'signalAsksWordsToShow',
  },
  {
    kind: 'followup',
    parts: [ASKS_IF_LOOKED],
    absent: [],
    weight: 3.5,
    signal: 'signalAsksIfTheyLooked',
  },
];

/** The shapes the sender's own words take; per kind only the strongest (listed first) counts. */
export function findKindShapes(ownText: string): KindShape[] {
  const found: KindShape[] = [];
  // Shapes share parts; each is read once per message (the classifier's budget is 2,000 messages a second).
  const seen = new Map<RegExp, boolean>();
  const has = (part: RegExp): boolean => {
    let present = seen.get(part);
    if (present === undefined) {
      present = part.test(ownText);
      seen.set(part, present);
    }
    return present;
  };
  for (const shape of KIND_SHAPES) {
    if (found.some((earlier) => earlier.kind === shape.kind)) continue;
    if (!shape.parts.every(has)) continue;
    if (shape.absent.some(has)) continue;
    found.push(shape);
  }
  return found;
}
