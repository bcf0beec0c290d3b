import type { MailClient } from '../core/threads/tracked-thread';
import { sendToTab } from '../messaging/send-message';
import { browser } from '../platform/browser-api';
import { MessageFailure } from './message-failure';

const CONTENT_READY_TIMEOUT_MS = 20_000;

export function mailUrlFor(client: MailClient, account: string): string {
  if (client === 'gmail') return `https://mail.google.com/mail/u/${encodeURIComponent(account)}/#inbox`;
  throw new MessageFailure('unavailable', 'Outlook on the web is not supported yet.');
}

/**
 * Finds the user's tab for a mail account (or opens one), brings it to the front, and waits until our
 * content script there answers: a freshly opened Gmail takes seconds before it can take a draft.
 */
export async function focusMailTab(client: MailClient, account: string): Promise<number> {
  const pattern = client === 'gmail' ? `https://mail.google.com/mail/u/${account}/*` : '';
  const [existing] = await browser.tabs.query({ url: pattern });
  const tab = existing ?? (await browser.tabs.create({ url: mailUrlFor(client, account), active: true }));
  if (tab.id === undefined)
    throw new MessageFailure('unavailable', 'The browser did not give the mail tab an id.');
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });

  const deadline = Date.now() + CONTENT_READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ping = await sendToTab(tab.id, 'content/ping', {});
    if (ping.ok) return tab.id;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new MessageFailure(
    'unavailable',
    'Gmail did not finish loading in time. Reload the Gmail tab and try again.',
  );
}
