import { explain } from '../core/explanations/explanation';
import type { Envelope, Outcome, TypesFor } from '../messaging/protocol';
import { readEnvelope } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send-message';
import { browser, type Runtime } from '../platform/browser-api';
import type { WebmailAdapter } from '../webmail/webmail';
import { mountSidebarFrame, type SidebarFrame } from './sidebar-frame';

type ContentType = TypesFor<'content'>;

async function handle(
  adapter: WebmailAdapter,
  sidebar: SidebarFrame,
  envelope: Envelope<ContentType>,
): Promise<Outcome<unknown>> {
  switch (envelope.type) {
    case 'page/open-thread':
      return {
        ok: true,
        value: {
          client: adapter.client,
          account: adapter.account(),
          thread: adapter.readOpenThread(),
          sentListShown: Boolean(adapter.readSentList?.()?.rows.length),
        },
      };
    case 'page/read-sent-list':
      return {
        ok: true,
        value: { client: adapter.client, account: adapter.account(), list: adapter.readSentList?.() ?? null },
      };
    case 'compose/read-text':
      return { ok: true, value: { text: adapter.readComposeText() } };
    case 'sidebar/show':
      sidebar.open();
      sidebar.refresh();
      return { ok: true, value: { shown: true } };
    case 'content/ping':
      return { ok: true, value: { client: adapter.client, account: adapter.account() } };
    case 'thread/open': {
      const target = envelope.params as { mailThreadIds: string[]; subject: string };
      if (await adapter.openThread(target)) return { ok: true, value: { opened: true } };
      return {
        ok: false,
        error: {
          code: 'failed',
          message: 'thread/open: the conversation could not be opened.',
          explanation: explain('failThreadNotOpened', { subject: target.subject }),
        },
      };
    }
    case 'send/await-confirmation': {
      const { timeoutMs, sentAt } = envelope.params as { timeoutMs: number; sentAt: number };
      const outcome = await adapter.awaitSendConfirmation(timeoutMs, sentAt);
      return { ok: true, value: { outcome, compose: adapter.readSentCompose?.(sentAt) ?? null } };
    }
    case 'compose/insert-draft': {
      const params = envelope.params as { mailThreadIds: string[]; subject: string; text: string };
      const outcome = await adapter.insertDraft(params, params.text);
      // The English words come from the background (MessageFailure): the content script ships no catalog.
      if (!outcome.inserted) {
        const message = `compose/insert-draft: ${outcome.reason.code}`;
        return { ok: false, error: { code: 'failed', message, explanation: outcome.reason } };
      }
      return { ok: true, value: outcome };
    }
  }
}

/** After navigation settles, the page has drawn the thread; reading it earlier would find the old view. */
const THREAD_SETTLE_MS = 1_500;
const THREAD_LATE_LOOK_MS = 5_000;

/**
 * Reports the open thread's messages to the background, where replies are judged. It reads only after
 * the user navigates (and once at start), and reports a thread again only when it shows more messages.
 */
function watchOpenThread(adapter: WebmailAdapter, sidebar: SidebarFrame): void {
  const reported = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    const account = adapter.account();
    const thread = adapter.readOpenThread();
    if (account === null || !thread || thread.messages.length === 0) return;
    const key = thread.mailThreadIds.join('|');
    if ((reported.get(key) ?? 0) >= thread.messages.length) return;
    reported.set(key, thread.messages.length);
    void sendToBackground('page/thread-seen', { client: adapter.client, account, ...thread });
  };
  // Mail that came while the page was closed shows in the lists: each listed message once per page.
  const listed = new Set<string>();
  const reportList = () => {
    const account = adapter.account();
    if (account === null) return;
    const mail = (adapter.readListedMail?.() ?? []).filter((item) => !listed.has(item.messageId));
    if (mail.length === 0) return;
    for (const item of mail) listed.add(item.messageId);
    void sendToBackground('page/list-seen', { client: adapter.client, account, mail: mail.slice(0, 200) });
  };
  let lateTimer: ReturnType<typeof setTimeout> | undefined;
  const look = () => {
    report();
    reportList();
    sidebar.refresh();
  };
  const schedule = () => {
    clearTimeout(timer);
    clearTimeout(lateTimer);
    timer = setTimeout(look, THREAD_SETTLE_MS);
    // A busy page draws the thread late: one more look (reports stay idempotent).
    lateTimer = setTimeout(look, THREAD_LATE_LOOK_MS);
  };
  adapter.watchNavigation(schedule);
  schedule();
}

/**
 * Wires a webmail adapter to the background. Nothing here touches storage: a content script's
 * IndexedDB belongs to the mail site, not to us (docs/architecture.md).
 */
export function startContent(adapter: WebmailAdapter): void {
  const sidebar = mountSidebarFrame(document, {
    readRoom: () => adapter.readSidebarRoom?.() ?? { ...adapter.sidebarInset, windows: [] },
    frameUrl: browser.runtime.getURL('extension/sidebar.html'),
    extensionOrigin: new URL(browser.runtime.getURL('')).origin,
    onToggle: (open) => void sendToBackground('page/sidebar-state', { client: adapter.client, open }),
  });
  void sendToBackground('page/sidebar-state', { client: adapter.client }).then((answer) => {
    if (answer.ok && answer.value.open) sidebar.open();
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const reading = readEnvelope(raw, 'content');
    if (!reading.ok) {
      return reading.reason === 'not_ours' ? undefined : Promise.resolve({ ok: false, error: reading.error });
    }
    return handle(adapter, sidebar, reading.envelope as Envelope<ContentType>).catch(
      (error: unknown): Outcome<never> => ({
        ok: false,
        error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
      }),
    );
  });

  watchOpenThread(adapter, sidebar);
  adapter.watchArrivingMail?.((mail) => {
    const account = adapter.account();
    if (account !== null)
      void sendToBackground('page/mail-arrived', { client: adapter.client, account, ...mail });
  });

  // Health is checked once the page has settled, off the mail client's critical path; Gmail builds its
  // views progressively, so a missing hook is only reported after it stayed missing for half a minute.
  const reportHealth = async () => {
    let health = adapter.health();
    for (let attempt = 0; health.state !== 'ok' && attempt < 10; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      health = adapter.health();
    }
    void sendToBackground('page/health', { client: adapter.client, ...health });
  };
  if (document.readyState === 'complete') setTimeout(() => void reportHealth(), 3_000);
  else window.addEventListener('load', () => setTimeout(() => void reportHealth(), 3_000), { once: true });
}
