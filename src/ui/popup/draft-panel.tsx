import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DRAFT_LANGUAGES,
  DRAFT_TONES,
  type DraftLanguage,
  type DraftTone,
} from '../../core/drafts/draft-choices';
import type { ToneFinding, ToneReport } from '../../core/tone/check-tone';
import { explainInUiLanguage, failureInUiLanguage } from '../../messaging/explain-in-ui-language';
import { formatPointChange } from '../../messaging/locale-formats';
import type { SuggestedDraft } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send-message';
import { type MessageKey, t } from '../../platform/ui-strings';
import { ChoiceSelect } from '../choice-select';
import { copyText } from '../copy-text';

/** Re-checks after the user pauses typing, not on every key. */
const TONE_DEBOUNCE_MS = 250;

type InsertState =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done'; client: 'gmail' | 'outlook'; draftSaved: boolean }
  | { phase: 'failed'; message: string };

const CLIENT_NAMES = { gmail: 'Gmail', outlook: 'Outlook' } as const;

const TONE_KEYS = {
  warm: 'toneWarm',
  neutral: 'toneNeutral',
  firm: 'toneFirm',
  harsh: 'toneHarsh',
} as const satisfies Record<ToneReport['label'], MessageKey>;

/** A tone's name in the UI's language. */
export function toneName(label: ToneReport['label']): string {
  return t(TONE_KEYS[label]);
}

export const toneChoices = () => DRAFT_TONES.map((tone) => [tone, toneName(tone)] as const);

/** Each language named in itself, as people look for their own. */
const LANGUAGE_NAMES: Record<DraftLanguage, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  nl: 'Nederlands',
  pt: 'Português',
};
export const LANGUAGE_CHOICES = DRAFT_LANGUAGES.map((lang) => [lang, LANGUAGE_NAMES[lang]] as const);

/** Splits the text into plain runs and flagged runs; every piece stays a text node. */
export function highlightFindings(text: string, findings: ToneFinding[]) {
  const spans = [...findings]
    .filter((finding) => finding.end > finding.start)
    .sort((a, b) => a.start - b.start);
  const pieces: Array<{ text: string; finding: ToneFinding | null }> = [];
  let cursor = 0;
  for (const finding of spans) {
    if (finding.start < cursor) continue;
    if (finding.start > cursor) pieces.push({ text: text.slice(cursor, finding.start), finding: null });
    pieces.push({ text: text.slice(finding.start, finding.end), finding });
    cursor = finding.end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), finding: null });
  return pieces;
}

