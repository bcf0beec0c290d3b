import { existsSync } from 'node:fs';

/**
 * Debian's Chromium: the wrapper at /usr/bin/chromium honours --load-extension, unlike Google Chrome
 * 137+ (docs in ../shared/docs/toolchain.md). CHROMIUM_PATH overrides it on other machines.
 */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    'Chromium was not found. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH to its binary.',
  );
}
