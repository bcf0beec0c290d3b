import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundContext } from '../../../src/background/background-context';
import {
  createBackgroundHandlers,
  type HandlerDependencies,
} from '../../../src/background/create-background-handlers';
import { DraftSaveWatch } from '../../../src/background/draft-save-watch';
import { MessageFailure } from '../../../src/background/message-failure';
import type { BackgroundHandlers, MessageSender } from '../../../src/background/route-message';
import { DEFAULT_CADENCE_SETTINGS } from '../../../src/core/cadence/cadence-settings';
import { openDatabase } from '../../../src/storage/database';
import { sampleThread } from '../../support/sample-thread';

const NOW = Date.UTC(2026, 11, 1, 10, 0);
const popup: MessageSender = { id: 'ext', url: 'chrome-extension://ext/extension/popup.html' };

describe('the background handlers', () => {
  let handlers: BackgroundHandlers;
  let deps: HandlerDependencies;
  let db: ReturnType<typeof openDatabase>;

  beforeEach(async () => {
    db = openDatabase('handlers', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.threads.bulkPut([
      sampleThread(),
      ...Array.from({ length: 25 }, (_, index) =>
        sampleThread({ id: `done-${index}`, status: 'paid', nextDueAt: null, updatedAt: index }),
      ),
    ]);
    const context = createBackgroundContext(db, () => NOW);
    deps = {
      sweep: vi.fn(async () => undefined),
      draftSaves: new DraftSaveWatch(),
      mailTabs: {
        focus: vi.fn(async () => 7),
        send: vi.fn() as unknown as HandlerDependencies['mailTabs']['send'],
      },
      wallClock: () => NOW,
    };
    handlers = createBackgroundHandlers(context, deps);
  });

  it('lists open threads and only the 20 most recently finished, with the invoice aging', async () => {
    const listed = await handlers['threads/list']({}, popup);
    expect(listed.threads).toHaveLength(21);
    expect(listed.threads.filter((thread) => thread.status === 'paid').map((thread) => thread.id)).toContain(
      'done-24',
    );
    expect(listed.threads.map((thread) => thread.id)).not.toContain('done-0');
    expect(listed.aging).toEqual([expect.objectContaining({ currency: 'EUR', total: 1850 })]);
  });

  it("inserts the user's edited text into the thread's tab and reports Gmail's draft save", async () => {
    vi.mocked(deps.mailTabs.send).mockImplementation(async () => {
      deps.draftSaves.seen(7);
      return { ok: true, value: { inserted: true, how: 'execCommand' } } as never;
    });
    const result = await handlers['draft/insert'](
      { threadId: 'gmail:0:thread-a:r100', text: 'Hi Ana' },
      popup,
    );
    expect(result).toEqual({ tabId: 7, client: 'gmail', draftSaved: true });
    expect(deps.mailTabs.send).toHaveBeenCalledWith(7, 'compose/insert-draft', {
      mailThreadIds: ['thread-a:r100'],
      subject: 'Invoice INV-2041',
      text: 'Hi Ana',
    });
  });

  it("passes the page's plain reason on when the thread can't be opened", async () => {
    vi.mocked(deps.mailTabs.send).mockResolvedValue({
      ok: false,
      error: { code: 'failed', message: 'Gmail did not show the thread "Invoice INV-2041".' },
    } as never);
    await expect(handlers['draft/insert']({ threadId: 'gmail:0:thread-a:r100' }, popup)).rejects.toEqual(
      new MessageFailure('failed', 'Gmail did not show the thread "Invoice INV-2041".'),
    );
  });

  it('keeps settings only when the core accepts them, and re-plans open threads when it does', async () => {
    const profile = { name: 'Sam', callAvailability: '', paymentLink: '' };
    await expect(
      handlers['settings/save'](
        { cadence: { ...DEFAULT_CADENCE_SETTINGS, invoiceReminderDaysOverdue: [15, 7] }, profile },
        popup,
      ),
    ).rejects.toBeInstanceOf(MessageFailure);
    const saved = await handlers['settings/save'](
      { cadence: { ...DEFAULT_CADENCE_SETTINGS, invoiceReminderDaysOverdue: [5, 12] }, profile },
      popup,
    );
    expect(saved).toMatchObject({ replanned: 1, cadence: { invoiceReminderDaysOverdue: [5, 12] } });
    expect((await handlers['settings/get']({}, popup)).profile).toEqual(profile);
    expect(deps.sweep).toHaveBeenCalledTimes(1);
  });

  it('moves the clock by whole days from where it stands', async () => {
    expect(await handlers['clock/skip-ahead']({ days: 2 }, popup)).toEqual({ offsetMs: 2 * 86_400_000 });
    expect(await handlers['clock/skip-ahead']({ days: 1 }, popup)).toEqual({ offsetMs: 3 * 86_400_000 });
  });
});
