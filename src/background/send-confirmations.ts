import type { BackgroundContext } from './background-context';

/**
 * A tracked Gmail send whose page confirmation (the "Message sent" toast going without Undo) is still
 * awaited. Kept in storage while asked, so a service worker stopped during the wait (MV3 stops idle
 * workers after about 30 s, and Gmail's undo window is up to 30 s) asks again when it starts, and an
 * Undo pressed meanwhile still forgets the send: the page remembers Undo presses (gmail-adapter.ts).
 */
export interface AwaitedConfirmation {
  threadId: string;
  tabId: number;
  /** Epoch ms, browser clock: an Undo pressed after this undoes the send. */
  sentAt: number;
  /** When the first ask began (browser clock). */
  since: number;
}

export const AWAITED_CONFIRMATION_PREFIX = 'sendAwaitingConfirmation:';
/** Past the longest undo window and the toast's wait, the page has nothing more to say. */
const CONFIRMATION_MAX_AGE_MS = 2 * 60_000;

export type AskPage = (tabId: number, sentAt: number) => Promise<'confirmed' | 'undone' | 'no_signal' | null>;

function isAwaitedConfirmation(value: unknown): value is AwaitedConfirmation {
  const item = value as AwaitedConfirmation | null;
  return (
    !!item &&
    typeof item.threadId === 'string' &&
    Number.isInteger(item.tabId) &&
    typeof item.sentAt === 'number' &&
    typeof item.since === 'number'
  );
}

async function settle(context: BackgroundContext, awaited: AwaitedConfirmation, ask: AskPage): Promise<void> {
  const key = `${AWAITED_CONFIRMATION_PREFIX}${awaited.threadId}`;
  const outcome = await ask(awaited.tabId, awaited.sentAt);
  if (outcome === 'undone') {
    await context.threads.forgetThread(awaited.threadId);
    await context.logProblem('gmail-page', `send undone on the page: ${awaited.threadId} forgotten`);
  }
  await context.settings.remove(key);
}

/** Asks the page whether the send stands, keeping the question in storage until it is answered. */
export async function confirmSend(
  context: BackgroundContext,
  awaited: AwaitedConfirmation,
  ask: AskPage,
): Promise<void> {
  await context.settings.write(`${AWAITED_CONFIRMATION_PREFIX}${awaited.threadId}`, awaited);
  await settle(context, awaited, ask);
}

/**
 * At worker start: asks again about every send a stopped worker was still waiting on. One too old to
 * ask about stays tracked (no signal keeps a send), and its question is dropped.
 */
export async function resumeSendConfirmations(
  context: BackgroundContext,
  ask: AskPage,
  now: number,
): Promise<number> {
  const awaited = (await context.settings.readAllStartingWith(AWAITED_CONFIRMATION_PREFIX)).filter(
    isAwaitedConfirmation,
  );
  for (const item of awaited) {
    if (now - item.since > CONFIRMATION_MAX_AGE_MS)
      await context.settings.remove(`${AWAITED_CONFIRMATION_PREFIX}${item.threadId}`);
    else await settle(context, item, ask);
  }
  return awaited.length;
}
