/**
 * The byte decoding mail needs (base64, quoted-printable, UTF-8 and the Latin-1 family), written
 * without the browser's TextDecoder or atob: `src/core` runs anywhere, with no platform globals.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

export function decodeBase64(text: string): number[] {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = BASE64_VALUE.get(char);
    if (value === undefined) continue;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

function encodeUtf8(char: string): number[] {
  const code = char.codePointAt(0) ?? 0xfffd;
  if (code < 0x80) return [code];
  if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 0x3f)];
  if (code < 0x10000) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return [
    0xf0 | (code >> 18),
    0x80 | ((code >> 12) & 0x3f),
    0x80 | ((code >> 6) & 0x3f),
    0x80 | (code & 0x3f),
  ];
}

/** `=C3=A9` → bytes; in a header (`inHeader`), `_` is a space (RFC 2047). */
export function decodeQuotedPrintable(text: string, inHeader = false): number[] {
  const source = (inHeader ? text.replace(/_/g, ' ') : text).replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    const hex = source.slice(index + 1, index + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else bytes.push(...encodeUtf8(char));
  }
  return bytes;
}

function decodeUtf8(bytes: readonly number[]): string {
  let out = '';
  for (let index = 0; index < bytes.length; ) {
    const first = bytes[index]!;
    const length = first < 0x80 ? 1 : first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 0;
    const rest = bytes.slice(index + 1, index + length);
    if (length === 0 || rest.length !== length - 1 || rest.some((byte) => (byte & 0xc0) !== 0x80)) {
      out += '\ufffd';
      index += 1;
      continue;
    }
    let code = length === 1 ? first : first & (0xff >> (length + 1));
    for (const byte of rest) code = (code << 6) | (byte & 0x3f);
    out += String.fromCodePoint(code > 0x10ffff ? 0xfffd : code);
    index += length;
  }
  return out;
}

/** Bytes in a charset mail uses: UTF-8 and ASCII, the Latin-1 family (byte = code point); else UTF-8. */
export function decodeCharset(bytes: readonly number[], charset: string): string {
  const name = charset.trim().toLowerCase();
  if (/^(iso-8859-1|iso-8859-15|latin-?1|windows-1252|cp1252)$/.test(name))
    return bytes.map((byte) => String.fromCharCode(byte)).join('');
  return decodeUtf8(bytes);
}
