import type { ExplanationCode } from '../explanations/explanation';
import { leadChecked, mayOccur, type TrigramIndex } from './cue-prefilter';
import { HOUSEHOLD_BILL } from './kind-cues';
import type { EmailKind } from './kinds';
import { MONEY_MENTION, WHOLE_MONEY_MENTION } from './money-mention';
import { COUNT_WORDS } from './read-stated-period';

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
  parts: readonly ShapePart[];
  /** None of these may be found: they make the same parts mean something else. */
  absent: readonly ShapePart[];
  weight: number;
  signal: ExplanationCode;
  /** Longest own text the shape is read in; loose shapes hold only in the short notes that carry them. */
  maxLength?: number;
  /** Read only in a reply: the other side asked, and these parts are the answer. */
  onlyInReply?: boolean;
}

const RATE_UNIT =
  '(?:pp|month|mo|hour|hr|h|day|week|episode|word|page|session|post|dish|item|unit|piece|person|head|guest|room|visit|photo|image|video|article|lesson|class|mois|heure|jour|semaine|mot|séance|monat|stunde|tag|woche|wort|stück|termin|mes|hora|día|semana|palabra|sesión|clase|maand|uur|dag|woord|stuk|les|mês|dia|palavra|aula|sessão|m²|m2|qm|sqm|sq ?ft)';

/** Something the sender's words either show or not: a pattern, or several tried in turn. */
export type ShapePart = RegExp | EitherPart;

interface EitherPart {
  readonly patterns: readonly RegExp[];
}

/** The patterns a part reads, for the prefilter and its tests. */
export function patternsOf(part: ShapePart): readonly RegExp[] {
  return part instanceof RegExp ? [part] : part.patterns;
}

/**
 * A part written as several patterns, tried in turn until one matches. One long alternation costs more
 * than the same alternatives split where they start on different characters (the classifier's budget is
 * 2,000 messages a second), and the common ones, first, usually answer alone.
 */
function eitherOf(...patterns: readonly RegExp[]): ShapePart {
  return { patterns };
}

/** One part: any of the alternatives, as whole words, case-insensitive. */
function anyOf(alternatives: readonly string[]): RegExp {
  return new RegExp(`(?<![a-zà-ÿ])(?:${alternatives.join('|')})(?![a-zà-ÿ])`, 'i');
}

// The sender naming their own price: "I'd charge", "it would come to", "my day rate is", "serían".
const OWN_PRICE_WORDS = [
  "(?:i'?d|i would|we'?d|we would|i|we) (?:charge|quote|estimate|ask|want|need|take)",
  // Billing said as a condition is an offer, not a bill: "I'd bill hourly at $95".
  "(?:i'?d|i would|we'?d|we would) bill",
  // "we'd be £1,100 for the 4 piece" (quote-wording qw004), "queda en $6,500" (qw046).
  "(?:i'?d|i would|we'?d|we would) be(?= (?:about |around |roughly )?(?:[$€£]|\\d))",
  'queda(?:ría)? en',
  // Dutch "kost" as German "kostet" below: "een teamshoot kost € 690"; not German "kosten" ("die Karten
  // kosten 38 €" is what tickets cost).
  'kost(?![a-zà-ÿ])',
  "(?:i'?m|i am|we'?re|we are) (?:thinking|looking at|talking)",
  '(?:i|we) (?:can|could) do (?:\\w+ ){0,4}(?:for|at)',
  '(?:i|we) (?:can|could) (?:make|build|write|shoot|translate|design|edit|paint|fit|cater|record)',
  'veranschlage',
  'kalkuliere',
  'comptez',
  '(?:je )?(?:vous|te) (?:le|la|les) (?:fais|traduis|fournis|réalise)',
  '(?:te|le) (?:puedo|podría) hacer',
  '(?:ik )?(?:denk|dacht) (?:ik )?aan',
  'o investimento fica',
  // The price called what the client puts in: "o investimento é de R$ 4.200", "the investment is".
  "(?:the |your |o |a |l'|la |die |de )?(?:investment|investimento|investissement|inversión|investition|investering) (?:is|would be|will be|é|será|seria|est|serait|es|sería|ist|wäre|is|zou)",
  "i'?d (?:say|put it at)",
  '(?:roughly|approximately|ballpark|estimated at)',
  "(?:i'?d|i would|we'?d|we would) (?:budget|allow|reckon)",
  '(?:i|we) (?:usually|normally|typically|generally) charge',
  '(?:for )?a fee of',
  'pricing (?:for|:)',
  '(?:i|we) can do (?:it|this|that|the job|the work)',
  'would (?:be|come to|cost|run(?: you)?(?: to)?|total)',
  'comes? (?:to|out at)',
  "it'?d be",
  'works? out (?:at|to)',
  'brings? (?:it|the total|that|the price) (?:down |up )?to',
  '(?:my|our) (?:day |daily |hourly |weekly |monthly |annual |usual |standard |total )?(?:rate|fee|price|charge)',
  '(?:fee|price|cost|total)(?: would be| will be| is|:)',
  // The price of the work just listed: "Cost for the above £14,850", "total for everything".
  '(?:cost|price|fee|total) for (?:the above|all (?:of )?(?:the above|that|this)|everything|the lot)',
  'fixed (?:price|fee)',
  'flat (?:fee|rate|price)',
  'at my rate',
  '(?:option|package|tier|plan|menu) (?:[a-c1-3]|one|two|three)(?![a-z])',
  // A named package and its price on one line: "The Classic Package – $3,200".
  '(?:package|tier|bundle)\\*{0,2} ?(?:–|—|-|:)',
  '(?:basic|standard|premium|full) (?:–|-|:)',
  // German, French, Spanish, Dutch, Portuguese.
  // Spoken German drops the e: "würd ich 240 € nehmen".
  "würd(?:en?|')?",
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
  'je (?:vous |te )?propose',
  'forfait de',
  '(?:je|nous) (?:facture|facturerai[st]?|compte)',
  '(?:il )?faut compter',
  '(?:ça|cela) (?:fait|ferait|revient à|reviendrait à)',
  'coûterait',
  'serait de',
  "s'élève(?:rait)? à",
  'reviendrait à',
  'serían',
  '(?:te|le) paso (?:números|precio|presupuesto)',
  'sería de',
  'cobraría',
  '(?:mi|nuestra) tarifa',
  'saldría (?:en|por)',
  // "sale en $6,500", "dura una hora y sale $85.000": what the work comes to, said in the present.
  '(?:te|le|os|les|y|todo|eso|esto) sale',
  'sale (?:en|por)',
  '(?:te|le|les) (?:haría|hago|dejo) (?:un precio|el precio|por)',
  'kom (?:ik|we|wij) uit op',
  '(?:reken|rekenen) (?:ik|wij|we)',
  '(?:ik|wij|we) rekenen',
  '(?:mijn|ons) (?:uur|dag)?tarief',
  'vaste prijs',
  '(?:mijn|onze?) prijs',
  'bedraagt',
  'komt (?:op|uit op)',
  // "dat wordt € 350 totaal".
  '(?:dat|het|dit) wordt',
  'kost (?:het|dat|u|je)',
  'cobraria',
  '(?:eu )?cobro',
  // The sender's estimate said as what the work comes to: "rechne ich mit", "représente", "komt neer op".
  '(?:rechne|rechnen) (?:ich|wir) mit',
  '(?:ich|wir) (?:rechne|rechnen) mit',
  'représente(?:rait)?',
  "(?:reviendrait|revient|s'élève(?:rait)?) à",
  'coûterait',
  'komt neer op',
  // A renewal offer names the sender's price for the next term: "renewing for 2027 stays at $1,200".
  'renew(?:ing|al)?',
  'renouvel(?:er|lement|ons)',
  'renovar(?:lo|la)?',
  'verleng(?:en|ing)',
  'fica(?:ria)? em',
  // The price said from the client's side: "you'd be looking at £2,150", "that would run you $9,500".
  "(?:you'?d|you would|you'?ll|you will|you'?re|you are) (?:be )?(?:looking at|pay(?:ing)?)",
  'all[- ]in (?:at|for|op|à|por|für|em)',
  'seria',
  '(?:valor|preço) fechado',
  'precio cerrado',
  // A revised price: "ramène le total à", "reduces it to", "senkt den Preis auf".
  '(?:ramène|réduit|baisse) (?:le total |le prix |le montant )?à',
  '(?:reduces?|lowers?|drops?) (?:it|the (?:total|price)|that) (?:down )?to',
  'sai(?:ria)? por',
  '(?:meu|nosso) (?:valor|preço)',
  // What the sender suggests or recommends, priced: "I'd suggest a monthly retainer of $1,200".
  "(?:i'?d|i would|we'?d|we would|i|we) (?:suggest|recommend|propose)",
  'retainer (?:of|at)',
  // The price said as where the talk stands, from both sides: "estaríamos hablando de unos 1.200 euros",
  // "zit je op €1.380".
  '(?:estaríamos|estaríais|estarías|estaría) (?:hablando de|en)',
  'zit(?:ten)? (?:je|u|jullie) op',
];

// "$2,200 flat", "4.300 € en total": a price said to cover the work, after the amount. ("$120 each"
// is as often a ticket as a fee.)
// A tradesperson's price says what it includes: "£6,850 fitted", "supplied and installed".
const PRICE_WORDS_AFTER =
  '(?:fitted|supplied and (?:fitted|installed)|installed|(?:inc|incl|including)\\.? (?:vat|gst|materials|labour|labor|parts)|excl\\.? vat|excluding vat|flat|all[- ]in|in total|en total|au total|insgesamt|pauschal|in totaal|no total|netto|ht|ttc|extra|de plus|plus vat|\\+ ?vat|ex vat|zzgl\\.? mwst\\.?|excl\\.? btw|\\+ ?iva)';
// "at $350 each, so $2,800": the sender working out their total from a unit price.
const TOTAL_WORKED_OUT = '(?:so|making|which (?:is|comes to)|soit|also|dus|ou seja|o sea|d\\.h\\.)';

// "Ballpark is around 6-7k": thousands said with a k and no currency, after a word that estimates.
// The number is matched first and the estimating word looked for behind it: only numbers with a k are
// tried (the classifier's budget is 2,000 messages a second).
const ROUGH_THOUSANDS =
  "\\d{1,3}(?:\\s?[-–]\\s?\\d{1,3})?k(?![a-zà-ÿ])(?<=(?<![a-zà-ÿ])(?:ballpark|roughly|approximately|around|about|circa)(?:'s| is)?(?: around| about)? \\d{1,3}(?:\\s?[-–]\\s?\\d{1,3})?k)";
// "1,150 all in": a sum with no currency that a price word closes.
const SUM_ALL_IN = "\\d[\\d,.']{2,9} all[- ]in(?![a-zà-ÿ])";

// A price that is a sentence or line of its own after the scope: "test and cert. £780.", "certificação:
// 650 € + IVA.".
// A tax word may follow it: "£780 + VAT.", German and French "1.380 € brutto.", "900 € TTC.".
const PRICE_STANDING_ALONE = `(?:^|(?<!\\d)[.:!,]\\s{1,3}|\\n\\s{0,3})${WHOLE_MONEY_MENTION}(?:\\s?(?:\\+|plus|excl\\.?|incl\\.?|ex\\.?)\\s?(?:vat|iva|btw|mwst|tva|gst)|\\s(?:brutto|netto|ttc|ht))?\\s?(?:[.!\\n]|$)`;

// The sender's price said plainly, with no word of their own before it: rough thousands, a price on its
// own, what a piece of work "is" ("Annual service for the Worcester is £95") or a price said to cover it
// ("… is £180, and that includes the downpipes"); not what a subscription or a product costs, which
// newsletters quote. Read only when PRICE_NAMED finds nothing.
// A sum the sender works out for the client: "2hrs on site + 40 edited shots = €380".
const SUM_WORKED_OUT = `\\s=\\s?${MONEY_MENTION}`;
// The sender throwing work in at that price: "$1,100 and I'll do the gutters too" (a buyer's "and I'll
// pay cash" is ruled out by SENDER_BUYS).
const WORK_ADDED_AT_PRICE = `${WHOLE_MONEY_MENTION}[^.\\n?]{0,20} and (?:i'?ll|ill|i will|we'?ll|we will) [a-zà-ÿ]`;
// A short reply that opens on a price for the work: "£280 for pads and discs, can fit you in Thursday".
const PRICE_OPENS_REPLY = `(?:^|\\n)\\s{0,3}${WHOLE_MONEY_MENTION} for [a-zà-ÿ]`;
const PRICE_SAID_PLAINLY = new RegExp(
  `${ROUGH_THOUSANDS}|${SUM_ALL_IN}|${PRICE_STANDING_ALONE}|${SUM_WORKED_OUT}|${WORK_ADDED_AT_PRICE}|${PRICE_OPENS_REPLY}| (?:is|costs?) ${MONEY_MENTION}(?<=(?<![a-zà-ÿ])(?:service|job|work|repair|installation|install|visit|session|shoot|package|treatment|clean|survey|fitting|consultation|callout|call-out)(?![a-zà-ÿ])[^.\\n?]{0,40} (?:is|costs?) ${MONEY_MENTION})|(?<![a-zà-ÿ])(?:is|costs?) ${WHOLE_MONEY_MENTION}[^.\\n]{0,12}(?:includ|cover|incl\\.)`,
  'i',
);

const PRICE_NAMED = new RegExp(
  `(?<![a-zà-ÿ])(?:${OWN_PRICE_WORDS.join('|')})[^.\\n?]{0,60}${MONEY_MENTION}|${WHOLE_MONEY_MENTION}\\s(?:${PRICE_WORDS_AFTER})(?![a-zà-ÿ])|${WHOLE_MONEY_MENTION}[^.\\n?]{1,30},? ${TOTAL_WORKED_OUT},? ${MONEY_MENTION}|(?<![a-zà-ÿ])(?:it'?s|that'?s|es|c'est|é) (?:another |an extra |an additional |just |only )?${MONEY_MENTION}|(?<![a-zà-ÿ])(?:for|für|pour|por|voor) (?:just |only |a total of |a flat |a fixed |nur |seulement |apenas |monatlich |mensuellement |maandelijks |mensalmente )?${MONEY_MENTION}|${WHOLE_MONEY_MENTION}[^.\\n]{0,2}\\s?(?:\\/\\s?|(?:per|a|an|por|par|pro|la|el|le|im|al|ao|o|het) )${RATE_UNIT}(?![a-zà-ÿ])|${WHOLE_MONEY_MENTION}[^.\\n]{0,2}\\s?per [a-zà-ÿ]{3,12}(?![a-zà-ÿ])`,
  'i',
);
// More of the sender's own ways to name a price, read only when the two above find none: one
// alternation this long costs more than two (the classifier's budget is 2,000 messages a second).
const MORE_OWN_PRICE_WORDS = [
  // What a trade's price covers, said before it: "Materials and labour £340", "parts and labour: $220".
  '(?:materials?|parts|labou?r) and (?:materials?|parts|labou?r)',
  // The price the sender already named, repeated to hold it: "the price I gave you on the phone, $3,200".
  '(?:price|figure|number|quote) (?:i|we) (?:gave|quoted|mentioned)',
  // A rough figure called one: "Rough number for the MVP: around $40k".
  '(?:rough|ballpark) (?:number|figure|price|estimate)',
  // Where the sender's price stands: "je suis à 280 €", "puedo dejarlo en 1.450 €", "fica R$ 850".
  '(?:je suis|nous sommes|on est) à',
  '(?:je serais|nous serions|on serait) à',
  '(?:dejarlo|dejarla|lo dejo|la dejo) en',
  'fica(?:ria)?',
  // A ceiling the sender promises is their price: "never more than €3,000", "nooit meer dan €3.000".
  '(?:never|no) more than',
  'nooit meer dan',
  'jamais plus de',
  'nie mehr als',
  'nunca (?:más|mais) de',
  '(?:uur|dag)tarief',
  '(?:hourly|daily|day) rate',
  // A bidder's priced line: "Importe ofertado: 61.200 €", "our tendered sum".
  '(?:importe|precio|valor|montant|prix) (?:ofertado|proposto|proposé|offert)',
  'tendered (?:sum|price|amount|rate)',
];
const PRICE_NAMED_OTHERWISE = new RegExp(
  `(?<![a-zà-ÿ])(?:${MORE_OWN_PRICE_WORDS.join('|')})[^.\\n?]{0,60}${MONEY_MENTION}`,
  'i',
);
const PRICE_OFFERED = eitherOf(PRICE_NAMED, PRICE_SAID_PLAINLY, PRICE_NAMED_OTHERWISE);

