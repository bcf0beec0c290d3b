import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSyncRequest, readSyncAccount } from '../../../../src/webmail/gmail/parse-sync-request';

const repoRoot = resolve(import.meta.dirname, '../../../..');
const NOW = Date.UTC(2026, 10, 23, 9, 0);
const fixture = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/gmail/sync', name), 'utf8');

describe("reading Gmail's sync request", () => {
  it('reads a new-thread send in the 2022 array form with every field the product records', () => {
    const reading = parseSyncRequest(fixture('2026-11-array-send-invoice.json'), NOW);
    expect(reading).toMatchObject({ draftSaves: 0, scheduledSends: 0, problems: [] });
    expect(reading.sends).toEqual([
      {
        threadId: 'thread-a:r4410021003000500712',
        messageId: 'msg-a:r7310000000000000101',
        subject: 'Invoice INV-2041 for the brand workshop',
        from: { email: 'sam@studio.example', name: 'Sam Rivera' },
        to: [{ email: 'ana@acme.example', name: 'Ana Souza' }],
        cc: [],
        bcc: [],
        bodyText:
          'Hi Ana,\n\nPlease find attached invoice INV-2041 for the brand workshop: EUR 1,850.00, due within 14 days.\n\nThank you!\nSam',
        attachmentNames: [],
        sentAt: 1794300000000,
        isReply: false,
      },
    ]);
  });

  it('reads the 2018 keyed form: lower-cases addresses, reads string timestamps, drops scripts', () => {
    const [send] = parseSyncRequest(fixture('2026-11-keyed-send-invoice.json'), NOW).sends;
    expect(send).toMatchObject({
      threadId: 'thread-a:r-7700112233445566778',
      from: { email: 'sam@studio.example' },
      cc: [{ email: 'ops@acme.example' }],
      subject: 'Rechnung Nr. 4711',
      sentAt: 1794800000000,
    });
    expect(send?.bodyText).toContain('Rechnung Nr. 4711 über 2.400,00 €');
    expect(send?.bodyText).not.toContain('alert');
  });

  it('keeps only what the user wrote in a reply: no quoted history', () => {
    const [send] = parseSyncRequest(fixture('2026-11-array-reply-send.json'), NOW).sends;
    expect(send).toMatchObject({ isReply: true, threadId: 'thread-f:1794301234567890123' });
    expect(send?.cc).toEqual([{ email: 'finance@acme.example', name: 'Acme Finance' }]);
    expect(send?.bodyText).toBe('Hi Ana, the revised proposal is attached: 12 weeks, USD 9,600.');
  });

  it('yields exactly the send from a batched request with a send and a draft save', () => {
    const reading = parseSyncRequest(fixture('2026-11-array-batched-send-and-draft.json'), NOW);
    expect(reading.sends.map((send) => send.messageId)).toEqual(['msg-a:r7310000000000000303']);
    expect(reading.draftSaves).toBe(1);
  });

  it('never takes a draft save or a scheduled send for a send', () => {
    expect(parseSyncRequest(fixture('2026-11-array-draft-save.json'), NOW)).toMatchObject({
      sends: [],
      draftSaves: 1,
    });
    expect(parseSyncRequest(fixture('2026-11-array-scheduled-send.json'), NOW)).toMatchObject({
      sends: [],
      scheduledSends: 1,
    });
  });

  it('records a message listed twice in one request once', () => {
    const body = JSON.parse(fixture('2026-11-array-send-invoice.json'));
    body[1][0].push(body[1][0][0]);
    expect(parseSyncRequest(JSON.stringify(body), NOW).sends).toHaveLength(1);
  });

  it('says why it skipped a malformed request, a send without a thread, or one without a sender', () => {
    expect(parseSyncRequest(fixture('2026-11-malformed-truncated.json'), NOW).problems[0]).toMatch(
      /not JSON/,
    );
    const orphan = [
      [['msg-a:r1', [1, 'sam@studio.example'], [], null, null, null, 1, 's', null, null, ['^pfg']]],
    ];
    expect(parseSyncRequest(JSON.stringify(orphan), NOW)).toMatchObject({
      sends: [],
      problems: [expect.stringContaining('no thread id')],
    });
    const anonymous = [
      'thread-a:r2',
      [['msg-a:r2', null, [], null, null, null, 1, 's', null, null, ['^pfg']]],
    ];
    expect(parseSyncRequest(JSON.stringify(anonymous), NOW).problems[0]).toMatch(/no sender/);
  });

  it('refuses a body over the cap and survives deep nesting', () => {
    expect(parseSyncRequest('x'.repeat(6_000_001), NOW).problems[0]).toMatch(/over the cap/);
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    expect(parseSyncRequest(deep, NOW)).toMatchObject({ sends: [] });
  });

  it('never throws and never invents a send from arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const reading = parseSyncRequest(JSON.stringify(value), NOW);
        for (const send of reading.sends) expect(send.messageId).toMatch(/^msg-[af]:/);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a 5 MB hostile body without throwing', () => {
    const body = JSON.parse(fixture('2026-11-array-send-invoice.json'));
    body[1][0][0][1][1][13][0][8][1][0][1] = `<div>${'<script>x</script><b>'.repeat(250_000)}</div>`;
    const reading = parseSyncRequest(JSON.stringify(body), NOW);
    expect(reading.sends).toHaveLength(1);
    expect(reading.sends[0]?.bodyText).not.toContain('<');
  });

  it('knows the account of a sync URL and nothing else', () => {
    expect(readSyncAccount('https://mail.google.com/sync/u/1/i/s?hl=en&c=42')).toBe('1');
    expect(readSyncAccount('https://mail.google.com/sync/u/0/i/fd?hl=en')).toBeNull();
    expect(readSyncAccount('https://mail.google.com.evil.example/sync/u/0/i/s')).toBeNull();
  });
});

describe("the maintainer's probe", () => {
  it('prints one JSON line per file and goes on past a broken one', () => {
    const run = () =>
      execFileSync(
        'npx',
        [
          'tsx',
          'scripts/gmail-sync.ts',
          'tests/fixtures/gmail/sync/2026-11-malformed-truncated.json',
          'tests/fixtures/gmail/sync/2026-11-array-batched-send-and-draft.json',
        ],
        { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
      );
    let output = '';
    try {
      run();
    } catch (error) {
      output = (error as { stdout: string; status: number }).stdout;
      expect((error as { status: number }).status).toBe(1);
    }
    const lines = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ error: expect.stringContaining('not JSON') });
    expect(lines[1]).toEqual({
      file: 'tests/fixtures/gmail/sync/2026-11-array-batched-send-and-draft.json',
      sends: [
        {
          threadId: 'thread-a:r4410021003000500999',
          messageId: 'msg-a:r7310000000000000303',
          subject: 'Quote for the website refresh',
          from: 'sam@studio.example',
          to: ['bo@north.example'],
        },
      ],
      draftSaves: 1,
    });
  }, 30_000);
});
