import { FOLLOW_UP_STAGES, type FollowUpStage } from '../cadence/stages';
import { EMAIL_KINDS, type TrackedKind } from '../classify/kinds';
import { chooseDraftRole } from './choose-draft-role';
import { DRAFT_LANGUAGES, DRAFT_TONES, type DraftLanguage, type DraftTone } from './draft-choices';
import type { DraftPhrasebook } from './draft-phrasebook';
import { prepareDraftWords } from './draft-words';
import { PHRASEBOOK_DE } from './phrasebook-de';
import { PHRASEBOOK_EN } from './phrasebook-en';
import { PHRASEBOOK_ES } from './phrasebook-es';
import { PHRASEBOOK_FR } from './phrasebook-fr';
import { PHRASEBOOK_NL } from './phrasebook-nl';
import { PHRASEBOOK_PT } from './phrasebook-pt';

export { DRAFT_LANGUAGES, DRAFT_TONES, type DraftLanguage, type DraftTone };

export interface DraftFacts {
  clientFirstName?: string | null;
  clientOrganization?: string | null;
  subject?: string | null;
  projectTitle?: string | null;
  invoiceNumber?: string | null;
  amount?: number | null;
  currency?: string | null;
  /** ISO date `YYYY-MM-DD`. */
  dueDate?: string | null;
  daysOverdue?: number | null;
  daysSilent?: number | null;
  senderName?: string | null;
  signature?: string | null;
  callAvailability?: string | null;
  paymentLink?: string | null;
  /** ISO date `YYYY-MM-DD` on which the invoice goes to collections. */
  collectionsDate?: string | null;
  contactPhone?: string | null;
}

export interface DraftRequest {
  kind: TrackedKind;
  stage: FollowUpStage;
  lang?: DraftLanguage;
  tone?: DraftTone;
  facts: DraftFacts;
  /** Stages already sent in this thread, so successive nudges never repeat wording. */
  previousStages?: FollowUpStage[];
}

export interface FollowUpDraft {
  kind: TrackedKind;
  stage: FollowUpStage;
  lang: DraftLanguage;
  tone: DraftTone;
  /** Only when a new thread is better than a reply (the monthly check-in), 3–4 words. */
  subject: string | null;
  body: string;
  /** Phone steps only. */
  callScript?: string;
  /** Phone steps only; never spells out account details (playbook: Tone, privacy). */
  voicemailScript?: string;
}

const PHRASEBOOKS: Record<DraftLanguage, DraftPhrasebook> = {
  en: PHRASEBOOK_EN,
  de: PHRASEBOOK_DE,
  fr: PHRASEBOOK_FR,
  es: PHRASEBOOK_ES,
  nl: PHRASEBOOK_NL,
  pt: PHRASEBOOK_PT,
};

// A thread longer than this is not a ladder any more; the cap keeps hostile input cheap.
const MAX_PREVIOUS_STAGES = 50;

function pickLanguage(lang: unknown): DraftLanguage {
  return typeof lang === 'string' && (DRAFT_LANGUAGES as readonly string[]).includes(lang)
    ? (lang as DraftLanguage)
    : 'en';
}

function pickTone(tone: unknown): DraftTone {
  return typeof tone === 'string' && (DRAFT_TONES as readonly string[]).includes(tone)
    ? (tone as DraftTone)
    : 'warm';
}

function pickRotating(lines: readonly string[], position: number): string | null {
  return lines.length === 0 ? null : (lines[position % lines.length] ?? null);
}

function pickKind(kind: unknown): TrackedKind {
  return typeof kind === 'string' && kind !== 'other' && (EMAIL_KINDS as readonly string[]).includes(kind)
    ? (kind as TrackedKind)
    : 'followup';
}

function pickStage(stage: unknown, kind: TrackedKind): FollowUpStage {
  if (typeof stage === 'string' && (FOLLOW_UP_STAGES as readonly string[]).includes(stage)) {
    return stage as FollowUpStage;
  }
  return kind === 'invoice' ? 'reminder_1' : 'nudge_1';
}

/**
 * Writes the follow-up for one step of a thread's ladder, in the thread's language and the user's
 * tone. Never throws: an unknown language or tone falls back to English and warm, an unknown kind to
 * a plain follow-up, an unknown stage to the kind's first reminder; the draft says what was used.
 */
export function renderFollowUp(request: DraftRequest): FollowUpDraft {
  const lang = pickLanguage(request.lang);
  const tone = pickTone(request.tone);
  const kind = pickKind(request.kind);
  const stage = pickStage(request.stage, kind);
  const previousStages = (request.previousStages ?? [])
    .slice(-MAX_PREVIOUS_STAGES)
    .filter((stage) => (FOLLOW_UP_STAGES as readonly string[]).includes(stage));
  const phrasebook = PHRASEBOOKS[lang];
  const words = prepareDraftWords(request.facts ?? {}, lang);
  const role = chooseDraftRole(kind, stage, previousStages);
  const repeat = previousStages.filter((previous) => previous === stage).length;
  const body = phrasebook.writeBody({ role, kind, tone, words, repeat });
  // The thread position rotates openers and closers, so no two messages in one thread share them.
  const position = previousStages.length;
  const opener = body.withOpener ? pickRotating(phrasebook.openers[tone], position) : null;
  const closer = body.closer ?? pickRotating(phrasebook.closers[tone], position);
  const firstParagraph = [opener, body.paragraphs[0]].filter((part) => part).join(' ');
  const paragraphs = [firstParagraph, ...body.paragraphs.slice(1), closer].filter(
    (part): part is string => typeof part === 'string' && part.length > 0,
  );
  const farewell = [phrasebook.signOff[tone], words.signature ?? words.sender]
    .filter((part) => part)
    .join('\n');
  const text = [phrasebook.greet(tone, words.name), ...paragraphs, farewell].join('\n\n');
  const draft: FollowUpDraft = {
    kind,
    stage,
    lang,
    tone,
    subject: body.subject ?? null,
    body: text,
  };
  if (body.callScript !== undefined) draft.callScript = body.callScript;
  if (body.voicemailScript !== undefined) draft.voicemailScript = body.voicemailScript;
  return draft;
}
