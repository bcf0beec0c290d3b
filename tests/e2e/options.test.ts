import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixture, type LoadedExtension, loadExtension } from '../support/extension-harness';

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
});
