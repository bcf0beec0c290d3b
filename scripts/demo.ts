/**
 * The demo: Follow-Through on the built-in demo mailboxes, no Gmail or Outlook account needed. The
 * stand-in pages are served at https://mail.google.com/mail/u/0/ and https://outlook.office.com/mail/
 * inside a Chromium the script starts (every other host is blocked), so the extension runs on them
 * exactly as it would on Gmail and Outlook on the web.
 *
 *   npm run demo                               a window to try it by hand (needs a display)
 *   npm run demo -- --headless --screenshots DIR   the whole tour, headless, a PNG per stage
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  demoMailboxesFixture,
  type LoadedExtension,
  loadExtension,
  sendFromDemoMailbox,
} from '../tests/support/extension-harness';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const screenshotsAt = args.includes('--screenshots') ? args[args.indexOf('--screenshots') + 1] : undefined;
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.includes('--headless') || Boolean(screenshotsAt) || !hasDisplay;

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const extension = await loadExtension(demoMailboxesFixture(), {
  headless,
  viewport: headless ? undefined : null,
});

/** Moves the extension's clock from its own page: only extension pages may (src/background/route-message.ts). */
async function skipAhead(days: number): Promise<void> {
  const page = await extension.openExtensionPage('extension/popup.html');
  await page.evaluate(
    (skip) => chrome.runtime.sendMessage({ type: 'clock/skip-ahead', params: { days: skip } }),
    days,
  );
  await page.close();
}
await extension.context.exposeFunction('followThroughSkipAhead', skipAhead);

const gmail = await extension.context.newPage();
await gmail.goto('https://mail.google.com/mail/u/0/#inbox');

if (!headless) {
  // Sample sends, made through the demo page like any send, so the product tracks them for real.
  await sendFromDemoMailbox(gmail, {
    to: 'ana@acme.example',
    subject: 'Invoice INV-2041 for the brand workshop',
    body: 'Hi Ana,\n\nPlease find attached invoice INV-2041 for the brand workshop: EUR 1,850.00, due within 14 days.\n\nThank you!\nSam',
  });
  await sendFromDemoMailbox(gmail, {
    to: 'bo@north.example',
    subject: 'Proposal for the website refresh',
    body: 'Hi Bo,\n\nHere is our proposal for the website refresh: 6 weeks, USD 7,200. It is valid for 30 days.\n\nSam',
  });
  const outlook = await extension.context.newPage();
  await outlook.goto('https://outlook.office.com/mail/inbox');
  const popup = await extension.openExtensionPage('extension/popup.html');
  await gmail.bringToFront();
  console.log(
    'The demo mailboxes (Gmail and Outlook stand-ins, one tab each) are open with Follow-Through loaded.',
  );
  console.log('A sample invoice and proposal were just sent from the Gmail stand-in and are tracked.');
  console.log(
    'Send your own, press "+30 days" in the left column, open the sidebar (the tab at the right), then open',
  );
  console.log(`the extension's popup (toolbar, or the second tab: ${popup.url()}). Close the window to end.`);
  await new Promise((resolve) => extension.context.on('close', resolve));
  process.exit(0);
}

await runTour(extension, gmail, screenshotsAt ? resolve(screenshotsAt) : null);
await extension.close();

async function snap(page: Page, dir: string | null, name: string): Promise<void> {
  if (!dir) return;
  await page.screenshot({ path: join(dir, name) });
  console.log(`wrote ${join(dir, name)}`);
}

async function runTour(loaded: LoadedExtension, page: Page, dir: string | null): Promise<void> {
  if (dir) mkdirSync(dir, { recursive: true });
  console.log('1. The user sends an invoice from Gmail.');
  await sendFromDemoMailbox(page, {
    to: 'ana@acme.example',
    subject: 'Invoice INV-2041 for the brand workshop',
    body: 'Hi Ana,\n\nPlease find attached invoice INV-2041 for the brand workshop: EUR 1,850.00, due within 14 days.\n\nThank you!\nSam',
  });
  await page.waitForSelector('#link_vsm');
  await snap(page, dir, '1-invoice-sent.png');
  await page.waitForTimeout(1_000);

  console.log('2. Follow-Through tracks it, quietly.');
  const popup = await loaded.openExtensionPage('extension/popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.waitForSelector('li.thread');
  await snap(popup, dir, '2-popup-waiting.png');

  console.log('3. Thirty days of silence later, the reminder is due and the badge says so.');
  await skipAhead(30);
  await popup.reload();
  await popup.waitForSelector('section[aria-label="Due now"] textarea');
  console.log(`   badge: ${await loaded.badgeText()}`);
  await snap(popup, dir, '3-popup-due.png');
  await popup.locator('section[aria-label="Outstanding invoices"]').scrollIntoViewIfNeeded();
  await snap(popup, dir, '3b-popup-aging.png');

  console.log('4. One click puts the follow-up into the reply, above the signature. The user sends it.');
  await popup.getByRole('button', { name: 'Insert follow-up' }).click();
  await popup.waitForSelector('.notice', { timeout: 20_000 });
  await page.bringToFront();
  await page.waitForSelector('.M9 [contenteditable=true]');
  await snap(page, dir, '4-reply-with-follow-up.png');

  console.log('5. The sidebar inside the mailbox shows the thread, its history and the next step.');
  await page.getByRole('button', { name: 'Follow-Through' }).click();
  await page
    .frameLocator('iframe[title="Follow-Through sidebar"]')
    .locator('section[aria-label="History"]')
    .waitFor({ timeout: 20_000 });
  await snap(page, dir, '5-sidebar.png');

  console.log('6. Mail sent before installing: in the Sent list, the sidebar offers what it finds there.');
  await page.goto('https://mail.google.com/mail/u/0/#sent');
  const sidebar = page.frameLocator('iframe[title="Follow-Through sidebar"]');
  await sidebar.getByRole('button', { name: 'Find proposals and invoices' }).click();
  await sidebar.locator('fieldset.sent-scan-offer li').first().waitFor({ timeout: 20_000 });
  await snap(page, dir, '6-sent-list-offer.png');
  if (loaded.escapedRequests.length > 0)
    throw new Error(`requests left the machine: ${loaded.escapedRequests}`);
  console.log('Done: nothing left the browser.');
}
