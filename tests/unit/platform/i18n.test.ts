import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/platform/ui-strings';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const localesDir = join(import.meta.dirname, '../../../public/_locales');
const read = (locale: string): Catalog =>
  JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8'));
const english = read('en');

describe('the UI strings in every language', () => {
  const locales = readdirSync(localesDir);

  it('ship in English, German, French and Spanish at least', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es']));
  });

  it.each(locales)(
    '%s has every string English has, with the same placeholders, and none empty',
    (locale) => {
      const catalog = read(locale);
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(catalog)) {
        expect(entry.message.trim(), `${locale}.${key}`).not.toBe('');
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${locale}.${key}`).toEqual(
          Object.keys(english[key]!.placeholders ?? {}).sort(),
        );
        for (const name of Object.keys(entry.placeholders ?? {}))
          expect(entry.message.toLowerCase(), `${locale}.${key}`).toContain(`$${name}$`);
      }
    },
  );

  it('fills substitutions from the English catalog where the browser has no i18n API', () => {
    expect(t('cardDaysSilent', 9)).toBe('9 days silent');
    expect(t('cardOpenIn', 'Outlook')).toBe('Open in Outlook');
    expect(t('draftInsertedSaved', 'Gmail')).toMatch(
      /^The follow-up is in the reply box in Gmail, and Gmail saved it/,
    );
  });
});
