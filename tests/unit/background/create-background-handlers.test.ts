import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundContext } from '../../../src/background/background-context';
import {
  chooseThreadsToShow,
  createBackgroundHandlers,
  type HandlerDependencies,
} from '../../../src/background/create-background-handlers';
import { DraftSaveWatch } from '../../../src/background/draft-save-watch';
import { MessageFailure } from '../../../src/background/message-failure';
import type { BackgroundHandlers, MessageSender } from '../../../src/background/route-message';
import { DEFAULT_CADENCE_SETTINGS } from '../../../src/core/cadence/cadence-settings';
import { explain } from '../../../src/core/explanations/explanation';
import { DEFAULT_USER_PREFERENCES } from '../../../src/core/preferences/user-preferences';
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

  it('lists the 40 most urgent due and 40 soonest waiting threads, money first, and counts them all', () => {
    const tracked = [
      ...Array.from({ length: 50 }, (_, index) =>
        sampleThread({
          id: `due-${index}`,
          status: 'due',
          kind: index === 49 ? 'invoice' : 'proposal',
          sentAt: index,
        }),
      ),
      ...Array.from({ length: 45 }, (_, index) =>
        sampleThread({ id: `waiting-${index}`, status: 'waiting', nextDueAt: 1_000 - index }),
      ),
    ];
    const shown = chooseThreadsToShow(tracked);
    expect(shown.counts).toEqual({ due: 50, waiting: 45, done: 0 });
    const due = shown.threads.filter((thread) => thread.status === 'due').map((thread) => thread.id);
    expect(due).toHaveLength(40);
    expect(due.slice(0, 2)).toEqual(['due-49', 'due-0']);
    const waiting = shown.threads.filter((thread) => thread.status === 'waiting').map((thread) => thread.id);
    expect(waiting).toHaveLength(40);
    expect(waiting[0]).toBe('waiting-44');
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

  it("passes the page's reason on when the thread can't be opened, to be worded in the UI's language", async () => {
    const reason = explain('failThreadNotShown', { client: 'Gmail', subject: 'Invoice INV-2041' });
    vi.mocked(deps.mailTabs.send).mockResolvedValue({
      ok: false,
      error: { code: 'failed', message: 'compose/insert-draft: failThreadNotShown', explanation: reason },
    } as never);
    const failure = await handlers['draft/insert']({ threadId: 'gmail:0:thread-a:r100' }, popup).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MessageFailure);
    expect((failure as MessageFailure).toError()).toEqual({
      code: 'failed',
      message: 'Gmail did not show the conversation “Invoice INV-2041”. Open it yourself and try again.',
      explanation: reason,
    });
  });

  it('refuses a file that is not a backup with words the options page can show in any language', async () => {
    await expect(
      handlers['data/import']({ json: '{"threads": 3}', dryRun: true }, popup),
    ).rejects.toMatchObject({
      code: 'invalid',
      explanation: { code: 'backupDamaged' },
    });
  });

  it('keeps settings only when the core accepts them, and re-plans open threads when it does', async () => {
    const profile = { name: 'Sam', callAvailability: '', paymentLink: '' };
    await expect(
      handlers['settings/save'](
        {
          cadence: { ...DEFAULT_CADENCE_SETTINGS, invoiceReminderDaysOverdue: [15, 7], workingDays: [] },
          profile,
          preferences: DEFAULT_USER_PREFERENCES,
        },
        popup,
      ),
    ).rejects.toMatchObject({
      code: 'invalid',
      explanation: { code: 'settingsWorkingDays' },
      message: 'Choose at least one working day.',
    });
    const saved = await handlers['settings/save'](
      {
        cadence: { ...DEFAULT_CADENCE_SETTINGS, invoiceReminderDaysOverdue: [5, 12] },
        profile,
        preferences: {
          ...DEFAULT_USER_PREFERENCES,
          neverTrack: ['@Studio.example', 'studio.example'],
          digestHour: 8,
        },
      },
      popup,
    );
    expect(saved).toMatchObject({ replanned: 1, cadence: { invoiceReminderDaysOverdue: [5, 12] } });
    const stored = await handlers['settings/get']({}, popup);
    expect(stored.profile).toEqual(profile);
    // Never-track entries are kept once each, in one spelling.
    expect(stored.preferences).toMatchObject({ neverTrack: ['studio.example'], digestHour: 8 });
    expect(deps.sweep).toHaveBeenCalledTimes(1);
  });

  it("hands the user's corrections to the pages that plan outside the background (the mbox import)", async () => {
    expect((await handlers['settings/get']({}, popup)).corrections).toEqual([]);
    await handlers['thread/act'](
      { threadId: 'gmail:0:thread-a:r100', action: { type: 'not_followup_worthy' } },
      popup,
    );
    expect((await handlers['settings/get']({}, popup)).corrections).toEqual([
      expect.objectContaining({ kind: 'other', recipientDomain: expect.any(String) }),
    ]);
  });

  it('moves the clock by whole days from where it stands', async () => {
    expect(await handlers['clock/skip-ahead']({ days: 2 }, popup)).toEqual({ offsetMs: 2 * 86_400_000 });
    expect(await handlers['clock/skip-ahead']({ days: 1 }, popup)).toEqual({ offsetMs: 3 * 86_400_000 });
  });

  describe('for the sidebar', () => {
    const sidebarInGmail: MessageSender = {
      id: 'ext',
      url: 'chrome-extension://ext/extension/sidebar.html',
      tab: { id: 7 },
    };

    it('names the tracked thread open in its tab, with its history', async () => {
      await db.threads.put(sampleThread({ id: 'gmail:0:thread-a:r900', mailThreadIds: ['thread-a:r900'] }));
      await db.events.add({
        threadId: 'gmail:0:thread-a:r900',
        type: 'tracked',
        at: NOW - 86_400_000,
        evidence: { source: 'gmail-sync', messageId: 'msg-a:r100', note: 'Classified as an invoice' },
        dedupeKey: 'k1',
      } as never);
      vi.mocked(deps.mailTabs.send).mockResolvedValue({
        ok: true,
        value: {
          client: 'gmail',
          account: '0',
          thread: { mailThreadIds: ['18c0ffee', 'thread-a:r900'], subject: 'Invoice INV-2041', messages: [] },
        },
      } as never);
      const context = await handlers['sidebar/context']({}, sidebarInGmail);
      expect(deps.mailTabs.send).toHaveBeenCalledWith(7, 'page/open-thread', {});
      expect(context.thread?.id).toBe('gmail:0:thread-a:r900');
      expect(context.history).toEqual([
        { at: NOW - 86_400_000, type: 'tracked', note: 'Classified as an invoice' },
      ]);
    });

    it('falls back to the due queue when the open thread is not tracked, or the page does not answer', async () => {
      vi.mocked(deps.mailTabs.send).mockResolvedValue({
        ok: false,
        error: { code: 'unavailable', message: 'Receiving end does not exist.' },
      } as never);
      const context = await handlers['sidebar/context']({}, sidebarInGmail);
      expect(context).toMatchObject({ client: null, thread: null, history: [] });
      expect(Array.isArray(context.due)).toBe(true);
    });

    it('checks the tone of the reply being written, and says when there is none', async () => {
      vi.mocked(deps.mailTabs.send).mockResolvedValueOnce({
        ok: true,
        value: { text: "YOU STILL HAVEN'T PAID!!! Pay ASAP." },
      } as never);
      const checked = await handlers['compose/check-tone'](
        { threadId: 'gmail:0:thread-a:r100' },
        sidebarInGmail,
      );
      expect(checked.tone.findings.map((finding) => finding.rule)).toEqual(
        expect.arrayContaining([expect.stringMatching(/accus|urgen|caps/)]),
      );
      vi.mocked(deps.mailTabs.send).mockResolvedValueOnce({ ok: true, value: { text: null } } as never);
      await expect(handlers['compose/check-tone']({ threadId: null }, sidebarInGmail)).rejects.toThrow(
        'No reply is being written',
      );
      await expect(handlers['compose/check-tone']({ threadId: null }, popup)).rejects.toBeInstanceOf(
        MessageFailure,
      );
    });

    describe('looking through the Sent list on screen', () => {
      const DAY = 86_400_000;
      const row = (id: string, subject: string, preview: string, to: string, daysAgo: number) => ({
        conversationIds: [id],
        subject,
        preview,
        recipients: [{ email: to }],
        sentAt: NOW - daysAgo * DAY,
        messageCount: 1,
      });
      const sentList = (ownAddress: { email: string } | null) => ({
        ok: true,
        value: {
          client: 'gmail',
          account: '0',
          list: {
            ownAddress,
            rows: [
              row(
                'thread-f:1',
                'Invoice 2026-031',
                'Attached is invoice 2026-031 for EUR 900, due in 14 days.',
                'mara@lumen.example',
                20,
              ),
              row('thread-f:2', 'Thanks for the coffee', 'Same time next month?', 'lee@friends.example', 2),
              // Already tracked: the sample thread is known by this id.
              row(
                'thread-a:r100',
                'Invoice INV-2041',
                'Invoice INV-2041 for EUR 1,850 is attached.',
                'ana@acme.example',
                9,
              ),
            ],
          },
        },
      });

      it('offers the untracked proposals and invoices, planned but not stored, and says how many were known', async () => {
        vi.mocked(deps.mailTabs.send).mockResolvedValue(sentList({ email: 'sam@studio.example' }) as never);
        const scan = await handlers['history/scan-sent']({}, sidebarInGmail);
        expect(deps.mailTabs.send).toHaveBeenCalledWith(7, 'page/read-sent-list', {});
        expect(scan).toMatchObject({ shown: true, rowsRead: 3, alreadyTracked: 1 });
        expect(scan.candidates.map((candidate) => candidate.planned.thread.subject)).toEqual([
          'Invoice 2026-031',
        ]);
        expect(await db.threads.get('gmail:0:thread-f:1')).toBeUndefined();
        const imported = await handlers['history/import'](
          { dryRun: false, threads: scan.candidates.map((candidate) => candidate.planned) },
          sidebarInGmail,
        );
        expect(imported).toEqual({ added: 1, alreadyKnown: 0 });
        expect(await db.threads.get('gmail:0:thread-f:1')).toMatchObject({ kind: 'invoice' });
      });

      it("takes the user's address from their tracked mail when the page does not name it", async () => {
        vi.mocked(deps.mailTabs.send).mockResolvedValue(sentList(null) as never);
        const scan = await handlers['history/scan-sent']({}, sidebarInGmail);
        const sample = await db.threads.get('gmail:0:thread-a:r100');
        expect(scan.candidates[0]!.planned.thread.from).toEqual(sample!.from);
      });

      it('says there is nothing to look through when the page shows no Sent list', async () => {
        vi.mocked(deps.mailTabs.send).mockResolvedValue({
          ok: true,
          value: { client: 'gmail', account: '0', list: null },
        } as never);
        expect(await handlers['history/scan-sent']({}, sidebarInGmail)).toMatchObject({
          shown: false,
          candidates: [],
        });
      });
    });

    it('remembers whether the user left it open, per mail client', async () => {
      const gmailTab: MessageSender = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 7 } };
      expect(await handlers['page/sidebar-state']({ client: 'gmail' }, gmailTab)).toEqual({ open: false });
      expect(await handlers['page/sidebar-state']({ client: 'gmail', open: true }, gmailTab)).toEqual({
        open: true,
      });
      expect(await handlers['page/sidebar-state']({ client: 'gmail' }, gmailTab)).toEqual({ open: true });
      expect(await handlers['page/sidebar-state']({ client: 'outlook' }, gmailTab)).toEqual({ open: false });
    });
  });
});
