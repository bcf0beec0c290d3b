import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ToneReport } from '../../core/tone/check-tone';
import { explainInUiLanguage, failureInUiLanguage } from '../../messaging/explain-in-ui-language';
import type { HistoryEntry, ResultOf } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send-message';
import { type MessageKey, t, uiLanguage } from '../../platform/ui-strings';
import { ActionNotice, type DoneAction } from '../popup/action-notice';
import { ToneFindings, toneName } from '../popup/draft-panel';
import { groupThreads } from '../popup/popup-app';
import { ThreadCard } from '../popup/thread-card';
import { SentListScan } from './sent-list-scan';

type Context = ResultOf<'sidebar/context'>;

/** The thread's story in the product's words; the evidence note says the rest. */
const HISTORY_KEYS: Record<string, MessageKey> = {
  tracked: 'historyTracked',
  step_due: 'historyStepDue',
  followed_up: 'historyFollowedUp',
  step_done: 'historyStepDone',
  replied: 'historyReplied',
  acknowledged: 'historyAcknowledged',
  paid: 'historyPaid',
  accepted: 'historyAccepted',
  declined: 'historyDeclined',
  snoozed: 'historySnoozed',
  paused: 'historyPaused',
  resumed: 'historyResumed',
  closed: 'historyClosed',
  bounced: 'historyBounced',
  reopened: 'historyReopened',
  kind_corrected: 'historyKindCorrected',
  ladder_changed: 'historyLadderChanged',
};

const dateFormat = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The sidebar inside Gmail or Outlook (issue #7): on an open tracked thread, its card (status, why it
 * is due, the draft with its live tone check, the actions), its history and a check of the reply the
 * user is writing; elsewhere, the due queue. It asks the background again whenever the mail view changes.
 */
export function SidebarApp() {
  const [context, setContext] = useState<Context | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lastAction, setLastAction] = useState<DoneAction | null>(null);

  const latest = useRef(0);

  const load = useCallback(async () => {
    // A slow answer to an earlier look must not replace the answer about the thread open now.
    const asked = ++latest.current;
    const outcome = await sendToBackground('sidebar/context', {});
    if (asked !== latest.current) return;
    if (outcome.ok) {
      setContext(outcome.value);
      setError(null);
    } else setError(failureInUiLanguage(outcome.error));
  }, []);

  useEffect(() => {
    void load();
    // The content script's nudge carries nothing to trust: it only says "look again".
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { type?: unknown } | null)?.type === 'follow-through:refresh') void load();
    };
    window.addEventListener('message', onMessage);
    // Escape closes the sidebar from anywhere in it; only the mail page's content script can close the panel.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && window.parent !== window)
        window.parent.postMessage({ type: 'follow-through:close' }, '*');
    };
    document.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('message', onMessage);
      document.removeEventListener('keydown', onKey);
    };
  }, [load]);

  if (error)
    return (
      <main class="sidebar">
        <p role="alert" class="error">
          {error}
        </p>
      </main>
    );
  if (!context) return <main class="sidebar" aria-busy="true" />;

  const { thread } = context;
  return (
    <main class="sidebar">
      <h1>{t('extensionName')}</h1>
      <ActionNotice action={lastAction} onChanged={load} />
      {thread ? (
        <>
          <section aria-label={t('sidebarThisThread')}>
            <ul class="threads">
              <ThreadCard
                key={thread.id}
                thread={thread}
                now={context.now}
                onChanged={load}
                onActed={setLastAction}
                draftOpenAtFirst
              />
            </ul>
          </section>
          <HistorySection entries={context.history} />
          <ReplyCheck threadId={thread.id} />
        </>
      ) : (
        <>
          <DueQueue context={context} onChanged={load} onActed={setLastAction} />
          {context.sentListShown && <SentListScan onTracked={load} />}
          <ReplyCheck threadId={null} />
        </>
      )}
    </main>
  );
}

function DueQueue({
  context,
  onChanged,
  onActed,
}: {
  context: Context;
  onChanged: () => void;
  onActed: (action: DoneAction) => void;
}) {
  const { due } = groupThreads(context.due);
  return (
    <section aria-label={t('sectionDueNow')}>
      <h2>
        {t('sectionDueNow')} <span class="count">{due.length}</span>
      </h2>
      {due.length === 0 ? (
        <p class="muted">{t('sidebarNothingDue')}</p>
      ) : (
        <ul class="threads">
          {due.map((thread) => (
            <ThreadCard
              key={thread.id}
              thread={thread}
              now={context.now}
              onChanged={onChanged}
              onActed={onActed}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function HistorySection({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-label={t('sidebarHistory')}>
      <h2>{t('sidebarHistory')}</h2>
      <ol class="history">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={new Date(entry.at).toISOString()}>{dateFormat.format(entry.at)}</time>
            {HISTORY_KEYS[entry.type] ? t(HISTORY_KEYS[entry.type]!) : entry.type}
            {entry.note && <span class="muted"> · {explainInUiLanguage(entry.note)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The same tone check as the drafts', run on request on what the user is writing in the mail client. */
function ReplyCheck({ threadId }: { threadId: string | null }) {
  const [checked, setChecked] = useState<{ text: string; tone: ToneReport } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const check = async () => {
    setWorking(true);
    const outcome = await sendToBackground('compose/check-tone', { threadId });
    setWorking(false);
    if (outcome.ok) {
      setChecked(outcome.value);
      setError(null);
    } else {
      setChecked(null);
      setError(failureInUiLanguage(outcome.error));
    }
  };

  return (
    <section aria-label={t('sidebarYourReply')}>
      <h2>{t('sidebarYourReply')}</h2>
      <button type="button" class="secondary" onClick={check} disabled={working}>
        {working ? t('sidebarChecking') : t('sidebarCheckReply')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {checked && (
        <div class="draft" role="status">
          <p>
            {t('sidebarReads')}{' '}
            <span class={`tone tone-${checked.tone.label}`}>{toneName(checked.tone.label)}</span>{' '}
            <span class="muted">{t('sidebarScore', checked.tone.score, checked.tone.bands.words)}</span>
          </p>
          <ToneFindings text={checked.text} tone={checked.tone} />
        </div>
      )}
    </section>
  );
}
