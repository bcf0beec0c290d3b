import type { KindCorrection } from '../core/classify/classify-email';
import { explain } from '../core/explanations/explanation';
import type { ThreadTransition } from '../core/threads/thread-transitions';
import {
  closeThread,
  correctKind,
  markAccepted,
  markDeclined,
  markPaid,
  markReplied,
  snoozeThread,
} from '../core/threads/thread-transitions';
import type { TrackedThread } from '../core/threads/tracked-thread';
import type { ThreadAction } from '../messaging/protocol';
import type { BackgroundContext } from './background-context';
import { CORRECTIONS_KEY, rememberCorrection } from './classifier-corrections';
import { MessageFailure } from './message-failure';

const UNDO_KEY_PREFIX = 'undo:';

/** What an undo restores: the thread exactly as it was, and the classifier's corrections if they changed. */
interface UndoRecord {
  thread: TrackedThread;
  corrections: KindCorrection[] | null;
}

function isUndoRecord(value: unknown): value is UndoRecord {
  return Boolean(value && typeof value === 'object' && 'thread' in value && 'corrections' in value);
}

/**
 * Applies one of the user's actions through the thread state machine and keeps what undoes it,
 * in the database, so the undo still works after the worker was stopped.
 */
export async function actOnThread(
  context: BackgroundContext,
  threadId: string,
  action: ThreadAction,
): Promise<{ undoToken: string; thread: TrackedThread }> {
  const thread = await context.threads.findById(threadId);
  if (!thread) throw new MessageFailure('not_found', explain('failThreadNotTracked'));
  const now = await context.now();
  const byYou = { source: 'user' as const, note: 'marked by you' };
  let transition: ThreadTransition;
  let corrections: KindCorrection[] | null = null;
  switch (action.type) {
    case 'replied':
      transition = markReplied(thread, byYou, now);
      break;
    case 'paid':
      transition = markPaid(thread, byYou, now);
      break;
    case 'accepted':
      transition = markAccepted(thread, byYou, now);
      break;
    case 'declined':
      transition = markDeclined(thread, byYou, now);
      break;
    case 'stop':
      transition = closeThread(thread, { source: 'user', note: 'stopped by you' }, now);
      break;
    case 'snooze':
      transition = snoozeThread(thread, action.until, { source: 'user', note: 'snoozed by you' }, now);
      break;
    case 'not_followup_worthy':
      transition = closeThread(
        thread,
        { source: 'user', rule: 'not-followup-worthy', note: `not a ${thread.kind}` },
        now,
      );
      if (transition.event) corrections = await rememberCorrection(context, thread, 'other');
      break;
    case 'reclassify':
      transition = correctKind(
        thread,
        action.kind,
        { source: 'user', note: `a ${action.kind}, said by you` },
        now,
      );
      if (transition.event) corrections = await rememberCorrection(context, thread, action.kind);
      break;
  }
  if (!transition.event) {
    throw new MessageFailure(
      'invalid',
      transition.unchangedBecause
        ? explain('failNothingChanged', { because: transition.unchangedBecause })
        : 'Nothing changed.',
    );
  }
  const undoToken = crypto.randomUUID();
  await context.settings.write(`${UNDO_KEY_PREFIX}${undoToken}`, {
    thread,
    corrections,
  } satisfies UndoRecord);
  await context.threads.saveTransition(transition.thread, transition.event);
  return { undoToken, thread: transition.thread };
}

/** Puts the thread back exactly as it was before the action, and records that it was undone. */
export async function undoThreadAction(
  context: BackgroundContext,
  undoToken: string,
): Promise<TrackedThread> {
  const key = `${UNDO_KEY_PREFIX}${undoToken}`;
  const record = await context.settings.read<UndoRecord | null>(key, null, isUndoRecord);
  if (!record) throw new MessageFailure('not_found', explain('failNothingToUndo'));
  const now = await context.now();
  if (record.corrections) await context.settings.write(CORRECTIONS_KEY, record.corrections);
  await context.threads.saveTransition(record.thread, {
    threadId: record.thread.id,
    type: 'reopened',
    at: now,
    evidence: { source: 'user', rule: `undo:${undoToken}`, note: 'undone by you' },
  });
  await context.settings.remove(key);
  return record.thread;
}
