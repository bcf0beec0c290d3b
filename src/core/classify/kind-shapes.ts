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
 * An invoice that never says "invoice" is an amount asked for now, or for a stage of work that is done.
 *
 * Every part is a literal alternation with bounded gaps, so matching stays linear.
 */
export interface KindShape {
  kind: Exclude<EmailKind, 'other'>;
  /** Every part must be found in the sender's own words; they are read in order, the rarest first. */
  parts: readonly RegExp[];
  /** None of these may be found: they make the same parts mean something else. */
  absent: readonly RegExp[];
  weight: number;
  signal: ExplanationCode;
}

// An amount with its currency, either side of the number, in the forms the six languages write.
const MONEY =
  "(?:(?:[$€£]|r\\$|(?<![a-z])(?:usd|eur|gbp|chf|brl)(?![a-z]))\\s?\\d|\\d(?:[\\d.,' ]{0,12}\\d)?k?\\s?(?:€|£|(?<![a-z])(?:eur|euros?|usd|dollars?|pounds?|gbp|reais|chf)(?![a-z])))";

const RATE_UNIT =
  '(?:pp|head|month|mo|hour|hr|h|day|week|episode|word|page|session|post|dish|item|unit|piece|person|head|guest|room|visit|photo|image|video|article|lesson|class|mois|heure|jour|semaine|mot|séance|monat|stunde|tag|woche|wort|stück|person|termin|mes|hora|día|semana|palabra|sesión|clase|maand|uur|dag|woord|stuk|les|mês|dia|palavra|aula|sessão)';

/** One part: any of the alternatives, as whole words, case-insensitive. */
function anyOf(alternatives: readonly string[]): RegExp {
  return new RegExp(`(?<![a-zà-ÿ])(?:${alternatives.join('|')})(?![a-zà-ÿ])`, 'i');
}

// The sender naming their own price: "I'd charge", "it would come to", "my day rate is", "serían".
const OWN_PRICE_WORDS = [
  "(?:i'?d|i would|we'?d|we would|i|we) (?:charge|quote|estimate|ask)",
  "(?:i'?m|i am|we'?re) (?:thinking|looking at)",
  "i'?d (?:say|put it at)",
  '(?:roughly|approximately|ballpark|estimated at)',
  "(?:i'?d|i would|we'?d|we would) (?:budget|allow|reckon)",
  '(?:i|we) (?:usually|normally|typically|generally) charge',
  '(?:for )?a fee of',
  'pricing (?:for|:)',
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
  '(?:option|package|tier|plan|menu) (?:[a-c1-3]|one|two|three)(?![a-z])',
  '(?:basic|standard|premium|full) (?:–|-|:)',
  // German, French, Spanish, Dutch, Portuguese.
  'würden?',
  '(?:ich|wir) berechne',
  'berechnen? (?:ich|wir)',
  'anfallen',
  'kostet',
  'pauschal',
  'festpreis',
  'beläuft sich auf',
  'liegt bei',
  'läge bei',
  '(?:mein|unser) (?:tages|stunden)?(?:satz|preis|honorar)',
  '(?:mon|notre) (?:tarif|prix|forfait)',
  '(?:je|nous) (?:facture|facturerai[st]?|compte)',
  '(?:il )?faut compter',
  '(?:ça|cela) (?:fait|ferait|revient à|reviendrait à)',
  'coûterait',
  'serait de',
  "s'élève(?:rait)? à",
  'reviendrait à',
  'serían',
  'sería de',
  'cobraría',
  '(?:mi|nuestra) tarifa',
  'saldría (?:en|por)',
  '(?:te|le|les) (?:haría|hago|dejo) (?:un precio|el precio|por)',
  'kom (?:ik|we|wij) uit op',
  '(?:reken|rekenen) (?:ik|wij|we)',
  '(?:ik|wij|we) rekenen',
  '(?:mijn|ons) (?:uur|dag)?tarief',
  'vaste prijs',
  '(?:mijn|onze?) prijs',
  'bedraagt',
  'komt (?:op|uit op)',
  'kost (?:het|dat|u|je)',
  'cobraria',
  '(?:eu )?cobro',
  'fica(?:ria)? em',
  'sai(?:ria)? por',
  '(?:meu|nosso) (?:valor|preço)',
];

