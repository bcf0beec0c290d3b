import type { CadenceSettings } from '../cadence/cadence-settings';
import type { LadderStep } from '../cadence/plan-ladder';
import { evaluateThreadQuietly, isHeld } from './evaluate-thread';
import type { ThreadEvent } from './thread-events';
import type { TrackedThread } from './tracked-thread';

export interface SweepResult {
  /** The thread with status, nextDueAt and notifiedStepIndex settled; the same object when unchanged. */
  thread: TrackedThread;
  /** `resumed` when a hold ended, `step_due` once per announced step. */
  events: ThreadEvent[];
  /** A step that became due and was not announced before. */
  notify: LadderStep | null;
}

/**
 * A later step is always news. The announced step is news again only when a hold or a bounce that
 * began after it was announced moved it: so undoing a snooze (which restores the old time) or
 * changing working hours never repeats a notification.
 */
function isNewAnnouncement(thread: TrackedThread, step: LadderStep): boolean {
  if (step.index > thread.notifiedStepIndex) return true;
  if (step.index < thread.notifiedStepIndex) return false;
  const announcedAt = thread.notifiedStepDueAt;
  if (announcedAt == null || step.dueAt <= announcedAt) return false;
  return (
    (thread.ladderResumeAt ?? Number.NEGATIVE_INFINITY) > announcedAt ||
    (thread.bouncedAt ?? Number.NEGATIVE_INFINITY) > announcedAt
  );
}

/**
 * One thread's share of the background sweep. Idempotent: a second run at the same `now` returns the
 * same thread object, no events and nothing to notify, because the announced step is remembered in
 * `notifiedStepIndex` and `notifiedStepDueAt` (architecture: "notify each step once"). Event rules carry the step's due time
 * (`step:2@…`), so a step held back by a snooze and announced again is a new fact, while a repeated
 * report of the same one is deduplicated by storage.
 */
export function sweepThread(thread: TrackedThread, settings: CadenceSettings, now: number): SweepResult {
  const verdict = evaluateThreadQuietly(thread, settings, now);
  const events: ThreadEvent[] = [];
  const patch: Partial<TrackedThread> = {};
  let changed = false;

  const wasHeld = thread.status === 'snoozed' || thread.status === 'paused';
  if (wasHeld && !isHeld(thread, now)) {
    const until = thread.statusUntil ?? now;
    events.push({
      threadId: thread.id,
      type: 'resumed',
      at: until,
      evidence: { source: 'sweep', rule: `resume:${thread.status}@${until}` },
      detail: { from: thread.status },
    });
    patch.statusUntil = null;
    patch.statusChangedAt = until;
    patch.statusNote = null;
    changed = true;
  }

  let notify: LadderStep | null = null;
  const dueStep = verdict.dueStep;
  if (dueStep && isNewAnnouncement(thread, dueStep)) {
    notify = dueStep;
    events.push({
      threadId: thread.id,
      type: 'step_due',
      at: dueStep.dueAt,
      // The reason is kept as an explanation, not words, so the history shows it in the reader's
      // language (events stored before 2026-11-23 carry an English `detail.why` that nothing reads).
      evidence: { source: 'sweep', rule: `step:${dueStep.index}@${dueStep.dueAt}`, note: dueStep.why },
      detail: { stepIndex: dueStep.index, stage: dueStep.stage, channel: dueStep.channel },
    });
    patch.notifiedStepIndex = dueStep.index;
    patch.notifiedStepDueAt = dueStep.dueAt;
    changed = true;
  }

  if (thread.status !== verdict.status) {
    patch.status = verdict.status;
    changed = true;
  }
  if (thread.nextDueAt !== verdict.nextDueAt) {
    patch.nextDueAt = verdict.nextDueAt;
    changed = true;
  }
  const next = changed ? { ...thread, ...patch, updatedAt: now } : thread;
  return { thread: next, events, notify };
}
