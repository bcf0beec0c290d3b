import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type BackgroundContext, createBackgroundContext } from '../../../src/background/background-context';
import {
  AWAITED_CONFIRMATION_PREFIX,
  confirmSend,
  resumeSendConfirmations,
} from '../../../src/background/send-confirmations';
import { openDatabase } from '../../../src/storage/database';
import { sampleThread } from '../../support/sample-thread';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const THREAD = 'gmail:0:thread-a:r100';

describe("a send waiting for the page's confirmation", () => {
  let context: BackgroundContext;
  beforeEach(async () => {
    const db = openDatabase('confirmations', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.threads.put(sampleThread({ id: THREAD }));
    context = createBackgroundContext(db, () => NOW);
  });
  const awaited = (since = NOW) => ({ threadId: THREAD, tabId: 7, sentAt: NOW - 1_000, since });
  const stillAsked = async () =>
    (await context.settings.readAllStartingWith(AWAITED_CONFIRMATION_PREFIX)).length;

  it('is kept in storage while the page is asked, and dropped once it answers', async () => {
    let askedWhileStored = -1;
    await confirmSend(context, awaited(), async () => {
      askedWhileStored = await stillAsked();
      return 'confirmed';
    });
    expect(askedWhileStored).toBe(1);
    expect(await stillAsked()).toBe(0);
    expect(await context.threads.findById(THREAD)).toBeDefined();
  });

  it('is asked again by a restarted worker, and forgotten when the user pressed Undo meanwhile', async () => {
    // The worker stops while asking (the ask never comes back): the question stays in storage.
    await confirmSend(context, awaited(), () => Promise.reject(new Error('worker stopped'))).catch(() => {});
    expect(await stillAsked()).toBe(1);
    const ask = vi.fn(async () => 'undone' as const);
    expect(await resumeSendConfirmations(context, ask, NOW + 20_000)).toBe(1);
    expect(ask).toHaveBeenCalledWith(7, NOW - 1_000);
    expect(await context.threads.findById(THREAD)).toBeUndefined();
    expect(await stillAsked()).toBe(0);
  });

  it('stays tracked when the page has no signal, or when the question is too old to ask', async () => {
    await context.settings.write(`${AWAITED_CONFIRMATION_PREFIX}${THREAD}`, awaited());
    await resumeSendConfirmations(context, async () => 'no_signal', NOW + 20_000);
    expect(await context.threads.findById(THREAD)).toBeDefined();

    await context.settings.write(`${AWAITED_CONFIRMATION_PREFIX}${THREAD}`, awaited(NOW - 10 * 60_000));
    const ask = vi.fn(async () => 'undone' as const);
    await resumeSendConfirmations(context, ask, NOW);
    expect(ask).not.toHaveBeenCalled();
    expect(await context.threads.findById(THREAD)).toBeDefined();
    expect(await stillAsked()).toBe(0);
  });

  it('ignores stored questions it cannot read', async () => {
    await context.settings.write(`${AWAITED_CONFIRMATION_PREFIX}broken`, { threadId: 3 });
    const ask = vi.fn(async () => 'undone' as const);
    expect(await resumeSendConfirmations(context, ask, NOW)).toBe(0);
    expect(ask).not.toHaveBeenCalled();
  });
});
