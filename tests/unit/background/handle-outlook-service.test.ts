import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type BackgroundContext, createBackgroundContext } from '../../../src/background/background-context';
import {
  type AskPage,
  AWAITED_OUTLOOK_PREFIX,
  handleOutlookService,
  isOutlookServiceRequest,
  type PageSendConfirmation,
  resumeOutlookSends,
  type ServiceRequestDetails,
} from '../../../src/background/handle-outlook-service';
import { openDatabase } from '../../../src/storage/database';

const NOW = Date.UTC(2026, 10, 16, 10, 0);
const SERVICE_URL = 'https://outlook.office.com/owa/service.svc?action=CreateItem&app=Mail&n=42';
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/outlook/service', `2026-11-${name}.json`), 'utf8');

function request(body: string, overrides: Partial<ServiceRequestDetails> = {}): ServiceRequestDetails {
  return {
    url: SERVICE_URL,
    method: 'POST',
    tabId: 7,
    timeStamp: NOW,
    requestBody: { raw: [{ bytes: new TextEncoder().encode(body) }] },
    ...overrides,
  };
}

const confirmed = (compose: PageSendConfirmation['compose'] = null): AskPage =>
  vi.fn(async () => ({ outcome: 'confirmed' as const, compose }));

describe('reading what the user sent from Outlook on the web', () => {
  let context: BackgroundContext;
  beforeEach(() => {
    context = createBackgroundContext(
      openDatabase('outlook-service', { indexedDB: new IDBFactory(), IDBKeyRange }),
      () => NOW,
    );
  });

  const problems = async () => (await context.problems.recent()).map((problem) => problem.message);

  it('tracks an invoice sent as a new message once the page confirms the send', async () => {
    const askPage = confirmed();
    const handling = await handleOutlookService(
      context,
      request(fixture('createitem-send-invoice')),
      {},
      askPage,
    );
    expect(askPage).toHaveBeenCalledWith(7, NOW);
    expect(handling.recordings).toHaveLength(1);
    expect(handling.recordings[0]!.recording.outcome).toBe('tracked');
    const [thread] = await context.threads.listAll();
    expect(thread).toMatchObject({
      client: 'outlook',
      account: 'office:0',
      kind: 'invoice',
      status: 'waiting',
    });
    expect(thread!.counterpart.email).toMatch(/@/);
  });

  it('makes no record when the page saw the send undone, and says why', async () => {
    const askPage: AskPage = async () => ({ outcome: 'undone', compose: null });
    await handleOutlookService(context, request(fixture('createitem-send-invoice')), {}, askPage);
    expect(await context.threads.listAll()).toEqual([]);
    expect(await problems()).toContainEqual(expect.stringContaining('the send was undone on the page'));
  });

  it('makes no record when the page saw no send, or did not answer', async () => {
    await handleOutlookService(context, request(fixture('createitem-send-invoice')), {}, async () => ({
      outcome: 'no_signal',
      compose: null,
    }));
    await handleOutlookService(context, request(fixture('createitem-send-invoice')), {}, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await context.threads.listAll()).toEqual([]);
    const logged = await problems();
    expect(logged).toContainEqual(expect.stringContaining('no Send press followed by the compose closing'));
    expect(logged).toContainEqual(expect.stringContaining('the page did not answer'));
  });

  it('never asks the page about a draft save, and counts it for the insert confirmation', async () => {
    const askPage = confirmed();
    const handling = await handleOutlookService(
      context,
      request(fixture('createitem-draft-save')),
      {},
      askPage,
    );
    expect(handling).toEqual({ recordings: [], draftSaves: 1 });
    expect(askPage).not.toHaveBeenCalled();
  });

  it("reads a saved draft sent by id from what the page's compose showed", async () => {
    const handling = await handleOutlookService(
      context,
      request(fixture('senditem-saved-draft'), { url: SERVICE_URL.replace('CreateItem', 'SendItem') }),
      {},
      confirmed({
        subject: 'Proposal: spring catalogue photography',
        recipientEmails: ['priya@meadowlane.example'],
        bodyText:
          'Hi Priya, our proposal for the spring catalogue is attached: 3 shoot days, EUR 4,800. It is valid for 30 days.',
        conversationIds: [],
      }),
    );
    expect(handling.recordings.map(({ recording }) => recording.outcome)).toEqual(['tracked']);
    const [thread] = await context.threads.listAll();
    expect(thread).toMatchObject({ kind: 'proposal', counterpart: { email: 'priya@meadowlane.example' } });
    expect(thread!.id).toMatch(/^outlook:office:0:AAMk/);
  });

  it('does not track a saved draft whose compose showed only names, and says why', async () => {
    await handleOutlookService(
      context,
      request(fixture('senditem-saved-draft'), { url: SERVICE_URL.replace('CreateItem', 'SendItem') }),
      {},
      confirmed({
        subject: 'Proposal: spring catalogue photography',
        recipientEmails: [],
        bodyText: 'Hi Priya, our proposal is attached: EUR 4,800, valid for 30 days.',
        conversationIds: [],
      }),
    );
    expect(await context.threads.listAll()).toEqual([]);
    expect(await problems()).toContainEqual(expect.stringContaining('names no recipient address'));
  });

  it('reads the payload from the X-OWA-UrlPostData header when the body is empty', async () => {
    const handling = await handleOutlookService(
      context,
      request('', { requestBody: null }),
      { urlPostData: encodeURIComponent(fixture('createitem-send-invoice')) },
      confirmed(),
    );
    expect(handling.recordings).toHaveLength(1);
  });

  it('records a send reported twice (two listeners, a restarted worker) once', async () => {
    await handleOutlookService(context, request(fixture('createitem-send-invoice')), {}, confirmed());
    const again = await handleOutlookService(
      context,
      request(fixture('createitem-send-invoice')),
      {},
      confirmed(),
    );
    expect(again.recordings.map(({ recording }) => recording.outcome)).toEqual(['already_recorded']);
    expect(await context.threads.listAll()).toHaveLength(1);
  });

  /** The worker stops while the page waits out Outlook's undo window: the ask never comes back. */
  const stopWhileAwaiting = async () => {
    void handleOutlookService(
      context,
      request(fixture('createitem-send-invoice')),
      {},
      () => new Promise(() => {}),
    );
    await vi.waitFor(async () =>
      expect(await context.settings.readAllStartingWith(AWAITED_OUTLOOK_PREFIX)).toHaveLength(1),
    );
  };

  it('records a send whose confirmation a stopped worker was awaiting, once the worker starts again', async () => {
    await stopWhileAwaiting();
    expect(await context.threads.listAll()).toEqual([]);

    const askPage = confirmed();
    const recordings = await resumeOutlookSends(context, askPage, Date.now());
    expect(askPage).toHaveBeenCalledWith(7, NOW);
    expect(recordings.map(({ recording }) => recording.outcome)).toEqual(['tracked']);
    expect(await context.threads.listAll()).toHaveLength(1);
    expect(await context.settings.readAllStartingWith(AWAITED_OUTLOOK_PREFIX)).toEqual([]);
    // Asked again later (another start): nothing is left to confirm, nothing is recorded twice.
    expect(await resumeOutlookSends(context, askPage, Date.now())).toEqual([]);
  });

  it('drops an awaited send too old to confirm, and says so', async () => {
    await stopWhileAwaiting();
    const askPage = confirmed();
    expect(await resumeOutlookSends(context, askPage, Date.now() + 10 * 60_000)).toEqual([]);
    expect(askPage).not.toHaveBeenCalled();
    expect(await problems()).toContainEqual(expect.stringContaining('too old to confirm'));
  });

  it('logs malformed and unknown payloads and records nothing', async () => {
    for (const name of ['malformed-truncated', 'createitem-unknown-shape']) {
      const handling = await handleOutlookService(context, request(fixture(name)), {}, confirmed());
      expect(handling.recordings).toEqual([]);
    }
    expect((await problems()).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves every other request on the mail host alone', async () => {
    expect(isOutlookServiceRequest('https://outlook.office.com/owa/service.svc?action=GetItem', 'POST')).toBe(
      true,
    );
    expect(isOutlookServiceRequest('https://outlook.office.com/owa/service.svc?action=GetItem', 'GET')).toBe(
      false,
    );
    expect(isOutlookServiceRequest('https://outlook.office.com/owa/startupdata.ashx', 'POST')).toBe(false);
    const askPage = confirmed();
    const handling = await handleOutlookService(
      context,
      request(fixture('createitem-send-invoice'), { url: 'https://outlook.office.com/owa/0/logon.aspx' }),
      {},
      askPage,
    );
    expect(handling).toEqual({ recordings: [], draftSaves: 0 });
    expect(askPage).not.toHaveBeenCalled();
  });
});
