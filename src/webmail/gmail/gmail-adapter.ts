import { explain } from '../../core/explanations/explanation';
import { type MailAddress, normalizeSubject } from '../../core/mail';
import type { SentListRow } from '../../core/mailbox-import/plan-sent-list-backfill';
import { insertTextIntoEditor } from '../insert-text-into-editor';
import { readBlockText } from '../read-block-text';
import { pressElement, waitForElement } from '../wait-for-element';
import type {
  ArrivedMail,
  DraftTarget,
  InsertOutcome,
  ListedMail,
  PageHealth,
  SeenMessage,
  SeenThread,
  SendConfirmation,
  SentList,
  SidebarRoom,
  WebmailAdapter,
} from '../webmail';
import { GMAIL_SELECTORS as S } from './selectors';

const THREAD_OPEN_TIMEOUT_MS = 8_000;
const EDITOR_TIMEOUT_MS = 5_000;
/** Gmail's Undo Send window is at most 30 s (its settings offer 5–30 s). */
const UNDO_WINDOW_MS = 30_000;

/** Gmail writes ids with and without a leading `#` (`#thread-f:…` on list rows). */
function bareId(id: string | null | undefined): string {
  return (id ?? '').replace(/^#/, '');
}

export function readGmailAccount(pathname: string): string | null {
  const match = /^\/mail\/u\/(\d{1,2})\//.exec(pathname);
  return match ? match[1]! : null;
}

export function isLegacyHexId(id: string): boolean {
  return /^[0-9a-f]{12,20}$/.test(id);
}

/** The open thread's heading, when it is one of the target's threads. */
export function findOpenThread(root: ParentNode, ids: ReadonlySet<string>): Element | null {
  const heading = root.querySelector(S.threadHeading);
  if (!heading) return null;
  const headingIds = [
    heading.getAttribute('data-legacy-thread-id'),
    heading.getAttribute('data-thread-perm-id'),
  ];
  if (headingIds.some((id) => ids.has(bareId(id)))) return heading;
  for (const message of root.querySelectorAll(S.threadMessage)) {
    const messageIds = [
      message.getAttribute('data-message-id'),
      message.getAttribute('data-legacy-message-id'),
    ];
    if (messageIds.some((id) => ids.has(bareId(id)))) return heading;
  }
  return null;
}

/** A list row for the thread: by any id it carries, else by subject. */
export function findThreadRow(root: ParentNode, ids: ReadonlySet<string>, subject: string): Element | null {
  const rows = [...root.querySelectorAll(S.threadListRow)];
  const byId = rows.find((row) =>
    [...row.querySelectorAll(S.threadListRowIds)].some((span) =>
      [span.getAttribute('data-thread-id'), span.getAttribute('data-legacy-thread-id')].some((id) =>
        ids.has(bareId(id)),
      ),
    ),
  );
  if (byId) return byId;
  const wanted = normalizeSubject(subject);
  if (!wanted) return null;
  return (
    rows.find((row) =>
      [...row.querySelectorAll(S.threadListRowIds)].some(
        (span) => normalizeSubject(span.textContent ?? '') === wanted,
      ),
    ) ?? null
  );
}

/** Gmail's search operators, so the thread can be found when no id of it is visible. */
export function sentSearchHash(subject: string): string {
  const quoted = normalizeSubject(subject).replace(/"/g, ' ');
  return `#search/${encodeURIComponent(`in:sent subject:"${quoted}"`)}`;
}

const MAX_SEEN_MESSAGES = 200;
const MAX_SEEN_BODY_CHARS = 20_000;
const EARLIEST_GMAIL_MS = Date.UTC(2004, 0, 1);

/**
 * When a message was written, from its legacy hex id: Gmail's message ids carry the time in ms above
 * their low 20 bits. Only trusted inside a sane range; anything else is unknown (null).
 */
export function readMessageTime(legacyHexId: string | null, now: number): number | null {
  if (!legacyHexId || !/^[0-9a-f]{12,20}$/.test(legacyHexId)) return null;
  const time = Number(BigInt(`0x${legacyHexId}`) >> 20n);
  return time >= EARLIEST_GMAIL_MS && time <= now + 86_400_000 ? time : null;
}

const MAX_LIST_ROWS = 200;
const MAX_PREVIEW_CHARS = 1_000;

/** What every list row shows, whichever list it is in: the visible rows only, as text. */
function readVisibleRows(root: ParentNode) {
  const rows = [];
  for (const row of root.querySelectorAll<HTMLElement>(S.threadListRow)) {
    if (rows.length >= MAX_LIST_ROWS) break;
    // Gmail keeps lists it showed before in the page, hidden: only rows that take up room count.
    if (row.getClientRects().length === 0) continue;
    const idSpan = row.querySelector(S.threadListRowIds);
    const legacyThreadId = idSpan?.getAttribute('data-legacy-thread-id') ?? null;
    rows.push({
      row,
      legacyThreadId,
      conversationIds: [bareId(idSpan?.getAttribute('data-thread-id')), legacyThreadId ?? ''].filter(Boolean),
      newestMessageId:
        row.querySelector(S.threadListRowNewestMessage)?.getAttribute('data-legacy-last-message-id') ?? null,
      subject: (row.querySelector(S.threadListRowSubject)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      preview: (row.querySelector(S.threadListRowPreview)?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .replace(/^\s*[-–]\s*/, '')
        .trim()
        .slice(0, MAX_PREVIEW_CHARS),
    });
  }
  return rows;
}

function addressOf(span: Element | undefined | null): MailAddress | null {
  const email = span?.getAttribute('email')?.trim().toLowerCase();
  if (!email?.includes('@')) return null;
  const name = span?.getAttribute('name')?.trim();
  return name && name.toLowerCase() !== email ? { email, name } : { email };
}

/**
 * The visible list rows whose newest message the row's ids date (`data-legacy-last-message-id` carries
 * its time): the sender of that message is the bold one when unread, else the last listed, as Gmail
 * lists senders oldest first (gmail.js). A row opened in another view or tab reads the same each time,
 * so the background keys what it learns on the message id.
 */
export function readListedRows(root: ParentNode, now: number): ListedMail[] {
  const listed: ListedMail[] = [];
  for (const { row, conversationIds, newestMessageId, subject, preview } of readVisibleRows(root)) {
    const receivedAt = readMessageTime(newestMessageId, now);
    const from = addressOf(
      row.querySelector(S.threadListRowUnreadSender) ??
        [...row.querySelectorAll(S.threadListRowSenders)].at(-1),
    );
    if (!newestMessageId || receivedAt === null || !from) continue;
    listed.push({
      conversationIds: conversationIds.slice(0, 4),
      from,
      preview: `${subject} ${preview}`.trim().slice(0, MAX_PREVIEW_CHARS),
      messageId: newestMessageId,
      receivedAt,
    });
  }
  return listed;
}

/** Gmail titles its tab "Sent Mail - sam@example.com - Gmail": the one place the page names the user. */
export function readOwnAddress(title: string): MailAddress | null {
  const match = /(?:^|\s)([^\s@<>()]{1,64}@[^\s@<>()]{1,255}\.[a-z]{2,63})(?:\s|$)/i.exec(title);
  return match ? { email: match[1]!.toLowerCase() } : null;
}

/**
 * The Sent list's visible rows. A row's time comes from its ids (a legacy id carries its message's time):
 * the newest message's when the conversation holds one message, else the conversation's first.
 */
export function readSentRows(root: ParentNode, now: number): SentListRow[] {
  const rows: SentListRow[] = [];
  for (const { row, conversationIds, legacyThreadId, newestMessageId, subject, preview } of readVisibleRows(
    root,
  )) {
    if (conversationIds.length === 0) continue;
    const countText = row.querySelector(S.threadListRowCount)?.textContent?.replace(/\D/g, '') ?? '';
    const messageCount = Math.max(1, Number(countText.slice(0, 4)) || 1);
    const sentAt =
      messageCount === 1
        ? (readMessageTime(newestMessageId, now) ?? readMessageTime(legacyThreadId, now))
        : readMessageTime(legacyThreadId, now);
    const recipients = new Map<string, MailAddress>();
    for (const span of row.querySelectorAll(S.threadListRowSenders)) {
      const address = addressOf(span);
      if (address && !recipients.has(address.email)) recipients.set(address.email, address);
    }
    rows.push({
      conversationIds,
      subject: subject.slice(0, 1_000),
      preview,
      recipients: [...recipients.values()].slice(0, 20),
      sentAt,
      messageCount,
    });
  }
  return rows;
}

/** The open thread and its messages as the page shows them; mail content is read as text only. */
export function readOpenThread(root: ParentNode, now: number): SeenThread | null {
  const heading = root.querySelector(S.threadHeading);
  if (!heading) return null;
  const mailThreadIds = [
    heading.getAttribute('data-legacy-thread-id'),
    heading.getAttribute('data-thread-perm-id'),
  ]
    .map(bareId)
    .filter(Boolean);
  const messages: SeenMessage[] = [];
  for (const message of [...root.querySelectorAll(S.threadMessage)].slice(-MAX_SEEN_MESSAGES)) {
    const sender = message.querySelector(S.messageSender);
    const email = sender?.getAttribute('email')?.trim().toLowerCase();
    if (!email) continue;
    const name = sender?.getAttribute('name') ?? undefined;
    const legacyId = message.getAttribute('data-legacy-message-id');
    messages.push({
      messageId: bareId(message.getAttribute('data-message-id')) || legacyId,
      from: name ? { email, name } : { email },
      bodyText: (message.querySelector(S.messageBody)?.textContent ?? '').slice(0, MAX_SEEN_BODY_CHARS),
      receivedAt: readMessageTime(legacyId, now),
    });
  }
  return { mailThreadIds, subject: (heading.textContent ?? '').trim().slice(0, 2_000), messages };
}

export class GmailAdapter implements WebmailAdapter {
  readonly client = 'gmail' as const;

  /** When the user last pressed Undo in a "Message sent" toast (epoch ms). */
  private lastUndoPressAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly doc: Document) {
    // Undo is often pressed before the background has even read the send request, so presses are
    // remembered from the start rather than listened for only once asked (one closest() per click).
    doc.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof Element && event.target.closest(S.sentToastUndoLink))
          this.lastUndoPressAt = Date.now();
      },
      true,
    );
  }

  account(): string | null {
    return readGmailAccount(this.doc.location.pathname);
  }

  readOpenThread(): SeenThread | null {
    return readOpenThread(this.doc, Date.now());
  }

  /** Gmail moves between views by changing the URL's hash: listening to that costs nothing meanwhile. */
  watchNavigation(onNavigate: () => void): () => void {
    const view = this.doc.defaultView;
    view?.addEventListener('hashchange', onNavigate);
    return () => view?.removeEventListener('hashchange', onNavigate);
  }

  /**
   * New mail shows as an unread row rising to the top of the inbox. Only the inbox and its categories
   * count: a list of sent mail names recipients, not senders. Rows already listed, rows of a view just
   * opened (the baseline is taken again on every navigation) and rows further down never count.
   */
  watchArrivingMail(onMail: (mail: ArrivedMail) => void): () => void {
    const view = this.doc.defaultView;
    if (!view) return () => {};
    const isInbox = () => /^#(inbox|category\/[a-z]+)?$/.test(this.doc.location.hash || '#inbox');
    const readTopRow = () => {
      const row = this.doc.querySelector(S.threadListRow);
      // Cell by cell: the row's own textContent runs the sender into the subject.
      const text = [...(row?.children ?? [])]
        .map((cell) => cell.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 1_000);
      return row ? { row, text } : null;
    };
    let baselineUrl = this.doc.location.href;
    let top = readTopRow();
    const observer = new view.MutationObserver(() => {
      const now = readTopRow();
      if (this.doc.location.href !== baselineUrl) {
        baselineUrl = this.doc.location.href;
        top = now;
        return;
      }
      const changed = now && (now.row !== top?.row || now.text !== top?.text);
      top = now;
      if (!changed || !isInbox() || !now.row.matches(S.unreadThreadListRow)) return;
      // The newest message's sender: the bold one, else the last listed (rows list "me, Ana" oldest first).
      const sender =
        now.row.querySelector(S.threadListRowUnreadSender) ??
        [...now.row.querySelectorAll(S.threadListRowSenders)].at(-1);
      const email = sender?.getAttribute('email')?.trim().toLowerCase();
      if (!email?.includes('@')) return;
      const name = sender?.getAttribute('name')?.trim();
      const ids = [...now.row.querySelectorAll(S.threadListRowIds)].flatMap((span) =>
        [span.getAttribute('data-thread-id'), span.getAttribute('data-legacy-thread-id')].flatMap((id) =>
          id ? [bareId(id)] : [],
        ),
      );
      onMail({
        conversationIds: ids.slice(0, 4),
        from: name ? { email, name } : { email },
        preview: now.text,
      });
    });
    observer.observe(this.doc.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class'],
    });
    return () => observer.disconnect();
  }

  readListedMail(): ListedMail[] {
    // Rows of these lists name recipients or the user's own unsent mail, not who wrote last.
    if (/^#(sent|drafts|scheduled|outbox)(?:[/?]|$)/.test(this.doc.location.hash)) return [];
    return readListedRows(this.doc, Date.now());
  }

  readSentList(): SentList | null {
    const view = /^#sent(?:\/p\d+)?(?:\?.*)?$/.exec(this.doc.location.hash);
    if (!view) return null;
    return { ownAddress: readOwnAddress(this.doc.title), rows: readSentRows(this.doc, Date.now()) };
  }

  health(): PageHealth {
    const missing = this.doc.querySelector(S.mainView) ? [] : ['mainView'];
    return { state: missing.length ? 'degraded' : 'ok', missing };
  }

  /** Below Gmail's 64 px top bar, left of the 56 px strip of its own side panel (Calendar, Keep, Tasks). */
  readonly sidebarInset = { top: 64, right: 56 };

  readSidebarRoom(): SidebarRoom {
    const view = this.doc.defaultView;
    const shown = (selector: string) =>
      [...this.doc.querySelectorAll(selector)]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0);
    const sidePanel = [...shown(S.sidePanelStrip), ...shown(S.sidePanelContent)];
    const right =
      view && sidePanel.length > 0
        ? Math.max(0, view.innerWidth - Math.min(...sidePanel.map((box) => box.left)))
        : this.sidebarInset.right;
    const windows = shown(S.floatingWindow).map(({ left, top, right, bottom }) => ({
      left,
      top,
      right,
      bottom,
    }));
    return { top: this.sidebarInset.top, right, windows };
  }

  readComposeText(): string | null {
    const focused = this.doc.activeElement?.closest<HTMLElement>(S.composeEditor);
    const editor = focused ?? [...this.doc.querySelectorAll<HTMLElement>(S.composeEditor)].at(-1);
    return editor ? readBlockText(editor, S.composeWrittenPartEnd) : null;
  }

  async insertDraft(target: DraftTarget, text: string): Promise<InsertOutcome> {
    const opened = await this.openThread(target);
    if (!opened) {
      return {
        inserted: false,
        reason: explain('failThreadNotShown', { client: 'Gmail', subject: target.subject }),
      };
    }
    const editorsBefore = new Set(this.doc.querySelectorAll(S.composeEditor));
    const reply = this.doc.querySelector(S.replyLink) ?? this.doc.querySelector(S.replyButton);
    if (!reply) return { inserted: false, reason: explain('failReplyButtonMissing', { client: 'Gmail' }) };
    pressElement(reply);
    const editor = await waitForElement(
      () =>
        [...this.doc.querySelectorAll<HTMLElement>(S.composeEditor)].find(
          (candidate) => !editorsBefore.has(candidate) && !candidate.closest('[role=dialog]'),
        ) ?? null,
      EDITOR_TIMEOUT_MS,
    );
    if (!editor) return { inserted: false, reason: explain('failReplyEditorMissing') };
    return insertTextIntoEditor(editor, text);
  }

  async awaitSendConfirmation(timeoutMs: number, sentAt: number): Promise<SendConfirmation> {
    const undoneSinceSend = () => this.lastUndoPressAt >= sentAt;
    if (undoneSinceSend()) return 'undone';
    const toast = await waitForElement(
      () => (undoneSinceSend() ? this.doc.body : this.doc.querySelector(S.sentToastViewLink)),
      timeoutMs,
      200,
    );
    if (undoneSinceSend()) return 'undone';
    if (!toast) return 'no_signal';
    // The toast stays while Undo is possible; when it goes without a press (or the longest undo
    // window passes), the send stands.
    await waitForElement(
      () => (undoneSinceSend() || !this.doc.querySelector(S.sentToastUndoLink) ? this.doc.body : null),
      UNDO_WINDOW_MS,
      250,
    );
    return undoneSinceSend() ? 'undone' : 'confirmed';
  }

  async openThread(target: DraftTarget): Promise<boolean> {
    const ids = new Set(target.mailThreadIds.map(bareId));
    const isOpen = () => findOpenThread(this.doc, ids);
    if (isOpen()) return true;

    const visibleRow = findThreadRow(this.doc, ids, target.subject);
    if (visibleRow) {
      pressElement(visibleRow);
      if (await waitForElement(isOpen, THREAD_OPEN_TIMEOUT_MS)) return true;
    }
    const legacyId = [...ids].find(isLegacyHexId);
    if (legacyId) {
      this.doc.location.hash = `#all/${legacyId}`;
      if (await waitForElement(isOpen, THREAD_OPEN_TIMEOUT_MS)) return true;
    }
    this.doc.location.hash = sentSearchHash(target.subject);
    const row = await waitForElement(
      () => findThreadRow(this.doc, ids, target.subject),
      THREAD_OPEN_TIMEOUT_MS,
    );
    if (!row) return false;
    pressElement(row);
    // A subject match may open the thread under ids we haven't seen yet: accept it when its heading agrees.
    const wanted = normalizeSubject(target.subject);
    const heading = await waitForElement(() => {
      const candidate = isOpen() ?? this.doc.querySelector(S.threadHeading);
      return candidate && (isOpen() || normalizeSubject(candidate.textContent ?? '') === wanted)
        ? candidate
        : null;
    }, THREAD_OPEN_TIMEOUT_MS);
    return heading !== null;
  }
}
