import { describe, expect, it, vi } from 'vitest';
import { MessageFailure } from '../../../src/background/message-failure';
import { type BackgroundHandlers, createRouter } from '../../../src/background/route-message';
import { DEFAULT_CADENCE_SETTINGS } from '../../../src/core/cadence/cadence-settings';
import { explain } from '../../../src/core/explanations/explanation';
import { DEFAULT_USER_PREFERENCES } from '../../../src/core/preferences/user-preferences';

const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/extension/popup.html' };
const gmailTab = { id: 'ext-id', url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } };

function handlers(overrides: Partial<BackgroundHandlers> = {}): BackgroundHandlers {
  return {
    'threads/list': async () => ({
      now: 0,
      threads: [],
      counts: { due: 0, waiting: 0, done: 0 },
      health: [],
      aging: [],
    }),
    'draft/suggest': async () => ({
      subject: null,
      body: 'Hi',
      lang: 'en',
      draftTone: 'warm',
      tone: {
        score: 60,
        label: 'neutral',
        findings: [],
        bands: { words: 1, questions: 0, readingGrade: 1, sentiment: 0 },
      },
      callScript: null,
      voicemailScript: null,
    }),
    'tone/check': async () => ({
      score: 60,
      label: 'neutral',
      findings: [],
      bands: { words: 1, questions: 0, readingGrade: 1, sentiment: 0 },
    }),
    'thread/act': async () => {
      throw new MessageFailure('not_found', 'gone');
    },
    'thread/undo': async () => ({ summary: null }),
    'draft/insert': async () => ({ tabId: 1, client: 'gmail', draftSaved: true }),
    'clock/skip-ahead': async ({ days }) => ({ offsetMs: days }),
    'settings/get': async () => ({
      cadence: DEFAULT_CADENCE_SETTINGS,
      defaults: DEFAULT_CADENCE_SETTINGS,
      profile: { name: '', callAvailability: '', paymentLink: '' },
      preferences: DEFAULT_USER_PREFERENCES,
      corrections: [],
    }),
    'settings/save': async () => ({ cadence: DEFAULT_CADENCE_SETTINGS, replanned: 0 }),
    'data/export': async () => ({ json: '{}', csv: '', fileStem: 'x' }),
    'data/import': async () => ({
      threadsAdded: 0,
      threadsUpdated: 0,
      threadsUnchanged: 0,
      messagesAdded: 0,
      eventsAdded: 0,
      settingsAdded: 0,
      problems: [],
    }),
    'data/delete-all': async () => ({ deletedThreads: 0 }),
    'diagnostics/problems': async () => ({ problems: [] }),
    'page/thread-seen': async () => ({ matched: false, changed: 0 }),
    'history/import': async () => ({ added: 0, alreadyKnown: 0 }),
    'thread/open-in-mail': async () => ({ tabId: 1 }),
    'sidebar/context': async () => ({
      now: 0,
      client: null,
      thread: null,
      history: [],
      due: [],
      sentListShown: false,
    }),
    'history/scan-sent': async () => ({
      shown: false,
      rowsRead: 0,
      undated: 0,
      alreadyTracked: 0,
      candidates: [],
    }),
    'compose/check-tone': async () => {
      throw new Error('not in this test');
    },
    'page/sidebar-state': async () => ({ open: false }),
    'page/mail-arrived': async () => ({ changed: 0 }),
    'page/list-seen': async () => ({ changed: 0 }),
    'page/health': async () => null,
    ...overrides,
  };
}

describe('the background router', () => {
  it('answers an extension page with the handler result as data', async () => {
    const route = createRouter(handlers(), identity, vi.fn());
    expect(await route({ type: 'clock/skip-ahead', params: { days: 3 } }, popup)).toEqual({
      ok: true,
      value: { offsetMs: 3 },
    });
  });

  it('refuses a mail page driving the product, and logs why', async () => {
    const log = vi.fn();
    const route = createRouter(handlers(), identity, log);
    expect(await route({ type: 'draft/insert', params: { threadId: 'x' } }, gmailTab)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(log).toHaveBeenCalledWith('router', expect.stringContaining('draft/insert refused'));
  });

  it('refuses page reports from anything but a mail tab, and messages from other extensions', async () => {
    const route = createRouter(handlers(), identity, vi.fn());
    const health = { type: 'page/health', params: { client: 'gmail', state: 'ok', missing: [] } };
    expect(await route(health, popup)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route(health, { ...gmailTab, id: 'other-extension' })).toMatchObject({ ok: false });
    expect(await route(health, gmailTab)).toEqual({ ok: true, value: null });
  });

  it('takes page reports from every Outlook host, and from no look-alike', async () => {
    const route = createRouter(handlers(), identity, vi.fn());
    const health = { type: 'page/health', params: { client: 'outlook', state: 'ok', missing: [] } };
    for (const host of [
      'outlook.office.com',
      'outlook.office365.com',
      'outlook.live.com',
      'outlook.cloud.microsoft',
    ]) {
      const outlookTab = { id: 'ext-id', url: `https://${host}/mail/inbox`, tab: { id: 8 } };
      expect(await route(health, outlookTab)).toEqual({ ok: true, value: null });
    }
    const lookAlike = { id: 'ext-id', url: 'https://outlook.office.com.evil.example/mail/', tab: { id: 9 } };
    expect(await route(health, lookAlike)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('declines what it does not own, so other listeners may answer', () => {
    const route = createRouter(handlers(), identity, vi.fn());
    expect(route({ type: 'content/ping', params: {} }, popup)).toBeUndefined();
    expect(route(null, popup)).toBeUndefined();
  });

  it('turns a handler failure into an error with its code and the words to show, and an unexpected throw into "failed"', async () => {
    const route = createRouter(
      handlers({
        'draft/suggest': async () => {
          throw new MessageFailure('not_found', explain('failThreadNotTracked'));
        },
        'threads/list': async () => {
          throw new Error('disk full');
        },
      }),
      identity,
      vi.fn(),
    );
    expect(await route({ type: 'draft/suggest', params: { threadId: 'x' } }, popup)).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: 'That thread is no longer tracked.',
        explanation: { code: 'failThreadNotTracked' },
      },
    });
    expect(await route({ type: 'threads/list', params: {} }, popup)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk full' },
    });
  });
});
