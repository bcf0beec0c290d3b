/**
 * mboxMessagesPerSecond (issue #4 backfill): how fast a Gmail export is split and read, on messages
 * this script writes itself (never third-party mail), 1,000 of them in multipart, quoted-printable and
 * HTML forms, cut into 64 KB chunks as the options page feeds it. Median of repeated runs.
 *   npx tsx bench/mailbox-import.ts
 */
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseRawMessage } from '../src/core/mailbox-import/parse-raw-message';
import { MboxSplitter } from '../src/core/mailbox-import/split-mbox';

const MESSAGES = 1_000;
const RUNS = 7;
const CHUNK_CHARS = 64 * 1024;

function syntheticMessage(index: number): string {
  const body = `Hi Ana,\n\nplease find attached invoice INV-${index} for EUR ${index},00, due within 14 days.\n\n${'We kept the scope as discussed. '.repeat(20)}\nThanks, Sam`;
  const head = [
    `From ${1790000000000000000 + index}@xxx Mon Nov 02 09:00:00 +0000 2026`,
    `X-GM-THRID: ${1790000000000000000 + index}`,
    'X-Gmail-Labels: Sent',
    `Message-ID: <m${index}@studio.example>`,
    'Date: Mon, 02 Nov 2026 09:00:00 +0000',
    'From: Sam Rivera <sam@studio.example>',
    'To: =?utf-8?B?QW5hIFNvdXph?= <ana@acme.example>',
    `Subject: Invoice INV-${index}`,
  ];
  if (index % 3 === 0)
    return [
      ...head,
      'Content-Type: text/html; charset=utf-8',
      '',
      `<p>${body.replace(/\n/g, '<br>')}</p>`,
      '',
    ].join('\n');
  if (index % 3 === 1)
    return [
      ...head,
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      body.replace(/ü/g, '=C3=BC'),
      '',
    ].join('\n');
  return [
    ...head,
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '--b',
    `Content-Disposition: attachment; filename="Invoice_${index}.pdf"`,
    'Content-Transfer-Encoding: base64',
    '',
    'JVBERi0xLjQK',
    '--b--',
    '',
  ].join('\n');
}

/** Generated mail with a 48 KB attachment each, the bulk of a real export. */
function attachmentHeavyMessage(index: number): string {
  return `${syntheticMessage(index).replace('JVBERi0xLjQK', 'QUJD'.repeat(12_000))}\n`;
}

/**
 * mboxHeapMbPer100Mb: the heap still held, after a full collection, by the messages read from 100 MB of
 * mbox (as the options page holds them until it plans): what a 1 GB file costs, in tenths.
 */
function measureRetainedHeap(): number {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  collect();
  const before = process.memoryUsage().heapUsed;
  const splitter = new MboxSplitter();
  const kept = [];
  let read = 0;
  let index = 0;
  while (read < 100 * 1024 * 1024) {
    let chunk = '';
    while (chunk.length < 4 * 1024 * 1024) chunk += attachmentHeavyMessage(index++);
    read += chunk.length;
    for (const raw of splitter.push(chunk)) kept.push(parseRawMessage(raw));
  }
  for (const raw of splitter.finish()) kept.push(parseRawMessage(raw));
  collect();
  const held = process.memoryUsage().heapUsed - before;
  if (kept.length === 0) throw new Error('no message read');
  return Math.round((held / 1024 / 1024) * 10) / 10;
}

export function measureMailboxImport(): { mboxMessagesPerSecond: number; mboxHeapMbPer100Mb: number } {
  const file = Array.from({ length: MESSAGES }, (_, index) => syntheticMessage(index)).join('\n');
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const splitter = new MboxSplitter();
    let read = 0;
    for (let offset = 0; offset < file.length; offset += CHUNK_CHARS)
      for (const raw of splitter.push(file.slice(offset, offset + CHUNK_CHARS)))
        read += parseRawMessage(raw) ? 1 : 0;
    for (const raw of splitter.finish()) read += parseRawMessage(raw) ? 1 : 0;
    if (read !== MESSAGES) throw new Error(`read ${read} of ${MESSAGES} messages`);
    rates.push(MESSAGES / ((performance.now() - started) / 1000));
  }
  rates.sort((a, b) => a - b);
  return {
    mboxMessagesPerSecond: Math.round(rates[Math.floor(rates.length / 2)]!),
    mboxHeapMbPer100Mb: measureRetainedHeap(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(measureMailboxImport()));