const PRICE_OFFERED = new RegExp(
  `(?<![a-zà-ÿ])(?:${OWN_PRICE_WORDS.join('|')})[^.\\n?]{0,60}${MONEY}|(?<![a-zà-ÿ])(?:it'?s|that'?s|es|c'est|é) (?:another |an extra |an additional |just |only )?${MONEY}|(?<![a-zà-ÿ])(?:for|für|pour|por|voor) (?:just |only |a total of |a flat |a fixed |nur |seulement |apenas )?${MONEY}|${MONEY}[^.\\n]{0,2}\\s?(?:\\/\\s?|(?:per|a|an|por|par|pro|la|el|le) )${RATE_UNIT}(?![a-zà-ÿ])`,
  'i',
);

// An amount with no currency but a tax word is still a price ("4,500 plus VAT").
const ANY_PRICE = new RegExp(
  `${MONEY}|\\d[\\d,.' ]{0,12}\\s?(?:\\+|plus|excl\\.?|excluding|ex\\.?|incl\\.?|including|zzgl\\.?|hors|sin|excl\\.) ?(?:vat|tax|gst|mwst|ust|btw|iva|tva|taxes|ht)(?![a-zà-ÿ])`,
  'i',
);

// When and what: a start date, a schedule, what the price covers.
const OFFER_TERMS = anyOf([
  '(?:i|we) (?:can|could) (?:start|begin|kick off|fit you in|have it|get (?:started|going)|do (?:it )?(?:next|on|this|the))',
  'could do (?:it )?(?:next|on|this|the)',
  "i'?m free (?:from|on)",
  "(?:i|we)(?: have|'ve got| am|'m| are|'re) (?:\\w+ )?availab(?:le|ility) (?:from|on|in|next|this)",
  'could (?:kick off|start|begin)',
  '(?:can|could) have (?:it|them|\\w+|the \\w+) (?:to you|ready|done|back|over)',
  'by (?:the )?\\d{1,2}(?:st|nd|rd|th)',
  '(?:that|this|it) gets you',
  '(?:my )?next (?:available )?(?:opening|slot)',
  'week of the',
  'on top of',
  'on site (?:from|by|at)',
  'can attend',
  'fortnightly',
  'sessions? in total',
  '(?:notice|lead time) to start',
  "(?:we'?ve|i'?ve) got a slot",
  '(?:ready|able|available|happy) to (?:start|begin)',
  '(?:start|begin|kick off)(?:ing)? (?:on|from|next|the week|early|in)',
  'start date',
  "(?:you'?d|you will|you'?ll) have (?:it|them|the)",
  'turn (?:it )?around',
  'turnaround',
  'delivered (?:by|within|in)',
  '(?:within|in) (?:a|one|two|three|\\d+) (?:working )?(?:days?|weeks?)',
  '(?:take|takes|taking) (?:about|around|roughly)',
  "(?:\\w+ )?(?:days?|weeks?)'? work",
  'includ(?:es|ing|ed)',
  '(?:materials|travel) (?:included|extra)',
  'covers?',
  'rounds? of (?:revisions?|changes)',
  'phase \\w{1,3}:',
  'half on signing',
  'deposit',
  'upfront',
  '(?:on|a) retainer',
  '(?:three|six|twelve|\\d+)[- ]month (?:commitment|minimum|term)',
  'minimum',
  'timeline',
  // German, French, Spanish, Dutch, Portuguese.
  '(?:ich|wir) (?:könnte|könnten|kann|können) (?:in|am|ab|nächste|sofort)',
  'anfangen',
  'beginnen',
  'start wäre',
  'termin wäre',
  'inklusive',
  'inkl\\.',
  'enthalten',
  '(?:gerne )?übernehme ich',
  'ab (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|sofort)',
  'korrekturschleifen',
  'innerhalb von',
  '(?:je|nous) (?:peux|pouvons|pourrais|pourrions) (?:démarrer|commencer|intervenir|venir|passer|livrer)',
  'je commence',
  'livraison',
  'fournitures',
  'compris(?:es?)?',
  'inclu(?:s|se|ses|ant)',
  'délai',
  '(?:puedo|podemos|podría|podríamos) empezar',
  'empezar',
  'incluid[ao]s?',
  'rondas de cambios',
  'entrega en',
  'ik kan in',
  '(?:kunnen|kan) (?:beginnen|starten)',
  '(?:dat|wanneer) (?:ik|we|wij) [^.\\n]{0,20}(?:begin|beginnen|start)',
  '(?:ik|we|wij) (?:kan|kunnen) [^.\\n]{0,20}(?:beginnen|starten)',
  'lever ik',
  'levering',
  '(?:volgende|komende) (?:week|maand)',
  'binnen (?:\\w+ )?(?:werk)?(?:dagen|weken)',
  'inclusief',
  'inbegrepen',
  'incl\\. btw',
  '(?:posso|podemos) começar',
  'começamos',
  'rodadas de ajustes',
  'incluindo',
  'incluído',
  'com entrega',
  'entrego',
  'em até \\d+ dias',
  'prazo',
]);

