import { afterEach, describe, expect, it } from 'vitest';
import {
  findOpenThread,
  findThreadRow,
  GmailAdapter,
  readGmailAccount,
  readListedRows,
  readOwnAddress,
  readSentRows,
  sentSearchHash,
} from '../../../src/webmail/gmail/gmail-adapter';
import inboxList from '../../fixtures/gmail/2026-11-inbox-list.html?raw';
import sentList from '../../fixtures/gmail/2026-11-sent-list.html?raw';
import sidePanelAndCompose from '../../fixtures/gmail/2026-11-side-panel-and-compose.html?raw';
import threadList from '../../fixtures/gmail/2026-11-thread-list.html?raw';
import threadOpen from '../../fixtures/gmail/2026-11-thread-open.html?raw';

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('Gmail page reading', () => {
  it('reads the account index from the mail path', () => {
    expect(readGmailAccount('/mail/u/2/')).toBe('2');
    expect(readGmailAccount('/mail/')).toBeNull();
    expect(readGmailAccount('/sync/u/0/i/s')).toBeNull();
  });

  it('knows an open thread by its legacy id, its perm id, or one of its message ids', () => {
    const root = mount(threadOpen);
    expect(findOpenThread(root, new Set(['18c3f2a9b7d41e05']))).not.toBeNull();
    expect(findOpenThread(root, new Set(['thread-f:1783421118730000005']))).not.toBeNull();
    expect(findOpenThread(root, new Set(['msg-f:1783421118730000005']))).not.toBeNull();
    expect(findOpenThread(root, new Set(['thread-a:r-1']))).toBeNull();
  });

  it('finds a list row by a thread id written with or without the leading #', () => {
    const root = mount(threadList);
    const row = findThreadRow(root, new Set(['thread-a:r-2231998877665544']), 'anything');
    expect(row?.textContent).toContain('Proposal for the spring campaign');
  });

  it('falls back to the subject, ignoring reply prefixes, case and spacing', () => {
    const root = mount(threadList);
    expect(findThreadRow(root, new Set(), 'Quote for the Website refresh')?.textContent).toContain('Bo');
    expect(findThreadRow(root, new Set(), 'Proposal for the spring campaign')?.textContent).toContain('Ana');
    expect(findThreadRow(root, new Set(), 'A subject nobody sent')).toBeNull();
  });

  it('searches Sent by subject without letting quotes in the subject break the query', () => {
    expect(decodeURIComponent(sentSearchHash('Re: The "big" quote'))).toBe(
      '#search/in:sent subject:"the  big  quote"',
    );
  });

  it('reports degraded health when the main view hook is missing', () => {
    expect(new GmailAdapter(document).health()).toEqual({ state: 'degraded', missing: ['mainView'] });
    mount(threadOpen);
    expect(new GmailAdapter(document).health()).toEqual({ state: 'ok', missing: [] });
  });
});

describe('reading the mail a Gmail list shows, for answers that came while it was closed', () => {
  const NOW = Date.UTC(2026, 10, 23, 9, 0);

  it("reads each row's newest message: its id and time from the ids, its sender, subject and preview as text", () => {
    expect(readListedRows(mount(inboxList), NOW)).toEqual([
      {
        conversationIds: ['thread-f:1790000000000000021', '1a181bcda801a2b3'],
        from: { email: 'ana@acme.example', name: 'Ana Souza' },
        preview: 'Re: Invoice INV-2041 Hi Sam, the transfer went out today.',
        messageId: '1a1ef1086401a2b3',
        receivedAt: Date.UTC(2026, 10, 18, 14, 30),
      },
      // Read, so no bold sender: the last listed wrote last, here the user (the background ignores it).
      expect.objectContaining({
        from: { email: 'sam@studio.example', name: 'me' },
        messageId: '1a1ef1086401a2b4',
      }),
    ]);
  });

  it('reads nothing from the Sent list, whose rows name recipients', () => {
    mount(inboxList);
    const adapter = new GmailAdapter(document);
    const original = location.hash;
    try {
      history.replaceState(null, '', '#sent');
      expect(adapter.readListedMail()).toEqual([]);
      history.replaceState(null, '', '#label/clients');
      expect(adapter.readListedMail()).toHaveLength(2);
    } finally {
      history.replaceState(null, '', original || location.pathname);
    }
  });
});

