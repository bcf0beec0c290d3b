/**
 * Classifier throughput (issue #3 target: ≥ 2,000 messages/second on one core, ≤ 5 ms per email).
 *   npx tsx bench/classify-throughput.ts
 * Times our own generated emails (never third-party text), repeated runs, median reported.
 * Tests do not assert on these timings; CI machines vary too much.
 */
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics } from 'node:v8';
import { classifyEmail } from '../src/core/classify/classify-email';
import type { ClassifyInput } from '../src/core/mail';

const OPENINGS = [
  'Hi Marta,\n\nThanks again for the call on Tuesday.',
  'Hallo Herr Keller,\n\nvielen Dank für das nette Gespräch.',
  'Bonjour Camille,\n\nmerci pour votre retour rapide.',
  'Hola Lucía,\n\ngracias por tu mensaje de ayer.',
  'Beste Joost,\n\nbedankt voor het prettige gesprek.',
  'Olá Beatriz,\n\nobrigado pela conversa de ontem.',
];
const MIDDLES = [
  'Please find attached invoice INV-{n} for $2,{n}.50, payable within 30 days of receipt.',
  'Anbei erhalten Sie die Rechnung Nr. {n} über 1.{n},00 €, zahlbar bis 15.04.2026.',
  'Vous trouverez ci-joint notre devis n° D-{n} pour un montant de 3 {n},00 €, valable 30 jours.',
  'Just checking in on the proposal I sent last week. Did you get a chance to look at it?',
  'Could you send me the logo files and the copy for the About page before Friday?',
  'Would you be open to writing a short testimonial about our work together?',
  'The first draft of the homepage is ready for your review; let me know what you think.',
  'See you at the meetup on Thursday, I will bring the slides we discussed.',
];
const FILLER =
  'We kept the scope as discussed and moved the second milestone by a week so the copywriting can catch up. ' +
  'Nothing else changes on our side, and the staging site stays online for your team. ';
const CLOSINGS = [
  '\n\nBest,\nSam',
  '\n\nMit freundlichen Grüßen\nSam',
  '\n\nCordialement,\nSam',
  '\n\nSaludos,\nSam',
];

/** A deterministic mix of kinds, languages and lengths (about 0.3 to 3 KB), like a sent folder. */
export function generateBenchEmails(count: number): ClassifyInput[] {
  const emails: ClassifyInput[] = [];
  for (let index = 0; index < count; index++) {
    const n = String(1000 + ((index * 7919) % 9000));
    const middle = (MIDDLES[index % MIDDLES.length] ?? '').replaceAll('{n}', n);
    const body = `${OPENINGS[index % OPENINGS.length]}\n\n${middle}\n\n${FILLER.repeat(index % 12)}${CLOSINGS[index % CLOSINGS.length]}`;
    emails.push({
      subject: index % 3 === 0 ? `Re: project ${n}` : `Update ${n}`,
      bodyText: index % 5 === 0 ? `${body}\n\nOn Mon, 2 Mar 2026 at 10:00, Marta wrote:\n> ${FILLER}` : body,
      attachmentNames: index % 4 === 0 ? [`Invoice_${n}.pdf`] : [],
      from: { email: 'sam@studio.example' },
      to: [{ email: 'marta@client.example' }],
      sentAt: Date.UTC(2026, 2, 2, 10) + index * 60_000,
    });
  }
  return emails;
}

export function measureClassifyThroughput(): {
  classifyMessagesPerSecond: number;
  classifyMsPerEmailMedian: number;
  classifyRatioToWordScan: number;
  classifyCodeSpaceMb: number;
} {
  const emails = generateBenchEmails(1_000);
  for (const email of emails.slice(0, 200)) {
    classifyEmail(email);
    scanWords(email);
  }
  const runsPerSecond: number[] = [];
  const perEmailMs: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < 7; run++) {
    const scanStarted = performance.now();
    let words = 0;
    for (const email of emails) words += scanWords(email);
    const scanMs = performance.now() - scanStarted;
    // Keeps the engine from dropping the baseline's work as unused.
    if (words < emails.length) throw new Error('the word-scan baseline read no words');
    const started = performance.now();
    for (const email of emails) {
      const before = performance.now();
      classifyEmail(email);
      perEmailMs.push(performance.now() - before);
    }
    const classifyMs = performance.now() - started;
    runsPerSecond.push(emails.length / (classifyMs / 1000));
    ratios.push(classifyMs / scanMs);
  }
  return {
    classifyMessagesPerSecond: Math.round(median(runsPerSecond)),
    classifyMsPerEmailMedian: Math.round(median(perEmailMs) * 1000) / 1000,
    classifyRatioToWordScan: Math.round(median(ratios) * 10) / 10,
    classifyCodeSpaceMb: Math.round(codeSpaceMb() * 10) / 10,
  };
}

/**
 * Executable memory once the classifier is warm: nearly all of it is the machine code V8 compiled the
 * patterns to, once for one-byte and once for two-byte text. Past 16 MB, V8 compiles every further
 * regex without its optimisations (`TooMuchRegExpCode` in V8's regexp.cc), and the patterns compiled
 * late ran several times slower (2026-11-25: 23.5 MB made the classifier about a third slower than the
 * same patterns compiled before the limit).
 */
function codeSpaceMb(): number {
  const code = getHeapSpaceStatistics().filter((space) => space.space_name.startsWith('code'));
  return code.reduce((sum, space) => sum + space.space_size, 0) / 1e6;
}

/**
 * The same-run baseline: lower-casing each email and counting its words, the least any reader of the
 * text must do. These 2-core machines vary by a third from hour to hour (1,300 to 2,200 messages a
 * second for the same code on 2026-11-24), so the classifier's cost in word scans is what compares
 * across runs; the messages-per-second figure is what the budget names.
 */
function scanWords(email: ClassifyInput): number {
  return `${email.subject}\n${email.bodyText}`.toLowerCase().split(/\s+/).length;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(measureClassifyThroughput()));
}
