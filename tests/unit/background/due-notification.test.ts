import { describe, expect, it } from 'vitest';
import { describeDueNotification, threadIdOfNotification } from '../../../src/background/due-notification';
import type { LadderStep } from '../../../src/core/cadence/plan-ladder';
import { explain } from '../../../src/core/explanations/explanation';
import { sampleThread } from '../../support/sample-thread';

const step = {
  index: 1,
  stage: 'reminder_1',
  channel: 'email',
  label: explain('stepReminder1'),
  dueAt: 0,
  why: explain('whyOverdue', { days: 7 }),
} satisfies LadderStep;

describe('the due notification', () => {
  it("names the step and the client, and carries the thread's id to open it on click", () => {
    const notification = describeDueNotification(sampleThread(), step);
    expect(notification).toEqual({
      id: 'due|gmail:0:thread-a:r100',
      title: '1st reminder due · Ana Souza',
      message: 'Invoice INV-2041',
    });
    expect(threadIdOfNotification(notification.id)).toBe('gmail:0:thread-a:r100');
  });

  it('shortens a very long subject and ignores notifications that are not ours', () => {
    const notification = describeDueNotification(sampleThread({ subject: 'x'.repeat(500) }), step);
    expect(notification.message).toHaveLength(120);
    expect(threadIdOfNotification('something-else')).toBeNull();
  });
});
