/**
 * HTML to plain text without a DOM (the background service worker has no DOMParser). One linear pass
 * over the markup: tags are skipped, block tags become line breaks, script/style/head content and
 * comments are dropped, entities are decoded. The result is text only: nothing in it is ever markup.
 */

/** Gmail's sync bodies are kilobytes; a hostile 5 MB body is cut rather than walked in full. */
export const MAX_HTML_CHARS = 2_000_000;
export const MAX_TEXT_CHARS = 100_000;

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
const DROPPED_CONTENT_TAGS = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  euro: '€',
  pound: '£',
  yen: '¥',
  copy: '©',
  reg: '®',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  ccedil: 'ç',
  iacute: 'í',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  uacute: 'ú',
  ntilde: 'ñ',
  Eacute: 'É',
  Ccedil: 'Ç',
  deg: '°',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '';
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** The tag name right after `<` or `</`, lower-cased; empty for anything else. */
function readTagName(html: string, from: number): string {
  let end = from;
  while (end < html.length && end - from < 20 && /[a-zA-Z0-9]/.test(html[end]!)) end++;
  return html.slice(from, end).toLowerCase();
}

/** Where a tag ends: the next `>` outside a quoted attribute value. */
function tagEnd(html: string, from: number): number {
  let quote: string | null = null;
  for (let index = from; index < html.length; index++) {
    const char = html[index]!;
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return index;
  }
  return html.length;
}

export function htmlToText(html: string): string {
  const source = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  const out: string[] = [];
  let outLength = 0;
  let index = 0;
  while (index < source.length && outLength < MAX_TEXT_CHARS) {
    const open = source.indexOf('<', index);
    const textEnd = open < 0 ? source.length : open;
    if (textEnd > index) {
      const run = decodeEntities(source.slice(index, textEnd).replace(/\s+/g, ' '));
      out.push(run);
      outLength += run.length;
    }
    if (open < 0) break;
    if (source.startsWith('<!--', open)) {
      const close = source.indexOf('-->', open + 4);
      index = close < 0 ? source.length : close + 3;
      continue;
    }
    const closing = source[open + 1] === '/';
    const name = readTagName(source, open + (closing ? 2 : 1));
    if (!name) {
      // A lone "<" in text ("a < b") is text, not a tag.
      out.push('<');
      outLength += 1;
      index = open + 1;
      continue;
    }
    const end = tagEnd(source, open);
    index = end + 1;
    if (!closing && DROPPED_CONTENT_TAGS.has(name)) {
      const closer = new RegExp(`</${name}`, 'gi');
      closer.lastIndex = index;
      const close = closer.exec(source);
      index = close ? tagEnd(source, close.index) + 1 : source.length;
      continue;
    }
    // Gmail writes each line as a <div>: a block boundary is one line break, however many tags meet
    // there; only <br> adds a break of its own, which is how an empty line is written.
    if (name === 'br' || (BLOCK_TAGS.has(name) && !out[out.length - 1]?.endsWith('\n'))) {
      out.push('\n');
      outLength += 1;
    }
  }
  return tidyLines(out.join('')).slice(0, MAX_TEXT_CHARS);
}

/** Trims each line, and keeps at most one empty line between paragraphs. */
export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
