import { validateCadenceSettings } from '../core/cadence/cadence-settings';
import type { DraftLanguage, DraftTone } from '../core/drafts/draft-choices';
import { explain } from '../core/explanations/explanation';
import { planSentListBackfill } from '../core/mailbox-import/plan-sent-list-backfill';
import { normalizeNeverTrackEntry } from '../core/preferences/user-preferences';
import { ageInvoices } from '../core/threads/age-invoices';
import { isTerminalStatus } from '../core/threads/evaluate-thread';
import { openItemsCsv } from '../core/threads/open-items-csv';
import type { MailClient, TrackedThread } from '../core/threads/tracked-thread';
import { checkTone } from '../core/tone/check-tone';
import type { AdapterHealth, ResultOf, ThreadSummary } from '../messaging/protocol';
import type { sendToTab } from '../messaging/send-message';
import { BackupRefused } from '../storage/backup';
import { actOnThread, undoThreadAction } from './act-on-thread';
import {
  type BackgroundContext,
  CADENCE_SETTINGS_KEY,
  CLOCK_OFFSET_KEY,
  defaultCadenceSettings,
  PREFERENCES_KEY,
  PROFILE_KEY,
} from './background-context';
import { readCorrections } from './classifier-corrections';
import type { DraftSaveWatch } from './draft-save-watch';
import { MessageFailure } from './message-failure';
import { openThreadInMail } from './open-thread-in-mail';
import { recordMailArrived } from './record-mail-arrived';
import { findTrackedThread, recordThreadSeen } from './record-thread-seen';
import type { BackgroundHandlers } from './route-message';
import { suggestDraft, toneContextOf } from './suggest-draft';
import { summarizeThread } from './summarize-thread';

export const HEALTH_KEY_PREFIX = 'health:';
/**
 * How long the popup's computed view stands when no thread changed: the sweep runs every 5 minutes, and
 * "days silent" moves by days, so a view this old shows nothing a fresh one would not.
 */
const POPUP_SNAPSHOT_MAX_AGE_MS = 5 * 60_000;

type PopupView = Omit<ResultOf<'threads/list'>, 'health'>;
const isPopupView = (value: unknown): value is { computedAt: number; view: PopupView } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { computedAt?: unknown }).computedAt === 'number' &&
  Array.isArray((value as { view?: { threads?: unknown } }).view?.threads);

/** The popup's lists, counts and invoice aging: from the stored view while no thread changed. */
export async function readPopupView(context: BackgroundContext): Promise<PopupView> {
  const now = await context.now();
  const settings = await context.cadenceSettings();
  return context.threads.popupSnapshot(now, POPUP_SNAPSHOT_MAX_AGE_MS, isPopupView, (tracked) => {
    const shown = chooseThreadsToShow(tracked);
    return {
      now,
      threads: shown.threads.map((thread) => summarizeThread(thread, settings, now)),
      counts: shown.counts,
      aging: ageInvoices(tracked, settings.invoiceDefaultTermsDays, now),
    };
  });
}

/** Whether the user left the sidebar open, per mail client (issue #7). */
export const SIDEBAR_KEY_PREFIX = 'sidebar:';
/** The sidebar's due queue, when no tracked thread is open: the first screenful. */
const SIDEBAR_DUE_LIMIT = 20;
const DAY_MS = 86_400_000;
/** The popup draws only the most urgent threads (issue #7: it opens fast with 10,000 tracked). */
const OPEN_SHOWN = 40;
const RECENTLY_DONE_SHOWN = 20;

/**
 * The threads the popup lists, chosen from stored fields alone so that only these few are evaluated:
 * due ones with money first and the oldest first, then waiting ones by their next step, then the most
 * recently finished.
 */
