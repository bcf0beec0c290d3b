/**
 * popupFirstRenderMs10k (issue #7): how long the popup takes, in Chromium, from navigation start to
 * its first thread card, with 10,000 tracked threads imported through the extension's own backup
 * import. Median of repeated opens. The baseline, in the same browser, is the popup with nothing
 * tracked (its empty state): the ratio says what the threads cost over opening the page at all.
 */
import { CURRENT_SCHEMA_VERSION } from '../src/storage/schema';
import { POPUP_READY_MARK } from '../src/ui/popup/popup-ready-mark';
import { gmailFixture, loadExtension } from '../tests/support/extension-harness';
import { syntheticThread } from './sweep-scale';

const THREADS = 10_000;
const OPENS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function medianFirstRender(
  extension: Awaited<ReturnType<typeof loadExtension>>,
  selector: string,
): Promise<number> {
  const timings: number[] = [];
  for (let open = 0; open < OPENS; open++) {
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/extension/popup.html`, {
      waitUntil: 'commit',
    });
    await popup.waitForSelector(selector, { timeout: 60_000 });
    // The popup marks its first list itself; the driver's polling would add its own latency.
    const ready = await popup.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false,
      POPUP_READY_MARK,
    );
    timings.push((await ready.jsonValue()) as number);
    await popup.close();
  }
  return Math.round(median(timings));
}

export async function measurePopupRender(): Promise<{
  popupFirstRenderMs10k: number;
  popupFirstRenderMsEmpty: number;
  popupRatioToEmpty: number;
}> {
  const extension = await loadExtension(gmailFixture());
  try {
    const empty = await medianFirstRender(extension, '.empty');
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

    const full = await medianFirstRender(extension, 'li.thread');
    return {
      popupFirstRenderMs10k: full,
      popupFirstRenderMsEmpty: empty,
      popupRatioToEmpty: Math.round((full / empty) * 100) / 100,
    };
  } finally {
    await extension.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measurePopupRender()));
}
