import type { CadenceSettings } from '../core/cadence/cadence-settings';
import {
  type DraftLanguage,
  type DraftTone,
  type FollowUpDraft,
  renderFollowUp,
} from '../core/drafts/render-follow-up';
import { detectLanguage } from '../core/language/detect-language';
import { evaluateThread } from '../core/threads/evaluate-thread';
import { planThreadSteps } from '../core/threads/plan-thread-steps';
import type { TrackedThread } from '../core/threads/tracked-thread';
import { checkTone, type ToneContext, type ToneReport } from '../core/tone/check-tone';
import type { UserProfile } from '../messaging/protocol';

const DAY_MS = 86_400_000;

/** First name from a display name ("Ana Souza" → "Ana"); nothing when only an address is known. */
export function firstNameOf(name: string | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first && !first.includes('@') ? first : null;
}

/** The language of the thread decides the draft's (issue #5); English when the text says too little. */
export function threadLanguage(thread: TrackedThread): DraftLanguage {
  return detectLanguage(`${thread.subject}\n${thread.bodyExcerpt}`) ?? 'en';
}

/** The step a follow-up written now belongs to: the due one, else the next one, else the first. */
function currentStep(thread: TrackedThread, settings: CadenceSettings, now: number) {
  const verdict = evaluateThread(thread, settings, now);
  const steps = planThreadSteps(thread, settings);
  const step = verdict.dueStep ?? verdict.nextStep ?? steps[0] ?? null;
  return { step, steps };
}

/** What the tone check needs to judge a text at this thread's stage. */
export function toneContextOf(
  thread: TrackedThread,
  settings: CadenceSettings,
  now: number,
  lang: DraftLanguage = threadLanguage(thread),
): ToneContext {
  const { step } = currentStep(thread, settings, now);
  return { kind: thread.kind, stage: step?.stage ?? 'nudge_1', lang };
}

/** The follow-up the product suggests for a thread now, with the product's own tone check of it. */
export function suggestDraft(
  thread: TrackedThread,
  settings: CadenceSettings,
  now: number,
  profile: UserProfile,
  /** The language and tone: the user's pick for this draft, else their preference, else the thread's language and warm. */
  choice: { lang?: DraftLanguage | 'thread'; tone?: DraftTone } = {},
): { draft: FollowUpDraft; tone: ToneReport; lang: DraftLanguage; draftTone: DraftTone } {
  const { step, steps } = currentStep(thread, settings, now);
  const stage = step?.stage ?? 'nudge_1';
  const previousStages = steps
    .filter((earlier) => step && earlier.index < step.index)
    .map((earlier) => earlier.stage);
  const { fields } = thread.classification;
  const dueAt = fields.dueDate ? Date.parse(`${fields.dueDate}T00:00:00Z`) : Number.NaN;
  const daysOverdue = Number.isFinite(dueAt) && now > dueAt ? Math.floor((now - dueAt) / DAY_MS) : null;
  const lang = choice.lang && choice.lang !== 'thread' ? choice.lang : threadLanguage(thread);
  const draftTone = choice.tone ?? 'warm';
  const draft = renderFollowUp({
    kind: thread.kind,
    stage,
    lang,
    tone: draftTone,
    previousStages,
    facts: {
      clientFirstName: firstNameOf(thread.counterpart.name),
      subject: thread.subject,
      invoiceNumber: fields.invoiceNumber,
      amount: fields.amount,
      currency: fields.currency,
      dueDate: fields.dueDate,
      daysOverdue,
      daysSilent: Math.max(0, Math.floor((now - thread.sentAt) / DAY_MS)),
      senderName: profile.name || firstNameOf(thread.from.name),
      // No signature: the reply Gmail opens already carries the user's own.
      callAvailability: profile.callAvailability || null,
      paymentLink: profile.paymentLink || null,
    },
  });
  return { draft, tone: checkTone(draft.body, { kind: thread.kind, stage, lang }), lang, draftTone };
}