export function chooseThreadsToShow(tracked: readonly TrackedThread[]) {
  const due = tracked
    .filter((thread) => thread.status === 'due')
    .sort((a, b) => Number(b.kind === 'invoice') - Number(a.kind === 'invoice') || a.sentAt - b.sentAt);
  const waiting = tracked
    .filter((thread) => thread.status !== 'due' && !isTerminalStatus(thread.status))
    .sort((a, b) => (a.nextDueAt ?? Number.POSITIVE_INFINITY) - (b.nextDueAt ?? Number.POSITIVE_INFINITY));
  const done = tracked
    .filter((thread) => isTerminalStatus(thread.status))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  return {
    threads: [
      ...due.slice(0, OPEN_SHOWN),
      ...waiting.slice(0, OPEN_SHOWN),
      ...done.slice(0, RECENTLY_DONE_SHOWN),
    ],
    counts: { due: due.length, waiting: waiting.length, done: done.length },
  };
}
/**
 * Gmail and Outlook save a draft a second or two after an edit; longer than this means the mail client
 * did not register the inserted text.
 */
const DRAFT_SAVE_TIMEOUT_MS = 8_000;

/** What the handlers need from outside the database: the sweep, and the user's mail tabs. */
export interface HandlerDependencies {
  sweep(): Promise<unknown>;
  draftSaves: DraftSaveWatch;
  mailTabs: {
    focus(client: MailClient, account: string): Promise<number>;
    send: typeof sendToTab;
  };
  /** After the user saved preferences: the digest's alarm follows its hour. */
  preferencesChanged?(): Promise<void>;
  /** The machine's clock, under the demo's offset. */
  wallClock?: () => number;
}

