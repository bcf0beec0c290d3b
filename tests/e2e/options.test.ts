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
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/invoiceReminderDaysOverdue/);

    await reminders.fill('2, 9');
    await reminders.blur();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toContain('Saved');

    await options.reload();
    await expect
      .poll(() => options.locator('input[name=invoiceReminderDaysOverdue]').inputValue())
      .toBe('2, 9');
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
