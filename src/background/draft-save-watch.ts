/**
 * Waits for the next draft save a mail tab sends after an insert. It lives in memory on purpose: the
 * wait is part of one insert request, which keeps the worker awake until it is answered.
 */
export class DraftSaveWatch {
  private readonly waiting = new Map<number, (saved: boolean) => void>();

  /** Resolves true at the tab's next draft save, false after `timeoutMs`. */
  next(tabId: number, timeoutMs: number): Promise<boolean> {
    this.cancel(tabId);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(tabId, false), timeoutMs);
      this.waiting.set(tabId, (saved) => {
        clearTimeout(timer);
        resolve(saved);
      });
    });
  }

  seen(tabId: number): void {
    this.settle(tabId, true);
  }

  cancel(tabId: number): void {
    this.settle(tabId, false);
  }

  private settle(tabId: number, saved: boolean): void {
    const resolve = this.waiting.get(tabId);
    this.waiting.delete(tabId);
    resolve?.(saved);
  }
}
