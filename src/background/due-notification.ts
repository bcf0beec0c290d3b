import type { LadderStep } from '../core/cadence/plan-ladder';
import type { TrackedThread } from '../core/threads/tracked-thread';

const ID_PREFIX = 'due|';
const MAX_LINE_CHARS = 120;

/** The notification for a step that just came due; plain text only (the OS renders it). */
export function describeDueNotification(thread: TrackedThread, step: LadderStep) {
  const client = thread.counterpart.name ?? thread.counterpart.email;
  const subject =
    thread.subject.length > MAX_LINE_CHARS
      ? `${thread.subject.slice(0, MAX_LINE_CHARS - 1)}…`
      : thread.subject;
  return {
    id: `${ID_PREFIX}${thread.id}`,
    title: `${step.label} due · ${client}`.slice(0, MAX_LINE_CHARS),
    message: subject || '(no subject)',
  };
}

/** The tracked thread a notification is about, or null for someone else's notification id. */
export function threadIdOfNotification(notificationId: string): string | null {
  return notificationId.startsWith(ID_PREFIX) ? notificationId.slice(ID_PREFIX.length) || null : null;
}
