import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildOutlookMailUrl,
  isOutlookHost,
  listOutlookTabPatterns,
  readOutlookAccount,
} from '../../../../src/webmail/outlook/read-outlook-account';

describe('knowing Outlook on the web', () => {
  it.each([
    ['outlook.office.com', true],
    ['outlook.office365.com', true],
    ['Outlook.Live.com', true],
    ['outlook.cloud.microsoft', true],
    ['outlook.office.com.', true],
    ['outlook.office.com.evil.example', false],
    ['evil-outlook.live.com', false],
    ['mail.google.com', false],
    ['', false],
  ])('takes %s for an Outlook host: %s', (host, expected) => {
    expect(isOutlookHost(host)).toBe(expected);
  });

  it.each([
    ['https://outlook.office.com/mail/inbox/id/AAMk1', 'office:0'],
    ['https://outlook.office365.com/owa/service.svc?action=CreateItem', 'office:0'],
    ['https://outlook.cloud.microsoft/mail/', 'office:0'],
    ['https://outlook.office.com/mail/Shared@Brightfield.example/inbox', 'office:shared@brightfield.example'],
    [
      'https://outlook.office.com/owa/shared%40brightfield.example/service.svc?action=SendItem',
      'office:shared@brightfield.example',
    ],
    ['https://outlook.live.com/mail/0/inbox', 'live:0'],
    ['https://outlook.live.com/owa/1/service.svc?action=CreateItem&app=Mail', 'live:1'],
    ['https://outlook.live.com/mail/inbox', 'live:0'],
  ])('reads the account of %s as %s', (url, account) => {
    expect(readOutlookAccount(url)).toBe(account);
  });

  it('names the page and its traffic the same account', () => {
    expect(readOutlookAccount('https://outlook.live.com/mail/1/sentitems')).toBe(
      readOutlookAccount('https://outlook.live.com/owa/1/service.svc?action=CreateItem'),
    );
    expect(readOutlookAccount('https://outlook.office.com/mail/inbox')).toBe(
      readOutlookAccount('https://outlook.office365.com/owa/service.svc?action=CreateItem'),
    );
  });

  it.each([
    'http://outlook.office.com/mail/',
    'https://mail.google.com/mail/u/0/',
    'https://outlook.office.com.evil.example/mail/',
    'not a url',
    '',
  ])('reads no account from %s', (url) => {
    expect(readOutlookAccount(url)).toBeNull();
  });

  it('opens and finds the tabs of an account it named, and nothing else', () => {
    expect(buildOutlookMailUrl('office:0')).toBe('https://outlook.office.com/mail/');
    expect(buildOutlookMailUrl('live:1')).toBe('https://outlook.live.com/mail/1/');
    expect(buildOutlookMailUrl('office:shared@brightfield.example')).toBe(
      'https://outlook.office.com/mail/shared@brightfield.example/',
    );
    expect(buildOutlookMailUrl('gmail:0')).toBeNull();
    expect(buildOutlookMailUrl('office:../../evil')).toBeNull();
    expect(listOutlookTabPatterns('office:0')).toEqual([
      'https://outlook.office.com/mail/*',
      'https://outlook.office365.com/mail/*',
      'https://outlook.cloud.microsoft/mail/*',
    ]);
    expect(listOutlookTabPatterns('live:1')).toEqual(['https://outlook.live.com/mail/1/*']);
    expect(listOutlookTabPatterns('nonsense')).toEqual([]);
  });

  it('reads back every account it names from the URL it opens', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('office', 'live'),
        fc.oneof(
          fc.integer({ min: 0, max: 99 }).map(String),
          fc.emailAddress().map((email) => email.toLowerCase()),
        ),
        (family, mailbox) => {
          const account = `${family}:${mailbox}`;
          const url = buildOutlookMailUrl(account);
          if (url === null) return;
          expect(readOutlookAccount(`${url}inbox`)).toBe(account);
        },
      ),
    );
  });

  it('never throws on hostile URLs', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string({ maxLength: 500 })), (url) => {
        const account = readOutlookAccount(url);
        expect(account === null || /^(office|live):/.test(account)).toBe(true);
      }),
    );
  });
});
