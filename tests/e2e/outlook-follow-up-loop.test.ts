import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type LoadedExtension,
  loadExtension,
  OUTLOOK_HOSTS,
  outlookFixture,
  sendFromOutlookDemo,
} from '../support/extension-harness';

type DemoMailbox = {
  serviceRequests: string[];
  draftSaves: number;
  receiveReply(subject: string, from: object, text: string): string;
};

/** Consumer Outlook carries the mailbox index in its paths; business Outlook does not. */
const inboxUrl = (host: string) =>
  host === 'outlook.live.com' ? `https://${host}/mail/0/inbox` : `https://${host}/mail/inbox`;

async function listThreads(extension: LoadedExtension) {
  const page = await extension.openExtensionPage('extension/popup.html');
  const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'threads/list', params: {} }));
  await page.close();
  return (answer as { value: { threads: Array<{ id: string; kind: string; status: string }> } }).value
    .threads;
}

/**
 * Outlook's send is recorded once the page confirmed it: the compose closed and Outlook's undo window
 * (12 s) passed without the draft coming back.
 */
async function waitForThreads(extension: LoadedExtension, count: number) {
  await expect
    .poll(async () => (await listThreads(extension)).length, { timeout: 30_000, interval: 500 })
    .toBe(count);
  return listThreads(extension);
}

const demoMailbox = (page: Page) =>
  page.evaluate(() => {
    const { serviceRequests, draftSaves } = (window as never as { __mailbox: DemoMailbox }).__mailbox;
    return { serviceRequests, draftSaves };
  });

