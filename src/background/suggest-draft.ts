import type { CadenceSettings } from '../core/cadence/cadence-settings';
import { planLadder } from '../core/cadence/plan-ladder';
import { type FollowUpDraft, renderFollowUp } from '../core/drafts/render-follow-up';
import { detectLanguage } from '../core/language/detect-language';
import { evaluateThread } from '../core/threads/evaluate-thread';
import type { TrackedThread } from '../core/threads/tracked-thread';

const DAY_MS = 86_400_000;

/** First name from a display name ("Ana Souza" → "Ana"); nothing when only an address is known. */
export function firstNameOf(name: string | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first && !first.includes('@') ? first : null;
}

/** The follow-up the product suggests for a thread now: the due step's, or the next one's. */
export function suggestDraft(thread: TrackedThread, settings: CadenceSettings, now: number): FollowUpDraft {
  const verdict = evaluateThread(thread, settings, now);
  const ladder = planLadder(
    { kind: thread.kind, sentAt: thread.sentAt, dueDate: thread.classification.fields.dueDate },
    settings,
  );
  const step = verdict.dueStep ?? verdict.nextStep ?? ladder[0];
  const stage = step?.stage ?? 'nudge_1';
  const previousStages = ladder
    .filter((earlier) => step && earlier.index < step.index)
    .map((earlier) => earlier.stage);
  const { fields } = thread.classification;
  const dueAt = fields.dueDate ? Date.parse(`${fields.dueDate}T00:00:00Z`) : Number.NaN;
  const daysOverdue = Number.isFinite(dueAt) && now > dueAt ? Math.floor((now - dueAt) / DAY_MS) : null;
  return renderFollowUp({
    kind: thread.kind,
    stage,
    lang: detectLanguage(`${thread.subject}\n${thread.bodyExcerpt}`) ?? 'en',
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
      senderName: firstNameOf(thread.from.name),
    },
  });
}
