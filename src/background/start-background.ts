import { validateCadenceSettings } from '../core/cadence/cadence-settings';
import { ageInvoices } from '../core/threads/age-invoices';
import { isTerminalStatus } from '../core/threads/evaluate-thread';
import { checkTone } from '../core/tone/check-tone';
import type { AdapterHealth } from '../messaging/protocol';
import { sendToTab } from '../messaging/send-message';
import { browser, type Runtime } from '../platform/browser-api';
import { openDatabase } from '../storage/database';
import { actOnThread, undoThreadAction } from './act-on-thread';
import {
  CADENCE_SETTINGS_KEY,
  CLOCK_OFFSET_KEY,
  createBackgroundContext,
  defaultCadenceSettings,
  PROFILE_KEY,
} from './background-context';
import { DraftSaveWatch } from './draft-save-watch';
import { describeDueNotification, threadIdOfNotification } from './due-notification';
import { handleGmailSync, type SyncRequestDetails } from './handle-gmail-sync';
import { focusMailTab } from './mail-tabs';
import { MessageFailure } from './message-failure';
import { recordThreadSeen } from './record-thread-seen';
import { type BackgroundHandlers, createRouter } from './route-message';
import { runSweep } from './run-sweep';
import { suggestDraft, toneContextOf } from './suggest-draft';
import { summarizeThread } from './summarize-thread';

export const SWEEP_ALARM = 'sweep';
const SWEEP_PERIOD_MINUTES = 5;
const HEALTH_KEY_PREFIX = 'health:';
/** How long the page gets to show Gmail's "Message sent" toast after the sync request left. */
const SEND_TOAST_TIMEOUT_MS = 15_000;
const DAY_MS = 86_400_000;
const RECENTLY_DONE_SHOWN = 20;
/** Gmail saves a draft a second or two after an edit; longer than this means it did not register it. */
const DRAFT_SAVE_TIMEOUT_MS = 8_000;

/**
 * Registers every listener synchronously at the top level of the worker (MV3: listeners added later
 * miss the event that woke the worker) and keeps no state between wake-ups but the database.
 */
