import { normalizeSubject } from '../core/mail';
import { applyInboundVerdict } from '../core/replies/apply-inbound-verdict';
import { interpretInboundMessage } from '../core/replies/interpret-inbound-message';
import { createReplySettings } from '../core/replies/reply-settings';
import type { TrackedThread } from '../core/threads/tracked-thread';
import type { ParamsOf } from '../messaging/protocol';
import { messageKey } from '../storage/threads-repository';
import type { BackgroundContext } from './background-context';
import { refreshClientTiming } from './learn-client-timing';

type SeenThread = ParamsOf<'page/thread-seen'>;

/** The tracked thread a page's open thread belongs to, by any id it shows, else by its first send. */
export async function findTrackedThread(
  context: BackgroundContext,
  seen: SeenThread,
): Promise<TrackedThread | undefined> {
  for (const id of seen.mailThreadIds) {
    const thread = await context.threads.findByMailThreadId(seen.client, seen.account, id);
    if (thread) return thread;
  }
  // A new thread is known to us by the client-side id of the send; the page shows server ids. The
  // user's own message in it links the two.
  for (const message of seen.messages) {
    if (!message.messageId) continue;
    const thread = await context.threads.findBySentMessage(
      messageKey(seen.client, seen.account, message.messageId),
    );
    if (thread) return thread;
  }
  return findUnlinkedBySubject(context, seen);
}

/** How much of the user's own text must open a message on the page for it to be taken as the send. */
const BODY_MATCH_CHARS = 60;

/** Spacing is left out: pages draw the same text's line breaks differently (divs, <br>, none). */
function bodyKey(text: string): string {
  return text
    .slice(0, 4 * BODY_MATCH_CHARS)
    .replace(/\s+/g, '')
    .toLowerCase()
    .slice(0, BODY_MATCH_CHARS);
}

/**
 * A send that named no conversation (a new Outlook message: parse-service-request.ts) is tracked under
 * its own message id, which the page never shows. It is found again by its subject and by its text
 * opening one of the shown messages; a thread already linked to a conversation is never re-linked.
 */
async function findUnlinkedBySubject(
  context: BackgroundContext,
  seen: SeenThread,
): Promise<TrackedThread | undefined> {
  const subject = normalizeSubject(seen.subject);
  if (!subject) return undefined;
  const candidates = await context.threads.openWithSubject(
    seen.client,
    seen.account,
    (candidate) => normalizeSubject(candidate) === subject,
  );
  const shown = seen.messages.map((message) => bodyKey(message.bodyText));
  return candidates.find((thread) => {
    const unlinked = thread.mailThreadIds.every((id) => thread.sentMessageIds.includes(id));
    const sent = bodyKey(thread.bodyExcerpt);
    return unlinked && sent.length >= 20 && shown.some((body) => body.startsWith(sent));
  });
}

/**
 * A thread the page showed: if we track it, remember every id it is shown under, and judge each
 * message from someone else written after the tracked send. A message whose time the page does not
 * tell is judged only when it stands after the tracked send on the page; otherwise it is skipped
 * (no record is better than a wrong one, and the reason is logged).
 */
export async function recordThreadSeen(
  context: BackgroundContext,
  seen: SeenThread,
): Promise<{ matched: boolean; changed: number }> {
  let thread = await findTrackedThread(context, seen);
  if (!thread) return { matched: false, changed: 0 };
  const source = seen.client === 'gmail' ? 'gmail-page' : 'outlook-page';
  const now = await context.now();
  const newIds = seen.mailThreadIds.filter((id) => !thread!.mailThreadIds.includes(id));
  if (newIds.length > 0) {
    thread = { ...thread, mailThreadIds: [...thread.mailThreadIds, ...newIds], updatedAt: now };
    await context.threads.saveTransition(thread, null);
  }
  const settings = createReplySettings(await context.cadenceSettings(), [thread.from.email]);
  let sentPosition = seen.messages.findIndex(
    (message) => message.messageId && thread!.sentMessageIds.includes(message.messageId),
  );
  if (sentPosition < 0) {
    // The page shows the send under an id of its own: known again by its opening text, that id joins
    // the thread's, so the next report needs no guessing.
    const sent = bodyKey(thread.bodyExcerpt);
    sentPosition =
      sent.length >= 20
        ? seen.messages.findIndex((message) => bodyKey(message.bodyText).startsWith(sent))
        : -1;
    const shownId = sentPosition >= 0 ? seen.messages[sentPosition]!.messageId : null;
    if (shownId) {
      thread = { ...thread, sentMessageIds: [...thread.sentMessageIds, shownId], updatedAt: now };
      await context.threads.saveTransition(thread, null);
    }
  }
  let changed = 0;
  for (const [position, message] of seen.messages.entries()) {
    if (position === sentPosition || (message.messageId && thread.sentMessageIds.includes(message.messageId)))
      continue;
    const isAfterSend =
      message.receivedAt !== null
        ? message.receivedAt > thread.sentAt
        : sentPosition >= 0 && position > sentPosition;
    if (!isAfterSend) {
      if (message.receivedAt === null && sentPosition < 0) {
        await context.logProblem(source, `message in ${thread.id} has no time and no tracked send before it`);
      }
      continue;
    }
    const key = message.messageId ? messageKey(seen.client, seen.account, message.messageId) : null;
    if (key && (await context.threads.hasMessage(key))) continue;
    const receivedAt = message.receivedAt ?? now;
    const inbound = {
      from: { ...message.from, email: message.from.email.toLowerCase() },
      subject: seen.subject,
      bodyText: message.bodyText,
      receivedAt,
      ...(seen.mailThreadIds[0] ? { mailThreadId: seen.mailThreadIds[0] } : {}),
      ...(message.messageId ? { messageId: message.messageId } : {}),
    };
    const verdict = interpretInboundMessage(inbound, thread, settings, now);
    if (verdict.outcome === 'ignore') continue;
    const transition = applyInboundVerdict(
      thread,
      verdict,
      { receivedAt, ...(message.messageId ? { messageId: message.messageId } : {}) },
      source,
    );
    let stored = true;
    if (key) {
      // False when another tab's report of the same message got there first: nothing changes then.
      stored = await context.threads.recordMessage(
        {
          id: key,
          threadId: thread.id,
          direction: 'received',
          mailMessageId: message.messageId!,
          from: inbound.from,
          to: [thread.from],
          subject: seen.subject,
          at: receivedAt,
        },
        transition.thread,
        transition.event,
      );
    } else {
      await context.threads.saveTransition(transition.thread, transition.event);
    }
    if (!stored) continue;
    if (transition.event) changed += 1;
    thread = transition.thread;
  }
  if (changed > 0) await refreshClientTiming(context, thread.counterpart.email);
  return { matched: true, changed };
}
