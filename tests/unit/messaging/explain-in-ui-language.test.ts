import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainInEnglish } from '../../../src/core/explanations/explain-in-english';
import {
  calendarDate,
  ENGLISH_EXPLANATIONS,
  EXPLANATION_CODES,
  explain,
  valueNamesOf,
} from '../../../src/core/explanations/explanation';
import { explainInUiLanguage, failureInUiLanguage } from '../../../src/messaging/explain-in-ui-language';
import { GERMAN, speakLanguage } from '../../support/speak-language';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const localesDir = join(import.meta.dirname, '../../../public/_locales');
const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
const catalogs = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    JSON.parse(readFileSync(join(localesDir, language, 'messages.json'), 'utf8')) as Catalog,
  ]),
);

const keyOf = (code: string, suffix = '') => `explain${code[0]!.toUpperCase()}${code.slice(1)}${suffix}`;
const hasSingular = (code: keyof typeof ENGLISH_EXPLANATIONS) => 'one' in ENGLISH_EXPLANATIONS[code];

let undo = () => {};
afterEach(() => undo());

describe('explanations in the UI language', () => {
  it.each(EXPLANATION_CODES)('%s has its words in English, German, French and Spanish', (code) => {
    const placeholders = valueNamesOf(code).map((_, index) => `p${index + 1}`);
    for (const language of LANGUAGES) {
      const entry = catalogs[language]![keyOf(code)];
      expect(entry?.message.trim(), `${language}: ${keyOf(code)}`).toBeTruthy();
      expect(Object.keys(entry!.placeholders ?? {}), `${language}: ${keyOf(code)}`).toEqual(placeholders);
      if (hasSingular(code)) expect(catalogs[language]![keyOf(code, 'One')], `${language}: one`).toBeTruthy();
    }
  });

  it.each(EXPLANATION_CODES)('%s says in the English catalog what the core says in English', (code) => {
    // Lower-case words stand in for nested explanations: English lower-cases some mid-sentence.
    const values = Object.fromEntries(valueNamesOf(code).map((name, index) => [name, `value${index}`]));
    expect(explainInUiLanguage(explain(code, values))).toBe(explainInEnglish(explain(code, values)));
    if (hasSingular(code)) {
      const counted = ENGLISH_EXPLANATIONS[code] as { count: string };
      const one = { ...values, [counted.count]: 1 };
      expect(explainInUiLanguage(explain(code, one))).toBe(explainInEnglish(explain(code, one)));
    }
  });

  it('speaks German to a German browser, with the date written the German way', () => {
    undo = speakLanguage(GERMAN, 'de');
    const reason = explain('reasonWaitingForStep', {
      step: explain('stepReminder2'),
      day: calendarDate('2026-11-23'),
      why: explain('whyOverdue', { days: 1 }),
    });
    expect(explainInUiLanguage(reason)).toBe(
      'Warten auf Antwort; 2. Erinnerung am Mo., 23. Nov. 2026 (1 Tag überfällig).',
    );
    expect(
      explainInUiLanguage(explain('signalAmount', { amount: { amount: 1850, currency: 'EUR' } })),
    ).toMatch(/^Betrag 1\.850,00\s€$/);
  });

  it('tells a German user in German why nothing changed, and falls back to the English detail of a bug', () => {
    undo = speakLanguage(GERMAN, 'de');
    const because = explain('unchangedAlreadyKind', { kind: explain('kindInvoice') });
    expect(
      failureInUiLanguage({
        code: 'invalid',
        message: 'Nothing changed: the thread is already an invoice.',
        explanation: explain('failNothingChanged', { because }),
      }),
    ).toBe('Nichts geändert: der Verlauf ist schon eine Rechnung.');
    expect(failureInUiLanguage({ code: 'failed', message: 'disk full' })).toBe('disk full');
  });

  it('tells a German user in German which settings to fix, naming the steps as the ladder does', () => {
    undo = speakLanguage(GERMAN, 'de');
    const order = explain('settingsStepOrder', {
      later: explain('stepFinalNotice'),
      earlier: explain('stepCall'),
    });
    expect(explainInUiLanguage(order)).toBe(
      'Der Schritt „Letzte Mahnung“ muss nach „Anruf“ kommen (in Tagen Verzug).',
    );
    const list = explain('settingsDayList', {
      setting: explain('settingRequestNudges', { kind: explain('kindProposal') }),
      count: 8,
      min: 1,
      max: 120,
    });
    expect(explainInUiLanguage(list)).toBe(
      'Nachfragen für ein Angebot: höchstens 8 ganze Zahlen, jede größer als die vorige, von 1 bis 120.',
    );
  });

  it('shows words an older version stored as they are, in any language', () => {
    undo = speakLanguage(GERMAN, 'de');
    expect(explainInUiLanguage('Stopped: Ana replied.')).toBe('Stopped: Ana replied.');
  });
});
