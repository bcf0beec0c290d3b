import { describe, expect, it } from 'vitest';
import { applyInboundVerdict } from '../../../../src/core/replies/apply-inbound-verdict';
import type { InboundMessage } from '../../../../src/core/replies/inbound-message';
import { interpretInboundMessage } from '../../../../src/core/replies/interpret-inbound-message';
import { createReplySettings } from '../../../../src/core/replies/reply-settings';
import { evaluateThread } from '../../../../src/core/threads/evaluate-thread';
import { sweepThread } from '../../../../src/core/threads/sweep-threads';
import { inEnglish } from '../../../support/in-english';
import { BERLIN, berlinTime, trackThread } from '../threads/thread-builder';

const settings = createReplySettings(BERLIN, ['lena@studio.example']);

function receive(bodyText: string, subject: string, receivedAt: number, messageId: string): InboundMessage {
  return { from: { email: 'tom@acme.example', name: 'Tom' }, subject, bodyText, receivedAt, messageId };
}

describe('applyInboundVerdict', () => {
  it('pauses on an out-of-office reply, then the sweep resumes the ladder when the client is back', () => {
    const proposal = trackThread();
    const at = berlinTime('2026-11-04T08:00:00');
    const inbound = receive(
      'I am out of the office until 13 November.',
      'Automatic reply: proposal',
      at,
      'ooo-1',
    );
    const verdict = interpretInboundMessage(inbound, proposal, settings, at);
    const paused = applyInboundVerdict(proposal, verdict, inbound, 'gmail-sync');
    expect(paused.thread.status).toBe('paused');
    expect(paused.event).toMatchObject({
      type: 'paused',
      evidence: { source: 'gmail-sync', messageId: 'ooo-1', rule: 'ooo:subject+return-date' },
    });
    expect(inEnglish(evaluateThread(paused.thread, BERLIN, berlinTime('2026-11-10T10:00:00')).reason)).toBe(
      'Tom is out of office (“13 November”); paused until Mon 16 Nov 2026. Then: 1st nudge.',
    );
    const back = sweepThread(paused.thread, BERLIN, berlinTime('2026-11-16T09:00:00'));
    expect(back.events.map((event) => event.type)).toEqual(['resumed', 'step_due']);
    expect(inEnglish(back.notify?.label)).toBe('1st nudge');
  });

  it('ends the silence on a reply, and a second report of the same message changes nothing', () => {
    const invoice = trackThread({ kind: 'invoice', dueDate: '2026-11-16' });
    const at = berlinTime('2026-11-20T10:00:00');
    const inbound = receive('Which account should we use?', 'Re: Invoice R-77', at, 'r-1');
    const first = applyInboundVerdict(
      invoice,
      interpretInboundMessage(inbound, invoice, settings, at),
      inbound,
      'gmail-sync',
    );
    expect(first.thread.status).toBe('replied');
    expect(inEnglish(evaluateThread(first.thread, BERLIN, at).reason)).toBe('Stopped: Tom replied.');
    const again = applyInboundVerdict(
      first.thread,
      interpretInboundMessage(inbound, first.thread, settings, at),
      inbound,
      'gmail-page',
    );
    expect(again.event).toBeNull();
    expect(again.thread).toBe(first.thread);
  });

  it('closes an invoice as paid on a payment confirmation', () => {
    const invoice = trackThread({ kind: 'invoice', dueDate: '2026-11-16' });
    const at = berlinTime('2026-11-25T10:00:00');
    const inbound = receive('Die Zahlung ist erfolgt.', 'AW: Rechnung R-77', at, 'p-1');
    const paid = applyInboundVerdict(
      invoice,
      interpretInboundMessage(inbound, invoice, settings, at),
      inbound,
      'gmail-sync',
    );
    expect(paid.thread.status).toBe('paid');
    expect(paid.event?.type).toBe('paid');
  });

  it('changes nothing for a message that does not count', () => {
    const proposal = trackThread();
    const at = berlinTime('2026-11-04T08:00:00');
    const own: InboundMessage = {
      from: { email: 'lena@studio.example' },
      subject: 'Re',
      bodyText: 'Following up.',
      receivedAt: at,
    };
    const result = applyInboundVerdict(
      proposal,
      interpretInboundMessage(own, proposal, settings, at),
      own,
      'gmail-sync',
    );
    expect(result.thread).toBe(proposal);
    expect(result.event).toBeNull();
    expect(inEnglish(result.unchangedBecause)).toBe('Your own message never counts as the client’s reply.');
  });
});
