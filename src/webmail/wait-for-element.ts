/**
 * Polls for an element instead of observing mutations: it only runs while the user waits on an
 * action (an insert, a send confirmation), so the mail client pays nothing the rest of the time.
 */
export async function waitForElement<T extends Element>(
  find: () => T | null,
  timeoutMs: number,
  intervalMs = 100,
): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Mail clients act on the whole press sequence, not on `click` alone (Gmail's buttons listen for
 * mousedown/mouseup), so a programmatic press sends all three.
 */
export function pressElement(element: Element): void {
  const view = element.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click'] as const) {
    element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view, button: 0 }));
  }
}
