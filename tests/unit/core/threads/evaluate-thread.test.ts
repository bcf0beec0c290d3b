import { describe, expect, it } from 'vitest';
import { evaluateThread } from '../../../../src/core/threads/evaluate-thread';
import { sweepThread } from '../../../../src/core/threads/sweep-threads';
import {
  closeThread,
  markAccepted,
  markAcknowledged,
  markBounced,
  markDeclined,
  markPaid,
  markReplied,
  pauseThread,
  recordOwnFollowUp,
  snoozeThread,
} from '../../../../src/core/threads/thread-transitions';
import { inEnglish } from '../../../support/in-english';
import { BERLIN, berlinTime, trackThread } from './thread-builder';

const user = { source: 'user' as const };

describe('evaluateThread', () => {
  // A proposal sent Monday 2 Nov 2026, 10:00 in Berlin: nudges on Thu 5, Wed 11 and Fri 20 Nov.
  const proposal = trackThread();

  it.each([
    ['2026-11-03T12:00:00', 'waiting', null, '1st nudge'],
    ['2026-11-05T08:59:00', 'waiting', null, '1st nudge'],
    ['2026-11-05T09:00:00', 'due', '1st nudge', '2nd nudge'],
    ['2026-11-10T15:00:00', 'due', '1st nudge', '2nd nudge'],
    ['2026-11-11T09:00:00', 'due', '2nd nudge', '3rd nudge'],
    ['2026-11-20T09:30:00', 'due', '3rd nudge', 'Breakup message'],
  ])('at %s (Berlin) the proposal is %s, due step %s, next %s', (local, status, due, next) => {
    const verdict = evaluateThread(proposal, BERLIN, berlinTime(local));
    expect(verdict.status).toBe(status);
    expect(inEnglish(verdict.dueStep?.label)).toBe(due);
    expect(inEnglish(verdict.nextStep?.label)).toBe(next);
    expect(verdict.nextDueAt).toBe(verdict.nextStep?.dueAt ?? null);
  });

  it('says why a step is due, and when the next one comes while waiting', () => {
    expect(inEnglish(evaluateThread(proposal, BERLIN, berlinTime('2026-11-05T10:00:00')).reason)).toBe(
      '1st nudge is due: 3 business days after sending.',
    );
    expect(inEnglish(evaluateThread(proposal, BERLIN, berlinTime('2026-11-03T10:00:00')).reason)).toBe(
      'Waiting for an answer; 1st nudge on Thu 5 Nov 2026 (3 business days after sending).',
    );
  });

  it.each([
    ['replied', markReplied, 'Stopped: Tom replied.'],
    ['paid', markPaid, 'Stopped: Tom replied.'],
    ['accepted', markAccepted, 'Stopped: Tom replied.'],
    ['declined', markDeclined, 'Stopped: Tom replied.'],
    ['closed', closeThread, 'Stopped: Tom replied.'],
  ] as const)('has no due step once %s, and says why it stopped', (status, transition, reason) => {
    const { thread } = transition(
      proposal,
      { source: 'gmail-sync', note: 'Tom replied.' },
      berlinTime('2026-11-04T10:00:00'),
    );
    const verdict = evaluateThread(thread, BERLIN, berlinTime('2026-12-24T10:00:00'));
    expect({ ...verdict, reason: inEnglish(verdict.reason) }).toEqual({
      status,
      dueStep: null,
      nextStep: null,
      nextDueAt: null,
      reason,
    });
  });

  it('says "marked paid by you" when the user marked an invoice paid without a note', () => {
    const invoice = trackThread({ kind: 'invoice', dueDate: '2026-11-16' });
    const { thread } = markPaid(invoice, user, berlinTime('2026-11-20T10:00:00'));
    expect(inEnglish(evaluateThread(thread, BERLIN, berlinTime('2026-11-21T10:00:00')).reason)).toBe(
      'Stopped: marked paid by you.',
    );
  });

  it('holds a snoozed thread until its date, then brings the held step back as due', () => {
    const { thread } = snoozeThread(
      proposal,
      berlinTime('2026-11-09T14:00:00'),
      user,
      berlinTime('2026-11-05T11:00:00'),
    );
    const during = evaluateThread(thread, BERLIN, berlinTime('2026-11-06T10:00:00'));
    expect(during.status).toBe('snoozed');
    expect(during.dueStep).toBeNull();
    expect(during.nextDueAt).toBe(berlinTime('2026-11-09T14:00:00'));
    expect(inEnglish(during.reason)).toBe('Snoozed until Mon 9 Nov 2026. Then: 1st nudge.');
    const after = evaluateThread(thread, BERLIN, berlinTime('2026-11-09T14:00:00'));
    expect(after.status).toBe('due');
    expect(inEnglish(after.dueStep?.label)).toBe('1st nudge');
    expect(after.dueStep?.dueAt).toBe(berlinTime('2026-11-09T14:00:00'));
  });

  it('moves the rest of the ladder by the out-of-office pause, keeping the spacing between steps', () => {
    // Tom is away until Friday 13 Nov; the nudge planned for Thu 5 Nov waits until Mon 16 Nov.
    const { thread } = pauseThread(
      proposal,
      berlinTime('2026-11-16T09:00:00'),
      { source: 'gmail-sync' },
      berlinTime('2026-11-03T10:00:00'),
    );
    expect(evaluateThread(thread, BERLIN, berlinTime('2026-11-10T10:00:00')).status).toBe('paused');
    const back = evaluateThread(thread, BERLIN, berlinTime('2026-11-16T09:00:00'));
    expect(back.status).toBe('due');
    expect(inEnglish(back.dueStep?.label)).toBe('1st nudge');
    // 2nd nudge was 6 days after the 1st (Thu 5 → Wed 11): now Sun 22 → the next working day, Mon 23.
    expect(back.nextStep?.dueAt).toBe(berlinTime('2026-11-23T09:00:00'));
    expect(inEnglish(back.nextStep?.why)).toBe('7 business days after sending; held until Mon 16 Nov 2026');
  });

  it('brings the next step forward to another contact when the address bounced', () => {
    const { thread } = markBounced(
      proposal,
      { source: 'gmail-sync', messageId: 'bounce-1' },
      berlinTime('2026-11-02T10:05:00'),
    );
    const verdict = evaluateThread(thread, BERLIN, berlinTime('2026-11-02T10:05:00'));
    expect(verdict.status).toBe('due');
    expect(verdict.dueStep?.channel).toBe('another_contact');
    expect(inEnglish(verdict.reason)).toBe(
      '1st nudge is due: the address bounced: try another contact (3 business days after sending).',
    );
    expect(verdict.nextStep?.channel).toBe('another_contact');
  });

  it('waits for the gentle check-in after an acknowledgement, and says so', () => {
    const checkInAt = berlinTime('2026-11-16T09:00:00');
    const { thread } = markAcknowledged(
      proposal,
      checkInAt,
      { source: 'gmail-sync' },
      berlinTime('2026-11-04T16:00:00'),
    );
    const verdict = evaluateThread(thread, BERLIN, berlinTime('2026-11-10T10:00:00'));
    expect(verdict.status).toBe('waiting');
    expect(verdict.nextStep?.dueAt).toBe(checkInAt);
    expect(
      inEnglish(verdict.reason)?.startsWith(
        'The client acknowledged on Wed 4 Nov 2026 without an answer yet.',
      ),
    ).toBe(true);
  });

  it('says when every planned step is done', () => {
    const testimonial = trackThread({ kind: 'testimonial_request' });
    const done = { ...testimonial, actedStepIndex: 0 };
    expect(inEnglish(evaluateThread(done, BERLIN, berlinTime('2027-01-10T10:00:00')).reason)).toBe(
      'Waiting for an answer; every planned follow-up is done, so nothing more is planned.',
    );
  });
});

