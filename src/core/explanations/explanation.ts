/**
 * What the core says to the user ("2nd reminder", "7 days overdue", "Ana replied"), as data: a code
 * and the values it names. The popup, sidebar and notifications word it in the UI's language from
 * `_locales` (one key per code, `explain<Code>`); the CLI scripts and logs use `explainInEnglish`.
 * Mail content (a client's sentence, a subject's words) travels as a plain string value and is only
 * ever inserted as text.
 */
export interface Explanation {
  readonly code: ExplanationCode;
  readonly values?: Readonly<Record<string, ExplanationValue>>;
}

export type ExplanationValue = string | number | CalendarDate | Money | Explanation;

/** A day in the user's calendar (`YYYY-MM-DD`), written the way the reader's language writes dates. */
export interface CalendarDate {
  readonly date: string;
}

/** An amount in major units, written with the reader's number format. */
export interface Money {
  readonly amount: number;
  readonly currency: string | null;
}

/**
 * An explanation, or the English words a version before structured explanations stored (threads and
 * events in IndexedDB, backups). Stored words are shown as they are.
 */
export type StoredExplanation = Explanation | string;

interface EnglishWords {
  /** `{name}` is a value; `{name:lower}` the value in lower case, mid-sentence. */
  readonly text: string;
  /** The words when the value named by `count` is 1. */
  readonly one?: string;
  readonly count?: string;
}

/**
 * Every code and its English words: the reference the `_locales` catalogs follow (the English catalog
 * says the same; a unit test keeps them in step). Placeholders appear in `text` in the order the
 * catalogs number them ($P1$, $P2$, …).
 */
