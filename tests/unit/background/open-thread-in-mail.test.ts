import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundContext } from '../../../src/background/background-context';
import { MessageFailure } from '../../../src/background/message-failure';
import { openThreadInMail } from '../../../src/background/open-thread-in-mail';
import { openDatabase } from '../../../src/storage/database';
import { sampleThread } from '../../support/sample-thread';

describe('opening a thread in its mail client', () => {
  async function setUp(opens: boolean) {
    const context = createBackgroundContext(
      openDatabase('open', { indexedDB: new IDBFactory(), IDBKeyRange }),
    );
    await context.threads.saveTransition(sampleThread(), null);
    const send = vi.fn(async (_tabId: number, type: string) =>
      type === 'thread/open' && !opens
        ? {
            ok: false,
            error: { code: 'failed', message: 'The thread "Invoice INV-2041" could not be opened.' },
          }
        : { ok: true, value: {} },
    );
    const mailTabs = { focus: vi.fn(async () => 4), send: send as never };
    return { context, mailTabs, send };
  }

  it("focuses the account's tab, opens the thread, then the sidebar on it", async () => {
    const { context, mailTabs, send } = await setUp(true);
    expect(await openThreadInMail(context, mailTabs, 'gmail:0:thread-a:r100')).toEqual({ tabId: 4 });
    expect(mailTabs.focus).toHaveBeenCalledWith('gmail', '0');
    expect(send.mock.calls.map(([tabId, type]) => [tabId, type])).toEqual([
      [4, 'thread/open'],
      [4, 'sidebar/show'],
    ]);
  });

  it('says plainly when the page cannot find the thread, and opens no sidebar', async () => {
    const { context, mailTabs, send } = await setUp(false);
    await expect(openThreadInMail(context, mailTabs, 'gmail:0:thread-a:r100')).rejects.toThrow(
      'could not be opened',
    );
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('refuses a thread that is no longer tracked', async () => {
    const { context, mailTabs } = await setUp(true);
    await expect(openThreadInMail(context, mailTabs, 'gmail:0:gone')).rejects.toBeInstanceOf(MessageFailure);
  });
});
