import { useState } from 'preact/hooks';
import { failureInUiLanguage } from '../../messaging/explain-in-ui-language';
import type { ResultOf } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send-message';
import { t, uiLanguage } from '../../platform/ui-strings';
import { formatAmount, kindLabel } from '../popup/thread-card';

type Scan = ResultOf<'history/scan-sent'>;
type Phase =
  | { kind: 'idle' }
  | { kind: 'looking' }
  | { kind: 'offered'; scan: Scan; chosen: ReadonlySet<string> }
  | { kind: 'tracked'; added: number }
  | { kind: 'error'; message: string };

const sentDate = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' });

/**
 * The offer to track what was sent before the product was installed (issue #4 backfill), shown in the
 * sidebar while Gmail shows its Sent list: the rows on screen are read, the proposals and invoices among
 * them are offered, and only what the user ticks is tracked. A conversation that grew since is offered
 * unticked, because its newer messages may be the client's answer.
 */
export function SentListScan({ onTracked }: { onTracked: () => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const look = async () => {
    setPhase({ kind: 'looking' });
    const outcome = await sendToBackground('history/scan-sent', {});
    if (!outcome.ok) return setPhase({ kind: 'error', message: failureInUiLanguage(outcome.error) });
    const chosen = new Set(
      outcome.value.candidates
        .filter((candidate) => candidate.laterMessages === 0)
        .map((candidate) => candidate.planned.thread.id),
    );
    setPhase({ kind: 'offered', scan: outcome.value, chosen });
  };

  const track = async (scan: Scan, chosen: ReadonlySet<string>) => {
    const threads = scan.candidates
      .filter((candidate) => chosen.has(candidate.planned.thread.id))
      .map((candidate) => candidate.planned);
    setPhase({ kind: 'looking' });
    const outcome = await sendToBackground('history/import', { dryRun: false, threads });
    if (!outcome.ok) return setPhase({ kind: 'error', message: failureInUiLanguage(outcome.error) });
    setPhase({ kind: 'tracked', added: outcome.value.added });
    onTracked();
  };

  return (
    <section class="sent-scan" aria-labelledby="sent-scan-title">
      <h2 id="sent-scan-title">{t('sentScanTitle')}</h2>
      {phase.kind === 'idle' && (
        <>
          <p class="muted">{t('sentScanIntro')}</p>
          <button type="button" onClick={look}>
            {t('sentScanButton')}
          </button>
        </>
      )}
      {phase.kind === 'looking' && (
        <p role="status" aria-busy="true">
          {t('sentScanLooking')}
        </p>
      )}
      {phase.kind === 'error' && (
        <p role="alert" class="error">
          {phase.message}
        </p>
      )}
      {phase.kind === 'tracked' && <p role="status">{t('sentScanTracked', phase.added)}</p>}
      {phase.kind === 'offered' && (
        <Offer
          scan={phase.scan}
          chosen={phase.chosen}
          onChoose={(chosen) => setPhase({ ...phase, chosen })}
          onTrack={() => track(phase.scan, phase.chosen)}
          onCancel={() => setPhase({ kind: 'idle' })}
        />
      )}
    </section>
  );
}

function Offer({
  scan,
  chosen,
  onChoose,
  onTrack,
  onCancel,
}: {
  scan: Scan;
  chosen: ReadonlySet<string>;
  onChoose: (chosen: ReadonlySet<string>) => void;
  onTrack: () => void;
  onCancel: () => void;
}) {
  const notes = (
    <>
      {scan.alreadyTracked > 0 && <p class="muted">{t('sentScanKnown', scan.alreadyTracked)}</p>}
      {scan.undated > 0 && <p class="muted">{t('sentScanUndated', scan.undated)}</p>}
    </>
  );
  if (!scan.shown) return <p role="status">{t('sentScanNotShown')}</p>;
  if (scan.candidates.length === 0)
    return (
      <>
        <p role="status">{t('sentScanNone', scan.rowsRead)}</p>
        {notes}
      </>
    );
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChoose(next);
  };
  return (
    <fieldset class="sent-scan-offer">
      <legend>{t('sentScanFound', scan.rowsRead)}</legend>
      <ul>
        {scan.candidates.map(({ planned: { thread }, laterMessages }) => {
          const amount = formatAmount(
            thread.classification.fields.amount,
            thread.classification.fields.currency,
          );
          const laterId = `later-${thread.id}`;
          return (
            <li key={thread.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(thread.id)}
                  aria-describedby={laterMessages > 0 ? laterId : undefined}
                  onChange={(event) => toggle(thread.id, event.currentTarget.checked)}
                />{' '}
                <span class="kind">{kindLabel(thread.kind)}</span>{' '}
                <span class="subject">{thread.subject}</span>
              </label>
              <p class="muted">
                {[
                  thread.counterpart.name || thread.counterpart.email,
                  amount,
                  t('sentScanSentOn', sentDate.format(thread.sentAt)),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {laterMessages > 0 && (
                <p id={laterId} class="warning">
                  {laterMessages === 1 ? t('sentScanLaterOne') : t('sentScanLaterMany', laterMessages)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {notes}
      <div class="actions">
        <button type="button" disabled={chosen.size === 0} onClick={onTrack}>
          {t('sentScanTrack', chosen.size)}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('sentScanCancel')}
        </button>
      </div>
    </fieldset>
  );
}