const OTHER_OWNER =
  '(?:your|their|his|her|ihr(?:e[nmrs]?)?|dein(?:e[nmrs]?)?|votre|vos|leur|sus?|tus?|jouw|uw|hun|seu|sua|vosso|vossa)';
// A sum stated, not asked about, in a sentence that gives it no other owner: "£650 covers 7pm till
// midnight", "Full restoration: … £4,200, about 3 months in the workshop", "Mi tarifa … es de 350 USD".
const SUM_IN_OWN_STATEMENT = new RegExp(
  `(?:^|[.!?\\n]\\s*)(?![^.!?\\n]*(?<![a-zà-ÿ])${OTHER_OWNER}(?![a-zà-ÿ]))[^.!?\\n]*${MONEY_MENTION}[^?\\n]{0,80}?(?:[.!\\n]|$)`,
  'i',
);
// Terms someone else set, which the sender accepts or confirms: "I agree to the payment terms of $500",
// "confirmo a reserva … total de 480 €"; and a shop's promotion. (A price passed on from someone else is
// `SOMEONE_ELSES_PRICE`.)
const TERMS_FROM_THE_OTHER_SIDE = anyOf([
  '(?:i |we )?(?:accept|agree to|confirm)',
  "akzeptiere|bestätige|j'accepte|je confirme|acepto|confirmo|ik accepteer|ik bevestig|aceito",
  '(?:promo(?:tion)?|discount|rabatt|code) ?(?:code)?:? ?[A-Z0-9]{4,}',
  'soldes|sale|rebajas|uitverkoop|liquidação',
]);
// A price list behind a link is a shop's or a product's page passed on (SpamAssassin ham: "Advanced
// Version $40 … The license covers a single installation"), not a price the sender puts on a job.
const WEB_ADDRESS = /https?:\/\/|(?<![a-z])www\./i;
// Money that has already moved: a payout, a refund, a deposit received.
const MONEY_MOVED = anyOf([
  'payouts?',
  'refund(?:ed)?',
  '(?:received|got|landed|arrived|came through)(?![a-zà-ÿ])[^.\\n]{0,40}(?:deposit|payment|money|transfer)',
  '(?:deposit|payment|money|transfer)[^.\\n]{0,40}(?:received|landed|arrived|came through|went through)',
  '(?:got|received) the (?:[$€£]|\\d)',
]);

// An amount with no currency but a tax word is still a price ("4,500 plus VAT").
const ANY_PRICE = new RegExp(
  `${MONEY_MENTION}|${ROUGH_THOUSANDS}|${SUM_ALL_IN}|\\d[\\d,.' ]{0,12}\\s?(?:\\+|plus|excl\\.?|excluding|ex\\.?|incl\\.?|including|zzgl\\.?|hors|sin|excl\\.) ?(?:vat|tax|gst|mwst|ust|btw|iva|tva|taxes|ht)(?![a-zà-ÿ])`,
  'i',
);

// When and what: a start date, a schedule, what the price covers.
const EARLIER_OFFER_TERMS = anyOf([
  '(?:i|we) (?:can|could) (?:start|begin|kick off|fit you in|have it|get (?:started|going)|do (?:it )?(?:next|on|this|the))',
  // A sentence of its own with the subject left out: "Could start 12 Jan.", "Can begin Monday."
  // The words are matched first and the sentence start looked for behind them, so only they are tried.
  '(?:could|can) (?:start|begin)(?<=(?:^|[.!\\n]\\s{0,3})(?:could|can) (?:start|begin))',
  // An option offered at a price: "the album is an extra $600 if you want it".
  "an? (?:extra|additional|optional) [^.\\n]{0,40}if you (?:want|would like|'d like|fancy|like)",
  'could do (?:it )?(?:next|on|this|the)',
  // A trade's slot said short: "Can do w/c 11th Jan", German "Termin ginge ab dem 18. Januar"
  // (proposal-wording-5.jsonl).
  '(?:i |we )?can do (?:w/c|wc|week commencing|the week of)',
  'termin (?:ginge|wäre|könnte)',
  '(?:ginge|geht) (?:ab|am) (?:dem|den)?',
  '(?:happy|glad) to take (?:on|it on|them on)',
  // A trade's own start said plainly, in any of the six languages: "I can come on monday next week",
  // "Ich kann anfangen im Januar", "Ik kan beginnen in maart", "empezamos el 11 de enero", "Yep can do
  // both Sat morning" (proposal-wording-6.jsonl, several written by non-native writers).
  '(?:i|we) can come (?:on|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday)',
  '(?:i |we )?can do (?:both|it|that|this|the job|sat|sun|mon|tue|wed|thu|fri)',
  '(?:ich|wir) (?:kann|können) (?:anfangen|beginnen|starten|kommen)',
  '(?:ik|we|wij) (?:kan|kunnen) (?:beginnen|starten|komen)',
  '(?:empezamos|empezaríamos|podemos empezar|puedo empezar)',
  '(?:je peux|nous pouvons) (?:commencer|démarrer|intervenir|passer)',
  '(?:consigo|posso|podemos) (?:começar|iniciar)',
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
  // "Lead time about 8 weeks": when the work can be done, said the trade's way.
  'lead time (?:is )?(?:about |around |roughly |approx\\.? )?\\d',
  "(?:we'?ve|i'?ve) got a slot",
  '(?:ready|able|available|happy) to (?:start|begin)',
  '(?:start|begin|kick off)(?:ing)? (?:on|from|next|the week|early|in)',
  'start date',
  "(?:you'?d|you will|you'?ll) have (?:it|them|the)",
  'turn (?:it )?around',
  'turnaround',
  'delivered (?:by|within|in)',
  `(?:within|in) (?:\\d+|${COUNT_WORDS}) (?:working )?(?:days?|weeks?)`,
  `(?:\\d+|${COUNT_WORDS}) (?:working )?(?:days?|weeks?) (?:after|from) (?:kick-?off|sign-?off|signing|approval|you)`,
  'earliest (?:i|we) (?:can|could)',
  // A date pencilled in for the client is held for them: "I have your date pencilled in for now".
  '(?:pencil(?:led|ed)?) (?:you|it|them|your date|the date|the day) in',
  '(?:your|the) (?:date|day) (?:pencil(?:led|ed)?) in',
  '(?:i|we) (?:can|could) (?:finish|complete) (?:it|this|the|them)',
  "(?:i'?ll|we'?ll|i will|we will) hold (?:the|your)",
  `(?:ready|done|delivered) (?:\\w+ )?(?:\\d+|${COUNT_WORDS}) (?:working )?(?:days?|weeks?) after`,
  '(?:je serais|ich wäre|estaría|estoy|ik ben|estou) (?:\\w+ )?(?:disponible|verfügbar|beschikbaar|disponível)',
  'livrée? sous',
  '(?:listas?|listos?) en',
  'turn(?:ed)? (?:it |them )?round',
  '(?:i|we) (?:can|could) deliver',
  '(?:secures?|book|reserve|hold) (?:the|your) (?:date|day|slot|booking|spot|place)',
  '(?:take|takes|taking) (?:about|around|roughly)',
  // "three days' work". No word is matched before it: a shape is only tested, and a leading `\w` kept this
  // whole list from its lead check (leadChecked); with one the list takes 30% less time (issue #3, --cpu-prof).
  "(?:days?|weeks?)'? work",
  'includ(?:es|ing|ed)',
  '(?:materials|travel) (?:included|extra)',
  'covers?',
  'rounds? of (?:revisions?|changes)',
  'phase \\w{1,3}:',
  'half on signing',
  'deposit',
  'upfront',
  '(?:on|a) retainer',
  '% (?:retainer|booking fee)',
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
  '(?:empiezo|empezaría|arranco|me encargo)',
  'mínimo',
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
  '(?:ingaan|starten|beginnen) kan per',
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
  `em até (?:\\d+|${COUNT_WORDS}) dias`,
  'entregues? em',
  'prazo',
  // A free date is the offer's when the same note names the sender's price: "I have the 14th free".
  "(?:i have|we have|i've got|we've got|hätten? (?:wir|ich)|(?:ich|wir) (?:habe|haben)|j'ai|nous avons|tengo|tenemos|ik heb|we hebben|tenho|temos) [^.\\n]{0,30}(?:free|frei|libre|vrij|livre)",
  // What a retainer or subscription is held to: notice, minimum term, how it renews.
  `(?:\\d+|${COUNT_WORDS}) days'? notice`,
  'month[- ]to[- ]month',
  'rolling',
  'cancel (?:any ?time|at any time)',
  '(?:monatlich )?kündbar',
  'opzegbaar',
  'sans engagement',
  'engagement de',
  'sin permanencia',
  'sem fideliza[cç][aã]o',
  '(?:i|we) can take (?:over|on|care of)',
  '(?:quoted|priced|charged|billed) separately',
  // The sender offering to renew, not a service renewing itself ("will renew automatically").
  '(?:i|we) (?:can|could) renew',
  '(?:können|könnten) (?:wir|ich) [^.\\n]{0,30}verlängern',
  '(?:je peux|nous pouvons) (?:le |la )?renouveler',
  '(?:puedo|podemos) renovar(?:lo|la)?',
  '(?:kan ik|kunnen we|kunnen wij) [^.\\n]{0,30}verlengen',
  '(?:posso|podemos) renovar',
  // How long the work takes: "five days of work", "dauert etwa vier Wochen", "deux jours de travail".
  '(?:days?|weeks?|hours?) of work',
  `delivered over (?:\\d+|${COUNT_WORDS})`,
  'jours? de travail',
  'dauert (?:etwa|ca\\.?|rund|ungefähr)',
  'ab freigabe',
  'días de trabajo',
  'entregad[ao]s? en',
  'dagen? werk',
  'halve dag',
  'dias de trabalho',
  'pode começar',
  'inclu(?:i|ídas?|ídos?)',
  // A change request: the price of work the original scope left out.
  'not (?:in|part of) the original',
  "(?:n'était )?pas prévu",
  'nicht im (?:ursprünglichen )?(?:angebot|auftrag|umfang)',
  'no (?:estaba|está) (?:previsto|incluido)',
  'niet in de oorspronkelijke',
  'não estava previsto',
]);

// More of an offer's terms, read only when OFFER_TERMS finds none: one alternation this long costs more
// than two (the classifier's budget is 2,000 messages a second).
const MORE_OFFER_TERMS = anyOf([
  // What the sender can take on, and when they have time: "I could cover the desk three mornings",
  // "tenho disponibilidade na quinta-feira", "happy to do a free intro walk first".
  '(?:i|we) (?:can|could) (?:come|cover|handle|teach|walk|clean|fix|look after)',
  "(?:i'?m |we'?re |i am |we are )?(?:happy|glad) to (?:do|throw in|include|add)",
  '(?:tenho|temos|tengo|tenemos) (?:\\w+ )?disponibilidad(?:e)?',
  "(?:j'ai|nous avons) (?:une |des )?disponibilités?",
  '(?:ich habe|wir haben|habe ich|haben wir) (?:\\w+ )?(?:zeit|kapazität)',
  '(?:ik heb|we hebben|heb ik|hebben we) (?:\\w+ )?(?:tijd|ruimte|plek)',
  '(?:we|i) propose to (?:schedule|start|begin|deliver|run|hold|book)',
  // Starting when the client likes, or a weekday it can happen.
  "when(?:ever)? you(?:'re ready| like| want)",
  'quand vous (?:voulez|le souhaitez)',
  'wann (?:immer )?sie (?:wollen|möchten)',
  'cuando (?:quieras|quiera|queráis)',
  'wanneer (?:je|u) (?:wilt|wil)',
  'quando (?:quiser|quiseres)',
  '(?:weather|diary) permitting',
  // A day the sender is free, said without a subject: "Free Monday.", "Crew free from 4 Jan."
  '(?:^|[.!\\n]\\s{0,2})(?:free|available) (?:from|on|(?:mon|tues|wednes|thurs|fri|satur|sun)day)',
  "(?:crew|team|we|i|we're|i'm|we are|i am) (?:free|available) (?:from|on)",
  // A day the sender can offer: "je peux vous proposer le samedi 5", "tenho o sábado dia 12 livre".
  '(?:je peux|nous pouvons|ich kann|wir können|puedo|podemos|ik kan|we kunnen|posso) (?:vous |te |ihnen |dir |le |u |je |lhe )?(?:proposer|anbieten|ofrecer|aanbieden|oferecer|propor)',
  '(?:tenho|temos|tengo|tenemos) (?:\\w+ ){0,4}(?:livre|libre)',
  // A price said to hold until a day is a term of the offer: "stands until the 5th".
  '(?:stands|holds|is good|remains (?:open|valid)) (?:until|till|through)',
  // How long the work takes: "over about 10 weeks", "10 working days", "entrega em 5 dias úteis".
  '(?:weeks|months)(?<=over (?:about |around |roughly )?(?:\\d{1,2}|two|three|four|five|six) (?:weeks|months))',
  '(?:working|business) days',
  'dias úteis',
  'días hábiles',
  'werkdagen',
  'jours ouvrés',
  '(?:arbeits|werk)tagen?',
  'next (?:mon|tues?|wed|thurs?|fri)(?:day)?',
  '(?:te|os|se|le) (?:lo|la) bloqueo',
  // A cap on hourly work is the offer's term: "capped at 40 hours", "met een plafond van 30 uur".
  // (The hours are matched first and the capping word looked for behind them: only numbers are tried.)
  '\\d{1,4} ?(?:hours|hrs|h|stunden|std|heures|horas|uur|days|dagen|tage|jours)(?<=(?:capped at|cap of|maximum of|max(?:imal|imum)?|höchstens|plafond van|maximum van|máximo de|no máximo|maximaal) \\d{1,4} ?[a-z]{1,8})',
  "(?:won'?t|will not|never) (?:pay|cost) more than",
  // An estimate that depends on the client's choice: "depending on which stone you go for".
  'depending on (?:which|the|what|how|whether|your)',
  // When the sender can do it, said as a lead time or a free day (quote-wording): "We'd need two weeks
  // from instruction to report", "We could fit in about 3 weeks", "Can have them back to you in three
  // weeks", "waiting list is about 5 months", "The 7th of March is free just now", "sí tenemos".
  "(?:i|we)(?:'d| would) need (?:about |around |roughly )?(?:\\d{1,2}|a|one|two|three|four|five|six) (?:days?|weeks?|months?)",
  'fit (?:it |this |them |you )?in (?:about |around |within |in )?(?:\\d|a|one|two|three|four|five|six|next)',
  '(?:can|could) have (?:it|them|this|these|everything) (?:back|done|ready|finished|with you)',
  'waiting list',
  '(?:\\d{1,2}(?:st|nd|rd|th)|date|day|weekend)(?: of [a-z]{3,9})?(?: (?:just now|still))? (?:is|are) (?:still )?(?:free|available)',
  'sí (?:tenemos|tengo)',
  'je nach',
  'selon (?:le|la|les|vos|votre)',
  'según (?:el|la|los|las|tu|su)',
  'afhankelijk van',
  'dependendo d[oa]s?',
  // How the price will be paid, later: "payable in advance or in two halves", "metade no início".
  'in advance',
  'in (?:two|three|2|3) (?:monthly |weekly |equal )?(?:halves|instal(?:l)?ments|payments|parts)',
  'half (?:up ?front|at the start|on (?:signing|booking|acceptance))',
  'in (?:zwei|drei) raten',
  'en (?:deux|trois) (?:fois|versements)',
  'en (?:dos|tres) (?:pagos|plazos)',
  'in (?:twee|drie) termijnen',
  'em (?:duas|três) (?:parcelas|vezes|prestações)',
  'metade no início',
  'la mitad al (?:inicio|principio|empezar)',
  'moitié à la (?:commande|signature)',
  'helft vooraf',
  'hälfte (?:vorab|bei auftrag|im voraus)',
  // A date the sender can still give: "the 12th is still open", "le 19 juin est encore libre".
  '(?:open|free|available|libre|frei|verfügbar|disponible|vrij|beschikbaar|livre|disponível)(?<=(?:still|encore|noch|todavía|aún|nog|ainda) [a-zà-ÿ]{4,11})',
  '(?:nog|encore de la|noch) (?:ruimte|place|platz)',
  "(?:i'?ve|i have|we'?ve|we have) got (?:\\w+ )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
  '(?:^|[.!\\n]\\s{0,2})(?:can|could) (?:do|start|come|fit)',
  '(?:i|we) (?:can|could) (?:do \\d|block (?:out|off)|set aside|keep \\w+ free)',
  "(?:i'?m|we'?re|i am|we are) holding",
  '(?:je peux|nous pouvons) (?:vous |te )?(?:le |la |les )?(?:bloquer|réserver)',
  '(?:kann|können) (?:ich|wir) [^.\\n]{0,20}(?:reservieren|blocken|freihalten)',
  '(?:puedo|podemos) (?:reservar|bloquear)',
  '(?:kan ik|kunnen we|kunnen wij) [^.\\n]{0,20}(?:reserveren|vastzetten|vrijhouden)',
  '(?:consigo|posso|podemos) (?:reservar|bloquear)',
  '(?:posso|puedo|je peux|ich kann|ik kan) (?:ir|venir|passer|vorbeikommen|kommen|langskomen)',
  // Holding the price is a term of the offer: "consigo manter esse valor", "keep this price".
  '(?:keep|hold) (?:this|that|the) (?:price|rate)',
  'consigo manter',
  '(?:mantener|mantengo|mantenemos) (?:el|este|ese) precio',
  'maintenir (?:ce|le) (?:prix|tarif)',
  '(?:den|diesen) preis (?:halten|garantieren)',
  '(?:de|deze) prijs (?:vasthouden|aanhouden|garanderen)',
  // The price before a revision: "au lieu de 2 900 €", "down from £38,400".
  `${MONEY_MENTION}(?<=(?:au lieu de|instead of|rather than|\\(was|(?:down|reduced) from|\\d from|en lugar de|en vez de|in plaats van|em vez de|statt) ${MONEY_MENTION})`,
  // When the work is handed over: "Liefertermin wäre der 9. Dezember", "date de livraison".
  'liefertermin',
  'lieferdatum',
  'date de livraison',
  'fecha de entrega',
  'leverdatum',
  'data de entrega',
]);
const OFFER_TERMS = eitherOf(EARLIER_OFFER_TERMS, MORE_OFFER_TERMS);

