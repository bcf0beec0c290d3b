import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSyncRequest } from '../../../../src/webmail/gmail/parse-sync-request';

/**
 * Every real recorded request in the shared reference folder (outside the product; read in place,
 * never copied) must parse as the recording's name says: the 2018 requests and the 2022 `_request`
 * files, two generations of the protocol. Expectations are written by hand from reading each file.
 */
const sharedDir = process.env.FT_SHARED_DIR ?? resolve(import.meta.dirname, '../../../../../shared');
const recordings = join(sharedDir, 'fixtures/gmail-sync');

type Expectation = {
  sends: Array<[threadId: string, messageId: string, subject: string]>;
  draftSaves: number;
};

const EXPECTED: Record<string, Expectation> = {
  'send-request-2018-01-25.json': {
    sends: [['thread-a:r-426046699948294006', 'msg-a:r-5205311597211900881', 'new draft']],
    draftSaves: 0,
  },
  'draft-save-request-2018-01-25.json': { sends: [], draftSaves: 1 },
  'draft-save-request-2018-01-25-with-recipients.json': { sends: [], draftSaves: 1 },
  'first-draft-save-request-2018-01-25.json': { sends: [], draftSaves: 1 },
  '2022-09-09-cvOnSend_request.json': {
    sends: [['thread-a:r263523620390330024', 'msg-a:r8190137112111191537', 'subject_111']],
    draftSaves: 0,
  },
  '2022-09-09-cvOnSend_2_request_customThreadId.json': {
    sends: [['thread-a:r263523620390330024', 'msg-a:r8190137112111191537', 'subject_111']],
    draftSaves: 0,
  },
  '2022-09-09-cvOnSend_3_request.json': {
    sends: [['thread-a:r-8891700334768116294', 'msg-a:r-329565169840451245', 'test subject']],
    draftSaves: 0,
  },
  '2022-09-09-cvOnSend_4_request.json': {
    sends: [['thread-a:r-8891700334768116294', 'msg-a:r-329565169840451245', 'test subject']],
    draftSaves: 1,
  },
  '2022-09-09-cvOnReplySend_request.json': {
    sends: [['thread-a:r-474834441621213468', 'msg-a:r-414184523264894368', 'Re: tracking test']],
    draftSaves: 0,
  },
  '2022-09-09-cvOnReplySend_2_request.json': {
    sends: [['thread-f:1743802434391390786', 'msg-a:r2026878197680476540', 'Re: hey2']],
    draftSaves: 0,
  },
  '2022-09-09-cvOnReplySend_3_request.json': {
    sends: [['thread-a:r-1030145228305804508', 'msg-a:r7241715802500133864', 'Re: test subject']],
    draftSaves: 0,
  },
  '2022-09-09-cvOnReplySend_4_request.json': {
    sends: [['thread-a:r-2602384757092328293', 'msg-a:r9206449609684993976', 'Re: test_subject']],
    draftSaves: 0,
  },
  '2022-09-09-cvOnReplySend_5_request.json': {
    sends: [['thread-a:r-7504980498209780070', 'msg-a:r5645180764593433440', 'Re: test subject 4']],
    draftSaves: 0,
  },
  '2022-09-09-cvOnDraftSave_request.json': { sends: [], draftSaves: 1 },
  '2022-09-09-cvOnDraftSaveBatched_request.json': { sends: [], draftSaves: 1 },
  '2022-09-09-cvOnDraftUpdate_request.json': { sends: [], draftSaves: 1 },
  '2022-09-09-cvOnDraftUpdate_2_request.json': { sends: [], draftSaves: 1 },
  '2022-09-09-cvOnReplyDraftSave_request.json': { sends: [], draftSaves: 1 },
  '2022-09-09-cvOnReplyDraftUpdate_request.json': { sends: [], draftSaves: 1 },
  '2022-09-09-cvOnReplyDraftUpdate_2_request.json': { sends: [], draftSaves: 1 },
  '2022-09-09-cvOnReplyDraftUpdate_3_request.json': { sends: [], draftSaves: 1 },
};

describe('the real recorded Gmail sync requests', () => {
  it('are all present in the shared reference folder', () => {
    expect(existsSync(recordings), `shared recordings not found at ${recordings}; set FT_SHARED_DIR`).toBe(
      true,
    );
    const requests = readdirSync(recordings).filter(
      (name) => name.endsWith('_request.json') || name.includes('2018-01-25') || name.includes('_request_'),
    );
    expect(requests.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s parses as recorded', (name, expected) => {
    const reading = parseSyncRequest(readFileSync(join(recordings, name), 'utf8'), 0);
    expect(reading.sends.map((send) => [send.threadId, send.messageId, send.subject])).toEqual(
      expected.sends,
    );
    expect(reading.draftSaves).toBe(expected.draftSaves);
    expect(reading.problems).toEqual([]);
    for (const send of reading.sends) {
      expect(send.from.email).toMatch(/@/);
      expect(send.to.length).toBeGreaterThan(0);
      expect(send.sentAt).toBeGreaterThan(1_500_000_000_000);
    }
  });
});
