import { explain } from '../core/explanations/explanation';
import type { MailClient } from '../core/threads/tracked-thread';
import { sendToTab } from '../messaging/send-message';
import { browser } from '../platform/browser-api';
import { buildOutlookMailUrl, listOutlookTabPatterns } from '../webmail/outlook/read-outlook-account';
import { MessageFailure } from './message-failure';

const CONTENT_READY_TIMEOUT_MS = 20_000;

const CLIENT_NAMES: Record<MailClient, string> = { gmail: 'Gmail', outlook: 'Outlook' };

export function mailUrlFor(client: MailClient, account: string): string {
  if (client === 'gmail') return `https://mail.google.com/mail/u/${encodeURIComponent(account)}/#inbox`;
  const url = buildOutlookMailUrl(account);
  if (url === null)
    throw new MessageFailure('invalid', `"${account}" is not an Outlook account this product named.`);
  return url;
}

/** Where the account's mail may already be open (chrome.tabs.query patterns). */
export function mailTabPatternsFor(client: MailClient, account: string): string[] {
  if (client === 'gmail') return [`https://mail.google.com/mail/u/${encodeURIComponent(account)}/*`];
  return listOutlookTabPatterns(account);
}

/**
 * Finds the user's tab for a mail account (or opens one), brings it to the front, and waits until our
 * content script there answers: a freshly opened Gmail or Outlook takes seconds before it can take a draft.
 */
export async function focusMailTab(client: MailClient, account: string): Promise<number> {
  const [existing] = await browser.tabs.query({ url: mailTabPatternsFor(client, account) });
  const tab = existing ?? (await browser.tabs.create({ url: mailUrlFor(client, account), active: true }));
  if (tab.id === undefined) throw new MessageFailure('unavailable', explain('failMailTabWithoutId'));
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });

  const deadline = Date.now() + CONTENT_READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ping = await sendToTab(tab.id, 'content/ping', {});
    if (ping.ok) return tab.id;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new MessageFailure('unavailable', explain('failMailNotLoaded', { client: CLIENT_NAMES[client] }));
}
