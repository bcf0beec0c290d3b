/**
 * The user-timing mark the popup sets once its first list is on screen. `npm run bench` reads it
 * inside the page (bench/popup-render.ts), so the figure is the popup's own and not the test
 * driver's polling latency.
 */
export const POPUP_READY_MARK = 'follow-through:popup-ready';
