/**
 * Every Outlook on the web selector the product relies on, named for what the element is in the
 * product. Outlook's classes are hashed CSS-in-JS and change with every build, so none is used:
 * roles, `data-*` attributes and ids come first, localized labels only as the last of several ways.
 *
 * Sources (shared/docs/webmail.md, and public extension code read 2026-11; none checked against a live
 * account, so each is a hypothesis with a source and the adapter reports what is missing):
 * - `div[role=option][data-convid]` rows, `[role=heading][aria-level="2"]` subject: several scripts
 *   listed in webmail.md, and an Outlook PDF-signing tool (2025–2026) that reads the selected row's
 *   `data-convid` and the heading in `[role=main]`;
 * - `[data-app-section="MailReadCompose"]` reading pane, `[id^="CONV_"][id$="_SUBJECT"]` heading,
 *   `[id^="MSG_"][id$="_FROM"]` sender and `[id^="UniqueMessageBody"]` body: a phishing-check extension's
 *   "Outlook on the web, 2026" notes; the body id is also used by four other public tools;
 * - `[data-testid="ComposeSendButton"]`: a 2026 Outlook capture adapter; `[data-app-section="Form_Content"]`
 *   pop-out and the editor/recipient shapes: Briskine (webmail.md);
 * - sender address in `[data-email]` or a `title` holding an address: the PDF-signing tool (the title
 *   form "used by cloud.microsoft").
 */
export const OUTLOOK_SELECTORS = {
  /** The main view: holds the reading pane or an inline compose; present in every mail view. */
  mainView: '[role=main]',
  /** The folder's list of conversations, and one row of it (the row carries the conversation id). */
  conversationList: '[role=listbox]:has([role=option][data-convid])',
  conversationRow: 'div[role=option][data-convid]',
  selectedConversationRow: 'div[role=option][data-convid][aria-selected=true]',
  /** Where an open conversation is shown, and its subject heading. */
  readingPane: '[data-app-section="MailReadCompose"], [data-app-section="ConversationContainer"]',
  conversationSubject: '[role=heading][id^="CONV_"][id$="_SUBJECT"], [role=heading][aria-level="2"]',
  /** One message of the open conversation: its body, and the sender line placed before it. */
  messageBody: '[id^="UniqueMessageBody"]',
  messageSender: '[id^="MSG_"][id$="_FROM"]',
  /** Inside a sender line: where the address is written, in the order they are tried. */
  senderAddress: '[data-email], [title*="@"]',
  /** A message's time, when the page writes it machine-readably. */
  messageTime: 'time[datetime]',
  /**
   * The reply button of the open conversation, by structure first: the keyboard shortcut it announces
   * (R in Outlook.com's set, Ctrl+R in Outlook's) and the icon it shows. The localized labels come
   * after (replyButtonByLabel) and only when none of these matched.
   */
  replyButton: [
    'button[aria-keyshortcuts="R" i]',
    'button[aria-keyshortcuts="Control+R" i]',
    'button[aria-keyshortcuts="Ctrl+R" i]',
    'button:has([data-icon-name="Reply"])',
    'button:has([data-icon-name="ArrowReply"])',
    '[role=menuitem]:has([data-icon-name="Reply"])',
  ].join(', '),
  /** Last resort: the reply button's label in the supported languages, matched whole. */
  replyButtonByLabel: [
    'button[aria-label="Reply" i]',
    'button[aria-label="Antworten" i]',
    'button[aria-label="Répondre" i]',
    'button[aria-label="Responder" i]',
    'button[aria-label="Beantwoorden" i]',
    'button[aria-label="Rispondi" i]',
  ].join(', '),
  /** A pop-out compose window's form, and the editor wrapper of an inline or docked compose. */
  composeForm: '[data-app-section="Form_Content"]',
  composeDock: '[id*="docking_InitVisiblePart"]',
  /** The body editor of a compose or reply (believed to be roosterjs, which watches DOM mutations). */
  composeEditor: 'div[contenteditable=true][role=textbox][aria-multiline=true]',
  /** The compose's subject field (absent from inline replies); Outlook gives it an id `MSG_…_SUBJECT`. */
  composeSubject: 'input[id^="MSG_"][id$="_SUBJECT"], input[type=text][autocomplete=off]',
  /** The Send button: its test id first, then its localized label. */
  sendButton: [
    '[data-testid="ComposeSendButton"]',
    'button[aria-label="Send" i]',
    'button[title^="Send" i]',
    'button[aria-label="Senden" i]',
    'button[aria-label="Envoyer" i]',
    'button[aria-label="Enviar" i]',
    'button[aria-label="Verzenden" i]',
    'button[aria-label="Invia" i]',
  ].join(', '),
  /** Where Outlook shows a new-mail notification (webmail.md: "gains children", an Electron OWA wrapper). */
  notificationPane: '[data-app-section="NotificationPane"]',
  /** The search box in the top bar. */
  searchBox: 'input#topSearchInput, [role=search] input[type=search], [role=search] input[type=text]',
} as const;

export type OutlookHook = keyof typeof OUTLOOK_SELECTORS;
