import { explain } from '../../core/explanations/explanation';
import { normalizeSubject } from '../../core/mail';
import { insertTextIntoEditor } from '../insert-text-into-editor';
import { readBlockText } from '../read-block-text';
import { pressElement, waitForElement } from '../wait-for-element';
import type {
  ArrivedMail,
  DraftTarget,
  InsertOutcome,
  PageHealth,
  SeenMessage,
  SeenThread,
  SendConfirmation,
  WebmailAdapter,
} from '../webmail';
import { readOutlookAccount } from './read-outlook-account';
import { OUTLOOK_SELECTORS as S } from './selectors';

/**
 * Outlook on the web's page, in product words (issue #6). Every selector and its source is in
 * selectors.ts; the readers here are pure functions over a root node so the fixtures test them, and the
 * adapter class only adds waiting, pressing and remembering presses. Nothing here ever sends.
 */

const THREAD_OPEN_TIMEOUT_MS = 8_000;
const EDITOR_TIMEOUT_MS = 5_000;
/** Outlook's Undo Send lasts at most 10 s (its settings offer 0–10 s); 2 s more for the redraw. */
const UNDO_WINDOW_MS = 12_000;
/**
 * How long before the send request a press of Send still counts: with Undo Send on, Outlook is
 * believed to hold the request back until the undo window ends (unverified, shared/docs/webmail.md).
 */
const PRESS_BEFORE_REQUEST_MS = 30_000;
/** Outlook's router changes the path with pushState, which fires no event a content script can hear. */
const NAVIGATION_POLL_MS = 500;

const MAX_SEEN_MESSAGES = 200;
const MAX_ROWS = 500;

