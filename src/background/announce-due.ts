import { isWithinQuietHours } from '../core/cadence/notification-timing';
import type { LadderStep } from '../core/cadence/plan-ladder';
import type { TrackedThread } from '../core/threads/tracked-thread';
import type { BackgroundContext } from './background-context';
import {
  describeDigest,
  describeDueNotification,
  describeHeldNotifications,
  describeManyDue,
} from './due-notification';

export interface ShownNotification {
  id: string;
  title: string;
  message: string;
}

/** The browser's notifications, injected so the rules below are tested without one. */
export type ShowNotification = (notification: ShownNotification) => Promise<void>;

/** More steps than this coming due in one sweep are announced together. */
const MAX_SEPARATE_NOTIFICATIONS = 3;

/** How many step notifications quiet hours held back, kept across worker restarts. */
export const HELD_NOTIFICATIONS_KEY = 'heldNotifications';

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * Steps that just came due (each reported once ever by the sweep) become notifications, unless the user
 * turned them off; in quiet hours they are only counted, and the first sweep after quiet hours says how
 * many came due meanwhile, in one notification (issue #7).
 */
export async function announceNewlyDue(
  context: BackgroundContext,
  show: ShowNotification,
  newlyDue: ReadonlyArray<{ threadId: string; step: LadderStep }>,
): Promise<void> {
  const preferences = await context.preferences();
  if (!preferences.notifyWhenDue) return;
  const now = await context.now();
  const { timeZone } = await context.cadenceSettings();
  const held = await context.settings.read(HELD_NOTIFICATIONS_KEY, 0, isCount);
  if (isWithinQuietHours(now, preferences.quietHours, timeZone)) {
    if (newlyDue.length > 0) await context.settings.write(HELD_NOTIFICATIONS_KEY, held + newlyDue.length);
    return;
  }
  if (held > 0) {
    await show(describeHeldNotifications(held));
    await context.settings.write(HELD_NOTIFICATIONS_KEY, 0);
  }
  // Many at once (an import of past mail, a long time away): one notification, never a burst.
  if (newlyDue.length > MAX_SEPARATE_NOTIFICATIONS) {
    await show(describeManyDue(newlyDue.length));
    return;
  }
  for (const { threadId, step } of newlyDue) {
    const thread = await context.threads.findById(threadId);
    if (thread) await show(describeDueNotification(thread, step));
  }
}

/** Invoices first (money waits longest), then the longest silence: the popup's "Due now" order. */
function byUrgency(a: TrackedThread, b: TrackedThread): number {
  return Number(b.kind === 'invoice') - Number(a.kind === 'invoice') || a.sentAt - b.sentAt;
}

/** The daily digest, when the user asked for one and something is due; true when it was shown. */
export async function showDigest(context: BackgroundContext, show: ShowNotification): Promise<boolean> {
  const preferences = await context.preferences();
  if (preferences.digestHour === null) return false;
  const due = [...(await context.threads.dueNow(100))].sort(byUrgency);
  const digest = describeDigest(due);
  if (!digest) return false;
  await show(digest);
  return true;
}
