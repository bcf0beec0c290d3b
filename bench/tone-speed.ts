/**
 * Tone-check speed (issue #5 target: ≤ 5 ms for a 300-word draft).
 *   npx tsx bench/tone-speed.ts
 * Times our own generated drafts (never third-party text), median of repeated runs.
 * Tests do not assert on these timings; CI machines vary too much.
 */
import { fileURLToPath } from 'node:url';
import { FOLLOW_UP_STAGES } from '../src/core/cadence/stages';
import { renderFollowUp } from '../src/core/drafts/render-follow-up';
import { checkTone } from '../src/core/tone/check-tone';

const TARGET_WORDS = 300;

/** A 300-word follow-up built from our own drafts, so the checker sees realistic sentences. */
export function buildBenchText(): string {
  const parts: string[] = [];
  let words = 0;
  for (let index = 0; words < TARGET_WORDS; index += 1) {
    const stage = FOLLOW_UP_STAGES[index % FOLLOW_UP_STAGES.length]!;
    const { body } = renderFollowUp({
      kind: index % 2 === 0 ? 'invoice' : 'proposal',
      stage,
      facts: {
        clientFirstName: 'Marta',
        invoiceNumber: `INV-${1040 + index}`,
        amount: 1250 + index,
        currency: 'EUR',
      },
    });
    for (const word of body.split(/\s+/)) {
      if (words >= TARGET_WORDS) break;
      parts.push(word);
      words += 1;
    }
  }
  return parts.join(' ');
}

export function measureToneSpeed(): { toneMsPer300Words: number } {
  const text = buildBenchText();
  for (let warm = 0; warm < 20; warm += 1)
    checkTone(text, { kind: 'invoice', stage: 'reminder_1', lang: 'en' });
  const samples: number[] = [];
  for (let run = 0; run < 31; run += 1) {
    const repeats = 20;
    const startedAt = performance.now();
    for (let index = 0; index < repeats; index += 1) {
      checkTone(text, { kind: 'invoice', stage: 'reminder_1', lang: 'en' });
    }
    samples.push((performance.now() - startedAt) / repeats);
  }
  samples.sort((a, b) => a - b);
  return { toneMsPer300Words: Math.round(samples[Math.floor(samples.length / 2)]! * 1000) / 1000 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.info(JSON.stringify(measureToneSpeed()));
}
