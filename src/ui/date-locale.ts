import type { Locale } from 'date-fns';
import { de, enUS, es, fr } from 'date-fns/locale';
import { uiLanguage } from '../platform/ui-strings';

const LOCALES: Record<string, Locale> = { de, en: enUS, es, fr };

/** date-fns wording ("in 3 days", "in 3 Tagen") in the UI's language; English where there is no catalog. */
export function dateLocale(): Locale {
  return LOCALES[uiLanguage().slice(0, 2).toLowerCase()] ?? enUS;
}