describe("reading Gmail's Sent list for what was sent before install", () => {
  const NOW = Date.UTC(2026, 10, 23, 9, 0);

  it('reads the visible rows: ids, recipients, subject and preview as text, the count, the time in the ids', () => {
    const rows = readSentRows(mount(sentList), NOW);
    expect(rows).toEqual([
      {
        conversationIds: ['thread-f:1790000000000000010', '1a181bcda801a2b3'],
        subject: 'Invoice 2026-031 for the October retainer',
        preview: 'Hi Mara, attached is invoice 2026-031 for EUR 2,400.00, payable within 14 days. Thank you!',
        recipients: [{ email: 'mara@lumen-books.example', name: 'Mara Okafor' }],
        sentAt: Date.UTC(2026, 9, 28, 9, 0),
        messageCount: 1,
      },
      {
        conversationIds: ['thread-f:1790000000000000011', '1a105ed4c001a2b3'],
        subject: '<img src=x onerror=alert(1)> Quote: podcast artwork',
        preview: 'Thanks Sam, looks good',
        recipients: [
          { email: 'jon@harbor-audio.example' },
          { email: 'pat@harbor-audio.example', name: 'Pat' },
        ],
        // Three messages: the conversation's first is the user's, not the newest.
        sentAt: Date.UTC(2026, 9, 4, 8, 0),
        messageCount: 3,
      },
      expect.objectContaining({ subject: 'Thanks for the coffee', sentAt: null }),
    ]);
  });

  it('knows the Sent list by the address bar, and the user by the tab title', () => {
    mount(sentList);
    const adapter = new GmailAdapter(document);
    const original = location.hash;
    try {
      history.replaceState(null, '', '#inbox');
      expect(adapter.readSentList()).toBeNull();
      history.replaceState(null, '', '#sent/p2');
      expect(adapter.readSentList()?.rows).toHaveLength(3);
      history.replaceState(null, '', '#sent/FMfcgzQbdrw');
      expect(adapter.readSentList()).toBeNull();
    } finally {
      history.replaceState(null, '', original || location.pathname);
    }
    expect(readOwnAddress('Sent Mail - Sam.Rivera@Studio.example - Gmail')).toEqual({
      email: 'sam.rivera@studio.example',
    });
    expect(readOwnAddress('Gmail')).toBeNull();
  });
});

describe('inserting a follow-up into a Gmail thread', () => {
  it('opens a reply on the open thread and types the text above the signature', async () => {
    const root = mount(threadOpen);
    root.querySelector('span.ams')!.addEventListener('click', () => {
      const editor = document.createElement('div');
      editor.setAttribute('contenteditable', 'true');
      editor.setAttribute('role', 'textbox');
      editor.setAttribute('g_editable', 'true');
      editor.innerHTML = '<br><div class="gmail_signature">-- Sam</div>';
      const box = document.createElement('div');
      box.className = 'M9';
      box.append(editor);
      root.append(box);
    });
    const inputs: string[] = [];
    root.addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));

    const outcome = await new GmailAdapter(document).insertDraft(
      { mailThreadIds: ['thread-f:1783421118730000005'], subject: 'Invoice INV-2041 for the brand workshop' },
      'Hi Ana,\nA gentle reminder about INV-2041.',
    );

    expect(outcome).toEqual({ inserted: true, how: 'execCommand' });
    const editor = root.querySelector<HTMLElement>('.M9 [contenteditable]')!;
    expect(editor.innerText).toMatch(/^Hi Ana,\nA gentle reminder about INV-2041\.[\s\S]*-- Sam$/);
    expect(inputs).toContain('insertText');
  });

  it('says plainly when the thread cannot be found', async () => {
    mount(threadList);
    location.hash = '';
    const adapter = new GmailAdapter(document);
    const outcome = await adapter.insertDraft({ mailThreadIds: ['thread-a:r-9'], subject: '' }, 'Hello');
    expect(outcome.inserted).toBe(false);
    location.hash = '';
  }, 30_000);
});

describe('watching Gmail confirm a send', () => {
  function showToast(): HTMLElement {
    return mount(
      '<div role="alert">Message sent <span id="link_undo" role="link">Undo</span><span id="link_vsm" role="link">View message</span></div>',
    );
  }

  it('reports confirmed once the toast with its undo link goes away', async () => {
    const toast = showToast();
    const outcome = new GmailAdapter(document).awaitSendConfirmation(2_000, Date.now());
    setTimeout(() => toast.remove(), 300);
    expect(await outcome).toBe('confirmed');
  });

  it('reports undone when the user presses Undo in the toast', async () => {
    const toast = showToast();
    const outcome = new GmailAdapter(document).awaitSendConfirmation(2_000, Date.now());
    setTimeout(() => toast.querySelector<HTMLElement>('#link_undo')!.click(), 300);
    expect(await outcome).toBe('undone');
  });

  it('remembers an Undo pressed before it was asked, so a fast press is never missed', async () => {
    const adapter = new GmailAdapter(document);
    const sentAt = Date.now();
    const toast = showToast();
    toast.querySelector<HTMLElement>('#link_undo')!.click();
    toast.remove();
    expect(await adapter.awaitSendConfirmation(2_000, sentAt)).toBe('undone');
  });

  it('reports no signal when no toast appears in time', async () => {
    expect(await new GmailAdapter(document).awaitSendConfirmation(300, Date.now())).toBe('no_signal');
  });
});

