import { parseSyncRequest, readSyncAccount } from '../webmail/gmail/parse-sync-request';
import type { BackgroundContext } from './background-context';
import { type RequestBodyDetails, readRequestBody } from './read-request-body';
import { recordSend, type SendRecording } from './record-send';

export interface SyncRequestDetails {
  url: string;
  method: string;
  tabId: number;
  requestBody?: RequestBodyDetails | null;
}

/**
 * Gmail's sync request is the primary sent signal (shared/docs/webmail.md, tested with webRequest).
 * Every reason a payload is skipped is logged for maintainers; nothing here throws to the listener.
 */
export interface SyncHandling {
  recordings: Array<{ recording: SendRecording; messageId: string }>;
  /** Drafts Gmail saved in this request: after an insert, the sign that Gmail registered the text. */
  draftSaves: number;
}

export async function handleGmailSync(
  context: BackgroundContext,
  details: SyncRequestDetails,
): Promise<SyncHandling> {
  const nothing: SyncHandling = { recordings: [], draftSaves: 0 };
  if (details.method !== 'POST') return nothing;
  const account = readSyncAccount(details.url);
  if (account === null) return nothing;
  const body = readRequestBody(details.requestBody);
  if (!body.ok) {
    await context.logProblem('gmail-sync', body.reason);
    return nothing;
  }
  const reading = parseSyncRequest(body.text, await context.now());
  for (const problem of reading.problems) await context.logProblem('gmail-sync', problem);
  const recordings = [];
  for (const send of reading.sends) {
    try {
      recordings.push({
        recording: await recordSend(context, 'gmail', account, send),
        messageId: send.messageId,
      });
    } catch (error) {
      await context.logProblem('gmail-sync', `send ${send.messageId} not recorded: ${String(error)}`);
    }
  }
  return { recordings, draftSaves: reading.draftSaves };
}
