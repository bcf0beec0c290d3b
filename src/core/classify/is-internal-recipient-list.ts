import { domainOf, type MailAddress } from '../mail';

// A shared mailbox provider says nothing about who works together: a freelancer on gmail.com
// writing to a client on gmail.com is still writing to a client.
const SHARED_MAILBOX_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.es',
  'yahoo.de',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'web.de',
  't-online.de',
  'freenet.de',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'sfr.fr',
  'libero.it',
  'telefonica.net',
  'ziggo.nl',
  'kpnmail.nl',
  'hetnet.nl',
  'planet.nl',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'sapo.pt',
  'zoho.com',
  'fastmail.com',
  'mail.com',
  'yandex.com',
  'hey.com',
  'tutanota.com',
  'pm.me',
]);

/**
 * True when every recipient shares the sender's own company domain (issue #3: an internal
 * recipient is a strong "not a client" signal). Shared mailbox providers never count as one company.
 */
export function isInternalRecipientList(
  from: MailAddress | undefined,
  recipients: ReadonlyArray<MailAddress | undefined>,
): boolean {
  const ownDomain = from ? domainOf(from.email) : '';
  if (!ownDomain || SHARED_MAILBOX_DOMAINS.has(ownDomain)) return false;
  const domains = recipients
    .filter((to): to is MailAddress => !!to && typeof to.email === 'string')
    .map((to) => domainOf(to.email));
  if (domains.length === 0) return false;
  return domains.every(
    (domain) => domain === ownDomain || domain.endsWith(`.${ownDomain}`) || ownDomain.endsWith(`.${domain}`),
  );
}
