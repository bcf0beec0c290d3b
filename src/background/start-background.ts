import { nextDigestAt } from '../core/cadence/notification-timing';
import { sendToTab } from '../messaging/send-message';
import { browser, type Runtime } from '../platform/browser-api';
import { openDatabase } from '../storage/database';
import {
  OUTLOOK_SERVICE_URL_PATTERNS,
  type OutlookRequestHeaders,
  readOutlookRequestHeaders,
} from '../webmail/outlook/parse-service-request';
import { announceNewlyDue, type ShowNotification, showDigest } from './announce-due';
import { createBackgroundContext } from './background-context';
import { createBackgroundHandlers, readPopupView } from './create-background-handlers';
import { DraftSaveWatch } from './draft-save-watch';
import { threadIdOfNotification } from './due-notification';
import { handleGmailSync, type SyncRequestDetails } from './handle-gmail-sync';
import {
  handleOutlookService,
  isOutlookServiceRequest,
  resumeOutlookSends,
  type ServiceRequestDetails,
} from './handle-outlook-service';
import { ServiceRequestJoin } from './join-service-request';
import { focusMailTab } from './mail-tabs';
import { openThreadInMail } from './open-thread-in-mail';
import { createRouter } from './route-message';
import { runSweep } from './run-sweep';
import { type AskPage, confirmSend, resumeSendConfirmations } from './send-confirmations';

export const SWEEP_ALARM = 'sweep';
export const DIGEST_ALARM = 'digest';
const SWEEP_PERIOD_MINUTES = 5;
/** How long the page gets to show Gmail's "Message sent" toast after the sync request left. */
const SEND_TOAST_TIMEOUT_MS = 15_000;
/**
 * How long Outlook's compose gets to close after its send request; the page then watches Outlook's
 * undo window (up to 12 s), all within the 30 s a pending message keeps the worker awake.
 */
const OUTLOOK_COMPOSE_CLOSE_TIMEOUT_MS = 10_000;

/**
 * Registers every listener synchronously at the top level of the worker (MV3: listeners added later
 * miss the event that woke the worker) and keeps no state between wake-ups but the database.
 */