export function startBackground(): void {
  const db = openDatabase();
  const context = createBackgroundContext(db);

  const sweepAndBadge = async () => {
    const outcome = await runSweep(context);
    await browser.action.setBadgeText({ text: outcome.due > 0 ? String(outcome.due) : '' });
    await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
    // runSweep reports each step once, ever (its mark is stored with the step's event).
    for (const { threadId, step } of outcome.newlyDue) {
      const thread = await context.threads.findById(threadId);
      if (!thread) continue;
      const notification = describeDueNotification(thread, step);
      await browser.notifications.create(notification.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('icons/icon-128.png'),
        title: notification.title,
        message: notification.message,
      });
    }
    return outcome;
  };
  const sweepSafely = () =>
    sweepAndBadge().catch((error: unknown) => context.logProblem('sweep', String(error)));

  const draftSaves = new DraftSaveWatch();

  const trackedThread = async (threadId: string) => {
    const thread = await context.threads.findById(threadId);
    if (!thread) throw new MessageFailure('not_found', 'That thread is no longer tracked.');
    return thread;
  };
  const summaryOf = async (threadId: string) =>
    summarizeThread(await trackedThread(threadId), await context.cadenceSettings(), await context.now());

  const handlers = {
    'threads/list': async () => {
      const now = await context.now();
      const settings = await context.cadenceSettings();
      const tracked = await context.threads.listAll();
      // Finished threads only matter while recent: the popup shows the last few, not years of them.
      const open = tracked.filter((thread) => !isTerminalStatus(thread.status));
      const recentlyDone = tracked
        .filter((thread) => isTerminalStatus(thread.status))
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .slice(0, RECENTLY_DONE_SHOWN);
      const threads = [...open, ...recentlyDone].map((thread) => summarizeThread(thread, settings, now));
      const health = (await db.settings.where('key').startsWith(HEALTH_KEY_PREFIX).toArray()).map(
        (row) => row.value as AdapterHealth,
      );
      return { now, threads, health, aging: ageInvoices(tracked, settings.invoiceDefaultTermsDays, now) };
    },
    'draft/suggest': async ({ threadId }) => {
      const thread = await trackedThread(threadId);
      const { draft, tone } = suggestDraft(
        thread,
        await context.cadenceSettings(),
        await context.now(),
        await context.profile(),
      );
      return {
        subject: draft.subject,
        body: draft.body,
        tone,
        callScript: draft.callScript ?? null,
        voicemailScript: draft.voicemailScript ?? null,
      };
    },
    'tone/check': async ({ threadId, text }) => {
      const thread = await trackedThread(threadId);
      return checkTone(text, toneContextOf(thread, await context.cadenceSettings(), await context.now()));
    },
    'thread/act': async ({ threadId, action }) => {
      const { undoToken, thread } = await actOnThread(context, threadId, action);
      await sweepSafely();
      return { undoToken, summary: await summaryOf(thread.id) };
    },
    'thread/undo': async ({ undoToken }) => {
      const thread = await undoThreadAction(context, undoToken);
      await sweepSafely();
      return { summary: await summaryOf(thread.id) };
    },
    'draft/insert': async ({ threadId, text }) => {
      const thread = await trackedThread(threadId);
      const body =
        text ??
        suggestDraft(thread, await context.cadenceSettings(), await context.now(), await context.profile())
          .draft.body;
      const tabId = await focusMailTab(thread.client, thread.account);
      const draftSaved = draftSaves.next(tabId, DRAFT_SAVE_TIMEOUT_MS);
      const inserted = await sendToTab(tabId, 'compose/insert-draft', {
        mailThreadIds: thread.mailThreadIds,
        subject: thread.subject,
        text: body,
      });
      if (!inserted.ok) {
        draftSaves.cancel(tabId);
        throw new MessageFailure(inserted.error.code, inserted.error.message);
      }
      return { tabId, draftSaved: await draftSaved };
    },
    'clock/skip-ahead': async ({ days }) => {
      const offset = (await context.now()) - Date.now() + days * DAY_MS;
      await context.settings.write(CLOCK_OFFSET_KEY, offset);
      await sweepSafely();
      return { offsetMs: offset };
    },
    'settings/get': async () => ({
      cadence: await context.cadenceSettings(),
      defaults: defaultCadenceSettings(),
      profile: await context.profile(),
    }),
    'settings/save': async ({ cadence, profile }) => {
      const checked = validateCadenceSettings(cadence);
      if (!checked.ok) throw new MessageFailure('invalid', checked.errors.join(' '));
      await context.settings.write(CADENCE_SETTINGS_KEY, checked.settings);
      await context.settings.write(PROFILE_KEY, profile);
      const replanned = await context.threads.replanOpenThreads(await context.now());
      await sweepSafely();
      return { cadence: checked.settings, replanned };
    },
    'diagnostics/problems': async () => ({
      problems: (await context.problems.recent(200)).map(({ at, source, message }) => ({
        at,
        source,
        message,
      })),
    }),
    'page/thread-seen': async (seen) => {
      const outcome = await recordThreadSeen(context, seen);
      if (outcome.changed > 0) await sweepSafely();
      return outcome;
    },
    'page/health': async (health) => {
      await context.settings.write(`${HEALTH_KEY_PREFIX}${health.client}`, health);
      return null;
    },
  } satisfies BackgroundHandlers;

  const router = createRouter(
    handlers,
    { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') },
    (source, message) => void context.logProblem(source, message),
  );
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => router(raw, sender));

  browser.webRequest.onBeforeRequest.addListener(
    (details) => {
      void (async () => {
        const { recordings, draftSaves: saved } = await handleGmailSync(
          context,
          details as unknown as SyncRequestDetails,
        );
        if (saved > 0) draftSaves.seen(details.tabId);
        for (const { recording } of recordings) {
          if (recording.outcome !== 'tracked' || details.tabId < 0) continue;
          const confirmation = await sendToTab(details.tabId, 'send/await-confirmation', {
            timeoutMs: SEND_TOAST_TIMEOUT_MS,
            // A press of Undo a moment before the request left still undoes it.
            sentAt: Math.floor(details.timeStamp) - 1_000,
          });
          if (confirmation.ok && confirmation.value.outcome === 'undone') {
            await context.threads.forgetThread(recording.threadId);
            await context.logProblem(
              'gmail-page',
              `send undone on the page: ${recording.threadId} forgotten`,
            );
          }
        }
        if (recordings.length > 0) await sweepSafely();
      })().catch((error: unknown) => context.logProblem('gmail-sync', String(error)));
      return undefined;
    },
    { urls: ['https://mail.google.com/sync/*'] },
    ['requestBody'],
  );

  browser.notifications.onClicked.addListener((notificationId) => {
    const threadId = threadIdOfNotification(notificationId);
    if (!threadId) return;
    void (async () => {
      const thread = await trackedThread(threadId);
      const tabId = await focusMailTab(thread.client, thread.account);
      const opened = await sendToTab(tabId, 'thread/open', {
        mailThreadIds: thread.mailThreadIds,
        subject: thread.subject,
      });
      if (!opened.ok) await context.logProblem('notification', opened.error.message);
      await browser.notifications.clear(notificationId);
    })().catch((error: unknown) => context.logProblem('notification', String(error)));
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SWEEP_ALARM) void sweepSafely();
  });
  // Recreated only when missing: recreating it on every wake-up would keep pushing it back.
  void browser.alarms.get(SWEEP_ALARM).then((alarm) => {
    if (!alarm)
      browser.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_PERIOD_MINUTES, delayInMinutes: 0.1 });
  });
  browser.runtime.onStartup.addListener(() => void sweepSafely());
  browser.runtime.onInstalled.addListener(() => void sweepSafely());
}