// The decision the sender waits for: "shall I go ahead?", "if that works", "dime si te encaja".
const GO_AHEAD_ASK = anyOf([
  '(?:your|the|a) go-ahead',
  'shall (?:i|we)',
  '(?:would|do) you (?:like|want) (?:me |us )?to (?:renew|go ahead|proceed|book|start|continue|sign|confirm|move forward|reserve)',
  "if you'?d like to (?:confirm|go ahead|proceed|book)",
  'happy to hold',
  'want me to',
  '(?:let me know|tell me|give me a shout|shout) (?:if|whether|which)[^.\\n]{0,40}(?:go ahead|proceed|book|start|carry on|like|want|works?|suits?|way)',
  "let me know and i'?ll",
  "(?:if|when) (?:that|this|it)(?:'s| is)? (?:works|suits|sounds|good|ok|okay|fine|alright)",
  "if you'?re (?:ok|okay|happy|keen|good|up) (?:with|for)",
  '(?:ok|okay|good|alright) to (?:proceed|go ahead|start|book)',
  'say the word',
  '(?:please )?confirm (?:if|whether) you (?:wish|would like|want)',
  '(?:wish|like|want) us to proceed',
  'reply to (?:this (?:email|message) )?to (?:book|confirm)',
  'let me know by',
  'lock it in',
  'have a think',
  '(?:let me know|get in touch|happy to (?:answer|help with))(?: if you have)? (?:any )?questions',
  'happy to (?:discuss|go through|talk (?:it )?through|walk you through|jump on a call|hop on a call)',
  'when(?:ever)? (?:it )?suits(?: you)?',
  "let me know (?:which|what you(?:'d)? (?:prefer|decide))",
  "(?:i'?d|i) need to know by",
  'reply to confirm',
  'if you confirm',
  'before you decide',
  'happy to book',
  'tell me which',
  'let me know which',
  'sign when',
  "once (?:it'?s |this is )?signed",
  'geben sie mir (?:einfach |gerne )?bescheid',
  'sagen sie mir (?:einfach |gerne |kurz )?(?:bescheid|ob)',
  '(?:gib|sag) mir (?:einfach |kurz )?(?:bescheid|ob)',
  'wenn (?:das|es) (?:für sie |für dich |so )?passt',
  'bitte bestätigen sie',
  '(?:bestätigen|geben) sie (?:mir )?kurz',
  'si cela vous convient',
  "si (?:c'est|ça) (?:bon|ok|d'accord)",
  'dites-moi si',
  "si vous êtes d'accord",
  '(?:pour|à) valider',
  'dime si',
  'si te (?:encaja|parece|va bien)',
  '¿te parece',
  '¿lo cerramos',
  'si (?:le|te) parece bien',
  'si estás de acuerdo',
  'laat (?:maar |even |me )?weten of',
  'zeg het maar',
  'wil je dat ik',
  'zal ik (?:het )?inplannen',
  '(?:geef|laat) (?:maar |even )?(?:een seintje|weten)',
  'als ik mag (?:beginnen|starten)',
  'zullen we',
  'als (?:dat|het) (?:akkoord|goed) is',
  'se estiver de acordo',
  'se fizer sentido',
  'assim que (?:você )?aprovar',
  'me avise',
  'quer que eu',
  'me diga se',
]);

const ANY_QUESTION = /\?/;

