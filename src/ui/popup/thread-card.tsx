import { formatDistanceStrict } from 'date-fns';
import { useState } from 'preact/hooks';
import type { ThreadSummary } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send-message';

const KIND_LABELS: Record<ThreadSummary['kind'], string> = {
  proposal: 'Proposal',
  invoice: 'Invoice',
  followup: 'Follow-up',
  feedback_request: 'Feedback request',
  details_request: 'Details request',
  testimonial_request: 'Testimonial request',
  other: 'Other',
};

export function formatAmount(amount: number | null, currency: string | null): string | null {
  if (amount === null) return null;
  try {
    return new Intl.NumberFormat(undefined, currency ? { style: 'currency', currency } : {}).format(amount);
  } catch {
    return `${amount} ${currency ?? ''}`.trim();
  }
}

type InsertState =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done' }
  | { phase: 'failed'; message: string };

/** One tracked thread. Subjects and names are mail content: rendered as text nodes only. */
export function ThreadCard({ thread, now }: { thread: ThreadSummary; now: number }) {
  const [insert, setInsert] = useState<InsertState>({ phase: 'idle' });
  const amount = formatAmount(thread.amount, thread.currency);
  const silence = thread.daysSilent === 1 ? '1 day silent' : `${thread.daysSilent} days silent`;

  const onInsert = async () => {
    setInsert({ phase: 'working' });
    const outcome = await sendToBackground('draft/insert', { threadId: thread.id });
    setInsert(outcome.ok ? { phase: 'done' } : { phase: 'failed', message: outcome.error.message });
  };

  return (
    <li class={`thread thread-${thread.status}`} data-thread-id={thread.id}>
      <div class="thread-head">
        <span class={`kind kind-${thread.kind}`}>{KIND_LABELS[thread.kind]}</span>
        <span class="client" title={thread.clientEmail}>
          {thread.clientName}
        </span>
        {amount && <span class="amount">{amount}</span>}
      </div>
      <p class="subject">{thread.subject || '(no subject)'}</p>
      <p class="timing">
        {silence}
        {thread.dueStep && (
          <>
            {' '}
            · <strong>{thread.dueStep.label}</strong> due
          </>
        )}
        {!thread.dueStep && thread.nextStep && (
          <>
            {' '}
            · {thread.nextStep.label} in {formatDistanceStrict(thread.nextStep.dueAt, now)}
          </>
        )}
      </p>
      <p class="reason">{thread.reason}</p>
      <div class="actions">
        <button type="button" onClick={onInsert} disabled={insert.phase === 'working'}>
          {insert.phase === 'working' ? 'Opening the thread…' : 'Insert follow-up'}
        </button>
      </div>
      {insert.phase === 'done' && (
        <p class="notice" role="status">
          The follow-up is in the reply box in Gmail. Read it over and send it when you are ready.
        </p>
      )}
      {insert.phase === 'failed' && (
        <p class="error" role="alert">
          {insert.message}
        </p>
      )}
    </li>
  );
}
