import { describe, expect, it } from 'vitest';
import { describeUsualReplyDelay } from '../../../../src/core/cadence/usual-reply-delay';
import { learnUsualReplyDelay } from '../../../../src/core/threads/learn-usual-reply-delay';
import { markPaid, markReplied } from '../../../../src/core/threads/thread-transitions';
import type { TrackedThread } from '../../../../src/core/threads/tracked-thread';
import { inEnglish } from '../../../support/in-english';
import { berlinTime, trackThread } from './thread-builder';

const DAY_MS = 86_400_000;

function answeredAfter(days: number, client: string, id: string): TrackedThread {
  const sentAt = berlinTime('2026-09-01T10:00:00');
  const thread = { ...trackThread({ id, sentAt }), counterpart: { email: client } };
  return markReplied(thread, { source: 'gmail-sync', messageId: id }, sentAt + days * DAY_MS).thread;
}

describe('learnUsualReplyDelay', () => {
  it('learns from the client’s answered threads and their colleagues’ at the same company', () => {
    const threads = [
      answeredAfter(2, 'tom@acme.example', 'a'),
      answeredAfter(5, 'jo@acme.example', 'b'),
      answeredAfter(4, 'tom@acme.example', 'c'),
      answeredAfter(30, 'mia@other.example', 'd'),
    ];
    const delay = learnUsualReplyDelay(threads, 'Tom@acme.example');
    expect(delay).toEqual({ medianMs: 4 * DAY_MS, highMs: 5 * DAY_MS, samples: 3 });
    expect(inEnglish(describeUsualReplyDelay('Acme', delay))).toBe('Acme usually replies in about 4 days');
  });

  it('does not pool strangers who share a public mail domain, and ignores payments and open threads', () => {
    const sentAt = berlinTime('2026-09-01T10:00:00');
    const paid = markPaid(
      { ...trackThread({ id: 'p', kind: 'invoice', sentAt }), counterpart: { email: 'tom@gmail.com' } },
      { source: 'user' },
      sentAt + DAY_MS,
    ).thread;
    const threads = [
      answeredAfter(2, 'tom@gmail.com', 'a'),
      answeredAfter(3, 'ana@gmail.com', 'b'),
      answeredAfter(4, 'leo@gmail.com', 'c'),
      paid,
      { ...trackThread({ id: 'open' }), counterpart: { email: 'tom@gmail.com' } },
    ];
    expect(learnUsualReplyDelay(threads, 'tom@gmail.com')).toBeNull();
  });
});
