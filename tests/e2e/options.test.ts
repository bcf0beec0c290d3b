import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gmailFixture,
  type LoadedExtension,
  loadExtension,
  sendFromDemoMailbox,
} from '../support/extension-harness';

describe('changing when reminders come', () => {
  let extension: LoadedExtension;
  beforeAll(async () => {
    extension = await loadExtension(gmailFixture());
  });
  afterAll(async () => {
    await extension.close();
  });

  it('refuses a ladder the core rejects, with its reason, and keeps a valid one', async () => {
    const options = await extension.openExtensionPage('extension/options.html');
    const reminders = options.locator('input[name=invoiceReminderDaysOverdue]');
    await expect.poll(() => reminders.inputValue()).toBe('7, 15, 28');

    await reminders.fill('15, 7');
    await reminders.blur();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe('Invoice reminders: write up to 8 whole numbers, each larger than the one before, from 1 to 90.');

    await reminders.fill('2, 9');
    await reminders.blur();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toContain('Saved');

    // The other kinds' ladders are kept the same way.
    const feedback = options.locator('input[name="requestNudges-feedback_request"]');
    await feedback.fill('2, 6');
    await feedback.blur();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toContain('Saved');

    await options.reload();
    await expect
      .poll(() => options.locator('input[name=invoiceReminderDaysOverdue]').inputValue())
      .toBe('2, 9');
    expect(await options.locator('input[name="requestNudges-feedback_request"]').inputValue()).toBe('2, 6');
    expect(extension.escapedRequests).toEqual([]);
  });

  it('exports a backup, deletes everything, and imports it back with nothing lost', async () => {
    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await sendFromDemoMailbox(gmail, {
      to: 'ana@acme.example',
      subject: 'Invoice INV-3001 <img src=x onerror=alert(1)>',
      body: 'Hi Ana, invoice INV-3001 for EUR 720.00 is attached, due within 14 days. Thank you, Sam',
    });
    const options = await extension.openExtensionPage('extension/options.html');
    const listed = () =>
      options.evaluate(() => chrome.runtime.sendMessage({ type: 'threads/list', params: {} })) as Promise<{
        value: { threads: Array<{ subject: string; kind: string }> };
      }>;
    await expect.poll(async () => (await listed()).value.threads.length, { timeout: 10_000 }).toBe(1);
    const before = (await listed()).value.threads;

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export a backup (JSON)' }).click(),
    ]);
    const backupPath = await download.path();

    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect
      .poll(() => options.getByRole('status').textContent())
      .toContain('Deleted everything (1 thread)');
    expect((await listed()).value.threads).toEqual([]);

    await options.locator('input[name=backup]').setInputFiles(backupPath);
    await expect.poll(() => options.getByRole('status').textContent()).toContain('1 new thread,');
    expect((await listed()).value.threads).toEqual([]);
    await options.getByRole('button', { name: 'Import it' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toContain('Imported');
    expect((await listed()).value.threads).toEqual(before);
    expect(extension.escapedRequests).toEqual([]);
  });
});

describe('choosing what is followed up, and when to be told', () => {
  let extension: LoadedExtension;
  beforeAll(async () => {
    extension = await loadExtension(gmailFixture());
  });
  afterAll(async () => {
    await extension.close();
  });

  it('never follows up with the addresses and domains the user lists, and keeps the notification choices', async () => {
    const options = await extension.openExtensionPage('extension/options.html');
    const neverTrack = options.locator('textarea[name=neverTrack]');
    await neverTrack.fill('@partner-agency.example');
    await neverTrack.blur();
    await options.locator('select[name=digestHour]').selectOption('8');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toContain('Saved');
    // The digest is planned for the next 08:00 on the machine's clock.
    await expect
      .poll(() =>
        extension.worker.evaluate(async () => (await chrome.alarms.get('digest'))?.scheduledTime ?? 0),
      )
      .toBeGreaterThan(Date.now());

    const gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    const invoice = (to: string, number: string) => ({
      to,
      subject: `Invoice ${number}`,
      body: `Hi, invoice ${number} for EUR 900 is attached, due within 14 days. Thanks, Sam`,
    });
    await sendFromDemoMailbox(gmail, invoice('jo@partner-agency.example', 'INV-3001'));
    await sendFromDemoMailbox(gmail, invoice('ana@acme.example', 'INV-3002'));
    const popup = await extension.openExtensionPage('extension/popup.html');
    const subjects = async () =>
      (
        (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'threads/list', params: {} }))) as {
          value: { threads: Array<{ subject: string }> };
        }
      ).value.threads.map((thread) => thread.subject);
    await expect.poll(subjects, { timeout: 10_000 }).toContain('Invoice INV-3002');
    expect(await subjects()).not.toContain('Invoice INV-3001');

    await options.reload();
    await expect
      .poll(() => options.locator('textarea[name=neverTrack]').inputValue())
      .toBe('partner-agency.example');
    expect(await options.locator('select[name=digestHour]').inputValue()).toBe('8');
    expect(extension.escapedRequests).toEqual([]);
  });
});

describe('bringing in past mail from a Gmail export', () => {
  it('reads an mbox file, shows what it would track, imports it, and adds nothing the second time', async () => {
    const extension = await loadExtension(gmailFixture());
    try {
      const sentAt = new Date(Date.now() - 40 * 86_400_000).toUTCString();
      const mbox = [
        'From 1790000000000000007@xxx Mon Oct 12 09:00:00 +0000 2026',
        'X-GM-THRID: 1790000000000000007',
        'X-Gmail-Labels: Sent',
        'Message-ID: <inv-1043@studio.example>',
        `Date: ${sentAt}`,
        'From: Sam Rivera <sam@studio.example>',
        'To: Ana Souza <ana@acme.example>',
        'Subject: Invoice 1043 <script>alert(1)</script>',
        '',
        'Hi Ana, please find attached invoice 1043 for EUR 2,400.00, due within 14 days. Thanks, Sam',
        '',
      ].join('\n');
      const options = await extension.openExtensionPage('extension/options.html');
      const file = { name: 'takeout.mbox', mimeType: 'application/mbox', buffer: Buffer.from(mbox) };
      await options.locator('input[name=mailbox]').setInputFiles(file);
      await expect
        .poll(() =>
          options.locator('section[aria-labelledby="history-import"] [role=status]').allTextContents(),
        )
        .toEqual([expect.stringContaining('1 messages, 1 sent by you: 1 proposals and invoices to track')]);
      expect(await options.locator('input[name=mailboxAddress]').inputValue()).toBe('sam@studio.example');
      await options.getByRole('button', { name: 'Import them' }).click();
      await expect
        .poll(() =>
          options.locator('section[aria-labelledby="history-import"] [role=status]').allTextContents(),
        )
        .toEqual(['Imported 1 threads.']);

      const popup = await extension.openExtensionPage('extension/popup.html');
      await expect
        .poll(() => popup.locator('li.thread .subject').allTextContents())
        .toEqual(['Invoice 1043 <script>alert(1)</script>']);

      await options.reload();
      await options.locator('input[name=mailbox]').setInputFiles(file);
      await expect
        .poll(() =>
          options.locator('section[aria-labelledby="history-import"] [role=status]').allTextContents(),
        )
        .toEqual([expect.stringContaining('1 already here')]);
      expect(await options.getByRole('button', { name: 'Import them' }).count()).toBe(0);
      expect(extension.escapedRequests).toEqual([]);
    } finally {
      await extension.close();
    }
  });
});
