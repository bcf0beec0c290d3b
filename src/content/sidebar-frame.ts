import { message } from '../platform/i18n';
import type { SidebarRoom } from '../webmail/webmail';
import { placeSidebar, type SidebarPlacement, samePlacement } from './sidebar-placement';

/**
 * The sidebar's foothold in the mail page (issue #7): a tab and a panel in a shadow root, so
 * neither the page's styles nor its scripts reach in, and the page's layout never changes (both are
 * fixed-position overlays). The panel holds an iframe of the extension's own sidebar page, created the
 * first time it opens: the sidebar's code is not in the content script, and it talks to the background
 * itself. The host hangs off <html>, outside the trees Gmail and Outlook re-render.
 */

export interface SidebarFrameOptions {
  /** The room the mail client leaves right now: its top bar, side panel and windows (the adapter knows). */
  readRoom(): SidebarRoom;
  /** The extension's sidebar page. */
  frameUrl: string;
  /** Only this origin receives the "look again" nudge (never the page's). */
  extensionOrigin: string;
  /** The user opened or closed it: remembered per mail client by the background. */
  onToggle(open: boolean): void;
}

export interface SidebarFrame {
  readonly isOpen: boolean;
  open(): void;
  close(): void;
  /** Tells the sidebar page the mail view changed, so it asks the background again. */
  refresh(): void;
  remove(): void;
}

const PANEL_WIDTH_PX = 360;
/**
 * How often the room is measured again: the client opens its side panel and compose windows without a
 * navigation, and watching its whole document for them would cost more than a few reads a second.
 */
const ROOM_CHECK_MS = 1_000;
const HOST_TAG = 'follow-through-sidebar';

/** The page's own colours decide: a dark Gmail or Outlook theme gets a dark sidebar. */
export function readPageTheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  if (!view || !doc.body) return 'light';
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(
    view.getComputedStyle(doc.body).backgroundColor,
  );
  if (!match || match[4] === '0')
    return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const [red, green, blue] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  // Relative luminance by the sRGB weights, without gamma: enough to tell a dark theme from a light one.
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 110 ? 'dark' : 'light';
}

function styles(): string {
  return `
    :host { all: initial; }
    [hidden] { display: none !important; }
    .tab {
      position: fixed; z-index: 2147482000;
      writing-mode: vertical-rl; transform: translateY(-50%) rotate(180deg);
      font: 600 12px/1 system-ui, sans-serif; padding: 12px 6px; border: 1px solid #c4c7c5;
      border-radius: 0 8px 8px 0; background: #0b57d0; color: #fff; cursor: pointer;
    }
    .tab:focus-visible, .close:focus-visible { outline: 3px solid #f9ab00; outline-offset: 2px; }
    .panel {
      position: fixed; z-index: 2147482000;
      display: flex; flex-direction: column; background: #fff; border-left: 1px solid #c4c7c5;
      box-shadow: -4px 0 16px rgb(0 0 0 / 0.18);
    }
    .panel.dark { background: #202124; border-color: #3c4043; }
    .close {
      align-self: flex-end; margin: 4px 6px 0; font: 16px/1 system-ui, sans-serif; padding: 4px 8px;
      border: none; background: transparent; color: inherit; cursor: pointer;
    }
    .panel.dark .close { color: #e8eaed; }
    iframe { flex: 1; width: 100%; border: 0; }
  `;
}