// The decision the sender waits for: "shall I go ahead?", "if that works", "dime si te encaja".
const GO_AHEAD_WORDS = [
  '(?:your|the|a) go-ahead',
  'shall (?:i|we)',
  '(?:would|do) you (?:like|want) (?:me |us )?to (?:renew|go ahead|proceed|book|start|continue|sign|confirm|move forward|reserve)',
  "if you'?d like to (?:confirm|go ahead|proceed|book)",
  'happy to hold',
  'want me to',
  '(?:let (?:me|us) know|tell (?:me|us)|give (?:me|us) a shout|shout) (?:if|whether|which)[^.\\n]{0,40}(?:go ahead|proceed|book|start|carry on|like|want|works?|suits?|way|pencil)',
  '(?:just )?(?:say|reply) ["“]?(?:yes|the word)',
  "(?:and|then) (?:i|we)(?:'ll| will) (?:get going|get started|start|(?:pencil|book|lock) (?:you|it) in|reserve (?:the|your) (?:date|slot|spot)|hold (?:the|your) (?:date|slot|spot))",
  'any good\\?',
  '(?:fits?|suits?|work for) (?:your|the) budget',
  "let me know and i'?ll",
  "(?:if|when) (?:that|this|it)(?:'s| is)? (?:works|suits|sounds|good|ok|okay|fine|alright)",
  "if you'?re (?:ok|okay|happy|keen|good|up)(?: with| for|,)",
  'which (?:one )?suits',
  'soll ich',
  'on part',
  'vous me dites',
  'si me confirmas',
  '(?:te|se) (?:lo |la )?(?:reservo|aparto)',
  'vamos fechar',
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
  'geben sie (?:mir|uns) (?:einfach |gerne )?(?:kurz )?bescheid',
  'if (?:i|we) hear (?:back )?(?:from you )?by',
  'se fecha(?:rmos|rem|r)',
  'si (?:lo|la) (?:queréis|quieres|quiere)',
  'sagen sie mir (?:einfach |gerne |kurz )?(?:bescheid|ob)',
  '(?:gib|sag) mir (?:einfach |kurz )?(?:bescheid|ob)',
  'wenn (?:das|es) (?:für sie |für dich |so )?passt',
  'bitte bestätigen sie',
  '(?:bestätigen|geben) sie (?:mir )?kurz',
  'si cela vous convient',
  '(?:ça|cela) vous (?:irait|va|convient|conviendrait)',
  "si (?:c'est|ça) (?:bon|ok|d'accord)",
  'dites-moi si',
  "si vous êtes d'accord",
  '(?:pour|à) valider',
  'dime si',
  '(?:¿|si )te cuadra',
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
  'se topar',
  'me confirma',
  'posso seguir',
  'quer que eu',
  'me diga se',
];
const GO_AHEAD_ASK = anyOf(GO_AHEAD_WORDS);
// "If you're interested" leaves the decision open: it asks for a go-ahead only beside the offer's terms
// ("Por 450 € al mes … mínimo tres meses. Si te interesa, dime"), not beside a ticket price.
const GO_AHEAD_IF_INTERESTED = anyOf([
  ...GO_AHEAD_WORDS,
  'si (?:te|le|les) interesa',
  "si (?:cela|ça) (?:vous |t')intéresse",
  'wenn (?:sie|du) interesse',
  'als (?:je|u) (?:interesse|zin)',
  'se (?:tiver|tens|você tiver) interesse',
  "if you'?re (?:interested|keen)",
]);

const ANY_QUESTION = /\?/;

// A quote written as a list: two priced lines in a row ("Waterproofing: $380" / "Grout and seal: $210"),
// and a line that totals them. Lines are bounded runs, so reading stays linear.
const PRICED_LINES = new RegExp(
  `(?:^|\\n)[^\\n]{2,60}${WHOLE_MONEY_MENTION}[^\\n]{0,30}\\n[^\\n]{2,60}${WHOLE_MONEY_MENTION}`,
  'i',
);
const TOTAL_LINE = new RegExp(
  `(?:^|\\n)\\s{0,3}(?:total|gesamt(?:summe|preis)?|summe|totaal|totale?|total geral)(?:[^\\n]{0,20}?[ \\t.…·_]{2,60}|[^\\n]{0,20})${WHOLE_MONEY_MENTION}`,
  'i',
);
// Choices the sender prices for the client to pick from: "two ways we could go", "Variante B: 7.800 €".
const PRICED_OPTIONS = new RegExp(
  `(?<![a-zà-ÿ])(?:two|three|zwei|drei|deux|trois|dos|tres|twee|drie|duas|três) (?:options|ways|variants|varianten|possibilités|formules|façons de faire|manières|opciones|formas|opties|mogelijkheden|manieren|opções|formas|pakketten|packages|pakete|möglichkeiten)(?![a-zà-ÿ])|(?:^|\\n)\\s{0,3}(?:(?:option|variante?|opci[oó]n|op[cç][aã]o|optie|paket|pakket|package|formule|tier|plan) )?(?:b|2)\\s?(?:[:).]|,\\s)[^\\n]{0,150}${MONEY_MENTION}`,
  'i',
);
// A bill or a receipt lists priced lines and a total too.
const BILL_WORDS = anyOf([
  // Not the sender's invoice to come: "Happy to invoice you separately if so" under a quote's lines and
  // total (field-wording-60 fw60-001).
  "invoice(?<!(?:to|will|'ll|can|could|would|i|we) invoice)(?! (?:you|them|her|him) (?:separately|directly|later|once|when|after))",
  // An order confirmation lists the same priced lines and total.
  'order (?:#|no\\.?|number|total|confirmed|[a-z]{0,3}-?\\d)',
  'charged to',
  'card ending',
  'thanks? (?:you )?for shopping',
  'receipt',
  'paid',
  'rechnung',
  'quittung',
  'bezahlt',
  'facture',
  'reçu',
  'payé',
  'factura',
  'recibo',
  'pagado',
  'factuur',
  'betaald',
  'fatura',
  'pago',
]);

// The message ends on a question that names no price: what is left is the client's go-ahead, not a
// price to weigh ("Should I price them at $2 each?" asks for an opinion on the price).
const CLOSING_QUESTION = /(?:^|[.!?\n]\s{0,3})[^.!?\n\d$€£]{1,100}\?[^?\d$€£]{0,80}$/;
// A price someone else set: "the caterer quoted $42 a head".
const SOMEONE_ELSES_PRICE = anyOf([
  '(?:the|their|his|her|they|he|she) (?:\\w+ )?(?:quoted|charges|charged|wants|asks|asked|is asking|are asking|says|said|told (?:me|us)|came back (?:at|with)|gave (?:us|me))',
  // Received or thanked for: "thanks for the offer of $85,000", "got the quote back from the roofer",
  // "der Fliesenleger hat uns ein Angebot über 3.200 € geschickt".
  '(?:for|about|on) (?:the|your|their) (?:offer|quote|estimate|price) of',
  // (Past and received only: "I'd get you a price from my electrician" is the sender's offer to ask.)
  '(?:quote|estimate|offer|price)s? back from',
  '(?:got|had|received) (?:a |the |their |his |her )?(?:quote|estimate|offer|price)s? from',
  '(?:hat|haben) (?:uns|mir) [^\\n]{0,40}?(?:geschickt|geschrieben|gemacht)',
  // A tradesperson's price passed on in other languages: only verbs a person does, so "das Paket würde
  // 480 € kosten" stays the sender's own ("der Installateur will 480 €", "el fontanero cobra 90 €").
  '(?:der|die) \\w+ (?:will|verlangt|möchte|berechnet|würde(?= [^.\\n]{1,30} (?:nehmen|verlangen)))',
  "(?:le|la|l') ?\\w+ (?:demande|réclame|voudrait|a chiffré)",
  '(?:el|la) \\w+ (?:cobra|pide|quiere|nos pidió|me pidió)',
  '(?:de|het) \\w+ (?:vraagt|rekent)',
  '(?:o|a) \\w+ (?:cobra|pediu|quer)',
]);
// A referral: the price is the colleague's or relative's the sender points to ("mijn zwager doet dat voor
// ongeveer € 60 per uur. Zal ik zijn nummer sturen?").
const REFERRED_ELSEWHERE = anyOf([
  // (Not "my colleague and I": then the sender is among those offering.)
  '(?:my|our) (?:colleague|brother-in-law|brother|sister|friend|cousin|contact|neighbour)(?! and (?:i|me))',
  'mijn (?:zwager|collega|vriend|broer|zus|buurman)(?! en ik)',
  '(?:mon|ma) (?:collègue|beau-frère|ami|amie|cousin|voisin)(?! et moi)',
  'mi (?:colega|cuñado|amigo|amiga|primo|vecino)(?! y yo)',
  '(?:o )?meu (?:colega|cunhado|amigo|primo|vizinho)(?! e eu)',
  '(?:mein|meine) (?:kollege|kollegin|schwager|bekannter|freund|nachbar)(?! und ich)',
  // Someone else recommended by name: "Te recomiendo a Marta Gil, que suele cobrar unos 40 € la hora".
  '(?:i|we) (?:recommend|suggest) (?:you )?(?:contact|try|call|get in touch with)',
  '(?:te|le|os|les) recomiendo a',
  '(?:je|nous) (?:vous|te) (?:recommande|conseille) (?:de contacter|de voir)',
  '(?:ich empfehle|wir empfehlen) (?:ihnen|dir) (?:frau|herrn|den kollegen|die kollegin)',
  '(?:ik raad|wij raden|we raden) (?:je|u) [^.\\n]{0,30}aan',
  '(?:recomendo|sugiro) (?:a|o) (?:colega|senhor|senhora)',
]);
// The sender turning the work down: a rate it names is for the client to budget with elsewhere ("I'll
// have to pass on this one … my usual fee is around $900"). (Not "fully booked": offers say that too.)
const WORK_DECLINED = anyOf([
  '(?:have|need) to (?:pass|decline|turn (?:this|it) down)',
  "(?:can(?:'?t|not)|unable to|not able to) take (?:this|it) on",
  'muss (?:ich )?(?:leider )?absagen',
  '(?:kann|können) (?:ich|wir) (?:den|diesen|das|dieses) (?:auftrag|projekt|job) (?:leider )?nicht (?:übernehmen|annehmen)',
  'je ne (?:peux|pourrai) pas (?:prendre|accepter) (?:ce|votre|le|de nouveaux)',
  '(?:kan|kunnen) (?:ik|we) (?:dit|het|deze) (?:\\w+ )?(?:helaas )?niet (?:aannemen|doen)',
  '(?:pas|plus) (?:la|de) disponibilité',
  'je dois (?:malheureusement )?(?:décliner|refuser)',
  'no (?:puedo|podemos) (?:aceptar|asumir|coger) (?:este|el|ese|más)',
  '(?:moet|moeten) (?:ik|we) (?:dit|het) (?:helaas )?(?:afslaan|laten schieten)',
  'não (?:posso|consigo) (?:aceitar|pegar)',
]);
// Money the sender spent or paid: a purchase told, not a price offered.
const MONEY_SPENT = anyOf([
  "(?:i|we)(?:'ve| have)? (?:paid|spent|bought|got it for|was charged)",
  '(?:cost|charged) (?:me|us)',
  '(?:habe|haben) [^.\\n]{0,30}(?:bezahlt|ausgegeben)',
  "j'ai (?:payé|dépensé|acheté)",
  '(?:pagué|gasté|compré)',
  '(?:heb|hebben) [^.\\n]{0,30}(?:betaald|uitgegeven)',
  '(?:paguei|gastei|comprei)',
]);
// The sender saying what they can or would do, or what it would come to, with a price in the same
// sentence: "we can do full servicing … at ₦185,000", "Ten lessons … would be £210 for the term", "ce
// serait 1 340 € TTC", "I could meet you at $3,400", "the value is 2.500 USD" (proposal-wording-5.jsonl,
// whose quiet offers named no proposal, asked nothing and set no terms).
// A price proposed outright: "je vous propose le menu … à 95 € par personne", "stel ik het viergangenmenu
// voor … aan € 85 per persoon" (quote-wording qw056, qw100).
const WORK_OFFERED_LEAD = `(?<![a-zà-ÿ])(?:(?:je (?:vous |te )?|nous vous )propos(?:e|ons)|stel (?:ik|we|wij) (?:jullie |je |u )?[^.\\n?]{1,40}? voor|(?:i|we)(?:'d| would)? (?:propose|suggest)|(?:le|te|les|os) propongo|(?:proponho|sugiro)|schlage (?:ich|wir) (?:ihnen |dir |euch )?[^.\\n?]{1,40}? vor|(?:i|we)(?:'d|'ll| would| will| can| could) (?:(?:be (?:happy|glad) to )?(?:do|handle|take (?:it|this|the job) on|fit|install|build|make|design|write|shoot|paint|clean|fix|repair|service|deliver|supply|translate|edit|cater|record|teach|meet you|come down|go down|drop (?:it|the price)|offer|charge|quote|bill)|manage)|(?:it|that|this|which|the (?:job|work|project|lot|whole thing|total))(?:'d|'ll| would| will) (?:be|come to|cost|run(?: you)?)|(?:the|our|my) (?:[a-z]{3,12} )?(?:fee|price|cost|value|rate|charges?)(?: for [^.\\n?]{1,50})? (?:is|would be|will be)(?: of)?|ce serait|ça (?:ferait|revient à|fait)|je (?:peux|pourrais)|nous (?:pouvons|pourrions)|(?:das )?wären?|ich (?:kann|könnte)|wir (?:können|könnten)|käme|sería[n]?|saldría|puedo|podemos|podría(?:mos)?|(?:ik|we|wij) (?:kan|kunnen|zou|zouden)|komt (?:neer )?op|kom ik op|seria|ficaria|posso|poderia(?:mos)?|o valor (?:é|seria|fica)|el valor (?:es|sería|del [^.\\n?]{1,80} es(?: de)?)|(?:le|notre) (?:tarif|prix) (?:est|serait) de|(?:der|unser) preis (?:beträgt|ist|wäre|liegt bei)|(?:ich|wir) mache(?:n)? (?:ihnen )?(?:den |einen )?preis|(?:de |onze |mijn )?prijs (?:wordt|is|bedraagt|komt op)|el precio (?:es|sería|queda en)|o preço (?:é|fica|seria)|consigo (?:baixar|fazer|deixar)(?: por| para| em)?|(?:i|we) make it (?:[^.\\n?]{1,60}? )?for|(?:i|we)(?:'d| would) put (?:it|that|the (?:job|work|lot|whole thing)) at|(?:would|will|'d) add|(?:liegen|liege) (?:wir|ich) (?:dann )?bei|mantendríamos|manteríamos|maintiendrions|würden wir)`;
const WORK_OFFERED_AT_PRICE = new RegExp(`${WORK_OFFERED_LEAD}[^.\\n?]{0,80}${MONEY_MENTION}`, 'i');
// The same offer with the price in words: "it would be eleven hundred pounds", "liegen wir bei
// zweitausendvierhundert Euro" (proposal-wording-8: a floor sander's and a photographer's figures).
const SUM_IN_WORDS =
  '(?:hundred|thousand|hundert|tausend|cents|mille|cientos|honderd|duizend|mil) (?:pounds|quid|dollars|bucks|euros?|reais)(?![a-zà-ÿ])';
