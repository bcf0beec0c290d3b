import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DRAFT_LANGUAGES,
  DRAFT_TONES,
  type DraftLanguage,
  type DraftTone,
} from '../../core/drafts/draft-choices';
import type { ToneFinding, ToneReport } from '../../core/tone/check-tone';
import type { SuggestedDraft } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send-message';
import { ChoiceSelect } from '../choice-select';

/** Re-checks after the user pauses typing, not on every key. */
const TONE_DEBOUNCE_MS = 250;

type InsertState =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done'; client: 'gmail' | 'outlook'; draftSaved: boolean }
  | { phase: 'failed'; message: string };

const CLIENT_NAMES = { gmail: 'Gmail', outlook: 'Outlook' } as const;

const TONE_NAMES: Record<DraftTone, string> = { warm: 'Warm', neutral: 'Neutral', firm: 'Firm' };
export const TONE_CHOICES = DRAFT_TONES.map((tone) => [tone, TONE_NAMES[tone]] as const);

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
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const [choice, setChoice] = useState<{ lang?: DraftLanguage; tone?: DraftTone }>({});

  useEffect(() => {
    void sendToBackground('draft/suggest', { threadId, ...choice }).then((outcome) => {
      if (!outcome.ok) return setError(outcome.error.message);
      setDraft(outcome.value);
      setText(outcome.value.body);
      setTone(outcome.value.tone);
    });
  }, [threadId, choice]);

  const onEdit = (value: string) => {
    setText(value);
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
        : { phase: 'failed', message: outcome.error.message },
    );
  };
  const onCopy = () => void navigator.clipboard.writeText(text);

  if (error) return <p class="error">{error}</p>;
  if (!draft || !tone) return <p class="muted">Writing a follow-up…</p>;
  return (
    <div class="draft">
      {draft.callScript && (
        <details open>
          <summary>Call script</summary>
          <p class="script">{draft.callScript}</p>
          {draft.voicemailScript && <p class="script">Voicemail: {draft.voicemailScript}</p>}
        </details>
      )}
      <div class="draft-choice">
        <ChoiceSelect
          label="Language"
          value={draft.lang}
          choices={LANGUAGE_CHOICES}
          onChange={(lang) => setChoice({ ...choice, lang })}
        />
        <ChoiceSelect
          label="Tone"
          value={draft.draftTone}
          choices={TONE_CHOICES}
          onChange={(tone) => setChoice({ ...choice, tone })}
        />
      </div>
      <label class="draft-label" for={`draft-${threadId}`}>
        Suggested follow-up <span class={`tone tone-${tone.label}`}>{tone.label}</span>{' '}
        <span class="muted">
          {tone.bands.words} words · {tone.bands.questions} question{tone.bands.questions === 1 ? '' : 's'}
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
          {insert.phase === 'working' ? 'Opening the thread…' : 'Insert follow-up'}
        </button>
        <button type="button" class="secondary" onClick={onCopy}>
          Copy
        </button>
      </div>
      {insert.phase === 'done' && (
        <p class="notice" role="status">
          The follow-up is in the reply box in {CLIENT_NAMES[insert.client]}
          {insert.draftSaved
            ? `, and ${CLIENT_NAMES[insert.client]} saved it as a draft. Read it over and send it when you are ready.`
            : `. ${CLIENT_NAMES[insert.client]} has not saved it as a draft yet: check the reply before you leave the page.`}
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

/** The tone check explaining itself: concerns marked in the text with a better phrasing, then what works. */
export function ToneFindings({ text, tone }: { text: string; tone: ToneReport }) {
  // Info findings explain what works (a greeting, thanks); only warnings and problems are marked in the text.
  const concerns = tone.findings.filter((finding) => finding.severity !== 'info');
  const strengths = tone.findings.filter((finding) => finding.severity === 'info');
  return (
    <>
      {concerns.length > 0 && (
        <div class="findings">
          <p class="highlighted">
            <span class="visually-hidden">Your draft with the tone findings marked: </span>
            {highlightFindings(text, concerns).map((piece, index) =>
              piece.finding ? (
                <mark key={index} class={`finding-${piece.finding.severity}`} title={piece.finding.message}>
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
                {finding.message} <em>Try: {finding.suggestion}</em>
              </li>
            ))}
          </ul>
        </div>
      )}
      {strengths.length > 0 && (
        <details class="findings">
          <summary>Why it reads {tone.label}</summary>
          <ul>
            {strengths.map((finding) => (
              <li key={`${finding.rule}-${finding.start}`}>{finding.message}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
