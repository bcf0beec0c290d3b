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

export function isOutlookHost(hostname: string): boolean {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  return BUSINESS_HOSTS.has(host) || CONSUMER_HOSTS.has(host);
}

function familyOf(hostname: string): OutlookFamily | null {
  const host = hostname.toLowerCase();
  if (BUSINESS_HOSTS.has(host)) return 'office';
  if (CONSUMER_HOSTS.has(host)) return 'live';
  return null;
}

/** An index (`0`–`99`) or a mailbox address in the segment after `/mail/` or `/owa/`. */
const MAILBOX_SEGMENT = /^\/(?:mail|owa)\/(\d{1,2}|[^/@\s]{1,64}@[^/@\s]{1,255})(?:\/|$)/i;

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
  const family = familyOf(parsed.hostname);
  if (!family) return null;
  const match = MAILBOX_SEGMENT.exec(parsed.pathname);
  let mailbox = '0';
  if (match) {
    try {
      mailbox = decodeURIComponent(match[1]!).toLowerCase();
    } catch {
      mailbox = match[1]!.toLowerCase();
    }
  }
  return `${family}:${mailbox}`;
}

function splitAccount(account: string): { family: OutlookFamily; mailbox: string } | null {
  const colon = account.indexOf(':');
  const family = account.slice(0, colon);
  const mailbox = account.slice(colon + 1);
  if (colon < 0 || (family !== 'office' && family !== 'live') || !mailbox) return null;
  return { family, mailbox };
}

/** Where to open the account's mail when no tab of it is open; null for an account we did not name. */
export function outlookMailUrlFor(account: string): string | null {
  const parts = splitAccount(account);
  if (!parts) return null;
  const host = parts.family === 'live' ? 'outlook.live.com' : 'outlook.office.com';
  // Consumer URLs always carry the index; business URLs carry only a non-default mailbox.
  const segment =
    parts.family === 'live' || parts.mailbox !== '0' ? `${encodeURIComponent(parts.mailbox)}/` : '';
  return `https://${host}/mail/${segment}`;
}

/** Tab URL patterns (chrome.tabs.query) where the account's mail may be open. */
export function outlookTabPatternsFor(account: string): string[] {
  const parts = splitAccount(account);
  if (!parts) return [];
  const hosts = parts.family === 'live' ? [...CONSUMER_HOSTS] : [...BUSINESS_HOSTS];
  // The default mailbox's URLs may or may not carry "0"; another mailbox's always carry its segment.
  const path = parts.mailbox === '0' ? '/mail/*' : `/mail/${encodeURIComponent(parts.mailbox)}/*`;
  return hosts.map((host) => `https://${host}${path}`);
}
