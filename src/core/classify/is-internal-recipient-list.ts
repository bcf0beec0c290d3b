import { domainOf, type MailAddress } from '../mail';

// A shared mailbox provider says nothing about who works together: a freelancer on gmail.com
// writing to a client on gmail.com is still writing to a client. Providers run the same service under
// many country endings (hotmail.es, yahoo.com.br, gmx.ch, orange.es), so a distinctive provider name
// counts under any ending; short or common words count only as the one domain they are.
const SHARED_MAILBOX_NAMES = new Set([
  'gmail',
  'googlemail',
  'hotmail',
  'outlook',
  'live',
  'msn',
  'yahoo',
  'ymail',
  'rocketmail',
  'icloud',
  'aol',
  'proton',
  'protonmail',
  'tutanota',
  'tuta',
  'zoho',
  'fastmail',
  'posteo',
  'mailbox',
  'mail',
  'email',
  'inbox',
  'yandex',
  'gmx',
  't-online',
  'freenet',
  'orange',
  'wanadoo',
  'laposte',
  'sfr',
  'libero',
  'virgilio',
  'tiscali',
  'telefonica',
  'movistar',
  'terra',
  'uol',
  'bol',
  'sapo',
  'ziggo',
  'kpnmail',
  'hetnet',
  'xs4all',
  'telenet',
  'skynet',
  'bluewin',
  'seznam',
  'interia',
  'bigpond',
  'optusnet',
  'iinet',
  'xtra',
  'shaw',
  'rogers',
  'telus',
  'sympatico',
  'videotron',
  'comcast',
  'verizon',
  'sbcglobal',
  'btinternet',
  'virginmedia',
  'talktalk',
]);
const SHARED_MAILBOX_DOMAINS = new Set([
  'me.com',
  'mac.com',
  'pm.me',
  'hey.com',
  'web.de',
  'free.fr',
  'planet.nl',
  'home.nl',
  'att.net',
  'sky.com',
  'wp.pl',
  'o2.pl',
]);
// "co.uk", "com.br": the provider's name sits one label further left.
const SECOND_LEVEL_ENDING = /^(?:co|com|net|org)$/;

function isSharedMailbox(domain: string): boolean {
  if (SHARED_MAILBOX_DOMAINS.has(domain)) return true;
  const labels = domain.split('.');
  const last = labels.length - 1;
  const nameAt = last >= 2 && SECOND_LEVEL_ENDING.test(labels[last - 1] ?? '') ? last - 2 : last - 1;
  return SHARED_MAILBOX_NAMES.has(labels[nameAt] ?? '');
}

/**
 * True when every recipient shares the sender's own company domain (issue #3: an internal
 * recipient is a strong "not a client" signal). Shared mailbox providers never count as one company.
 */
export function isInternalRecipientList(
  from: MailAddress | undefined,
  recipients: ReadonlyArray<MailAddress | undefined>,
): boolean {
  const ownDomain = from ? domainOf(from.email) : '';
  if (!ownDomain || isSharedMailbox(ownDomain)) return false;
  const domains = recipients
    .filter((to): to is MailAddress => !!to && typeof to.email === 'string')
    .map((to) => domainOf(to.email));
  if (domains.length === 0) return false;
  return domains.every(
    (domain) => domain === ownDomain || domain.endsWith(`.${ownDomain}`) || ownDomain.endsWith(`.${domain}`),
  );
}
