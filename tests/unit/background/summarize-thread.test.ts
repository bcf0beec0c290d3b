import { afterEach, describe, expect, it } from 'vitest';
import { summarizeThread } from '../../../src/background/summarize-thread';
import { DEFAULT_CADENCE_SETTINGS } from '../../../src/core/cadence/cadence-settings';
import { explain } from '../../../src/core/explanations/explanation';
import { explainInUiLanguage } from '../../../src/messaging/explain-in-ui-language';
import { inEnglish } from '../../support/in-english';
import { sampleThread } from '../../support/sample-thread';
import { GERMAN, speakLanguage } from '../../support/speak-language';

const NOW = Date.UTC(2026, 11, 2, 10, 0);
let undo = () => {};
afterEach(() => undo());

describe('a thread as the popup sees it', () => {
  it('carries the step, why it is due and the client’s timing as explanations', () => {
    const summary = summarizeThread(
      sampleThread({ usualReplyDelay: { medianMs: 5 * 86_400_000, highMs: 7 * 86_400_000, samples: 4 } }),
      { ...DEFAULT_CADENCE_SETTINGS, timeZone: 'UTC' },
      NOW,
    );
    expect(summary.status).toBe('due');
    expect(summary.dueStep?.label).toEqual(explain('stepReminder2'));
    expect(inEnglish(summary.reason)).toBe('2nd reminder is due: 15 days overdue.');
    expect(inEnglish(summary.usualReply)).toBe('Ana Souza usually replies in about 5 days');

    undo = speakLanguage(GERMAN, 'de');
    expect(explainInUiLanguage(summary.reason)).toBe('2. Erinnerung ist fällig: 15 Tage überfällig.');
    expect(explainInUiLanguage(summary.usualReply!)).toBe('Ana Souza antwortet meist in etwa 5 Tagen');
  });

  it('shows what an older version stored in English as it was stored', () => {
    const stored = sampleThread({ status: 'replied', statusNote: 'Stopped: Ana Souza replied.' });
    const summary = summarizeThread(stored, DEFAULT_CADENCE_SETTINGS, NOW);
    expect(summary.reason).toBe('Stopped: Ana Souza replied.');
    expect(summary.signals).toEqual(['attachment named Invoice_2041.pdf']);
    undo = speakLanguage(GERMAN, 'de');
    expect(explainInUiLanguage(summary.reason)).toBe('Stopped: Ana Souza replied.');
  });
});
