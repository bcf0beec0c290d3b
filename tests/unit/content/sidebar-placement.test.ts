import { describe, expect, it } from 'vitest';
import { MIN_PANEL_HEIGHT_PX, placeSidebar } from '../../../src/content/sidebar-placement';

const VIEWPORT = { width: 1280, height: 800 };
const WIDTH = 360;
const room = { top: 64, right: 56, windows: [] };

describe('where the sidebar sits in the room the mail client leaves', () => {
  it('takes the full height at the right edge when nothing floats there', () => {
    expect(placeSidebar(room, VIEWPORT, WIDTH)).toEqual({ top: 64, right: 56, bottom: 0, width: 360 });
  });

  it('stays left of a side panel the user opened', () => {
    expect(placeSidebar({ ...room, right: 356 }, VIEWPORT, WIDTH)).toEqual({
      top: 64,
      right: 356,
      bottom: 0,
      width: 360,
    });
  });

  it('ignores windows elsewhere on the page', () => {
    const dialog = { left: 100, top: 200, right: 500, bottom: 600 };
    expect(placeSidebar({ ...room, windows: [dialog] }, VIEWPORT, WIDTH)).toEqual({
      top: 64,
      right: 56,
      bottom: 0,
      width: 360,
    });
  });

  it('stops above a minimized compose docked under it', () => {
    const minimized = { left: 800, top: 760, right: 1208, bottom: 800 };
    expect(placeSidebar({ ...room, windows: [minimized] }, VIEWPORT, WIDTH)).toEqual({
      top: 64,
      right: 56,
      bottom: 48,
      width: 360,
    });
  });

  it('moves left of a compose too tall to stop above', () => {
    const tall = { left: 808, top: 200, right: 1208, bottom: 800 };
    const placed = placeSidebar({ ...room, windows: [tall] }, VIEWPORT, WIDTH);
    expect(placed).toEqual({ top: 64, right: 1280 - 808 + 8, bottom: 0, width: 360 });
    expect(1280 - placed!.right).toBeLessThanOrEqual(tall.left);
  });

  it('steps aside when neither above nor beside the windows leaves room', () => {
    const wide = { left: 300, top: 100, right: 1280, bottom: 800 };
    expect(placeSidebar({ ...room, windows: [wide] }, VIEWPORT, WIDTH)).toBeNull();
  });

  it('narrows in a narrow window, leaving an edge of the mail page in view', () => {
    expect(placeSidebar(room, { width: 414, height: 800 }, WIDTH)).toEqual({
      top: 64,
      right: 56,
      bottom: 0,
      width: 342,
    });
  });

  it('steps aside in a window too narrow for it', () => {
    expect(placeSidebar(room, { width: 340, height: 800 }, WIDTH)).toBeNull();
  });

  it('keeps at least a usable height above a docked window', () => {
    const justFits = { left: 800, top: 64 + MIN_PANEL_HEIGHT_PX + 8, right: 1208, bottom: 800 };
    const placed = placeSidebar({ ...room, windows: [justFits] }, VIEWPORT, WIDTH)!;
    expect(800 - placed.top - placed.bottom).toBe(MIN_PANEL_HEIGHT_PX);
  });
});