const PRICE_IN_WORDS = new RegExp(SUM_IN_WORDS, 'i');
const WORK_OFFERED_AT_PRICE_IN_WORDS = new RegExp(`${WORK_OFFERED_LEAD}[^.\\n?]{0,80}${SUM_IN_WORDS}`, 'i');
// A range the sender puts on the job: "somewhere between $800 and $1,000", "entre 650 y 800 euros".
const PRICE_RANGE =
  /(?<![a-zà-ÿ])(?:between|entre|zwischen|tussen) (?:[$€£]\s?|r\$\s?)?\d[\d.,]{0,9}\s?(?:€|euros?|dollars|pounds|reais)? ?(?:and|y|et|und|en|e|-|–) (?:[$€£]\s?|r\$\s?)?\d/i;
// A starting price given in answer to the client: "Family sessions start from £180", "à partir de 350 €".
// Only in a short reply: a press release's "pricing starts at $54,995" is no offer (SpamAssassin ham).
const STARTING_PRICE = new RegExp(
  `(?<![a-zà-ÿ])(?:starts? (?:from|at)|starting (?:from|at)|à partir de|a partir de|desde|vanaf|ab)(?![a-zà-ÿ])[^.\\n?]{0,20}${MONEY_MENTION}`,
  'i',
);
const PRICE_OFFERED_OR_STARTING = eitherOf(
  PRICE_NAMED,
  PRICE_SAID_PLAINLY,
  PRICE_NAMED_OTHERWISE,
  STARTING_PRICE,
);
// The sender's price put to the client as a question they can say yes to: "Would a block of six
// sessions at £540 suit you?", "Zou € 25 per uur voor jou werken?", "would $1,350 help get this over the
// line?" (proposal-wording-8: offers asked as questions, in a note with nothing else of an offer).
const PRICE_PUT_AS_QUESTION = new RegExp(
  `(?<![a-zà-ÿ])(?:would|could|shall|does|will|how about|what about|wäre|wären|würde|passt|passen|est-ce que|serait|conviendrait|¿te|¿le|¿os|zou|zouden|ficaria|seria)(?! you (?:do|go|take|accept|match|consider|knock|lower|drop|come down))[^.\\n?!]{0,80}${MONEY_MENTION}[^.\\n?!]{0,60}(?:suit|work for|work|help|be (?:ok|okay|alright|fine)|in ordnung|recht|passen|conviendrait|convient|irait|va|parecería|parece|vendría|werken|goed|bem|servir|serve)[^.\\n?!]{0,30}\\?`,
  'i',
);

// The sender paying or buying: "I'll send you the £40 tomorrow", "we can pay the $500 next week", "I can
// do $4,000 for the van if you can include the roof rack. I could collect on Saturday" (gap-wording g129).
const SENDER_BUYS = anyOf([
  '(?:if|provided) you (?:can |could |will |would )?(?:include|throw in|knock|drop the price|deliver it)',
  '(?:i|we) (?:can|could) (?:collect|pick (?:it|them) up)',
  "(?:i|we)(?:'ll| will| can| could| would)? (?:pay|send you|transfer|reimburse|refund|wire|split)",
  "(?:i|we)(?:'d| would|'re| are|'m| am)? (?:be )?(?:happy|glad|willing|prepared) to (?:pay|bid|go (?:up )?to)",
  '(?:je|nous) (?:vous )?(?:paierai|paierons|rembourse|virerai)',
  '(?:ich|wir) (?:zahle|zahlen|überweise|überweisen)',
  '(?:te|le) (?:pago|transfiero|devuelvo)',
  '(?:ik|we) (?:betaal|betalen)',
  '(?:ik|we) [^.\\n]{0,40}?(?:overmaken|maak [^.\\n]{0,30}?over|maken [^.\\n]{0,30}?over)',
  'eu (?:pago|transfiro|devolvo)',
]);

// The feedback requests in the hand-written sets run to 400 characters; mailing-list posts to thousands.
const SHORT_NOTE_LENGTH = 700;
// The two-line answers with a price in proposal set 4 run to 300 characters; past that a note says more.
const SHORT_OFFER_LENGTH = 400;
// The quiet offers in proposal set 5 run to 700 characters; a newsletter's prices sit in far longer mail.
const OFFER_NOTE_LENGTH = 1_200;

const AGREED_WORDS =
  '(?:as agreed|agreed|as per (?:the|our|my) quote|vereinbart|convenu|acordad[oa]|combinad[oa]|combinamos|afgesproken)';

// Billing, already-agreed prices and the sender buying: the same amount, dates and question then
// describe work done, settled, or a booking the sender makes.
// Costs split among friends, worked out per head: "240 € en tout, soit 40 € chacun", "so $285 each".
const COST_SPLIT = [
  "(?:so|that'?s|makes|soit|donc|ça fait|o sea|es decir|ou seja|dus|also|macht) (?:[$€£]\\s?)?\\d[\\d.,]{0,9}\\s?(?:€\\s?)?(?:each|chacun|chacune|cada uno|cada una|para cada um|cada um|per persoon|pro kopf)",
  "(?:your|everyone'?s) share",
];

// A booking the sender confirms is settled, not an offer or a bill: "Your booking is confirmed … Total
// paid", "nous confirmons votre réservation … le solde sera à régler à l'arrivée" (proposal-wording-7).
// (Not "confirmed once the deposit is paid": that asks for money.)
const BOOKING_CONFIRMED = [
  '(?:your |the )?booking (?:is |has been )?confirmed(?! once| when| as soon| upon| on receipt)',
  'we (?:are pleased to |hereby )?confirm your (?:booking|reservation)',
  'total paid',
  '(?:nous )?confirmons (?:votre|ta) réservation',
  'réservation (?:est )?confirmée',
  '(?:wir )?bestätigen (?:ihre|deine) (?:buchung|reservierung)',
  '(?:buchung|reservierung) (?:ist )?bestätigt',
  'confirmamos (?:tu|su|a sua|sua|a tua) reserva',
  'reserva (?:está )?confirmada',
  '(?:we )?bevestigen (?:je|uw) (?:boeking|reservering)',
  '(?:boeking|reservering) (?:is )?bevestigd',
];

// The client answering someone's price: haggling over it ("£3,400 is a bit more than we hoped for",
// "R$ 5.400 ficou acima do que a gente pensava") or taking it ("yes please to the £590, consider 5
// September booked") (proposal-wording-8: buyers' replies that carry a price and a question too).
const PRICE_ANSWERED = [
  '(?:a (?:bit|little|lot) |rather |quite a bit |much )?more than (?:we|i) (?:hoped|budgeted|had in mind|wanted to spend)',
  '(?:etwas |viel )?mehr als (?:wir|ich) (?:gehofft|eingeplant|veranschlagt)',
  "plus (?:cher )?que ce que (?:nous|j'|on) (?:espérions|espérais|avions prévu|avait prévu)",
  'más de lo que (?:esperábamos|esperaba|teníamos pensado|tenía pensado)',
  'meer dan (?:we|ik|wij) (?:hoopten|hoopte|hadden begroot|in gedachten hadden)',
  '(?:acima|mais) do que (?:a gente|eu|nós) (?:pensava|esperava|pensávamos|esperávamos|queria)',
  'yes please to',
  'consider [^.\\n]{1,30} booked',
  '(?:shall|should) (?:i|we) (?:send|pay|transfer) (?:you )?the deposit',
  '(?:wir nehmen|ich nehme) (?:ihr|dein|das) angebot an',
  "(?:nous acceptons|j'accepte) (?:votre|ton|le) (?:devis|offre|proposition)",
  'aceptamos (?:su|tu|el|vuestro) (?:presupuesto|oferta)',
  '(?:we gaan|ik ga) akkoord met (?:de|uw|je|jullie) (?:offerte|prijs)',
  'aceitamos (?:o|a|seu|sua) (?:orçamento|proposta)',
];

