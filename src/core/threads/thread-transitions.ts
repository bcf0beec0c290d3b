import type { CadenceSettings } from '../cadence/cadence-settings';
import type { LadderName } from '../cadence/plan-ladder';
import type { Classification, TrackedKind } from '../classify/kinds';
import { isTrackedKind, kindInWords } from '../classify/kinds';
import {
  type Explanation,
  type ExplanationCode,
  explain,
  type StoredExplanation,
} from '../explanations/explanation';
import type { SentEmail } from '../mail';
import { evaluateThread, isTerminalStatus } from './evaluate-thread';
import type { Evidence, ThreadEvent, ThreadEventType } from './thread-events';
import type { MailClient, ThreadStatus, TrackedThread } from './tracked-thread';

/**
 * The outcome of a transition. Idempotency contract: when the transition changes nothing (the same
 * fact reported twice, or a change that makes no sense from the current state) the SAME thread
 * object comes back with `event: null` and `unchangedBecause` saying why; the caller stores nothing.
 */
export interface ThreadTransition {
  thread: TrackedThread;
  event: ThreadEvent | null;
  unchangedBecause?: Explanation;
}

const MAX_BODY_EXCERPT_CHARS = 2_000;
const MAX_SUBJECT_CHARS = 500;
const MAX_NOTE_CHARS = 300;

function unchanged(thread: TrackedThread, because: Explanation): ThreadTransition {
  return { thread, event: null, unchangedBecause: because };
}

/** Why a thread that has stopped takes no further change, by the status it stopped in. */
const ALREADY_STOPPED: Partial<Record<ThreadStatus, ExplanationCode>> = {
  replied: 'unchangedAlreadyReplied',
  paid: 'unchangedAlreadyPaid',
  accepted: 'unchangedAlreadyAccepted',
  declined: 'unchangedAlreadyDeclined',
  closed: 'unchangedAlreadyClosed',
};

/** Only called for a terminal status, which each has its own words. */
function alreadyStopped(thread: TrackedThread): ThreadTransition {
  return unchanged(thread, explain(ALREADY_STOPPED[thread.status] ?? 'unchangedAlreadyClosed'));
}

function eventFor(
  thread: TrackedThread,
  type: ThreadEventType,
  evidence: Evidence,
  at: number,
  detail?: ThreadEvent['detail'],
): ThreadEvent {
  const event: ThreadEvent = { threadId: thread.id, type, at, evidence: { ...evidence } };
  if (detail) event.detail = detail;
  return event;
}

/** The evidence's own words for the change, else `fallback`; stored words are kept short. */
function noteOf(evidence: Evidence, fallback: Explanation): StoredExplanation {
  const { note } = evidence;
  if (typeof note === 'string') return note.trim().slice(0, MAX_NOTE_CHARS) || fallback;
  return note ?? fallback;
}

/** A hold keeps the evidence's words (an out-of-office reply), or none. */
function holdNote(evidence: Evidence): StoredExplanation | null {
  const { note } = evidence;
  if (typeof note === 'string') return note.trim().slice(0, MAX_NOTE_CHARS) || null;
  return note ?? null;
}

function stoppedBecause(evidence: Evidence, fallback: Explanation): Explanation {
  return explain('reasonStoppedBecause', { note: noteOf(evidence, fallback) });
}

function byYouOrFromMail(evidence: Evidence, byYou: ExplanationCode, fromMail: ExplanationCode): Explanation {
  return explain(evidence.source === 'user' ? byYou : fromMail);
}

/**
 * Starts watching a sent proposal, invoice or request. The first step is planned right away, so the
 * stored `nextDueAt` lets the sweep find the thread. Throws a TypeError when the classification's
 * kind is `other`: callers check `isTrackedKind` first, and tracking an untracked kind is a bug.
 */
