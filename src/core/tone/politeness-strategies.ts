/**
 * English politeness strategies from Danescu-Niculescu-Mizil et al. (ACL 2013), as the playbook lists
 * them, written as our own short patterns. Each match becomes an `info` finding carrying its points,
 * so the politeness score is exactly the sum of what the user can see highlighted.
 *
 * POINTS were tuned once, offline, on the tuning half of the Stanford Politeness Corpus (Stack
 * Exchange rows whose FNV-1a hash of `Id` is even; `npx tsx scripts/eval-tone.ts --fit PATH` prints
 * the logistic-regression weights, ×10 and rounded, that this table records). They are never learned
 * at runtime. Accuracy is reported on the other (odd-hash) half only.
 */
export type PolitenessStrategy =
  | 'gratitude'
  | 'greeting'
  | 'please'
  | 'please-start'
  | 'apology'
  | 'hedge'
  | 'counterfactual'
  | 'indicative'
  | 'deference'
  | 'warm-words'
  | 'we-together'
  | 'emoticon'
  | 'factuality'
  | 'negative-words'
  | 'did-you'
  | 'why-question'
  | 'pointed-words'
  | 'negation'
  | 'imperative-start'
  | 'yes-no-question'
  | 'direct-question'
  | 'direct-start'
  | 'you-start'
  | 'first-person-start'
  | 'first-person'
  | 'exclamation'
  | 'stacked-questions';

export interface StrategyDescription {
  points: number;
  message: string;
  suggestion: string;
}

export const POLITENESS_POINTS: Record<PolitenessStrategy, StrategyDescription> = {
  gratitude: { points: 12, message: 'Thanking the reader reads as warm.', suggestion: 'Keep the thanks.' },
  greeting: {
    points: 0.5,
    message: 'A greeting makes the message personal.',
    suggestion: 'Keep the greeting.',
  },
  please: { points: 1, message: '“Please” inside a request softens it.', suggestion: 'Keep “please”.' },
  'please-start': {
    points: 0.5,
    message: 'Opening a sentence with “please” reads as an order.',
    suggestion: 'Could you …, please?',
  },
  apology: { points: 1, message: 'A brief apology reads as considerate.', suggestion: 'Keep it short.' },
  hedge: { points: 2, message: 'Hedged wording leaves the reader room.', suggestion: 'Keep the hedge.' },
  counterfactual: {
    points: 3.5,
    message: '“Could you” or “would you” asks rather than tells.',
    suggestion: 'Keep “could you”.',
  },
  indicative: {
    points: 3,
    message: '“Can you” or “will you” is a polite enough request.',
    suggestion: 'Could you …?',
  },
  deference: {
    points: 6.5,
    message: 'Recognising the reader’s work or idea reads as respectful.',
    suggestion: 'Keep the compliment.',
  },
  'warm-words': { points: 6, message: 'Positive words lift the tone.', suggestion: 'Keep them.' },
  'we-together': {
    points: 0,
    message: 'Speaking of “we” frames it as shared work.',
    suggestion: 'Keep “we”.',
  },
  emoticon: {
    points: 4,
    message: 'A smiley reads as friendly.',
    suggestion: 'Keep it if the client is informal.',
  },
  factuality: {
    points: -3.5,
    message: '“Actually”, “in fact” or “obviously” can sound like correcting the reader.',
    suggestion: 'Drop the word, or say “I think”.',
  },
  'negative-words': {
    points: -4.5,
    message: 'A negative or blaming word weighs on the tone.',
    suggestion: 'Describe the situation neutrally: “this didn’t work for me”.',
  },
  'did-you': {
    points: 1,
    message: '“Did you …” or “have you even …” can sound like a test of the reader.',
    suggestion: 'Would it help to try …?',
  },
  'why-question': {
    points: -13,
    message: '“Why …?” asks the reader to justify themselves.',
    suggestion: 'Could you help me understand …?',
  },
  'pointed-words': {
    points: -2,
    message: '“Already”, “even”, “just” or “instead” can sound impatient.',
    suggestion: 'Drop the word; the sentence reads calmer without it.',
  },
  negation: {
    points: -2.5,
    message: 'Stacked negatives (don’t, can’t, nothing) read as contradicting.',
    suggestion: 'Say what you would like to happen instead.',
  },
  'imperative-start': {
    points: -8.5,
    message: 'A sentence that starts with a command (“Tell me…”, “Explain…”) reads as an order.',
    suggestion: 'Could you tell me …?',
  },
  'yes-no-question': {
    points: 4,
    message: 'A yes/no question is easy to answer and reads as a real question, not a demand.',
    suggestion: 'Keep it.',
  },
  'direct-question': {
    points: -1.5,
    message: 'A bare “why/what/how” question reads as blunt.',
    suggestion: 'Could you tell me …?',
  },
  'direct-start': {
    points: -1,
    message: 'Starting with “so”, “but” or “and” reads as abrupt.',
    suggestion: 'Start with the request itself, gently: “I was wondering …”.',
  },
  'you-start': {
    points: -5.5,
    message: 'Starting a sentence with “you” can sound like blame.',
    suggestion: 'Start from your side: “I haven’t seen …”.',
  },
  'first-person-start': {
    points: 0.5,
    message: 'Starting with “I” keeps the focus on your side.',
    suggestion: 'Keep it.',
  },
  'first-person': {
    points: 2.5,
    message: 'Speaking from your side (“I”, “my”) reads as less confrontational.',
    suggestion: 'Keep it.',
  },
  exclamation: {
    points: 1.5,
    message: 'Exclamation marks can read as raised voice.',
    suggestion: 'End with a full stop.',
  },
  'stacked-questions': {
    points: -1,
    message: 'Several question marks in a row read as exasperated.',
    suggestion: 'Use a single question mark.',
  },
};

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