const NOT_AN_OFFER = anyOf([
  ...COST_SPLIT,
  ...BOOKING_CONFIRMED,
  ...PRICE_ANSWERED,
  'payable(?! in advance| in (?:two|three|2|3) | upfront)',
  '(?:could|can|would) you (?:please )?(?:transfer|pay|settle)',
  '(?:the|my|our) usual account',
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
  // A price confirmed after the client said yes, not one offered to them.
  // The agreeing word is matched first and the price looked for behind it, so only those words are tried.
  `${AGREED_WORDS}(?<=${WHOLE_MONEY_MENTION}[^.\\n]{0,40}${AGREED_WORDS})`,
  `(?:agreed|confirmed at|vereinbarten?|convenu|acordad[oa]|combinad[oa]|afgesproken)[^.\\n]{0,40}${MONEY_MENTION}`,
  'thanks? (?:you )?for shopping',
  'charged to',
  'works for (?:us|me)',
  '(?:could|would|can) you (?:do (?:it|this|that|the (?:\\w+ )?\\w+) for|take|accept|consider|match|go down|lower|knock)',
  "(?:i'?d|i would|we'?d|we would) like to (?:book|order|reserve|cancel)",
  '(?:i|we) (?:want|wish) to (?:book|order|reserve|cancel)',
  'je (?:confirme|souhaite réserver|voudrais réserver)',
  'me interesa',
  'ich möchte (?:buchen|bestellen|reservieren)',
  'ik wil graag (?:boeken|reserveren|bestellen)',
  'gostaria de (?:reservar|saber|encomendar)',
  // Order confirmations and receipts state a price, a delivery date and a question too.
  'thank(?:s| you) for your (?:order|purchase)',
  '(?<!after |upon |with |on receipt of )your order',
  'order confirmation',
  '(?:seu|su) pedido',
  'obrigad[oa] pela (?:sua )?compra',
  'gracias por (?:su|tu) compra',
  'votre commande',
  'merci pour votre (?:commande|achat)',
  'ihre bestellung',
  'vielen dank für ihre bestellung',
  '(?:uw|je) bestelling',
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
  "(?:i'?ve|i have|we'?ve|we have|just) (?:\\w+ ){0,2}(?:finished|completed|drafted|mocked up|pulled together|put together|uploaded|edited|revised|sketched|recorded|designed)",
  '(?:^|[.!,] )(?:just )?(?:finished|wrapped up) the',
  "(?:they'?re|it'?s|it is|they are) (?:now )?(?:in|on) (?:dropbox|drive|figma|the (?:shared )?(?:folder|drive))",
  '(?:edit|cut|draft|version|drawings?|illustrations?|layout|report|mock-?up|design|copy|translation)[^.\\n?]{0,40}(?:is|are) (?:done|finished|complete)',
  "here(?:'s| is| are) (?:the |my |our |your )?(?:\\w+ ){0,2}(?:drafts?|designs?|drawings?|illustrations?|mock-?ups?|versions?|edits?|layouts?|copy|videos?|reports?|pages?|artwork|proofs?|sketch(?:es)?|brochures?|flyers?|slides|chapters?|translation|recordings?|renders?)",
  'round (?:one|1)',
  '(?:the|my|our|two|three|four|\\d|first|new|revised|logo|design|page) (?:\\w+ )?(?:concepts?|layouts?|sketch(?:es)?|directions|proofs?)',
  '(?:on|to) staging',
  '(?:staging|preview) (?:link|site|server|url)',
  '(?:draft|drafts|proofs?|artwork|mock-?ups?|designs?|layouts?|plans?|drawings?|illustrations?|translation|photos|selects|edits?|cut|mix|copy|text|chapter|video|website|site|logo|guide|report|deck|slides)[^.\\n?]{0,40}(?:is|are) (?:now )?(?:attached|ready|up|live|in your inbox|in the (?:shared )?(?:folder|drive|doc|gallery)|below|here)',
  "(?:i'?ve|i have|we'?ve|we have) (?:finished|completed|wrapped up|drafted|updated|revised|uploaded) (?:the|your|a|my|our)",
  'gallery(?: link)?',
  'selects',
  'contact sheet',
  'first look',
  'chapter \\d+',
  '(?:draft|proof|preview|demo|sample|cut|edit|mix|version|copy|photos|images|gallery|designs?|logos?|recording|render|video|page|site|chapter|report|banner)s? (?:is |are )?(?:attached|ready|up|done|uploaded|live|finished|in (?:the|your))',
  '(?:uploaded|shared|finished|put|pasted|dropped|added|posted|popped)[^.\\n]{0,40}(?:folder|drive|doc|dropbox|link|gallery|staging)',
  "(?:here(?:'s| is| are)|attached (?:is|are)|i'?ve attached|please find attached|i'?m sending|sending over) (?:the |my |our |your )?(?:\\w+ )?(?:drafts?|designs?|mock-?ups?|versions?|logos?|photos|edits?|layouts?|copy|videos?|reports?|website|site|pages?|artwork|proofs?|illustrations?|sketch(?:es)?|banners?|flyers?|brochures?|slides|chapters?|manuscript|translation|recordings?|mix|drawings?|renders?|options)",
  // Work put where the client can open it: a shared folder, a gallery, a design tool.
  "(?:is|are|it'?s|they'?re) (?:now |all |up |sitting |waiting )?(?:in|on) (?:the |your |our )?(?:dropbox|figma|drive|google drive|gallery|shared (?:folder|drive|doc))",
  '(?:edited|finished|done|ready|exported|rendered) and (?:now |sitting |waiting )?(?:in|on|up)',
  "(?:i'?ve|i have|just) pasted",
  '(?:updated|revised|new|latest|reworked) (?:\\w+ ){0,2}(?:is )?attached',
  'retouchée?s',
  // A build or selection handed over to try or choose from: "die Testversion ist in TestFlight".
  '(?:test|beta) (?:build|version)',
  'testflight',
  // A piece made to try before the rest is made: "the prototype chair is ready in the workshop".
  'prototyp(?:e|es|en)?',
  'prototipos?',
  'protótipos?',
  '(?:proof|photo|preview) gallery',
  '(?:first|initial) selection',
  '(?:line|copy|first|structural) edit',
  'testversion',
  'testversie',
  'version (?:de test|bêta)',
  'versión de prueba',
  'versão de teste',
  '(?:ci-joint|ci-jointe|vous trouverez ci-joint|voici) (?:la|le|les) (?:traduction|relecture|maquette|version|plans?|photos|montage|textes?|logo)',
  'ya (?:tienes|tenéis|tiene|tienen) (?:la|el|los|las) (?:galería|fotos|primera|borrador|diseño|versión|enlace)',
  'galería',
  'primera selección',
  'primeira seleção',
  'erste auswahl',
  'première sélection',
  'eerste selectie',
  '(?:nieuwe|aangepaste) (?:teksten|foto.s|ontwerpen)',
  // German, French, Spanish, Dutch, Portuguese.
  'in der galerie',
  '(?:im|in den) (?:geteilten|gemeinsamen) ordner',
  'bearbeitete[nr]?',
  'dossier partagé',
  "j'ai (?:terminé|fini|mis en ligne|déposé)",
  'voici (?:la|le|les) (?:première?s?|nouvelles?|nouveaux?|deuxième)',
  'carpeta compartida',
  '(?:ya )?(?:subí|he subido)',
  'editad[oa]s?',
  '(?:te|le) (?:mando|envío|paso) (?:el|la|los|las) (?:primer|primera|nuev[oa]s?|borrador|diseño|versión|boceto)',
  'gedeelde map',
  '(?:nieuwe|tweede|aangepaste) versie',
  '(?:nouvelle|deuxième) version',
  '(?:nueva|segunda) versión',
  '(?:nova|segunda) versão',
  'bewerkte',
  'pasta (?:compartilhada|partilhada)',
  'galeria(?: online)?',
  'entwurf',
  'entw[üu]rfe',
  '(?:ich habe|habe ich) [^.\\n]{0,40}(?:hochgeladen|erstellt|überarbeitet|angehängt)',
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
  'ya tienes (?:en|la|el|los|las)',
  'en la carpeta',
  'primera versión',
  'bocetos?',
  'propuestas de (?:logo|diseño)',
  'diseños',
  'ontwerp(?:en)?',
  'concept(?:tekst|versie|ontwerp)',
  'eerste versie',
  'opzet',
  'staat klaar',
  '(?:staan|staat) in de map',
  'schetsen',
  'primeira versão',
  'primeiro corte',
  'terminei',
  'finalizei',
  'rascunho',
  'na pasta',
  'está pronto',
  'está lista',
  'est prête?',
]);

// Work promised for later, not shown: "I'll have the updated version back to you by Friday" acknowledges
// the client's notes (a revision confirmation template) and asks for nothing yet.
const WORK_PROMISED = anyOf([
  "(?:i'?ll|i will|we'?ll|we will|and will) (?:have|get|send) (?:the |an? |your )?(?:updated|revised|new|next) (?:version|draft|design|files?|edit|cut)s? (?:back )?(?:to you|over)",
]);

// Work that is not the sender's to deliver: the client's own attempt shown to the freelancer ("we
// sketched a logo idea ourselves"), or words the sender wrote for the user ("just posted it on your
// profile"). Asking for an opinion on those waits on nobody's answer about delivered work.
const NOT_DELIVERED_WORK = anyOf([
  '(?:sketched|drew|drafted|made|wrote|designed|mocked up|put together)[^.\\n]{0,40}(?:ourselves|myself)',
  '(?:start|starting) from scratch with you',
  'our own (?:attempt|sketch|draft|idea|version|logo)',
  '(?:posted|published|left|added) (?:it|a|the|my)[^.\\n]{0,20} (?:on|to) your (?:profile|page|listing)',
  '(?:selbst|selber) (?:gezeichnet|entworfen|gemacht|geschrieben)',
  '(?:dessiné|fait|écrit|esquissé)[^.\\n]{0,20}nous-mêmes',
  '(?:dibujado|hecho|escrito|diseñado)[^.\\n]{0,20}(?:nosotros mismos|yo misma|yo mismo)',
  'zelf (?:getekend|ontworpen|gemaakt|geschreven)',
  '(?:desenhamos|fizemos|escrevemos)[^.\\n]{0,20}nós mesmos',
]);

// Handed over: attached, linked, uploaded, put in a folder the client can open.
const WORK_HANDED_OVER = anyOf([
  "here(?:'s| is| are)",
  "(?:attached|enclosed|i'?ve attached|please find|sending (?:you|over)|i'?m sending)",
  '(?:uploaded|shared|dropped|posted|popped|put) (?:it|them|the|a|an|my|our|your)',
  '(?:in|on) (?:the |your |our )?(?:shared )?(?:folder|drive|dropbox|figma|gallery|staging)',
  '(?:staging|preview|review) (?:link|site)',
  'link below',
  // Sent already, or linked from here: "I've sent two photos", "vous trouverez ci-dessous le lien".
  "(?:i'?ve|i have|i just) sent (?:you |over )?(?:two|three|a|an|the|some|\\d)",
  'ci-dessous',
  'vous trouverez',
  '(?:is|are|now|ist|sind|jetzt|staat|está|estão) (?:jetzt |nu |now )?online',
  'testlink',
  '(?:into|in) (?:the |a |our )?(?:google )?doc(?:ument)?',
  'shared doc(?:ument)?',
  'gedeelde (?:map|document|drive)',
  '(?:geteilten|gemeinsamen) dokument',
  'document partagé',
  'documento (?:compartido|compartilhado)',
  '(?:staat|staan) in (?:de|het)',
  'anbei',
  'im anhang',
  'hochgeladen',
  'in der galerie',
  'ordner',
  'voici',
  'ci-joint',
  'en pièce jointe',
  'dossier',
  'en ligne',
  'adjunto',
  '(?:te|le) (?:mando|envío|paso)',
  'carpeta',
  '(?:subí|he subido)',
  'hierbij',
  'in de bijlage',
  'bijgaand',
  'in de (?:gedeelde )?map',
  'segue',
  'em anexo',
  'pasta',
  'galeria',
  'subi',
]);

// Asking what the client thinks of it or would change.
const OPINION_ASK = anyOf([
  '(?:any )?thoughts\\?',
  // Asking whether it is right to go out as it is: approval of the work, in each language.
  '(?:so|in dieser form) (?:drucken|freigeben|veröffentlichen|rausschicken)',
  'alles (?:in ordnung|korrekt|richtig)',
  '(?:des |quelques )?corrections',
  'algo (?:más )?que (?:corregir|cambiar)',
  '(?:klopt|is) alles',
  'está tudo (?:certo|ok)',
  '(?:can|could) (?:it|this|they|we) go (?:out|to print|live)',
  'leave (?:a )?comments?',
  '(?:closer|close) to what you',
  'what you (?:pictured|had in mind|imagined)',
  '(?:was|wie) (?:sagen sie|sagst du|meinen sie|meinst du) dazu',
  'lesquel(?:le)?s',
  'd[áa] uma olhada',
  'me diz se',
  'cuál te convence',
  'doorlezen',
  'which way',
  '(?:leaning|drawn) (?:to|towards)?',
  'sign (?:it |this |them )?off',
  'wie gefällt',
  '(?:sag|sagen sie) mir,? (?:welche|ob|was)',
  'correspond à ce que',
  '(?:aviez|avais) en tête',
  'dites-moi si',
  'tout vous (?:convient|va)',
  'visto bueno',
  '(?:als|of) (?:je|u) akkoord (?:bent|gaat)',
  '(?:laat|laten) (?:me |maar |even )?weten of',
  'gostou',
  'escolh(?:e|a) (?:as|os|a|o) que',
  'me avisa se',
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
  'how (?:they|it|this|that|these) (?:feel|feels|look|looks|read|reads|sound|sounds|land|lands)',
  '(?:are|would) you (?:be )?happy (?:for me to|with|to)',
  'what (?:do )?you make of',
  '(?:keen|eager|curious|excited) to (?:hear|know|see) (?:what|how|your)',
  '(?:sanity|double)[- ]check',
  "what'?s (?:not )?(?:landing|working|clicking)",
  'be (?:brutal|honest)',
  'which (?:\\w+ )?(?:do you|would you|speaks|works)',
  '(?:any|your) (?:notes|thoughts|comments|feedback|changes|edits|tweaks)',
  "(?:confirm|check) (?:that )?(?:it'?s|everything (?:is|looks)|all is) (?:ok|okay|good|fine|right)",
  'before (?:it|this|they) (?:goes|go|is sent) (?:out|live|to)',
  '(?:welche[rs]? )?gefällt (?:dir|ihnen)',
  'tout est bon',
  "avant l'envoi",
  'algo que cambiar',
  'spreekt (?:je|u) (?:het meest )?aan',
  'dar uma olhada',
  'aprovar',
  '(?:shout|let me know|tell me) if (?:anything|something|any) (?:needs|should|looks|feels|is)',
  'does (?:this|that|it|the) (?:\\w+ )?(?:work|look|feel|read|sound) (?:for|to) you',
  '(?:pick|choose|select|star) (?:your )?(?:top \\d+|favou?rites?|the ones)',
  // Choosing from a gallery or a few options: "heart your favourite ten", "decidme cuáles os gustan".
  '(?:heart|tick|flag|mark) (?:your )?(?:top \\d+|favou?rites?|the ones)',
  '(?:do|did) (?:these|those|they|the) (?:\\w+ )?(?:work|look|feel|read|sound) (?:for|to|right to) you',
  '(?:have|did) i (?:taken out|cut|lost|missed|changed) (?:something|anything)',
  '(?:is|are) (?:it|this|that|they|the \\w+) (?:a bit |a little )?too (?:much|dark|light|bright|busy|long|short|big|small|loud|quiet|bold|plain|warm|cold|cool|formal|casual)\\?',
  '(?:i|we) can (?:push|make|tone|take) (?:it|them|this|that) (?:warmer|cooler|darker|lighter|brighter|down|up|back|further)',
  '(?:ausprobieren|testen) und (?:mir|uns)',
  '(?:mir|uns) sagen,? (?:ob|was|welche|wie)',
  'so passt',
  'try (?:it|them|this) out and (?:let me know|tell me)',
  '(?:la|le|les) (?:terminologie|traduction|formulation|ton|texte) vous convien(?:t|nent)',
  'vous convien(?:t|nent) avant',
  'cuál(?:es)? (?:os|te|le|les) gusta(?:n)?(?: más)?',
  'decidme',
  'algún retoque',
  'algum retoque',
  '(?:welche|welches) (?:dir|ihnen|euch) (?:am besten )?gefallen',

  'look (?:through|over|at) (?:it|them|this)',
  'tell me if [^.\\n]{0,40}(?:feels|looks|reads|sounds) (?:right|ok|okay|good)',
  '(?:need|want|waiting (?:for|on)) your (?:approval|sign-off|ok|okay|go-ahead)',
  'before (?:it|this|they) (?:goes|go) to (?:the )?print',
  'annoter',
  "n'hésitez pas à (?:annoter|commenter|corriger)",
  'cualquier comentario',
  'before (?:i|we) (?:finalise|finalize|send (?:it|them)? ?to|publish|go live|print)',
  'what do you think',
  // What struck them, or their view on a named point: "tell me what jumped out", "your opinion on the seat height".
  '(?:tell me|let me know) what (?:jump(?:ed|s) out|st(?:ood|ands) out|you (?:liked|loved|noticed))',
  '(?:like|want|love|value|need) your (?:opinion|view|verdict|take) on',
  'sag(?:t)? mir,? (?:wie|was|ob|welche)',
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
  '(?<!für )(?:ihr|ihre|dein|deine) (?:feedback|rückmeldung|anmerkungen|änderungswünsche|meinung)',
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
  // Ready but for the client's part: "we're ready to start the build but need your brand fonts", "I need
  // them to order from the butcher", "ik heb nog je logo … nodig" (open-wording-c owc-022, -095, -100).
  '(?:ready|about) to (?:start|begin|get going)[^.\\n]{0,40} but (?:i |we )?(?:just |still )?need',
  '(?:i|we) need (?:them|it|these|those|this|that) (?:to (?:order|book|start|finish|print|build|set up)|before)',
  '(?:ik|we|wij) (?:heb|hebben) (?:nog )?[^.\\n]{0,60}nodig',
  'to (?:get (?:going|started) on|finalise|finalize|finish|complete|set up|file|kick off)',
  'so (?:that )?(?:i|we) can (?:get (?:going|started)|finalise|finalize|finish|start|book|get on|move|continue|set up|complete|file)',
  "(?:i'?ll|i will|we'?ll|we will) need",
  'before (?:i|we) (?:can )?(?:start|book|finish|continue|file|go|order)',
  "(?:i|we) can'?t (?:start|finish|continue|go on|book|schedule|begin|proceed|kick off)",
  // "The only thing holding up the About page is the copy".
  'holding (?:up|back) (?:the|my|our)',
  "(?:i'?m|we'?re) (?:just |still )?(?:missing|waiting (?:on|for))",
  '(?:are|is) (?:still )?missing',
  '(?:i|we) (?:just |still |only )?need (?:to know|your|the|you to)',
  "(?:don'?t|do not) have [^.\\n]{0,40} yet",
  "still (?:don'?t|do not|haven'?t|have not) (?:have|got|received)",
  '(?:nearly|almost) (?:done|finished|there)[^.\\n]{0,40} but',
  '(?:as soon as|once) (?:i|we) (?:have|get|receive|know|hear)',
  'damit (?:ich|wir) [^.\\n]{0,40}(?:weitermachen|anfangen|fertig|beginnen)',
  'fehl(?:t|en) (?:mir|uns) noch',
  'fehl(?:t|en) noch',
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
  '(?:hebben|heb) (?:we|wij|ik) (?:nog )?[^.\\n]{0,60}nodig',
  // What the work waits on, said as the thing the sender cannot do yet: "I can't use the shots until the
  // release forms are signed", "I'm stuck until I have the descriptions", "ohne die komme ich nicht weiter".
  "(?:i|we) can'?t (?:use|publish|send|deliver|print|ship|launch|submit|order|post|share)[^.\\n]{0,60}(?:until|without)",
  "can'?t (?:start|finish|continue|complete|proceed|go live|launch|publish)[^.\\n]{0,40}(?:without|until)",
  "(?:i'?m|we'?re|i am|we are) (?:a bit |kind of |a little )?stuck (?:until|without)",
  '(?:komme|kommen) (?:ich|wir) (?:gerade |hier |leider )?nicht weiter',
  '(?:je suis|nous sommes) bloquée?s? (?:tant que|sans)',
  '(?:estoy|estamos) (?:parad[oa]s?|bloquead[oa]s?) (?:hasta|sin)',
  '(?:estou|estamos) (?:parad[oa]s?|travad[oa]s?) (?:até|sem)',
  '(?:kan|kunnen) (?:ik|we|wij) niet verder',
  'ik kan niet verder',
  // Holding back until the answer comes: "I'll hold off until I know", "hasta que no tenga los textos no
  // puedo montarla", "Vorher kann ich leider nichts einplanen", "Eerder kan ik niet beginnen".
  "(?:i'?ll|i will|we'?ll|we will) hold (?:off|fire) until",
  'until (?:i|we) (?:have|get|receive|hear|know)',
  "(?:i|we) can'?t [^.\\n]{0,50}without",
  'bräuchte(?:n)? (?:ich|wir)',
  '(?:ich|wir) bräuchte(?:n)?',
  'vorher (?:kann|können) (?:ich|wir)',
  "tant que (?:je n'ai|nous n'avons) pas",
  'hasta que (?:no )?(?:tenga|reciba|tengamos|recibamos)',
  'no (?:puedo|podemos) (?:empezar|seguir|montar|terminar|avanzar|continuar|pedir)',
  'eerder (?:kan|kunnen) (?:ik|we|wij) niet',
  'até (?:eu )?(?:ter|receber)',
  // A condition the next step waits on: "Dan kan ik het kleurvoorstel afmaken", "om … te kunnen maken".
  'om [^.\\n]{0,50} te kunnen',
  '(?:dan|daarna) kan ik',
  'then (?:i|we) can (?:finish|start|get|book|order|move|set|complete|send|put)',
  'dann (?:kann|können) (?:ich|wir)',
  'comme ça (?:je|nous) (?:pourrai|pourrons|peux|pouvons)',
  'así (?:puedo|podré|podemos|podremos)',
  'assim (?:posso|poderei|consigo|podemos)',
  'zodra ik',
  'fico aguardando',
  'para (?:seguir|começar|continuar|terminar)',
  'precis(?:o|amos)',
  'assim que (?:receber|tiver)',
]);

