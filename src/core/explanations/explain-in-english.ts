import { dayOfIsoDate, describeDay } from '../cadence/working-calendar';
import {
  ENGLISH_EXPLANATIONS,
  type ExplanationValue,
  readExplanation,
  type StoredExplanation,
} from './explanation';

const PLACEHOLDER = /\{(\w+)(:lower)?\}/g;

/**
 * An explanation in English, for the CLI scripts, logs and anything that is not the UI (which words it
 * in the user's language from `_locales`). A missing value reads as nothing, never as "undefined".
 */
export function explainInEnglish(explanation: StoredExplanation): string {
  const read = readExplanation(explanation);
  if ('text' in read) return read.text;
  const words: { text: string; one?: string } = ENGLISH_EXPLANATIONS[read.code];
  const template = read.isOne && words.one ? words.one : words.text;
  return template.replace(PLACEHOLDER, (_, name: string, lower: string | undefined) => {
    const value = read.values[name];
    const text = value === undefined ? '' : valueInEnglish(value);
    return lower ? text.toLowerCase() : text;
  });
}

function valueInEnglish(value: ExplanationValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('date' in value) {
    const day = dayOfIsoDate(value.date);
    return day === null ? value.date : describeDay(day);
  }
  if ('amount' in value) {
    const amount = value.amount.toFixed(2).replace(/\.00$/, '');
    return value.currency ? `${amount} ${value.currency}` : amount;
  }
  return explainInEnglish(value);
}
