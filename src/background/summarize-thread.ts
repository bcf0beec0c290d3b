import type { CadenceSettings } from '../core/cadence/cadence-settings';
import { describeUsualReplyDelay } from '../core/cadence/usual-reply-delay';
import { evaluateThread } from '../core/threads/evaluate-thread';
import type { TrackedThread } from '../core/threads/tracked-thread';
import type { ThreadSummary } from '../messaging/protocol';

const DAY_MS = 86_400_000;

/** What the popup shows for one thread: plain data, no mail content interpreted as markup. */
export function summarizeThread(
  thread: TrackedThread,
  settings: CadenceSettings,
  now: number,
): ThreadSummary {
  const verdict = evaluateThread(thread, settings, now);
  const { fields } = thread.classification;
  return {
    id: thread.id,
    client: thread.client,
    kind: thread.kind,
    subject: thread.subject,
    clientName: thread.counterpart.name ?? thread.counterpart.email,
    clientEmail: thread.counterpart.email,
    status: verdict.status,
    sentAt: thread.sentAt,
    daysSilent: Math.max(0, Math.floor((now - thread.sentAt) / DAY_MS)),
    amount: fields.amount,
    currency: fields.currency,
    invoiceNumber: fields.invoiceNumber,
    dueDate: fields.dueDate,
    dueStep: verdict.dueStep
      ? {
          label: verdict.dueStep.label,
          stage: verdict.dueStep.stage,
          channel: verdict.dueStep.channel,
          dueAt: verdict.dueStep.dueAt,
        }
      : null,
    nextStep: verdict.nextStep ? { label: verdict.nextStep.label, dueAt: verdict.nextStep.dueAt } : null,
    reason: verdict.reason,
    usualReply: describeUsualReplyDelay(
      thread.counterpart.name ?? thread.counterpart.email,
      thread.usualReplyDelay ?? null,
    ),
    signals: thread.classification.signals,
  };
}
