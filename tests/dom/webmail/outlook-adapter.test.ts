import { afterEach, describe, expect, it } from 'vitest';
import {
  buildItemPath,
  buildSubjectSearch,
  checkOutlookHealth,
  findConversationRow,
  findOpenConversation,
  findOpenEditorFor,
  findReplyButton,
  findReplyCandidates,
  isPopOutPath,
  OutlookAdapter,
  readComposeSnapshot,
  readItemIdFromPath,
  readOpenConversation,
} from '../../../src/webmail/outlook/outlook-adapter';
import { OUTLOOK_SELECTORS } from '../../../src/webmail/outlook/selectors';
import { readBlockText } from '../../../src/webmail/read-block-text';
import conversationList from '../../fixtures/outlook/2026-11-conversation-list.html?raw';
import listWithoutIds from '../../fixtures/outlook/2026-11-conversation-list-without-ids.html?raw';
import conversationOpen from '../../fixtures/outlook/2026-11-conversation-open.html?raw';
import inlineReply from '../../fixtures/outlook/2026-11-inline-reply-editor.html?raw';
import newMailNotification from '../../fixtures/outlook/2026-11-new-mail-notification.html?raw';
import popOut from '../../fixtures/outlook/2026-11-popout-compose.html?raw';

const QUOTE_CONVERSATION = 'AAQkADk1ZTdmYzA0LWU2NWEtNGRmZC1hZjc0LTFlYjY3Y2QzNGExMQAQAFx7cVE1xUtHpQqzR2Wb8Oo=';
const PROPOSAL_CONVERSATION =
  'AAQkADk1ZTdmYzA0LWU2NWEtNGRmZC1hZjc0LTFlYjY3Y2QzNGExMQAQAJ2pGkR8wUxJrQ1lT0c3b9E=';
/** Outlook's undo window is up to 10 s; the tests shorten the wait, not the logic. */
const FAST_UNDO = { undoWindowMs: 1_000 };
const MARCO_MESSAGE = 'AAMkADk1ZTdmYzA0LWU2NWEtNGRmZC1hZjc0LTFlYjY3Y2QzNGExMQBGAAAAAAB3q';

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('every Outlook selector matches the fixture written for it', () => {
  const expectations: Array<[keyof typeof OUTLOOK_SELECTORS, string, number]> = [
    ['mainView', conversationList, 1],
    ['conversationList', conversationList, 1],
    ['conversationList', listWithoutIds, 0],
    ['conversationRow', conversationList, 3],
    ['selectedConversationRow', conversationList, 0],
    ['selectedConversationRow', conversationOpen, 1],
    ['readingPane', conversationOpen, 2],
    ['conversationSubject', conversationOpen, 1],
    ['messageBody', conversationOpen, 2],
    ['messageSender', conversationOpen, 2],
    ['senderAddress', conversationOpen, 4],
    ['replyButton', conversationOpen, 2],
    ['replyButtonByLabel', conversationOpen, 2],
    ['composeForm', popOut, 1],
    ['composeDock', inlineReply, 1],
    ['composeEditor', inlineReply, 1],
    ['composeEditor', popOut, 1],
    ['composeSubject', popOut, 1],
    ['sendButton', inlineReply, 1],
    ['sendButton', popOut, 1],
    ['searchBox', conversationList, 1],
  ];
  it.each(expectations)('%s finds its elements', (hook, html, count) => {
    const root = mount(html);
    expect(root.querySelectorAll(OUTLOOK_SELECTORS[hook])).toHaveLength(count);
  });

  it('never takes a recipient field for the body editor', () => {
    const root = mount(inlineReply);
    const editors = root.querySelectorAll(OUTLOOK_SELECTORS.composeEditor);
    expect([...editors].map((editor) => editor.getAttribute('aria-label'))).toEqual([
      'Message body, press Alt+F10 to exit',
    ]);
  });

  it('finds the reply button by its announced shortcut when the icon is gone', () => {
    const root = mount(conversationOpen);
    for (const icon of root.querySelectorAll('[data-icon-name]')) icon.remove();
    for (const button of root.querySelectorAll('button[aria-label="Reply"]')) {
      button.setAttribute('aria-label', 'Svara');
      button.setAttribute('aria-keyshortcuts', 'R');
    }
    expect(findReplyButton(root)?.getAttribute('aria-label')).toBe('Svara');
  });

  it('falls back to the localized label only when nothing structural is left', () => {
    const root = mount(conversationOpen);
    for (const icon of root.querySelectorAll('[data-icon-name]')) icon.remove();
    const button = findReplyButton(root);
    expect(button?.getAttribute('aria-label')).toBe('Reply');
    expect(button?.closest('[tabindex]')?.querySelector('#UniqueMessageBody_2')).not.toBeNull();
  });

  it('picks the reply button of the newest message, not Reply all or Forward', () => {
    const root = mount(conversationOpen);
    const button = findReplyButton(root);
    expect(button?.querySelector('[data-icon-name]')?.getAttribute('data-icon-name')).toBe('Reply');
    expect(button?.closest('[tabindex]')?.textContent).toContain('Could you send a revised quote');
  });
});

