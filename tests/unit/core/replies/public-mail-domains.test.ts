import { describe, expect, it } from 'vitest';
import {
  isPublicMailDomain,
  isSameOrganizationDomain,
} from '../../../../src/core/replies/public-mail-domains';

describe('isPublicMailDomain', () => {
  it.each(['gmail.com', 'hotmail.es', 'yahoo.com.br', 'gmx.ch', 'orange.es', 'web.de', 'bigpond.net.au'])(
    'knows %s as a provider anyone can sign up for',
    (domain) => {
      expect(isPublicMailDomain(domain)).toBe(true);
    },
  );

  it('knows a provider under the ending reserved for examples, as hand-written mail uses it', () => {
    expect(isPublicMailDomain('mailbox.example')).toBe(true);
    expect(isPublicMailDomain('gmail.example')).toBe(true);
  });

  it('takes a company domain, a short word under another ending, or a provider name deeper down for no provider', () => {
    expect(isPublicMailDomain('northwind.example')).toBe(false);
    expect(isPublicMailDomain('web.example')).toBe(false);
    expect(isPublicMailDomain('gmail.acme.example')).toBe(false);
  });
});

describe('isSameOrganizationDomain', () => {
  it('counts one domain, or one a subdomain of the other, as one organization', () => {
    expect(isSameOrganizationDomain('mail.northwind.example', 'northwind.example')).toBe(true);
    expect(isSameOrganizationDomain('northwind.example', 'southwind.example')).toBe(false);
  });
});
