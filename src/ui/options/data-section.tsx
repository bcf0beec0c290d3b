import { useState } from 'preact/hooks';
import type { ImportSummary } from '../../core/threads/import-summary';
import { explainInUiLanguage, failureInUiLanguage } from '../../messaging/explain-in-ui-language';
import { sendToBackground } from '../../messaging/send-message';
import { type MessageKey, t } from '../../platform/ui-strings';

/** Offers text as a file the browser saves; nothing leaves the machine. */
function offerDownload(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One count in words, singular or plural by the number: "1 new thread", "3 new threads". */
const count = (n: number, one: MessageKey, many: MessageKey) => (n === 1 ? t(one) : t(many, n));

function describeSummary(summary: ImportSummary): string {
  return [
    count(summary.threadsAdded, 'dataNewThread', 'dataNewThreads'),
    t('dataUpdated', summary.threadsUpdated),
    t('dataAlreadyHere', summary.threadsUnchanged),
    count(summary.messagesAdded, 'dataMessage', 'dataMessages'),
    count(summary.eventsAdded, 'dataHistoryEntry', 'dataHistoryEntries'),
    ...summary.problems.map(explainInUiLanguage),
  ].join(', ');
}

type Notice = { kind: 'info' | 'error'; text: string } | null;

/** Export (JSON backup, CSV of open items), import with a dry run first, and delete everything. */
export function DataSection() {
  const [notice, setNotice] = useState<Notice>(null);
  const [pending, setPending] = useState<{ json: string; summary: ImportSummary } | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const exportAs = async (format: 'json' | 'csv') => {
    const outcome = await sendToBackground('data/export', {});
    if (!outcome.ok) return setNotice({ kind: 'error', text: failureInUiLanguage(outcome.error) });
    const { json, csv, fileStem } = outcome.value;
    if (format === 'json') offerDownload(json, `${fileStem}.json`, 'application/json');
    else offerDownload(csv, `${fileStem}-open-items.csv`, 'text/csv');
  };

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    const json = await file.text();
    const outcome = await sendToBackground('data/import', { json, dryRun: true });
    if (!outcome.ok) return setNotice({ kind: 'error', text: failureInUiLanguage(outcome.error) });
    setPending({ json, summary: outcome.value });
    setNotice({ kind: 'info', text: t('dataBackupHolds', describeSummary(outcome.value)) });
  };

  const importPending = async () => {
    if (!pending) return;
    const outcome = await sendToBackground('data/import', { json: pending.json, dryRun: false });
    setPending(null);
    setNotice(
      outcome.ok
        ? { kind: 'info', text: t('dataImported', describeSummary(outcome.value)) }
        : { kind: 'error', text: failureInUiLanguage(outcome.error) },
    );
  };

  const deleteAll = async () => {
    const outcome = await sendToBackground('data/delete-all', { confirm: 'delete everything' });
    setConfirmingDelete(false);
    setNotice(
      outcome.ok
        ? {
            kind: 'info',
            text: t('dataDeleted', count(outcome.value.deletedThreads, 'dataThread', 'dataThreads')),
          }
        : { kind: 'error', text: failureInUiLanguage(outcome.error) },
    );
  };

  return (
    <div class="data">
      <div class="actions">
        <button type="button" onClick={() => exportAs('json')}>
          {t('dataExportJson')}
        </button>
        <button type="button" class="secondary" onClick={() => exportAs('csv')}>
          {t('dataExportCsv')}
        </button>
      </div>
      <label class="import">
        {t('dataImportBackup')}{' '}
        <input
          type="file"
          name="backup"
          accept="application/json,.json"
          onChange={(event) => chooseFile(event.currentTarget.files?.[0])}
        />
      </label>
      {pending && (
        <button type="button" onClick={importPending}>
          {t('dataImportIt')}
        </button>
      )}
      <div class="actions">
        {confirmingDelete ? (
          <>
            <button type="button" class="danger" onClick={deleteAll}>
              {t('dataConfirmDelete')}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirmingDelete(false)}>
              {t('dataKeep')}
            </button>
          </>
        ) : (
          <button type="button" class="secondary" onClick={() => setConfirmingDelete(true)}>
            {t('dataDeleteEverything')}
          </button>
        )}
      </div>
      {notice && (
        <p
          role={notice.kind === 'error' ? 'alert' : 'status'}
          class={notice.kind === 'error' ? 'error' : 'notice'}
        >
          {notice.text}
        </p>
      )}
    </div>
  );
}