describe('Outlook page reading', () => {
  it('reads the item id from an Outlook mail path and builds one in the current folder', () => {
    expect(readItemIdFromPath('/mail/inbox/id/AAMk%2FabC%3D')).toBe('AAMk/abC=');
    expect(readItemIdFromPath('/mail/0/sentitems/id/AAMkXYZ/')).toBe('AAMkXYZ');
    expect(readItemIdFromPath('/mail/inbox')).toBeNull();
    expect(readItemIdFromPath('/mail/inbox/id/%E0%A4%A')).toBeNull();
    expect(buildItemPath('/mail/0/sentitems', 'AAMk/1=')).toBe('/mail/0/sentitems/id/AAMk%2F1%3D');
    expect(buildItemPath('/mail/inbox/id/AAMkOld', 'AAMk2')).toBe('/mail/inbox/id/AAMk2');
    expect(buildItemPath('/mail/shared@brightfield.example/inbox', 'AAMk3')).toBe(
      '/mail/shared@brightfield.example/inbox/id/AAMk3',
    );
    expect(buildItemPath('/', 'AAMk4')).toBe('/mail/inbox/id/AAMk4');
    expect(buildItemPath('/mail/deeplink/compose', 'AAMk5')).toBe('/mail/inbox/id/AAMk5');
  });

  it('knows a pop-out compose window by its path', () => {
    expect(isPopOutPath('/mail/deeplink/compose')).toBe(true);
    expect(isPopOutPath('/mail/0/deeplink/compose')).toBe(true);
    expect(isPopOutPath('/mail/compose/AAMk1')).toBe(true);
    expect(isPopOutPath('/mail/inbox')).toBe(false);
  });

  it('searches by subject without letting quotes in the subject end the phrase', () => {
    expect(buildSubjectSearch('RE: The "big" quote')).toBe('subject:"the  big  quote"');
  });

  it('reads a body with its line breaks and without its style rules', () => {
    const root = mount(
      '<div id="UniqueMessageBody_9"><style>p { color: red }</style><p>Paid today.</p><div>Thanks,<br>Marco</div></div>',
    );
    expect(readBlockText(root.firstElementChild!)).toBe('Paid today.\nThanks,\nMarco');
  });

  it('knows the open conversation by the selected row, the heading id or the item in the URL', () => {
    const root = mount(conversationOpen);
    expect(findOpenConversation(root, new Set([QUOTE_CONVERSATION]))).not.toBeNull();
    expect(findOpenConversation(root, new Set(['AAMkFromUrl']), '/mail/inbox/id/AAMkFromUrl')).not.toBeNull();
    expect(findOpenConversation(root, new Set([PROPOSAL_CONVERSATION]))).toBeNull();
    root.querySelector('[aria-selected=true]')!.setAttribute('aria-selected', 'false');
    expect(findOpenConversation(root, new Set([QUOTE_CONVERSATION]))).not.toBeNull();
  });

  it('does not take an empty reading pane for an open conversation', () => {
    const root = mount(conversationList);
    expect(findOpenConversation(root, new Set([QUOTE_CONVERSATION]))).toBeNull();
    expect(readOpenConversation(root)).toBeNull();
  });

  it('finds a list row by conversation id, else by its subject line', () => {
    const root = mount(conversationList);
    expect(findConversationRow(root, new Set([PROPOSAL_CONVERSATION]), '')?.textContent).toContain('Priya');
    expect(findConversationRow(root, new Set(), 'Re: quote for the trade-fair STAND')?.textContent).toContain(
      'Marco',
    );
    expect(findConversationRow(root, new Set(), 'Could you send a revised quote')).toBeNull();
    expect(findConversationRow(root, new Set(), '')).toBeNull();
  });

  it('reads the open conversation: ids, subject, senders, text, oldest first', () => {
    const root = mount(conversationOpen);
    const thread = readOpenConversation(root, '/mail/inbox/id/AAMkFromUrl');
    expect(thread).toEqual({
      mailThreadIds: [QUOTE_CONVERSATION, 'AAMkFromUrl'],
      subject: 'Quote for the trade-fair stand',
      messages: [
        {
          messageId: 'AAMkADk1ZTdmYzA0LWU2NWEtNGRmZC1hZjc0LTFlYjY3Y2QzNGExMQBGAAAAAAB3qSENT',
          from: { email: 'lina@harbourdesign.example', name: 'Lina Okafor' },
          bodyText: 'Hi Marco,\nHere is the quote for the trade-fair stand: 8 weeks, GBP 5,400.\nLina',
          receivedAt: null,
        },
        {
          messageId: MARCO_MESSAGE,
          from: { email: 'marco.bellini@brightfield.example', name: 'Marco Bellini' },
          bodyText: 'Could you send a revised quote with a shorter timeline?\nThanks, Marco',
          receivedAt: null,
        },
      ],
    });
  });

  it('reads a time the page writes machine-readably, and only that', () => {
    const root = mount(conversationOpen);
    const card = root.querySelector('#UniqueMessageBody_2')!.parentElement!;
    const time = document.createElement('time');
    time.setAttribute('datetime', '2026-11-17T09:12:00Z');
    card.prepend(time);
    const [, marco] = readOpenConversation(root)!.messages;
    expect(marco?.receivedAt).toBe(Date.UTC(2026, 10, 17, 9, 12));
    time.setAttribute('datetime', 'Tuesday morning');
    expect(readOpenConversation(root)!.messages[1]?.receivedAt).toBeNull();
  });

  it('finds senders by any address holder when the sender ids are gone', () => {
    const root = mount(conversationOpen);
    for (const sender of root.querySelectorAll('[id$="_FROM"]')) sender.removeAttribute('id');
    const messages = readOpenConversation(root)!.messages;
    expect(messages.map((message) => [message.messageId, message.from.email])).toEqual([
      [null, 'lina@harbourdesign.example'],
      [null, 'marco.bellini@brightfield.example'],
    ]);
  });

  it('leaves out a message without a readable sender and a draft sitting in the conversation', () => {
    const root = mount(conversationOpen);
    root.querySelector('[title="lina@harbourdesign.example"]')!.setAttribute('title', 'Lina Okafor');
    const draft = document.createElement('div');
    draft.innerHTML =
      '<div contenteditable="true" role="textbox" aria-multiline="true"><div id="UniqueMessageBody_3">Draft text</div></div>';
    root.querySelector('[data-app-section="ConversationContainer"]')!.append(draft);
    const messages = readOpenConversation(root)!.messages;
    expect(messages.map((message) => message.from.email)).toEqual(['marco.bellini@brightfield.example']);
  });

  it('reads a hostile message body as text, creating no element', () => {
    const root = mount(conversationOpen);
    root.querySelector('#UniqueMessageBody_2')!.textContent = '<img src=x onerror=alert(1)>';
    expect(readOpenConversation(root)?.messages[1]?.bodyText).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });

  it('lists reply candidates: the open conversation and every visible row with its id', () => {
    const root = mount(conversationOpen);
    const candidates = findReplyCandidates(root);
    expect(candidates.openConversationIds).toEqual([QUOTE_CONVERSATION]);
    expect(candidates.messages.map((message) => message.from.email)).toEqual([
      'lina@harbourdesign.example',
      'marco.bellini@brightfield.example',
    ]);
    expect(candidates.rows).toEqual([
      {
        convid: QUOTE_CONVERSATION,
        text: expect.stringContaining('Marco Bellini RE: Quote for the trade-fair stand'),
        isSelected: true,
      },
      { convid: PROPOSAL_CONVERSATION, text: expect.stringContaining('Priya Nair'), isSelected: false },
    ]);
    expect(findReplyCandidates(mount(listWithoutIds)).rows).toHaveLength(0);
  });
});