export function startTracking(
  input: {
    id: string;
    client: MailClient;
    account: string;
    mailThreadId: string;
    messageId: string;
    email: SentEmail;
    classification: Classification;
    evidence?: Evidence;
  },
  settings: CadenceSettings,
  now: number,
): { thread: TrackedThread; event: ThreadEvent } {
  const { email, classification } = input;
  if (!isTrackedKind(classification.kind)) {
    throw new TypeError(`startTracking: kind "${classification.kind}" is not tracked`);
  }
  const recipients = [...email.to, ...email.cc];
  const draft: TrackedThread = {
    id: input.id,
    client: input.client,
    account: input.account,
    mailThreadIds: [input.mailThreadId],
    sentMessageIds: [input.messageId],
    kind: classification.kind,
    classification,
    subject: email.subject.slice(0, MAX_SUBJECT_CHARS),
    from: email.from,
    counterpart: recipients[0] ?? { email: '' },
    recipients,
    bodyExcerpt: email.bodyText.slice(0, MAX_BODY_EXCERPT_CHARS),
    sentAt: email.sentAt,
    status: 'waiting',
    statusUntil: null,
    nextDueAt: null,
    notifiedStepIndex: -1,
    createdAt: now,
    updatedAt: now,
    actedStepIndex: -1,
    ladderResumeAt: null,
    statusChangedAt: now,
    statusNote: null,
    bouncedAt: null,
    acknowledgedAt: null,
  };
  const verdict = evaluateThread(draft, settings, now);
  const thread = { ...draft, status: verdict.status, nextDueAt: verdict.nextDueAt };
  const evidence: Evidence = input.evidence ?? {
    source: input.client === 'gmail' ? 'gmail-sync' : 'outlook-sync',
    messageId: input.messageId,
  };
  return {
    thread,
    event: eventFor(thread, 'tracked', evidence, now, {
      kind: classification.kind,
      confidence: classification.confidence,
      sentAt: email.sentAt,
    }),
  };
}

function resolve(
  thread: TrackedThread,
  status: ThreadStatus,
  type: ThreadEventType,
  evidence: Evidence,
  at: number,
  note: StoredExplanation,
): ThreadTransition {
  const next: TrackedThread = {
    ...thread,
    status,
    statusUntil: null,
    nextDueAt: null,
    statusChangedAt: at,
    statusNote: note,
    updatedAt: at,
  };
  return { thread: next, event: eventFor(next, type, evidence, at, { from: thread.status }) };
}

/** The client answered. A second report, or a reply to a thread already resolved, changes nothing. */
export function markReplied(thread: TrackedThread, evidence: Evidence, at: number): ThreadTransition {
  if (isTerminalStatus(thread.status)) return alreadyStopped(thread);
  return resolve(
    thread,
    'replied',
    'replied',
    evidence,
    at,
    stoppedBecause(evidence, explain('noteClientReplied')),
  );
}

/** The invoice was paid; allowed after a reply ("will pay Friday", then the payment). */
export function markPaid(thread: TrackedThread, evidence: Evidence, at: number): ThreadTransition {
  if (thread.status === 'paid') return alreadyStopped(thread);
  return resolve(
    thread,
    'paid',
    'paid',
    evidence,
    at,
    stoppedBecause(evidence, byYouOrFromMail(evidence, 'noteMarkedPaidByYou', 'noteMarkedPaidFromMail')),
  );
}

export function markAccepted(thread: TrackedThread, evidence: Evidence, at: number): ThreadTransition {
  if (thread.status === 'accepted') return alreadyStopped(thread);
  return resolve(
    thread,
    'accepted',
    'accepted',
    evidence,
    at,
    stoppedBecause(
      evidence,
      byYouOrFromMail(evidence, 'noteMarkedAcceptedByYou', 'noteMarkedAcceptedFromMail'),
    ),
  );
}

export function markDeclined(thread: TrackedThread, evidence: Evidence, at: number): ThreadTransition {
  if (thread.status === 'declined') return alreadyStopped(thread);
  return resolve(
    thread,
    'declined',
    'declined',
    evidence,
    at,
    stoppedBecause(
      evidence,
      byYouOrFromMail(evidence, 'noteMarkedDeclinedByYou', 'noteMarkedDeclinedFromMail'),
    ),
  );
}

export function closeThread(thread: TrackedThread, evidence: Evidence, at: number): ThreadTransition {
  if (thread.status === 'closed') return alreadyStopped(thread);
  return resolve(
    thread,
    'closed',
    'closed',
    evidence,
    at,
    stoppedBecause(evidence, explain('noteClosedByYou')),
  );
}

function hold(
  thread: TrackedThread,
  status: 'snoozed' | 'paused',
  until: number,
  evidence: Evidence,
  at: number,
  note: StoredExplanation | null,
): ThreadTransition {
  if (isTerminalStatus(thread.status)) return alreadyStopped(thread);
  if (!Number.isFinite(until) || until <= at) return unchanged(thread, explain('unchangedHoldNotInFuture'));
  if (thread.status === status && thread.statusUntil === until) {
    return unchanged(
      thread,
      explain(status === 'snoozed' ? 'unchangedAlreadySnoozed' : 'unchangedAlreadyPaused'),
    );
  }
  const next: TrackedThread = {
    ...thread,
    status,
    statusUntil: until,
    nextDueAt: until,
    ladderResumeAt: until,
    ladderHeldStepIndex: (thread.actedStepIndex ?? -1) + 1,
    statusChangedAt: at,
    statusNote: note,
    updatedAt: at,
  };
  return { thread: next, event: eventFor(next, status, evidence, at, { until, from: thread.status }) };
}

