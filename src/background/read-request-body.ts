/** The request-body part of a webRequest event, as Chromium reports it with `['requestBody']`. */
export interface RequestBodyDetails {
  error?: string;
  raw?: Array<{ bytes?: ArrayBuffer | ArrayBufferView; file?: string }>;
  formData?: Record<string, string[]>;
}

/** Byte cap before decoding: Gmail's sync bodies are kilobytes; a 5 MB body is read but never more. */
export const MAX_SYNC_BODY_BYTES = 8 * 1024 * 1024;

export type BodyReading = { ok: true; text: string } | { ok: false; reason: string };

export function readRequestBody(body: RequestBodyDetails | undefined | null): BodyReading {
  if (!body) return { ok: false, reason: 'the request carried no body' };
  if (body.error) return { ok: false, reason: `the browser could not read the body: ${body.error}` };
  const chunks = (body.raw ?? []).flatMap((part) => (part.bytes ? [part.bytes] : []));
  if (chunks.length === 0) return { ok: false, reason: 'the body was not raw bytes (form data or a file)' };
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  if (total > MAX_SYNC_BODY_BYTES) return { ok: false, reason: `the body is ${total} bytes, over the cap` };
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    const bytes = ArrayBuffer.isView(chunk)
      ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      : new Uint8Array(chunk);
    joined.set(bytes, offset);
    offset += bytes.byteLength;
  }
  return { ok: true, text: new TextDecoder('utf-8', { fatal: false }).decode(joined) };
}
