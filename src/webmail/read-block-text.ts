/** Longer text is cut: a body read from the page is judged by its opening, never its whole length. */
export const MAX_BLOCK_TEXT_CHARS = 20_000;

const BLOCK_ELEMENTS = new Set([
  'BR',
  'DIV',
  'P',
  'LI',
  'TR',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'PRE',
  'TABLE',
  'HR',
]);

/**
 * A message body as text with its line breaks: `textContent` runs "Hi Marco,</div><div>Here is" into
 * "Hi Marco,Here is", which the reply readers would take for one sentence. One walk over the nodes.
 */
export function readBlockText(element: Element, stopAt: string | null = null): string {
  const parts: string[] = [];
  let length = 0;
  // Mail HTML keeps its <style> in the body; its rules are not words anyone wrote.
  const walker = element.ownerDocument.createTreeWalker(
    element,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    {
      acceptNode: (node) =>
        node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT'
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    },
  );
  for (let node = walker.nextNode(); node && length < MAX_BLOCK_TEXT_CHARS; node = walker.nextNode()) {
    if (stopAt && node instanceof Element && node.matches(stopAt)) break;
    const part =
      node.nodeType === Node.TEXT_NODE
        ? (node.nodeValue ?? '')
        : BLOCK_ELEMENTS.has(node.nodeName)
          ? '\n'
          : '';
    parts.push(part);
    length += part.length;
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, MAX_BLOCK_TEXT_CHARS);
}
