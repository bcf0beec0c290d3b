import { formatDistanceStrict } from 'date-fns';
import { useState } from 'preact/hooks';
import type { TrackedKind } from '../../core/classify/kinds';
import { explainInUiLanguage, failureInUiLanguage } from '../../messaging/explain-in-ui-language';
import { formatMoney } from '../../messaging/locale-formats';
import type { ThreadAction, ThreadSummary } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send-message';
import { type MessageKey, t } from '../../platform/ui-strings';
import { dateLocale } from '../date-locale';
import type { DoneAction } from './action-notice';
import { DraftPanel } from './draft-panel';

const KIND_KEYS: Record<ThreadSummary['kind'], MessageKey> = {
  proposal: 'kindProposal',
  invoice: 'kindInvoice',
  followup: 'kindFollowup',
  feedback_request: 'kindFeedbackRequest',
  details_request: 'kindDetailsRequest',
  testimonial_request: 'kindTestimonialRequest',
  other: 'kindOther',
};

/** A kind of email in the user's language ("Invoice", "Rechnung"). */
export function kindLabel(kind: ThreadSummary['kind']): string {
  return t(KIND_KEYS[kind]);
}

const CHANNEL_KEYS = {
  email: 'channelEmail',
  phone: 'channelPhone',
  another_contact: 'channelAnotherContact',
} as const satisfies Record<string, MessageKey>;
const DAY_MS = 86_400_000;

export function formatAmount(amount: number | null, currency: string | null): string | null {
  return amount === null ? null : formatMoney(amount, currency);
}

const DONE_STATUSES: readonly string[] = ['replied', 'paid', 'accepted', 'declined', 'closed'];

