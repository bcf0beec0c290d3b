import { type Explanation, type ExplanationCode, explain } from '../explanations/explanation';

/** Kinds of sent email the product tells apart (docs: shared playbook, issue #3). */
export const EMAIL_KINDS = [
  'proposal',
  'invoice',
  'followup',
  'feedback_request',
  'details_request',
  'testimonial_request',
  'other',
] as const;

export type EmailKind = (typeof EMAIL_KINDS)[number];

/** The kinds worth a reminder when the client goes silent; `other` never is. */
export type TrackedKind = Exclude<EmailKind, 'other'>;
export const TRACKED_KINDS = EMAIL_KINDS.filter((kind): kind is TrackedKind => kind !== 'other');

export function isTrackedKind(kind: EmailKind): kind is TrackedKind {
  return kind !== 'other';
}

export function isEmailKind(value: unknown): value is EmailKind {
  return typeof value === 'string' && (EMAIL_KINDS as readonly string[]).includes(value);
}

export interface ExtractedFields {
  /** Major units (1234.56 for `$1,234.56`). */
  amount: number | null;
  /** ISO 4217, e.g. `EUR`. */
  currency: string | null;
  invoiceNumber: string | null;
  /** ISO date `YYYY-MM-DD`. */
  dueDate: string | null;
  /** ISO date until which a proposal's offer stands, when stated. */
  validUntil: string | null;
}

export interface Classification {
  kind: EmailKind;
  /** 0..1 */
  confidence: number;
  /** Why, in words a user understands: "attachment named Invoice_1043.pdf". */
  signals: Explanation[];
  fields: ExtractedFields;
}

/** Each kind mid-sentence ("an invoice"). */
const KIND_WORDS: Record<EmailKind, ExplanationCode> = {
  proposal: 'kindProposal',
  invoice: 'kindInvoice',
  followup: 'kindFollowup',
  feedback_request: 'kindFeedbackRequest',
  details_request: 'kindDetailsRequest',
  testimonial_request: 'kindTestimonialRequest',
  other: 'kindOther',
};

/** A kind mid-sentence, for explanations that name one ("you said this is not an invoice"). */
export function kindInWords(kind: EmailKind): Explanation {
  return explain(KIND_WORDS[kind]);
}