describe("Outlook's health", () => {
  it.each([
    ['the mail view', conversationList, '/mail/inbox', { state: 'ok', missing: [] }],
    ['an open conversation', conversationOpen, '/mail/inbox/id/AAMk1', { state: 'ok', missing: [] }],
    ['a pop-out compose', popOut, '/mail/deeplink/compose', { state: 'ok', missing: [] }],
    [
      'rows without their ids',
      listWithoutIds,
      '/mail/inbox',
      { state: 'degraded', missing: ['conversationList'] },
    ],
    [
      'an item path with no reading pane',
      '<div role="main"></div>',
      '/mail/inbox/id/AAMk1',
      { state: 'degraded', missing: ['readingPane'] },
    ],
    ['an empty page', '', '/mail/inbox', { state: 'degraded', missing: ['mainView', 'conversationList'] }],
    [
      'an empty pop-out',
      '',
      '/mail/deeplink/compose',
      { state: 'degraded', missing: ['mainView', 'composeForm'] },
    ],
  ])('reports %s', (_name, html, pathname, health) => {
    expect(checkOutlookHealth(mount(html), pathname)).toEqual(health);
  });

  it('says which hook is missing from the live page', () => {
    mount(listWithoutIds);
    expect(new OutlookAdapter(document).health()).toEqual({
      state: 'degraded',
      missing: ['conversationList'],
    });
    document.body.replaceChildren();
    mount(conversationList);
    expect(new OutlookAdapter(document).health()).toEqual({ state: 'ok', missing: [] });
  });
});

