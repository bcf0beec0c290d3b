import { describe, expect, it } from 'vitest';
import { evaluateThread } from '../../../../src/core/threads/evaluate-thread';
import { sweepThread } from '../../../../src/core/threads/sweep-threads';
import {
  changeLadder,
  completeStep,
  correctKind,
  markPaid,
  markReplied,
  pauseThread,
  recordOwnFollowUp,
  reopenThread,
  snoozeThread,
  startTracking,
} from '../../../../src/core/threads/thread-transitions';
import { inEnglish } from '../../../support/in-english';
import { BERLIN, berlinTime, classificationOf, trackThread } from './thread-builder';

const user = { source: 'user' as const };
const fromGmail = (messageId: string) => ({ source: 'gmail-sync' as const, messageId });

describe('startTracking', () => {
  it('plans the first step, so the sweep can find the thread', () => {
    const sentAt = berlinTime('2026-11-02T10:00:00');
    const { thread, event } = startTracking(
      {
        id: 'gmail:0:t-9',
        client: 'gmail',
        account: '0',
        mailThreadId: 't-9',
        messageId: 'm-9',
        email: {
          subject: 'Invoice R-77',
          bodyText: 'Invoice attached.',
          attachmentNames: ['R-77.pdf'],
          from: { email: 'lena@studio.example' },
          to: [{ email: 'tom@acme.example' }],
          cc: [],
          sentAt,
        },
        classification: classificationOf('invoice', '2026-11-16'),
      },
      BERLIN,
      sentAt,
    );
    expect(thread).toMatchObject({
      kind: 'invoice',
      status: 'waiting',
      counterpart: { email: 'tom@acme.example' },
      mailThreadIds: ['t-9'],
      sentMessageIds: ['m-9'],
      notifiedStepIndex: -1,
      actedStepIndex: -1,
      // The courtesy note: 3 days before the 16th is Friday the 13th.
      nextDueAt: berlinTime('2026-11-13T09:00:00'),
    });
    expect(event).toEqual({
      threadId: 'gmail:0:t-9',
      type: 'tracked',
      at: sentAt,
      evidence: { source: 'gmail-sync', messageId: 'm-9' },
      detail: { kind: 'invoice', confidence: 0.9, sentAt },
    });
  });

  it('refuses to track an email of kind other', () => {
    const other = { ...classificationOf('proposal'), kind: 'other' as const };
    expect(() =>
      startTracking(
        {
          id: 'x',
          client: 'gmail',
          account: '0',
          mailThreadId: 't',
          messageId: 'm',
          email: {
            subject: '',
            bodyText: '',
            attachmentNames: [],
            from: { email: 'a@b.example' },
            to: [],
            cc: [],
            sentAt: 0,
          },
          classification: other,
        },
        BERLIN,
        0,
      ),
    ).toThrow(TypeError);
  });
});

