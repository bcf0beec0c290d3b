import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SERVICE_PAYLOAD_CHARS,
  parseOutlookServiceRequest,
  readOutlookRequestHeaders,
  readServiceAction,
} from '../../../../src/webmail/outlook/parse-service-request';

const repoRoot = resolve(import.meta.dirname, '../../../..');
const NOW = Date.UTC(2026, 10, 23, 9, 0);
const fixture = (name: string) =>
  readFileSync(join(repoRoot, 'tests/fixtures/outlook/service', name), 'utf8');
const serviceUrl = (action: string) =>
  `https://outlook.office.com/owa/service.svc?action=${action}&app=Mail&n=42`;

describe("reading Outlook's CreateItem sends", () => {
  it('reads a new message sent with every field the product records', () => {
    const reading = parseOutlookServiceRequest(
      serviceUrl('CreateItem'),
      fixture('2026-11-createitem-send-invoice.json'),
      NOW,
    );
    expect(reading).toMatchObject({ sendsOfSavedDrafts: [], draftSaves: 0, problems: [] });
    expect(reading.sends).toEqual([
      {
        threadId: null,
        messageId: expect.stringMatching(/^owa-hash:[0-9a-f]{16}$/),
        subject: 'Invoice HD-2026-118: packaging redesign',
        from: null,
        to: [{ email: 'marco.bellini@brightfield.example', name: 'Marco Bellini' }],
        cc: [{ email: 'accounts@brightfield.example' }],
        bcc: [],
        bodyText:
          'Hello Marco,\n\nAttached is invoice HD-2026-118 for the packaging redesign: €3.250,00, payable within 30 days.\n\nMany thanks,\nLina',
        attachmentNames: ['HD-2026-118.pdf'],
        sentAt: NOW,
        isReply: false,
      },
    ]);
  });

  it("keeps only what the user wrote in a reply and takes the conversation id and the sender's mailbox", () => {
    const [send] = parseOutlookServiceRequest(
      serviceUrl('CreateItem'),
      fixture('2026-11-createitem-reply-send.json'),
      NOW,
    ).sends;
    expect(send).toMatchObject({
      threadId: 'AAQkADk1ZTdmYzA0LWU2NWEtNGRmZC1hZjc0LTFlYjY3Y2QzNGExMQAQAFx7cVE1xUtHpQqzR2Wb8Oo=',
      isReply: true,
      from: { email: 'lina@harbourdesign.example', name: 'Lina Okafor' },
      cc: [{ email: 'procurement@brightfield.example', name: 'Brightfield Procurement' }],
    });
    expect(send?.bodyText).toBe('Hi Marco, the revised quote is attached: 6 weeks, GBP 4,800.');
  });

  it('reads each message of a bare request, skipping a calendar item with a reason', () => {
    const reading = parseOutlookServiceRequest(
      serviceUrl('CreateItem'),
      fixture('2026-11-createitem-batched-bare.json'),
      NOW,
    );
    expect(reading.sends.map((send) => [send.subject, send.bodyText])).toEqual([
      [
        'Estimate for the spring newsletter',
        'Hi Tomas,\n\nMy estimate for the spring newsletter is USD 1,200.',
      ],
      ['Estimate for the autumn newsletter', 'Hi Tomas, and for autumn: USD 1,350.'],
    ]);
    expect(reading.sends[1]?.bcc).toEqual([{ email: 'archive@harbourdesign.example' }]);
    expect(reading.problems).toEqual(['CreateItem item 1 is a calendaritem; skipped']);
  });

  it('gives the same message the same id on a retry and a different id to a different message', () => {
    const body = fixture('2026-11-createitem-send-invoice.json');
    const first = parseOutlookServiceRequest(serviceUrl('CreateItem'), body, NOW).sends[0]!;
    const retry = parseOutlookServiceRequest(serviceUrl('CreateItem'), body, NOW + 5_000).sends[0]!;
    const nextWeek = parseOutlookServiceRequest(serviceUrl('CreateItem'), body, NOW + 7 * 86_400_000)
      .sends[0]!;
    const [spring, autumn] = parseOutlookServiceRequest(
      serviceUrl('CreateItem'),
      fixture('2026-11-createitem-batched-bare.json'),
      NOW,
    ).sends;
    expect(retry.messageId).toBe(first.messageId);
    expect(nextWeek.messageId).not.toBe(first.messageId);
    expect(spring?.messageId).not.toBe(autumn?.messageId);
  });

  it('prefers an id the request carries over a hash', () => {
    const request = JSON.parse(fixture('2026-11-createitem-send-invoice.json'));
    request.Body.Items[0].InternetMessageId = '<a1b2@harbourdesign.example>';
    expect(
      parseOutlookServiceRequest(serviceUrl('CreateItem'), JSON.stringify(request), NOW).sends[0]?.messageId,
    ).toBe('<a1b2@harbourdesign.example>');
    request.Body.Items[0].ItemId = { Id: 'AAMkItem1' };
    expect(
      parseOutlookServiceRequest(serviceUrl('CreateItem'), JSON.stringify(request), NOW).sends[0]?.messageId,
    ).toBe('AAMkItem1');
  });

  it.each([
    ['SendOnly', 1, 0],
    ['SendAndSaveCopy', 1, 0],
    ['SaveOnly', 0, 1],
  ])('treats disposition %s as %i sends and %i draft saves', (disposition, sends, draftSaves) => {
    const request = JSON.parse(fixture('2026-11-createitem-send-invoice.json'));
    request.Body.MessageDisposition = disposition;
    const reading = parseOutlookServiceRequest(serviceUrl('CreateItem'), JSON.stringify(request), NOW);
    expect([reading.sends.length, reading.draftSaves]).toEqual([sends, draftSaves]);
  });

  it('reads reply and forward items: the written part, and whether it answers the client', () => {
    const request = {
      Body: {
        Items: [
          {
            __type: 'ReplyToItem:#Exchange',
            ReferenceItemId: { Id: 'AAMkOriginal' },
            NewBodyContent: {
              BodyType: 'Text',
              Value: 'Thanks, paid today.\n\nOn Mon, Marco wrote:\n> Invoice?',
            },
            ToRecipients: [{ EmailAddress: 'marco.bellini@brightfield.example' }],
          },
          {
            __type: 'ForwardItem:#Exchange',
            ReferenceItemId: { Id: 'AAMkOriginal' },
            NewBodyContent: { BodyType: 'HTML', Value: '<p>For your records.</p>' },
            ToRecipients: [{ EmailAddress: 'bookkeeper@harbourdesign.example' }],
          },
        ],
        MessageDisposition: 'SendAndSaveCopy',
      },
    };
    const sends = parseOutlookServiceRequest(serviceUrl('CreateItem'), JSON.stringify(request), NOW).sends;
    expect(sends.map((send) => [send.bodyText, send.isReply])).toEqual([
      ['Thanks, paid today.', true],
      ['For your records.', false],
    ]);
  });

  it('reads the sender when the request names one, flat or in a mailbox', () => {
    const request = JSON.parse(fixture('2026-11-createitem-send-invoice.json'));
    request.Body.Items[0].From = {
      EmailAddress: 'LINA@harbourdesign.example',
      Name: 'lina@harbourdesign.example',
    };
    expect(
      parseOutlookServiceRequest(serviceUrl('CreateItem'), JSON.stringify(request), NOW).sends[0]?.from,
    ).toEqual({ email: 'lina@harbourdesign.example' });
  });

  it('drops recipients that are not addresses and a send left with none', () => {
    const request = JSON.parse(fixture('2026-11-createitem-send-invoice.json'));
    request.Body.Items[0].ToRecipients = [{ EmailAddress: 'not an address' }, { Name: 'Nobody' }, 'x', null];
    request.Body.Items[0].CcRecipients = [];
    const reading = parseOutlookServiceRequest(serviceUrl('CreateItem'), JSON.stringify(request), NOW);
    expect(reading.sends).toEqual([]);
    expect(reading.problems).toEqual(['CreateItem item 0 is a send with no recipient; not recorded']);
  });

  it('records a message listed twice in one request once', () => {
    const request = JSON.parse(fixture('2026-11-createitem-send-invoice.json'));
    request.Body.Items.push(request.Body.Items[0]);
    expect(
      parseOutlookServiceRequest(serviceUrl('CreateItem'), JSON.stringify(request), NOW).sends,
    ).toHaveLength(1);
  });
});