/** One handler per background message type; the contract checks at compile time that none is missing. */
export function createBackgroundHandlers(
  context: BackgroundContext,
  deps: HandlerDependencies,
): BackgroundHandlers {
  const wallClock = deps.wallClock ?? Date.now;
  const trackedThread = async (threadId: string) => {
    const thread = await context.threads.findById(threadId);
    if (!thread) throw new MessageFailure('not_found', explain('failThreadNotTracked'));
    return thread;
  };
  const summaryOf = async (threadId: string) =>
    summarizeThread(await trackedThread(threadId), await context.cadenceSettings(), await context.now());
  const draftFor = async (threadId: string, choice: { lang?: DraftLanguage; tone?: DraftTone } = {}) => {
    const thread = await trackedThread(threadId);
    const preferences = await context.preferences();
    const draft = suggestDraft(
      thread,
      await context.cadenceSettings(),
      await context.now(),
      await context.profile(),
      {
        lang: choice.lang ?? preferences.draftLanguage,
        tone: choice.tone ?? preferences.draftTone,
      },
    );
    return { thread, ...draft };
  };

  return {
    'threads/list': async () => {
      const view = await readPopupView(context);
      const health = (await context.settings.readAllStartingWith(HEALTH_KEY_PREFIX)) as AdapterHealth[];
      return { ...view, health };
    },
    'draft/suggest': async ({ threadId, lang, tone: draftTone }) => {
      const { draft, tone, ...written } = await draftFor(threadId, {
        ...(lang ? { lang } : {}),
        ...(draftTone ? { tone: draftTone } : {}),
      });
      return {
        subject: draft.subject,
        body: draft.body,
        lang: written.lang,
        draftTone: written.draftTone,
        tone,
        callScript: draft.callScript ?? null,
        voicemailScript: draft.voicemailScript ?? null,
      };
    },
    'tone/check': async ({ threadId, text, lang }) => {
      const thread = await trackedThread(threadId);
      return checkTone(
        text,
        toneContextOf(thread, await context.cadenceSettings(), await context.now(), lang),
      );
    },
    'thread/act': async ({ threadId, action }) => {
      const { undoToken, thread } = await actOnThread(context, threadId, action);
      await deps.sweep();
      return { undoToken, summary: await summaryOf(thread.id) };
    },
    'thread/undo': async ({ undoToken }) => {
      const thread = await undoThreadAction(context, undoToken);
      await deps.sweep();
      return { summary: await summaryOf(thread.id) };
    },
    'draft/insert': async ({ threadId, text }) => {
      const { thread, draft } = await draftFor(threadId);
      const tabId = await deps.mailTabs.focus(thread.client, thread.account);
      const draftSaved = deps.draftSaves.next(tabId, DRAFT_SAVE_TIMEOUT_MS);
      const inserted = await deps.mailTabs.send(tabId, 'compose/insert-draft', {
        mailThreadIds: thread.mailThreadIds,
        subject: thread.subject,
        text: text ?? draft.body,
      });
      if (!inserted.ok) {
        deps.draftSaves.cancel(tabId);
        throw MessageFailure.relaying(inserted.error);
      }
      return { tabId, client: thread.client, draftSaved: await draftSaved };
    },
    'clock/skip-ahead': async ({ days }) => {
      const offset = (await context.now()) - wallClock() + days * DAY_MS;
      await context.settings.write(CLOCK_OFFSET_KEY, offset);
      await deps.sweep();
      return { offsetMs: offset };
    },
    'settings/get': async () => ({
      cadence: await context.cadenceSettings(),
      defaults: defaultCadenceSettings(),
      profile: await context.profile(),
      preferences: await context.preferences(),
      corrections: await readCorrections(context),
    }),
    'settings/save': async ({ cadence, profile, preferences }) => {
      const checked = validateCadenceSettings(cadence);
      // The first problem is shown: the user fixes one at a time.
      if (!checked.ok) throw new MessageFailure('invalid', checked.errors[0]!);
      await context.settings.write(CADENCE_SETTINGS_KEY, checked.settings);
      await context.settings.write(PROFILE_KEY, profile);
      await context.settings.write(PREFERENCES_KEY, {
        ...preferences,
        neverTrack: [...new Set(preferences.neverTrack.map(normalizeNeverTrackEntry))],
      });
      await deps.preferencesChanged?.();
      const replanned = await context.threads.replanOpenThreads(await context.now());
      await deps.sweep();
      return { cadence: checked.settings, replanned };
    },
    'data/export': async () => {
      const now = await context.now();
      const backup = await context.backup.export(now);
      return {
        json: JSON.stringify(backup),
        csv: openItemsCsv(backup.threads, now),
        fileStem: `follow-through-${new Date(now).toISOString().slice(0, 10)}`,
      };
    },
    'data/import': async ({ json, dryRun }) => {
      try {
        const summary = await context.backup.import(json, dryRun);
        if (!dryRun) {
          await context.threads.replanOpenThreads(await context.now());
          await deps.sweep();
        }
        return summary;
      } catch (error) {
        if (error instanceof BackupRefused) throw new MessageFailure('invalid', error.explanation);
        throw new MessageFailure('invalid', error instanceof Error ? error.message : String(error));
      }
    },
    'data/delete-all': async () => {
      const deletedThreads = await context.backup.deleteEverything();
      await deps.sweep();
      return { deletedThreads };
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
      if (outcome.changed > 0) await deps.sweep();
      return outcome;
    },
    'history/import': async ({ dryRun, threads }) => {
      let added = 0;
      for (const planned of threads)
        if (await context.threads.importPlannedThread(planned, dryRun)) added += 1;
      if (!dryRun && added > 0) await deps.sweep();
      return { added, alreadyKnown: threads.length - added };
    },
    'thread/open-in-mail': ({ threadId }) => openThreadInMail(context, deps.mailTabs, threadId),
    'sidebar/context': async (_params, sender) => {
      const now = await context.now();
      const settings = await context.cadenceSettings();
      const tabId = sender.tab?.id;
      const page = tabId === undefined ? null : await deps.mailTabs.send(tabId, 'page/open-thread', {});
      const shown = page?.ok ? page.value : null;
      const empty = {
        now,
        client: null,
        thread: null,
        history: [],
        due: [] as ThreadSummary[],
        sentListShown: shown?.sentListShown ?? false,
      };
      const tracked =
        shown?.thread && shown.account !== null
          ? await findTrackedThread(context, {
              client: shown.client,
              account: shown.account,
              ...shown.thread,
            })
          : undefined;
      if (tracked) {
        const history = (await context.threads.historyOf(tracked.id)).map((event) => ({
          at: event.at,
          type: event.type,
          note: event.evidence.note ?? null,
        }));
        return { ...empty, client: tracked.client, thread: summarizeThread(tracked, settings, now), history };
      }
      const due = (await context.threads.dueNow(SIDEBAR_DUE_LIMIT)).map((thread) =>
        summarizeThread(thread, settings, now),
      );
      return { ...empty, client: shown?.client ?? null, due };
    },
    'history/scan-sent': async (_params, sender) => {
      const tabId = sender.tab?.id;
      const page = tabId === undefined ? null : await deps.mailTabs.send(tabId, 'page/read-sent-list', {});
      const nothing = { shown: false, rowsRead: 0, undated: 0, alreadyTracked: 0, candidates: [] };
      // Only Gmail's Sent list is read so far; Outlook's adapter has no readSentList.
      if (!page?.ok || !page.value.list || page.value.account === null || page.value.client !== 'gmail')
        return nothing;
      const { client, account, list } = page.value;
      // The rows name only the other side; without the user's address their own messages would
      // later read as the client's answers, so the address the user sent live mail from stands in.
      const ownAddress = list.ownAddress ?? (await context.threads.ownAddressOf(client, account));
      if (!ownAddress) throw new MessageFailure('unavailable', explain('failOwnAddressUnknown'));
      const plan = planSentListBackfill(list.rows, {
        ownAddress,
        client,
        account,
        now: await context.now(),
        cadence: await context.cadenceSettings(),
        preferences: await context.preferences(),
        corrections: await readCorrections(context),
      });
      const candidates = [];
      for (const candidate of plan.candidates)
        if (await context.threads.importPlannedThread(candidate.planned, true)) candidates.push(candidate);
      return {
        shown: true,
        rowsRead: plan.rowsRead,
        undated: plan.undated,
        alreadyTracked: plan.candidates.length - candidates.length,
        candidates,
      };
    },
    'compose/check-tone': async ({ threadId }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new MessageFailure('unavailable', explain('failNoMailTabToCheck'));
      const written = await deps.mailTabs.send(tabId, 'compose/read-text', {});
      if (!written.ok) throw MessageFailure.relaying({ ...written.error, code: 'unavailable' });
      const text = written.value.text;
      if (text === null || text.trim() === '')
        throw new MessageFailure('not_found', explain('failNoReplyBeingWritten'));
      const thread = threadId ? await context.threads.findById(threadId) : undefined;
      const toneContext = thread
        ? toneContextOf(thread, await context.cadenceSettings(), await context.now())
        : {};
      return { text, tone: checkTone(text, toneContext) };
    },
    'page/sidebar-state': async ({ client, open }) => {
      const key = `${SIDEBAR_KEY_PREFIX}${client}`;
      if (open !== undefined) await context.settings.write(key, open);
      return { open: await context.settings.read(key, false, (value) => typeof value === 'boolean') };
    },
    'page/mail-arrived': async (arrived) => {
      const outcome = await recordMailArrived(context, arrived);
      if (outcome.changed > 0) await deps.sweep();
      return outcome;
    },
    'page/list-seen': async ({ client, account, mail }) => {
      let changed = 0;
      for (const listed of mail)
        changed += (await recordMailArrived(context, { client, account, ...listed })).changed;
      if (changed > 0) await deps.sweep();
      return { changed };
    },
    'page/health': async (health) => {
      await context.settings.write(`${HEALTH_KEY_PREFIX}${health.client}`, health);
      return null;
    },
  };
}
