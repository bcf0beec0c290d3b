import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../messaging/send-message';
import { CadenceForm } from './cadence-form';
import { DataSection } from './data-section';

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
    else setError(outcome.error.message);
  };
  useEffect(() => {
    void load();
    // The log is for watching while reproducing a problem in another tab.
    const timer = setInterval(() => void load(), 2_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <main class="options">
      <h1>Follow-Through</h1>
      <section aria-labelledby="ladders">
        <h2 id="ladders">When reminders come</h2>
        <CadenceForm />
      </section>
      <section aria-labelledby="data">
        <h2 id="data">Your data</h2>
        <DataSection />
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p>
          Follow-Through reads the emails you send from Gmail and Outlook on the web, and the threads you open
          there, to notice proposals, invoices and your clients' replies. What it keeps (who you wrote to, the
          subject, a short excerpt, amounts, dates, and what happened since) is stored only in this browser's
          storage for the extension.
        </p>
        <p>
          It sends nothing anywhere: it has no server, no account and no analytics, and makes no network
          request.
        </p>
      </section>
      <section aria-labelledby="log">
        <h2 id="log">Problems log</h2>
        <p class="muted">
          Why a message from Gmail or Outlook was skipped or a step failed: useful when reporting a bug. It
          never contains the text of your mail.
        </p>
        {error && <p role="alert">{error}</p>}
        <ol id="problems" reversed>
          {(problems ?? []).map((problem) => (
            <li key={`${problem.at}-${problem.message}`}>
              <time dateTime={new Date(problem.at).toISOString()}>
                {new Date(problem.at).toLocaleString()}
              </time>{' '}
              <strong>{problem.source}</strong>: {problem.message}
            </li>
          ))}
        </ol>
        {problems?.length === 0 && <p>Nothing went wrong so far.</p>}
      </section>
    </main>
  );
}
