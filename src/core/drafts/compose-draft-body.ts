import type { RequestKind } from './choose-draft-role';
import type { DraftTone } from './draft-choices';
import type { BodyRequest, DraftBody, DraftPhrasebook } from './draft-phrasebook';
import type { DraftWords } from './draft-words';

/** One sentence; a sentence whose fact is missing is written as null (or false) and drops out. */
export type Sentence = string | null | false | undefined;
/** A paragraph, as the sentences it is made of in reading order. */
export type Paragraph = Sentence | readonly Sentence[];

/** What the invoice roles' sentences are built from. */
export interface InvoiceContext<InvoiceRef> {
  w: DraftWords;
  /** How the language names the invoice ("invoice INV-7", "my latest invoice"), in the forms its grammar needs. */
  ref: InvoiceRef;
  link: string | null;
  tone: DraftTone;
}

/** What the sentences of the other roles are built from: a request's steps, and the check-ins every kind shares. */
export interface RequestContext<Thing> {
  w: DraftWords;
  /** What was asked for ("my proposal for “X”"), in the forms the language's grammar needs. */
  thing: Thing;
  /** The project title in the language's quotation marks, or null. */
  project: string | null;
}

/** A step that is a phone call: the email proposing it, the call itself and the voicemail if nobody answers. */
export interface PhoneStepWording<Context> {
  paragraphs(context: Context): Paragraph[];
  /** One line per beat of the call. */
  callScript(context: Context): string[];
  voicemailScript(context: Context): Sentence[];
}

export interface MonthlyCheckinWording<Thing> {
  subject: string;
  closer: string;
  paragraphs(context: RequestContext<Thing>): Paragraph[];
}

type InvoiceParagraphs<InvoiceRef> = (context: InvoiceContext<InvoiceRef>) => Paragraph[];
type RequestParagraphs<Thing> = (context: RequestContext<Thing>) => Paragraph[];

/**
 * A language's words for every draft role. `Thing` and `InvoiceRef` are whatever the language needs
 * to name the request and the invoice inside a sentence: a plain string where word forms never
 * change, or one form per case (German) or per preposition (French "de", elided before a vowel).
 * The order of the roles, which of them open with small talk and which lines rotate are decided
 * once, in `composeDraftBody`.
 */
export interface DraftWording<Thing, InvoiceRef> {
  greet: DraftPhrasebook['greet'];
  openers: DraftPhrasebook['openers'];
  closers: DraftPhrasebook['closers'];
  signOff: DraftPhrasebook['signOff'];
  quote(title: string): string;
  invoiceRef(w: DraftWords): InvoiceRef;
  requestThing(kind: RequestKind, w: DraftWords): Thing;

  courtesy: InvoiceParagraphs<InvoiceRef>;
  reminder_1: InvoiceParagraphs<InvoiceRef>;
  reminder_2: InvoiceParagraphs<InvoiceRef>;
  reminder_3: InvoiceParagraphs<InvoiceRef>;
  personal: InvoiceParagraphs<InvoiceRef>;
  invoice_call: PhoneStepWording<InvoiceContext<InvoiceRef>>;
  final_notice: { paragraphs: InvoiceParagraphs<InvoiceRef>; closer: string };
  /** `warmCloser` ends a warm draft on the hope of settling it together; the other tones just thank. */
  collections: { paragraphs: InvoiceParagraphs<InvoiceRef>; closer: string; warmCloser: string };

  /** Three nudges per kind, one for each rung, so a client never reads the same nudge twice. */
  nudges: Record<
    RequestKind,
    readonly [RequestParagraphs<Thing>, RequestParagraphs<Thing>, RequestParagraphs<Thing>]
  >;
  breakup: {
    assumption: (context: RequestContext<Thing>) => string;
    /** Follows the assumption, so the client hears that letting it go is fine (null: nothing to add). */
    afterthoughts: Record<RequestKind, string | null>;
    reopening: string;
  };
  request_call: PhoneStepWording<RequestContext<Thing>>;
  checkin_wellbeing: RequestParagraphs<Thing>;
  close_notice: RequestParagraphs<Thing>;
  /** Successive monthly check-ins take these in turn, each with its own subject, so none repeats the last. */
  checkin_monthly: readonly [
    MonthlyCheckinWording<Thing>,
    MonthlyCheckinWording<Thing>,
    MonthlyCheckinWording<Thing>,
  ];
}