// Billing, already-agreed prices and the sender buying: the same amount, dates and question then
// describe work done, settled, or a booking the sender makes.
const NOT_AN_OFFER = anyOf([
  'payable',
  'overdue',
  'past due',
  'unpaid',
  'remaining balance',
  'balance (?:due|owing)',
  'amount due',
  'late fee',
  'due (?:within|by|on|in)(?! (?:signing|acceptance|approval|booking|completion|delivery|start))',
  'net \\d{1,2}',
  'bank details',
  'sort code',
  'iban',
  'paypal',
  'payment link',
  'pay (?:by|via|online)',
  '(?:we|you) agreed',
  "we'?d agreed",
  'as agreed',
  'works for (?:us|me)',
  '(?:could|would|can) you (?:do (?:it|this|that|the \\w+) for|take|accept|consider|match|go down|lower|knock)',
  "(?:i'?d|i would|we'?d|we would) like to (?:book|order|reserve|cancel)",
  '(?:i|we) (?:want|wish) to (?:book|order|reserve|cancel)',
  'je (?:confirme|souhaite réserver|voudrais réserver)',
  'me interesa',
  'ich möchte (?:buchen|bestellen|reservieren)',
  'ik wil graag (?:boeken|reserveren|bestellen)',
  'gostaria de (?:reservar|saber|encomendar)',
  // Order confirmations and receipts state a price, a delivery date and a question too.
  'thank(?:s| you) for your (?:order|purchase)',
  'your order',
  'order confirmation',
  '(?:seu|su) pedido',
  'obrigad[oa] pela (?:sua )?compra',
  'gracias por (?:su|tu) compra',
  'votre commande',
  'merci pour votre (?:commande|achat)',
  'ihre bestellung',
  'vielen dank für ihre bestellung',
  '(?:uw|je) bestelling',
  'vereinbart',
  'convenu',
  'acordad[oa]',
  'combinad[oa]',
  'afgesproken',
]);

// Work the client can look at now.
const WORK_SHOWN = anyOf([
  '(?:first|second|third|next|final|rough|new|latest|updated|revised) (?:cut|draft|version|pass|round|edit|mix|proofs?|designs?|layout)',
  'round (?:two|three|\\d)',
  'v\\d(?![\\d.])',
  'drafted',
  'mock-?ups?',
  'wireframes?',
  'sneak peek',
  '(?:the|my|our|two|three|four|\\d|first|new|revised|logo|design|page) (?:\\w+ )?(?:concepts?|layouts?|sketch(?:es)?|directions|proofs?)',
  '(?:on|to) staging',
  '(?:staging|preview) (?:link|site|server|url)',
  '(?:draft|drafts|proofs?|artwork|mock-?ups?|designs?|layouts?|plans?|photos|selects|edits?|cut|mix|copy|text|chapter|video|website|site|logo|guide|report|deck|slides)[^.\\n?]{0,40}(?:is|are) (?:now )?(?:attached|ready|up|live|in your inbox|in the (?:shared )?(?:folder|drive|doc|gallery)|below|here)',
  "(?:i'?ve|i have|we'?ve|we have) (?:finished|completed|wrapped up|drafted|updated|revised|uploaded) (?:the|your|a|my|our)",
  'gallery(?: link)?',
  'selects',
  'contact sheet',
  'first look',
  'chapter \\d+',
  '(?:draft|proof|preview|demo|sample|cut|edit|mix|version|copy|photos|images|gallery|designs?|logos?|recording|render|video|page|site|chapter|report|banner)s? (?:is |are )?(?:attached|ready|up|done|uploaded|live|finished|in (?:the|your))',
  '(?:uploaded|shared|finished|put|pasted|dropped|added|posted|popped)[^.\\n]{0,40}(?:folder|drive|doc|dropbox|link|gallery|staging)',
  "(?:here(?:'s| is| are)|attached (?:is|are)|i'?ve attached|please find attached|i'?m sending|sending over) (?:the |my |our |your )?(?:\\w+ )?(?:drafts?|designs?|mock-?ups?|versions?|logos?|photos|edits?|layouts?|copy|videos?|reports?|website|site|pages?|artwork|proofs?|illustrations?|sketch(?:es)?|banners?|flyers?|brochures?|slides|chapters?|manuscript|translation|recordings?|mix|drawings?|renders?|options)",
  // German, French, Spanish, Dutch, Portuguese.
  'entwurf',
  'erste version',
  '(?:überarbeitete|neue|erste|zweite) (?:fassung|version)',
  'ist online',
  'testlink',
  'vorschau',
  'maquettes?',
  'première version',
  'premières maquettes',
  'premier jet',
  'borrador',
  'primera versión',
  'bocetos?',
  'propuestas de (?:logo|diseño)',
  'diseños',
  'ontwerp(?:en)?',
  'concept(?:tekst|versie|ontwerp)',
  'eerste versie',
  'opzet',
  'staat klaar',
  'primeira versão',
  'primeiro corte',
  'rascunho',
  'na pasta',
  'está pronto',
  'está lista',
  'est prête?',
]);

