import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkTone } from '../../../src/core/tone/check-tone';
import { ToneFindings } from '../../../src/ui/popup/draft-panel';
import { GERMAN, speakLanguage } from '../../support/speak-language';

// An English draft: the reasons and advice follow the browser's language, the draft's own words do not.
// The findings never talk to the background; the panel module imports the messenger all the same.
vi.mock('../../../src/messaging/send-message', () => ({ sendToBackground: vi.fn() }));

const DRAFT = 'Hi Ana,\nThe invoice is STILL OVERDUE. Thank you!!';

let root: HTMLElement;
let undo = () => {};
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  undo = speakLanguage(GERMAN, 'de');
});
afterEach(() => {
  render(null, root);
  root.remove();
  undo();
});

const show = () =>
  render(
    <ToneFindings text={DRAFT} tone={checkTone(DRAFT, { kind: 'invoice', stage: 'reminder_1' })} />,
    root,
  );
const concerns = () => [...root.querySelectorAll('.findings ul li')].map((item) => item.textContent);

describe('tone findings in a German browser', () => {
  it('gives the reason for a concern in German', () => {
    show();
    expect(concerns()).toContain('Großbuchstaben wirken wie Schreien. Besser: still overdue');
  });

  it('words counted reasons and advice in German, with the number in them', () => {
    show();
    expect(concerns()).toContain(
      '9 Wörter: Sehr kurze Nachrichten können schroff wirken. Besser: Ergänzen Sie eine freundliche Zeile und eine klare Frage, insgesamt etwa 50–125 Wörter.',
    );
  });

  it('explains a marked passage in German when pointed at', () => {
    show();
    // The draft asks nothing, so the whole of it is marked, with that reason.
    expect(root.querySelector('mark')?.title).toBe(
      'Es gibt keine klare Frage und keinen nächsten Schritt, daher weiß der Leser vielleicht nicht, was zu tun ist.',
    );
  });

  it('says what works in German', () => {
    show();
    const strengths = [...root.querySelectorAll('details li')].map((item) => item.textContent);
    expect(strengths).toContain('Dem Leser zu danken wirkt herzlich. (+15,5 Punkte)');
    expect(root.textContent).not.toContain('Thanking the reader');
  });

  it('shows what each counted strategy adds or takes, and what would read better where it takes', () => {
    const text = 'Why did you not pay the invoice? Thanks, Sam';
    const tone = checkTone(text, { kind: 'invoice', stage: 'reminder_1' });
    render(<ToneFindings text={text} tone={tone} />, root);
    const strengths = [...root.querySelectorAll('details li')].map((item) => item.textContent ?? '');
    const costly = tone.findings.filter(
      (finding) => finding.severity === 'info' && (finding.points ?? 0) < 0,
    );
    expect(costly.length).toBeGreaterThan(0);
    expect(strengths.filter((line) => /\([-−]\d+(,\d)? Punkte\) Besser: /.test(line))).toHaveLength(
      costly.filter((finding) => finding.advice).length,
    );
    // Every point is shown: 50 plus the listed points is the score (up to the 0–100 bounds).
    const listed = tone.findings.reduce((sum, finding) => sum + (finding.points ?? 0), 0);
    expect(Math.round(50 + listed)).toBe(tone.score);
  });
});
