import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../../../src/messaging/protocol';

describe('reading a runtime message', () => {
  it('declines messages that are not ours or belong to the other side', () => {
    expect(readEnvelope('hello', 'background')).toEqual({ ok: false, reason: 'not_ours' });
    expect(readEnvelope({ type: 'unknown/type', params: {} }, 'background')).toEqual({
      ok: false,
      reason: 'not_ours',
    });
    expect(readEnvelope({ type: 'compose/insert-draft', params: {} }, 'background')).toEqual({
      ok: false,
      reason: 'not_ours',
    });
  });

  it('accepts a well-formed message for its receiver', () => {
    const reading = readEnvelope(
      { type: 'draft/insert', params: { threadId: 'gmail:0:thread-a:r1' } },
      'background',
    );
    expect(reading).toEqual({
      ok: true,
      envelope: { type: 'draft/insert', params: { threadId: 'gmail:0:thread-a:r1' } },
    });
  });

  it('rejects malformed params with an error that names the field', () => {
    const reading = readEnvelope({ type: 'clock/skip-ahead', params: { days: '30' } }, 'background');
    expect(reading).toMatchObject({ ok: false, reason: 'invalid', error: { code: 'invalid' } });
    expect(reading.ok === false && reading.reason === 'invalid' && reading.error.message).toContain('days');
  });

  it('rejects extra fields a hostile page might smuggle in', () => {
    const reading = readEnvelope(
      { type: 'draft/insert', params: { threadId: 'x', __proto__pollution: 1 } },
      'background',
    );
    expect(reading).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('caps the size of text sent to a page', () => {
    const reading = readEnvelope(
      { type: 'compose/insert-draft', params: { mailThreadIds: [], subject: '', text: 'x'.repeat(20_001) } },
      'content',
    );
    expect(reading).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
