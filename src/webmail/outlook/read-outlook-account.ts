/**
 * Which Outlook on the web a URL belongs to, and which mailbox in it. The page (content script) and the
 * traffic (background) must name an account the same way, so both read it from a URL with this one
 * function: `/mail/<n>/…` on the page and `/owa/<n>/service.svc` in the traffic carry the same index
 * on outlook.live.com; business hosts have no index (`/mail/inbox`, `/owa/service.svc`) unless another
 * mailbox is open by address (`/mail/shared@acme.example/…`). shared/docs/webmail.md lists the hosts.
 */

/** Business hosts serve the same mailboxes under three names (shared/docs/webmail.md). */
const BUSINESS_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']);
const CONSUMER_HOSTS = new Set(['outlook.live.com']);

export type OutlookFamily = 'office' | 'live';

/** Origins of every Outlook on the web host, for the background's sender check. */
export const OUTLOOK_ORIGINS = [...BUSINESS_HOSTS, ...CONSUMER_HOSTS].map((host) => `https://${host}/`);

/** Where Outlook's service calls go (`/owa/service.svc`, `/owa/0/service.svc`): webRequest filters. */
export const OUTLOOK_SERVICE_URL_PATTERNS = [...BUSINESS_HOSTS, ...CONSUMER_HOSTS].map(
  (host) => `https://${host}/owa/*`,
);

export function isOutlookHost(hostname: string): boolean {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  return BUSINESS_HOSTS.has(host) || CONSUMER_HOSTS.has(host);
}

function readFamily(hostname: string): OutlookFamily | null {
  const host = hostname.toLowerCase();
  if (BUSINESS_HOSTS.has(host)) return 'office';
  if (CONSUMER_HOSTS.has(host)) return 'live';
  return null;
}

/** The segment after `/mail/` or `/owa/`: an index (`0`–`99`) or a mailbox address (MAILBOX). */
const FIRST_SEGMENT = /^\/(?:mail|owa)\/([^/]{1,1000})/i;
const MAILBOX = /^(?:\d{1,2}|[^/@\s]{1,64}@[^/@\s]{1,255})$/;

/**
 * The account of an Outlook URL as `family:mailbox` ("office:0", "live:1",
 * "office:shared@acme.example"); null for a URL that is not Outlook on the web.
 */
export function readOutlookAccount(url: string): string | null {
  if (url.length > 8_192) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const family = readFamily(parsed.hostname);
  if (!family) return null;
  const segment = FIRST_SEGMENT.exec(parsed.pathname)?.[1];
  let mailbox = '0';
  if (segment) {
    try {
      const decoded = decodeURIComponent(segment).toLowerCase();
      if (MAILBOX.test(decoded)) mailbox = decoded;
    } catch {
      // A malformed escape is no mailbox name: the default mailbox it is.
    }
  }
  return `${family}:${mailbox}`;
}

/** A mailbox as a path segment: escaped, except the `@` Outlook writes as is. */
function encodeMailboxSegment(mailbox: string): string {
  return encodeURIComponent(mailbox).replace(/%40/g, '@');
}

function splitAccount(account: string): { family: OutlookFamily; mailbox: string } | null {
  const colon = account.indexOf(':');
  const family = account.slice(0, colon);
  const mailbox = account.slice(colon + 1);
  if (colon < 0 || (family !== 'office' && family !== 'live') || !MAILBOX.test(mailbox)) return null;
  return { family, mailbox };
}

/** Where to open the account's mail when no tab of it is open; null for an account we did not name. */
export function buildOutlookMailUrl(account: string): string | null {
  const parts = splitAccount(account);
  if (!parts) return null;
  const host = parts.family === 'live' ? 'outlook.live.com' : 'outlook.office.com';
  // Consumer URLs always carry the index; business URLs carry only a non-default mailbox.
  const segment =
    parts.family === 'live' || parts.mailbox !== '0' ? `${encodeMailboxSegment(parts.mailbox)}/` : '';
  return `https://${host}/mail/${segment}`;
}

/** Tab URL patterns (chrome.tabs.query) where the account's mail may be open. */
export function listOutlookTabPatterns(account: string): string[] {
  const parts = splitAccount(account);
  if (!parts) return [];
  const hosts = parts.family === 'live' ? [...CONSUMER_HOSTS] : [...BUSINESS_HOSTS];
  // The default mailbox's URLs may or may not carry "0"; another mailbox's always carry its segment.
  const path = parts.mailbox === '0' ? '/mail/*' : `/mail/${encodeMailboxSegment(parts.mailbox)}/*`;
  return hosts.map((host) => `https://${host}${path}`);
}
