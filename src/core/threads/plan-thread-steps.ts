import type { CadenceSettings } from '../cadence/cadence-settings';
import { type LadderStep, planLadder } from '../cadence/plan-ladder';
import { createWorkingCalendar, isoDateOfDay } from '../cadence/working-calendar';
import { calendarDate, explain } from '../explanations/explanation';
import type { TrackedThread } from './tracked-thread';

/** The thread's own ladder before any hold or bounce moved it. */
export function planThreadLadder(thread: TrackedThread, settings: CadenceSettings): LadderStep[] {
  return planLadder(
    {
      kind: thread.kind,
      sentAt: thread.sentAt,
      dueDate: thread.classification?.fields?.dueDate ?? null,
      usualReplyDelay: thread.usualReplyDelay ?? null,
      ladder: thread.ladder ?? null,
    },
    settings,
  );
}

/**
 * The thread's ladder as it stands now: steps the user has not acted on are held back by a snooze,
 * an out-of-office pause or an acknowledgement (`ladderResumeAt`), and a bounce brings the next step
 * forward and sends it to another contact. Held steps keep their spacing: the whole remaining ladder
 * moves by the number of local days its next step was held up, then lands on working days.
 */
export function planThreadSteps(thread: TrackedThread, settings: CadenceSettings): LadderStep[] {
  const steps = planThreadLadder(thread, settings);
  const firstPending = (thread.actedStepIndex ?? -1) + 1;
  if (firstPending >= steps.length) return steps;
  const resumeAt = thread.ladderResumeAt ?? null;
  const bouncedAt = thread.bouncedAt ?? null;
  // The shift is measured from the step that was next when the hold began, so acting on that step
  // later does not make the following one "held up" too.
  const heldIndex = Math.min(thread.ladderHeldStepIndex ?? firstPending, steps.length - 1);
  const held = steps[heldIndex]!;
  const isShifted = resumeAt !== null && held.dueAt < resumeAt;
  if (!isShifted && bouncedAt === null) return steps;

  const calendar = createWorkingCalendar(settings);
  if (isShifted) {
    const resumeMoment = calendar.nextWorkingMoment(resumeAt);
    const shiftDays = calendar.dayOf(resumeMoment) - calendar.dayOf(held.dueAt);
    const heldUntil = calendarDate(isoDateOfDay(calendar.dayOf(resumeMoment)));
    let previousAt = resumeMoment;
    for (let index = Math.max(heldIndex, firstPending); index < steps.length; index += 1) {
      const step = steps[index]!;
      const dueAt =
        index === heldIndex
          ? resumeMoment
          : Math.max(
              previousAt,
              calendar.workdayStartOf(calendar.nextWorkingDayFrom(calendar.dayOf(step.dueAt) + shiftDays)),
            );
      previousAt = dueAt;
      steps[index] = { ...step, dueAt, why: explain('whyHeldUntil', { why: step.why, day: heldUntil }) };
    }
  }
  if (bouncedAt !== null) {
    // A hold that began after the bounce decides the timing; the other contact is needed either way.
    const bounceMoment =
      bouncedAt >= (resumeAt ?? Number.NEGATIVE_INFINITY) ? calendar.nextWorkingMoment(bouncedAt) : null;
    for (let index = firstPending; index < steps.length; index += 1) {
      const step = steps[index]!;
      let dueAt = step.dueAt;
      // Due at the bounce, whether it was planned earlier or later: "try another contact" is news now.
      if (bounceMoment !== null)
        dueAt = index === firstPending ? bounceMoment : Math.max(step.dueAt, bounceMoment);
      steps[index] = {
        ...step,
        dueAt,
        channel: step.channel === 'email' ? 'another_contact' : step.channel,
        why:
          index === firstPending
            ? explain('whyBouncedTryAnotherContact', { why: step.why })
            : explain('whyAlsoBounced', { why: step.why }),
      };
    }
  }
  return steps;
}
