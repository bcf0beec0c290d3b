import { describe, expect, it } from 'vitest';
import { MAX_SYNC_BODY_BYTES, readRequestBody } from '../../../src/background/read-request-body';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

describe('reading a webRequest body', () => {
  it('joins raw chunks and decodes them as UTF-8', () => {
    expect(readRequestBody({ raw: [{ bytes: bytes('{"a":"Zürich ') }, { bytes: bytes('€"}') }] })).toEqual({
      ok: true,
      text: '{"a":"Zürich €"}',
    });
  });

  it('says why when there is nothing to read', () => {
    expect(readRequestBody(undefined)).toMatchObject({ ok: false, reason: 'the request carried no body' });
    expect(readRequestBody({ error: 'Unknown error.' })).toMatchObject({ ok: false });
    expect(readRequestBody({ formData: { a: ['b'] } })).toMatchObject({ ok: false });
  });

  it('refuses a body over the cap instead of decoding it', () => {
    const huge = new Uint8Array(MAX_SYNC_BODY_BYTES + 1);
    expect(readRequestBody({ raw: [{ bytes: huge }] })).toMatchObject({ ok: false });
  });
});
