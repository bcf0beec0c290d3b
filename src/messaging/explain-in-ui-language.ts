import {
  type ENGLISH_EXPLANATIONS,
  type ExplanationCode,
  type ExplanationValue,
  readExplanation,
  type StoredExplanation,
  valueNamesOf,
} from '../core/explanations/explanation';
import { type MessageKey, t } from '../platform/ui-strings';
import { formatCalendarDate, formatMoney, formatNumber } from './locale-formats';
import type { MessageError } from './protocol';

/** The codes that have a singular form (`count`), whose catalogs hold a second key ending in `One`. */
type CountedCode = {
  [Code in ExplanationCode]: (typeof ENGLISH_EXPLANATIONS)[Code] extends { count: string } ? Code : never;
}[ExplanationCode];

/**
 * The `_locales` key of each code. `satisfies MessageKey` below fails the typecheck when the English
 * catalog lacks one; tests/unit/messaging/explain-in-ui-language.test.ts checks the other languages.
 */
type ExplanationKey = `explain${Capitalize<ExplanationCode>}` | `explain${Capitalize<CountedCode>}One`;

function keyOf(code: ExplanationCode, isOne: boolean): ExplanationKey {
  return `explain${code.charAt(0).toUpperCase()}${code.slice(1)}${isOne ? 'One' : ''}` as ExplanationKey;
}

/**
 * An explanation from the core in the UI's language (popup, sidebar, notifications), from the
 * `_locales` catalogs; dates and amounts in the UI language's format. Words stored by older versions
 * are shown as they are (see `readExplanation`). This lives
 * here rather than in the UI because the background words notifications with it too; the content
 * script never imports it (it would pull in the English catalog).
 */
export function explainInUiLanguage(explanation: StoredExplanation): string {
  const read = readExplanation(explanation);
  if ('text' in read) return read.text;
  const substitutions = valueNamesOf(read.code).map((name) => {
    const value = read.values[name];
    return value === undefined ? '' : valueInUiLanguage(value);
  });
  return t(keyOf(read.code, read.isOne) satisfies MessageKey, ...substitutions);
}

function valueInUiLanguage(value: ExplanationValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if ('date' in value) return formatCalendarDate(value.date);
  if ('amount' in value) return formatMoney(value.amount, value.currency);
  return explainInUiLanguage(value);
}

/** What the user reads when a request failed: the expected failures in the UI's language. */
export function failureInUiLanguage(error: MessageError): string {
  return error.explanation ? explainInUiLanguage(error.explanation) : error.message;
}
