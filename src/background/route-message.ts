import type { Envelope, Outcome, ParamsOf, ResultOf, TypesFor } from '../messaging/protocol';
import { readEnvelope } from '../messaging/protocol';
import { OUTLOOK_ORIGINS } from '../webmail/outlook/read-outlook-account';
import { MessageFailure } from './message-failure';

export type BackgroundType = TypesFor<'background'>;

export type BackgroundHandlers = {
  [T in BackgroundType]: (params: ParamsOf<T>, sender: MessageSender) => Promise<ResultOf<T>>;
};

/** The parts of a runtime sender the router trusts: set by the browser, not by the page. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Who may send what: pages we ship (popup, options) drive the product; content scripts on the mail
 * hosts only report what they saw on the page.
 */
export const SENDER_POLICY: { [T in BackgroundType]: 'extension_page' | 'mail_tab' } = {
  'threads/list': 'extension_page',
  'draft/suggest': 'extension_page',
  'draft/insert': 'extension_page',
  'tone/check': 'extension_page',
  'thread/act': 'extension_page',
  'thread/undo': 'extension_page',
  'clock/skip-ahead': 'extension_page',
  'settings/get': 'extension_page',
  'settings/save': 'extension_page',
  'data/export': 'extension_page',
  'data/import': 'extension_page',
  'data/delete-all': 'extension_page',
  'diagnostics/problems': 'extension_page',
  'page/thread-seen': 'mail_tab',
  'history/import': 'extension_page',
  'thread/open-in-mail': 'extension_page',
  'sidebar/context': 'extension_page',
  'history/scan-sent': 'extension_page',
  'compose/check-tone': 'extension_page',
  'page/sidebar-state': 'mail_tab',
  'page/mail-arrived': 'mail_tab',
  'page/list-seen': 'mail_tab',
  'page/health': 'mail_tab',
};

export const MAIL_ORIGINS = ['https://mail.google.com/', ...OUTLOOK_ORIGINS];

export function isAllowedSender(
  type: BackgroundType,
  sender: MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  if (SENDER_POLICY[type] === 'extension_page') return sender.url.startsWith(extensionOrigin);
  return sender.tab?.id !== undefined && MAIL_ORIGINS.some((origin) => sender.url!.startsWith(origin));
}

/**
 * The background's one router: declines messages it doesn't own (returns undefined so another
 * listener may answer), validates params and senders, and returns every error as data.
 */
export function createRouter(
  handlers: BackgroundHandlers,
  identity: { extensionId: string; extensionOrigin: string },
  logProblem: (source: string, message: string) => void,
) {
  return (raw: unknown, sender: MessageSender): Promise<Outcome<unknown>> | undefined => {
    const reading = readEnvelope(raw, 'background');
    if (!reading.ok) {
      if (reading.reason === 'not_ours') return undefined;
      logProblem('router', reading.error.message);
      return Promise.resolve({ ok: false, error: reading.error });
    }
    const envelope = reading.envelope as Envelope<BackgroundType>;
    if (!isAllowedSender(envelope.type, sender, identity.extensionId, identity.extensionOrigin)) {
      logProblem('router', `${envelope.type} refused from ${sender.url ?? 'an unknown sender'}`);
      return Promise.resolve({
        ok: false,
        error: { code: 'forbidden', message: `${envelope.type} is not accepted from this sender.` },
      });
    }
    const handler = handlers[envelope.type] as (params: unknown, sender: MessageSender) => Promise<unknown>;
    return handler(envelope.params, sender).then(
      (value): Outcome<unknown> => ({ ok: true, value }),
      (error: unknown): Outcome<never> => {
        if (error instanceof MessageFailure) return { ok: false, error: error.toError() };
        const message = error instanceof Error ? error.message : String(error);
        logProblem(envelope.type, message);
        return { ok: false, error: { code: 'failed', message } };
      },
    );
  };
}
