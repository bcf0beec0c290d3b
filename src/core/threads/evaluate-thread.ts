import type { CadenceSettings } from '../cadence/cadence-settings';
import type { LadderStep } from '../cadence/plan-ladder';
import { createWorkingCalendar, isoDateOfDay } from '../cadence/working-calendar';
import {
  type CalendarDate,
  calendarDate,
  type Explanation,
  explain,
  type StoredExplanation,
} from '../explanations/explanation';
import { planThreadSteps } from './plan-thread-steps';
import type { ThreadStatus, TrackedThread } from './tracked-thread';

export interface ThreadVerdict {
  status: ThreadStatus;
  /** The step due now, if any: the latest one whose time has come and the user has not acted on. */
  dueStep: LadderStep | null;
  /** The next step not yet due. */
  nextStep: LadderStep | null;
  /** When to look at the thread again; null when nothing more can happen without a new signal. */
  nextDueAt: number | null;
  /** "Why is this due?" or "why did this stop?"; words stored by older versions come back as they are. */
  reason: StoredExplanation;
}

const TERMINAL_STATUSES: ReadonlySet<ThreadStatus> = new Set([
  'replied',
  'paid',
  'accepted',
  'declined',
  'closed',
]);

const STOPPED_BECAUSE: Record<string, Explanation> = {
  replied: explain('reasonStoppedReplied'),
  paid: explain('reasonStoppedPaid'),
  accepted: explain('reasonStoppedAccepted'),
  declined: explain('reasonStoppedDeclined'),
  closed: explain('reasonStoppedClosed'),
};

export function isTerminalStatus(status: ThreadStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** Whether a snooze or out-of-office pause still holds at `now`. */
export function isHeld(thread: TrackedThread, now: number): boolean {
  return (
    (thread.status === 'snoozed' || thread.status === 'paused') &&
    (thread.statusUntil === null || thread.statusUntil > now)
  );
}

/** The user's calendar day of a moment. */
function dateOf(settings: CadenceSettings, at: number): CalendarDate {
  return calendarDate(isoDateOfDay(createWorkingCalendar(settings).dayOf(at)));
}

/**
 * Where a thread stands at `now`. Pure: the stored status is only trusted for terminal states and
 * holds; everything else is recomputed from the ladder, so a snoozed or paused thread whose
 * `statusUntil` has passed comes back as waiting or due.
 */
export function evaluateThread(thread: TrackedThread, settings: CadenceSettings, now: number): ThreadVerdict {
  return judgeThread(thread, settings, now, true);
}

/**
 * The sweep's cheaper look: the same verdict without building the reason's words, which a sweep
 * over many threads never shows (issue #4: 100,000 threads in 500 ms).
 */
export function evaluateThreadQuietly(
  thread: TrackedThread,
  settings: CadenceSettings,
  now: number,
): Omit<ThreadVerdict, 'reason'> {
  return judgeThread(thread, settings, now, false);
}

function judgeThread(
  thread: TrackedThread,
  settings: CadenceSettings,
  now: number,
  withReason: boolean,
): ThreadVerdict {
  if (isTerminalStatus(thread.status)) {
    return {
      status: thread.status,
      dueStep: null,
      nextStep: null,
      nextDueAt: null,
      reason: thread.statusNote ?? STOPPED_BECAUSE[thread.status] ?? explain('reasonStopped'),
    };
  }
  const steps = planThreadSteps(thread, settings);
  const firstPending = (thread.actedStepIndex ?? -1) + 1;

  if (isHeld(thread, now)) {
    const nextStep = steps[firstPending] ?? null;
    const until = thread.statusUntil;
    if (!withReason) return { status: thread.status, dueStep: null, nextStep, nextDueAt: until, reason: '' };
    const day = until === null ? null : dateOf(settings, until);
    // An out-of-office pause carries the words it was read from, which already name the return.
    let held: StoredExplanation;
    if (thread.status === 'snoozed') {
      const snoozed = day ? explain('reasonSnoozedUntil', { day }) : explain('reasonSnoozed');
      held = thread.statusNote
        ? explain('reasonWithNote', { first: snoozed, note: thread.statusNote })
        : snoozed;
    } else {
      held = thread.statusNote ?? (day ? explain('reasonPausedUntil', { day }) : explain('reasonPaused'));
    }
    return {
      status: thread.status,
      dueStep: null,
      nextStep,
      nextDueAt: until,
      reason: nextStep ? explain('reasonThenStep', { first: held, step: nextStep.label }) : held,
    };
  }

  let dueStep: LadderStep | null = null;
  let nextStep: LadderStep | null = null;
  for (let index = firstPending; index < steps.length; index += 1) {
    const step = steps[index]!;
    if (step.dueAt <= now) dueStep = step;
    else {
      nextStep = step;
      break;
    }
  }
  const nextDueAt = nextStep?.dueAt ?? null;
  if (!withReason) return { status: dueStep ? 'due' : 'waiting', dueStep, nextStep, nextDueAt, reason: '' };
  if (dueStep) {
    return {
      status: 'due',
      dueStep,
      nextStep,
      nextDueAt,
      reason: explain('reasonStepDue', { step: dueStep.label, why: dueStep.why }),
    };
  }
  let reason: Explanation;
  if (nextStep) {
    reason = explain('reasonWaitingForStep', {
      step: nextStep.label,
      day: dateOf(settings, nextStep.dueAt),
      why: nextStep.why,
    });
    if (thread.acknowledgedAt != null) {
      reason = explain('reasonAcknowledged', { day: dateOf(settings, thread.acknowledgedAt), next: reason });
    }
  } else {
    reason = explain(steps.length === 0 ? 'reasonNothingPlanned' : 'reasonAllStepsDone');
  }
  return { status: 'waiting', dueStep: null, nextStep, nextDueAt, reason };
}