/** "Remind me on …": nothing comes due before `until`; then the held step is due again. */
export function snoozeThread(
  thread: TrackedThread,
  until: number,
  evidence: Evidence,
  at: number,
): ThreadTransition {
  return hold(thread, 'snoozed', until, evidence, at, holdNote(evidence));
}

/** The client is out of office until `until`; the ladder resumes from then with its spacing kept. */
export function pauseThread(
  thread: TrackedThread,
  until: number,
  evidence: Evidence,
  at: number,
): ThreadTransition {
  return hold(thread, 'paused', until, evidence, at, holdNote(evidence));
}

/**
 * The client acknowledged without answering ("thanks, will look at it next week"): the silence is
 * broken, so nothing comes due before `checkInAt`; then a gentle check-in (the next step) is due.
 */
export function markAcknowledged(
  thread: TrackedThread,
  checkInAt: number,
  evidence: Evidence,
  at: number,
): ThreadTransition {
  if (isTerminalStatus(thread.status)) return alreadyStopped(thread);
  if (!Number.isFinite(checkInAt) || checkInAt <= at)
    return unchanged(thread, explain('unchangedCheckInNotInFuture'));
  if (thread.acknowledgedAt === at && thread.ladderResumeAt === checkInAt) {
    return unchanged(thread, explain('unchangedAcknowledgementRecorded'));
  }
  const next: TrackedThread = {
    ...thread,
    status: 'waiting',
    statusUntil: null,
    nextDueAt: checkInAt,
    ladderResumeAt: checkInAt,
    ladderHeldStepIndex: (thread.actedStepIndex ?? -1) + 1,
    acknowledgedAt: at,
    statusChangedAt: at,
    statusNote: noteOf(evidence, explain('noteClientAcknowledged')),
    updatedAt: at,
  };
  return { thread: next, event: eventFor(next, 'acknowledged', evidence, at, { checkInAt }) };
}

/**
 * A message to the client bounced: the next step comes due now and goes to another contact, until
 * the user sends again in the thread. A second bounce before that changes nothing.
 */
export function markBounced(thread: TrackedThread, evidence: Evidence, at: number): ThreadTransition {
  if (isTerminalStatus(thread.status)) return alreadyStopped(thread);
  if (thread.bouncedAt != null) return unchanged(thread, explain('unchangedBounceRecorded'));
  const next: TrackedThread = {
    ...thread,
    bouncedAt: at,
    nextDueAt: thread.status === 'waiting' || thread.status === 'due' ? at : thread.nextDueAt,
    statusNote: explain('noteAddressBounced'),
    updatedAt: at,
  };
  return { thread: next, event: eventFor(next, 'bounced', evidence, at) };
}

/**
 * The user sent a message in the thread themselves (a follow-up, perhaps the suggested one): it
 * never counts as the client's reply; it completes the step that is due (or the next one when sent
 * early) and clears a bounce. Reported twice with the same message id, it changes nothing.
 */
export function recordOwnFollowUp(
  thread: TrackedThread,
  messageId: string,
  evidence: Evidence,
  at: number,
  settings: CadenceSettings,
): ThreadTransition {
  if (thread.sentMessageIds.includes(messageId))
    return unchanged(thread, explain('unchangedMessageRecorded'));
  const sentMessageIds = [...thread.sentMessageIds, messageId];
  if (isTerminalStatus(thread.status)) {
    const next = { ...thread, sentMessageIds, updatedAt: at };
    return { thread: next, event: eventFor(next, 'followed_up', { ...evidence, messageId }, at) };
  }
  const verdict = evaluateThread(thread, settings, at);
  const completed = verdict.dueStep ?? verdict.nextStep;
  const acted = Math.max(thread.actedStepIndex ?? -1, completed?.index ?? -1);
  const next: TrackedThread = {
    ...thread,
    sentMessageIds,
    actedStepIndex: acted,
    notifiedStepIndex: Math.max(thread.notifiedStepIndex, acted),
    bouncedAt: null,
    status: isHeldStatus(thread.status) ? thread.status : 'waiting',
    // The sweep settles the status and next step on its next pass.
    nextDueAt: isHeldStatus(thread.status) ? thread.nextDueAt : at,
    updatedAt: at,
  };
  return {
    thread: next,
    event: eventFor(next, 'followed_up', { ...evidence, messageId }, at, {
      completedStep: completed?.index ?? null,
      stage: completed?.stage ?? null,
    }),
  };
}

function isHeldStatus(status: ThreadStatus): boolean {
  return status === 'snoozed' || status === 'paused';
}