describe('reading the open Gmail thread for replies', () => {
  it('reads ids, senders, text and the time carried in the legacy message id', async () => {
    const { readOpenThread, readMessageTime } = await import('../../../src/webmail/gmail/gmail-adapter');
    const root = mount(threadOpen);
    const thread = readOpenThread(root, Date.UTC(2030, 0, 1));
    expect(thread?.mailThreadIds).toEqual(['18c3f2a9b7d41e05', 'thread-f:1783421118730000005']);
    expect(thread?.messages).toEqual([
      {
        messageId: 'msg-f:1783421118730000005',
        from: { email: 'sam@studio.example', name: 'Sam Rivera' },
        bodyText: 'Please find attached invoice INV-2041.',
        receivedAt: readMessageTime('18c3f2a9b7d41e05', Date.UTC(2030, 0, 1)),
      },
    ]);
    expect(new Date(readMessageTime('18c3f2a9b7d41e05', Date.UTC(2030, 0, 1))!).getUTCFullYear()).toBe(2023);
    expect(readMessageTime('not-hex', Date.now())).toBeNull();
    expect(readMessageTime('ffffffffffffffff', Date.now())).toBeNull();
  });

  it('reads a hostile message body as text, creating no element', async () => {
    const { readOpenThread } = await import('../../../src/webmail/gmail/gmail-adapter');
    const root = mount(threadOpen);
    root.querySelector('.a3s')!.textContent = '<img src=x onerror=alert(1)>';
    expect(readOpenThread(root, Date.now())?.messages[0]?.bodyText).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('reading the reply the user is writing in Gmail', () => {
  it('reads what was written, above the signature and the quoted message, with its line breaks', () => {
    const root = mount(threadOpen);
    root.insertAdjacentHTML(
      'beforeend',
      `<div class="M9"><div contenteditable="true" role="textbox" g_editable="true" aria-label="Message Body">
        <div>Hi Ana,</div><div>just checking in on invoice INV-2041.</div>
        <div class="gmail_signature">-- Sam Rivera</div>
        <div class="gmail_quote">On Mon, Ana wrote: <blockquote>Thanks!</blockquote></div>
      </div></div>`,
    );
    expect(new GmailAdapter(document).readComposeText()).toBe(
      'Hi Ana,\njust checking in on invoice INV-2041.',
    );
  });

  it('says when no reply or compose is open', () => {
    mount(threadOpen);
    expect(new GmailAdapter(document).readComposeText()).toBeNull();
  });
});

describe('the room Gmail leaves the sidebar', () => {
  it('is left of the side panel the user opened, and names the compose windows shown, not hidden ones', () => {
    mount(sidePanelAndCompose);
    const room = new GmailAdapter(document).readSidebarRoom();
    expect(room.top).toBe(64);
    expect(room.right).toBe(356);
    expect(room.windows).toEqual([
      {
        left: window.innerWidth - 772,
        top: window.innerHeight - 460,
        right: window.innerWidth - 372,
        bottom: window.innerHeight,
      },
    ]);
  });

  it('is left of the strip alone while the side panel is closed', () => {
    const root = mount(sidePanelAndCompose);
    root.querySelector<HTMLElement>('.brC-brG')!.style.display = 'none';
    expect(new GmailAdapter(document).readSidebarRoom().right).toBe(56);
  });

  it('keeps the usual margin when Gmail shows no side panel it knows', () => {
    mount(threadOpen);
    expect(new GmailAdapter(document).readSidebarRoom()).toEqual({ top: 64, right: 56, windows: [] });
  });
});

describe('noticing mail that arrives while Gmail is open', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const newRow = (unread: boolean) => {
    const row = document.createElement('tr');
    row.className = unread ? 'zA zE' : 'zA yO';
    row.innerHTML =
      '<td><span email="sam@studio.example" name="Sam">me</span>, <span class="zF" email="Ana@Acme.example" name="Ana Souza">Ana Souza</span></td><td><span class="bog"><span data-thread-id="#thread-f:1790000000000000009" data-legacy-thread-id="18c00000000000ff">Re: Invoice INV-2041</span></span></td>';
    return row;
  };

  async function arrivalsWhen(hash: string, unread: boolean) {
    history.replaceState(null, '', hash);
    const root = mount(threadList);
    const arrived: unknown[] = [];
    const stop = new GmailAdapter(document).watchArrivingMail((mail) => arrived.push(mail));
    root.querySelector('tbody')!.prepend(newRow(unread));
    await settle();
    stop();
    history.replaceState(null, '', '#');
    return arrived;
  }

  it('reads an unread row rising to the top of the inbox: its sender and thread ids', async () => {
    expect(await arrivalsWhen('#inbox', true)).toEqual([
      {
        conversationIds: ['thread-f:1790000000000000009', '18c00000000000ff'],
        from: { email: 'ana@acme.example', name: 'Ana Souza' },
        preview: 'me, Ana Souza Re: Invoice INV-2041',
      },
    ]);
  });

  it('takes nothing from the Sent list, where rows name recipients, nor from a row already read', async () => {
    expect(await arrivalsWhen('#sent', true)).toEqual([]);
    expect(await arrivalsWhen('#inbox', false)).toEqual([]);
  });
});
