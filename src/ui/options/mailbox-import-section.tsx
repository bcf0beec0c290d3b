import { useRef, useState } from 'preact/hooks';
import { type MailboxMessage, parseRawMessage } from '../../core/mailbox-import/parse-raw-message';
import {
  type BackfillPlan,
  guessOwnAddresses,
  planMailboxBackfill,
} from '../../core/mailbox-import/plan-mailbox-backfill';
import { MboxSplitter } from '../../core/mailbox-import/split-mbox';
import { HISTORY_IMPORT_BATCH } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send-message';
import { t } from '../../platform/ui-strings';

/** The file is read this much at a time: memory stays flat however large the export is. */
const READ_CHUNK_BYTES = 4 * 1024 * 1024;

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number }
  | { kind: 'planned'; plan: BackfillPlan; added: number; alreadyKnown: number }
  | { kind: 'importing' }
  | { kind: 'done'; added: number }
  | { kind: 'error'; message: string };

async function sendPlan(plan: BackfillPlan, dryRun: boolean) {
  let added = 0;
  let alreadyKnown = 0;
  for (let start = 0; start < plan.threads.length; start += HISTORY_IMPORT_BATCH) {
    const outcome = await sendToBackground('history/import', {
      dryRun,
      threads: plan.threads.slice(start, start + HISTORY_IMPORT_BATCH),
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    added += outcome.value.added;
    alreadyKnown += outcome.value.alreadyKnown;
  }
  return { added, alreadyKnown };
}

/**
 * Past mail from a Google Takeout export (issue #4's backfill, #7's options): read in chunks here, in
 * the browser, planned by the core as if the product had watched it, shown as a dry run, then imported.
 */
export function MailboxImportSection() {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [address, setAddress] = useState('');
  const [account, setAccount] = useState('0');
  const messages = useRef<MailboxMessage[]>([]);
  const cancelled = useRef(false);

  const plan = async (ownAddress: string, gmailAccount: string) => {
    const settings = await sendToBackground('settings/get', {});
    if (!settings.ok) return setPhase({ kind: 'error', message: settings.error.message });
    if (!ownAddress.includes('@')) return setPhase({ kind: 'error', message: t('historyImportNoAddress') });
    const planned = planMailboxBackfill(messages.current, {
      ownAddresses: [ownAddress],
      account: gmailAccount,
      now: Date.now(),
      cadence: settings.value.cadence,
      preferences: settings.value.preferences,
      corrections: settings.value.corrections,
    });
    try {
      setPhase({ kind: 'planned', plan: planned, ...(await sendPlan(planned, true)) });
    } catch (error) {
      setPhase({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const read = async (file: File | undefined) => {
    if (!file) return;
    cancelled.current = false;
    messages.current = [];
    const splitter = new MboxSplitter();
    const decoder = new TextDecoder('utf-8');
    for (let offset = 0; offset < file.size; offset += READ_CHUNK_BYTES) {
      if (cancelled.current) return setPhase({ kind: 'error', message: t('historyImportCancelled') });
      setPhase({ kind: 'reading', done: offset / file.size });
      const bytes = await file.slice(offset, offset + READ_CHUNK_BYTES).arrayBuffer();
      for (const raw of splitter.push(decoder.decode(bytes, { stream: true })))
        messages.current.push(parseRawMessage(raw));
    }
    for (const raw of [...splitter.push(decoder.decode()), ...splitter.finish()])
      messages.current.push(parseRawMessage(raw));
    const guessed = guessOwnAddresses(messages.current)[0] ?? address;
    setAddress(guessed);
    await plan(guessed, account);
  };

  const importAll = async () => {
    if (phase.kind !== 'planned') return;
    setPhase({ kind: 'importing' });
    try {
      setPhase({ kind: 'done', added: (await sendPlan(phase.plan, false)).added });
    } catch (error) {
      setPhase({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div class="data">
      <p class="muted">{t('historyImportWhat')}</p>
      <label class="import">
        {t('historyImportFile')}{' '}
        <input
          type="file"
          name="mailbox"
          accept=".mbox,application/mbox,text/plain"
          onChange={(event) => void read(event.currentTarget.files?.[0])}
        />
      </label>
      <label>
        {t('historyImportAddress')}{' '}
        <input
          name="mailboxAddress"
          type="email"
          value={address}
          onChange={(event) => {
            setAddress(event.currentTarget.value.trim());
            if (messages.current.length > 0) void plan(event.currentTarget.value.trim(), account);
          }}
        />
      </label>
      <label>
        {t('historyImportAccount')}{' '}
        <input
          name="mailboxAccount"
          type="number"
          min={0}
          max={99}
          value={account}
          onChange={(event) =>
            setAccount(String(Math.max(0, Math.floor(Number(event.currentTarget.value) || 0))))
          }
        />
      </label>
      {phase.kind === 'reading' && (
        <p role="status">
          {t('historyImportReading')}{' '}
          <progress aria-label={t('historyImportProgress')} max={1} value={phase.done} />{' '}
          <button type="button" class="secondary" onClick={() => (cancelled.current = true)}>
            {t('historyImportCancel')}
          </button>
        </p>
      )}
      {phase.kind === 'planned' && (
        <>
          <p role="status" class="notice">
            {t(
              'historyImportSummary',
              phase.plan.messagesRead,
              phase.plan.sentByYou,
              phase.plan.threads.length,
              phase.plan.settled,
              phase.alreadyKnown,
            )}
          </p>
          {phase.added > 0 && (
            <button type="button" onClick={importAll}>
              {t('historyImportIt')}
            </button>
          )}
        </>
      )}
      {phase.kind === 'done' && (
        <p role="status" class="notice">
          {t('historyImportDone', phase.added)}
        </p>
      )}
      {phase.kind === 'error' && (
        <p role="alert" class="error">
          {phase.message}
        </p>
      )}
    </div>
  );
}