describe('drafts and saved drafts sent later', () => {
  it('never takes a draft save for a send', () => {
    expect(
      parseOutlookServiceRequest(
        serviceUrl('CreateItem'),
        fixture('2026-11-createitem-draft-save.json'),
        NOW,
      ),
    ).toEqual({ sends: [], sendsOfSavedDrafts: [], draftSaves: 1, problems: [] });
  });

  it('reports a saved draft sent by SendItem by its item id only', () => {
    expect(
      parseOutlookServiceRequest(serviceUrl('SendItem'), fixture('2026-11-senditem-saved-draft.json'), NOW),
    ).toEqual({
      sends: [],
      sendsOfSavedDrafts: [
        { itemId: 'AAMkADk1ZTdmYzA0LWU2NWEtNGRmZC1hZjc0LTFlYjY3Y2QzNGExMQBGAAAAAAB3qDRAFT' },
      ],
      draftSaves: 0,
      problems: [],
    });
  });

  it('reports an UpdateItem with a send disposition as a saved draft sent', () => {
    expect(
      parseOutlookServiceRequest(serviceUrl('UpdateItem'), fixture('2026-11-updateitem-send.json'), NOW),
    ).toMatchObject({
      sends: [],
      sendsOfSavedDrafts: [
        { itemId: 'AAMkADk1ZTdmYzA0LWU2NWEtNGRmZC1hZjc0LTFlYjY3Y2QzNGExMQBGAAAAAAB3qUPD' },
      ],
    });
  });

  it('counts an autosave of what the user writes as a draft save, and a read-state change as nothing', () => {
    expect(
      parseOutlookServiceRequest(serviceUrl('UpdateItem'), fixture('2026-11-updateitem-autosave.json'), NOW),
    ).toEqual({ sends: [], sendsOfSavedDrafts: [], draftSaves: 1, problems: [] });
  });
});