describe('thread transitions', () => {
  const proposal = trackThread();
  const at = berlinTime('2026-11-06T11:00:00');

  it('marks a reply once: a second identical report changes nothing and returns no event', () => {
    const first = markReplied(proposal, fromGmail('r-1'), at);
    expect(first.thread.status).toBe('replied');
    expect(first.event).toMatchObject({
      type: 'replied',
      at,
      evidence: { messageId: 'r-1' },
      detail: { from: 'waiting' },
    });
    const second = markReplied(first.thread, fromGmail('r-1'), at + 60_000);
    expect(second.event).toBeNull();
    expect(second.thread).toBe(first.thread);
    expect(inEnglish(second.unchangedBecause)).toBe('the client has already replied');
  });

  it('lets an invoice be marked paid after the client replied', () => {
    const invoice = trackThread({ kind: 'invoice', dueDate: '2026-11-16' });
    const replied = markReplied(invoice, fromGmail('r-1'), at).thread;
    const paid = markPaid(replied, user, at + 1000);
    expect(paid.thread.status).toBe('paid');
    expect(paid.event?.detail).toEqual({ from: 'replied' });
    expect(markPaid(paid.thread, user, at + 2000).event).toBeNull();
  });

  it('undoes a snooze with reopen: the due step is back, its announcement kept', () => {
    const dueAt = berlinTime('2026-11-05T09:00:00');
    const swept = sweepThread(proposal, BERLIN, dueAt).thread;
    expect(swept.status).toBe('due');
    const snoozed = snoozeThread(swept, berlinTime('2026-11-12T09:00:00'), user, at);
    expect(snoozed.event).toMatchObject({
      type: 'snoozed',
      detail: { until: berlinTime('2026-11-12T09:00:00'), from: 'due' },
    });
    expect(snoozed.thread).toMatchObject({ status: 'snoozed', nextDueAt: berlinTime('2026-11-12T09:00:00') });
    const reopened = reopenThread(snoozed.thread, user, at + 1000);
    expect(reopened.event).toMatchObject({ type: 'reopened', detail: { from: 'snoozed' } });
    const verdict = evaluateThread(reopened.thread, BERLIN, at + 1000);
    expect(verdict.status).toBe('due');
    expect(verdict.dueStep?.dueAt).toBe(dueAt);
    expect(reopened.thread.nextDueAt).toBe(at + 1000);
  });

  it('reopens a thread closed by mistake with its ladder as planned', () => {
    const replied = markReplied(proposal, fromGmail('r-1'), at).thread;
    const reopened = reopenThread(replied, user, berlinTime('2026-11-12T10:00:00')).thread;
    const verdict = evaluateThread(reopened, BERLIN, berlinTime('2026-11-12T10:00:00'));
    expect(inEnglish(verdict.dueStep?.label)).toBe('2nd nudge');
    expect(reopenThread(reopened, user, berlinTime('2026-11-12T10:01:00')).event).toBeNull();
  });

  it.each([
    [
      'a snooze into the past',
      () => snoozeThread(proposal, at - 1, user, at),
      'the hold must end in the future',
    ],
    [
      'a pause of a replied thread',
      () => pauseThread(markReplied(proposal, user, at).thread, at + 5, user, at),
      'the client has already replied',
    ],
    [
      'the same snooze twice',
      () => {
        const once = snoozeThread(proposal, at + 86_400_000, user, at).thread;
        return snoozeThread(once, at + 86_400_000, user, at + 5);
      },
      'the thread is already snoozed until then',
    ],
  ])('changes nothing for %s', (_name, run, because) => {
    const result = run();
    expect(result.event).toBeNull();
    expect(inEnglish(result.unchangedBecause)).toBe(because);
  });

  it('counts the user’s own follow-up as the due step done, never as a reply', () => {
    const swept = sweepThread(proposal, BERLIN, berlinTime('2026-11-05T09:00:00')).thread;
    const followedUp = recordOwnFollowUp(
      swept,
      'm-2',
      fromGmail('m-2'),
      berlinTime('2026-11-05T10:00:00'),
      BERLIN,
    );
    expect(followedUp.thread.status).toBe('waiting');
    expect(followedUp.thread.actedStepIndex).toBe(0);
    expect(followedUp.thread.sentMessageIds).toEqual(['m-1', 'm-2']);
    expect(followedUp.event).toMatchObject({
      type: 'followed_up',
      detail: { completedStep: 0, stage: 'nudge_1' },
    });
    const verdict = evaluateThread(followedUp.thread, BERLIN, berlinTime('2026-11-06T10:00:00'));
    expect(verdict.status).toBe('waiting');
    expect(inEnglish(verdict.nextStep?.label)).toBe('2nd nudge');
    expect(
      recordOwnFollowUp(followedUp.thread, 'm-2', fromGmail('m-2'), berlinTime('2026-11-05T10:00:00'), BERLIN)
        .event,
    ).toBeNull();
  });

  it('counts an early follow-up as the next step done', () => {
    const early = recordOwnFollowUp(
      proposal,
      'm-2',
      fromGmail('m-2'),
      berlinTime('2026-11-03T10:00:00'),
      BERLIN,
    );
    expect(early.thread.actedStepIndex).toBe(0);
    expect(evaluateThread(early.thread, BERLIN, berlinTime('2026-11-05T10:00:00')).status).toBe('waiting');
  });

  it('marks a call done, and refuses to mark it twice', () => {
    const invoice = trackThread({ kind: 'invoice', dueDate: '2026-11-16' });
    const called = completeStep(invoice, 5, user, at);
    expect(called.thread.actedStepIndex).toBe(5);
    expect(called.event).toMatchObject({ type: 'step_done', detail: { stepIndex: 5 } });
    expect(completeStep(called.thread, 5, user, at).event).toBeNull();
  });

  it('restarts the new kind’s ladder when the user corrects the kind, without a burst of past steps', () => {
    const late = berlinTime('2026-11-30T10:00:00');
    const corrected = correctKind(proposal, 'feedback_request', user, late);
    expect(corrected.event).toMatchObject({
      type: 'kind_corrected',
      detail: { from: 'proposal', to: 'feedback_request' },
    });
    const verdict = evaluateThread(corrected.thread, BERLIN, late);
    expect(inEnglish(verdict.dueStep?.label)).toBe('1st nudge');
    expect(inEnglish(verdict.nextStep?.label)).toBe('2nd nudge');
    expect(correctKind(corrected.thread, 'feedback_request', user, late).event).toBeNull();
  });

  it('switches a details request to mid-project silence and back', () => {
    const details = trackThread({ kind: 'details_request' });
    const mid = changeLadder(details, 'mid_project', user, at);
    expect(mid.thread.ladder).toBe('mid_project');
    expect(evaluateThread(mid.thread, BERLIN, at).dueStep?.stage).toBe('checkin');
    expect(changeLadder(mid.thread, 'mid_project', user, at).event).toBeNull();
    expect(changeLadder(mid.thread, null, user, at).thread.ladder).toBeNull();
  });
});