describe('the follow-up loop on Outlook on the web', () => {
  let extension: LoadedExtension;
  afterEach(async () => {
    await extension.close();
  });

  for (const host of OUTLOOK_HOSTS) {
    it(`on ${host}: tracks a sent invoice, shows it due on the badge, and inserts a follow-up into the reply`, async () => {
      extension = await loadExtension(outlookFixture());
      const outlook = await extension.context.newPage();
      await outlook.goto(inboxUrl(host));

      await sendFromOutlookDemo(outlook, {
        to: 'marco@brightfield.example',
        subject: 'Invoice HD-2041 <script>alert(1)</script>',
        body: 'Hello Marco,\n\nAttached is invoice HD-2041 for the packaging redesign: EUR 3,250.00, due within 14 days.\n\nMany thanks,\nSam',
      });
      const [tracked] = await waitForThreads(extension, 1);
      expect(tracked).toMatchObject({ kind: 'invoice', status: 'waiting' });
      expect(tracked!.id).toMatch(host === 'outlook.live.com' ? /^outlook:live:0:/ : /^outlook:office:0:/);

      const popup = await extension.openExtensionPage('extension/popup.html');
      await popup.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'clock/skip-ahead', params: { days: 30 } }),
      );
      await expect.poll(() => extension.badgeText(), { timeout: 10_000 }).toBe('1');

      await popup.reload();
      const card = popup.locator('section[aria-label="Due now"] li.thread');
      await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(1);
      await expect.poll(() => card.locator('.subject').textContent()).toContain('<script>alert(1)</script>');

      await card.getByRole('button', { name: 'Insert follow-up' }).click();
      await expect
        .poll(() => popup.locator('.notice').textContent(), { timeout: 25_000 })
        .toContain('Outlook saved it as a draft');

      // The reply opened under the conversation (found by a subject search: the list showed the inbox).
      const editor = outlook.locator(
        '[id^="docking_InitVisiblePart"] [contenteditable=true][aria-multiline=true]',
      );
      await expect.poll(() => editor.innerText()).toMatch(/HD-2041/);
      expect(await editor.innerText()).toMatch(/HD-2041[\s\S]*Sam Rivera · Studio/);
      // Outlook autosaved the edit; the draft save is never taken for a second send.
      expect((await demoMailbox(outlook)).draftSaves).toBeGreaterThan(0);
      expect(await listThreads(extension)).toHaveLength(1);
      expect(extension.escapedRequests).toEqual([]);
    });
  }

  it("stops reminding once the client's reply shows in the open conversation", async () => {
    extension = await loadExtension(outlookFixture());
    const outlook = await extension.context.newPage();
    await outlook.goto(inboxUrl('outlook.office.com'));
    await sendFromOutlookDemo(outlook, {
      to: 'priya@meadowlane.example',
      subject: 'Proposal: spring catalogue photography',
      body: 'Hi Priya,\n\nHere is our proposal for the spring catalogue: 3 shoot days, EUR 4,800. It is valid for 30 days.\n\nSam',
    });
    const [tracked] = await waitForThreads(extension, 1);
    expect(tracked).toMatchObject({ kind: 'proposal', status: 'waiting' });

    await outlook.evaluate(() =>
      (window as never as { __mailbox: DemoMailbox }).__mailbox.receiveReply(
        'Proposal: spring catalogue photography',
        { email: 'priya@meadowlane.example', name: 'Priya Nair' },
        'Thanks Sam, this looks right. Can we start on the 14th?',
      ),
    );
    await outlook.locator('[role=option][data-convid]', { hasText: 'spring catalogue' }).click();

    await expect
      .poll(async () => (await listThreads(extension))[0]?.status, { timeout: 15_000 })
      .toBe('replied');
    expect(extension.escapedRequests).toEqual([]);
  });

  it("stops reminding when the client's answer only shows as a new-mail notification", async () => {
    extension = await loadExtension(outlookFixture());
    const outlook = await extension.context.newPage();
    await outlook.goto(inboxUrl('outlook.live.com'));
    await sendFromOutlookDemo(outlook, {
      to: 'priya@meadowlane.example',
      subject: 'Quote for the spring catalogue',
      body: 'Hi Priya,\n\nHere is our quote for the spring catalogue: 3 shoot days, EUR 4,800, valid for 30 days.\n\nSam',
    });
    await waitForThreads(extension, 1);
    // The user is looking at Sent Items: the inbox list, where the conversation would rise, is not shown.
    await outlook.getByRole('button', { name: 'Sent Items' }).click();
    await outlook.evaluate(() =>
      (window as never as { __mailbox: DemoMailbox }).__mailbox.receiveReply(
        'Quote for the spring catalogue',
        { email: 'priya@meadowlane.example', name: 'Priya Nair' },
        'Thanks Sam, approved. Please send the contract.',
      ),
    );
    await expect
      .poll(async () => (await listThreads(extension))[0]?.status, { timeout: 10_000 })
      .toBe('replied');
    expect(extension.escapedRequests).toEqual([]);
  });

  it('records a send whose confirmation the service worker was awaiting when it was stopped', async () => {
    extension = await loadExtension(outlookFixture());
    const outlook = await extension.context.newPage();
    await outlook.goto(inboxUrl('outlook.office.com'));
    await sendFromOutlookDemo(outlook, {
      to: 'marco@brightfield.example',
      subject: 'Invoice HD-2077',
      body: 'Hello Marco,\n\nAttached is invoice HD-2077: EUR 980.00, due within 14 days.\n\nMany thanks,\nSam',
    });
    // The request has gone out and the page is waiting out the undo window: the worker is stopped.
    await expect.poll(async () => (await demoMailbox(outlook)).serviceRequests.length).toBeGreaterThan(0);
    await outlook.waitForTimeout(1_000);
    await extension.worker.evaluate(() => {
      (globalThis as { stoppedHere?: boolean }).stoppedHere = true;
    });
    const cdp = await extension.context.newCDPSession(outlook);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // The next start asks the page again, which still knows the press and the closed compose.
    const [tracked] = await waitForThreads(extension, 1);
    expect(tracked).toMatchObject({ kind: 'invoice' });
    const restarted = extension.context.serviceWorkers().at(-1)!;
    expect(
      await restarted.evaluate(() => (globalThis as { stoppedHere?: boolean }).stoppedHere ?? false),
    ).toBe(false);
    expect(extension.escapedRequests).toEqual([]);
  });

  it('makes no record of a send the user undid', async () => {
    extension = await loadExtension(outlookFixture());
    const outlook = await extension.context.newPage();
    await outlook.goto(inboxUrl('outlook.office.com'));
    await sendFromOutlookDemo(outlook, {
      to: 'marco@brightfield.example',
      subject: 'Invoice HD-2050',
      body: 'Hello Marco, invoice HD-2050 for EUR 400 is attached, due in 14 days.',
    });
    await outlook.click('#undo-send');

    const options = await extension.openExtensionPage('extension/options.html');
    await expect
      .poll(
        async () => {
          await options.reload();
          return options.locator('#problems').textContent();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain('the send was undone on the page');
    expect(await listThreads(extension)).toEqual([]);
  });

  it("says Outlook's layout changed, instead of failing silently, when a hook is missing", async () => {
    // The conversation list loses the role the adapter finds it by.
    extension = await loadExtension(outlookFixture((html) => html.replace('role="listbox"', 'role="list"')));
    const outlook = await extension.context.newPage();
    await outlook.goto(inboxUrl('outlook.office.com'));

    const popup = await extension.openExtensionPage('extension/popup.html');
    await expect
      .poll(
        async () => {
          await popup.reload();
          return (await popup.locator('.warning').allTextContents()).join(' ');
        },
        // The page reports a hook missing only once it stayed missing for half a minute (start-content.ts).
        { timeout: 55_000, interval: 2_000 },
      )
      .toContain("Outlook's layout changed");
    expect(await popup.locator('.warning').textContent()).toContain('conversationList');
  }, 90_000);
});
