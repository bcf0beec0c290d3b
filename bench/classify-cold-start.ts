/**
 * The classifier's first email in a fresh process (issue #3: "≤ 5 ms for a typical email in the
 * background"). A service worker the browser stopped starts cold on the next send, and V8 compiles each
 * pattern the first time it runs, so the first email costs far more than the warm median that
 * `classify-throughput.ts` reports. Each run is a new Node process; the baseline is the same email
 * classified again in that process, once every pattern is compiled.
 *   npx tsx bench/classify-cold-start.ts
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateBenchEmails, median } from './classify-throughput';

const RUNS = 5;
const CHILD_FLAG = '--first-email';

export function measureClassifyColdStart(): {
  classifyFirstEmailMs: number;
  classifyFirstEmailRatioToWarm: number;
} {
  const firstMs: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), CHILD_FLAG],
      {
        encoding: 'utf8',
      },
    );
    if (child.status !== 0) throw new Error(`the cold-start run failed: ${child.stderr}`);
    const { coldMs, warmMs } = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
      coldMs: number;
      warmMs: number;
    };
    firstMs.push(coldMs);
    ratios.push(coldMs / warmMs);
  }
  return {
    classifyFirstEmailMs: Math.round(median(firstMs)),
    classifyFirstEmailRatioToWarm: Math.round(median(ratios)),
  };
}

/** In the child: the first email cold, then the same email once the first 200 have warmed every pattern. */
async function timeFirstEmail(): Promise<void> {
  const { classifyEmail } = await import('../src/core/classify/classify-email');
  const emails = generateBenchEmails(200);
  const first = emails[0];
  if (!first) throw new Error('no bench email');
  const coldStarted = performance.now();
  classifyEmail(first);
  const coldMs = performance.now() - coldStarted;
  for (const email of emails) classifyEmail(email);
  const warm: number[] = [];
  for (let run = 0; run < 21; run++) {
    const warmStarted = performance.now();
    classifyEmail(first);
    warm.push(performance.now() - warmStarted);
  }
  console.log(JSON.stringify({ coldMs, warmMs: median(warm) }));
}

if (process.argv.includes(CHILD_FLAG)) {
  await timeFirstEmail();
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(measureClassifyColdStart()));
}
