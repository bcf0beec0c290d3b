/**
 * Every Gmail selector the product relies on, named for what the element is in the product.
 * Sources for each are in shared/docs/webmail.md (gmail.js, InboxSDK, Briskine, Mailvelope); classes
 * are obfuscated and churn, so attribute selectors are preferred and ids/roles come first.
 */
export const GMAIL_SELECTORS = {
  /** The main view pane: present on every Gmail view. */
  mainView: '[role=main]',
  /** Subject heading of an open thread; carries the legacy hex id and (not always, since late 2025) the perm id. */
  threadHeading: 'h2.hP[data-legacy-thread-id], h2[data-thread-perm-id]',
  /** One message of an open thread. */
  threadMessage: 'div.adn[data-message-id], div[data-legacy-message-id]',
  /** Inside a message: its sender (address in the `email` attribute) and its body. */
  messageSender: '[email][name], span.gD[email]',
  messageBody: 'div.a3s',
  /** A row in a thread list, and the span on it that carries the thread ids. */
  threadListRow: '[role=main] tr.zA',
  threadListRowIds: 'span[data-thread-id], span[data-legacy-thread-id]',
  /**
   * An unread row (gmail.js, InboxSDK: `zE` unread, `yO` read); the senders it lists, oldest first,
   * and among them the one in bold whose message is unread (`zF`, gmail.js).
   */
  unreadThreadListRow: '[role=main] tr.zA.zE',
  threadListRowSenders: 'span[email]',
  threadListRowUnreadSender: 'span.zF[email]',
  /**
   * On a list row: the subject, the preview of the newest message (" - Hi Ana, …"), the count of
   * messages when more than one (gmail.js, InboxSDK), and the span naming the newest message's id.
   */
  threadListRowSubject: 'span.bog',
  threadListRowPreview: 'span.y2',
  threadListRowCount: 'span.bx0',
  threadListRowNewestMessage: '[data-legacy-last-message-id]',
  /** The "Reply" link under an open thread, and the per-message reply button. */
  replyLink: 'span.ams[role=link]',
  replyButton: 'div[role=button].aaq, div[role=button].bsQ',
  /** The body editor of a compose or reply. */
  composeEditor: 'div[contenteditable=true][role=textbox][g_editable=true]',
  /** Where what the user wrote ends in an editor: Gmail's signature and quoted-history blocks. */
  composeWrittenPartEnd: '.gmail_signature, .gmail_quote, [data-smartmail="gmail_signature"]',
  /**
   * The side panel at the right edge (InboxSDK's GmailElementGetter): its strip of icons (Calendar,
   * Keep, Tasks, add-ons) and the content column that opens beside the strip.
   */
  sidePanelStrip: '.brC-aT5-aOt-Jw',
  sidePanelContent: '.brC-brG',
  /** Windows Gmail floats over the page: popup composes (gmail.js, InboxSDK) and its dialogs. */
  floatingWindow: '[role=dialog], [role=alertdialog]',
  /** The "Message sent" toast's links: ids long-stable, text localized. */
  sentToastViewLink: 'span#link_vsm',
  sentToastUndoLink: 'span#link_undo',
} as const;

export type GmailHook = keyof typeof GMAIL_SELECTORS;
