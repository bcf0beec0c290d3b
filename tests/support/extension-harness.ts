import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { chromiumExecutable } from './chromium-executable';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const distDir = join(repoRoot, 'dist');

export interface MailHostFixture {
  /** Serves a mail page or sync endpoint for a request to a mail host; null answers 404. */
  respond(url: URL, method: string): { status?: number; contentType: string; body: string } | null;
}

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request that tried to leave for a host other than the mail hosts (each was aborted). */
  escapedRequests: string[];
  /** Every request to a mail host, in order. */
  mailRequests: Array<{ url: string; method: string; body: string | null }>;
  openExtensionPage(path: string): Promise<Page>;
  badgeText(): Promise<string>;
  close(): Promise<void>;
}

export const OUTLOOK_HOSTS = [
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
] as const;
const MAIL_HOSTS = new Set<string>(['mail.google.com', ...OUTLOOK_HOSTS]);

/**
 * Loads the built extension into Debian's Chromium (shared/docs/toolchain.md: the launch flags that
 * work here), serves the mail hosts from fixtures, and aborts every other request so a test can prove
 * nothing leaves the machine.
 */
export async function loadExtension(
  fixture: MailHostFixture,
  options: {
    headless?: boolean;
    viewport?: { width: number; height: number } | null;
    /** The browser's UI language (Chromium's --lang), which chrome.i18n follows. */
    uiLanguage?: string;
  } = {},
): Promise<LoadedExtension> {
  if (!existsSync(join(distDir, 'manifest.json'))) {
    throw new Error('dist/ has no build: run `npx vite build` first (npm run test:e2e does).');
  }
  const profile = mkdtempSync(join(tmpdir(), 'follow-through-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    args: [
      `--disable-extensions-except=${distDir}`,
      `--load-extension=${distDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
    ],
    ...(options.uiLanguage ? { locale: options.uiLanguage } : {}),
  });
  const escapedRequests: string[] = [];
  const mailRequests: LoadedExtension['mailRequests'] = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    // The extension's own pages and scripts load from its origin: that is not the network.
    if (url.protocol === 'chrome-extension:') {
      await route.continue();
      return;
    }
    if (!MAIL_HOSTS.has(url.hostname)) {
      escapedRequests.push(request.url());
      await route.abort('blockedbyclient');
      return;
    }
    mailRequests.push({ url: request.url(), method: request.method(), body: request.postData() });
    const answer = fixture.respond(url, request.method());
    if (!answer) await route.fulfill({ status: 404, body: '' });
    else
      await route.fulfill({
        status: answer.status ?? 200,
        contentType: answer.contentType,
        body: answer.body,
      });
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    escapedRequests,
    mailRequests,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    badgeText() {
      return worker.evaluate(() => chrome.action.getBadgeText({}));
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The demo mailbox (a stand-in Gmail page) on /mail/, and Gmail's sync endpoint answering empty. */
export function gmailFixture(pageFile = 'demo/gmail-demo-mailbox.html'): MailHostFixture {
  const page = readFileSync(join(repoRoot, pageFile), 'utf8');
  return {
    respond(url) {
      if (url.pathname.startsWith('/mail/')) return { contentType: 'text/html; charset=utf-8', body: page };
      // Gmail prefixes JSON answers with an anti-hijacking line; the extension never reads answers.
      if (url.pathname.startsWith('/sync/')) return { contentType: 'application/json', body: ")]}'\n[]" };
      return null;
    },
  };
}

/** Plays the user on the demo mailbox: compose, fill in, send. */
export async function sendFromDemoMailbox(page: Page, mail: { to: string; subject: string; body: string }) {
  await page.click('#compose-button');
  await page.fill('input[name=to]', mail.to);
  await page.fill('input[name=subjectbox]', mail.subject);
  await page.locator('[role=dialog] [contenteditable=true]').fill(mail.body);
  await page.click('#send-button');
}

/**
 * The Outlook demo mailbox on /mail/ of every Outlook host, and Outlook's service endpoint answering
 * empty (the extension never reads answers). `editPage` lets a test serve a changed layout.
 */
export function outlookFixture(
  editPage: (html: string) => string = (html) => html,
  pageFile = 'demo/outlook-demo-mailbox.html',
): MailHostFixture {
  const page = editPage(readFileSync(join(repoRoot, pageFile), 'utf8'));
  return {
    respond(url, method) {
      if (url.pathname.startsWith('/mail/')) return { contentType: 'text/html; charset=utf-8', body: page };
      if (method === 'POST' && url.pathname.endsWith('/service.svc'))
        return { contentType: 'application/json; charset=utf-8', body: '{}' };
      return null;
    },
  };
}

/** Plays the user on the Outlook demo mailbox: new mail, fill in, send. */
export async function sendFromOutlookDemo(page: Page, mail: { to: string; subject: string; body: string }) {
  await page.click('#new-mail');
  await page.locator('#compose-to').fill(mail.to);
  await page.locator('input[id^="MSG_"][id$="_SUBJECT"]').fill(mail.subject);
  await page.locator('[contenteditable=true][aria-multiline=true]').fill(mail.body);
  await page.click('[data-testid="ComposeSendButton"]');
}

/** Both demo mailboxes at once, each on its own hosts: what `npm start` opens. */
export function demoMailboxesFixture(): MailHostFixture {
  const gmail = gmailFixture();
  const outlook = outlookFixture();
  return {
    respond(url, method) {
      return url.hostname === 'mail.google.com' ? gmail.respond(url, method) : outlook.respond(url, method);
    },
  };
}
