import { explain } from '../core/explanations/explanation';
import { browser } from '../platform/browser-api';
import type { MessageType, Outcome, ParamsOf, ResultOf, TypesFor } from './protocol';

function unreachable(error: unknown): Outcome<never> {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'unavailable', message } };
}

function asOutcome<T extends MessageType>(response: unknown): Outcome<ResultOf<T>> {
  if (response && typeof response === 'object' && 'ok' in response) return response as Outcome<ResultOf<T>>;
  return {
    ok: false,
    error: {
      code: 'unavailable',
      message: 'No part of the extension answered this message.',
      explanation: explain('failNoAnswer'),
    },
  };
}

/** From a content script or an extension page to the background. */
export async function sendToBackground<T extends TypesFor<'background'>>(
  type: T,
  params: ParamsOf<T>,
): Promise<Outcome<ResultOf<T>>> {
  try {
    return asOutcome<T>(await browser.runtime.sendMessage({ type, params }));
  } catch (error) {
    return unreachable(error);
  }
}

/** From the background to the content script of one tab. */
export async function sendToTab<T extends TypesFor<'content'>>(
  tabId: number,
  type: T,
  params: ParamsOf<T>,
): Promise<Outcome<ResultOf<T>>> {
  try {
    return asOutcome<T>(await browser.tabs.sendMessage(tabId, { type, params }));
  } catch (error) {
    return unreachable(error);
  }
}
