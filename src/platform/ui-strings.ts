import english from '../../public/_locales/en/messages.json' with { type: 'json' };
import { type MessageKey, message } from './i18n';

export type { MessageKey } from './i18n';
export { uiLanguage } from './i18n';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The English text with its numbered substitutions filled in, as chrome.i18n would. */
function fromEnglish(key: MessageKey, substitutions: string[]): string {
  const entry = (english as Catalog)[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

/**
 * A UI string in the browser's language (`_locales`: en, de, fr, es). Where there is no i18n API (DOM
 * tests), the English catalog answers, so a string is never missing.
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return message(key, ...substitutions) || fromEnglish(key, substitutions.map(String));
}
