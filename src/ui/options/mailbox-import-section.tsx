import { useRef, useState } from 'preact/hooks';
import { type MailboxMessage, parseRawMessage } from '../../core/mailbox-import/parse-raw-message';
import {
  type BackfillPlan,
  guessOwnAddresses,
  planMailboxBackfill,
} from '../../core/mailbox-import/plan-mailbox-backfill';
import { MboxSplitter } from '../../core/mailbox-import/split-mbox';
import { failureInUiLanguage } from '../../messaging/explain-in-ui-language';
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
    if (!outcome.ok) throw new Error(failureInUiLanguage(outcome.error));
    added += outcome.value.added;
    alreadyKnown += outcome.value.alreadyKnown;
  }
  return { added, alreadyKnown };
}

/**
 * Where the imported threads are followed up: a Gmail account (`/u/N`), or Outlook on the web, whose
 * first mailbox is `office:0` (work or school) or `live:0` (Outlook.com) (read-outlook-account.ts).
 */
const MAILBOXES = [
  ...[0, 1, 2, 3, 4].map((index) => ({
    value: `gmail:${index}`,
    label: () => t('historyImportGmailAccount', index + 1),
  })),
  { value: 'outlook:office:0', label: () => t('historyImportOutlookWork') },
  { value: 'outlook:live:0', label: () => t('historyImportOutlookPersonal') },
];

/**
 * Past mail from a Google Takeout export (issue #4's backfill, #7's options): read in chunks here, in
 * the browser, planned by the core as if the product had watched it, shown as a dry run, then imported.
 */
export function MailboxImportSection() {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [address, setAddress] = useState('');
  const [mailbox, setMailbox] = useState<string>(MAILBOXES[0]!.value);
  const messages = useRef<MailboxMessage[]>([]);
  const cancelled = useRef(false);

  const plan = async (ownAddress: string, where: string) => {
    const [client, ...accountParts] = where.split(':');
    const settings = await sendToBackground('settings/get', {});
    if (!settings.ok) return setPhase({ kind: 'error', message: failureInUiLanguage(settings.error) });
    if (!ownAddress.includes('@')) return setPhase({ kind: 'error', message: t('historyImportNoAddress') });
    const planned = planMailboxBackfill(messages.current, {
      ownAddresses: [ownAddress],
      client: client === 'outlook' ? 'outlook' : 'gmail',
      account: accountParts.join(':'),
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
    await plan(guessed, mailbox);
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
            if (messages.current.length > 0) void plan(event.currentTarget.value.trim(), mailbox);
          }}
        />
      </label>
      <label>
        {t('historyImportMailbox')}{' '}
        <select
          name="mailboxTarget"
          value={mailbox}
          onChange={(event) => {
            setMailbox(event.currentTarget.value);
            if (messages.current.length > 0) void plan(address, event.currentTarget.value);
          }}
        >
          {MAILBOXES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label()}
            </option>
          ))}
        </select>
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