export function mountSidebarFrame(doc: Document, options: SidebarFrameOptions): SidebarFrame {
  doc.querySelector(HOST_TAG)?.remove();
  const host = doc.createElement(HOST_TAG);
  // Open, not closed: the sidebar's content lives in a frame of the extension's origin, which the page
  // cannot read either way; the shadow root isolates styles, and stays reachable by accessibility tools.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = styles();

  const tab = doc.createElement('button');
  tab.type = 'button';
  tab.className = 'tab';
  tab.textContent = message('extensionName') || 'Follow-Through';
  tab.setAttribute('aria-expanded', 'false');
  tab.setAttribute('aria-controls', 'follow-through-panel');

  const panel = doc.createElement('section');
  panel.className = 'panel';
  panel.id = 'follow-through-panel';
  panel.hidden = true;
  panel.setAttribute('aria-label', message('extensionName') || 'Follow-Through');
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '×';
  close.setAttribute('aria-label', message('sidebarClose') || 'Close the Follow-Through sidebar');
  panel.append(close);
  shadow.append(style, tab, panel);

  let frame: HTMLIFrameElement | null = null;
  const ensureFrame = () => {
    if (frame) return frame;
    frame = doc.createElement('iframe');
    frame.title = message('sidebarFrameTitle') || 'Follow-Through sidebar';
    // A frame of another origin may write the clipboard only when its embedder delegates it (Chrome
    // refused the sidebar's Copy without this: "blocked because of a permissions policy").
    frame.allow = 'clipboard-write';
    const theme = readPageTheme(doc);
    panel.classList.toggle('dark', theme === 'dark');
    frame.src = `${options.frameUrl}#theme=${theme}`;
    panel.append(frame);
    return frame;
  };

  let isOpen = false;
  let placement: SidebarPlacement | null = null;
  const view = doc.defaultView;
  /** Shows what is asked for where the client leaves room; with no room, both step aside until there is. */
  const show = () => {
    panel.hidden = !isOpen || !placement;
    tab.hidden = isOpen || !placement;
    if (!placement) return;
    panel.style.top = `${placement.top}px`;
    panel.style.right = `${placement.right}px`;
    panel.style.bottom = `${placement.bottom}px`;
    panel.style.width = `${placement.width}px`;
    tab.style.right = `${placement.right}px`;
    // The tab sits halfway down the room, so it is never over a compose window docked below.
    tab.style.top = `calc(${placement.top / 2}px + (100vh - ${placement.bottom}px) / 2)`;
  };
  const measure = () => {
    if (!view || doc.hidden) return;
    const next = placeSidebar(
      options.readRoom(),
      { width: view.innerWidth, height: view.innerHeight },
      PANEL_WIDTH_PX,
    );
    if (samePlacement(next, placement)) return;
    placement = next;
    show();
  };
  const setOpen = (open: boolean, byUser: boolean) => {
    if (open) ensureFrame();
    isOpen = open;
    measure();
    show();
    tab.setAttribute('aria-expanded', String(open));
    if (byUser) {
      options.onToggle(open);
      (open ? frame : tab)?.focus();
    }
  };
  tab.addEventListener('click', () => setOpen(true, true));
  close.addEventListener('click', () => setOpen(false, true));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') setOpen(false, true);
  });
  // Escape pressed inside the sidebar page reaches this document only as a message from that frame.
  const onFrameMessage = (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== options.extensionOrigin) return;
    if ((event.data as { type?: unknown } | null)?.type === 'follow-through:close') setOpen(false, true);
  };
  doc.defaultView?.addEventListener('message', onFrameMessage);

  doc.documentElement.append(host);
  measure();
  show();
  const roomTimer = setInterval(measure, ROOM_CHECK_MS);
  view?.addEventListener('resize', measure);
  // A client that rewrites <html>'s children (an app reload without a page load) loses the host: put it back.
  const keeper = new MutationObserver(() => {
    if (!host.isConnected) doc.documentElement.append(host);
  });
  keeper.observe(doc.documentElement, { childList: true });

  return {
    get isOpen() {
      return isOpen;
    },
    open: () => setOpen(true, false),
    close: () => setOpen(false, false),
    refresh() {
      measure();
      frame?.contentWindow?.postMessage({ type: 'follow-through:refresh' }, options.extensionOrigin);
    },
    remove() {
      keeper.disconnect();
      clearInterval(roomTimer);
      view?.removeEventListener('resize', measure);
      doc.defaultView?.removeEventListener('message', onFrameMessage);
      host.remove();
    },
  };
}
