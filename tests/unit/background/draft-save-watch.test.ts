import { describe, expect, it, vi } from 'vitest';
import { DraftSaveWatch } from '../../../src/background/draft-save-watch';

describe('waiting for Gmail to save the inserted draft', () => {
  it("answers true at the tab's next draft save, and only for that tab", async () => {
    const watch = new DraftSaveWatch();
    const saved = watch.next(7, 5_000);
    watch.seen(8);
    watch.seen(7);
    expect(await saved).toBe(true);
  });

  it('answers false when no draft save comes in time', async () => {
    vi.useFakeTimers();
    const watch = new DraftSaveWatch();
    const saved = watch.next(7, 5_000);
    vi.advanceTimersByTime(5_001);
    expect(await saved).toBe(false);
    vi.useRealTimers();
  });

  it('answers false for an insert that was given up', async () => {
    const watch = new DraftSaveWatch();
    const saved = watch.next(7, 5_000);
    watch.cancel(7);
    expect(await saved).toBe(false);
  });
});