// Asking what the client thinks of it or would change.
const OPINION_ASK = anyOf([
  "tell me what(?:'s| is)? ?(?:working|you think|you'?d change|isn'?t)",
  "what(?:'s| is) working",
  'does (?:either|it|this|anything|that) (?:one )?(?:feel|look|work|read|sound|match|capture)',
  'mark (?:up|anything)',
  'flag (?:it|anything|them)',
  '(?:flag|mark|note) (?:any|anything|whatever|which)',
  '(?:notes|comments|feedback|thoughts) (?:there |here |in the doc )?would be (?:perfect|great|ideal|helpful)',
  "(?:would|i'?d) (?:love|appreciate) (?:any |your )?(?:notes|comments|feedback|thoughts)",
  "anything (?:that )?(?:doesn'?t|isn'?t|you don'?t)",
  '(?:send|tell) me anything',
  "anything (?:else )?(?:you'?d|to) (?:tweak|change|adjust|add)",
  "(?:are we|we'?re) good to (?:finalise|finalize|go)",
  "what you(?:'d)? (?:think|change|like)",
  'what to (?:change|adjust|tweak)',
  'let me know (?:what you think|your thoughts|if (?:it|this|that|anything) (?:works|looks|needs|feels)|(?:of )?any (?:changes|edits|tweaks))',
  '(?:any|your) (?:thoughts|comments|feedback|notes|changes|edits|tweaks|corrections)(?:\\?| (?:on|before|welcome|by|so far))',
  '(?:happy|ok|okay) with (?:it|this|them|the)',
  '(?:approve|sign off|green[- ]light) (?:it|this|them|the)',
  "changes you(?:'d| would) like",
  '(?:have|take) a (?:look|listen|watch|read|play|click)',
  '(?:star|pick|choose|select|mark) (?:your )?(?:favourites|favorites)',
  'which (?:of|one)',
  'closest to',
  '(?:shout|let me know|tell me) if (?:anything|something|any) (?:needs|should|looks|feels|is)',
  'does (?:this|that|it|the) (?:\\w+ )?(?:work|look|feel|read|sound) (?:for|to) you',
  '(?:pick|choose|select|star) (?:your )?(?:top \\d+|favou?rites?|the ones)',
  'look (?:through|over|at) (?:it|them|this)',
  'tell me if [^.\\n]{0,40}(?:feels|looks|reads|sounds) (?:right|ok|okay|good)',
  '(?:need|want|waiting (?:for|on)) your (?:approval|sign-off|ok|okay|go-ahead)',
  'before (?:it|this|they) (?:goes|go) to (?:the )?print',
  'annoter',
  "n'hésitez pas à (?:annoter|commenter|corriger)",
  'cualquier comentario',
  'before (?:i|we) (?:finalise|finalize|send (?:it|them)? ?to|publish|go live|print)',
  'what do you think',
  'how does (?:it|this|that|everything) (?:look|sound|read|feel)',
  'is (?:this|it|that) what you had in mind',
  '(?:please|could you|can you|would you) (?:review|check|look over|go through|proofread|approve)',
  "let me know if (?:you'?d like |there are |you want |you need )?(?:any|some) (?:changes|edits|tweaks|corrections|revisions|adjustments)",
  'let me know if (?:anything|something) (?:needs|should)',
  'for your (?:review|approval|sign-off)',
  'needs? (?:changing|tweaking|adjusting)',
  'sagen sie mir[^.\\n]{0,40}(?:gefällt|ändern)',
  'bitte (?:prüfen|schauen|sehen) sie',
  'drüber(?:schauen|sehen)',
  'merci de (?:valider|relire|vérifier)',
  'revis(?:a|ar|ad)(?:lo|la|los|las)?',
  'kun(?:t)? (?:je|u) (?:er )?(?:even )?(?:naar )?kijken',
  'graag (?:je|uw) akkoord',
  'alguma alteração',
  'sua aprovação',
  'was (?:ihnen|dir) gefällt',
  '(?:ihr|ihre|dein|deine) (?:feedback|rückmeldung|anmerkungen|änderungswünsche|meinung)',
  'passt (?:das|es) so',
  'freigabe',
  'schreib(?:en sie)? mir,? was',
  'was noch anders',
  'wie (?:finden sie|findest du)',
  'was (?:halten sie|hältst du) davon',
  'dites-moi ce que',
  'ce que vous en pensez',
  "qu'en pensez-vous",
  "qu'en penses-tu",
  '(?:vos|tes) retours',
  'votre avis',
  'des modifications',
  'dime qué',
  'dímelo',
  'qué cambiarías',
  'qué te parece',
  'con cuál te quedas',
  'cuál (?:prefieres|te gusta)',
  'si quieres cambiar',
  '(?:tus|sus) comentarios',
  'qué (?:le|te) gusta',
  'laat (?:je|u) weten wat',
  'wat (?:je|u) ervan vindt',
  'wat vind (?:je|u) (?:ervan|van)',
  'wat (?:je|u) zou (?:veranderen|aanpassen)',
  '(?:je|uw) (?:feedback|opmerkingen)',
  'me (?:diz|fala|diga) o que',
  'o que (?:precisa )?(?:mudar|ajustar)',
  'o que (?:você )?ach(?:ou|a)',
  '(?:alterações|ajustes) (?:que|antes)',
]);

