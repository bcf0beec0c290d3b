import { type Explanation, explain } from '../core/explanations/explanation';
/**
 * Puts text at the start of a rich-text editor the way typing would, so the mail client registers the
 * edit and saves a draft. `execCommand('insertText')` fires a trusted `input` event (tested in Chromium,
 * shared/docs/webmail.md); the Range fallback dispatches one itself. The start is used so the text lands
 * above the signature and quoted history the client put there, which must not be wiped.
 */
export function insertTextIntoEditor(
  editor: HTMLElement,
  text: string,
): { inserted: true; how: 'execCommand' | 'range' } | { inserted: false; reason: Explanation } {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return { inserted: false, reason: explain('failNoTextSelection') };
  editor.focus();
  const caret = doc.createRange();
  caret.setStart(editor, 0);
  caret.collapse(true);
  selection.removeAllRanges();
  selection.addRange(caret);

  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const before = editor.textContent ?? '';
  let usedExecCommand = true;
  lines.forEach((line, index) => {
    if (index > 0) usedExecCommand = doc.execCommand('insertLineBreak') && usedExecCommand;
    if (line) usedExecCommand = doc.execCommand('insertText', false, line) && usedExecCommand;
  });
  const firstLine = lines.find((line) => line.trim())?.trim() ?? '';
  if ((editor.textContent ?? '') !== before) {
    // Never fall back after a partial insert: the user would get the text twice.
    if (usedExecCommand && (editor.textContent ?? '').includes(firstLine))
      return { inserted: true, how: 'execCommand' };
    return { inserted: false, reason: explain('failPartlyInserted') };
  }

  const fragment = doc.createDocumentFragment();
  lines.forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    fragment.append(doc.createTextNode(line));
  });
  const range = doc.createRange();
  range.setStart(editor, 0);
  range.collapse(true);
  range.insertNode(fragment);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  if ((editor.textContent ?? '').includes(firstLine)) return { inserted: true, how: 'range' };
  return { inserted: false, reason: explain('failNotInserted') };
}
