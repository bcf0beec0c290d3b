import { explain } from '../core/explanations/explanation';
import type { sendToTab } from '../messaging/send-message';
import type { BackgroundContext } from './background-context';
import { MessageFailure } from './message-failure';

/**
 * Brings the thread up in its mail client with the sidebar open on it (issue #7: what a click on a
 * notification does, and the popup's "Open thread"). A thread the page cannot find is said plainly.
 */
export async function openThreadInMail(
  context: BackgroundContext,
  mailTabs: {
    focus(client: 'gmail' | 'outlook', account: string): Promise<number>;
    send: typeof sendToTab;
  },
  threadId: string,
): Promise<{ tabId: number }> {
  const thread = await context.threads.findById(threadId);
  if (!thread) throw new MessageFailure('not_found', explain('failThreadNotTracked'));
  const tabId = await mailTabs.focus(thread.client, thread.account);
  const opened = await mailTabs.send(tabId, 'thread/open', {
    mailThreadIds: thread.mailThreadIds,
    subject: thread.subject,
  });
  if (!opened.ok) throw MessageFailure.relaying(opened.error);
  const shown = await mailTabs.send(tabId, 'sidebar/show', {});
  if (!shown.ok) await context.logProblem('sidebar', shown.error.message);
  return { tabId };
}
