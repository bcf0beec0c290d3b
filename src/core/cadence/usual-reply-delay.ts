import { type Explanation, explain } from '../explanations/explanation';

/** How long a client usually takes to answer, learned from their past replies. */
export interface UsualReplyDelay {
  medianMs: number;
  /** The 80th percentile: most replies come before this. */
  highMs: number;
  samples: number;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Fewer replies than this say nothing reliable about a client (issue #4). */
export const MIN_REPLY_DELAY_SAMPLES = 3;
const HIGH_PERCENTILE = 0.8;
/** Delays beyond this are a reopened old thread, not a reply time. */
const MAX_PLAUSIBLE_DELAY_MS = 120 * DAY_MS;
const MAX_SAMPLES = 500;

/**
 * Median and 80th percentile (nearest rank) of past reply delays; null until there are at least
 * three plausible samples. Negative, non-finite and implausibly long delays are left out.
 */
export function computeUsualReplyDelay(delaysMs: readonly number[]): UsualReplyDelay | null {
  const usable = delaysMs
    .slice(-MAX_SAMPLES)
    .filter((delay) => Number.isFinite(delay) && delay >= 0 && delay <= MAX_PLAUSIBLE_DELAY_MS)
    .sort((a, b) => a - b);
  if (usable.length < MIN_REPLY_DELAY_SAMPLES) return null;
  const middle = Math.floor(usable.length / 2);
  const medianMs =
    usable.length % 2 === 1 ? usable[middle]! : Math.round((usable[middle - 1]! + usable[middle]!) / 2);
  const highMs = usable[Math.min(usable.length - 1, Math.ceil(HIGH_PERCENTILE * usable.length) - 1)]!;
  return { medianMs, highMs, samples: usable.length };
}

/** Whether a learned delay is trustworthy enough to move a window. */
export function isUsableReplyDelay(delay: UsualReplyDelay | null | undefined): delay is UsualReplyDelay {
  return (
    delay != null &&
    delay.samples >= MIN_REPLY_DELAY_SAMPLES &&
    Number.isFinite(delay.medianMs) &&
    Number.isFinite(delay.highMs) &&
    delay.medianMs >= 0 &&
    delay.highMs >= delay.medianMs
  );
}

/**
 * The first nudge's window after learning: it waits until the client's usual high delay has passed,
 * but never drops below two business days (playbook: next-day follow-ups hurt), never below one day
 * less than the configured window, and never more than doubles it.
 */
export function adjustFirstWindowBusinessDays(
  configuredBusinessDays: number,
  delay: UsualReplyDelay | null | undefined,
  workingDaysPerWeek: number,
): number {
  if (!isUsableReplyDelay(delay)) return configuredBusinessDays;
  const highBusinessDays = Math.ceil(((delay.highMs / DAY_MS) * workingDaysPerWeek) / 7);
  const lowest = Math.max(2, configuredBusinessDays - 1);
  const highest = Math.max(lowest, configuredBusinessDays * 2);
  return Math.min(highest, Math.max(lowest, highBusinessDays + 1));
}

/** "Acme usually replies in about 5 days"; null while there are too few replies to say. */
export function describeUsualReplyDelay(
  clientName: string,
  delay: UsualReplyDelay | null,
): Explanation | null {
  if (!isUsableReplyDelay(delay)) return null;
  const name = clientName.trim().slice(0, 80);
  const duration = describeDuration(delay.medianMs);
  return name
    ? explain('usualReply', { name, delay: duration })
    : explain('usualReplyUnnamed', { delay: duration });
}

function describeDuration(ms: number): Explanation {
  if (ms < HOUR_MS) return explain('delayWithinTheHour');
  if (ms < DAY_MS) return explain('delayHours', { hours: Math.max(1, Math.round(ms / HOUR_MS)) });
  const days = Math.round(ms / DAY_MS);
  if (days < 14) return explain('delayDays', { days: Math.max(1, days) });
  return explain('delayWeeks', { weeks: Math.round(days / 7) });
}