describe('inserting a follow-up into an Outlook conversation', () => {
  /** Outlook's reply: an editor appears under the conversation with the signature and quoted history. */
  function openReplyOnPress(root: HTMLElement): void {
    const replyButton = findReplyButton(root)!;
    replyButton.addEventListener('click', () => {
      const editor = document.createElement('div');
      editor.setAttribute('contenteditable', 'true');
      editor.setAttribute('role', 'textbox');
      editor.setAttribute('aria-multiline', 'true');
      editor.innerHTML =
        '<div><br></div><div id="Signature">Lina Okafor</div><div id="divRplyFwdMsg">From: Marco</div>';
      root.querySelector('[data-app-section="MailReadCompose"]')!.append(editor);
    });
  }

  it('opens a reply on the open conversation and types the text above the signature', async () => {
    const root = mount(conversationOpen);
    openReplyOnPress(root);
    const inputs: string[] = [];
    root.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));

    const outcome = await new OutlookAdapter(document).insertDraft(
      { mailThreadIds: [QUOTE_CONVERSATION], subject: 'Quote for the trade-fair stand' },
      'Hi Marco,\nDid the revised quote reach you?',
    );

    expect(outcome).toEqual({ inserted: true, how: 'execCommand' });
    const editor = root.querySelector<HTMLElement>(OUTLOOK_SELECTORS.composeEditor)!;
    expect(editor.innerText).toMatch(
      /^Hi Marco,\nDid the revised quote reach you\?[\s\S]*Lina Okafor[\s\S]*From: Marco$/,
    );
    expect(inputs).toContain('insertText');
  });

  it('opens the conversation from its visible row first', async () => {
    const root = mount(conversationList);
    const row = findConversationRow(root, new Set([QUOTE_CONVERSATION]), '')!;
    row.addEventListener('click', () => {
      document.body.replaceChildren();
      const opened = mount(conversationOpen);
      openReplyOnPress(opened);
    });
    const outcome = await new OutlookAdapter(document).insertDraft(
      { mailThreadIds: [QUOTE_CONVERSATION], subject: 'Quote for the trade-fair stand' },
      'Hello again',
    );
    expect(outcome).toEqual({ inserted: true, how: 'execCommand' });
    expect(document.querySelector<HTMLElement>(OUTLOOK_SELECTORS.composeEditor)?.innerText).toMatch(
      /^Hello again/,
    );
  });

  it('uses an inline reply already open for the conversation instead of opening another', async () => {
    const root = mount(inlineReply);
    const outcome = await new OutlookAdapter(document).insertDraft(
      { mailThreadIds: [QUOTE_CONVERSATION], subject: 'RE: Quote for the trade-fair stand' },
      'Hi Marco, a quick check-in.',
    );
    expect(outcome).toEqual({ inserted: true, how: 'execCommand' });
    expect(root.querySelectorAll(OUTLOOK_SELECTORS.composeEditor)).toHaveLength(1);
    expect(root.querySelector<HTMLElement>(OUTLOOK_SELECTORS.composeEditor)!.innerText).toMatch(
      /^Hi Marco, a quick check-in\.[\s\S]*Lina Okafor · Harbour Design/,
    );
  });

  it('types into a pop-out compose whose subject is the conversation', async () => {
    const root = mount(popOut);
    expect(findOpenEditorFor(root, 'Proposal: spring catalogue photography')).not.toBeNull();
    expect(findOpenEditorFor(root, 'Another subject')).toBeNull();
    const outcome = await new OutlookAdapter(document).insertDraft(
      { mailThreadIds: [PROPOSAL_CONVERSATION], subject: 'Proposal: spring catalogue photography' },
      'Hi Priya,\nWould a short call on Thursday help?',
    );
    expect(outcome).toEqual({ inserted: true, how: 'execCommand' });
    expect(root.querySelector<HTMLElement>(OUTLOOK_SELECTORS.composeEditor)!.innerText).toMatch(
      /^Hi Priya,\nWould a short call on Thursday help\?/,
    );
  });

  it('never presses Send while inserting', async () => {
    const root = mount(inlineReply);
    let sendPresses = 0;
    root.querySelector(OUTLOOK_SELECTORS.sendButton)!.addEventListener('click', () => sendPresses++);
    await new OutlookAdapter(document).insertDraft(
      { mailThreadIds: [QUOTE_CONVERSATION], subject: 'Quote for the trade-fair stand' },
      'Hello',
    );
    expect(sendPresses).toBe(0);
  });

  it('says plainly when the reply button is missing', async () => {
    const root = mount(conversationOpen);
    for (const button of root.querySelectorAll('button')) button.remove();
    const outcome = await new OutlookAdapter(document).insertDraft(
      { mailThreadIds: [QUOTE_CONVERSATION], subject: 'Quote for the trade-fair stand' },
      'Hello',
    );
    expect(outcome).toEqual({
      inserted: false,
      reason: { code: 'failReplyButtonMissing', values: { client: 'Outlook' } },
    });
  });

  it('says plainly when the conversation cannot be found anywhere', async () => {
    mount(conversationList);
    const outcome = await new OutlookAdapter(document).insertDraft(
      { mailThreadIds: ['AAQkUnknown'], subject: '' },
      'Hello',
    );
    expect(outcome.inserted).toBe(false);
  });

  it('searches by subject when no row is visible and opens the row the search shows', async () => {
    const root = mount(conversationList);
    for (const row of root.querySelectorAll('[role=option]')) row.remove();
    const box = root.querySelector<HTMLInputElement>('#topSearchInput')!;
    const queries: string[] = [];
    box.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      queries.push(box.value);
      const list = root.querySelector('[role=listbox]')!;
      list.innerHTML = `<div role="option" data-convid="${PROPOSAL_CONVERSATION}"><div><span>Proposal: spring catalogue photography</span></div></div>`;
      list.firstElementChild!.addEventListener('click', () => {
        document.body.replaceChildren();
        mount(
          conversationOpen
            .replaceAll(QUOTE_CONVERSATION, 'AAQkAnotherId')
            .replaceAll('Quote for the trade-fair stand', 'Proposal: spring catalogue photography'),
        );
      });
    });
    const opened = await new OutlookAdapter(document).openThread({
      mailThreadIds: ['owa-hash:0123456789abcdef'],
      subject: 'RE: Proposal: spring catalogue photography',
    });
    expect(queries).toEqual(['subject:"proposal: spring catalogue photography"']);
    expect(opened).toBe(true);
  }, 20_000);
});

