/**
 * Mail domains anyone can sign up for: two addresses there say nothing about working for the same
 * organization, so a "colleague" reply from them never counts (issue #4).
 */
const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'msn.com',
  'ymail.com',
  'rocketmail.com',
  'me.com',
  'mac.com',
  'aol.com',
  'web.de',
  't-online.de',
  'freenet.de',
  'arcor.de',
  'posteo.de',
  'mailbox.org',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'neuf.fr',
  'pm.me',
  'hey.com',
  'fastmail.com',
  'zoho.com',
  'mail.com',
  'libero.it',
  'virgilio.it',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'telenet.be',
  'skynet.be',
  'ziggo.nl',
  'kpnmail.nl',
  'hetnet.nl',
  'planet.nl',
  'xs4all.nl',
  'bluewin.ch',
  'sapo.pt',
  'terra.com.br',
  'uol.com.br',
  'bol.com.br',
  'telefonica.net',
  'qq.com',
  '163.com',
  'naver.com',
  'rediffmail.com',
  'btinternet.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'virginmedia.com',
  'talktalk.net',
  'sky.com',
  'home.nl',
  'interia.pl',
  'tiscali.it',
  'bigpond.com',
  'bigpond.net.au',
  'optusnet.com.au',
  'iinet.net.au',
  'xtra.co.nz',
  'shaw.ca',
  'rogers.com',
  'telus.net',
  'sympatico.ca',
  'videotron.ca',
]);

/** Providers that run the same public service under many country domains (yahoo.co.uk, gmx.at). */
const PUBLIC_MAIL_BRANDS: ReadonlySet<string> = new Set([
  'gmail',
  'hotmail',
  'outlook',
  'live',
  'yahoo',
  'icloud',
  'gmx',
  'proton',
  'protonmail',
  'tutanota',
  'tuta',
  'yandex',
  'mail',
  'mailbox',
  'email',
  'inbox',
  'aol',
  'zoho',
  'ymail',
  'orange',
  'posteo',
]);

/**
 * Whether the rest after the brand looks like a country or generic suffix: `com`, `de`, `co.uk`; or the
 * ending reserved for examples (RFC 2606), which hand-written mail uses for any provider
 * (`gmail.example`, `mailbox.example`).
 */
function isSuffixLike(labels: readonly string[]): boolean {
  return (
    labels.length >= 1 &&
    labels.length <= 2 &&
    labels.every((label) => (label.length >= 2 && label.length <= 3) || label === 'example')
  );
}

export function isPublicMailDomain(domain: string, extraDomains: readonly string[] = []): boolean {
  const normalized = domain.trim().toLowerCase().replace(/\.$/, '');
  if (normalized === '') return false;
  if (PUBLIC_MAIL_DOMAINS.has(normalized) || extraDomains.includes(normalized)) return true;
  const labels = normalized.split('.');
  const brand = labels[0] ?? '';
  return PUBLIC_MAIL_BRANDS.has(brand) && isSuffixLike(labels.slice(1));
}

/** Same organization: the same domain, or one a subdomain of the other (eu.acme.example, acme.example). */
export function isSameOrganizationDomain(a: string, b: string): boolean {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (left === '' || right === '') return false;
  return left === right || left.endsWith(`.${right}`) || right.endsWith(`.${left}`);
}