export const ENGLISH_EXPLANATIONS = {
  stepCourtesyNote: { text: 'Courtesy note' },
  stepReminder1: { text: '1st reminder' },
  stepReminder2: { text: '2nd reminder' },
  stepReminder3: { text: '3rd reminder' },
  stepReminderLater: { text: '{position}th reminder' },
  stepPersonalEmail: { text: 'Personal email' },
  stepCall: { text: 'Call' },
  stepFinalNotice: { text: 'Final notice' },
  stepCollectionsLetter: { text: 'Collections letter' },
  stepCheckIn: { text: 'Check-in' },
  stepCloseNotice: { text: 'Close-project notice' },
  stepNudge1: { text: '1st nudge' },
  stepNudge2: { text: '2nd nudge' },
  stepNudge3: { text: '3rd nudge' },
  stepNudgeLater: { text: '{position}th nudge' },
  stepBreakup: { text: 'Breakup message' },
  stepMonthlyCheckIn: { text: 'Monthly check-in ({month} of {months})' },
  whyBeforeDueDate: {
    text: '{days} days before the due date',
    one: '{days} day before the due date',
    count: 'days',
  },
  whyBeforeAssumedDueDate: {
    text: '{days} days before the due date ({terms}-day terms assumed)',
    one: '{days} day before the due date ({terms}-day terms assumed)',
    count: 'days',
  },
  whyOverdue: { text: '{days} days overdue', one: '{days} day overdue', count: 'days' },
  whyBeforeCollections: {
    text: 'at least {days} days before collections',
    one: 'at least {days} day before collections',
    count: 'days',
  },
  whyMidProjectSilence: {
    text: '{days} business days of silence mid-project',
    one: '{days} business day of silence mid-project',
    count: 'days',
  },
  whyAfterSending: {
    text: '{days} business days after sending',
    one: '{days} business day after sending',
    count: 'days',
  },
  whyWidened: {
    text: '{why}; widened: this client usually answers within {days} days',
    one: '{why}; widened: this client usually answers within {days} day',
    count: 'days',
  },
  whyNarrowed: {
    text: '{why}; narrowed: this client usually answers within {days} days',
    one: '{why}; narrowed: this client usually answers within {days} day',
    count: 'days',
  },
  whyMonthsAfterStep: {
    text: '{months} months after the {step:lower}',
    one: '{months} month after the {step:lower}',
    count: 'months',
  },
  whyHeldUntil: { text: '{why}; held until {day}' },
  whyBouncedTryAnotherContact: { text: 'the address bounced: try another contact ({why})' },
  whyAlsoBounced: { text: '{why}; the address bounced' },
  reasonStepDue: { text: '{step} is due: {why}.' },
  reasonWaitingForStep: { text: 'Waiting for an answer; {step:lower} on {day} ({why}).' },
  reasonAcknowledged: { text: 'The client acknowledged on {day} without an answer yet. {next}' },
  reasonNothingPlanned: { text: 'Waiting for an answer; no follow-up is planned for this thread.' },
  reasonAllStepsDone: {
    text: 'Waiting for an answer; every planned follow-up is done, so nothing more is planned.',
  },
  reasonSnoozed: { text: 'Snoozed.' },
  reasonSnoozedUntil: { text: 'Snoozed until {day}.' },
  reasonPaused: { text: 'Paused: the client is away.' },
  reasonPausedUntil: { text: 'Paused until {day}: the client is away.' },
  reasonThenStep: { text: '{first} Then: {step}.' },
  reasonWithNote: { text: '{first} {note}' },
  reasonStopped: { text: 'Stopped.' },
  reasonStoppedBecause: { text: 'Stopped: {note}' },
  reasonStoppedReplied: { text: 'Stopped: the client replied.' },
  reasonStoppedPaid: { text: 'Stopped: the invoice was paid.' },
  reasonStoppedAccepted: { text: 'Stopped: the client accepted.' },
  reasonStoppedDeclined: { text: 'Stopped: the client declined.' },
  reasonStoppedClosed: { text: 'Stopped: you closed this thread.' },
  noteClientReplied: { text: 'the client replied.' },
  noteMarkedPaidByYou: { text: 'marked paid by you.' },
  noteMarkedPaidFromMail: { text: 'marked paid from the mail.' },
  noteMarkedAcceptedByYou: { text: 'marked accepted by you.' },
  noteMarkedAcceptedFromMail: { text: 'marked accepted from the mail.' },
  noteMarkedDeclinedByYou: { text: 'marked declined by you.' },
  noteMarkedDeclinedFromMail: { text: 'marked declined from the mail.' },
  noteClosedByYou: { text: 'closed by you.' },
  noteClientAcknowledged: { text: 'The client acknowledged without an answer yet.' },
  noteAddressBounced: { text: 'The address bounced: try another contact.' },
  noteMarkedByYou: { text: 'marked by you' },
  noteStoppedByYou: { text: 'stopped by you' },
  noteSnoozedByYou: { text: 'snoozed by you' },
  noteUndoneByYou: { text: 'undone by you' },
  noteImportedFromMailbox: { text: 'imported from a mailbox file' },
  noteFoundInSentView: { text: 'found in the Sent view' },
  noteNotThisKindByYou: { text: 'you said this is not {kind}' },
  noteIsThisKindByYou: { text: 'you said this is {kind}' },
  kindProposal: { text: 'a proposal' },
  kindInvoice: { text: 'an invoice' },
  kindFollowup: { text: 'a follow-up' },
  kindFeedbackRequest: { text: 'a feedback request' },
  kindDetailsRequest: { text: 'a details request' },
  kindTestimonialRequest: { text: 'a testimonial request' },
  kindOther: { text: 'not something to follow up' },
  inboundUnrelatedSender: { text: '{from} is not part of this conversation.' },
  inboundPublicDomainOnly: {
    text: '{from} shares only a public mail domain ({domain}) with the client, which says nothing about working together.',
  },
  inboundColleaguesNotCounted: {
    text: "{from} works at the client's organization, but colleagues' replies are set not to count.",
  },
  inboundNoSender: { text: 'The message has no sender.' },
  inboundOlderThanTracked: { text: 'The message is older than the tracked email.' },
  inboundOwnMessage: { text: 'Your own message never counts as the client’s reply.' },
  inboundBounceOfOther: { text: 'A delivery failure about another message.' },
  inboundBounced: { text: 'The address {address} bounced: try another contact.' },
  inboundBouncedUnknown: { text: 'The address of this client bounced: try another contact.' },
  inboundAutoReply: { text: 'An automatic answer from {name}; the silence goes on.' },
  inboundOutOfOffice: { text: '{name} is out of office (“{quote}”); paused until {day}.' },
  inboundOutOfOfficeNoDate: {
    text: '{name} is out of office with no return date found; paused until {day}.',
  },
  inboundColleague: { text: '{name} (a colleague at {domain})' },
  inboundPaid: { text: '{who} confirmed the payment: “{sentence}”.' },
  inboundPaidElsewhere: { text: '{who} confirmed the payment in another conversation: “{sentence}”.' },
  inboundAccepted: { text: '{who} accepted: “{sentence}”.' },
  inboundAcceptedElsewhere: { text: '{who} accepted in another conversation: “{sentence}”.' },
  inboundDeclined: { text: '{who} declined: “{sentence}”.' },
  inboundDeclinedElsewhere: { text: '{who} declined in another conversation: “{sentence}”.' },
  inboundAcknowledged: {
    text: '{who} acknowledged (“{quote}”); a gentle check-in on {day} if nothing more comes.',
  },
  inboundAcknowledgedElsewhere: {
    text: '{who} acknowledged in another conversation (“{quote}”); a gentle check-in on {day} if nothing more comes.',
  },
  inboundReplied: { text: '{who} replied.' },
  inboundRepliedElsewhere: { text: '{who} replied in another conversation.' },
  usualReply: { text: '{name} usually replies {delay}' },
  usualReplyUnnamed: { text: 'This client usually replies {delay}' },
  delayWithinTheHour: { text: 'within the hour' },
  delayHours: { text: 'within about {hours} hours', one: 'within about an hour', count: 'hours' },
  delayDays: { text: 'in about {days} days', one: 'in about a day', count: 'days' },
  delayWeeks: { text: 'in about {weeks} weeks', one: 'in about a week', count: 'weeks' },
  signalUnreadable: { text: 'could not read this email' },
  signalCorrection: { text: 'you marked mail to {domain} as {kind}' },
  signalInternal: { text: 'every recipient is at your own domain ({domain}): not a client' },
  signalReplyAsksNothing: {
    text: 'a reply that asks nothing of its own (only the subject names the thread)',
  },
  signalQuotedNotCounted: { text: 'quoted reply history was not counted' },
  signalForwardNotCounted: { text: 'forwarded message from {domain} was not counted as yours' },
  signalInForwardedMessage: { text: '{signal} (in a forwarded message)' },
  signalSubjectIsReply: { text: 'subject is a reply' },
  signalInvoiceNumber: { text: 'invoice number {number}' },
  signalAmountAndDueDate: { text: 'amount and due date in body' },
  signalDueDateStated: { text: 'due date stated ("{phrase}")' },
  signalAmount: { text: 'amount {amount}' },
  signalValidityStated: { text: 'offer validity stated ("{phrase}")' },
  signalMentionsProposal: { text: 'mentions a proposal or quote' },
  cueSubjectNamesProposal: { text: 'subject names a proposal or quote ("{match}")' },
  signalOfferWithTermsAndAsk: {
    text: 'a price you offered, with a start date or what it covers, and a question asking them to go ahead',
  },
  signalOfferWithAsk: { text: 'a price you offered, with a question asking them to go ahead' },
  signalOfferWithTerms: { text: 'a price you offered, with a start date or what it covers' },
  signalPricedOptions: { text: 'choices of work, each with the price you offer' },
  signalSentForSignature: { text: 'a contract or agreement sent for them to sign' },
  signalPricedLineItems: { text: 'a list of priced items with a total: your quote' },
  signalOfferInShortNote: { text: 'a short reply that names the price you offer' },
  signalAmountAskedNow: { text: 'an amount you ask them to pay now' },
  signalAmountForWorkDone: { text: 'an amount for a stage of work that is done' },
  signalWorkShownAsksOpinion: { text: 'shows them work in progress and asks what they think' },
  signalBlockedAsksInput: { text: 'says what you still need to go on, and asks them for it' },
  signalAsksWordsToShow: { text: 'asks for a few words about working with you, to show others' },
  signalAsksForReferral: { text: 'asks them to pass your name on to people they know' },
  signalAsksToShowWork: { text: 'asks leave to show their job as your reference' },
  signalAsksIfTheyLooked: { text: 'asks whether they have looked at something you sent' },
  cueSubjectMentionsContract: { text: 'subject mentions a quote, estimate or contract ("{match}")' },
  cueSubjectMentionsInvoice: { text: 'subject mentions an invoice ("{match}")' },
  cueSubjectPaymentDue: { text: 'subject says a payment is due or overdue ("{match}")' },
  cueSubjectMentionsPayment: { text: 'subject mentions a payment' },
  cueAttachmentNamed: { text: 'attachment named {match}' },
  cueAttachmentIsReceipt: { text: 'attachment is a receipt ({match})' },
  cueInvoiceAttached: { text: 'says an invoice is attached' },
  cuePaymentDue: { text: 'says a payment is due or overdue' },
  cueOverdueBalance: { text: 'mentions an overdue balance ("{match}")' },
  cueAmountDue: { text: 'states an amount due ("{match}")' },
  cuePaymentInstructions: { text: 'gives payment instructions ("{match}")' },
  cueRemindsInvoice: { text: 'reminds about an invoice or payment' },
  cueAsksForPayment: { text: 'asks for payment ("{match}")' },
  cueMentionsCollections: { text: 'mentions collections ("{match}")' },
  cueMentionsInvoice: { text: 'mentions an invoice' },
  cueMentionsBill: { text: 'mentions a bill' },
  cuePaymentNotArrived: { text: 'says payment has not arrived ("{match}")' },
  cueInvoiceUnpaid: { text: 'says an invoice is still unpaid ("{match}")' },
  cueBillsDoneWork: { text: 'bills for work already done ("{match}")' },
  cuePaymentLate: { text: 'says a payment is late ("{match}")' },
  cueInvoiceAttachedWording: { text: 'says an invoice is attached ("{match}")' },
  cuePaymentRequestWording: { text: 'uses payment-request wording ("{match}")' },
  cuePaymentReceived: { text: 'says a payment was received: a receipt, not a request ("{match}")' },
  cueSomeoneElsesInvoice: { text: "talks about someone else's invoice ({match})" },
  cueSendsOwnInvoicesForBooks: { text: 'sends your own invoices for the books, not a bill ("{match}")' },
  cueProposalAttached: { text: 'says a proposal, quote or contract is attached' },
  cueProposalAttachedWording: { text: 'says a proposal or quote is attached ("{match}")' },
  cueStatesPrice: { text: 'states a price for the work ("{match}")' },
  cueAsksForDecision: { text: 'asks for a decision or signature ("{match}")' },
  cueDescribesScope: { text: 'describes scope and deliverables' },
  cueOffersWork: { text: 'offers to do the work ("{match}")' },
  cueSetsPaymentTerms: { text: 'sets payment terms for work not yet started ("{match}")' },
  cuePriceChange: { text: 'announces a price change rather than offering work ("{match}")' },
  cueColdOutreach: { text: 'reads as cold outreach ("{match}")' },
  cueLaysOutApproach: { text: 'lays out an approach for the client\'s project ("{match}")' },
  cueCitesPastWork: { text: 'cites similar past work ("{match}")' },
  cuePricesChange: { text: 'prices a change to the work ("{match}")' },
  cueClientSaidYes: { text: 'the client already said yes ("{match}")' },
  cueReturnsSignedContract: {
    text: 'sends back a contract you signed: the deal is closed, not offered ("{match}")',
  },
  cueAsksForQuote: { text: 'asks someone else for a quote: the user is the buyer ("{match}")' },
  cueSomeoneElsesQuote: { text: 'talks about someone else\'s quote: the user is the buyer ("{match}")' },
  cueCountersPrice: { text: 'bargains over a price offered to you: the user is the buyer ("{match}")' },
  cueJobOffer: { text: 'offers a job, not work for a client ("{match}")' },
  cueAsksForTheirInvoice: {
    text: 'asks someone else for their invoice: the user is the one paying ("{match}")',
  },
  cuePromisesQuote: { text: 'promises a quote later: nothing sent yet ("{match}")' },
  cueTradingTalk: { text: 'trading or auction talk, not a bid for work ("{match}")' },
  cueNudgesEarlier: { text: 'nudges about an earlier message ("{match}")' },
  cueRefersToProposal: { text: 'refers to a proposal sent earlier ("{match}")' },
  cueAsksAboutQuestions: { text: 'asks whether the proposal raised questions' },
  cueOfferExpiring: { text: 'reminds that an offer is about to expire' },
  cueChecksIn: { text: 'checks in ("{match}")' },
  cueReachesPastClient: { text: 'reaches out to a past client rather than chasing an answer ("{match}")' },
  cueSendsReminder: { text: 'sends a reminder ("{match}")' },
  cueAsksFeedback: { text: 'asks for feedback on work ("{match}")' },
  cueMentionsDraft: { text: 'mentions a draft or design' },
  cueSubjectAsksReview: { text: 'subject asks for a review ("{match}")' },
  cueAsksForMaterials: { text: 'asks the client for information or materials ("{match}")' },
  cueMentionsMaterials: { text: 'mentions materials or access ("{match}")' },
  cueAsksTestimonial: { text: 'asks for a testimonial or review ("{match}")' },
  cueSubjectMentionsReview: { text: 'subject mentions a review or testimonial' },
  cueThanksForReview: { text: 'thanks them for a review they already left ("{match}")' },
  cueNewsletter: { text: 'looks like a newsletter or mailing-list message ("{match}")' },
  cueCalendarOrAutoReply: { text: 'a calendar invitation or automatic reply ("{match}")' },
  cueSubjectReadsAsFollowUp: { text: 'subject reads as a follow-up ("{match}")' },
  // The tone check's reasons (tone…, politeness…) and its advice to the writer (advice…). Quoted
  // English words in the politeness ones name words of the English draft, so every catalog keeps them.
  toneAccusatory: { text: 'This blames the reader; people answer blame with silence.' },
  tonePassiveAggressive: { text: 'This reads as a reproach, even if it is meant as a reminder.' },
  toneGuiltTrip: { text: 'This makes the reader feel guilty instead of giving them an easy way to answer.' },
  toneThreat: {
    text: 'Collections or legal steps before the final notice read as a threat and end relationships.',
  },
  toneFirmLanguage: {
    text: 'Firm wording is too strong for an early reminder; most late payers simply forgot.',
  },
  toneUrgency: { text: 'Urgency words raise the pressure without telling the reader what to do by when.' },
  toneGrovelling: { text: 'Apologising for asking hides the request and invites a "not now".' },
  toneThreatFinalNotice: { text: 'Announcing collections fits a final notice; keep it calm and factual.' },
  toneFirmFinalNotice: { text: 'Firm wording fits a final notice.' },
  toneFirmLateInLadder: { text: 'Firm wording: fine late in a ladder, heavy early on.' },
  toneOneSoftener: { text: 'One softener is fine; more would hide the request.' },
  tonePrivateIban: {
    text: 'An IBAN in a follow-up can be read by anyone with access to the inbox; it belongs on the invoice.',
  },
  tonePrivateCardNumber: { text: 'A card number must never travel by email.' },
  tonePrivateAccountNumber: {
    text: 'Account details belong on the invoice or a payment page, not in the follow-up.',
  },
  tonePrivatePassword: { text: 'A password in an email is readable by anyone who sees the thread.' },
  toneAllCaps: { text: 'Capital letters read as shouting.' },
  toneStackedExclamations: { text: 'Stacked exclamation marks read as raised voice.' },
  toneNoGreeting: { text: 'There is no greeting; a name at the start makes it personal.' },
  toneNoThanks: { text: 'A word of thanks makes a reply more likely.' },
  toneNoAsk: { text: 'There is no clear question or next step, so the reader may not know what to do.' },
  toneTooManyQuestions: {
    text: '{questions} questions: more than three gets fewer replies (playbook: Tone).',
  },
  toneVeryShort: {
    text: '{words} words: very short notes can read as curt.',
    one: '{words} word: very short notes can read as curt.',
    count: 'words',
  },
  toneSlightlyShort: { text: '{words} words: a little under the 50–125 words that get the most replies.' },
  toneTooLong: { text: '{words} words: long follow-ups get fewer replies than 50–125 words.' },
  toneSlightlyLong: { text: '{words} words: a little over the 50–125 words that get the most replies.' },
  toneReadingGrade: { text: 'Reading level is about grade {grade}; simple wording gets more replies.' },
  toneLongSentences: { text: 'Sentences average {words} words; shorter ones are easier to answer.' },
  politenessGratitude: { text: 'Thanking the reader reads as warm.' },
  politenessGreeting: { text: 'A greeting makes the message personal.' },
  politenessPlease: { text: '“Please” inside a request softens it.' },
  politenessPleaseStart: { text: 'Opening a sentence with “please” reads as an order.' },
  politenessApology: { text: 'A brief apology reads as considerate.' },
  politenessHedge: { text: 'Hedged wording leaves the reader room.' },
  politenessCounterfactual: { text: '“Could you” or “would you” asks rather than tells.' },
  politenessIndicative: { text: '“Can you” or “will you” is a polite enough request.' },
  politenessDeference: { text: 'Recognising the reader’s work or idea reads as respectful.' },
  politenessWarmWords: { text: 'Positive words lift the tone.' },
  politenessWeTogether: { text: 'Speaking of “we” frames it as shared work.' },
  politenessEmoticon: { text: 'A smiley reads as friendly.' },
  politenessFactuality: {
    text: '“Actually”, “in fact” or “obviously” can sound like correcting the reader.',
  },
  politenessNegativeWords: { text: 'A negative or blaming word weighs on the tone.' },
  politenessDidYou: { text: '“Did you …” or “have you even …” can sound like a test of the reader.' },
  politenessWhyQuestion: { text: '“Why …?” asks the reader to justify themselves.' },
  politenessPointedWords: { text: '“Already”, “even”, “just” or “instead” can sound impatient.' },
  politenessNegation: { text: 'Stacked negatives (don’t, can’t, nothing) read as contradicting.' },
  politenessImperativeStart: {
    text: 'A sentence that starts with a command (“Tell me…”, “Explain…”) reads as an order.',
  },
  politenessYesNoQuestion: {
    text: 'A yes/no question is easy to answer and reads as a real question, not a demand.',
  },
  politenessDirectQuestion: { text: 'A bare “why/what/how” question reads as blunt.' },
  politenessDirectStart: { text: 'Starting with “so”, “but” or “and” reads as abrupt.' },
  politenessYouStart: { text: 'Starting a sentence with “you” can sound like blame.' },
  politenessFirstPersonStart: { text: 'Starting with “I” keeps the focus on your side.' },
  politenessFirstPerson: { text: 'Speaking from your side (“I”, “my”) reads as less confrontational.' },
  politenessExclamation: { text: 'Exclamation marks can read as raised voice.' },
  politenessStackedQuestions: { text: 'Several question marks in a row read as exasperated.' },
  adviceKeepThanks: { text: 'Keep the thanks.' },
  adviceKeepGreeting: { text: 'Keep the greeting.' },
  adviceKeepPlease: { text: 'Keep “please”.' },
  adviceCouldYouPlease: { text: 'Could you …, please?' },
  adviceKeepApologyShort: { text: 'Keep it short.' },
  adviceKeepHedge: { text: 'Keep the hedge.' },
  adviceKeepCouldYou: { text: 'Keep “could you”.' },
  adviceCouldYou: { text: 'Could you …?' },
  adviceKeepCompliment: { text: 'Keep the compliment.' },
  adviceKeepThem: { text: 'Keep them.' },
  adviceKeepWe: { text: 'Keep “we”.' },
  adviceKeepSmileyIfInformal: { text: 'Keep it if the client is informal.' },
  adviceDropFactuality: { text: 'Drop the word, or say “I think”.' },
  adviceDescribeNeutrally: { text: 'Describe the situation neutrally: “this didn’t work for me”.' },
  adviceWouldItHelp: { text: 'Would it help to try …?' },
  adviceHelpMeUnderstand: { text: 'Could you help me understand …?' },
  adviceDropPointedWord: { text: 'Drop the word; the sentence reads calmer without it.' },
  adviceSayWhatYouWould: { text: 'Say what you would like to happen instead.' },
  adviceCouldYouTellMe: { text: 'Could you tell me …?' },
  adviceKeepIt: { text: 'Keep it.' },
  adviceStartGently: { text: 'Start with the request itself, gently: “I was wondering …”.' },
  adviceStartFromYourSide: { text: 'Start from your side: “I haven’t seen …”.' },
  unchangedAlreadyReplied: { text: 'the client has already replied' },
  unchangedAlreadyPaid: { text: 'the invoice is already marked paid' },
  unchangedAlreadyAccepted: { text: 'the thread is already marked accepted' },
  unchangedAlreadyDeclined: { text: 'the thread is already marked declined' },
  unchangedAlreadyClosed: { text: 'the thread is already closed' },
  unchangedHoldNotInFuture: { text: 'the hold must end in the future' },
  unchangedAlreadySnoozed: { text: 'the thread is already snoozed until then' },
  unchangedAlreadyPaused: { text: 'the thread is already paused until then' },
  unchangedCheckInNotInFuture: { text: 'the check-in must be in the future' },
  unchangedAcknowledgementRecorded: { text: 'this acknowledgement is already recorded' },
  unchangedBounceRecorded: { text: 'the bounce is already recorded' },
  unchangedMessageRecorded: { text: 'this message is already recorded' },
  unchangedNoSuchStep: { text: 'there is no such step' },
  unchangedStepDone: { text: 'this step is already done' },
  unchangedAlreadyWatched: { text: 'the thread is already being watched' },
  unchangedAlreadyKind: { text: 'the thread is already {kind}' },
  unchangedSameLadder: { text: 'the thread already follows this plan' },
  failNothingChanged: { text: 'Nothing changed: {because}.' },
  failThreadNotTracked: { text: 'That thread is no longer tracked.' },
  failNothingToUndo: { text: 'There is nothing to undo any more.' },
  failOwnAddressUnknown: { text: 'The page does not say which address you send from.' },
  failNoMailTabToCheck: { text: 'Open the sidebar in a mail tab to check a reply.' },
  failNoReplyBeingWritten: { text: 'No reply is being written in this tab: open one, write, then check it.' },
  failMailTabWithoutId: { text: 'The browser did not give the mail tab an id.' },
  failMailNotLoaded: { text: '{client} did not finish loading in time. Reload its tab and try again.' },
  failThreadNotShown: {
    text: '{client} did not show the conversation “{subject}”. Open it yourself and try again.',
  },
  failThreadNotOpened: { text: 'The conversation “{subject}” could not be opened.' },
  failReplyButtonMissing: { text: 'The Reply button was not found on the conversation in {client}.' },
  failReplyEditorMissing: { text: 'The reply editor did not open.' },
  failComposingAnother: { text: 'This Outlook window is composing another message.' },
  failNoTextSelection: { text: 'The page gave no text selection to insert at.' },
  failPartlyInserted: { text: 'The reply editor took only part of the text; please check the reply.' },
  failNotInserted: { text: 'The reply editor did not accept the text.' },
  failNoAnswer: { text: 'No part of the extension answered this message.' },
  settingsWholeNumber: { text: '{setting} must be a whole number from {min} to {max}.' },
  settingsOnOrOff: { text: '{setting} must be on or off.' },
  settingsDayList: {
    text: '{setting}: write up to {count} whole numbers, each larger than the one before, from {min} to {max}.',
  },
  settingsDayListNotEmpty: {
    text: '{setting}: write 1 to {count} whole numbers, each larger than the one before, from {min} to {max}.',
  },
  settingsWorkingDays: { text: 'Choose at least one working day.' },
  settingsMalformed: { text: 'The settings are not in the shape this version reads ({setting}).' },
  settingsStepChannel: { text: 'A step goes by email, by phone or to another contact ({setting}).' },
  settingsTimeZone: { text: 'The time zone must be one the browser knows, such as Europe/Berlin.' },
  settingsWorkdayEnd: { text: 'The working day must end after it starts.' },
  settingsStepOrder: { text: 'The step “{later}” must come after “{earlier}” (in days overdue).' },
  settingsBreakupAfterNudges: { text: 'For {kind}, the breakup message must come after the last nudge.' },
  settingsCheckInsNeedNudge: { text: 'For {kind}, check-ins need a nudge or a breakup message before them.' },
  settingsCloseNoticeAfterCheckIn: { text: 'The close-project notice must come after the check-in.' },
  settingLastReminder: { text: 'Last reminder' },
  settingInvoiceReminders: { text: 'Invoice reminders' },
  settingRequestNudges: { text: 'Nudges for {kind}' },
  backupNotJson: { text: 'This file is not a Follow-Through backup: it is not JSON.' },
  backupDamaged: { text: 'This file is not a Follow-Through backup, or it is damaged.' },
  backupFromNewerVersion: {
    text: 'This backup comes from a newer version of Follow-Through: update the extension first.',
  },
  backupThreadLeftOut: { text: 'thread {position} is incomplete and was left out' },
  adviceEndWithFullStop: { text: 'End with a full stop.' },
  adviceSingleQuestionMark: { text: 'Use a single question mark.' },
  adviceOneQuestion: { text: 'Keep the one question that matters most.' },
  adviceAddFriendlyLine: { text: 'Add a friendly line and one clear question, about 50–125 words in all.' },
  adviceAddContext: { text: 'Add one sentence of context or an offer of help.' },
  adviceCutToReminder: { text: 'Cut to the reminder, one offer of help and one question.' },
  adviceCutRepeatedContext: { text: 'Cut one sentence that repeats the context.' },
  adviceSplitLongSentence: { text: 'Split the longest sentence in two and use everyday words.' },
} as const satisfies Record<string, EnglishWords>;