/** The suggested follow-up, editable, with the tone check explaining itself as the user edits. */
export function DraftPanel({ threadId }: { threadId: string }) {
  const [draft, setDraft] = useState<SuggestedDraft | null>(null);
  const [text, setText] = useState('');
  const [tone, setTone] = useState<ToneReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [insert, setInsert] = useState<InsertState>({ phase: 'idle' });
  const [copied, setCopied] = useState<boolean | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const [choice, setChoice] = useState<{ lang?: DraftLanguage; tone?: DraftTone }>({});

  useEffect(() => {
    void sendToBackground('draft/suggest', { threadId, ...choice }).then((outcome) => {
      if (!outcome.ok) return setError(failureInUiLanguage(outcome.error));
      setDraft(outcome.value);
      setText(outcome.value.body);
      setTone(outcome.value.tone);
    });
  }, [threadId, choice]);

  const onEdit = (value: string) => {
    setText(value);
    setCopied(null);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!value.trim()) return;
      void sendToBackground('tone/check', { threadId, text: value, lang: draft?.lang }).then((outcome) => {
        if (outcome.ok) setTone(outcome.value);
      });
    }, TONE_DEBOUNCE_MS);
  };

  const onInsert = async () => {
    setInsert({ phase: 'working' });
    const outcome = await sendToBackground('draft/insert', { threadId, text });
    setInsert(
      outcome.ok
        ? { phase: 'done', client: outcome.value.client, draftSaved: outcome.value.draftSaved }
        : { phase: 'failed', message: failureInUiLanguage(outcome.error) },
    );
  };
  const onCopy = async () => setCopied(await copyText(document, text));

  if (error) return <p class="error">{error}</p>;
  if (!draft || !tone) return <p class="muted">{t('draftWriting')}</p>;
  return (
    <div class="draft">
      {draft.callScript && (
        <details open>
          <summary>{t('draftCallScript')}</summary>
          <p class="script">{draft.callScript}</p>
          {draft.voicemailScript && <p class="script">{t('draftVoicemail', draft.voicemailScript)}</p>}
        </details>
      )}
      <div class="draft-choice">
        <ChoiceSelect
          label={t('draftLanguage')}
          value={draft.lang}
          choices={LANGUAGE_CHOICES}
          onChange={(lang) => setChoice({ ...choice, lang })}
        />
        <ChoiceSelect
          label={t('draftTone')}
          value={draft.draftTone}
          choices={toneChoices()}
          onChange={(tone) => setChoice({ ...choice, tone })}
        />
      </div>
      <label class="draft-label" for={`draft-${threadId}`}>
        {t('draftSuggested')} <span class={`tone tone-${tone.label}`}>{toneName(tone.label)}</span>{' '}
        <span class="muted">
          {tone.bands.questions === 1
            ? t('draftBandsOneQuestion', tone.bands.words)
            : t('draftBands', tone.bands.words, tone.bands.questions)}
        </span>
      </label>
      <textarea
        id={`draft-${threadId}`}
        rows={8}
        value={text}
        onInput={(event) => onEdit(event.currentTarget.value)}
      />
      <ToneFindings text={text} tone={tone} />
      <div class="actions">
        <button type="button" onClick={onInsert} disabled={insert.phase === 'working' || !text.trim()}>
          {insert.phase === 'working' ? t('draftOpeningThread') : t('draftInsert')}
        </button>
        <button type="button" class="secondary" onClick={onCopy}>
          {t('draftCopy')}
        </button>
      </div>
      {insert.phase === 'done' && (
        <p class="notice" role="status">
          {insert.draftSaved
            ? t('draftInsertedSaved', CLIENT_NAMES[insert.client])
            : t('draftInsertedNotSaved', CLIENT_NAMES[insert.client])}
        </p>
      )}
      {copied === true && (
        <p class="notice" role="status">
          {t('draftCopied')}
        </p>
      )}
      {copied === false && (
        <p class="error" role="alert">
          {t('draftCopyFailed')}
        </p>
      )}
      {insert.phase === 'failed' && (
        <p class="error" role="alert">
          {insert.message}
        </p>
      )}
    </div>
  );
}

/** Advice in the UI language; a better phrasing in the draft's own language as it is. */
function suggestionOf(finding: ToneFinding): string {
  return finding.advice ? explainInUiLanguage(finding.advice) : finding.suggestion;
}

/**
 * The tone check explaining itself: concerns marked in the text with a better phrasing, then every
 * strategy the score counted, with its points (the score is 50 plus their sum) and, where it costs
 * points, what would read better.
 */
export function ToneFindings({ text, tone }: { text: string; tone: ToneReport }) {
  // Info findings explain what works (a greeting, thanks); only warnings and problems are marked in the text.
  const concerns = tone.findings.filter((finding) => finding.severity !== 'info');
  const strengths = tone.findings.filter((finding) => finding.severity === 'info');
  return (
    <>
      {concerns.length > 0 && (
        <div class="findings">
          <p class="highlighted">
            <span class="visually-hidden">{t('draftFindingsMarked')} </span>
            {highlightFindings(text, concerns).map((piece, index) =>
              piece.finding ? (
                <mark
                  key={index}
                  class={`finding-${piece.finding.severity}`}
                  title={explainInUiLanguage(piece.finding.reason)}
                >
                  {piece.text}
                </mark>
              ) : (
                piece.text
              ),
            )}
          </p>
          <ul>
            {concerns.map((finding) => (
              <li key={`${finding.rule}-${finding.start}`} class={`finding-${finding.severity}`}>
                {explainInUiLanguage(finding.reason)} <em>{t('draftTry', suggestionOf(finding))}</em>
              </li>
            ))}
          </ul>
        </div>
      )}
      {strengths.length > 0 && (
        <details class="findings">
          <summary>{t('draftWhyItReads', toneName(tone.label))}</summary>
          <ul>
            {strengths.map((finding) => (
              <li key={`${finding.rule}-${finding.start}`}>
                {explainInUiLanguage(finding.reason)}
                {finding.points ? (
                  <>
                    {' '}
                    <span class="points">{t('draftFindingPoints', formatPointChange(finding.points))}</span>
                  </>
                ) : null}
                {/* A strategy that costs points says what would read better. */}
                {(finding.points ?? 0) < 0 && finding.advice ? (
                  <>
                    {' '}
                    <em>{t('draftTry', explainInUiLanguage(finding.advice))}</em>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