// The sender says they cannot go on, or finish, without something.
const BLOCKED_WITHOUT = anyOf([
  'to (?:get (?:going|started) on|finalise|finalize|finish|complete|set up|file|kick off)',
  'so (?:that )?(?:i|we) can (?:get (?:going|started)|finalise|finalize|finish|start|book|get on|move|continue|set up|complete|file)',
  "(?:i'?ll|i will|we'?ll|we will) need",
  'before (?:i|we) (?:can )?(?:start|book|finish|continue|file|go)',
  "(?:i|we) can'?t (?:start|finish|continue|go on|book)",
  "(?:i'?m|we'?re) (?:just |still )?(?:missing|waiting (?:on|for))",
  '(?:are|is) (?:still )?missing',
  '(?:i|we) (?:just |still |only )?need (?:to know|your|the|you to)',
  "(?:don'?t|do not) have [^.\\n]{0,40} yet",
  '(?:nearly|almost) (?:done|finished|there)[^.\\n]{0,40} but',
  '(?:as soon as|once) (?:i|we) (?:have|get|receive|know|hear)',
  'damit (?:ich|wir) [^.\\n]{0,40}(?:weitermachen|anfangen|fertig|beginnen)',
  'fehl(?:t|en) (?:mir|uns) noch',
  '(?:ich|wir) (?:benötige|brauche)n?',
  'sobald (?:ich|wir)',
  'pour (?:avancer|terminer|finaliser|continuer|commencer)',
  'il (?:me|nous) manque',
  'il ne manque (?:plus )?que',
  "j'ai besoin",
  'nous avons besoin',
  "dès que j'aurai",
  'para (?:poder )?(?:terminar|avanzar|seguir|continuar|finalizar|empezar|configurar)',
  '(?:me|nos) (?:hace |hacen )?falta',
  'necesit(?:o|amos)',
  'en cuanto (?:tenga|reciba)',
  'om verder te (?:kunnen|gaan)',
  '(?:mis|missen) (?:ik|we) nog',
  'ontbreekt nog',
  '(?:hebben|heb) (?:we|wij|ik) nog [^.\\n]{0,40}nodig',
  'zodra ik',
  'fico aguardando',
  'para (?:seguir|começar|continuar|terminar)',
  'precis(?:o|amos)',
  'assim que (?:receber|tiver)',
]);

// Asking the client to send, tell or give something.
const INPUT_ASK = anyOf([
  '(?:could|can|would) you (?:please )?(?:send|add|dig|measure|let me know|share|forward|get|pass on|upload|confirm|fill|tell me|give|sort|provide|grant)',
  'what (?:\\w+ ){0,2}do you (?:want|prefer|need)',
  'please (?:send|share|upload|forward|confirm|fill)',
  'let me know',
  "what'?s the (?:address|best number|login)",
  'who (?:will|is) (?:be )?my contact',
  '(?:können|könnten) sie mir',
  '(?:schicken|senden) sie mir',
  '(?:vous pouvez|pouvez-vous|pourriez-vous|tu peux|peux-tu) me',
  "(?:pouvez|pourriez)-vous m'",
  "merci de m'(?:envoyer|transmettre)",
  '¿me (?:los |las |lo |la )?(?:mandas|envías|pasas|puedes|podrías|puede)',
  '(?:puedes|podrías|podría) (?:mandarme|enviarme|pasarme|darme)',
  '(?:kun|kan) je (?:die |dat |ze )?(?:doorsturen|sturen|mailen)',
  '(?:kunt|wilt) u',
  'consegue (?:me )?(?:mandar|enviar)',
  'pode(?:ria)? me (?:mandar|enviar)',
  'me (?:envie|mande)',
]);