export function startBackground(): void {
  const db = openDatabase();
  const context = createBackgroundContext(db);

  const showNotification: ShowNotification = async (notification) => {
    await browser.notifications.create(notification.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: notification.title,
      message: notification.message,
    });
  };
  // Alarms run on the machine's clock, so the digest is planned on it (not the demo's offset clock).
  const scheduleDigest = async () => {
    const { digestHour } = await context.preferences();
    if (digestHour === null) await browser.alarms.clear(DIGEST_ALARM);
    else {
      const { timeZone } = await context.cadenceSettings();
      browser.alarms.create(DIGEST_ALARM, { when: nextDigestAt(Date.now(), digestHour, timeZone) });
    }
  };

  const sweepAndBadge = async () => {
    const outcome = await runSweep(context);
    await browser.action.setBadgeText({ text: outcome.due > 0 ? String(outcome.due) : '' });
    await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
    // runSweep reports each step once, ever (its mark is stored with the step's event).
    await announceNewlyDue(context, showNotification, outcome.newlyDue);
    // Computed now, in the background, so the next popup opens on a stored view.
    await readPopupView(context);
    return outcome;
  };
  const sweepSafely = () =>
    sweepAndBadge().catch((error: unknown) => context.logProblem('sweep', String(error)));

  const askGmailPage: AskPage = async (tabId, sentAt) => {
    const answer = await sendToTab(tabId, 'send/await-confirmation', {
      timeoutMs: SEND_TOAST_TIMEOUT_MS,
      sentAt,
    });
    return answer.ok ? answer.value.outcome : null;
  };
  // A worker stopped while a page was still confirming a send asks that page again.
  void resumeSendConfirmations(context, askGmailPage, Date.now()).catch((error: unknown) =>
    context.logProblem('gmail-page', String(error)),
  );

  const draftSaves = new DraftSaveWatch();
  const handlers = createBackgroundHandlers(context, {
    sweep: sweepSafely,
    preferencesChanged: scheduleDigest,
    draftSaves,
    mailTabs: { focus: focusMailTab, send: sendToTab },
  });

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
          await confirmSend(
            context,
            {
              threadId: recording.threadId,
              tabId: details.tabId,
              // A press of Undo a moment before the request left still undoes it.
              sentAt: Math.floor(details.timeStamp) - 1_000,
              since: Date.now(),
            },
            askGmailPage,
          );
        }
        if (recordings.length > 0) await sweepSafely();
      })().catch((error: unknown) => context.logProblem('gmail-sync', String(error)));
      return undefined;
    },
    { urls: ['https://mail.google.com/sync/*'] },
    ['requestBody'],
  );

  const askOutlookPage = async (tabId: number, sentAt: number) => {
    const answer = await sendToTab(tabId, 'send/await-confirmation', {
      timeoutMs: OUTLOOK_COMPOSE_CLOSE_TIMEOUT_MS,
      sentAt,
    });
    return answer.ok ? answer.value : null;
  };
  // A worker stopped while an Outlook page was confirming a send asks that page again.
  void resumeOutlookSends(context, askOutlookPage, Date.now())
    .then((recordings) => (recordings.length > 0 ? sweepSafely() : undefined))
    .catch((error: unknown) => context.logProblem('outlook-service', String(error)));

  const outlookRequests = new ServiceRequestJoin<ServiceRequestDetails, OutlookRequestHeaders>(
    (details, headers) => {
      void (async () => {
        const { recordings, draftSaves: saved } = await handleOutlookService(
          context,
          details,
          headers ?? {},
          askOutlookPage,
        );
        if (saved > 0) draftSaves.seen(details.tabId);
        if (recordings.length > 0) await sweepSafely();
      })().catch((error: unknown) => context.logProblem('outlook-service', String(error)));
    },
  );
  browser.webRequest.onBeforeRequest.addListener(
    (details) => {
      if (isOutlookServiceRequest(details.url, details.method))
        outlookRequests.body(details.requestId, details as unknown as ServiceRequestDetails);
      return undefined;
    },
    { urls: OUTLOOK_SERVICE_URL_PATTERNS },
    ['requestBody'],
  );
  browser.webRequest.onBeforeSendHeaders.addListener(
    (details) => {
      outlookRequests.headers(details.requestId, readOutlookRequestHeaders(details.requestHeaders));
      return undefined;
    },
    { urls: OUTLOOK_SERVICE_URL_PATTERNS },
    ['requestHeaders'],
  );

  browser.notifications.onClicked.addListener((notificationId) => {
    const threadId = threadIdOfNotification(notificationId);
    void (async () => {
      if (threadId) await openThreadInMail(context, { focus: focusMailTab, send: sendToTab }, threadId);
      await browser.notifications.clear(notificationId);
    })().catch((error: unknown) => context.logProblem('notification', String(error)));
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SWEEP_ALARM) void sweepSafely();
    if (alarm.name === DIGEST_ALARM)
      void showDigest(context, showNotification)
        .then(scheduleDigest)
        .catch((error: unknown) => context.logProblem('digest', String(error)));
  });
  // Recreated only when missing: recreating it on every wake-up would keep pushing it back.
  void browser.alarms.get(SWEEP_ALARM).then((alarm) => {
    if (!alarm)
      browser.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_PERIOD_MINUTES, delayInMinutes: 0.1 });
  });
  const wakeUp = () => {
    void sweepSafely();
    void scheduleDigest().catch((error: unknown) => context.logProblem('digest', String(error)));
  };
  browser.runtime.onStartup.addListener(wakeUp);
  browser.runtime.onInstalled.addListener(wakeUp);
}