describe('finding the action and the payload', () => {
  const invoice = fixture('2026-11-createitem-send-invoice.json');

  it.each([
    ['the URL query', serviceUrl('CreateItem'), null, 'createitem'],
    ['the Action header', 'https://outlook.live.com/owa/0/service.svc?app=Mail', 'CreateItem', 'createitem'],
    ["the payload's type", 'https://outlook.live.com/owa/0/service.svc', null, 'createitem'],
  ])('reads the action from %s', (_where, url, header, action) => {
    expect(readServiceAction(url, header, JSON.parse(invoice))).toBe(action);
    expect(parseOutlookServiceRequest(url, invoice, NOW, { action: header }).sends).toHaveLength(1);
  });

  it('reads a bare request type as its action', () => {
    expect(readServiceAction('', null, { __type: 'SendItemRequest:#Exchange' })).toBe('senditem');
    expect(readServiceAction('', 'Get Item', { __type: 'Unrelated:#Exchange' })).toBe('');
  });

  it('reads the payload from the X-OWA-UrlPostData header when the body is empty', () => {
    const reading = parseOutlookServiceRequest(serviceUrl('CreateItem'), '', NOW, {
      urlPostData: encodeURIComponent(invoice),
    });
    expect(reading.sends.map((send) => send.subject)).toEqual(['Invoice HD-2026-118: packaging redesign']);
    expect(
      parseOutlookServiceRequest(serviceUrl('CreateItem'), '', NOW, { urlPostData: '%E0%A4%A' }).problems,
    ).toEqual(['service request header X-OWA-UrlPostData is not URL-encoded; not read']);
  });

  it('picks the Action and X-OWA-UrlPostData headers out of a webRequest header list', () => {
    const payload = encodeURIComponent(invoice);
    const headers = readOutlookRequestHeaders([
      { name: 'Content-Length', value: '0' },
      { name: 'action', value: 'CreateItem' },
      { name: 'X-OWA-UrlPostData', value: payload },
    ]);
    expect(headers).toEqual({ action: 'CreateItem', urlPostData: payload });
    expect(
      parseOutlookServiceRequest('https://outlook.live.com/owa/0/service.svc', '', NOW, headers).sends,
    ).toHaveLength(1);
    expect(readOutlookRequestHeaders(undefined)).toEqual({});
  });

  it('skips the service calls that are none of its business without a word', () => {
    for (const action of ['GetItem', 'FindConversation', 'GetConversationItems', 'MarkItemAsRead']) {
      expect(parseOutlookServiceRequest(serviceUrl(action), invoice, NOW)).toEqual({
        sends: [],
        sendsOfSavedDrafts: [],
        draftSaves: 0,
        problems: [],
      });
    }
  });
});

