/**
 * English politeness strategies from Danescu-Niculescu-Mizil et al. (ACL 2013), as the playbook lists
 * them, written as our own short patterns. Each match becomes an `info` finding carrying its points,
 * so the politeness score is exactly the sum of what the user can see highlighted.
 *
 * POINTS were tuned once, offline, on Stack Overflow rows of the Stanford Politeness Corpus whose
 * FNV-1a hash of `Id` is even (`npx tsx scripts/eval-tone.ts --fit PATH` prints the logistic-regression
 * weights, ×10 and rounded to halves, that this table records; each weight is held on its `side`).
 * They are never learned at runtime. Accuracy is reported on the odd Stack Overflow rows and on the
 * 24 other communities, none of which were tuned on.
 */
import { type Explanation, explain } from '../explanations/explanation';

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
  /** Which way the reason points: the points may be 0 but never on the other side. */
  side: 'polite' | 'impolite';
  points: number;
  /** Why the strategy counts, worded in the UI language. */
  reason: Explanation;
  /** What to do about it: advice to the writer, worded in the UI language. */
  advice: Explanation;
}

export const POLITENESS_POINTS: Record<PolitenessStrategy, StrategyDescription> = {
  gratitude: {
    side: 'polite',
    points: 15.5,
    reason: explain('politenessGratitude'),
    advice: explain('adviceKeepThanks'),
  },
  greeting: {
    side: 'polite',
    points: 4,
    reason: explain('politenessGreeting'),
    advice: explain('adviceKeepGreeting'),
  },
  please: {
    side: 'polite',
    points: 3.5,
    reason: explain('politenessPlease'),
    advice: explain('adviceKeepPlease'),
  },
  // A points value of 0 here and below means the fit pushed it across its side and was held at zero:
  // a finding never adds points its reason contradicts (issue #5: every point explained).
  'please-start': {
    side: 'impolite',
    points: 0,
    reason: explain('politenessPleaseStart'),
    advice: explain('adviceCouldYouPlease'),
  },
  apology: {
    side: 'polite',
    points: 0,
    reason: explain('politenessApology'),
    advice: explain('adviceKeepApologyShort'),
  },
  hedge: {
    side: 'polite',
    points: 4.5,
    reason: explain('politenessHedge'),
    advice: explain('adviceKeepHedge'),
  },
  counterfactual: {
    side: 'polite',
    points: 4.5,
    reason: explain('politenessCounterfactual'),
    advice: explain('adviceKeepCouldYou'),
  },
  indicative: {
    side: 'polite',
    points: 5.5,
    reason: explain('politenessIndicative'),
    advice: explain('adviceCouldYou'),
  },
  deference: {
    side: 'polite',
    points: 4.5,
    reason: explain('politenessDeference'),
    advice: explain('adviceKeepCompliment'),
  },
  'warm-words': {
    side: 'polite',
    points: 10,
    reason: explain('politenessWarmWords'),
    advice: explain('adviceKeepThem'),
  },
  'we-together': {
    side: 'polite',
    points: 0,
    reason: explain('politenessWeTogether'),
    advice: explain('adviceKeepWe'),
  },
  emoticon: {
    side: 'polite',
    points: 6,
    reason: explain('politenessEmoticon'),
    advice: explain('adviceKeepSmileyIfInformal'),
  },
  factuality: {
    side: 'impolite',
    points: -7.5,
    reason: explain('politenessFactuality'),
    advice: explain('adviceDropFactuality'),
  },
  'negative-words': {
    side: 'impolite',
    points: -4.5,
    reason: explain('politenessNegativeWords'),
    advice: explain('adviceDescribeNeutrally'),
  },
  'did-you': {
    side: 'impolite',
    points: 0,
    reason: explain('politenessDidYou'),
    advice: explain('adviceWouldItHelp'),
  },
  'why-question': {
    side: 'impolite',
    points: -17.5,
    reason: explain('politenessWhyQuestion'),
    advice: explain('adviceHelpMeUnderstand'),
  },
  'pointed-words': {
    side: 'impolite',
    points: -3,
    reason: explain('politenessPointedWords'),
    advice: explain('adviceDropPointedWord'),
  },
  negation: {
    side: 'impolite',
    points: -6,
    reason: explain('politenessNegation'),
    advice: explain('adviceSayWhatYouWould'),
  },
  'imperative-start': {
    side: 'impolite',
    points: -4.5,
    reason: explain('politenessImperativeStart'),
    advice: explain('adviceCouldYouTellMe'),
  },
  'yes-no-question': {
    side: 'polite',
    points: 9,
    reason: explain('politenessYesNoQuestion'),
    advice: explain('adviceKeepIt'),
  },
  'direct-question': {
    side: 'impolite',
    points: -1.5,
    reason: explain('politenessDirectQuestion'),
    advice: explain('adviceCouldYouTellMe'),
  },
  'direct-start': {
    side: 'impolite',
    points: 0,
    reason: explain('politenessDirectStart'),
    advice: explain('adviceStartGently'),
  },
  'you-start': {
    side: 'impolite',
    points: -6.5,
    reason: explain('politenessYouStart'),
    advice: explain('adviceStartFromYourSide'),
  },
  'first-person-start': {
    side: 'polite',
    points: 0,
    reason: explain('politenessFirstPersonStart'),
    advice: explain('adviceKeepIt'),
  },
  'first-person': {
    side: 'polite',
    points: 5.5,
    reason: explain('politenessFirstPerson'),
    advice: explain('adviceKeepIt'),
  },
  exclamation: {
    side: 'impolite',
    points: -3,
    reason: explain('politenessExclamation'),
    advice: explain('adviceEndWithFullStop'),
  },
  'stacked-questions': {
    side: 'impolite',
    points: -6.5,
    reason: explain('politenessStackedQuestions'),
    advice: explain('adviceSingleQuestionMark'),
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
