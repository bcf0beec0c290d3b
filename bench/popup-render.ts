/**
 * popupFirstRenderMs10k (issue #7): how long the popup takes, in Chromium, from navigation start to
 * its first thread card, with 10,000 tracked threads imported through the extension's own backup
 * import. Median of repeated opens.
 */
import { CURRENT_SCHEMA_VERSION } from '../src/storage/schema';
import { gmailFixture, loadExtension } from '../tests/support/extension-harness';
import { syntheticThread } from './sweep-scale';

const THREADS = 10_000;
const OPENS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function measurePopupRender(): Promise<{ popupFirstRenderMs10k: number }> {
  const extension = await loadExtension(gmailFixture());
  try {
    const backup = {
      format: 'follow-through-backup',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: Date.now(),
      threads: Array.from({ length: THREADS }, (_, index) => syntheticThread(index)),
      messages: [],
      events: [],
      settings: [],
    };
    const setup = await extension.openExtensionPage('extension/options.html');
    const imported = await setup.evaluate(
      (json) => chrome.runtime.sendMessage({ type: 'data/import', params: { json, dryRun: false } }),
      JSON.stringify(backup),
    );
    if (!(imported as { ok: boolean }).ok) throw new Error(`import failed: ${JSON.stringify(imported)}`);
    await setup.close();

    const timings: number[] = [];
    for (let open = 0; open < OPENS; open++) {
      const popup = await extension.context.newPage();
      await popup.goto(`chrome-extension://${extension.extensionId}/extension/popup.html`, {
        waitUntil: 'commit',
      });
      await popup.waitForSelector('li.thread', { timeout: 60_000 });
      timings.push(await popup.evaluate(() => performance.now()));
      await popup.close();
    }
    return { popupFirstRenderMs10k: Math.round(median(timings)) };
  } finally {
    await extension.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measurePopupRender()));
}