describe('watching Outlook confirm a send', () => {
  function pressSend(root: HTMLElement): void {
    root.querySelector<HTMLElement>(OUTLOOK_SELECTORS.sendButton)!.click();
  }

  it('confirms once the compose closes after Send and Undo does not bring it back', async () => {
    const root = mount(inlineReply);
    const adapter = new OutlookAdapter(document, FAST_UNDO);
    pressSend(root);
    const sentAt = Date.now();
    root.querySelector('#docking_InitVisiblePart_0')!.remove();
    expect(await adapter.awaitSendConfirmation(2_000, sentAt)).toBe('confirmed');
  }, 20_000);

  it('counts Ctrl+Enter in the editor as a press of Send', async () => {
    const root = mount(popOut);
    const adapter = new OutlookAdapter(document, FAST_UNDO);
    const editor = root.querySelector<HTMLElement>(OUTLOOK_SELECTORS.composeEditor)!;
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    const sentAt = Date.now();
    setTimeout(() => editor.closest('[data-app-section]')!.remove(), 200);
    expect(await adapter.awaitSendConfirmation(2_000, sentAt)).toBe('confirmed');
  }, 20_000);

  it('reports undone when the same draft comes back after the compose closed', async () => {
    const root = mount(inlineReply);
    const adapter = new OutlookAdapter(document, FAST_UNDO);
    pressSend(root);
    const sentAt = Date.now();
    const dock = root.querySelector('#docking_InitVisiblePart_0')!;
    const parent = dock.parentElement!;
    dock.remove();
    setTimeout(() => parent.append(dock), 400);
    expect(await adapter.awaitSendConfirmation(2_000, sentAt)).toBe('undone');
  });

  it('reports no signal while the compose stays open, and when Send was never pressed', async () => {
    const root = mount(inlineReply);
    const adapter = new OutlookAdapter(document, FAST_UNDO);
    expect(await adapter.awaitSendConfirmation(300, Date.now())).toBe('no_signal');
    pressSend(root);
    expect(await adapter.awaitSendConfirmation(300, Date.now())).toBe('no_signal');
  });

  it('ignores a press of Send long before the request', async () => {
    const root = mount(inlineReply);
    const adapter = new OutlookAdapter(document, FAST_UNDO);
    pressSend(root);
    root.querySelector('#docking_InitVisiblePart_0')!.remove();
    expect(await adapter.awaitSendConfirmation(300, Date.now() + 60_000)).toBe('no_signal');
  });
});

