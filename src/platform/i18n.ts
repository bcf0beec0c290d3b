/** Every UI string's name: the English catalog (public/_locales/en) is the reference the others follow. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

type I18nApi = { getMessage?(key: string, substitutions?: string[]): string; getUILanguage?(): string };
const i18nApi = (): I18nApi | undefined => (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;

/**
 * The string in the browser's language from `_locales` (en, de, fr, es), or '' where there is no i18n
 * API. The content script uses this alone, with its few English words as the fallback, so the
 * catalog itself stays out of the script every mail page loads.
 */
export function message(key: MessageKey, ...substitutions: Array<string | number>): string {
  return i18nApi()?.getMessage?.(key, substitutions.map(String)) ?? '';
}

/** The UI's language, for dates and numbers formatted to match the strings around them. */
export function uiLanguage(): string {
  return (
    i18nApi()?.getUILanguage?.() || (typeof navigator === 'undefined' ? 'en' : navigator.language) || 'en'
  );
}
