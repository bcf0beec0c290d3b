import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountSidebarFrame, readPageTheme, type SidebarFrame } from '../../../src/content/sidebar-frame';
import type { SidebarRoom } from '../../../src/webmail/webmail';

const GMAIL_ROOM = { top: 64, right: 56, windows: [] };
const OPTIONS = {
  readRoom: () => GMAIL_ROOM,
  frameUrl: 'about:blank',
  extensionOrigin: 'chrome-extension://sidebar-test',
};

function shadowOf(): ShadowRoot {
  return document.querySelector('follow-through-sidebar')!.shadowRoot!;
}

describe("the sidebar's foothold in the mail page", () => {
  let sidebar: SidebarFrame | null = null;
  afterEach(() => {
    sidebar?.remove();
    document.body.replaceChildren();
    document.body.style.background = '';
  });

  it('starts as a tab only: the sidebar page is not loaded until the user opens it', () => {
    sidebar = mountSidebarFrame(document, { ...OPTIONS, onToggle: vi.fn() });
    const tab = shadowOf().querySelector('button.tab')!;
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(shadowOf().querySelector('iframe')).toBeNull();
    expect(sidebar.isOpen).toBe(false);
  });

  it('opens on a click, reports it, and closes with Escape, reporting that too', () => {
    const onToggle = vi.fn();
    sidebar = mountSidebarFrame(document, { ...OPTIONS, onToggle });
    shadowOf().querySelector<HTMLButtonElement>('button.tab')!.click();
    const frame = shadowOf().querySelector('iframe')!;
    expect(frame.title).toBe('Follow-Through sidebar');
    expect(frame.getAttribute('src')).toBe('about:blank#theme=light');
    expect(onToggle).toHaveBeenLastCalledWith(true);
    shadowOf()
      .querySelector('.panel')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(sidebar.isOpen).toBe(false);
    expect(onToggle).toHaveBeenLastCalledWith(false);
    expect(shadowOf().querySelector('button.tab')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('sits over the page, below its top bar and left of its side strip, without moving anything', () => {
    document.body.innerHTML = '<div role="main" style="height: 300px">Inbox</div>';
    const before = document.querySelector('[role=main]')!.getBoundingClientRect().toJSON();
    sidebar = mountSidebarFrame(document, { ...OPTIONS, onToggle: vi.fn() });
    sidebar.open();
    expect(document.querySelector('[role=main]')!.getBoundingClientRect().toJSON()).toEqual(before);
    const panel = shadowOf().querySelector('.panel')!.getBoundingClientRect();
    expect(panel.top).toBe(64);
    expect(window.innerWidth - panel.right).toBe(56);
  });

  it("keeps the page's styles out", () => {
    const hostile = document.createElement('style');
    hostile.textContent = 'button { display: none !important; } iframe { width: 1px !important; }';
    document.body.append(hostile);
    sidebar = mountSidebarFrame(document, { ...OPTIONS, onToggle: vi.fn() });
    const tab = shadowOf().querySelector('button.tab')!;
    expect(getComputedStyle(tab).display).not.toBe('none');
  });

  it('steps above a compose window docked under it, and back down once it closes, without being reopened', () => {
    let room: SidebarRoom = GMAIL_ROOM;
    const onToggle = vi.fn();
    sidebar = mountSidebarFrame(document, { ...OPTIONS, readRoom: () => room, onToggle });
    sidebar.open();
    const panel = () => shadowOf().querySelector('.panel')!.getBoundingClientRect();
    const composeTop = window.innerHeight - 300;
    room = {
      ...GMAIL_ROOM,
      windows: [{ left: 0, top: composeTop, right: window.innerWidth - 72, bottom: window.innerHeight }],
    };
    sidebar.refresh();
    expect(panel().bottom).toBeLessThanOrEqual(composeTop);
    room = GMAIL_ROOM;
    sidebar.refresh();
    expect(panel().bottom).toBe(window.innerHeight);
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('steps aside while the client leaves it no room, and comes back as it was', () => {
    let room: SidebarRoom = GMAIL_ROOM;
    sidebar = mountSidebarFrame(document, { ...OPTIONS, readRoom: () => room, onToggle: vi.fn() });
    sidebar.open();
    room = {
      ...GMAIL_ROOM,
      windows: [{ left: 0, top: 70, right: window.innerWidth, bottom: window.innerHeight }],
    };
    sidebar.refresh();
    expect(shadowOf().querySelector<HTMLElement>('.panel')!.checkVisibility()).toBe(false);
    expect(shadowOf().querySelector<HTMLElement>('button.tab')!.checkVisibility()).toBe(false);
    expect(sidebar.isOpen).toBe(true);
    room = GMAIL_ROOM;
    sidebar.refresh();
    expect(shadowOf().querySelector<HTMLElement>('.panel')!.checkVisibility()).toBe(true);
  });

  it('comes back when the mail client rewrites the document around it', async () => {
    sidebar = mountSidebarFrame(document, { ...OPTIONS, onToggle: vi.fn() });
    document.querySelector('follow-through-sidebar')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector('follow-through-sidebar')).not.toBeNull();
  });

  it("follows the mail client's theme, not the system's", () => {
    document.body.style.background = 'rgb(32, 33, 36)';
    expect(readPageTheme(document)).toBe('dark');
    document.body.style.background = 'rgb(255, 255, 255)';
    expect(readPageTheme(document)).toBe('light');
  });
});
