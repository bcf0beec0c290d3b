import { formatDistanceStrict } from 'date-fns';
import { useState } from 'preact/hooks';
import type { TrackedKind } from '../../core/classify/kinds';
import type { ThreadAction, ThreadSummary } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send-message';
import { DraftPanel } from './draft-panel';

export const KIND_LABELS: Record<ThreadSummary['kind'], string> = {
  proposal: 'Proposal',
  invoice: 'Invoice',
  followup: 'Follow-up',
  feedback_request: 'Feedback request',
  details_request: 'Details request',
  testimonial_request: 'Testimonial request',
  other: 'Other',
};

const CHANNEL_LABELS = { email: 'email', phone: 'call', another_contact: 'another contact' } as const;
const DAY_MS = 86_400_000;

export function formatAmount(amount: number | null, currency: string | null): string | null {
  if (amount === null) return null;
  try {
    return new Intl.NumberFormat(undefined, currency ? { style: 'currency', currency } : {}).format(amount);
  } catch {
    return `${amount} ${currency ?? ''}`.trim();
  }
}

/** The actions a thread offers for its kind and state, in the words the user sees. */
export function actionsFor(
  thread: ThreadSummary,
  now: number,
): Array<{ label: string; action: ThreadAction }> {
  const done = ['replied', 'paid', 'accepted', 'declined', 'closed'].includes(thread.status);
  if (done) return [];
  const outcome: Array<{ label: string; action: ThreadAction }> =
    thread.kind === 'invoice'
      ? [{ label: 'Mark paid', action: { type: 'paid' } }]
      : thread.kind === 'proposal'
        ? [
            { label: 'Mark won', action: { type: 'accepted' } },
            { label: 'Mark lost', action: { type: 'declined' } },
          ]
        : [];
  const otherKind: TrackedKind = thread.kind === 'invoice' ? 'proposal' : 'invoice';
  return [
    { label: 'Mark replied', action: { type: 'replied' } },
    ...outcome,
    { label: 'Snooze 3 days', action: { type: 'snooze', until: now + 3 * DAY_MS } },
    { label: 'Snooze a week', action: { type: 'snooze', until: now + 7 * DAY_MS } },
    { label: 'Stop tracking', action: { type: 'stop' } },
    { label: `Not a ${KIND_LABELS[thread.kind].toLowerCase()}`, action: { type: 'not_followup_worthy' } },
    {
      label: `It's a ${KIND_LABELS[otherKind].toLowerCase()}`,
      action: { type: 'reclassify', kind: otherKind },
    },
  ];
}

type Notice = { kind: 'info' | 'error'; text: string; undoToken?: string } | null;

/** One tracked thread. Subjects and names are mail content: rendered as text nodes only. */
export function ThreadCard({
  thread,
  now,
  onChanged,
  draftOpenAtFirst = false,
}: {
  thread: ThreadSummary;
  now: number;
  onChanged: () => void;
  /** Only the most urgent card writes its draft on open: each draft is work in the background. */
  draftOpenAtFirst?: boolean;
}) {
  const [notice, setNotice] = useState<Notice>(null);
  const [draftOpen, setDraftOpen] = useState(draftOpenAtFirst);
  const amount = formatAmount(thread.amount, thread.currency);
  const silence = thread.daysSilent === 1 ? '1 day silent' : `${thread.daysSilent} days silent`;

  const act = async (label: string, action: ThreadAction) => {
    const outcome = await sendToBackground('thread/act', { threadId: thread.id, action });
    if (!outcome.ok) return setNotice({ kind: 'error', text: outcome.error.message });
    setNotice({ kind: 'info', text: `${label}: done.`, undoToken: outcome.value.undoToken });
    onChanged();
  };
  const openInMail = async () => {
    const outcome = await sendToBackground('thread/open-in-mail', { threadId: thread.id });
    if (!outcome.ok) setNotice({ kind: 'error', text: outcome.error.message });
  };
  const undo = async (undoToken: string) => {
    const outcome = await sendToBackground('thread/undo', { undoToken });
    setNotice(
      outcome.ok ? { kind: 'info', text: 'Undone.' } : { kind: 'error', text: outcome.error.message },
    );
    onChanged();
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
            {' · '}
            <strong>
              {thread.dueStep.label} · {CHANNEL_LABELS[thread.dueStep.channel]}
            </strong>
          </>
        )}
        {!thread.dueStep && thread.nextStep && (
          <>
            {' · '}
            {thread.nextStep.label} in {formatDistanceStrict(thread.nextStep.dueAt, now)}
          </>
        )}
      </p>
      <p class="reason">{thread.reason}</p>
      {thread.usualReply && <p class="reason">{thread.usualReply}.</p>}
      {thread.signals.length > 0 && (
        <details class="signals">
          <summary>Why it looks like {KIND_LABELS[thread.kind].toLowerCase()}</summary>
          <ul>
            {thread.signals.map((signal) => (
              <li key={signal}>{signal}</li>
            ))}
          </ul>
        </details>
      )}
      {draftOpen ? (
        <DraftPanel threadId={thread.id} />
      ) : (
        <button type="button" class="secondary" onClick={() => setDraftOpen(true)}>
          Suggest a follow-up
        </button>
      )}
      <fieldset class="actions">
        <legend class="visually-hidden">Thread actions</legend>
        <button type="button" class="secondary" onClick={openInMail}>
          Open in {thread.client === 'gmail' ? 'Gmail' : 'Outlook'}
        </button>
        {actionsFor(thread, now).map(({ label, action }) => (
          <button type="button" class="secondary" key={label} onClick={() => act(label, action)}>
            {label}
          </button>
        ))}
      </fieldset>
      {notice && (
        <p
          class={notice.kind === 'error' ? 'error' : 'notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}{' '}
          {notice.undoToken && (
            <button type="button" class="link" onClick={() => undo(notice.undoToken!)}>
              Undo
            </button>
          )}
        </p>
      )}
    </li>
  );
}
