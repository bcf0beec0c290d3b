import type { LadderStep } from '../core/cadence/plan-ladder';
import type { TrackedThread } from '../core/threads/tracked-thread';
import { explainInUiLanguage } from '../messaging/explain-in-ui-language';
import { t } from '../platform/ui-strings';

const ID_PREFIX = 'due|';
const DIGEST_PREFIX = 'digest|';
export const HELD_NOTIFICATION_ID = 'held';
const MAX_LINE_CHARS = 120;
/** Lines a digest lists before "and N more": what fits in an OS notification. */
const DIGEST_LINES = 3;

function shorten(text: string): string {
  return text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS - 1)}…` : text;
}

/** The notification for a step that just came due; plain text only (the OS renders it). */
export function describeDueNotification(thread: TrackedThread, step: LadderStep) {
  const client = thread.counterpart.name ?? thread.counterpart.email;
  const subject =
    thread.subject.length > MAX_LINE_CHARS
      ? `${thread.subject.slice(0, MAX_LINE_CHARS - 1)}…`
      : thread.subject;
  return {
    id: `${ID_PREFIX}${thread.id}`,
    title: t('notifyStepDue', explainInUiLanguage(step.label), client).slice(0, MAX_LINE_CHARS),
    message: subject || t('noSubject'),
  };
}

/**
 * The daily digest (issue #7): how many follow-ups are due, the most urgent few by client and subject.
 * Clicking it opens the most urgent; null when nothing is due (no digest is better than an empty one).
 */
export function describeDigest(due: readonly TrackedThread[]) {
  const [first] = due;
  if (!first) return null;
  const lines = due.slice(0, DIGEST_LINES).map((thread) => {
    const client = thread.counterpart.name ?? thread.counterpart.email;
    return shorten(`${client}: ${thread.subject || t('noSubject')}`);
  });
  if (due.length > DIGEST_LINES) lines.push(t('notifyAndMore', due.length - DIGEST_LINES));
  return {
    id: `${DIGEST_PREFIX}${first.id}`,
    title: due.length === 1 ? t('notifyDigestOne') : t('notifyDigestMany', due.length),
    message: lines.join('\n'),
  };
}

/** What quiet hours held back, said once they end: one notification, never a burst. */
export function describeHeldNotifications(count: number) {
  return {
    id: HELD_NOTIFICATION_ID,
    title: count === 1 ? t('notifyHeldOne') : t('notifyHeldMany', count),
    message: t('notifyHeldMessage'),
  };
}

/** Many steps came due at once: one notification says how many. */
export function describeManyDue(count: number) {
  return { id: HELD_NOTIFICATION_ID, title: t('notifyDigestMany', count), message: t('notifyManyMessage') };
}

/** The tracked thread a notification is about, or null for someone else's notification id. */
export function threadIdOfNotification(notificationId: string): string | null {
  for (const prefix of [ID_PREFIX, DIGEST_PREFIX]) {
    if (notificationId.startsWith(prefix)) return notificationId.slice(prefix.length) || null;
  }
  return null;
}
