import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  gmailFixture,
  type LoadedExtension,
  loadExtension,
  sendFromDemoMailbox,
} from '../support/extension-harness';

const INVOICE_BODY = [
  'Hi Ana,',
  '',
  'Please find attached invoice INV-2041 for the brand workshop: EUR 1,850.00, due within 14 days.',
  '',
  'Thank you!',
  'Sam',
].join('\n');

async function listThreads(extension: LoadedExtension) {
  const page = await extension.openExtensionPage('extension/popup.html');
  const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'threads/list', params: {} }));
  await page.close();
  return answer as { ok: true; value: { threads: Array<{ kind: string; status: string; subject: string }> } };
}

// A deadline rather than a count of attempts: on a loaded machine each attempt (a page opened and
// closed) takes longer, and the send is still tracked, only later.
async function waitForThreads(extension: LoadedExtension, count: number) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const answer = await listThreads(extension);
    if (answer.ok && answer.value.threads.length >= count) return answer.value.threads;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`expected ${count} tracked threads within 20 s`);
}

describe('the follow-up loop on Gmail', () => {
  let extension: LoadedExtension;
  beforeEach(async () => {
    extension = await loadExtension(gmailFixture());
  });
  afterEach(async () => {
    await extension.close();
  });

  it('tracks a sent invoice, shows it due on the badge once the window passes, and inserts a follow-up into the reply', async () => {
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');

    await sendFromDemoMailbox(gmail, {
      to: 'ana@acme.example',
      subject: 'Invoice INV-2041 <img src=x onerror=alert(1)>',
      body: INVOICE_BODY,
    });

    const [tracked] = await waitForThreads(extension, 1);
    expect(tracked).toMatchObject({ kind: 'invoice', status: 'waiting' });
    expect(await extension.badgeText()).toBe('');

    const popup = await extension.openExtensionPage('extension/popup.html');
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'clock/skip-ahead', params: { days: 30 } }),
    );
    await expect.poll(() => extension.badgeText(), { timeout: 10_000 }).toBe('1');
    // The step is announced once, as a notification that names the client's thread.
    const notifications = await extension.worker.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notifications)).toEqual([expect.stringMatching(/^due\|gmail:0:thread-a:r/)]);

    await popup.reload();
    const card = popup.locator('section[aria-label="Due now"] li.thread');
    await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(1);
    // Mail content is text: the hostile subject is shown literally and creates no element.
    await expect.poll(() => card.locator('.subject').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.locator('img').count()).toBe(0);
    // The invoice counts in the aging view, 16 days overdue.
    expect(
      await popup.locator('section[aria-label="Outstanding invoices"] .aging-1-30').textContent(),
    ).toContain('1,850');

    await card.getByRole('button', { name: 'Insert follow-up' }).click();
    await expect
      .poll(() => popup.locator('.notice').textContent(), { timeout: 20_000 })
      .toContain('Gmail saved it as a draft');

    const editor = gmail.locator('.M9 [contenteditable=true][g_editable=true]');
    await expect.poll(() => editor.innerText()).toMatch(/INV-2041/);
    // The signature Gmail put in the reply is kept, below the inserted text.
    expect(await editor.innerText()).toMatch(/INV-2041[\s\S]*-- Sam Rivera/);
    // Gmail registered the edit: its own input handling saved a draft, which is never taken for a send.
    await expect
      .poll(() =>
        gmail.evaluate(() => (window as never as { __mailbox: { draftSaves: number } }).__mailbox.draftSaves),
      )
      .toBeGreaterThan(0);
    const threads = await waitForThreads(extension, 1);
    expect(threads).toHaveLength(1);

    expect(extension.escapedRequests).toEqual([]);
  });

  it("stops reminding once the client's reply shows in the open thread", async () => {
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await sendFromDemoMailbox(gmail, {
      to: 'ana@acme.example',
      subject: 'Proposal for the spring campaign',
      body: 'Hi Ana,\n\nAttached is our proposal for the spring campaign: 12 weeks, USD 9,600. It is valid for 30 days.\n\nSam',
    });
    const [tracked] = await waitForThreads(extension, 1);
    expect(tracked).toMatchObject({ kind: 'proposal', status: 'waiting' });

    // Looking at Sent: the inbox, where the reply would rise, is not on screen.
    await gmail.evaluate(() => {
      location.hash = '#sent';
    });
    const legacyId = await gmail.evaluate(() =>
      (
        window as never as {
          __mailbox: { receiveReply(subject: string, from: object, text: string): string };
        }
      ).__mailbox.receiveReply(
        'Proposal for the spring campaign',
        { email: 'ana@acme.example', name: 'Ana Souza' },
        'Thanks Sam! Could we talk on Tuesday about the timeline?',
      ),
    );
    await gmail.goto(`https://mail.google.com/mail/u/0/#inbox/${legacyId}`);

    await expect
      .poll(async () => (await listThreads(extension)).value.threads[0]?.status, { timeout: 10_000 })
      .toBe('replied');
    expect(extension.escapedRequests).toEqual([]);
  });

  it('reads an answer that came while the user was elsewhere from the inbox list, once it is shown', async () => {
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await sendFromDemoMailbox(gmail, {
      to: 'ana@acme.example',
      subject: 'Quote for the winter lookbook',
      body: 'Hi Ana,\n\nHere is our quote for the winter lookbook: 3 shoot days, EUR 4,100, valid for 30 days.\n\nSam',
    });
    await waitForThreads(extension, 1);
    await gmail.goto('https://mail.google.com/mail/u/0/#sent');
    await gmail.evaluate(() =>
      (
        window as never as {
          __mailbox: { receiveReply(subject: string, from: object, text: string, quietly: boolean): string };
        }
      ).__mailbox.receiveReply(
        'Quote for the winter lookbook',
        { email: 'ana@acme.example', name: 'Ana Souza' },
        'Hi Sam, could you split the quote into two phases?',
        true,
      ),
    );
    // Nothing on screen yet: the Sent list names recipients, and nothing arrived in view.
    await gmail.waitForTimeout(2_000);
    expect((await listThreads(extension)).value.threads[0]?.status).toBe('waiting');
    // The inbox is opened: its row is already there, dated by its ids, never seen arriving.
    await gmail.getByRole('link', { name: 'Inbox' }).click();
    await expect
      .poll(async () => (await listThreads(extension)).value.threads[0]?.status, { timeout: 10_000 })
      .toBe('replied');
    expect(extension.escapedRequests).toEqual([]);
  });

  it("stops reminding once the client's reply arrives at the top of the inbox, unopened", async () => {
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await sendFromDemoMailbox(gmail, {
      to: 'ana@acme.example',
      subject: 'Quote for the autumn catalogue',
      body: 'Hi Ana,\n\nHere is our quote for the autumn catalogue: 4 shoot days, EUR 6,200, valid for 30 days.\n\nSam',
    });
    const [tracked] = await waitForThreads(extension, 1);
    expect(tracked).toMatchObject({ kind: 'proposal', status: 'waiting' });
    await gmail.evaluate(() =>
      (
        window as never as {
          __mailbox: { receiveReply(subject: string, from: object, text: string): string };
        }
      ).__mailbox.receiveReply(
        'Quote for the autumn catalogue',
        { email: 'ana@acme.example', name: 'Ana Souza' },
        'Thanks Sam, we accept. Can you start in March?',
      ),
    );
    await expect
      .poll(async () => (await listThreads(extension)).value.threads[0]?.status, { timeout: 10_000 })
      // The row's preview carries the answer's first words, as Gmail's does: "we accept" is read.
      .toBe('accepted');
    expect(gmail.url()).toMatch(/#inbox$/);
    expect(extension.escapedRequests).toEqual([]);
  });

  it('snoozes a due follow-up until a chosen date, and takes the snooze back on Undo', async () => {
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await sendFromDemoMailbox(gmail, {
      to: 'bo@north.example',
      subject: 'Invoice INV-2060',
      body: 'Hi Bo, invoice INV-2060 for EUR 640 is attached, due within 14 days. Thanks, Sam',
    });
    await waitForThreads(extension, 1);
    const popup = await extension.openExtensionPage('extension/popup.html');
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'clock/skip-ahead', params: { days: 30 } }),
    );
    await popup.reload();
    const card = popup.locator('section[aria-label="Due now"] li.thread');
    await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(1);
    // The organization the client's address names is shown beside their name.
    expect(await card.locator('.client').textContent()).toContain('north.example');

    await card.locator('input[name=snoozeUntil]').fill('2099-01-15');
    await card.getByRole('button', { name: 'Snooze', exact: true }).click();
    await expect.poll(async () => (await listThreads(extension)).value.threads[0]?.status).toBe('snoozed');
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await listThreads(extension)).value.threads[0]?.status).toBe('due');
    expect(extension.escapedRequests).toEqual([]);
  });

  it('forgets a send undone while the service worker was stopped, once the worker starts again', async () => {
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await gmail.evaluate(() => {
      (window as never as { __mailbox: { undoWindowMs: number } }).__mailbox.undoWindowMs = 20_000;
    });
    await sendFromDemoMailbox(gmail, {
      to: 'ana@acme.example',
      subject: 'Invoice INV-2051',
      body: 'Hi Ana, invoice INV-2051 for EUR 400 is attached, due in 14 days.',
    });
    // Tracked, and the worker is waiting for the page's word on it.
    await waitForThreads(extension, 1);
    await gmail.waitForTimeout(500);
    const marker = await extension.worker.evaluate(() => {
      (globalThis as { stoppedHere?: boolean }).stoppedHere = true;
      return true;
    });
    expect(marker).toBe(true);
    const cdp = await extension.context.newCDPSession(gmail);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await gmail.click('#link_undo');

    // Anything that wakes the worker (here the popup's question) starts it afresh; it asks the page again.
    await expect
      .poll(async () => (await listThreads(extension)).value.threads.length, { timeout: 15_000 })
      .toBe(0);
    const restarted = extension.context.serviceWorkers().at(-1)!;
    expect(
      await restarted.evaluate(() => (globalThis as { stoppedHere?: boolean }).stoppedHere ?? false),
    ).toBe(false);
    expect(extension.escapedRequests).toEqual([]);
  });

  it('forgets a send the user undid on the page', async () => {
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await sendFromDemoMailbox(gmail, {
      to: 'ana@acme.example',
      subject: 'Invoice INV-2050',
      body: 'Hi Ana, invoice INV-2050 for EUR 400 is attached, due in 14 days.',
    });
    await gmail.click('#link_undo');

    const page = await extension.openExtensionPage('extension/options.html');
    await expect
      .poll(() => page.locator('#problems').textContent(), { timeout: 10_000 })
      .toContain('send undone on the page');
    expect((await listThreads(extension)).value.threads).toEqual([]);
    expect(extension.escapedRequests).toEqual([]);
  });
});