/** `YYYY-MM-DD` of a moment in the browser's time zone, as a date input wants it. */
function dateInputValue(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The client's organization as their address names it; none for public mail services' addresses. */
export function organizationOf(thread: Pick<ThreadSummary, 'clientEmail'>): string | null {
  const domain = thread.clientEmail.split('@')[1]?.toLowerCase() ?? '';
  if (
    !domain ||
    /^(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|gmx|web|proton|protonmail)\./.test(domain)
  )
    return null;
  return domain;
}

/** "Not an invoice", "Not a proposal": the correction the classifier learns from, per kind. */
const NOT_THIS_KIND: Record<ThreadSummary['kind'], MessageKey> = {
  proposal: 'actionNotProposal',
  invoice: 'actionNotInvoice',
  followup: 'actionNotWorthFollowingUp',
  feedback_request: 'actionNotWorthFollowingUp',
  details_request: 'actionNotWorthFollowingUp',
  testimonial_request: 'actionNotWorthFollowingUp',
  other: 'actionNotWorthFollowingUp',
};

/** The actions a thread offers for its kind and state, in the words the user sees. */
export function actionsFor(
  thread: ThreadSummary,
  now: number,
): Array<{ label: string; action: ThreadAction }> {
  const done = DONE_STATUSES.includes(thread.status);
  if (done) return [];
  const outcome: Array<{ label: string; action: ThreadAction }> =
    thread.kind === 'invoice'
      ? [{ label: t('actionMarkPaid'), action: { type: 'paid' } }]
      : thread.kind === 'proposal'
        ? [
            { label: t('actionMarkWon'), action: { type: 'accepted' } },
            { label: t('actionMarkLost'), action: { type: 'declined' } },
          ]
        : [];
  const otherKind: TrackedKind = thread.kind === 'invoice' ? 'proposal' : 'invoice';
  return [
    { label: t('actionMarkReplied'), action: { type: 'replied' } },
    ...outcome,
    { label: t('actionSnooze3Days'), action: { type: 'snooze', until: now + 3 * DAY_MS } },
    { label: t('actionSnoozeWeek'), action: { type: 'snooze', until: now + 7 * DAY_MS } },
    { label: t('actionStop'), action: { type: 'stop' } },
    { label: t(NOT_THIS_KIND[thread.kind]), action: { type: 'not_followup_worthy' } },
    {
      label: t(otherKind === 'invoice' ? 'actionIsInvoice' : 'actionIsProposal'),
      action: { type: 'reclassify', kind: otherKind },
    },
  ];
}

type Notice = { kind: 'error'; text: string } | null;

/** One tracked thread. Subjects and names are mail content: rendered as text nodes only. */
export function ThreadCard({
  thread,
  now,
  onChanged,
  onActed,
  draftOpenAtFirst = false,
}: {
  thread: ThreadSummary;
  now: number;
  onChanged: () => void;
  /** Where the done action and its Undo are shown: above the lists, since the card may move. */
  onActed: (action: DoneAction) => void;
  /** Only the most urgent card writes its draft on open: each draft is work in the background. */
  draftOpenAtFirst?: boolean;
}) {
  const [notice, setNotice] = useState<Notice>(null);
  const [draftOpen, setDraftOpen] = useState(draftOpenAtFirst);
  const [snoozeDate, setSnoozeDate] = useState('');
  const amount = formatAmount(thread.amount, thread.currency);
  const silence = thread.daysSilent === 1 ? t('cardOneDaySilent') : t('cardDaysSilent', thread.daysSilent);

  const act = async (label: string, action: ThreadAction) => {
    const outcome = await sendToBackground('thread/act', { threadId: thread.id, action });
    if (!outcome.ok) return setNotice({ kind: 'error', text: failureInUiLanguage(outcome.error) });
    setNotice(null);
    onActed({ text: t('cardActionDone', label), undoToken: outcome.value.undoToken });
    onChanged();
  };
  const openInMail = async () => {
    const outcome = await sendToBackground('thread/open-in-mail', { threadId: thread.id });
    if (!outcome.ok) setNotice({ kind: 'error', text: failureInUiLanguage(outcome.error) });
  };
  return (
    <li class={`thread thread-${thread.status}`} data-thread-id={thread.id}>
      <div class="thread-head">
        <span class={`kind kind-${thread.kind}`}>{kindLabel(thread.kind)}</span>
        <span class="client" title={thread.clientEmail}>
          {thread.clientName}
          {organizationOf(thread) && <span class="muted"> · {organizationOf(thread)}</span>}
        </span>
        {amount && <span class="amount">{amount}</span>}
      </div>
      <p class="subject">{thread.subject || t('noSubject')}</p>
      <p class="timing">
        {silence}
        {thread.dueStep && (
          <>
            {' · '}
            <strong>
              {explainInUiLanguage(thread.dueStep.label)} · {t(CHANNEL_KEYS[thread.dueStep.channel])}
            </strong>
          </>
        )}
        {!thread.dueStep && thread.nextStep && (
          <>
            {' · '}
            {t(
              'cardNextStepIn',
              explainInUiLanguage(thread.nextStep.label),
              formatDistanceStrict(thread.nextStep.dueAt, now, { locale: dateLocale() }),
            )}
          </>
        )}
      </p>
      <p class="reason">{explainInUiLanguage(thread.reason)}</p>
      {thread.usualReply && <p class="reason">{explainInUiLanguage(thread.usualReply)}.</p>}
      {thread.signals.length > 0 && (
        <details class="signals">
          <summary>{t('cardWhyThisKind', kindLabel(thread.kind))}</summary>
          <ul>
            {thread.signals.map(explainInUiLanguage).map((signal) => (
              <li key={signal}>{signal}</li>
            ))}
          </ul>
        </details>
      )}
      {draftOpen ? (
        <DraftPanel threadId={thread.id} />
      ) : (
        <button type="button" class="secondary" onClick={() => setDraftOpen(true)}>
          {t('cardSuggestFollowUp')}
        </button>
      )}
      <fieldset class="actions">
        <legend class="visually-hidden">{t('cardActionsLegend')}</legend>
        <button type="button" class="secondary" onClick={openInMail}>
          {t('cardOpenIn', thread.client === 'gmail' ? 'Gmail' : 'Outlook')}
        </button>
        {actionsFor(thread, now).map(({ label, action }) => (
          <button type="button" class="secondary" key={label} onClick={() => act(label, action)}>
            {label}
          </button>
        ))}
        {!DONE_STATUSES.includes(thread.status) && (
          <span class="snooze-until">
            <label>
              {t('cardSnoozeUntil')}{' '}
              <input
                type="date"
                name="snoozeUntil"
                min={dateInputValue(now + DAY_MS)}
                value={snoozeDate}
                onInput={(event) => setSnoozeDate(event.currentTarget.value)}
              />
            </label>{' '}
            <button
              type="button"
              class="secondary"
              disabled={!snoozeDate}
              onClick={() => {
                // Reminders resume at the start of that day, in the browser's own time zone.
                const until = new Date(`${snoozeDate}T00:00`).getTime();
                if (Number.isFinite(until) && until > now)
                  void act(t('actionSnoozeUntil', snoozeDate), { type: 'snooze', until });
              }}
            >
              {t('actionSnooze')}
            </button>
          </span>
        )}
      </fieldset>
      {notice && (
        <p
          class={notice.kind === 'error' ? 'error' : 'notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
    </li>
  );
}
