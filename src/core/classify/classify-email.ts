import { type Explanation, explain, valueNamesOf } from '../explanations/explanation';
import type { ClassifyInput, MailAddress } from '../mail';
import { gateFor, indexTrigrams, leadChecked, type PatternGate, type TrigramIndex } from './cue-prefilter';
import { extractAmountFromFileNames } from './extract-amount';
import {
  EMPTY_FIELDS,
  extractFields,
  extractInvoiceNumberOfInvoice,
  type FieldFindings,
  type FieldReading,
} from './extract-fields';
import { extractInvoiceNumberFromFileNames, extractInvoiceNumberFromSubject } from './extract-invoice-number';
import { findCorrection, type KindCorrection } from './find-correction';
import { isInternalRecipientList } from './is-internal-recipient-list';
import {
  KIND_CUES,
  type KindCue,
  PROPOSAL_MENTION_SIGNAL,
  PROPOSAL_MENTION_WEIGHT,
  PROPOSAL_SUBJECT_CUES,
  SUBJECT_NUDGE,
  SUBJECT_REPLY_PREFIX,
} from './kind-cues';
import { findKindShapes } from './kind-shapes';
import { type Classification, type EmailKind, type ExtractedFields, kindInWords } from './kinds';
import { type PreparedMail, prepareMailText } from './prepare-mail-text';

export interface ClassifyContext {
  /** The user's corrections ("not an invoice", "this is a proposal") to respect and learn from. */
  corrections?: ReadonlyArray<KindCorrection>;
  /** IANA zone the user works in; relative due dates ("Net 30") count calendar days there. Default UTC. */
  timeZone?: string;
}

export type { KindCorrection } from './find-correction';

type ScoredKind = Exclude<EmailKind, 'other'>;

const SCORED_KINDS: readonly ScoredKind[] = [
  'invoice',
  'proposal',
  'followup',
  'feedback_request',
  'details_request',
  'testimonial_request',
];

// Invoices and proposals start payment and decision ladders, so a false alarm costs the user a
// wrong reminder: they need more evidence than the lighter kinds (issue #3 targets ≤ 0.5% false alarms).
const MIN_SCORE: Record<ScoredKind, number> = {
  invoice: 4.5,
  proposal: 4.5,
  followup: 3.5,
  feedback_request: 3,
  details_request: 3,
  testimonial_request: 3.5,
};

const MAX_SIGNALS = 6;
const DAY_MS = 86_400_000;
const MIN_OWN_EVIDENCE_IN_REPLY = 1.5;
const SUBJECT_FORWARD_PREFIX = /^\s*(?:fwd?|wg|tr|rv|enc|doorst)\s?:/i;
const IMAGE_FILE = /\.(?:gif|png|jpe?g|bmp|svg|webp|ico|tiff?|heic)$/i;

// Worked out once: most cues cannot match a given email, and scanning for them was most of the time.
// On first use rather than at load: the background's service worker starts often and classifies rarely.
interface GatedKindCue {
  kindCue: KindCue;
  gate: PatternGate;
  /** The cue's pattern, lead-checked: it matches the same text, faster. */
  scan: RegExp;
}
let gatedKindCues: readonly GatedKindCue[] | null = null;
function kindCuesWithGates(): readonly GatedKindCue[] {
  gatedKindCues ??= KIND_CUES.map((kindCue) => ({
    kindCue,
    gate: gateFor(kindCue.pattern),
    scan: leadChecked(kindCue.pattern),
  }));
  return gatedKindCues;
}

interface Evidence {
  scores: Record<EmailKind, number>;
  /** Evidence for any tracked kind from the body and attachments alone, not the subject. */
  ownEvidence: number;
  signals: Array<{ signal: Explanation; weights: Partial<Record<EmailKind, number>> }>;
}

/**
 * Decides what kind of email was sent and reads its amount, invoice number, due date and validity.
 * Pure and synchronous; never throws: unreadable input is `other` with low confidence.
 */
export function classifyEmail(input: ClassifyInput, context?: ClassifyContext): Classification {
  try {
    return classifySafely(input, context ?? {});
  } catch {
    // Defensive: every reader is total, but the extension must never lose a send to a classifier bug.
    return {
      kind: 'other',
      confidence: 0.1,
      signals: [explain('signalUnreadable')],
      fields: { ...EMPTY_FIELDS },
    };
  }
}