// A few words about the work, asked for to show others.
const WORDS_ASKED = anyOf([
  '(?:a )?(?:couple of|few|two or three) (?:sentences|words|lines)',
  '(?:a |an )?(?:short|quick|brief|honest|little) (?:review|testimonial|recommendation)',
  'something short about',
  'quote you on',
  '(?:a )?(?:short |quick )?quote (?:i|we) (?:can|could) use',
  '(?:be|being) a reference',
  '(?:a few )?stars on google',
  'valoración en google',
  'ein paar sätze',
  '(?:sätze|worte|zeilen) über',
  'quelques (?:mots|lignes)',
  '(?:algunas|unas) (?:líneas|palabras|frases)',
  'een paar (?:zinnen|woorden)',
  'algumas (?:linhas|palavras)',
]);

const SHOWN_TO_OTHERS = anyOf([
  '(?:on|for) (?:my|our) (?:[a-z]+ )?(?:website|site|page|profile)',
  'about (?:the experience|how (?:the|it)|working with)',
  'who has worked with (?:me|us)',
  "if you (?:were|are|'re) (?:happy|pleased)",
  '(?:für|auf) (?:meine|meiner|unsere|unserer) (?:website|webseite|seite)',
  'sur (?:mon|notre) site',
  'publier',
  'mi (?:web|sitio)',
  'trabajar conmigo',
  'op (?:mijn|onze) (?:site|website)',
  '(?:no|em) meu site',
  'google',
]);

// Asking whether the client has looked at, or decided on, what was sent.
const ASKS_IF_LOOKED = anyOf([
  '(?:had|have you had|did you get|got) (?:a|the) chance to (?:think|look|read|review|go|check)',
  "(?:wondering|seeing|checking) (?:if|whether) you(?:'d| had| have)?",
  "(?:you(?:'d|'ve| have| had)?|have you|did you) (?:made|make|reached|reach|come to) a decision",
  'any news (?:from|on|about)',
  "haven'?t heard (?:from you|back) since",
  'is (?:it|this) still something',
  'did [^.\\n]{0,40} work for you',
  'back to the top of your inbox',
  "didn'?t get (?:buried|lost)",
  '(?:sind sie|bist du) [^.\\n]{0,20}dazu gekommen',
  'nachhören',
  '(?:schon|bereits) (?:anschauen|ansehen|durchsehen|anzusehen) (?:können|konnten)',
  '(?:avez-vous|as-tu) (?:pu|eu le temps d)[^.\\n]{0,20}(?:jeter un|regarder|lire|voir)',
  'jeter un (?:œil|oeil)',
  'pas (?:eu|reçu) de (?:nouvelles|retour)',
  "toujours d'actualité",
  "depuis l'envoi",
  'pudiste (?:ver|mirar|revisar)',
  '(?:has|ha|han) podido (?:decidir|ver|revisar|mirar)',
  'te escribo de nuevo',
  '(?:heb|hebt) (?:je|u) al [^.\\n?]{0,30}(?:kunnen|gekeken|bekeken)',
  'conseguiu (?:dar uma olhada|ver|olhar)',
  'fico no aguardo',
]);

// An amount the client is asked to pay now: due, overdue, or with the way to pay it.
const PAYMENT_ASKED_NOW = anyOf([
  '(?:is|are) (?:now )?(?:due|payable|overdue)',
  'due (?:by|on|within|today|now)',
  "(?:hasn'?t|has not|haven'?t|have not) (?:yet )?(?:come through|arrived|been paid)",
  '(?:is|are|remains?|still) (?:still )?outstanding',
  'outstanding (?:balance|amount|invoices?|payments?|fees?|sum)',
  'remains? unpaid',
  '(?:you can |please )?pay (?:by|via|online|here|with|through)',
  'bank transfer to',
  '(?:account|bank|payment|transfer) details',
  'the account below',
  'when to expect payment',
  'please settle',
  'settle within',
  'zahlbar',
  'zu (?:zahlen|überweisen)',
  'in rechnung',
  'à régler',
  'rib',
  'datos (?:para la|de la|bancarios)',
  'transferencia',
  'voldoen',
  'over te maken',
  'overmaken',
  'vencimento',
  'boleto',
  'pix',
]);