/** Joins the sentences that apply into one paragraph; a missing fact drops its sentence, never leaves a gap. */
function joinSentences(...sentences: Sentence[]): string {
  let paragraph = '';
  for (const sentence of sentences) {
    if (typeof sentence !== 'string' || sentence.length === 0) continue;
    // A bare link ends its line, so the mail client links it cleanly and the next sentence stays readable.
    paragraph +=
      paragraph.length === 0
        ? sentence
        : /https?:\/\/\S*$/.test(paragraph)
          ? `\n${sentence}`
          : ` ${sentence}`;
  }
  return paragraph;
}

const NUDGE_RUNGS = { nudge_1: 0, nudge_2: 1, nudge_3: 2 } as const;

function writeParagraphs(paragraphs: readonly Paragraph[]): string[] {
  return paragraphs.map((paragraph) =>
    typeof paragraph === 'object' && paragraph !== null
      ? joinSentences(...paragraph)
      : joinSentences(paragraph),
  );
}

function writePhoneStep<Context>(wording: PhoneStepWording<Context>, context: Context): DraftBody {
  return {
    withOpener: true,
    paragraphs: writeParagraphs(wording.paragraphs(context)),
    callScript: wording.callScript(context).join('\n'),
    voicemailScript: joinSentences(...wording.voicemailScript(context)),
  };
}

/** Writes the middle of a draft for one role from a language's wording. */
export function composeDraftBody<Thing, InvoiceRef>(
  wording: DraftWording<Thing, InvoiceRef>,
  request: BodyRequest,
): DraftBody {
  const { role, kind, tone, words: w, repeat } = request;
  // Of these roles an invoice reaches only the wellbeing check-in and the close notice, which name the
  // project, never the request; a follow-up stands in so every language's requestThing has a kind.
  const requestKind: RequestKind = kind === 'invoice' ? 'followup' : kind;
  const invoice: InvoiceContext<InvoiceRef> = { w, ref: wording.invoiceRef(w), link: w.paymentLink, tone };
  const about: RequestContext<Thing> = {
    w,
    thing: wording.requestThing(requestKind, w),
    project: w.project ? wording.quote(w.project) : null,
  };
  switch (role) {
    case 'courtesy':
    case 'reminder_1':
    case 'reminder_2':
    case 'reminder_3':
    case 'personal':
      return { withOpener: true, paragraphs: writeParagraphs(wording[role](invoice)) };
    case 'invoice_call':
      return writePhoneStep(wording.invoice_call, invoice);
    // No opener: small talk would undercut the last two invoice steps.
    case 'final_notice':
      return {
        withOpener: false,
        paragraphs: writeParagraphs(wording.final_notice.paragraphs(invoice)),
        closer: wording.final_notice.closer,
      };
    case 'collections':
      return {
        withOpener: false,
        paragraphs: writeParagraphs(wording.collections.paragraphs(invoice)),
        closer: tone === 'warm' ? wording.collections.warmCloser : wording.collections.closer,
      };
    case 'nudge_1':
    case 'nudge_2':
    case 'nudge_3':
      return {
        withOpener: true,
        paragraphs: writeParagraphs(wording.nudges[requestKind][NUDGE_RUNGS[role]](about)),
      };
    case 'breakup':
      return {
        withOpener: true,
        paragraphs: writeParagraphs([
          [wording.breakup.assumption(about), wording.breakup.afterthoughts[requestKind]],
          wording.breakup.reopening,
        ]),
      };
    case 'request_call':
      return writePhoneStep(wording.request_call, about);
    case 'checkin_wellbeing':
      return { withOpener: false, paragraphs: writeParagraphs(wording.checkin_wellbeing(about)) };
    case 'close_notice':
      return { withOpener: false, paragraphs: writeParagraphs(wording.close_notice(about)) };
    case 'checkin_monthly': {
      const checkin =
        wording.checkin_monthly[repeat % wording.checkin_monthly.length] ?? wording.checkin_monthly[0];
      // Monthly check-ins close with their own lines: a long quiet spell would otherwise bring the
      // thread's rotating closers round again.
      return {
        withOpener: false,
        subject: checkin.subject,
        closer: checkin.closer,
        paragraphs: writeParagraphs(checkin.paragraphs(about)),
      };
    }
  }
}

/** A language's phrasebook, its bodies written by the shared composer from its wording. */
export function definePhrasebook<Thing, InvoiceRef>(
  wording: DraftWording<Thing, InvoiceRef>,
): DraftPhrasebook {
  return {
    greet: wording.greet,
    openers: wording.openers,
    closers: wording.closers,
    signOff: wording.signOff,
    writeBody: (request) => composeDraftBody(wording, request),
  };
}