describe('keeping what a compose showed when Send was pressed', () => {
  it("reads an inline reply: its conversation and that conversation's subject, recipients and only the written part", () => {
    const root = mount(inlineReply);
    const editor = root.querySelector<HTMLElement>(OUTLOOK_SELECTORS.composeEditor)!;
    editor.firstElementChild!.textContent = 'Hi Marco, the invoice is attached.';
    const snapshot = readComposeSnapshot(editor, root, '/mail/inbox', 1_000);
    expect(snapshot).toEqual({
      pressedAt: 1_000,
      subject: 'Quote for the trade-fair stand',
      recipientEmails: [],
      recipientLabels: ['Marco Bellini'],
      bodyText: 'Hi Marco, the invoice is attached.',
      conversationIds: [QUOTE_CONVERSATION],
    });
  });

  it('reads a pop-out: subject, addresses shown in titles, no conversation', () => {
    const root = mount(popOut);
    root.querySelector('[aria-label="To"] span')!.setAttribute('title', 'Priya.Nair@meadowlane.example');
    const editor = root.querySelector<HTMLElement>(OUTLOOK_SELECTORS.composeEditor)!;
    editor.firstElementChild!.innerHTML = 'Hi Priya,<br>the proposal is below.';
    expect(readComposeSnapshot(editor, root, '/mail/deeplink/compose', 5)).toEqual({
      pressedAt: 5,
      subject: 'RE: Proposal: spring catalogue photography',
      recipientEmails: ['priya.nair@meadowlane.example'],
      recipientLabels: ['Priya Nair'],
      bodyText: 'Hi Priya,\nthe proposal is below.',
      conversationIds: [],
    });
  });

  it('hands the snapshot over only for a request that can follow the press', () => {
    const root = mount(popOut);
    const adapter = new OutlookAdapter(document);
    expect(adapter.readSentCompose(Date.now())).toBeNull();
    root.querySelector<HTMLElement>(OUTLOOK_SELECTORS.sendButton)!.click();
    expect(adapter.readSentCompose(Date.now())?.subject).toBe('RE: Proposal: spring catalogue photography');
    expect(adapter.readSentCompose(Date.now() + 60_000)).toBeNull();
  });
});

