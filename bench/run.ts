/**
 * `npm run bench`: the product's size and speed figures as one JSON object on stdout (progress on
 * stderr). Every figure is a median of repeated runs; CPU is a ratio against a baseline measured in
 * the same run. `--only NAME,NAME` runs a subset: size, page, classify, tone, sweep, popup.
 * Budgets come from the issues (#2, #3, #4, #5); see bench/README.md.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { measureClassifyColdStart } from './classify-cold-start';
import { measureClassifyThroughput } from './classify-throughput';
import { measureContentScriptSize } from './content-script-size';
import { measureMailboxImport } from './mailbox-import';
import { measurePageCpu } from './page-cpu';
import { measurePopupRender } from './popup-render';
import { measureSweepScale } from './sweep-scale';
import { measureToneSpeed } from './tone-speed';

const dist = join(resolve(import.meta.dirname, '..'), 'dist');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : null;
const wanted = (name: string) => !only || only.has(name);

if ((wanted('size') || wanted('page') || wanted('popup')) && !existsSync(join(dist, 'manifest.json'))) {
  console.error('dist/ has no build: run `npx vite build` first.');
  process.exit(1);
}

const BUDGETS = {
  contentScriptKbGzip: { max: 15 },
  pageCpuRatio: { max: 1.05 },
  classifyMessagesPerSecond: { min: 2_000 },
  classifyCodeSpaceMb: { max: 16 },
  toneMsPer300Words: { max: 5 },
  sweepMs100k: { max: 500 },
  dueQueryMs100k: { max: 20 },
  popupFirstRenderMs10k: { max: 100 },
} as const;

const figures: Record<string, unknown> = {};
const step = async (name: string, label: string, measure: () => unknown) => {
  if (!wanted(name)) return;
  process.stderr.write(`${label}…\n`);
  Object.assign(figures, await measure());
};

await step('size', 'content script size', () => {
  const { contentScriptKbGzip, files } = measureContentScriptSize(dist);
  return { contentScriptKbGzip, contentScriptFilesGzipBytes: files };
});
await step('classify', 'classifier throughput, warm and from a cold start', () => ({
  ...measureClassifyThroughput(),
  ...measureClassifyColdStart(),
}));
await step('tone', 'tone check speed', () => measureToneSpeed());
await step('sweep', 'sweep at 100,000 threads', () => measureSweepScale());
await step('mbox', 'mailbox file read speed', () => measureMailboxImport());
await step('page', 'page CPU with and without the extension', () => measurePageCpu(dist));
await step('popup', 'popup first render with 10,000 threads', () => measurePopupRender());

const withinBudget = Object.fromEntries(
  Object.entries(BUDGETS)
    .filter(([name]) => typeof figures[name] === 'number')
    .map(([name, budget]) => {
      const value = figures[name] as number;
      return [name, 'max' in budget ? value <= budget.max : value >= budget.min];
    }),
);
console.log(
  JSON.stringify(
    {
      ...figures,
      budgets: BUDGETS,
      withinBudget,
      machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null },
    },
    null,
    2,
  ),
);