// Asking the client to send, tell or give something.
const INPUT_ASK = anyOf([
  '(?:could|can|would) you (?:please )?(?:send|add|dig|measure|let me know|let me have|share|forward|get|pass on|upload|confirm|fill|tell me|give|sort|provide|grant|drop|pop|email)',
  // The inputs listed as what is still needed: "bräuchte ich noch: den genauen Titel …" (owc-146).
  '(?:bräuchte|brauche|benötige)n? (?:ich|wir) (?:noch|von (?:ihnen|dir|euch))',
  'what (?:\\w+ ){0,2}do you (?:want|prefer|need)',
  'please (?:send|share|upload|forward|confirm|fill)',
  'please take [^.\\n]{0,20} to (?:fill|complete)',
  'let me know',
  // Which of two things to use is asked as much as a thing to send: "which company name should go on it?".
  'which [^.\\n?]{0,60}should (?:i|we|go)',
  '(?:i|we) need (?:two|three|a few|a couple of|some|\\d) (?:things|details) from you',
  "what'?s the (?:address|best number|login)",
  'any idea (?:when|if|whether)',
  'when (?:will|can|could|might) (?:i|we) (?:get|have|expect)',
  '(?:können|könnten) sie (?:das|die|den|es|mir|uns)',
  'que me (?:confirmes|envíes|mandes|pases|digas)',
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
  // "Kun je een paar foto's van de woonkamer sturen?": the thing named between the ask and its verb.
  '(?:kun|kunt|kan|wil|wilt) (?:je|u) [^.\\n?]{0,40}(?:sturen|doorsturen|opsturen|mailen|delen|bezorgen)',
  '(?:kannst du|können sie|könnten sie|könntest du) [^.\\n?]{0,40}(?:schicken|senden|zukommen lassen|hochladen)',
]);

// Whether the client has a thing at hand, in each language: "do you have the logo as a vector file?".
const HAVE_ASK = anyOf([
  'do you (?:still )?have (?:the|a|an|any|your)',
  '(?:hast du|haben sie|habt ihr) (?:noch )?(?:das|die|den|ein|eine)',
  '(?:avez-vous|as-tu|auriez-vous) (?:encore )?(?:le|la|les|un|une)',
  '(?:tienes|tiene|tenéis|tendrías|tendría) (?:el|la|los|las|un|una)',
  '(?:heb je|hebt u|heeft u|hebben jullie) (?:nog )?(?:de|het|een)',
  '(?:você tem|tens|tem|teria) (?:o|a|os|as|um|uma)',
]);

// Materials a client supplies for the work: logins, files, words, photos, measurements, forms, hours.
const INPUT_NAMED = anyOf([
  'logins?',
  'passwords?',
  '(?:admin|dashboard|hosting|server|ftp) access',
  'api keys?',
  'credentials',
  '(?:logo|image|photo|source|design|font|vector) files?',
  'descriptions',
  '(?:the |your )?(?:texts|photos|pictures|images|measurements|dimensions|documents|floor ?plans?)',
  'guest list',
  'release forms?',
  'signed (?:copies|copy|forms?)',
  '(?:hours|timesheets?) (?:for|of|worked)',
  'zugangsdaten',
  'passwort',
  '(?:deine|ihre|eure|die) (?:texte|fotos|bilder|unterlagen|maße)',
  'identifiants',
  'mot de passe',
  '(?:vos|tes|les) (?:textes|photos|mesures|documents|accès)',
  '(?:tus|sus|los|las) (?:textos|fotos|medidas|documentos|accesos)',
  'contraseña',
  'inloggegevens',
  'wachtwoord',
  '(?:je|uw|de) (?:teksten|foto.s|maten|documenten|gewerkte uren)',
  'gewerkte uren',
  'foto.s van',
  'photos of (?:the|your)',
  'fotos (?:vom|von (?:der|dem|den|ihrem|ihrer|deinem|deiner))',
  'photos (?:du|de la|des|de votre)',
  'fotos (?:del|de la|de los|de tu|de su|do|da|dos|de seu|de sua)',
  'senha',
  '(?:seus|suas|os|as) (?:textos|fotos|medidas|documentos|acessos)',
]);

// A better version of something the client already has: "the logo as a vector file (AI, EPS or SVG)".
const BETTER_VERSION_NAMED = anyOf([
  '(?:as|in) (?:an? )?(?:vector|high[- ]res(?:olution)?|higher[- ]res(?:olution)?|larger|bigger|print[- ]ready|editable|original) (?:file|version|format)',
  '(?:vector|high[- ]res|source|original|editable) (?:file|version|format)s?',
  '(?:ai|eps|svg),? (?:or|of|oder|ou|o) (?:eps|svg|pdf)',
  'vektordatei',
  'in hoher auflösung',
  'fichier vectoriel',
  'en haute (?:définition|résolution)',
  'en (?:formato )?vectorial',
  'en alta resolución',
  'vectorbestand',
  'in hoge resolutie',
  '(?:arquivo|ficheiro) vetorial',
  'em alta resolução',
]);

// A few words about the work, asked for to show others.
const WORDS_ASKED = anyOf([
  '(?:a )?(?:couple of|few|two or three) (?:sentences|words|lines)',
  // "A sentence or two", "ein, zwei Sätze", "une ou deux phrases".
  '(?:a )?(?:sentence|line) or two',
  'one or two (?:sentences|lines)',
  'ein(?:,| oder) zwei (?:sätze|sätzen|zeilen)',
  'une ou deux (?:phrases|lignes)',
  'una o dos (?:frases|líneas)',
  'een of twee (?:zinnen|regels)',
  'uma ou duas (?:frases|linhas)',
  '(?:a |an )?(?:short|quick|brief|honest|little) (?:review|testimonial|recommendation)',
  'something short about',
  // "un petit avis", "eine kurze Bewertung", "una breve reseña": a short public word, in each language.
  '(?:petit|court|bref) (?:avis|témoignage|mot)',
  '(?:kurze|kleine|ehrliche) (?:bewertung|rezension|empfehlung)',
  '(?:breve|pequeña|corta) (?:reseña|opinión|valoración)',
  '(?:korte|kleine) (?:review|recensie|beoordeling)',
  '(?:breve|pequena|curta) (?:avaliação|opinião|recomendação)',
  'quote what you (?:said|wrote)',
  '(?:deinen|ihren|den) (?:[a-zäöü]{2,12} )?(?:satz|kommentar)',
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
  'trustpilot',
  'yelp',
  'houzz',
  'tripadvisor',
  'checkatrade',
  'werkspot',
  'provenexpert',
  'facebook',
  'portfolio',
  'client stories',
  'with your name',
  'mit (?:deinem|ihrem) namen',
  'sur notre collaboration',
]);

// Someone the client knows who might need the same work: the one a referral is asked for.
const SOMEONE_THEY_KNOW = anyOf([
  'if you know (?:any|anyone|someone|somebody|of)',
  'wenn (?:sie|du) jemanden kenn(?:en|st)',
  'si (?:vous connaissez|tu connais) (?:quelqu|des)',
  'si conoc(?:es|e) a (?:alguien|algún|alguna)',
  'als (?:je|u) iemand ken(?:t)?',
  'se (?:você )?conhece(?:r)? alguém',
]);

// Being passed on to them: "I'd be grateful for an introduction", "¿te importaría recomendarme?".
const REFERRAL_ASKED = anyOf([
  'introductions?',
  'intro',
  'referrals?',
  'recommend(?:ing)? (?:me|us)',
  'word of mouth',
  '(?:mich|uns) (?:weiter)?empfehlen',
  'mundpropaganda',
  '(?:me|nous) recommander',
  'bouche[- ]à[- ]oreille',
  'recomendar(?:me|nos)',
  'boca a boca',
  '(?:mij|ons) (?:\\w+ )?(?:aanbevelen|aanraden)',
  'mond-tot-mond(?:reclame)?',
  '(?:me|nos) (?:indicar|recomendar)',
]);

// Asking leave to show the client's job to others: "May I show photos of your splashback?", "Dürfen wir …".
const LEAVE_ASKED = anyOf([
  '(?:may|can|could) (?:i|we) (?:show|feature|include|share|use|post)',
  'would you mind if (?:i|we) (?:show|feature|include|share|use|post)',
  '(?:dürfen|darf) (?:wir|ich)',
  '(?:puis-je|pourrions-nous|pouvons-nous|pourrais-je)',
  '(?:puedo|podemos|podríamos|podría) (?:mostrar|usar|publicar|enseñar|incluir)',
  '(?:mogen|mag) (?:we|wij|ik)',
  '(?:posso|podemos|poderíamos) (?:mostrar|usar|publicar|incluir)',
]);

// Where the job would be shown as the sender's own work: a portfolio, as a reference, as a quote.
const SHOWN_AS_REFERENCE = anyOf([
  'portfolio',
  'portfólio',
  'als referenz',
  '(?:comme|en) référence',
  'como referencia',
  'als referentie',
  'como referência',
  '(?:als|comme|como) (?:citaat|zitat|citation|cita|citação)',
  'citeren',
  'zitieren',
  'vous citer',
  'citar(?:te|le)',
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
  '(?:pudiste|pudo|has podido|ha podido) echar(?:le)? un vistazo',
  'para saber se (?:recebeu|recebeste|já)',
  '(?:has|ha|han) podido (?:decidir|ver|revisar|mirar)',
  '(?:te|le|les|os) escribo de nuevo',
  // Whether the earlier message arrived at all: "did my email reach you?", "ist alles gut angekommen?".
  '(?:mi|el) (?:correo|mensaje|e-?mail) anterior',
  '(?:se|haya|ha) perdido entre',
  '(?:ist|sind) (?:alles|es) (?:gut )?angekommen',
  // The earlier message named by when it went: "my email from last week", "mijn mail van vorige week".
  '(?:my|the) (?:e-?mail|message|note) (?:i sent )?(?:from|of) last week',
  '(?:meine|die) (?:e-?mail|mail|nachricht) (?:von|vom|aus der) (?:letzter|letzten|vergangener|vergangenen) woche',
  "(?:mijn|m'n) (?:mail|e-?mail|bericht) van (?:vorige|afgelopen) week",
  '(?:mi|el) (?:correo|mensaje|e-?mail) de la semana pasada',
  '(?:mon|le) (?:message|e-?mail|mail) de la semaine (?:dernière|passée)',
  '(?:meu|o) (?:e-?mail|email) da semana passada',
  '(?:minha|a) mensagem da semana passada',
  'auf meine (?:e-?mail|mail|nachricht) [^.\\n?]{0,40}(?:nichts|keine antwort)',
  'even checken of',
  "(?:of je|of u|heb je|hebt u|heeft u) (?:mijn|m'n) (?:mail|e-?mail|bericht)",
  '(?:mon|notre) (?:précédent|dernier) (?:message|e-?mail|mail)',
  '(?:mon|notre) (?:message|e-?mail|mail) (?:précédent|de la semaine dernière)',
  '(?:meu|minha) (?:último e-?mail|última mensagem|e-?mail anterior|mensagem anterior)',
  '(?:recebeu|recebeste|viu) (?:o )?meu (?:e-?mail|email|mensagem)',
  '(?:heb|hebt) (?:je|u) al [^.\\n?]{0,30}(?:kunnen|gekeken|bekeken)',
  'conseguiu (?:dar uma olhada|ver|olhar)',
  'fico no aguardo',
  // Whether the earlier message or price was seen, named by its day: "did u get my price?", "my email of
  // 12 January", "my question from last Wednesday", "hast du schon in meine Mail vom Donnerstag reingeschaut?".
  'did (?:you|u) (?:get|see|receive) my (?:price|quote|estimate|e-?mail|message|note|text|question)',
  "(?:i am|i'?m) writing (?:to you )?again (?:about|regarding|concerning)",
  '(?:my|our) (?:e-?mail|message|letter) (?:of|dated) (?:the )?\\d',
  '(?:my|the) (?:question|e-?mail|message|note) (?:i sent )?(?:from|of|on) last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(?:floating|bumping) (?:this|my)',
  "(?:haven'?t|have not) (?:caught|reached|managed to reach) you",
  'left you a (?:voicemail|voice ?mail|message)',
  '(?:meine|die) (?:e-?mail|mail|nachricht) vom',
  'schon (?:mal )?(?:reingeschaut|reinschauen)',
  '(?:mon|notre) (?:message|e-?mail|mail|courriel) du \\d',
  '(?:mi|el) (?:correo|mensaje) del \\d',
  "(?:mijn|m'n) (?:mail|e-?mail|bericht) van \\d",
  '(?:meu|o) (?:e-?mail|email) do dia \\d',
  'any news on (?:my|our|the) (?:quote|proposal|estimate|offer|price)',
  'alguna novedad (?:sobre|con|de) (?:el|la|mi|nuestr[oa]) (?:presupuesto|propuesta|cotización|correo|mensaje)',
  'des nouvelles (?:de|concernant|pour) (?:mon|notre|le) devis',
  'neuigkeiten zu (?:meinem|unserem|dem) angebot',
  'nieuws over (?:de|mijn|onze) offerte',
  'alguma novidade sobre (?:o|meu|nosso) orçamento',
]);

