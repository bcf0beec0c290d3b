import browser from 'webextension-polyfill';

export type { Runtime, Tabs, WebRequest } from 'webextension-polyfill';
/**
 * The one seam to browser APIs: webextension-polyfill is imported here and nowhere else, so tests can
 * swap the whole surface and the rest of the code reads `browser.*` with promise-based types.
 */
export { browser };
