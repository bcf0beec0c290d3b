import type { KindCorrection } from '../core/classify/classify-email';
import { type EmailKind, isEmailKind } from '../core/classify/kinds';
import { domainOf } from '../core/mail';
import type { TrackedThread } from '../core/threads/tracked-thread';
import type { BackgroundContext } from './background-context';

export const CORRECTIONS_KEY = 'classifierCorrections';
/** Newest kept: a user correcting daily for years stays far below this. */
const MAX_CORRECTIONS = 1_000;

function isCorrectionList(value: unknown): value is KindCorrection[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        item &&
        typeof item === 'object' &&
        typeof (item as KindCorrection).recipientDomain === 'string' &&
        isEmailKind((item as KindCorrection).kind),
    )
  );
}

export function readCorrections(context: BackgroundContext): Promise<KindCorrection[]> {
  return context.settings.read(CORRECTIONS_KEY, [], isCorrectionList);
}

/**
 * A subject pattern that also covers the same mail next month: numbers and dates vary between
 * "Monthly report 2026/11" and "Monthly report 2026/12", the words don't.
 */
export function subjectPatternOf(subject: string): string {
  return subject
    .replace(/^\s*((re|aw|fwd?|wg|tr|rv|sv)\s*:\s*)+/i, '')
    .toLowerCase()
    .replace(/\d[\d./-]*/g, '*')
    .replace(/\*(\s*\*)+/g, '*')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Remembers "this mail to this client is a …" so the next one like it is classified that way. */
export async function rememberCorrection(
  context: BackgroundContext,
  thread: TrackedThread,
  kind: EmailKind,
): Promise<KindCorrection[]> {
  const before = await readCorrections(context);
  const correction: KindCorrection = {
    recipientDomain: domainOf(thread.counterpart.email),
    subjectPattern: subjectPatternOf(thread.subject),
    kind,
  };
  const others = before.filter(
    (item) =>
      !(
        item.recipientDomain === correction.recipientDomain &&
        item.subjectPattern === correction.subjectPattern
      ),
  );
  await context.settings.write(CORRECTIONS_KEY, [...others, correction].slice(-MAX_CORRECTIONS));
  return before;
}