function classifySafely(input: ClassifyInput, context: ClassifyContext): Classification {
  const safeInput = input && typeof input === 'object' ? input : ({} as ClassifyInput);
  const mail = prepareMailText(safeInput);
  const sentAt =
    typeof safeInput.sentAt === 'number' && Number.isFinite(safeInput.sentAt) ? safeInput.sentAt : undefined;
  const recipients: Array<MailAddress | undefined> = [
    ...(Array.isArray(safeInput.to) ? safeInput.to : []),
    ...(Array.isArray(safeInput.cc) ? safeInput.cc : []),
  ];
  const timeZone = typeof context.timeZone === 'string' ? context.timeZone : undefined;

  const fromDomain = readDomain(safeInput.from);
  const isForwardOfOwnMail = !!mail.forwardedFromDomain && mail.forwardedFromDomain === fromDomain;
  // A forwarded message written by someone else (a vendor's invoice passed to the accountant) is not
  // the user's own request; one the user wrote themselves (their invoice, resent) is (issue #3 hard cases).
  const forwardedWeight = !mail.forwardedText
    ? 0
    : isForwardOfOwnMail
      ? 1
      : mail.forwardedFromDomain && fromDomain
        ? 0
        : 0.5;
  const ownText = forwardedWeight === 1 ? `${mail.ownText}\n${mail.forwardedText}` : mail.ownText;
  const fieldText = `${mail.subject}\n${ownText}`;

  const dollarClues = {
    moreText: mail.signatureText,
    fromDomain,
    toDomains: recipients.map(readDomain).filter((domain) => domain !== ''),
  };
  // Quoted history is the other side's words (a client's "send me a quote" under our proposal), so
  // only the tail is read, where mailing lists and newsletters put their footers. Every text a cue or a
  // field reader reads (subject, own words, a forward) is part of it, so one index of it can rule a
  // pattern out for all of them.
  const everything = `${fieldText}\n${mail.forwardedText}\n${mail.signatureText}\n${mail.tailText}`;
  const index = indexTrigrams(everything);
  let findings = extractFields(fieldText, {
    sentAt,
    timeZone,
    dollarClues,
    allowBareHash: false,
    index,
    answered: mail.quotedText,
  });
  const evidence = collectEvidence(mail, ownText, everything, index, forwardedWeight, findings);
  const correction = findCorrection(context.corrections, recipients, mail.subject);
  const isInternal = isInternalRecipientList(safeInput.from, recipients);

  let kind: EmailKind;
  let confidence: number;
  const signals: Explanation[] = [];
  if (correction) {
    kind = correction.kind;
    confidence = 0.99;
    signals.push(
      explain('signalCorrection', { domain: correction.recipientDomain, kind: kindInWords(correction.kind) }),
    );
  } else if (isInternal) {
    kind = 'other';
    confidence = 0.9;
    signals.push(explain('signalInternal', { domain: fromDomain }));
  } else if (SUBJECT_REPLY_PREFIX.test(mail.subject) && evidence.ownEvidence < MIN_OWN_EVIDENCE_IN_REPLY) {
    // "Re: Invoice 1043" over "See you Thursday!" only inherits the thread's subject.
    kind = 'other';
    confidence = 0.6;
    signals.push(explain('signalReplyAsksNothing'));
  } else {
    ({ kind, confidence } = decideKind(evidence));
  }

  if (kind === 'invoice' || kind === 'proposal' || kind === 'followup') {
    findings = completeFields(findings, kind, fieldText, mail, { sentAt, timeZone, dollarClues, index });
  }
  signals.push(...describeEvidence(evidence, kind));
  if (mail.quotedText.trim() && signals.length < MAX_SIGNALS) {
    signals.push(explain('signalQuotedNotCounted'));
  }
  if (mail.forwardedText.trim() && forwardedWeight === 0 && signals.length < MAX_SIGNALS) {
    signals.push(explain('signalForwardNotCounted', { domain: mail.forwardedFromDomain }));
  }
  return {
    kind,
    confidence: Math.round(confidence * 100) / 100,
    signals: signals.slice(0, MAX_SIGNALS),
    fields: findings.fields,
  };
}