/** The user did a step outside the mail (the call): the ladder moves on to the next one. */
export function completeStep(
  thread: TrackedThread,
  stepIndex: number,
  evidence: Evidence,
  at: number,
): ThreadTransition {
  if (isTerminalStatus(thread.status)) return alreadyStopped(thread);
  if (!Number.isInteger(stepIndex) || stepIndex < 0) return unchanged(thread, explain('unchangedNoSuchStep'));
  if (stepIndex <= (thread.actedStepIndex ?? -1)) return unchanged(thread, explain('unchangedStepDone'));
  const next: TrackedThread = {
    ...thread,
    actedStepIndex: stepIndex,
    notifiedStepIndex: Math.max(thread.notifiedStepIndex, stepIndex),
    status: isHeldStatus(thread.status) ? thread.status : 'waiting',
    nextDueAt: isHeldStatus(thread.status) ? thread.nextDueAt : at,
    updatedAt: at,
  };
  return { thread: next, event: eventFor(next, 'step_done', evidence, at, { stepIndex }) };
}

/**
 * The undo of any of the above: the thread watches again with its ladder as planned (a hold that
 * had not ended yet is dropped; one that already ended keeps the steps it moved). The status is
 * settled by the next sweep, which `nextDueAt = at` schedules right away.
 */
export function reopenThread(thread: TrackedThread, evidence: Evidence, at: number): ThreadTransition {
  if (thread.status === 'waiting' || thread.status === 'due') {
    if (thread.bouncedAt == null) return unchanged(thread, explain('unchangedAlreadyWatched'));
  }
  const resumeAt = thread.ladderResumeAt ?? null;
  const next: TrackedThread = {
    ...thread,
    status: 'waiting',
    statusUntil: null,
    nextDueAt: at,
    ladderResumeAt: resumeAt !== null && resumeAt > at ? null : resumeAt,
    ladderHeldStepIndex: resumeAt !== null && resumeAt > at ? null : (thread.ladderHeldStepIndex ?? null),
    acknowledgedAt: resumeAt !== null && resumeAt > at ? null : (thread.acknowledgedAt ?? null),
    bouncedAt: null,
    statusChangedAt: at,
    statusNote: null,
    updatedAt: at,
  };
  return { thread: next, event: eventFor(next, 'reopened', evidence, at, { from: thread.status }) };
}

/**
 * The user corrected what kind of email this was: the new kind's ladder starts over, without a burst
 * of steps whose time already passed (they are held until `at`).
 */
export function correctKind(
  thread: TrackedThread,
  kind: TrackedKind,
  evidence: Evidence,
  at: number,
): ThreadTransition {
  if (thread.kind === kind)
    return unchanged(thread, explain('unchangedAlreadyKind', { kind: kindInWords(kind) }));
  const next: TrackedThread = {
    ...thread,
    kind,
    classification: { ...thread.classification, kind },
    actedStepIndex: -1,
    notifiedStepIndex: -1,
    ladderResumeAt: at,
    ladderHeldStepIndex: 0,
    status: isTerminalStatus(thread.status) || isHeldStatus(thread.status) ? thread.status : 'waiting',
    nextDueAt: isTerminalStatus(thread.status) ? null : isHeldStatus(thread.status) ? thread.nextDueAt : at,
    updatedAt: at,
  };
  return {
    thread: next,
    event: eventFor(next, 'kind_corrected', evidence, at, { from: thread.kind, to: kind }),
  };
}

/** Switches the thread to another ladder (e.g. mid-project silence); null: back to its kind's own. */
export function changeLadder(
  thread: TrackedThread,
  ladder: LadderName | null,
  evidence: Evidence,
  at: number,
): ThreadTransition {
  const current = thread.ladder ?? null;
  if (current === ladder || (ladder === thread.kind && current === null)) {
    return unchanged(thread, explain('unchangedSameLadder'));
  }
  const next: TrackedThread = {
    ...thread,
    ladder: ladder === thread.kind ? null : ladder,
    actedStepIndex: -1,
    notifiedStepIndex: -1,
    ladderResumeAt: at,
    ladderHeldStepIndex: 0,
    status: isTerminalStatus(thread.status) || isHeldStatus(thread.status) ? thread.status : 'waiting',
    nextDueAt: isTerminalStatus(thread.status) ? null : isHeldStatus(thread.status) ? thread.nextDueAt : at,
    updatedAt: at,
  };
  return {
    thread: next,
    event: eventFor(next, 'ladder_changed', evidence, at, {
      from: current ?? thread.kind,
      to: ladder ?? thread.kind,
    }),
  };
}