export type ExplanationCode = keyof typeof ENGLISH_EXPLANATIONS;

export const EXPLANATION_CODES = Object.keys(ENGLISH_EXPLANATIONS) as ExplanationCode[];

const PLACEHOLDER = /\{(\w+)(?::lower)?\}/g;
const valueNamesCache = new Map<ExplanationCode, readonly string[]>();

/** The names of a code's values in the order its catalog entries number them. */
export function valueNamesOf(code: ExplanationCode): readonly string[] {
  let names = valueNamesCache.get(code);
  if (!names) {
    names = [
      ...new Set(Array.from(ENGLISH_EXPLANATIONS[code].text.matchAll(PLACEHOLDER), (match) => match[1]!)),
    ];
    valueNamesCache.set(code, names);
  }
  return names;
}

/** Whether a code has a singular form, and the value that decides it. */
function countNameOf(code: ExplanationCode): string | null {
  const words: EnglishWords = ENGLISH_EXPLANATIONS[code];
  return words.count ?? null;
}

/** What a renderer words: a known code, its values, and whether its singular form applies. */
export interface ReadExplanation {
  code: ExplanationCode;
  values: Readonly<Record<string, ExplanationValue>>;
  isOne: boolean;
}

/**
 * Opens a stored explanation for a renderer: stored words (older versions) come back as text to show
 * as they are, and so does a code this version does not know (written by a newer one), as the code.
 */
export function readExplanation(stored: StoredExplanation): ReadExplanation | { text: string } {
  if (typeof stored === 'string') return { text: stored };
  if (!isExplanation(stored) || !isExplanationCode(stored.code)) return { text: String(stored?.code ?? '') };
  const values = stored.values ?? {};
  const countName = countNameOf(stored.code);
  return { code: stored.code, values, isOne: countName !== null && values[countName] === 1 };
}

export function isExplanationCode(value: unknown): value is ExplanationCode {
  return typeof value === 'string' && Object.hasOwn(ENGLISH_EXPLANATIONS, value);
}

export function explain(code: ExplanationCode, values?: Record<string, ExplanationValue>): Explanation {
  return values ? { code, values } : { code };
}

/** An ISO date (`YYYY-MM-DD`) as a value. */
export function calendarDate(isoDate: string): CalendarDate {
  return { date: isoDate };
}

export function isExplanation(value: unknown): value is Explanation {
  return typeof value === 'object' && value !== null && 'code' in value;
}