function collectEvidence(
  mail: PreparedMail,
  ownText: string,
  everything: string,
  everythingIndex: TrigramIndex,
  forwardedWeight: number,
  findings: FieldFindings,
): Evidence {
  const scores: Record<EmailKind, number> = {
    invoice: 0,
    proposal: 0,
    followup: 0,
    feedback_request: 0,
    details_request: 0,
    testimonial_request: 0,
    other: 0,
  };
  const signals: Evidence['signals'] = [];
  let ownEvidence = 0;
  const add = (
    weights: Partial<Record<EmailKind, number>>,
    signal: Explanation,
    factor = 1,
    isOwn = false,
  ): void => {
    for (const [kind, weight] of Object.entries(weights) as Array<[EmailKind, number]>) {
      scores[kind] += weight * factor;
      if (isOwn && kind !== 'other' && weight > 0) ownEvidence += weight * factor;
    }
    signals.push({ signal, weights });
  };

  const isNudgeSubject = SUBJECT_NUDGE.test(mail.subject);
  const partialForward = forwardedWeight > 0 && forwardedWeight < 1 ? mail.forwardedText : '';
  // Attachments travel with a forward: a vendor's Invoice.pdf forwarded on is theirs, not the user's.
  const attachmentFactor = mail.forwardedText && forwardedWeight === 0 ? 0.25 : 1;
  // "Fwd: Invoice 88" names the forwarded message, not something the user asks for.
  const subjectFactor = SUBJECT_FORWARD_PREFIX.test(mail.subject) && forwardedWeight === 0 ? 0.25 : 1;

  for (const { kindCue, gate, scan } of kindCuesWithGates()) {
    if (kindCue.site === 'attachment') {
      for (const name of mail.attachmentNames) {
        // Mail clients attach inline images (`startquote.gif`); a proposal is never one.
        if ((kindCue.weights.proposal ?? 0) > 0 && IMAGE_FILE.test(name)) continue;
        const match = scan.exec(name);
        if (match) {
          add(kindCue.weights, renderSignal(kindCue, name), attachmentFactor, true);
          break;
        }
      }
      continue;
    }
    if (!gate.mayMatch(everythingIndex)) continue;
    const text =
      kindCue.site === 'subject' ? mail.subject : kindCue.site === 'anywhere' ? everything : ownText;
    const match = scan.exec(text);
    if (match) {
      add(
        kindCue.weights,
        renderSignal(kindCue, match[0]),
        kindCue.site === 'subject' ? subjectFactor : 1,
        kindCue.site === 'body',
      );
      continue;
    }
    if (kindCue.site === 'body' && partialForward) {
      const forwardedMatch = scan.exec(partialForward);
      if (forwardedMatch) {
        const signal = explain('signalInForwardedMessage', {
          signal: renderSignal(kindCue, forwardedMatch[0]),
        });
        add(kindCue.weights, signal, forwardedWeight);
      }
    }
  }

  const shapes = findKindShapes(ownText, everythingIndex, {
    isReply: SUBJECT_REPLY_PREFIX.test(mail.subject),
  });
  for (const shape of shapes) {
    add({ [shape.kind]: shape.weight }, explain(shape.signal), 1, true);
  }

  // "Proposal for X" over "did you get a chance to look?" is a nudge about the proposal, unless this
  // message itself carries a new or revised one: then naming the proposal counts for the nudge.
  const isNudgeAboutProposal =
    isNudgeSubject ||
    (scores.followup >= 3.5 && !signals.some((signal) => (signal.weights.proposal ?? 0) >= 4.5));
  // "To finalise the quote I still need the measurements. Can you send them?" names a quote not yet
  // written: with no price stated and no proposal attached, naming it counts for the details request.
  const isQuoteAwaitingDetails =
    !isNudgeAboutProposal &&
    findings.fields.amount === null &&
    shapes.some((shape) => shape.kind === 'details_request') &&
    !signals.some((signal) => (signal.weights.proposal ?? 0) >= 4.5);
  const proposalNamedFor: EmailKind | null = isNudgeAboutProposal
    ? 'followup'
    : isQuoteAwaitingDetails
      ? 'details_request'
      : null;
  if (proposalNamedFor) {
    for (const mention of signals.filter((found) => found.signal.code === PROPOSAL_MENTION_SIGNAL)) {
      mention.weights = { [proposalNamedFor]: PROPOSAL_MENTION_WEIGHT };
      scores.proposal -= PROPOSAL_MENTION_WEIGHT;
      scores[proposalNamedFor] += PROPOSAL_MENTION_WEIGHT;
    }
  }
  for (const subjectCue of PROPOSAL_SUBJECT_CUES) {
    const match = subjectCue.pattern.exec(mail.subject);
    if (!match) continue;
    const weights = proposalNamedFor
      ? { [proposalNamedFor]: subjectCue.weights.proposal ?? 0 }
      : subjectCue.weights;
    add(weights, renderSignal(subjectCue, match[0]), subjectFactor);
  }
  if (SUBJECT_REPLY_PREFIX.test(mail.subject) && !isNudgeSubject) {
    add({ followup: 0.5 }, explain('signalSubjectIsReply'));
  }

  const { fields } = findings;
  // "Got your invoice 88, it should be paid by the 5th": the number and date are the other side's bill.
  const isSomeoneElsesInvoice = signals.some((found) => found.signal.code === 'cueSomeoneElsesInvoice');
  if (findings.isInvoiceNumberNamed && fields.invoiceNumber && !isSomeoneElsesInvoice) {
    add({ invoice: 2.5 }, explain('signalInvoiceNumber', { number: fields.invoiceNumber }), subjectFactor);
  }
  // "If you book before the new year": the day an offer lapses, read by both readers (a day apart at
  // most: "até o Natal" is the eve to one, the day to the other), is no bill's.
  const isValidityDay =
    fields.dueDate !== null &&
    fields.validUntil !== null &&
    Math.abs(Date.parse(fields.dueDate) - Date.parse(fields.validUntil)) <= DAY_MS;
  if (fields.dueDate && findings.dueDatePhrase && !isSomeoneElsesInvoice && !isValidityDay) {
    const signal =
      fields.amount !== null
        ? explain('signalAmountAndDueDate')
        : explain('signalDueDateStated', { phrase: clip(findings.dueDatePhrase) });
    // An amount with a day to pay it by, said in words about paying ("Payment terms: by 10.07.2026",
    // "merci de la régler au plus tard le 5 janvier"), is a bill even with no invoice word
    // (field-wording-3.jsonl: a fee note, a stage fee, a nota de honorários). So is a sum and a day in
    // a note that offers nothing: "macht zweihundertvierzig Euro, am liebsten bis Donnerstag", "£310.
    // I'd love it before I go on leave on the 18th" (field-wording-4 and -5: hand-written bills).
    const isPaymentAsked = fields.amount !== null && (findings.dueDateSaysPayment || scores.proposal <= 0);
    add({ invoice: isPaymentAsked ? 3.5 : 2.5 }, signal, subjectFactor);
  }
  // A price and how long it holds is an offer, as a sum and a day to pay it by is a bill ("I'd charge
  // £2,850 all in. That price holds for 30 days.", field-wording-3 fw3-071).
  if (fields.validUntil && findings.validityPhrase) {
    add(
      { proposal: fields.amount !== null ? 3.5 : 2.5, followup: 0.5 },
      explain('signalValidityStated', { phrase: clip(findings.validityPhrase) }),
    );
  }
  if (fields.amount !== null) {
    const amountWeights: Partial<Record<EmailKind, number>> = {};
    if (scores.invoice > 0) amountWeights.invoice = 1;
    if (scores.proposal > 0) amountWeights.proposal = 1;
    add(
      amountWeights,
      explain('signalAmount', { amount: { amount: fields.amount, currency: fields.currency } }),
    );
  }
  // "Just bumping this: the $1,100 for August is still outstanding" nudges about money owed. A payment
  // reminder is an invoice (issue #3 kinds), so once an amount is asked for now the nudge counts for it.
  if (shapes.some((shape) => shape.kind === 'invoice') && scores.followup > 0) {
    for (const found of signals) {
      const nudge = found.weights.followup ?? 0;
      if (nudge > 0)
        found.weights = { ...found.weights, followup: 0, invoice: (found.weights.invoice ?? 0) + nudge };
    }
    scores.invoice += scores.followup;
    scores.followup = 0;
  }
  return { scores, ownEvidence, signals };
}

