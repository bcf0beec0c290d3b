import type { Explanation } from '../core/explanations/explanation';
import type { SentList } from '../core/mailbox-import/plan-sent-list-backfill';

export type { SentList } from '../core/mailbox-import/plan-sent-list-backfill';

/**
 * What the product needs from a mail client's page, in product words. Each client's adapter
 * (src/webmail/gmail, src/webmail/outlook) implements it; selectors never leave the adapter's folder.
 */

export interface DraftTarget {
  /** Every id the mail client used for the thread; the adapter matches on any of them. */
  mailThreadIds: string[];
  /** Used to find the thread when no id is visible on the page. */
  subject: string;
}

export type InsertOutcome =
  | { inserted: true; how: 'execCommand' | 'range' }
  /** Worded for the user in the UI's language by whoever shows it. */
  | { inserted: false; reason: Explanation };

export type SendConfirmation = 'confirmed' | 'undone' | 'no_signal';

/**
 * What a compose showed when Send was pressed. Outlook sends a saved draft by its id alone (SendItem,
 * UpdateItem), so the page is the only place its content can be read from.
 */
export interface SentCompose {
  /** The subject field, or the conversation's subject for an inline reply; null when neither shows. */
  subject: string | null;
  /** Addresses the recipient fields show; empty when they show only names. */
  recipientEmails: string[];
  /** What the user wrote, above the signature and the quoted message. */
  bodyText: string;
  /** The conversation an inline reply belongs to; empty for a new message. */
  conversationIds: string[];
}

export interface PageHealth {
  state: 'ok' | 'degraded';
  missing: string[];
}

/** A message of the thread open on the page, as the page shows it. */
export interface SeenMessage {
  messageId: string | null;
  from: { email: string; name?: string };
  bodyText: string;
  /** Epoch ms when the page's ids tell it; null when unknown. */
  receivedAt: number | null;
}

export interface SeenThread {
  mailThreadIds: string[];
  subject: string;
  /** In the order the page shows them (oldest first). */
  messages: SeenMessage[];
}

/**
 * Mail that arrived while the page was open (a new-mail notification, a conversation row appearing at
 * the top of the list): it was received now, which is all the reply rules need to know its time.
 */
export interface ArrivedMail {
  /** The conversation it belongs to, when the page says; empty when it does not. */
  conversationIds: string[];
  from: { email: string; name?: string };
  /** The visible preview: a subject and the message's first words. Text only. */
  preview: string;
}

/**
 * A conversation as a mail list shows it: its newest message's sender, preview and, where the row's ids
 * tell it, that message's id and time. Mail that arrived while the page was closed shows up this way.
 */
export interface ListedMail extends ArrivedMail {
  messageId: string;
  receivedAt: number;
}

/** A box on the page in viewport px, as `getBoundingClientRect` gives it. */
export interface PageBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What the client leaves the sidebar: the edges of its top bar and of its own side panel (px from the
 * viewport's top and right), and the windows it floats over the page (compose windows, dialogs).
 */
export interface SidebarRoom {
  top: number;
  right: number;
  windows: PageBox[];
}

export interface WebmailAdapter {
  readonly client: 'gmail' | 'outlook';
  /** The account this page belongs to (Gmail's `/u/N` index), or null when the URL doesn't say. */
  account(): string | null;
  /** Shows the thread (from a list, by id, or by a search for its subject); false when it can't. */
  openThread(target: DraftTarget): Promise<boolean>;
  /** Opens the thread, opens a reply, and puts the text into the reply editor. Never sends. */
  insertDraft(target: DraftTarget, text: string): Promise<InsertOutcome>;
  /**
   * After the network showed a send (at `sentAt`, epoch ms): the page's own confirmation, or its
   * Undo pressed since then, within `timeoutMs`.
   */
  awaitSendConfirmation(timeoutMs: number, sentAt: number): Promise<SendConfirmation>;
  /**
   * The compose whose Send press can belong to a send request seen at `sentAt`, for clients whose
   * traffic may name a sent item only by id; absent where the traffic always carries the content.
   */
  readSentCompose?(sentAt: number): SentCompose | null;
  /** The thread open on the page right now, if any: where replies are read from. */
  readOpenThread(): SeenThread | null;
  /** Calls back after the user moves to another view (a thread, a list); returns a stop function. */
  watchNavigation(onNavigate: () => void): () => void;
  /** What the user has written in the open reply or compose (above signature and quote); null: none open. */
  readComposeText(): string | null;
  /**
   * Where the sidebar may sit without covering the client's own controls: below its top bar, left of
   * its own side strip (px from the viewport's top and right edges).
   */
  readonly sidebarInset: { top: number; right: number };
  /**
   * The room the client leaves the sidebar right now: its side panel as wide as the user opened it,
   * its compose windows and dialogs. Absent: `sidebarInset` holds and the client floats no windows.
   */
  readSidebarRoom?(): SidebarRoom;
  /**
   * The Sent list on screen (its visible rows, at most a page), for the offer to track what was sent
   * before the product was installed; null when the page shows no Sent list. Absent: not supported.
   */
  readSentList?(): SentList | null;
  /**
   * The conversations the list on screen shows whose newest message's id and time the page tells
   * (never the Sent list or drafts, whose rows name recipients); absent where the adapter can't.
   */
  readListedMail?(): ListedMail[];
  /** Calls back for each mail the page shows arriving; absent where the adapter has no such signal. */
  watchArrivingMail?(onMail: (mail: ArrivedMail) => void): () => void;
  /** Which of the hooks the adapter relies on are missing from the page right now. */
  health(): PageHealth;
}
