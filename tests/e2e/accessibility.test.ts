import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gmailFixture,
  type LoadedExtension,
  loadExtension,
  sendFromDemoMailbox,
} from '../support/extension-harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns the serious and critical violations, by rule and target. */
async function seriousViolations(page: Page | Frame) {
  // Evaluated through DevTools: the extension pages' CSP rightly refuses an injected script tag.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const results = await (
      window as never as {
        axe: {
          run(): Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe.run();
    return results.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

describe('accessibility of the extension pages', () => {
  let extension: LoadedExtension;
  let gmail: Page;
  beforeAll(async () => {
    extension = await loadExtension(gmailFixture());
    gmail = await extension.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await sendFromDemoMailbox(gmail, {
      to: 'ana@acme.example',
      subject: 'Invoice INV-2041',
      body: 'Hi Ana, please find attached invoice INV-2041 for EUR 1,850.00, due within 14 days. Thanks, Sam',
    });
  });
  afterAll(async () => {
    await extension.close();
  });

  it('finds no serious or critical problem in the popup with a due follow-up open', async () => {
    const popup = await extension.openExtensionPage('extension/popup.html');
    await popup.waitForSelector('li.thread');
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'clock/skip-ahead', params: { days: 30 } }),
    );
    await popup.reload();
    await popup.waitForSelector('section[aria-label="Due now"] textarea');
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('finds no serious or critical problem in the sidebar, nor in its tab on the mail page', async () => {
    await gmail.getByRole('button', { name: 'Follow-Through' }).click();
    const sidebar = gmail.frameLocator('iframe[title="Follow-Through sidebar"]');
    await sidebar.getByRole('heading', { name: 'Follow-Through' }).waitFor();
    const frame = gmail.frames().find((candidate) => candidate.url().includes('/extension/sidebar.html'))!;
    expect(await seriousViolations(frame)).toEqual([]);
  });

  it('finds no serious or critical problem in the sidebar on an open thread, with its draft, history and a checked reply', async () => {
    await gmail.goto('https://mail.google.com/mail/u/0/#sent');
    await gmail.locator('tr.zA', { hasText: 'Invoice INV-2041' }).click();
    const sidebar = gmail.frameLocator('iframe[title="Follow-Through sidebar"]');
    await sidebar.locator('section[aria-label="This thread"] textarea').waitFor({ timeout: 10_000 });
    await sidebar.locator('section[aria-label="History"]').waitFor();
    await sidebar.getByRole('button', { name: 'Check my reply' }).click();
    await sidebar
      .locator(
        'section[aria-label="Your reply"] [role=alert], section[aria-label="Your reply"] [role=status]',
      )
      .waitFor();
    const frame = gmail.frames().find((candidate) => candidate.url().includes('/extension/sidebar.html'))!;
    expect(await seriousViolations(frame)).toEqual([]);
  });

  it('finds no serious or critical problem in the sidebar in a dark mail page', async () => {
    const dark = await extension.context.newPage();
    await dark.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        document.body.style.background = 'rgb(32, 33, 36)';
      }),
    );
    // Each demo page has its own mailbox: nothing is open here, so the sidebar shows the due queue.
    await dark.goto('https://mail.google.com/mail/u/0/#inbox');
    // Left open by the tests above, the sidebar opens by itself.
    const sidebar = dark.frameLocator('iframe[title="Follow-Through sidebar"]');
    await sidebar.getByRole('button', { name: 'Suggest a follow-up' }).click({ timeout: 10_000 });
    await sidebar.locator('section[aria-label="Due now"] textarea').waitFor();
    const frame = dark.frames().find((candidate) => candidate.url().includes('/extension/sidebar.html'))!;
    expect(frame.url()).toContain('#theme=dark');
    expect(await seriousViolations(frame)).toEqual([]);
    await dark.close();
  });

  it('finds no serious or critical problem in the options page', async () => {
    const options = await extension.openExtensionPage('extension/options.html');
    await options.waitForSelector('h1');
    expect(await seriousViolations(options)).toEqual([]);
  });
});

/** How many threads the extension tracks, asked from one of its pages. */
async function countTracked(): Promise<number> {
  const answer = await chrome.runtime.sendMessage({ type: 'threads/list', params: {} });
  return answer?.ok ? answer.value.threads.length : 0;
}

describe('the extension in the browser user language', () => {
  it('speaks German to a German browser: popup, options, dates, and why a thread is due', async () => {
    const extension = await loadExtension(gmailFixture(), { uiLanguage: 'de' });
    try {
      const popup = await extension.openExtensionPage('extension/popup.html');
      await expect.poll(() => popup.locator('.empty h2').textContent()).toBe('Noch nichts nachzufassen');
      const options = await extension.openExtensionPage('extension/options.html');
      await expect.poll(() => options.locator('h2#privacy').textContent()).toBe('Datenschutz');
      expect(await options.locator('label:has(input[name="workday-1"])').textContent()).toMatch(/Mo/);

      // What the core says about a thread (its step, why it is due) is German too.
      const gmail = await extension.context.newPage();
      await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
      await sendFromDemoMailbox(gmail, {
        to: 'ana@acme.example',
        subject: 'Invoice INV-2041',
        body: 'Hi Ana,\n\nPlease find attached invoice INV-2041: EUR 1,850.00, due within 14 days.\n\nThank you!\nSam',
      });
      await expect.poll(() => popup.evaluate(countTracked), { timeout: 10_000 }).toBe(1);
      await popup.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'clock/skip-ahead', params: { days: 30 } }),
      );
      await expect.poll(() => extension.badgeText(), { timeout: 10_000 }).toBe('1');
      await popup.reload();
      const card = popup.locator('li.thread');
      await expect
        .poll(() => card.locator('.timing strong').textContent(), { timeout: 5_000 })
        .toMatch(/^\d\. Erinnerung · E-Mail$/);
      expect(await card.locator('.reason').first().textContent()).toMatch(
        /^\d\. Erinnerung ist fällig: \d+ Tage überfällig\.$/,
      );
      expect(extension.escapedRequests).toEqual([]);
    } finally {
      await extension.close();
    }
  });
});
