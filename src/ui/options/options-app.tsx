import { useEffect, useState } from 'preact/hooks';
import { failureInUiLanguage } from '../../messaging/explain-in-ui-language';
import { sendToBackground } from '../../messaging/send-message';
import { t, uiLanguage } from '../../platform/ui-strings';
import { CadenceForm } from './cadence-form';
import { DataSection } from './data-section';
import { MailboxImportSection } from './mailbox-import-section';

type Problem = { at: number; source: string; message: string };

/**
 * The options page: the ladders, the privacy statement and the maintainer's log. The user's
 * details, notification preferences and data export come with the options issue (#7).
 */
export function OptionsApp() {
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    const outcome = await sendToBackground('diagnostics/problems', {});
    if (outcome.ok) setProblems(outcome.value.problems);
    else setError(failureInUiLanguage(outcome.error));
  };
  useEffect(() => {
    void load();
    // The log is for watching while reproducing a problem in another tab.
    const timer = setInterval(() => void load(), 2_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <main class="options">
      <h1>{t('extensionName')}</h1>
      <section aria-labelledby="ladders">
        <h2 id="ladders">{t('optionsRemindersTitle')}</h2>
        <CadenceForm />
      </section>
      <section aria-labelledby="data">
        <h2 id="data">{t('optionsDataTitle')}</h2>
        <DataSection />
      </section>
      <section aria-labelledby="history-import">
        <h2 id="history-import">{t('historyImportTitle')}</h2>
        <MailboxImportSection />
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">{t('optionsPrivacyTitle')}</h2>
        <p>{t('optionsPrivacyWhat')}</p>
        <p>{t('optionsPrivacyNothingSent')}</p>
      </section>
      <section aria-labelledby="log">
        <h2 id="log">{t('optionsLogTitle')}</h2>
        <p class="muted">{t('optionsLogWhat')}</p>
        {error && <p role="alert">{error}</p>}
        <ol id="problems" reversed>
          {(problems ?? []).map((problem) => (
            <li key={`${problem.at}-${problem.message}`}>
              <time dateTime={new Date(problem.at).toISOString()}>
                {new Date(problem.at).toLocaleString(uiLanguage())}
              </time>{' '}
              <strong>{problem.source}</strong>: {problem.message}
            </li>
          ))}
        </ol>
        {problems?.length === 0 && <p>{t('optionsLogEmpty')}</p>}
      </section>
    </main>
  );
}
