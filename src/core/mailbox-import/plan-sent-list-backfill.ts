import { explain } from '../explanations/explanation';
import type { MailAddress } from '../mail';
import { type PastSendOptions, type PlannedThread, planPastSend } from './plan-tracked-send';

/**
 * One conversation row of the mail client's Sent list, as the page shows it (issue #4: "offer to scan
 * what is visible in the Sent view"). A row shows far less than the message: its subject, a preview of
 * the conversation's newest message, who it went to, and how many messages the conversation holds.
 */
export interface SentListRow {
  /** Every id the row carries for its conversation, the most stable first. */
  conversationIds: string[];
  subject: string;
  /** The list's preview of the newest message of the conversation. */
  preview: string;
  recipients: MailAddress[];
  /** When the user's message was sent, as far as the row's ids tell; null when they don't. */
  sentAt: number | null;
  /** 1 when the row shows no count. */
  messageCount: number;
}

/** The Sent list a page shows, at most a page of rows. */
export interface SentList {
  /** The signed-in user's address as the page shows it; null when it does not. */
  ownAddress: MailAddress | null;
  rows: SentListRow[];
}

export interface SentListCandidate {
  planned: PlannedThread;
  /**
   * Messages in the conversation after the user's: the client may have answered already, so the
   * user is asked to look before tracking it (rows don't say who wrote them).
   */
  laterMessages: number;
}

export interface SentListPlan {
  rowsRead: number;
  candidates: SentListCandidate[];
  /** Rows whose time the page did not show: nothing can be planned for them. */
  undated: number;
}

export interface SentListOptions extends PastSendOptions {
  /** The user's address as the page shows it; the rows list only the other side. */
  ownAddress: MailAddress | null;
}

const WHERE = explain('noteFoundInSentView');

/**
 * The proposals and invoices among the Sent rows on screen, planned as the live product would have
 * tracked them, for the user to pick from: nothing is tracked without their say. A row's preview is
 * the user's own words only when the conversation holds just their message; otherwise the preview may
 * be the client's answer, so only the subject is judged.
 */
export function planSentListBackfill(rows: readonly SentListRow[], options: SentListOptions): SentListPlan {
  const plan: SentListPlan = { rowsRead: rows.length, candidates: [], undated: 0 };
  const own = options.ownAddress?.email.toLowerCase() ?? null;
  const seen = new Set<string>();
  for (const row of rows) {
    const [primaryId] = row.conversationIds;
    if (!primaryId || seen.has(primaryId)) continue;
    seen.add(primaryId);
    if (row.sentAt === null || row.sentAt > options.now) {
      plan.undated += 1;
      continue;
    }
    const onlyOwnMessage = row.messageCount <= 1;
    const planned = planPastSend(
      {
        email: {
          subject: row.subject,
          bodyText: onlyOwnMessage ? row.preview : '',
          attachmentNames: [],
          from: options.ownAddress ?? { email: '' },
          to: row.recipients.filter((recipient) => recipient.email.toLowerCase() !== own),
          cc: [],
          sentAt: row.sentAt,
        },
        threadId: `${options.client}:${options.account}:${primaryId}`,
        mailThreadIds: row.conversationIds,
        // The row names no message; the conversation and the time stand for the user's one.
        messageId: `${primaryId}#${row.sentAt}`,
        where: WHERE,
      },
      options,
    );
    if (planned) plan.candidates.push({ planned, laterMessages: Math.max(0, row.messageCount - 1) });
  }
  return plan;
}