function words(alternatives: string): RegExp {
  return new RegExp(`${WORD_START}(?:${alternatives.replace(/'/g, "['’]")})${WORD_END}`, 'giu');
}

/** Patterns matched anywhere in the text. `please` is split into start/inside by the checker. */
export const ANYWHERE_PATTERNS: readonly [PolitenessStrategy, RegExp][] = [
  ['gratitude', words('thanks?|thank you|thx|appreciated?|appreciate it|grateful|cheers')],
  ['please', words('please|pls|plz')],
  ['apology', words('sorry|apologi[sz]e|apologies|excuse me|forgive me|pardon me|my bad')],
  [
    'hedge',
    words(
      "i think|i believe|i guess|i suppose|maybe|perhaps|probably|possibly|might|seems?|seemed|apparently|i suggest|i wonder|wondering|i'm not sure|not sure|somewhat|sort of|kind of|if possible|hopefully|i hope",
    ),
  ],
  ['counterfactual', words('could you|would you|would it be|could it be|would you mind')],
  ['indicative', words('can you|will you|can i|may i')],
  [
    'deference',
    words(
      '(?:great|good|nice|interesting|excellent|fantastic|awesome|helpful|wonderful|brilliant|clever|neat) (?:question|point|idea|work|answer|job|catch|suggestion|post|find|explanation|solution|tip)',
    ),
  ],
  [
    'warm-words',
    words(
      'great|good|nice|helpful|help|glad|happy|welcome|love|lovely|awesome|interesting|excellent|wonderful|kind|useful|perfect|cool|enjoy(?:ed)?|pleasure|hope|better|correct|ok|okay|works',
    ),
  ],
  ['we-together', words("we|let's|let us|together")],
  ['emoticon', /(?<![\p{L}\p{N}]):-?[)D](?![\p{L}\p{N}])|(?<![\p{L}\p{N}]);-?\)/gu],
  [
    'factuality',
    words(
      'in fact|actually|the point is|the reality is|the truth is|obviously|clearly|of course|really|simply',
    ),
  ],
  [
    'negative-words',
    words(
      "wrong|bad|stupid|useless|pointless|silly|nonsense|terrible|horrible|awful|ridiculous|lazy|fail(?:ed|s|ure)?|hate|annoying|garbage|crap|idiot(?:ic)?|dumb|worse|worst|ugly|lame|sucks?|waste|mess|incorrect|misleading|confus(?:ed|ing)|irrelevant|vague|unclear|off-topic|spam|rude|pathetic|damn|wtf|seriously|bother(?:ing)?|doesn't make sense|makes no sense",
    ),
  ],
  ['why-question', words('why|how come')],
  ['pointed-words', words('already|even|just|instead|exactly|anyway|still')],
  ['negation', words("don't|can't|shouldn't|isn't|won't|doesn't|didn't|nothing|never|no")],
  [
    'did-you',
    words('did you|have you (?:even |actually )?(?:tried|read|looked|checked|considered)|do you even'),
  ],
  ['first-person', words("i|me|my|mine|i'm|i've|i'd|i'll")],
  ['exclamation', /!/g],
  ['stacked-questions', /\?(?:\s*[?!])+/g],
];

/** Patterns tested only where a sentence begins (sticky, at each sentence start). */
export const SENTENCE_START_PATTERNS: readonly [PolitenessStrategy, RegExp][] = [
  ['direct-question', /(?:what|how|where|when|who|which|whats|what's)(?![\p{L}\p{N}])/iuy],
  [
    'yes-no-question',
    /(?:is|are|can|could|does|do|did|has|have|would|will|should|may|might|was|were)(?![\p{L}\p{N}])/iuy,
  ],
  [
    'imperative-start',
    /(?:tell|show|give|explain|post|read|stop|look|don't|answer|fix|provide|define|clarify)(?![\p{L}\p{N}])/iuy,
  ],
  ['direct-start', /(?:so|then|and|but|or|well|now|also|btw)(?![\p{L}\p{N}])/iuy],
  ['you-start', /(?:you|your|you're|you've)(?![\p{L}\p{N}])/iuy],
  ['first-person-start', /(?:i|my|i'm|i've|i'd)(?![\p{L}\p{N}])/iuy],
];

/**
 * Score at and above which a request counts as polite in the paper's top-vs-bottom-quartile task
 * (set on the tuning half with the table above; see scripts/eval-tone.ts).
 */
export const POLITE_FROM = 53;