function decideKind(evidence: Evidence): { kind: EmailKind; confidence: number } {
  const ranked = [...SCORED_KINDS].sort((a, b) => evidence.scores[b] - evidence.scores[a]);
  const best = ranked.find((kind) => evidence.scores[kind] >= MIN_SCORE[kind]);
  if (best) {
    const bestScore = evidence.scores[best];
    const runnerUp = Math.max(
      0,
      ...ranked.filter((kind) => kind !== best).map((kind) => evidence.scores[kind]),
    );
    // More evidence and a clearer lead both raise confidence; the constants only shape the 0.5..0.97 range.
    const confidence = clamp(0.45 + 0.025 * bestScore + 0.03 * (bestScore - runnerUp), 0.5, 0.97);
    return { kind: best, confidence };
  }
  const strongest = ranked[0] ?? 'invoice';
  const doubt = Math.max(0, evidence.scores[strongest]) / MIN_SCORE[strongest];
  const otherEvidence = evidence.scores.other;
  const confidence =
    otherEvidence > 0
      ? clamp(0.55 + 0.08 * otherEvidence - 0.2 * doubt, 0.4, 0.95)
      : clamp(0.3 - 0.15 * doubt, 0.1, 0.3);
  return { kind: 'other', confidence };
}

/** Fields the own words left unknown may sit in the quoted invoice a reminder replies to. */
function completeFields(
  findings: FieldFindings,
  kind: EmailKind,
  fieldText: string,
  mail: PreparedMail,
  reading: Omit<FieldReading, 'allowBareHash'>,
): FieldFindings {
  let completed = findings;
  if (kind === 'invoice' && !completed.fields.invoiceNumber) {
    const fromFileName = extractInvoiceNumberFromFileNames(mail.attachmentNames);
    const invoiceNumber = fromFileName ?? extractInvoiceNumberOfInvoice(fieldText, reading.index);
    completed = { ...completed, fields: { ...completed.fields, invoiceNumber } };
    const fromSubject = completed.fields.invoiceNumber ? null : extractInvoiceNumberFromSubject(mail.subject);
    if (fromSubject)
      completed = { ...completed, fields: { ...completed.fields, invoiceNumber: fromSubject } };
  }
  if ((kind === 'invoice' || kind === 'proposal') && completed.fields.amount === null) {
    const fromFileName = extractAmountFromFileNames(mail.attachmentNames);
    if (fromFileName.amount !== null)
      completed = { ...completed, fields: { ...completed.fields, ...fromFileName } };
  }
  // An invoice's terms may stand in its footer, below the "--": "Zahlungsziel 14 Tage netto" under the
  // bank details (field-wording-22 fw22-024). Read with the own words, the invoice's date still counts.
  if (kind === 'invoice' && completed.fields.dueDate === null && mail.signatureText.trim()) {
    const withFooter = `${fieldText}\n${mail.signatureText}`;
    const footer = extractFields(withFooter, {
      ...reading,
      allowBareHash: false,
      index: indexTrigrams(withFooter),
    });
    if (footer.fields.dueDate !== null) {
      completed = {
        ...completed,
        fields: { ...completed.fields, dueDate: footer.fields.dueDate },
        dueDatePhrase: footer.dueDatePhrase,
        dueDateSaysPayment: footer.dueDateSaysPayment,
      };
    }
  }
  const history = `${mail.forwardedText}\n${mail.quotedText}`.trim();
  if (history && hasGaps(completed.fields)) {
    completed = mergeFields(
      completed,
      extractFields(history, {
        ...reading,
        allowBareHash: kind === 'invoice',
        index: indexTrigrams(history),
      }),
    );
  }
  return completed;
}