/** The item id in an Outlook mail path (`/mail/<folder>/id/<ItemId>`), decoded; null when absent. */
export function readItemIdFromPath(pathname: string): string | null {
  const match = /\/id\/([^/?#]{1,1000})/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/**
 * The path that shows one item, kept in the mailbox and folder the user is in
 * (`/mail/0/inbox` + `/id/…`); the inbox when the current path names no folder.
 */
export function buildItemPath(currentPath: string, itemId: string): string {
  const base = /^(\/mail(?:\/\d{1,2}|\/[^/@]{1,64}@[^/]{1,255})?\/[a-z]{1,40})(?:\/|$)/i.exec(currentPath);
  const folder = base && !/\/(id|search|deeplink|compose)$/i.test(base[1]!) ? base[1]! : '/mail/inbox';
  return `${folder}/id/${encodeURIComponent(itemId)}`;
}

/** Outlook's search syntax for a subject; quotes inside it would end the phrase, so they become spaces. */
export function buildSubjectSearch(subject: string): string {
  return `subject:"${normalizeSubject(subject).replace(/"/g, ' ')}"`;
}

/** Whether the page is a pop-out compose window rather than the mail app. */
export function isPopOutPath(pathname: string): boolean {
  return /^\/mail\/(?:\d{1,2}\/)?(?:deeplink\/compose|compose)(?:\/|$|\?)/i.test(pathname);
}

function findReadingPane(root: ParentNode): Element | null {
  return root.querySelector(S.readingPane) ?? root.querySelector(S.mainView);
}

/** Ids under which the open conversation is known: the selected row, the heading's id, the URL's item. */
function readOpenConversationIds(root: ParentNode, pathname: string | null): string[] {
  const ids: string[] = [];
  const selected = root.querySelector(S.selectedConversationRow)?.getAttribute('data-convid');
  if (selected) ids.push(selected);
  // Only the reading pane's heading: the list has level-2 headings of its own in some layouts.
  const heading = findReadingPane(root)?.querySelector(S.conversationSubject);
  const headingId = /^CONV_(.+)_SUBJECT$/.exec(heading?.id ?? '')?.[1];
  if (headingId) ids.push(headingId);
  const itemId = pathname ? readItemIdFromPath(pathname) : null;
  if (itemId) ids.push(itemId);
  return [...new Set(ids)];
}

function readSubject(pane: ParentNode): string {
  const heading = pane.querySelector(S.conversationSubject);
  return (heading?.getAttribute('title') || heading?.textContent || '').trim().slice(0, 2_000);
}

/** The open conversation, when one of the target's ids names it. */
export function findOpenConversation(
  root: ParentNode,
  ids: ReadonlySet<string>,
  pathname: string | null = null,
): Element | null {
  const pane = findReadingPane(root);
  if (!pane?.querySelector(S.conversationSubject)) return null;
  return readOpenConversationIds(root, pathname).some((id) => ids.has(id)) ? pane : null;
}

/** A visible list row for the conversation: by its id, else by its subject. */
export function findConversationRow(
  root: ParentNode,
  ids: ReadonlySet<string>,
  subject: string,
): Element | null {
  const rows = [...root.querySelectorAll(S.conversationRow)].slice(0, MAX_ROWS);
  const byId = rows.find((row) => ids.has(row.getAttribute('data-convid') ?? ''));
  if (byId) return byId;
  const wanted = normalizeSubject(subject);
  if (!wanted) return null;
  // Rows have no subject attribute; their text holds sender, subject and preview on separate lines.
  return (
    rows.find((row) =>
      [...row.querySelectorAll('span, div')]
        .slice(0, 60)
        .some((part) => part.childElementCount === 0 && normalizeSubject(part.textContent ?? '') === wanted),
    ) ?? null
  );
}

const EMAIL_IN_TEXT = /[^\s<>()"',;:@]{1,64}@[^\s<>()"',;:@]{1,255}\.[a-z]{2,24}/i;

function readSenderAddress(sender: Element | null): { email: string; name?: string } | null {
  if (!sender) return null;
  const holder = sender.querySelector(S.senderAddress);
  const candidates = [
    holder?.getAttribute('data-email'),
    holder?.getAttribute('title'),
    sender.getAttribute('title'),
    sender.textContent,
  ];
  for (const candidate of candidates) {
    const email = EMAIL_IN_TEXT.exec((candidate ?? '').slice(0, 2_000))?.[0]?.toLowerCase();
    if (!email) continue;
    const name = (sender.textContent ?? '')
      .replace(/<[^>]{0,400}>/g, '')
      .replace(EMAIL_IN_TEXT, '')
      .replace(/^\s*(from|von|de|van|da)\s*:\s*/i, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 300);
    return name ? { email, name } : { email };
  }
  return null;
}

function readTime(message: Element | null, body: Element): number | null {
  const time = (message ?? body.parentElement)?.querySelector(S.messageTime)?.getAttribute('datetime');
  const at = time ? Date.parse(time) : Number.NaN;
  return Number.isFinite(at) ? at : null;
}

/** The message's card: the innermost ancestor of its sender line that also holds its body. */
function findMessageCard(sender: Element, body: Element): Element | null {
  let card: Element | null = sender.parentElement;
  while (card && !card.contains(body)) card = card.parentElement;
  return card;
}

/**
 * The open conversation's messages, oldest first as the page shows them: each expanded body paired with
 * the last sender line before it. Collapsed messages show no body and are left out. Text only.
 */
export function readOpenConversation(root: ParentNode, pathname: string | null = null): SeenThread | null {
  const pane = findReadingPane(root);
  if (!pane) return null;
  const subject = readSubject(pane);
  if (!subject) return null;
  // Sender lines by their ids; when a build drops those ids, any address holder outside the bodies.
  let senders = [...pane.querySelectorAll(S.messageSender)];
  if (senders.length === 0)
    senders = [...pane.querySelectorAll(S.senderAddress)].filter((holder) => !holder.closest(S.messageBody));
  const messages: SeenMessage[] = [];
  for (const body of [...pane.querySelectorAll(S.messageBody)].slice(-MAX_SEEN_MESSAGES)) {
    // A draft in the conversation carries an editor: it is not a message anyone sent.
    if (body.closest(S.composeEditor) || body.querySelector(S.composeEditor)) continue;
    const sender =
      senders
        .filter((candidate) => candidate.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING)
        .at(-1) ?? null;
    const from = readSenderAddress(sender);
    if (!from) continue;
    const messageId = /^MSG_(.+)_FROM$/.exec(sender?.id ?? '')?.[1] ?? null;
    messages.push({
      messageId,
      from,
      bodyText: readBlockText(body),
      receivedAt: readTime(sender ? findMessageCard(sender, body) : null, body),
    });
  }
  return { mailThreadIds: readOpenConversationIds(root, pathname), subject, messages };
}

/** A notification or a list row, read as mail that arrived: it must show its sender's address. */
export function readArrivedMail(element: Element, conversationId: string | null): ArrivedMail | null {
  const holders = [...element.querySelectorAll(S.senderAddress)].slice(0, 20);
  const sender = holders.find((holder) =>
    EMAIL_IN_TEXT.test(holder.getAttribute('data-email') ?? holder.getAttribute('title') ?? ''),
  );
  const from = sender ? readSenderAddress(sender) : null;
  if (!from) return null;
  return {
    conversationIds: conversationId ? [conversationId] : [],
    from,
    preview: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 1_000),
  };
}

export interface ConversationRowSeen {
  convid: string;
  /** The row's visible text (sender, subject, preview), whitespace collapsed. */
  text: string;
  isSelected: boolean;
}

export interface ReplyCandidates {
  /** Messages of the open conversation; empty when none is open. */
  messages: SeenMessage[];
  /** The open conversation's ids, for matching the messages to a tracked thread. */
  openConversationIds: string[];
  /** Visible list rows: only a hint that a conversation changed, never the source of truth. */
  rows: ConversationRowSeen[];
}

/** Everything on the page that may show a client's reply (issue #4): pure reading, nothing pressed. */
export function findReplyCandidates(root: ParentNode, pathname: string | null = null): ReplyCandidates {
  const open = readOpenConversation(root, pathname);
  const rows = [...root.querySelectorAll(S.conversationRow)].slice(0, MAX_ROWS).flatMap((row) => {
    const convid = row.getAttribute('data-convid');
    if (!convid) return [];
    return [
      {
        convid,
        text: (row.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 1_000),
        isSelected: row.getAttribute('aria-selected') === 'true',
      },
    ];
  });
  return { messages: open?.messages ?? [], openConversationIds: open?.mailThreadIds ?? [], rows };
}

/**
 * Which hooks are missing. The main view is always needed; the mail app needs its conversation list,
 * except while an item fills the view (`/id/` in the path, reading pane hidden); an open item needs the
 * reading pane; a pop-out compose window needs only its form.
 */
export function checkOutlookHealth(root: ParentNode, pathname: string): PageHealth {
  const missing: string[] = [];
  if (!root.querySelector(S.mainView) && !root.querySelector(S.composeForm)) missing.push('mainView');
  if (isPopOutPath(pathname)) {
    if (!root.querySelector(S.composeForm) && !root.querySelector(S.composeEditor))
      missing.push('composeForm');
  } else if (readItemIdFromPath(pathname)) {
    if (!root.querySelector(S.readingPane) && !root.querySelector(S.conversationSubject))
      missing.push('readingPane');
  } else if (!root.querySelector(S.conversationList)) {
    missing.push('conversationList');
  }
  return { state: missing.length ? 'degraded' : 'ok', missing };
}

/** The reply button of the open conversation: by structure, then (last resort) by its label. */
export function findReplyButton(root: ParentNode): HTMLElement | null {
  const pane = findReadingPane(root) ?? root;
  const buttons = [...pane.querySelectorAll<HTMLElement>(S.replyButton)];
  // The last message's button: Outlook shows one per expanded message, newest at the bottom.
  return buttons.at(-1) ?? [...pane.querySelectorAll<HTMLElement>(S.replyButtonByLabel)].at(-1) ?? null;
}

/** An editor already open for this conversation: an inline reply in its pane, or a pop-out form. */
export function findOpenEditorFor(root: ParentNode, subject: string): HTMLElement | null {
  const form = root.querySelector(S.composeForm);
  if (form) {
    const field = [...form.querySelectorAll<HTMLInputElement>(S.composeSubject)].at(-1);
    const editor = form.querySelector<HTMLElement>(S.composeEditor);
    if (editor && field && normalizeSubject(field.value) === normalizeSubject(subject)) return editor;
  }
  const pane = root.querySelector(S.readingPane);
  return pane && normalizeSubject(readSubject(pane)) === normalizeSubject(subject)
    ? pane.querySelector<HTMLElement>(S.composeEditor)
    : null;
}

/** In a compose body, where what the user wrote ends: signature, then Outlook's reply header. */
const WRITTEN_PART_END = '#Signature, #appendonsend, #divRplyFwdMsg';

/** What a compose showed when Send was pressed: the content of a send the traffic shows only by id. */
export interface ComposeSnapshot {
  pressedAt: number;
  /** The subject field, else (inline reply) the open conversation's subject; null when neither shows. */
  subject: string | null;
  /** Addresses the recipient fields show; Outlook often shows only names, so this may be empty. */
  recipientEmails: string[];
  /** The recipient fields' visible entries (names or addresses), in order. */
  recipientLabels: string[];
  /** What the user wrote, above the signature and the quoted message. */
  bodyText: string;
  /** The conversation an inline reply belongs to; empty for a pop-out or a new message. */
  conversationIds: string[];
}

const EMAILS_IN_TEXT = new RegExp(EMAIL_IN_TEXT.source, 'gi');

/** Reads a compose around its body editor; pure reading, the compose is left as it is. */
export function readComposeSnapshot(
  editor: HTMLElement,
  root: ParentNode,
  pathname: string | null,
  pressedAt: number,
): ComposeSnapshot {
  const compose =
    editor.closest(`${S.composeForm}, ${S.composeDock}`) ??
    editor.closest(S.readingPane) ??
    editor.parentElement;
  // Recipient fields are the compose's other editable boxes, in order (Briskine, webmail.md).
  const fields = compose
    ? [...compose.querySelectorAll<HTMLElement>('[contenteditable=true]:not([aria-multiline=true])')]
    : [];
  const labels: string[] = [];
  const emails = new Set<string>();
  for (const field of fields.slice(0, 3)) {
    const entries = [...field.children].length > 0 ? [...field.children] : [field];
    for (const entry of entries.slice(0, 200)) {
      const label = (entry.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
      if (label) labels.push(label);
      const holders = [entry, ...entry.querySelectorAll('[title], [data-email]')].slice(0, 20);
      for (const holder of holders) {
        const source = `${label} ${holder.getAttribute('title') ?? ''} ${holder.getAttribute('data-email') ?? ''}`;
        for (const email of source.slice(0, 2_000).match(EMAILS_IN_TEXT) ?? [])
          emails.add(email.toLowerCase());
      }
    }
  }
  const subjectField = compose
    ? [...compose.querySelectorAll<HTMLInputElement>(S.composeSubject)].at(-1)
    : undefined;
  const inForm = Boolean(editor.closest(S.composeForm));
  // An inline reply has no subject field: it goes out under the conversation's subject.
  const pane = inForm ? null : findReadingPane(root);
  const conversationSubject = pane ? readSubject(pane) || null : null;
  return {
    pressedAt,
    subject: subjectField ? subjectField.value.slice(0, 2_000) : conversationSubject,
    recipientEmails: [...emails],
    recipientLabels: labels,
    bodyText: readBlockText(editor, WRITTEN_PART_END),
    conversationIds: inForm ? [] : readOpenConversationIds(root, pathname),
  };
}

interface SendPress {
  at: number;
  editor: HTMLElement;
  /** The start of what was sent, to know the draft again when Undo brings it back. */
  textStart: string;
  closedAt: number | null;
  snapshot: ComposeSnapshot;
}

function readEditorTextStart(editor: HTMLElement): string {
  return (editor.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
}

export class OutlookAdapter implements WebmailAdapter {
  readonly client = 'outlook' as const;

  private lastPress: SendPress | null = null;
  private readonly undoWindowMs: number;

  constructor(
    private readonly doc: Document,
    options: { undoWindowMs?: number } = {},
  ) {
    this.undoWindowMs = options.undoWindowMs ?? UNDO_WINDOW_MS;
    // Presses are remembered from the start: the send request may leave seconds after the press (Undo
    // Send), and the background only asks once it has read the request.
    doc.addEventListener('click', (event) => this.noteSendPress(event, 'click'), true);
    doc.addEventListener('keydown', (event) => this.noteSendPress(event, 'key'), true);
  }

  private noteSendPress(event: Event, kind: 'click' | 'key'): void {
    if (!(event.target instanceof Element)) return;
    let editor: HTMLElement | null = null;
    if (kind === 'key') {
      const key = event as KeyboardEvent;
      if (key.key !== 'Enter' || !(key.ctrlKey || key.metaKey)) return;
      editor = event.target.closest<HTMLElement>(S.composeEditor);
    } else {
      const button = event.target.closest(S.sendButton);
      if (!button) return;
      const compose = button.closest(`${S.composeForm}, ${S.composeDock}, ${S.readingPane}, ${S.mainView}`);
      editor =
        compose?.querySelector<HTMLElement>(S.composeEditor) ?? this.doc.querySelector(S.composeEditor);
    }
    if (!editor) return;
    const at = Date.now();
    this.lastPress = {
      at,
      editor,
      textStart: readEditorTextStart(editor),
      closedAt: null,
      snapshot: readComposeSnapshot(editor, this.doc, this.doc.location.pathname, at),
    };
  }

  /**
   * What the compose showed at the last press of Send, when that press can belong to a send request
   * seen at `sentAt`: a saved draft sent by id (SendItem, UpdateItem) has no content in the traffic.
   */
  readSentCompose(sentAt: number): ComposeSnapshot | null {
    const press = this.lastPress;
    return press && press.at >= sentAt - PRESS_BEFORE_REQUEST_MS ? press.snapshot : null;
  }

  account(): string | null {
    return readOutlookAccount(this.doc.location.href);
  }

  readOpenThread(): SeenThread | null {
    return readOpenConversation(this.doc, this.doc.location.pathname);
  }

  findReplyCandidates(): ReplyCandidates {
    return findReplyCandidates(this.doc, this.doc.location.pathname);
  }

  watchNavigation(onNavigate: () => void): () => void {
    const view = this.doc.defaultView;
    let last = this.doc.location.href;
    const check = () => {
      if (this.doc.location.href === last) return;
      last = this.doc.location.href;
      onNavigate();
    };
    view?.addEventListener('popstate', check);
    const timer = view?.setInterval(check, NAVIGATION_POLL_MS);
    return () => {
      view?.removeEventListener('popstate', check);
      if (timer !== undefined) view?.clearInterval(timer);
    };
  }

  health(): PageHealth {
    return checkOutlookHealth(this.doc, this.doc.location.pathname);
  }

  /** Outlook's top bar is 48 px; its own right-hand panes open inside the app, not at the edge. */
  readonly sidebarInset = { top: 48, right: 0 };

  readComposeText(): string | null {
    const editors = [...this.doc.querySelectorAll<HTMLElement>(S.composeEditor)];
    const focused = this.doc.activeElement?.closest<HTMLElement>(S.composeEditor);
    const editor = focused ?? editors.at(-1);
    return editor ? readBlockText(editor, WRITTEN_PART_END) : null;
  }

  /**
   * New mail shows as a notification, and as a conversation row rising to the top of the list. Only
   * changes seen while watching count: rows already there, rows of a folder just opened (the baseline
   * is taken again after each navigation) and rows loaded further down on scrolling were not received now.
   */
  watchArrivingMail(onMail: (mail: ArrivedMail) => void): () => void {
    const view = this.doc.defaultView;
    if (!view) return () => {};
    let baselineUrl = this.doc.location.href;
    let topRow = this.readTopRow();
    const reported = new WeakSet<Element>();
    const check = (records: MutationRecord[]) => {
      for (const record of records.slice(0, 500)) {
        for (const node of [...record.addedNodes].slice(0, 100)) {
          if (!(node instanceof Element)) continue;
          const pane = node.closest(S.notificationPane) ?? (node.matches(S.notificationPane) ? node : null);
          const notification = pane && node !== pane ? node : null;
          if (!notification || reported.has(notification)) continue;
          reported.add(notification);
          const convid = notification.closest('[data-convid]')?.getAttribute('data-convid') ?? null;
          const mail = readArrivedMail(notification, convid);
          if (mail) onMail(mail);
        }
      }
      const row = this.readTopRow();
      if (this.doc.location.href !== baselineUrl) {
        baselineUrl = this.doc.location.href;
        topRow = row;
        return;
      }
      if (row && (row.convid !== topRow?.convid || row.text !== topRow?.text)) {
        const element = this.doc.querySelector(
          `${S.conversationRow}[data-convid="${CSS.escape(row.convid)}"]`,
        );
        const mail = element ? readArrivedMail(element, row.convid) : null;
        if (mail) onMail(mail);
      }
      topRow = row;
    };
    const observer = new view.MutationObserver(check);
    observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }

  private readTopRow(): { convid: string; text: string } | null {
    const row = this.doc.querySelector(S.conversationRow);
    const convid = row?.getAttribute('data-convid');
    return row && convid
      ? { convid, text: (row.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 1_000) }
      : null;
  }

  async insertDraft(target: DraftTarget, text: string): Promise<InsertOutcome> {
    const already = findOpenEditorFor(this.doc, target.subject);
    if (already) return insertTextIntoEditor(already, text);
    if (isPopOutPath(this.doc.location.pathname)) {
      return { inserted: false, reason: explain('failComposingAnother') };
    }
    const opened = await this.openThread(target);
    if (!opened) {
      return {
        inserted: false,
        reason: explain('failThreadNotShown', { client: 'Outlook', subject: target.subject }),
      };
    }
    const editorsBefore = new Set(this.doc.querySelectorAll(S.composeEditor));
    const reply = findReplyButton(this.doc);
    if (!reply) return { inserted: false, reason: explain('failReplyButtonMissing', { client: 'Outlook' }) };
    pressElement(reply);
    const editor = await waitForElement(
      () =>
        [...this.doc.querySelectorAll<HTMLElement>(S.composeEditor)].find(
          (candidate) => !editorsBefore.has(candidate),
        ) ?? null,
      EDITOR_TIMEOUT_MS,
    );
    if (!editor) return { inserted: false, reason: explain('failReplyEditorMissing') };
    return insertTextIntoEditor(editor, text);
  }

  /**
   * 'confirmed': Send was pressed (button or Ctrl+Enter) shortly before the request and that compose
   * closed, and Undo did not bring the same draft back within Outlook's undo window.
   * 'undone': the draft came back into an editor after the close (what Undo does; its toast's label is
   * localized, the reopened draft is not). 'no_signal': no press seen, or the compose is still open
   * when time runs out (a refused send: no recipient, a blocked attachment).
   */
  async awaitSendConfirmation(timeoutMs: number, sentAt: number): Promise<SendConfirmation> {
    const press = this.lastPress;
    if (!press || press.at < sentAt - PRESS_BEFORE_REQUEST_MS) return 'no_signal';
    const closed = await waitForElement(
      () => (press.editor.isConnected ? null : this.doc.documentElement),
      timeoutMs,
      200,
    );
    if (!closed) return 'no_signal';
    press.closedAt ??= Date.now();
    const reopened = () =>
      [...this.doc.querySelectorAll<HTMLElement>(S.composeEditor)].find(
        (editor) => press.textStart !== '' && readEditorTextStart(editor) === press.textStart,
      ) ?? null;
    const remainingMs = Math.max(0, press.closedAt + this.undoWindowMs - Date.now());
    const back = await waitForElement(reopened, remainingMs, 250);
    return back ? 'undone' : 'confirmed';
  }

  async openThread(target: DraftTarget): Promise<boolean> {
    const ids = new Set(target.mailThreadIds.filter(Boolean));
    const wanted = normalizeSubject(target.subject);
    const isOpen = () => findOpenConversation(this.doc, ids, this.doc.location.pathname);
    if (isOpen()) return true;

    const visibleRow = findConversationRow(this.doc, ids, '');
    if (visibleRow) {
      pressElement(visibleRow);
      if (await waitForElement(isOpen, THREAD_OPEN_TIMEOUT_MS)) return true;
    }
    // Item ids (EWS ids start "AAMk") open by URL; conversation ids ("AAQk") do not.
    const itemId = [...ids].find((id) => /^AAMk[A-Za-z0-9+/=_-]{10,}$/.test(id));
    if (itemId && this.navigateTo(buildItemPath(this.doc.location.pathname, itemId))) {
      if (await waitForElement(isOpen, THREAD_OPEN_TIMEOUT_MS)) return true;
    }
    if (!wanted) return false;
    const subjectMatches = () => {
      const pane = findReadingPane(this.doc);
      return pane && normalizeSubject(readSubject(pane)) === wanted ? pane : null;
    };
    const row =
      findConversationRow(this.doc, ids, target.subject) ?? (await this.searchBySubject(target.subject, ids));
    if (!row) return false;
    pressElement(row);
    // A subject match may open the conversation under ids we haven't seen: accept it when its heading agrees.
    return (await waitForElement(() => isOpen() ?? subjectMatches(), THREAD_OPEN_TIMEOUT_MS)) !== null;
  }

  /**
   * In-app navigation: Outlook routes on the History API, so a pushState followed by a popstate moves it
   * without reloading the app (which would end this script). Unverified against a live account.
   */
  private navigateTo(path: string): boolean {
    const view = this.doc.defaultView;
    if (!view) return false;
    view.history.pushState(view.history.state, '', path);
    view.dispatchEvent(new PopStateEvent('popstate', { state: view.history.state }));
    return true;
  }

  /** Types `subject:"…"` into the search box the way a user would, then waits for a matching row. */
  private async searchBySubject(subject: string, ids: ReadonlySet<string>): Promise<Element | null> {
    const box = this.doc.querySelector<HTMLInputElement>(S.searchBox);
    if (!box) return null;
    const query = buildSubjectSearch(subject);
    box.focus();
    // The native setter, so a framework tracking the field's value sees the change on `input`.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(box, query);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query }));
    for (const type of ['keydown', 'keyup'] as const) {
      box.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }));
    }
    return waitForElement(() => findConversationRow(this.doc, ids, subject), THREAD_OPEN_TIMEOUT_MS);
  }
}
