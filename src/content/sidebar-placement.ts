import type { PageBox, SidebarRoom } from '../webmail/webmail';

/** Where the panel goes, in px from the viewport's edges, and how wide it is there. */
export interface SidebarPlacement {
  top: number;
  right: number;
  bottom: number;
  width: number;
}

/** Below these the panel shows too little of a card to be of use (its heading and one button). */
export const MIN_PANEL_HEIGHT_PX = 240;
export const MIN_PANEL_WIDTH_PX = 280;
const GAP_PX = 8;
/** A strip of the mail page stays visible left of the panel in a narrow window, so it reads as a panel. */
const PAGE_EDGE_PX = 16;

function overlaps(box: PageBox, left: number, right: number, top: number): boolean {
  return box.left < right && box.right > left && box.bottom > top;
}

/**
 * Places the panel (null: no room, it steps aside for now) in the room the mail client leaves it, never over the client's own windows: above
 * the compose windows docked at the bottom while that leaves a usable height, else left of them, else
 * nowhere until they close. A compose hidden behind the sidebar is a compose the user cannot send.
 */
export function placeSidebar(
  room: SidebarRoom,
  viewport: { width: number; height: number },
  panelWidth: number,
): SidebarPlacement | null {
  const columnAt = (right: number) => {
    const width = Math.min(panelWidth, viewport.width - right - PAGE_EDGE_PX);
    if (width < MIN_PANEL_WIDTH_PX) return null;
    const left = viewport.width - right - width;
    return { width, windows: room.windows.filter((box) => overlaps(box, left, left + width, room.top)) };
  };
  const column = columnAt(room.right);
  if (column === null) return null;
  const { width, windows } = column;
  if (windows.length === 0) return { top: room.top, right: room.right, bottom: 0, width };

  const bottom = viewport.height - Math.min(...windows.map((box) => box.top)) + GAP_PX;
  if (viewport.height - room.top - bottom >= MIN_PANEL_HEIGHT_PX)
    return { top: room.top, right: room.right, bottom: Math.max(0, bottom), width };

  const besideRight = viewport.width - Math.min(...windows.map((box) => box.left)) + GAP_PX;
  const beside = columnAt(besideRight);
  if (beside !== null && beside.windows.length === 0)
    return { top: room.top, right: besideRight, bottom: 0, width: beside.width };
  return null;
}

export function samePlacement(a: SidebarPlacement | null, b: SidebarPlacement | null): boolean {
  return (
    a === b ||
    (!!a && !!b && a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.width === b.width)
  );
}