function hasGaps(fields: ExtractedFields): boolean {
  return fields.amount === null || fields.invoiceNumber === null || fields.dueDate === null;
}

function mergeFields(kept: FieldFindings, extra: FieldFindings): FieldFindings {
  const hasOwnAmount = kept.fields.amount !== null;
  return {
    fields: {
      amount: kept.fields.amount ?? extra.fields.amount,
      currency: hasOwnAmount ? kept.fields.currency : (extra.fields.currency ?? kept.fields.currency),
      invoiceNumber: kept.fields.invoiceNumber ?? extra.fields.invoiceNumber,
      dueDate: kept.fields.dueDate ?? extra.fields.dueDate,
      validUntil: kept.fields.validUntil ?? extra.fields.validUntil,
    },
    dueDatePhrase: kept.dueDatePhrase ?? extra.dueDatePhrase,
    dueDateSaysPayment: kept.fields.dueDate !== null ? kept.dueDateSaysPayment : extra.dueDateSaysPayment,
    validityPhrase: kept.validityPhrase ?? extra.validityPhrase,
    isInvoiceNumberNamed: kept.isInvoiceNumberNamed || extra.isInvoiceNumberNamed,
  };
}

/** The signals that speak for the chosen kind, strongest first; for `other`, those that speak against the rest. */
function describeEvidence(evidence: Evidence, kind: EmailKind): Explanation[] {
  const relevant = evidence.signals
    .map((found) => ({ signal: found.signal, weight: found.weights[kind] ?? 0 }))
    .filter((found) => found.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  // The same cue firing twice (two invoice attachments' cue with one wording) is said once.
  const seen = new Set<string>();
  return relevant
    .filter(({ signal }) => {
      const key = JSON.stringify(signal);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ signal }) => signal);
}

function renderSignal(kindCue: KindCue, matched: string): Explanation {
  if (!valueNamesOf(kindCue.signal).includes('match')) return explain(kindCue.signal);
  return explain(kindCue.signal, { match: clip(matched.replace(/\s+/g, ' ').trim()) });
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function readDomain(address: MailAddress | undefined): string {
  if (!address || typeof address.email !== 'string') return '';
  const at = address.email.lastIndexOf('@');
  return at < 0 ? '' : address.email.slice(at + 1).toLowerCase();
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