describe('following Outlook between views', () => {
  it('calls back when the path changes without a page load, and stops when asked', async () => {
    const adapter = new OutlookAdapter(document);
    let calls = 0;
    const start = location.href;
    const stop = adapter.watchNavigation(() => calls++);
    history.pushState(null, '', `${location.pathname}?view=outlook-test`);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(calls).toBe(1);
    stop();
    history.pushState(null, '', start);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(calls).toBe(1);
  });
});

describe('noticing mail that arrives while Outlook is open', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('reads a new-mail notification: its sender and preview, as text', async () => {
    const root = mount('<div data-app-section="NotificationPane"></div>');
    const arrived: unknown[] = [];
    const stop = new OutlookAdapter(document).watchArrivingMail((mail) => arrived.push(mail));
    root.firstElementChild!.insertAdjacentHTML('beforeend', newMailNotification);
    await settle();
    stop();
    expect(arrived).toEqual([
      {
        conversationIds: [],
        from: { email: 'marco.bellini@brightfield.example', name: 'Marco Bellini' },
        preview: 'Marco Bellini RE: Quote for the trade-fair stand Looks good, when can you start?',
      },
    ]);
  });

  it('reads a conversation rising to the top of the list, with its conversation id', async () => {
    const root = mount(conversationList);
    const arrived: Array<{ conversationIds: string[]; from: { email: string } }> = [];
    const stop = new OutlookAdapter(document).watchArrivingMail((mail) => arrived.push(mail));
    const list = root.querySelector('[role=listbox]')!;
    const last = [...list.querySelectorAll('[role=option][data-convid]')].at(-1)!;
    list.prepend(last);
    await settle();
    stop();
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.conversationIds).toEqual([last.getAttribute('data-convid')]);
    expect(arrived[0]!.from.email).toMatch(/@/);
  });

  it('takes no row for arrived mail when the list was already there, loads more below, or shows another folder', async () => {
    const root = mount(conversationList);
    const arrived: unknown[] = [];
    const stop = new OutlookAdapter(document).watchArrivingMail((mail) => arrived.push(mail));
    const list = root.querySelector('[role=listbox]')!;
    const row = list.querySelector('[role=option][data-convid]')!.cloneNode(true) as Element;
    row.setAttribute('data-convid', 'AAQkOlderMail');
    list.append(row);
    await settle();
    history.pushState(null, '', '/mail/sentitems');
    list.prepend(row);
    await settle();
    history.back();
    stop();
    expect(arrived).toEqual([]);
  });
});

describe('reading the reply the user is writing in Outlook', () => {
  it('reads the written part of the open reply, above the signature and the quoted message', () => {
    const root = mount(inlineReply);
    root.querySelector(OUTLOOK_SELECTORS.composeEditor)!.firstElementChild!.textContent =
      'Hi Marco, a shorter timeline works.';
    expect(new OutlookAdapter(document).readComposeText()).toBe('Hi Marco, a shorter timeline works.');
  });

  it('says when no reply or compose is open', () => {
    mount(conversationOpen);
    expect(new OutlookAdapter(document).readComposeText()).toBeNull();
  });
});
