import { useCallback, useEffect, useState } from 'preact/hooks';
import { failureInUiLanguage } from '../../messaging/explain-in-ui-language';
import type { ResultOf, ThreadSummary } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send-message';
import { t } from '../../platform/ui-strings';
import { ActionNotice, type DoneAction } from './action-notice';
import { InvoiceAging } from './invoice-aging';
import { POPUP_READY_MARK } from './popup-ready-mark';
import { ThreadCard } from './thread-card';

type Loaded = ResultOf<'threads/list'>;

const DONE_STATUSES = new Set(['replied', 'paid', 'accepted', 'declined', 'closed']);

export function groupThreads(threads: ThreadSummary[]) {
  const due = threads.filter((thread) => thread.status === 'due');
  const waiting = threads.filter((thread) => thread.status !== 'due' && !DONE_STATUSES.has(thread.status));
  const done = threads.filter((thread) => DONE_STATUSES.has(thread.status));
  // Overdue money first, then the longest silence (issue #7's ordering for "Due now").
  due.sort(
    (a, b) => Number(b.kind === 'invoice') - Number(a.kind === 'invoice') || b.daysSilent - a.daysSilent,
  );
  waiting.sort((a, b) => (a.nextStep?.dueAt ?? Infinity) - (b.nextStep?.dueAt ?? Infinity));
  return { due, waiting, done };
}

export function PopupApp() {
  const [state, setState] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lastAction, setLastAction] = useState<DoneAction | null>(null);

  const load = useCallback(async () => {
    const outcome = await sendToBackground('threads/list', {});
    if (outcome.ok) {
      setState(outcome.value);
      setError(null);
    } else setError(failureInUiLanguage(outcome.error));
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (state && performance.getEntriesByName(POPUP_READY_MARK).length === 0)
      performance.mark(POPUP_READY_MARK);
  }, [state]);

  if (error)
    return (
      <main class="popup">
        <p role="alert" class="error">
          {error}
        </p>
      </main>
    );
  if (!state) return <main class="popup" aria-busy="true" />;

  const { due, waiting, done } = groupThreads(state.threads);
  const degraded = state.health.filter((health) => health.state === 'degraded');
  return (
    <main class="popup">
      <h1>{t('extensionName')}</h1>
      <ActionNotice action={lastAction} onChanged={load} />
      {degraded.map((health) => (
        <p class="warning" role="status" key={health.client}>
          {t(
            'popupLayoutChanged',
            health.client === 'gmail' ? 'Gmail' : 'Outlook',
            health.missing.join(', '),
          )}
        </p>
      ))}
      {state.threads.length === 0 ? (
        <section class="empty">
          <h2>{t('popupEmptyTitle')}</h2>
          <p>{t('popupEmptyWhat')}</p>
          <p>{t('popupEmptyPrivacy')}</p>
        </section>
      ) : (
        <>
          <ThreadSection
            title={t('sectionDueNow')}
            threads={due}
            total={state.counts.due}
            now={state.now}
            onChanged={load}
            onActed={setLastAction}
            openFirstDraft
          />
          <ThreadSection
            title={t('sectionWaiting')}
            threads={waiting}
            total={state.counts.waiting}
            now={state.now}
            onChanged={load}
            onActed={setLastAction}
          />
          <ThreadSection
            title={t('sectionDoneRecently')}
            threads={done}
            total={done.length}
            now={state.now}
            onChanged={load}
            onActed={setLastAction}
          />
          <InvoiceAging aging={state.aging} />
        </>
      )}
    </main>
  );
}

/** Cards drawn at first per section; the rest come on request, so the popup opens fast at any size. */
const CARDS_AT_FIRST = 10;

function ThreadSection({
  title,
  threads,
  total,
  now,
  onChanged,
  onActed,
  openFirstDraft = false,
}: {
  title: string;
  threads: ThreadSummary[];
  /** How many the group holds in all; the popup receives only the most urgent. */
  total: number;
  now: number;
  onChanged: () => void;
  onActed: (action: DoneAction) => void;
  openFirstDraft?: boolean;
}) {
  const [shown, setShown] = useState(CARDS_AT_FIRST);
  if (threads.length === 0) return null;
  const hidden = threads.length - shown;
  return (
    <section aria-label={title}>
      <h2>
        {title} <span class="count">{total}</span>
      </h2>
      <ul class="threads">
        {threads.slice(0, shown).map((thread, index) => (
          <ThreadCard
            key={thread.id}
            thread={thread}
            now={now}
            onChanged={onChanged}
            onActed={onActed}
            draftOpenAtFirst={openFirstDraft && index === 0}
          />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" class="secondary" onClick={() => setShown(shown + CARDS_AT_FIRST * 5)}>
          {t('sectionShowMore', Math.min(hidden, CARDS_AT_FIRST * 5))}
        </button>
      )}
      {total > threads.length && shown >= threads.length && (
        <p class="muted">{t('sectionNotListed', total - threads.length)}</p>
      )}
    </section>
  );
}
