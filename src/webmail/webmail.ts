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
  | { inserted: false; reason: string };

export type SendConfirmation = 'confirmed' | 'undone' | 'no_signal';

export interface PageHealth {
  state: 'ok' | 'degraded';
  missing: string[];
}

export interface WebmailAdapter {
  readonly client: 'gmail' | 'outlook';
  /** The account this page belongs to (Gmail's `/u/N` index), or null when the URL doesn't say. */
  account(): string | null;
  /** Opens the thread, opens a reply, and puts the text into the reply editor. Never sends. */
  insertDraft(target: DraftTarget, text: string): Promise<InsertOutcome>;
  /** After the network showed a send: watch the page's own confirmation (and its Undo) for a while. */
  awaitSendConfirmation(timeoutMs: number): Promise<SendConfirmation>;
  /** Which of the hooks the adapter relies on are missing from the page right now. */
  health(): PageHealth;
}
