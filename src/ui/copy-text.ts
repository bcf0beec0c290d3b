/**
 * Puts text on the clipboard; false when the browser refused. The sidebar is a frame inside the mail
 * page, where the Clipboard API answers only if the page's permissions policy lets the frame write
 * (src/content/sidebar-frame.ts asks for it); a page that forbids it still allows the older copy
 * command on a selection the user's click made, so that is tried second.
 */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused by the page's policy: the copy command below still works on a user's click.
    }
  }
  const scratch = doc.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.style.position = 'fixed';
  scratch.style.opacity = '0';
  const focused = doc.activeElement as HTMLElement | null;
  doc.body.append(scratch);
  scratch.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    scratch.remove();
    focused?.focus();
  }
}
