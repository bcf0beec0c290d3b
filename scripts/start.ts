/**
 * `npm start`: builds the extension and opens Chromium with it loaded, in a throwaway profile so the
 * user's own browser profile is never touched. On a machine without a display it says so plainly and
 * proves the build loads by starting it headless once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExecutable } from '../tests/support/chromium-executable';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const executable = chromiumExecutable();
const profile = mkdtempSync(join(tmpdir(), 'follow-through-profile-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${dist}`,
  `--load-extension=${dist}`,
  '--no-first-run',
  '--no-default-browser-check',
];
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (hasDisplay) {
  console.log(`Opening Chromium with Follow-Through loaded from ${dist}`);
  const browser = spawn(executable, [...args, 'https://mail.google.com/mail/u/0/'], { stdio: 'ignore' });
  browser.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'No display here, so Chromium cannot open a window. Checking the build loads headless instead…',
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    args: [...args.slice(1), '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  console.log(`Follow-Through started in headless Chromium (extension id ${new URL(worker.url()).host}).`);
  console.log('On a machine with a display, `npm start` opens a Chromium window with it loaded.');
  console.log(`To use your own Chromium: chrome://extensions → Developer mode → Load unpacked → ${dist}`);
  await context.close();
}
