import { domainOf, type MailAddress } from '../mail';
import { isPublicMailDomain, isSameOrganizationDomain } from '../replies/public-mail-domains';

/**
 * True when every recipient shares the sender's own company domain (issue #3: an internal
 * recipient is a strong "not a client" signal). A public mail provider (gmail.com, hotmail.es) is never
 * one company: a freelancer and a client there are still apart.
 */
export function isInternalRecipientList(
  from: MailAddress | undefined,
  recipients: ReadonlyArray<MailAddress | undefined>,
): boolean {
  const ownDomain = from ? domainOf(from.email) : '';
  if (!ownDomain || isPublicMailDomain(ownDomain)) return false;
  const domains = recipients
    .filter((to): to is MailAddress => !!to && typeof to.email === 'string')
    .map((to) => domainOf(to.email));
  if (domains.length === 0) return false;
  return domains.every((domain) => isSameOrganizationDomain(domain, ownDomain));
}
