import { afterEach, describe, expect, it } from 'vitest';
import {
  gmailFixture,
  type LoadedExtension,
  loadExtension,
  outlookFixture,
  sendFromDemoMailbox,
  sendFromOutlookDemo,
} from '../support/extension-harness';

async function waitForTracked(extension: LoadedExtension, timeout = 10_000) {
  const page = await extension.openExtensionPage('extension/popup.html');
  await expect
    .poll(
      async () =>
        (
          (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'threads/list', params: {} }))) as {
            value: { threads: unknown[] };
          }
        ).value.threads.length,
      { timeout, interval: 250 },
    )
    .toBe(1);
  return page;
}

/** Sends an invoice from the demo mailbox and lets 30 days pass, so its follow-up is due. */
async function sendInvoiceDueNow(extension: LoadedExtension) {
  const gmail = await extension.context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
  await sendFromDemoMailbox(gmail, {
    to: 'ana@acme.example',
    subject: 'Invoice INV-2041',
    body: 'Hi Ana,\n\nPlease find attached invoice INV-2041 for EUR 1,850.00, due within 14 days.\n\nThanks,\nSam',
  });
  const popup = await waitForTracked(extension);
  await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'clock/skip-ahead', params: { days: 30 } }));
  return gmail;
}

describe('the sidebar inside the mail client', () => {
  let extension: LoadedExtension;
  afterEach(async () => {
    await extension.close();
  });

  it("offers what was sent before install from Gmail's Sent list, and tracks only what the user ticks", async () => {
    extension = await loadExtension(gmailFixture());
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await gmail.getByRole('button', { name: 'Follow-Through' }).click();
    const sidebar = gmail.frameLocator('iframe[title="Follow-Through sidebar"]');
    await expect.poll(() => sidebar.locator('section[aria-label="Due now"]').count()).toBe(1);
    // The offer belongs to the Sent list only.
    expect(await sidebar.getByRole('button', { name: 'Find proposals and invoices' }).count()).toBe(0);

    await gmail.goto('https://mail.google.com/mail/u/0/#sent');
    await sidebar.getByRole('button', { name: 'Find proposals and invoices' }).click();
    const offered = sidebar.locator('fieldset.sent-scan-offer li');
    // The demo mailbox's Sent list, newest first: a thank-you note (not offered), a quote, an invoice,
    // and an invoice the client has answered since (offered unticked, with the reason).
    await expect
      .poll(() => offered.allTextContents(), { timeout: 10_000 })
      .toEqual([
        expect.stringContaining('Quote: podcast artwork'),
        expect.stringContaining('Invoice 2026-031'),
        expect.stringMatching(/Invoice 2026-027.*1 more message in this conversation/),
      ]);
    expect(
      await offered
        .locator('input[type=checkbox]')
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked)),
    ).toEqual([true, true, false]);
    await sidebar.getByRole('button', { name: 'Track selected (2)' }).click();
    await expect
      .poll(() => sidebar.getByRole('status').allTextContents())
      .toContain('Now tracking 2. Due ones are in the queue below.');

    const popup = await extension.openExtensionPage('extension/popup.html');
    const listed = (await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'threads/list', params: {} }),
    )) as { value: { threads: Array<{ subject: string; kind: string; status: string }> } };
    expect(listed.value.threads.map(({ subject, kind, status }) => [subject, kind, status]).sort()).toEqual([
      ['Invoice 2026-031 – October retainer', 'invoice', 'due'],
      ['Quote: podcast artwork', 'proposal', 'due'],
    ]);
    // 12 days overdue, and a quote 8 days (at least 5 business days) without an answer: both due now.
    await expect
      .poll(() => sidebar.locator('section[aria-label="Due now"] li.thread').allTextContents())
      .toEqual([
        expect.stringContaining('Invoice 2026-031'),
        expect.stringContaining('Quote: podcast artwork'),
      ]);

    // Opened, the thread is known by the ids on the page; the user's own message there is no answer.
    await gmail.locator('tr.zA', { hasText: 'Invoice 2026-031' }).click();
    const card = sidebar.locator('section[aria-label="This thread"] li.thread');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    await gmail.waitForTimeout(1_000);
    const reopened = (await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'threads/list', params: {} }),
    )) as { value: { threads: Array<{ subject: string; status: string }> } };
    expect(reopened.value.threads.find((thread) => thread.subject.startsWith('Invoice'))?.status).toBe('due');

    // Looking again offers only what is still untracked.
    await gmail.goto('https://mail.google.com/mail/u/0/#sent');
    await sidebar.getByRole('button', { name: 'Find proposals and invoices' }).click();
    await expect
      .poll(() => offered.allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining('Invoice 2026-027')]);
    expect(await sidebar.locator('fieldset.sent-scan-offer').textContent()).toContain('2 already tracked.');
  });

  it('shows the due queue, then the open tracked thread with its history and draft, inserts from there, and checks the reply', async () => {
    extension = await loadExtension(gmailFixture());
    const gmail = await sendInvoiceDueNow(extension);

    const mainBefore = await gmail.locator('[role=main]').boundingBox();
    await gmail.getByRole('button', { name: 'Follow-Through' }).click();
    const sidebar = gmail.frameLocator('iframe[title="Follow-Through sidebar"]');
    // Nothing open: the due queue, with the invoice in it.
    await expect.poll(() => sidebar.locator('section[aria-label="Due now"] li.thread').count()).toBe(1);
    // An overlay: the mail client's own layout did not move.
    expect(await gmail.locator('[role=main]').boundingBox()).toEqual(mainBefore);

    await gmail.goto('https://mail.google.com/mail/u/0/#sent');
    await gmail.locator('tr.zA', { hasText: 'Invoice INV-2041' }).click();
    const card = sidebar.locator('section[aria-label="This thread"] li.thread');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => sidebar.locator('section[aria-label="History"]').textContent())
      .toContain('Sent, and tracked');

    await card.getByRole('button', { name: 'Insert follow-up' }).click();
    await expect
      .poll(() => card.locator('.notice').textContent(), { timeout: 20_000 })
      .toContain('Gmail saved it as a draft');
    await expect.poll(() => gmail.locator('.M9 [contenteditable=true]').innerText()).toMatch(/INV-2041/);

    await sidebar.getByRole('button', { name: 'Check my reply' }).click();
    await expect
      .poll(() => sidebar.locator('section[aria-label="Your reply"]').textContent())
      .toMatch(/Reads (warm|neutral|firm)/);

    // Left open: it is open again after a reload, without a click.
    await gmail.reload();
    await expect
      .poll(() => gmail.locator('iframe[title="Follow-Through sidebar"]').count(), { timeout: 10_000 })
      .toBe(1);
    expect(extension.escapedRequests).toEqual([]);
  });

  it("makes room for Gmail's compose window docked under it", async () => {
    extension = await loadExtension(gmailFixture());
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await gmail.getByRole('button', { name: 'Follow-Through' }).click();
    const sidebar = gmail.frameLocator('iframe[title="Follow-Through sidebar"]');
    await sidebar.getByRole('button', { name: 'Check my reply' }).waitFor();
    // The demo docks its compose at the bottom right, as Gmail does: the sidebar must not hide it.
    await gmail.click('#compose-button');
    const editor = gmail.locator('[role=dialog] [contenteditable=true]');
    const editorBox = (await editor.boundingBox())!;
    await expect
      .poll(
        async () => {
          try {
            // A trial click fails when another element would receive it at that point.
            await editor.click({ trial: true, timeout: 500, position: { x: editorBox.width - 40, y: 10 } });
            return 'reachable';
          } catch {
            return 'covered';
          }
        },
        { timeout: 5_000 },
      )
      .toBe('reachable');
    await expect.poll(() => sidebar.getByRole('button', { name: 'Check my reply' }).isVisible()).toBe(true);
    expect(extension.escapedRequests).toEqual([]);
  });

  it('copies the draft from inside the mail page', async () => {
    extension = await loadExtension(gmailFixture());
    await extension.context.grantPermissions(['clipboard-read'], { origin: 'https://mail.google.com' });
    const gmail = await sendInvoiceDueNow(extension);
    // The clipboard answers only the page in front, and the popup opened last.
    await gmail.bringToFront();
    await gmail.getByRole('button', { name: 'Follow-Through' }).click();
    await gmail.goto('https://mail.google.com/mail/u/0/#sent');
    await gmail.locator('tr.zA', { hasText: 'Invoice INV-2041' }).click();
    const sidebar = gmail.frameLocator('iframe[title="Follow-Through sidebar"]');
    const draft = sidebar.locator('section[aria-label="This thread"] textarea');
    await expect.poll(() => draft.inputValue(), { timeout: 10_000 }).toMatch(/INV-2041/);

    await sidebar.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => sidebar.getByRole('status').allTextContents()).toContain('Copied.');
    expect(await gmail.evaluate(() => navigator.clipboard.readText())).toBe(await draft.inputValue());

    expect(extension.escapedRequests).toEqual([]);
  });

  it('opens a thread from the popup in the mail client, with the sidebar on it (what a notification click does)', async () => {
    extension = await loadExtension(gmailFixture());
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await sendFromDemoMailbox(gmail, {
      to: 'ana@acme.example',
      subject: 'Proposal for the spring campaign',
      body: 'Hi Ana,\n\nAttached is our proposal for the spring campaign: 12 weeks, USD 9,600. It is valid for 30 days.\n\nSam',
    });
    const popup = await waitForTracked(extension);
    await popup.reload();
    await popup.getByRole('button', { name: 'Open in Gmail' }).click();

    await expect
      .poll(() => gmail.locator('h2.hP').textContent(), { timeout: 10_000 })
      .toBe('Proposal for the spring campaign');
    const sidebar = gmail.frameLocator('iframe[title="Follow-Through sidebar"]');
    await expect
      .poll(
        async () =>
          (await sidebar.locator('section[aria-label="This thread"] .subject').allTextContents()).join(' '),
        {
          timeout: 10_000,
        },
      )
      .toContain('Proposal for the spring campaign');
    expect(extension.escapedRequests).toEqual([]);
  });

  it('opens the thread with the sidebar on it when its due notification is clicked, and clears the notification', async () => {
    extension = await loadExtension(gmailFixture());
    const gmail = await sendInvoiceDueNow(extension);
    // Another view in front, so the click has somewhere to go.
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    const notifications = await extension.worker.evaluate(async () => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const shown = Object.keys(await chrome.notifications.getAll());
        if (shown.length > 0) return shown;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return [];
    });
    expect(notifications).toEqual([expect.stringMatching(/^due\|gmail:0:/)]);
    // A headless browser shows no notification to click: the worker's own onClicked event is fired
    // with the notification's id, which runs the listener start-background.ts registered.
    await extension.worker.evaluate((id) => {
      (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(id);
    }, notifications[0]!);

    await expect
      .poll(() => gmail.locator('h2.hP').allTextContents(), { timeout: 10_000 })
      .toEqual(['Invoice INV-2041']);
    const sidebar = gmail.frameLocator('iframe[title="Follow-Through sidebar"]');
    await expect
      .poll(() => sidebar.locator('section[aria-label="This thread"] .subject').allTextContents(), {
        timeout: 10_000,
      })
      .toEqual(['Invoice INV-2041']);
    await expect
      .poll(() => extension.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())))
      .toEqual([]);
    expect(extension.escapedRequests).toEqual([]);
  });

  it('says plainly when there is no reply to check', async () => {
    extension = await loadExtension(gmailFixture());
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await gmail.getByRole('button', { name: 'Follow-Through' }).click();
    const sidebar = gmail.frameLocator('iframe[title="Follow-Through sidebar"]');
    await sidebar.getByRole('button', { name: 'Check my reply' }).click();
    await expect
      .poll(() => sidebar.locator('[role=alert]').textContent())
      .toContain('No reply is being written');
    // Closed by the keyboard, it stays closed.
    await sidebar.getByRole('button', { name: 'Check my reply' }).press('Escape');
    await expect.poll(() => gmail.locator('iframe[title="Follow-Through sidebar"]').isVisible()).toBe(false);
  });

  it('follows an Outlook conversation as the reading pane changes', async () => {
    extension = await loadExtension(outlookFixture());
    const outlook = await extension.context.newPage();
    await outlook.goto('https://outlook.office.com/mail/inbox');
    await sendFromOutlookDemo(outlook, {
      to: 'marco@brightfield.example',
      subject: 'Quote for the trade-fair stand',
      body: 'Hi Marco,\n\nHere is our quote for the trade-fair stand: 8 weeks, GBP 5,400, valid for 30 days.\n\nSam',
    });
    await waitForTracked(extension, 30_000);

    await outlook.getByRole('button', { name: 'Follow-Through' }).click();
    await outlook.getByRole('button', { name: 'Sent Items' }).click();
    await outlook.locator('[role=option][data-convid]', { hasText: 'trade-fair stand' }).click();
    const sidebar = outlook.frameLocator('iframe[title="Follow-Through sidebar"]');
    // allTextContents() answers at once; textContent() would wait for a card the due queue does not have yet.
    await expect
      .poll(
        async () =>
          (await sidebar.locator('section[aria-label="This thread"] .subject').allTextContents()).join(' '),
        { timeout: 20_000 },
      )
      .toContain('Quote for the trade-fair stand');
    expect(extension.escapedRequests).toEqual([]);
  });
});