// The sender asking, in so many words, to be paid: the object of the ask is money ("could you pop the
// £300 over", "sort the £260", "bitte um Ausgleich", "merci de me verser", "¿me la podéis enviar?").
// A proposal asks whether to go ahead; a payment ask has nothing left to decide.
const MONEY_ASK_WORDS = [
  'please settle',
  '(?:paypal|venmo|zelle) (?:it|me|us)',
  '(?:could|can|would|will) you (?:please |kindly |just )?(?:pay|transfer|settle|sort|pop|wire) (?:me |us )?(?:it|that|this|them|the (?:money|payment|balance|deposit|fee|amount|rest|remainder|total|[$€£]|\\d))',
  '(?:could|can|would|will) you (?:please |kindly |just )?send (?:me |us )?(?:it|that|the (?:money|payment|balance|deposit|fee|amount|rest|remainder|total|[$€£]|\\d)[^.\\n?]{0,20}) (?:over |across )?(?:within|by|before|via|through|today|this week|when(?:ever)?)',
  'pop (?:it|that|the [^.\\n]{0,25}) (?:over|across|through)',
  'square (?:up|things up)',
  "(?:we'?d|i'?d|we would|i would) appreciate (?:your |prompt |the )?payment",
  'payment (?:within|by (?:the )?(?:\\d|end|monday|tuesday|wednesday|thursday|friday))(?! [^.\\n]{0,30}(?:before|prior to|ahead of|of (?:the )?invoice|sign|start|kick|book|deliver|complet|after))',
  // German, French, Spanish, Dutch, Portuguese.
  '(?:bitte|bitten|bitte ich|bitten wir) (?:sie |dich |euch )?um (?:die |eine |den |baldige |umgehende )?(?:anzahlung|zahlung|überweisung|ausgleich|begleichung|restzahlung|bezahlung)',
  'überweisen sie',
  'merci de (?:me |nous )?(?:verser|régler|virer|payer|faire le virement)',
  '(?:pourriez|pouvez|pourrais|peux)[- ](?:vous|tu) (?:me |nous )?(?:verser|régler|virer|payer|faire (?:le|un) virement)',
  '(?:vous pouvez|tu peux) (?:me )?(?:régler|virer|verser|payer)',
  '(?:hacerme|hacernos|mandarme|enviarme|pasarme) (?:un |el |la )?(?:bizum|ingreso|transferencia|pago)',
  '(?:me|nos) (?:la|lo) (?:podéis|puedes|puede|pueden|podrías|podría) (?:enviar|mandar|pasar|ingresar|transferir|abonar)',
  '(?:lo|la) abon(?:ara|e|es|éis|en)',
  '(?:wil|kun|kunt|zou) (?:je|u) [^.\\n]{0,50}(?:betalen|voldoen|overboeken)',
  '(?:pode|podem|consegue|conseguem|podes) (?:me )?(?:fazer|mandar|enviar|transferir|pagar|depositar) (?:o|a) (?:pix|pagamento|depósito|transferência|valor|sinal)',
  'acertar (?:até|o valor|a conta|o saldo)',
  '(?:fazer|façam?|faça) (?:a|o) (?:transferência|pix|depósito|pagamento)',
];
const MONEY_ASKED = anyOf(MONEY_ASK_WORDS);

// An amount the client is asked to pay now: due, overdue, or with the way to pay it.
const PAYMENT_ASKED_NOW = anyOf([
  // "The rest is due two weeks before the wedding" sets a proposal's payment terms, it asks nothing now.
  '(?:is|are) (?:now )?(?:due|payable|overdue)(?! [^.\\n]{0,30}(?:before|prior to|ahead of) (?:the|your|our|we|you))',
  'due (?:by|on|within|today|now)',
  // Money that fell due: "the £540 for the logo work was due last Friday" (field-wording-3 fw3-030).
  `${MONEY_MENTION}[^.\\n?]{0,40} (?:was|were) (?:already )?due(?! to)`,
  "(?:hasn'?t|has not|haven'?t|have not) (?:yet )?(?:come through|arrived|landed|been paid)",
  // "Pourriez-vous la régler d'ici vendredi ?" (field-wording-4.jsonl).
  '(?:la|le|les) (?:régler|payer)',
  '(?:is|are|remains?|still) (?:still )?outstanding',
  'outstanding (?:balance|amount|invoices?|payments?|fees?|sum)',
  'remains? unpaid',
  // Not a product's feature: "Apple Pay / Google Pay through your Stripe account".
  '(?:you can |please )?pay(?<!(?:apple|google|samsung) pay) (?:by|via|online|here|with|through)',
  'bank transfer to',
  // Asked to move the money now: "Could you transfer it to the usual account by the 10th?".
  '(?:could|can|would) you (?:please )?(?:transfer|pay|settle)',
  '(?:the|my|our) usual account',
  '(?:account|bank|payment|transfer) details',
  'the account below',
  'when to expect payment',
  'settle within',
  'zahlbar(?! in (?:zwei|drei|\\d) raten| im voraus)',
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
  // The ways people pay a small business from their phone, named as the way to pay ("PayPal it to me",
  // "via Bizum", "Zelle or Venmo"), not as a company in the news.
  '(?:via|through|per|por|par|un|een|um) (?:paypal|venmo|zelle|bizum|tikkie|mb way)',
  '(?:paypal|venmo|zelle|bizum|tikkie|mb way) (?:or|ou|o|of|oder) (?:paypal|venmo|zelle|bizum|tikkie|mb way|bank transfer|transferencia|virement|overboeking|transferência|pix)',
  // "Total $3,200, payable within 30 days", "payable dans les 30 jours", "Betalen kan tot en met 15 oktober".
  '(?:payable|zahlbar) (?:within|in|by|dans|binnen|innerhalb)(?! advance| (?:two|three|zwei|drei|2|3) | [^.\\n]{0,30}(?:before|prior to|ahead of|of (?:the )?invoice|de (?:la )?facture))',
  'betalen kan',
  'te betalen',
  'direct deposit',
  'iban',
  // Still owed: "$1,950 outstanding", "sigue pendiente", "continua em aberto", "staat … nog open".
  'owing',
  '(?:when|whether) (?:i|we) (?:can|could|might) expect (?:the )?payment',
  'when (?:it|this|that) (?:will|can|could) be paid',
  'due \\d{1,2}',
  'settle (?:the|it|this|up)',
  'offenen? posten',
  '(?:sigue|siguen|quedan?|continúa) (?:pendientes?|sin (?:pagar|abonar(?:se)?))',
  'sin abonarse',
  'à (?:verser|payer)',
  '(?:continua|está|fica) em aberto',
  'por liquidar',
  'regularizar',
  ...MONEY_ASK_WORDS,
  'nog open',
  // Still owed, said plainly: "I still have $350 open", "the outstanding $620", "steht noch … offen".
  'outstanding (?:[$€£]|\\d)',
  '(?:needs?|has) to be settled',
  '(?:can|may) be paid (?:whenever|any ?time|now|today|this week|by|via|to|into)',
  '(?:have|has|see|shows?) (?:[$€£]\\s?\\d|\\d[\\d.,]{0,9}\\s?€)[^.\\n]{0,25}(?:open|outstanding|owing|unpaid)',
  // Only money is "still open" here: an offer or a slot that is still open asks for nothing.
  '(?:[$€£]\\s?\\d[\\d.,]{0,9}|\\d[\\d.,]{0,9}\\s?€|balance|amount|payment|fee|bill|sum|total)[^.\\n]{0,30}still open',
  'still (?:owed|unpaid|to (?:be )?paid|to pay)',
  '(?:steht|stehen) noch [^.\\n]{0,40}offen',
  '(?:€|eur|euro|(?:rest|rechnungs|gesamt)?betrag|summe|zahlung|posten)[^.\\n]{0,40}noch offen',
  'pas encore (?:été )?(?:arrivée?s?|reçue?s?|réglée?s?|payée?s?|versée?s?)',
  // The way to pay named as the sender's own: a bank detail, a payment app with a handle or a link
  // ("Venmo @…", "Cash App $…", "to my Monzo", "Stripe link"), or the details used before.
  'sort code',
  'routing number',
  'acc(?:ount)? (?:name|number|no)',
  '(?:kontonummer|rekeningnummer|numéro de compte|número de cuenta)',
  '(?:my|mi|mon|ma|mijn|meu|minha|mein(?:en)?) (?:paypal|venmo|zelle|cash ?app|monzo|revolut|wise|lydia|bizum|tikkie|mb ?way)',
  '(?:paypal|venmo|zelle|cash ?app|monzo|revolut|lydia|bizum|tikkie|mb ?way)(?:\\.me\\/| ?[@$])[\\w-]{2,30}',
  '(?:via|through|per|por|par|un|een|um|o|en) (?:cash ?app|monzo|revolut|lydia|wise)',
  '(?:tikkie|bizum)',
  // Canada's bank-to-bank "Interac e-Transfer" (pay-wording pw-en-20), and a sum left to pay "when you
  // can" (pw-en-25): the bill is sent, only the day is the client's.
  '(?:by|via|through|an) (?:interac )?e-?transfer',
  'pay (?:it |me )?(?:when|whenever) (?:you can|you get a (?:chance|moment)|you like|suits)',
  '(?:stripe|paypal|payment|pay) link',
  'same (?:bank |account |payment |transfer )?(?:details|account|iban) as',
  '(?:bekannte|übliche|gleiche) konto',
  'mêmes? (?:coordonnées|compte|rib) que',
  'misma cuenta (?:de siempre|que)',
  '(?:hetzelfde|zelfde|bekende) (?:rekening(?:nummer)?|iban)',
  'mesma conta (?:de sempre|que)',
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
  // What is left after a deposit, and hours counted up for a period, in the six languages.
  'restzahlung',
  '(?:le )?solde',
  '(?:o )?restante',
  'timesheet',
  'stundenzettel',
  'urenstaat',
  'décompte',
  'estado de cuenta',
  'statement of (?:account|where things stand)',
  'the remaining (?:[$€£]|\\d)',
  'restbetrag',
]);

// Money that already moved, or a bill the sender received: nothing is being asked for.
const NOT_A_BILL = anyOf([
  ...PRICE_ANSWERED,
  ...BOOKING_CONFIRMED,
  "(?:we'?ve|i'?ve|we have|i have|just) paid",
  'paid (?:just now|today|this morning|yesterday)',
  '(?:payment|transfer) (?:received|sent|went out)',
  'thanks? (?:you )?for (?:your|the) payment',
  'in die zahlung',
  'your (?:invoice|bill|statement) (?:has )?(?:arrived|came)',
  ...COST_SPLIT,
  // The sender paid, or received a payment: "te he hecho la transferencia", "confirmo que recebi o Pix".
  "(?:i'?ve|i have) (?:just )?sent (?:the|you the|over the) (?:money|payment|transfer|[$€£])",
  '(?<!no )(?:te|le|os|les) (?:he|hemos) hecho (?:la|el) (?:transferencia|bizum|pago)',
  '(?<!no )(?:ya )?(?:he|hemos) (?:hecho|realizado) (?:la|el) (?:transferencia|bizum|pago)',
  "j'ai (?:fait|effectué) (?:le|un) virement",
  '(?:habe|haben) [^.\\n]{0,30}überwiesen',
  '(?:heb|hebben) [^.\\n]{0,30}overgemaakt',
  '(?:fiz|fizemos) (?:a|o) (?:transferência|pix|pagamento)',
  // "Acabei de fazer o Pix", "je viens de faire le virement", "I've just transferred": the sender paid.
  '(?:acabei|acabamos) de (?:fazer|mandar|enviar|pagar)',
  '(?:acabo|acabamos) de (?:hacer|enviar|pagar|transferir)',
  '(?:je viens|nous venons) de (?:faire|payer|régler|virer|envoyer)',
  "(?:i'?ve|i have|we'?ve|we have) just (?:paid|transferred|sent the (?:money|payment|transfer))",
  '(?<!não )(?:recebi|recebemos) (?:o|a) (?:pix|pagamento|transferência)',
  "(?<!(?:not|n't|never|yet) )(?:got|received) your (?:transfer|payment)",
  // The sender owes: "I owe you £40, sending it now".
  '(?:i|we) owe you',
  '(?:ich schulde|wir schulden) (?:dir|ihnen|euch)',
  'je te dois',
  '(?:te|le|os) debo',
  '(?:ik ben|wij zijn) (?:je|jou|u) [^.\\n]{0,20}schuldig',
  '(?:te|lhe) devo',
  // Costs split among friends in the other languages: "soit 40 € chacun", "R$ 600 para cada um".
  '(?:[$€£]\\s?)?\\d[\\d.,]{0,9}\\s?(?:€\\s?)?(?:chacun|chacune|cada uno|cada una|para cada um|cada um|pro (?:person|kopf)|per persoon)',
  // Money the sender sent back or just sent: a refund, "acabei de transferir", "je viens de payer".
  'refunded',
  '(?:remboursée?s?|reembolsad[oa]s?|reembolsei|devuelto|zurückerstattet|erstattet|terugbetaald|teruggestort|devolvi)',
  "(?:i'?ve|i have) just (?:sent|paid|transferred)",
  '(?:acabei|acabo) de (?:transferir|pagar|fazer|hacer)',
  'je viens de (?:payer|virer|régler|faire le virement)',
  // A transfer that arrived: "ya me ha llegado tu transferencia", "o teu Pix caiu".
  '(?:me )?ha llegado (?:tu|su) (?:transferencia|pago|bizum)',
  '(?:ton|votre) (?:virement|paiement) est (?:bien )?arrivé',
  '(?:je|uw) (?:overboeking|tikkie|betaling) is (?:binnen|ontvangen)',
  '(?:o |seu |teu )?pix caiu',
  // The sender is the one who pays, asking what to do with a bill: "should I pay it?", "soll ich die zahlen?"
  'should (?:i|we) pay',
  '(?:do|must) (?:i|we) (?:need to |have to )?pay',
  'soll(?:en)? (?:ich|wir) [^.\\n?]{0,40}(?:zahlen|bezahlen|überweisen)',
  '(?:dois-je|devons-nous|faut-il) (?:la |le )?(?:payer|régler)',
  '(?:debo|debemos|tengo que|tenemos que) pagar(?:la|lo)?',
  'moet(?:en)? (?:ik|we|wij) [^.\\n?]{0,30}betalen',
  '(?:devo|devemos|tenho que) pagar',
  // A household bill is a bill the sender received.
  HOUSEHOLD_BILL,
  // The sender about to pay, or asking whether a third party has: "I'd like to pay the $800 today",
  // "send me your bank details", "can you check whether they paid?".
  "(?:i'?d|i would|we'?d|we would) like to pay",
  'send (?:me|us) your (?:bank|account|payment) details',
  '(?:whether|if) (?:they|he|she|the (?:client|customer)) (?:ha(?:ve|s) )?paid',
  // A payment app's own receipt: "Your payment of $45 to … was completed".
  'payment (?:of|to) [^.\\n]{0,60}(?:was|has been) (?:completed|successful|sent)',
  // Money clients paid, told to a third party (an accountant): the sender's books, not a bill.
  '(?:clients?|customers?) (?:have )?paid',
]);