describe('evaluateThread on damaged stored data', () => {
  it('plans nothing, rather than throwing, for a kind it does not know', () => {
    const stored = { ...trackThread(), kind: 'newsletter' } as unknown as Parameters<
      typeof evaluateThread
    >[0];
    expect(evaluateThread(stored, BERLIN, berlinTime('2026-11-20T10:00:00'))).toMatchObject({
      status: 'waiting',
      dueStep: null,
      nextDueAt: null,
    });
  });
});

describe('evaluateThread after a pause, once the user acts', () => {
  it('keeps the next step a week on after the user sends the held one, instead of making it due at once', () => {
    const proposal = trackThread();
    const until = berlinTime('2026-11-16T09:00:00');
    const paused = pauseThread(
      proposal,
      until,
      { source: 'gmail-sync' },
      berlinTime('2026-11-03T10:00:00'),
    ).thread;
    const back = sweepThread(paused, BERLIN, until).thread;
    const sent = recordOwnFollowUp(
      back,
      'm-2',
      { source: 'gmail-sync' },
      berlinTime('2026-11-16T10:00:00'),
      BERLIN,
    ).thread;
    const verdict = evaluateThread(sent, BERLIN, berlinTime('2026-11-16T11:00:00'));
    expect(verdict.status).toBe('waiting');
    expect(inEnglish(verdict.nextStep?.label)).toBe('2nd nudge');
    expect(verdict.nextStep?.dueAt).toBe(berlinTime('2026-11-23T09:00:00'));
  });
});