// A stage of work that is done, or a part payment named as such.
const STAGE_BILLED = anyOf([
  '(?:now that|since|as) [^.\\n]{0,40}(?:is|are) (?:now )?(?:live|complete|completed|done|finished|delivered|signed off)',
  '(?:milestone|phase|stage) [^.\\n]{0,30}(?:is )?(?:complete|completed|done|finished)',
  'instal(?:l)?ments?',
  '(?:first|second|third|final) (?:payment|instal(?:l)?ment|part)',
  'remaining (?:\\d{1,2} ?%|balance)',
  'the balance',
  'retainer for (?:january|february|march|april|may|june|july|august|september|october|november|december)',
  "demande d'acompte",
  'abschlagszahlung',
  '(?:segundo|primer|último) pago',
  '(?:tweede|eerste|laatste) termijn',
  'parcela',
]);

// Money that already moved, or a bill the sender received: nothing is being asked for.
const NOT_A_BILL = anyOf([
  "(?:we'?ve|i'?ve|we have|i have|just) paid",
  'paid (?:just now|today|this morning|yesterday)',
  '(?:payment|transfer) (?:received|sent|went out)',
  'thanks? (?:you )?for (?:your|the) payment',
  'in die zahlung',
  'your (?:invoice|bill|statement) (?:has )?(?:arrived|came)',
]);

function shape(
  kind: KindShape['kind'],
  parts: readonly RegExp[],
  absent: readonly RegExp[],
  weight: number,
  signal: ExplanationCode,
): KindShape {
  return { kind, parts, absent, weight, signal };
}

export const KIND_SHAPES: readonly KindShape[] = [
  shape('invoice', [ANY_PRICE, PAYMENT_ASKED_NOW, STAGE_BILLED], [NOT_A_BILL], 5, 'signalAmountForWorkDone'),
  shape('invoice', [ANY_PRICE, PAYMENT_ASKED_NOW], [NOT_A_BILL], 3.5, 'signalAmountAskedNow'),
  shape(
    'proposal',
    [ANY_PRICE, OFFER_TERMS, GO_AHEAD_ASK, PRICE_OFFERED],
    [NOT_AN_OFFER],
    5,
    'signalOfferWithTermsAndAsk',
  ),
  shape(
    'proposal',
    [ANY_PRICE, ANY_QUESTION, OFFER_TERMS, PRICE_OFFERED],
    [NOT_AN_OFFER],
    4.5,
    'signalOfferWithTermsAndAsk',
  ),
  // A price in a list or after a colon ("Fitting: £420") is the sender's when terms and a go-ahead surround it.
  shape('proposal', [ANY_PRICE, OFFER_TERMS, GO_AHEAD_ASK], [NOT_AN_OFFER], 4, 'signalOfferWithTermsAndAsk'),
  shape('proposal', [ANY_PRICE, GO_AHEAD_ASK, PRICE_OFFERED], [NOT_AN_OFFER], 3.5, 'signalOfferWithAsk'),
  shape('proposal', [ANY_PRICE, OFFER_TERMS, PRICE_OFFERED], [NOT_AN_OFFER], 3.5, 'signalOfferWithTerms'),
  shape('feedback_request', [WORK_SHOWN, OPINION_ASK], [], 3.5, 'signalWorkShownAsksOpinion'),
  shape('details_request', [BLOCKED_WITHOUT, INPUT_ASK], [], 3.5, 'signalBlockedAsksInput'),
  shape('testimonial_request', [WORDS_ASKED, SHOWN_TO_OTHERS], [], 4, 'signalAsksWordsToShow'),
  shape('followup', [ASKS_IF_LOOKED], [], 3.5, 'signalAsksIfTheyLooked'),
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
  for (const candidate of KIND_SHAPES) {
    if (found.some((earlier) => earlier.kind === candidate.kind)) continue;
    if (!candidate.parts.every(has)) continue;
    if (candidate.absent.some(has)) continue;
    found.push(candidate);
  }
  return found;
}