describe('bad input', () => {
  it.each([
    ['a malformed body', fixture('2026-11-malformed-truncated.json'), /not JSON/],
    ['an unknown shape', fixture('2026-11-createitem-unknown-shape.json'), /no Items list/],
    ['an empty body', '', /no payload/],
    ['a JSON list', '[1,2]', /not a JSON object/],
    ['a JSON string', '"CreateItem"', /not a JSON object/],
    ['an unknown disposition', '{"Items":[],"MessageDisposition":"SendLater"}', /unknown disposition/],
  ])('says why it skipped %s', (_name, body, problem) => {
    const reading = parseOutlookServiceRequest(serviceUrl('CreateItem'), body, NOW);
    expect(reading.sends).toEqual([]);
    expect(reading.problems[0]).toMatch(problem);
  });

  it('says so when no action is named anywhere', () => {
    expect(
      parseOutlookServiceRequest('https://outlook.office.com/owa/service.svc', '{}', NOW).problems,
    ).toEqual(['service request names no action in its URL, headers or payload']);
  });

  it('refuses a payload over 5 MB unread', () => {
    const huge = `{"Items":[],"x":"${'a'.repeat(MAX_SERVICE_PAYLOAD_CHARS)}"}`;
    expect(parseOutlookServiceRequest(serviceUrl('CreateItem'), huge, NOW).problems[0]).toMatch(
      /over the cap/,
    );
    expect(
      parseOutlookServiceRequest(serviceUrl('CreateItem'), '', NOW, { urlPostData: huge }).problems[0],
    ).toMatch(/over the cap/);
  });

  it('reads a body just under the cap full of hostile markup without throwing', () => {
    const request = JSON.parse(fixture('2026-11-createitem-send-invoice.json'));
    request.Body.Items[0].Body.Value = `<div>${'<div id=x<script>x</script><b>'.repeat(150_000)}</div>`;
    // A backtracking pattern would hang here and hit the test timeout; speed is the benchmark's job.
    const reading = parseOutlookServiceRequest(serviceUrl('CreateItem'), JSON.stringify(request), NOW);
    expect(reading.sends).toHaveLength(1);
    expect(reading.sends[0]?.bodyText).not.toContain('<');
  });

  it('cuts at a signature or quote id only inside a tag, and reads thousands of them as text', () => {
    const request = JSON.parse(fixture('2026-11-createitem-send-invoice.json'));
    request.Body.Items[0].Body.Value =
      '<p>Paste id="Signature" into the template.</p><div id="Signature">Lina</div>';
    const send = parseOutlookServiceRequest(serviceUrl('CreateItem'), JSON.stringify(request), NOW).sends[0];
    expect(send?.bodyText).toBe('Paste id="Signature" into the template.');
    request.Body.Items[0].Body.Value = `<p>${'id=Signature '.repeat(300_000)}</p>`;
    const reading = parseOutlookServiceRequest(serviceUrl('CreateItem'), JSON.stringify(request), NOW);
    expect(reading.sends[0]?.bodyText.startsWith('id=Signature id=Signature')).toBe(true);
  });

  it('never throws and never invents a send from arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }),
        fc.constantFrom('CreateItem', 'SendItem', 'UpdateItem', ''),
        (value, action) => {
          const reading = parseOutlookServiceRequest(serviceUrl(action), JSON.stringify(value), NOW);
          // A send needs a mail item with a send disposition and at least one address: random JSON
          // essentially never builds one, and when it does, the record must still be well-formed.
          for (const send of reading.sends) {
            expect(send.to.length + send.cc.length + send.bcc.length).toBeGreaterThan(0);
            expect(send.messageId.length).toBeGreaterThan(0);
          }
          for (const draft of reading.sendsOfSavedDrafts) expect(typeof draft.itemId).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on hostile field values inside a real request shape', () => {
    const base = JSON.parse(fixture('2026-11-createitem-send-invoice.json'));
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 3 }),
        fc.constantFrom('Subject', 'Body', 'ToRecipients', 'From', 'ConversationId', 'Attachments', 'ItemId'),
        (value, field) => {
          const request = structuredClone(base);
          request.Body.Items[0][field] = value;
          const text = JSON.stringify(request, (_key, item) =>
            typeof item === 'bigint' ? String(item) : item,
          );
          const reading = parseOutlookServiceRequest(serviceUrl('CreateItem'), text ?? '', NOW);
          expect(reading.sends.length + reading.problems.length).toBeGreaterThan(0);
          for (const send of reading.sends) expect(typeof send.subject).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives hostile strings in the URL, headers and body', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        fc.string(),
        (url, header, body) => {
          const reading = parseOutlookServiceRequest(url, body, NOW, { action: header, urlPostData: header });
          expect(reading.sends).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