// A contract or agreement the sender wrote, named: "the services agreement", "lettre de mission", "Wartungsvertrag".
const AGREEMENT_NAMED = anyOf([
  '(?:services?|engagement|maintenance|retainer|consulting|support|framework|master) (?:agreement|contract)',
  'engagement letter',
  'lettre de mission',
  'contrat de (?:prestation|maintenance|service)s?',
  'contrato de (?:prestação|prestación|manutenção|mantenimiento|serviços|servicios)',
  '[a-zäöü]{0,20}vertrag',
  '[a-z]{0,20}overeenkomst',
  'the (?:contract|agreement)',
  'o contrato',
  'el contrato',
  'le contrat',
]);
// Their signature asked for, on paper or through a signing link.
const SIGNATURE_ASKED = anyOf([
  'docusign',
  'hellosign',
  'pandadoc',
  'yousign',
  'adobe sign',
  'e-?sign(?:ature)?',
  "once you(?:'ve| have) signed",
  '(?:link|lien|enlace|link) (?:to|pour|para|om te) (?:sign|signer|firmar|assinar|tekenen|ondertekenen)',
  'signer (?:électroniquement|en ligne)',
  '(?:disponível|disponible|klaar|ready|bereit) (?:para|pour|voor|for|zur) (?:assinatura|firma|signature|ondertekening|unterschrift)',
  'unterschreiben sie',
  'bitte (?:unterschreiben|unterzeichnen)',
  // A signed copy asked back: "nous retourner un exemplaire signé", "return a signed copy", "devolver
  // una copia firmada", "een getekend exemplaar retour" (offer-wording ow-fr-06).
  '(?:retourner|renvoyer) un exemplaire (?:daté et )?signé',
  'return (?:a|one) (?:signed copy|copy signed)',
  'devolver(?:nos)? una copia firmada',
  'getekend exemplaar (?:retour|terug)',
  'devolver(?:-nos)? uma cópia assinada',
  'unterschriebenes? exemplar zurück',
]);
// The user's signature already given: a signed copy goes back to whoever offered it.
const ALREADY_SIGNED = anyOf([
  "(?:i|we)(?:'ve| have) (?:signed|countersigned)",
  // (A signed copy asked back is still to be signed: "retourner un exemplaire signé".)
  '(?<!return (?:a|one) )(?:signed|countersigned) (?:copy|contract|agreement|version)',
  'firmado',
  'assinado',
  '(?<!exemplaire (?:daté et )?)signé',
  'unterschriebenen?',
  'getekend(?! exemplaar (?:retour|terug))',
  'ondertekend',
]);

function shape(
  kind: KindShape['kind'],
  parts: readonly ShapePart[],
  absent: readonly ShapePart[],
  weight: number,
  signal: ExplanationCode,
): KindShape {
  return { kind, parts, absent, weight, signal };
}

// A price with the sender's terms or a go-ahead around it needs only these absent: no offer at all,
// someone else's price passed on, a referral elsewhere, work turned down.
const NOT_AN_OFFER_OF_THEIRS = [NOT_AN_OFFER, SOMEONE_ELSES_PRICE, REFERRED_ELSEWHERE, WORK_DECLINED];

// A price said with nothing else of the sender's offer around it (a short reply, "we can do X at Y")
// needs all of these absent: it is otherwise someone else's price, money spent, a bill or a purchase.
const NOT_THE_SENDERS_OWN_PRICE = [...NOT_AN_OFFER_OF_THEIRS, MONEY_SPENT, BILL_WORDS, SENDER_BUYS];

export const KIND_SHAPES: readonly KindShape[] = [
  shape('invoice', [ANY_PRICE, PAYMENT_ASKED_NOW, STAGE_BILLED], [NOT_A_BILL], 5, 'signalAmountForWorkDone'),
  // The direct ask is one of the ways of asking now: reading that first spares most mail a second scan.
  shape('invoice', [ANY_PRICE, PAYMENT_ASKED_NOW, MONEY_ASKED], [NOT_A_BILL], 5.5, 'signalAmountAskedNow'),
  shape('invoice', [ANY_PRICE, PAYMENT_ASKED_NOW], [NOT_A_BILL], 3.5, 'signalAmountAskedNow'),
  shape(
    'proposal',
    [ANY_PRICE, OFFER_TERMS, GO_AHEAD_IF_INTERESTED, PRICE_OFFERED],
    NOT_AN_OFFER_OF_THEIRS,
    5,
    'signalOfferWithTermsAndAsk',
  ),
  shape(
    'proposal',
    [ANY_PRICE, ANY_QUESTION, OFFER_TERMS, PRICE_OFFERED],
    NOT_AN_OFFER_OF_THEIRS,
    4.5,
    'signalOfferWithTermsAndAsk',
  ),
  // A range is no amount to read, so the sender's range and when they can do it must carry the offer alone.
  shape(
    'proposal',
    [ANY_PRICE, PRICE_RANGE, OFFER_TERMS],
    [...NOT_THE_SENDERS_OWN_PRICE, ANY_QUESTION],
    4.5,
    'signalOfferWithTerms',
  ),
  {
    ...shape(
      'proposal',
      [ANY_PRICE, ANY_QUESTION, PRICE_PUT_AS_QUESTION],
      NOT_THE_SENDERS_OWN_PRICE,
      4.5,
      'signalOfferWithAsk',
    ),
    maxLength: OFFER_NOTE_LENGTH,
  },
  // A price in a list or after a colon ("Fitting: £420") is the sender's when terms and a go-ahead surround it.
  // A price the sender offers, and the message ends on a question: the decision is the client's.
  {
    ...shape(
      'proposal',
      [ANY_PRICE, PRICE_OFFERED, CLOSING_QUESTION],
      [NOT_AN_OFFER, MONEY_SPENT, SOMEONE_ELSES_PRICE, REFERRED_ELSEWHERE, WORK_DECLINED],
      4,
      'signalOfferWithAsk',
    ),
    maxLength: SHORT_NOTE_LENGTH,
  },
  shape(
    'proposal',
    [ANY_PRICE, OFFER_TERMS, GO_AHEAD_ASK],
    NOT_AN_OFFER_OF_THEIRS,
    4,
    'signalOfferWithTermsAndAsk',
  ),
  shape(
    'proposal',
    [ANY_PRICE, GO_AHEAD_ASK, PRICE_OFFERED],
    NOT_AN_OFFER_OF_THEIRS,
    3.5,
    'signalOfferWithAsk',
  ),
  shape(
    'proposal',
    [ANY_PRICE, OFFER_TERMS, PRICE_OFFERED],
    NOT_AN_OFFER_OF_THEIRS,
    3.5,
    'signalOfferWithTerms',
  ),
  // Options and line items carry no go-ahead question and often no start date: the list is the offer.
  shape(
    'proposal',
    [ANY_PRICE, PRICED_OPTIONS],
    [NOT_AN_OFFER, MONEY_SPENT, SOMEONE_ELSES_PRICE, REFERRED_ELSEWHERE, BILL_WORDS],
    4.5,
    'signalPricedOptions',
  ),
  shape(
    'proposal',
    [ANY_PRICE, TOTAL_LINE, PRICED_LINES],
    [NOT_AN_OFFER, MONEY_SPENT, SOMEONE_ELSES_PRICE, REFERRED_ELSEWHERE, BILL_WORDS],
    4,
    'signalPricedLineItems',
  ),
  // A short reply that is little more than the sender's price answers the client's "how much?": the
  // reply itself is the offer, whatever it says about when (proposal set 4: "Supply and fit would be £340,
  // can do Tuesday.", "mache ich Ihnen für 240 Euro"). Only a short reply: a long one says more than a
  // price, and outside a reply the same words tell what a ticket or a gym costs.
  {
    ...shape(
      'proposal',
      [ANY_PRICE, PRICE_OFFERED_OR_STARTING],
      NOT_THE_SENDERS_OWN_PRICE,
      3.5,
      'signalOfferInShortNote',
    ),
    maxLength: SHORT_OFFER_LENGTH,
    onlyInReply: true,
  },
  {
    ...shape(
      'proposal',
      [ANY_PRICE, WORK_OFFERED_AT_PRICE],
      NOT_THE_SENDERS_OWN_PRICE,
      3.5,
      'signalOfferWithTerms',
    ),
    maxLength: OFFER_NOTE_LENGTH,
  },
  {
    ...shape(
      'proposal',
      [PRICE_IN_WORDS, WORK_OFFERED_AT_PRICE_IN_WORDS],
      NOT_THE_SENDERS_OWN_PRICE,
      3.5,
      'signalOfferWithTerms',
    ),
    maxLength: OFFER_NOTE_LENGTH,
  },
  // No offer words at all, only the sender's own sum and what it covers or when: "£650 covers 7pm till
  // midnight … £150 deposit holds the date", "Full restoration: … £4,200, about 3 months in the workshop"
  // (open-wording-c, quote-wording). Read from where the sum stands, not from phrases, so it carried
  // over: six more proposals found across the blind and held-out sets, two more false ones. Closing on a
  // question makes the sum one weighed, not offered: "An annual subscription costs $50 and the new issues
  // start in January. Is it worth it?"
  {
    ...shape(
      'proposal',
      [ANY_PRICE, OFFER_TERMS, SUM_IN_OWN_STATEMENT],
      [
        ...NOT_THE_SENDERS_OWN_PRICE,
        PAYMENT_ASKED_NOW,
        STAGE_BILLED,
        MONEY_MOVED,
        TERMS_FROM_THE_OTHER_SIDE,
        WEB_ADDRESS,
        CLOSING_QUESTION,
      ],
      3.5,
      'signalOfferWithTerms',
    ),
    maxLength: SHORT_NOTE_LENGTH,
  },
  // A contract sent for signature is the offer in its final form, whether a price is named or not.
  shape('proposal', [SIGNATURE_ASKED, AGREEMENT_NAMED], [ALREADY_SIGNED], 4.5, 'signalSentForSignature'),
  shape(
    'feedback_request',
    [WORK_SHOWN, OPINION_ASK],
    [WORK_PROMISED, NOT_DELIVERED_WORK],
    3.5,
    'signalWorkShownAsksOpinion',
  ),
  // Work handed over and a question, no price and nothing missing: what is left to answer but how it looks?
  // Only in a short note: in a long mailing-list post a question and a "design" are far apart.
  {
    ...shape(
      'feedback_request',
      [WORK_SHOWN, WORK_HANDED_OVER, ANY_QUESTION],
      [ANY_PRICE, BLOCKED_WITHOUT, NOT_DELIVERED_WORK],
      3,
      'signalWorkShownAsksOpinion',
    ),
    maxLength: SHORT_NOTE_LENGTH,
  },
  // Handed over and an opinion asked, whatever the work is called ("Updated floor plan attached … does it work for you?").
  {
    ...shape(
      'feedback_request',
      [WORK_HANDED_OVER, OPINION_ASK],
      [ANY_PRICE, BLOCKED_WITHOUT, WORK_PROMISED, NOT_DELIVERED_WORK],
      3.5,
      'signalWorkShownAsksOpinion',
    ),
    maxLength: SHORT_NOTE_LENGTH,
  },
  shape('details_request', [BLOCKED_WITHOUT, INPUT_ASK], [], 3.5, 'signalBlockedAsksInput'),
  // Blocked and the missing thing named is the ask, even with no question: "I'm stuck until I have the
  // descriptions and photos", "ich brauche noch deine Texte". Only in a short note, and never with a price
  // (a proposal's "to get started I'll need a deposit").
  {
    ...shape('details_request', [BLOCKED_WITHOUT, INPUT_NAMED], [ANY_PRICE], 3, 'signalBlockedAsksInput'),
    maxLength: SHORT_NOTE_LENGTH,
  },
  {
    ...shape(
      'details_request',
      [BETTER_VERSION_NAMED, eitherOf(HAVE_ASK, INPUT_ASK)],
      [ANY_PRICE],
      3,
      'signalBlockedAsksInput',
    ),
    maxLength: SHORT_NOTE_LENGTH,
  },
  shape('testimonial_request', [WORDS_ASKED, SHOWN_TO_OTHERS], [], 4, 'signalAsksWordsToShow'),
  shape('testimonial_request', [SOMEONE_THEY_KNOW, REFERRAL_ASKED], [], 4, 'signalAsksForReferral'),
  shape('testimonial_request', [LEAVE_ASKED, SHOWN_AS_REFERENCE], [], 4, 'signalAsksToShowWork'),
  shape('followup', [ASKS_IF_LOOKED], [], 3.5, 'signalAsksIfTheyLooked'),
];

/**
 * The shapes the sender's own words take; per kind only the strongest (listed first) counts.
 * `index`, when given, indexes a text that contains `ownText` (the classifier's index of the whole
 * email), so parts that cannot match are skipped.
 */
export function findKindShapes(
  ownText: string,
  index?: TrigramIndex,
  reading: { isReply?: boolean } = {},
): KindShape[] {
  const found: KindShape[] = [];
  // Which of a part's patterns the index leaves possible; asked of every part of a shape before any
  // part is read, since a shape whose last part cannot occur needs none of its patterns run (the
  // classifier's budget is 2,000 messages a second; shapes were a fifth of its time, issue #3).
  const possible = new Map<ShapePart, readonly RegExp[]>();
  const possiblePatterns = (part: ShapePart): readonly RegExp[] => {
    let patterns = possible.get(part);
    if (patterns === undefined) {
      patterns = patternsOf(part)
        .filter((pattern) => mayOccur(pattern, index))
        .map(leadChecked);
      possible.set(part, patterns);
    }
    return patterns;
  };
  const mayHold = (part: ShapePart): boolean => possiblePatterns(part).length > 0;
  // Shapes share parts; each is read once per message.
  const seen = new Map<ShapePart, boolean>();
  const has = (part: ShapePart): boolean => {
    let present = seen.get(part);
    if (present === undefined) {
      present = possiblePatterns(part).some((pattern) => pattern.test(ownText));
      seen.set(part, present);
    }
    return present;
  };
  for (const candidate of KIND_SHAPES) {
    if (found.some((earlier) => earlier.kind === candidate.kind)) continue;
    if (candidate.maxLength !== undefined && ownText.length > candidate.maxLength) continue;
    if (candidate.onlyInReply && !reading.isReply) continue;
    if (!candidate.parts.every(mayHold)) continue;
    if (!candidate.parts.every(has)) continue;
    if (candidate.absent.some(has)) continue;
    found.push(candidate);
  }
  return found;
}
