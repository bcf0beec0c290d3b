import { useState } from 'preact/hooks';
import { failureInUiLanguage } from '../../messaging/explain-in-ui-language';
import { sendToBackground } from '../../messaging/send-message';
import { t } from '../../platform/ui-strings';

/** What the user just did to a thread, with the token that takes it back. */
export interface DoneAction {
  text: string;
  undoToken: string;
}

/**
 * "Mark paid: done. Undo" at the top of the popup or sidebar. It lives above the lists, not in the card:
 * an action moves its card to another section (due → done), and the Undo must stay where it was.
 */
export function ActionNotice({ action, onChanged }: { action: DoneAction | null; onChanged: () => void }) {
  const [undone, setUndone] = useState<{ token: string; text: string; failed: boolean } | null>(null);
  if (!action) return null;
  const shown = undone?.token === action.undoToken ? undone : null;
  const undo = async () => {
    const outcome = await sendToBackground('thread/undo', { undoToken: action.undoToken });
    setUndone({
      token: action.undoToken,
      text: outcome.ok ? t('cardUndone') : failureInUiLanguage(outcome.error),
      failed: !outcome.ok,
    });
    onChanged();
  };
  return (
    <p
      class={shown?.failed ? 'error action-notice' : 'notice action-notice'}
      role={shown?.failed ? 'alert' : 'status'}
    >
      {shown ? (
        shown.text
      ) : (
        <>
          {action.text}{' '}
          <button type="button" class="link" onClick={undo}>
            {t('undo')}
          </button>
        </>
      )}
    </p>
  );
}
