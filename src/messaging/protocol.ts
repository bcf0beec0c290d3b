import * as v from 'valibot';
import type { CadenceSettings } from '../core/cadence/cadence-settings';
import type { FollowUpStage, StepChannel } from '../core/cadence/stages';
import type { KindCorrection } from '../core/classify/classify-email';
import { type EmailKind, TRACKED_KINDS, type TrackedKind } from '../core/classify/kinds';
import {
  DRAFT_LANGUAGES,
  DRAFT_TONES,
  type DraftLanguage,
  type DraftTone,
} from '../core/drafts/draft-choices';
import type { Explanation, StoredExplanation } from '../core/explanations/explanation';
import type { PlannedThread } from '../core/mailbox-import/plan-mailbox-backfill';
import type { SentList, SentListCandidate } from '../core/mailbox-import/plan-sent-list-backfill';
import type { UserPreferences } from '../core/preferences/user-preferences';
import type { CurrencyAging } from '../core/threads/age-invoices';
import type { ImportSummary } from '../core/threads/import-summary';
import type { ThreadStatus } from '../core/threads/tracked-thread';
import type { ToneReport } from '../core/tone/check-tone';

/**
 * The one typed contract between the extension's contexts (docs/architecture.md, "Messaging").
 * Each message type maps to its params and result; `receiver` says which context owns it, so every
 * listener can decline what it does not own. Params are validated at runtime by the receiver because
 * content scripts run next to a hostile page.
 */

export interface ThreadSummary {
  id: string;
  client: 'gmail' | 'outlook';
  kind: EmailKind;
  subject: string;
  clientName: string;
  clientEmail: string;
  status: ThreadStatus;
  sentAt: number;
  daysSilent: number;
  amount: number | null;
  currency: string | null;
  invoiceNumber: string | null;
  dueDate: string | null;
  /**
   * What the core says, as explanations the UI words in its language (`explainInUiLanguage`). Words
   * stored by older versions (a thread's note, its signals, a popup view kept across an update) stay
   * English text.
   */
  dueStep: { label: StoredExplanation; stage: FollowUpStage; channel: StepChannel; dueAt: number } | null;
  nextStep: { label: StoredExplanation; dueAt: number } | null;
  /** "Why is this due?" */
  reason: StoredExplanation;
  /** "Acme usually replies in about 5 days", once their timing is known. */
  usualReply: StoredExplanation | null;
  /** Why the classifier chose the kind: "attachment named Invoice_1043.pdf". */
  signals: StoredExplanation[];
}

export interface SuggestedDraft {
  subject: string | null;
  body: string;
  /** The language and tone it was written in, which the user can switch. */
  lang: DraftLanguage;
  draftTone: DraftTone;
  /** The product's own tone check of the body, at this thread's stage. */
  tone: ToneReport;
  /** Phone steps: what to say, and a voicemail that spells out no account details. */
  callScript: string | null;
  voicemailScript: string | null;
}

/** A thread as the mail page shows it: every id it goes by, and its messages oldest first (text only). */
export interface PageThread {
  mailThreadIds: string[];
  subject: string;
  messages: Array<{
    messageId: string | null;
    from: { email: string; name?: string };
    bodyText: string;
    receivedAt: number | null;
  }>;
}

/** One line of a thread's story in the sidebar: when, what, and the evidence in plain words. */
export interface HistoryEntry {
  at: number;
  type: string;
  note: StoredExplanation | null;
}

/** What the user tells the product about themselves, used in every draft. */
export interface UserProfile {
  /** How the user signs follow-ups ("Sam"); empty: the name Gmail shows for their address. */
  name: string;
  /** "Tuesday or Thursday afternoon": offered where a draft suggests a call. */
  callAvailability: string;
  /** A payment page for invoice reminders; never bank details (playbook: privacy). */
  paymentLink: string;
}

/** What the user can do to a thread from the popup or the sidebar; each can be undone. */
export type ThreadAction =
  | { type: 'replied' }
  | { type: 'paid' }
  | { type: 'accepted' }
  | { type: 'declined' }
  | { type: 'stop' }
  | { type: 'snooze'; until: number }
  /** "Not a proposal/invoice": stops tracking and teaches the classifier about this client. */
  | { type: 'not_followup_worthy' }
  /** "This is a proposal": the right ladder starts, and the classifier learns it. */
  | { type: 'reclassify'; kind: TrackedKind };

export interface AdapterHealth {
  client: 'gmail' | 'outlook';
  state: 'ok' | 'degraded';
  /** Names of required page hooks that did not match, in product words ("threadView"). */
  missing: string[];
}

export interface MessageContract {
  'threads/list': {
    receiver: 'background';
    params: Record<string, never>;
    /** `threads`: the most urgent of each group; `counts`: how many each group holds in all. */
    result: {
      now: number;
      threads: ThreadSummary[];
      counts: { due: number; waiting: number; done: number };
      health: AdapterHealth[];
      aging: CurrencyAging[];
    };
  };
  'draft/suggest': {
    receiver: 'background';
    /** Without `lang` or `tone`, the user's preferences decide (UserPreferences). */
    params: { threadId: string; lang?: DraftLanguage; tone?: DraftTone };
    result: SuggestedDraft;
  };
  'draft/insert': {
    receiver: 'background';
    /** `text`: the user's edited draft; without it, the suggested one. */
    params: { threadId: string; text?: string };
    /** `draftSaved`: the mail client saved a draft from that tab soon after, so it registered the text. */
    result: { tabId: number; client: 'gmail' | 'outlook'; draftSaved: boolean };
  };
  'tone/check': {
    receiver: 'background';
    /** `lang`: the language the user switched the draft to; without it, the thread's. */
    params: { threadId: string; text: string; lang?: DraftLanguage };
    result: ToneReport;
  };
  'thread/act': {
    receiver: 'background';
    params: { threadId: string; action: ThreadAction };
    result: { undoToken: string; summary: ThreadSummary };
  };
  'thread/undo': {
    receiver: 'background';
    params: { undoToken: string };
    result: { summary: ThreadSummary | null };
  };
  'clock/skip-ahead': {
    receiver: 'background';
    params: { days: number };
    result: { offsetMs: number };
  };
  'settings/get': {
    receiver: 'background';
    params: Record<string, never>;
    result: {
      cadence: CadenceSettings;
      defaults: CadenceSettings;
      profile: UserProfile;
      preferences: UserPreferences;
      /** The user's "not an invoice" / "it's a proposal" corrections, for plans made outside the background. */
      corrections: KindCorrection[];
    };
  };
  'settings/save': {
    receiver: 'background';
    /** Checked by the core's validateCadenceSettings; the first problem comes back as an explanation. */
    params: { cadence: Record<string, unknown>; profile: UserProfile; preferences: UserPreferences };
    result: { cadence: CadenceSettings; replanned: number };
  };
  'data/export': {
    receiver: 'background';
    params: Record<string, never>;
    /** A JSON backup of everything, and a CSV of the open items for an accountant. */
    result: { json: string; csv: string; fileStem: string };
  };
  'data/import': {
    receiver: 'background';
    params: { json: string; dryRun: boolean };
    result: ImportSummary;
  };
  'data/delete-all': {
    receiver: 'background';
    params: { confirm: 'delete everything' };
    result: { deletedThreads: number };
  };
  'diagnostics/problems': {
    receiver: 'background';
    params: Record<string, never>;
    result: { problems: Array<{ at: number; source: string; message: string }> };
  };
  'page/thread-seen': {
    receiver: 'background';
    params: { client: 'gmail' | 'outlook'; account: string } & PageThread;
    result: { matched: boolean; changed: number };
  };
  'history/import': {
    receiver: 'background';
    /**
     * Threads planned from a mailbox file by the options page (core/mailbox-import), sent in batches.
     * `dryRun`: only count what would be added; a thread already known (by id or any of its ids) never is.
     */
    params: { dryRun: boolean; threads: PlannedThread[] };
    result: { added: number; alreadyKnown: number };
  };
  'thread/open-in-mail': {
    receiver: 'background';
    /** Shows the thread in its mail client, with the sidebar open on it. */
    params: { threadId: string };
    result: { tabId: number };
  };
  'sidebar/context': {
    receiver: 'background';
    /** Asked by the sidebar, which lives in the mail tab: the tracked thread open there, if any. */
    params: Record<string, never>;
    result: {
      now: number;
      client: 'gmail' | 'outlook' | null;
      thread: ThreadSummary | null;
      /** The open thread's story, oldest first: what was sent, which steps came, what stopped it. */
      history: HistoryEntry[];
      /** Shown when no tracked thread is open: what is due now, most urgent first. */
      due: ThreadSummary[];
      /** The page shows a Sent list: the sidebar offers to look through it (issue #4 backfill). */
      sentListShown: boolean;
    };
  };
  'history/scan-sent': {
    receiver: 'background';
    /**
     * Asked by the sidebar: the proposals and invoices among the Sent rows on screen, planned but not
     * stored; the user picks, and `history/import` tracks what they picked. `shown`: a Sent list was on
     * screen at all.
     */
    params: Record<string, never>;
    result: {
      shown: boolean;
      rowsRead: number;
      undated: number;
      alreadyTracked: number;
      candidates: SentListCandidate[];
    };
  };
  'compose/check-tone': {
    receiver: 'background';
    /** The reply the user is writing in the sidebar's tab, checked at the open thread's stage. */
    params: { threadId: string | null };
    result: { text: string; tone: ToneReport };
  };
  'page/sidebar-state': {
    receiver: 'background';
    /** `open`: the user opened or closed the sidebar; absent: the page asks how it was left. */
    params: { client: 'gmail' | 'outlook'; open?: boolean };
    result: { open: boolean };
  };
  'page/mail-arrived': {
    receiver: 'background';
    /** Mail the page showed arriving just now (a notification, a row rising to the top of the list). */
    params: {
      client: 'gmail' | 'outlook';
      account: string;
      conversationIds: string[];
      from: { email: string; name?: string };
      preview: string;
    };
    result: { changed: number };
  };
  'page/list-seen': {
    receiver: 'background';
    /**
     * The conversations a mail list on screen shows, each with its newest message's id and time (read
     * from the row's ids): mail that arrived while the page was closed. Reports are idempotent.
     */
    params: {
      client: 'gmail' | 'outlook';
      account: string;
      mail: Array<{
        conversationIds: string[];
        from: { email: string; name?: string };
        preview: string;
        messageId: string;
        receivedAt: number;
      }>;
    };
    result: { changed: number };
  };
  'page/health': {
    receiver: 'background';
    params: AdapterHealth;
    result: null;
  };
  'page/open-thread': {
    receiver: 'content';
    params: Record<string, never>;
    result: {
      client: 'gmail' | 'outlook';
      account: string | null;
      thread: PageThread | null;
      sentListShown: boolean;
    };
  };
  'page/read-sent-list': {
    receiver: 'content';
    params: Record<string, never>;
    /** `list`: null when the page shows no Sent list, or the client has no such reading. */
    result: { client: 'gmail' | 'outlook'; account: string | null; list: SentList | null };
  };
  'compose/read-text': {
    receiver: 'content';
    params: Record<string, never>;
    /** What the user has written in the open reply or compose, above signature and quote; null: none open. */
    result: { text: string | null };
  };
  'sidebar/show': {
    receiver: 'content';
    params: Record<string, never>;
    result: { shown: boolean };
  };
  'compose/insert-draft': {
    receiver: 'content';
    params: { mailThreadIds: string[]; subject: string; text: string };
    result: { inserted: true; how: 'execCommand' | 'range' };
  };
  'thread/open': {
    receiver: 'content';
    params: { mailThreadIds: string[]; subject: string };
    result: { opened: true };
  };
  'send/await-confirmation': {
    receiver: 'content';
    /** `sentAt`: when the browser saw the send request (epoch ms, the browser's own clock). */
    params: { timeoutMs: number; sentAt: number };
    /** `compose`: what the pressed compose showed, where the adapter can read it (Outlook). */
    result: {
      outcome: 'confirmed' | 'undone' | 'no_signal';
      compose: {
        subject: string | null;
        recipientEmails: string[];
        bodyText: string;
        conversationIds: string[];
      } | null;
    };
  };
  'content/ping': {
    receiver: 'content';
    params: Record<string, never>;
    result: { client: 'gmail' | 'outlook'; account: string | null };
  };
}

export type MessageType = keyof MessageContract;
export type ParamsOf<T extends MessageType> = MessageContract[T]['params'];
export type ResultOf<T extends MessageType> = MessageContract[T]['result'];
export type TypesFor<R extends 'background' | 'content'> = {
  [T in MessageType]: MessageContract[T]['receiver'] extends R ? T : never;
}[MessageType];

export interface MessageError {
  code: 'invalid' | 'forbidden' | 'not_found' | 'unavailable' | 'failed';
  /** English, for logs and for failures nobody worded for the user (a bug, a malformed message). */
  message: string;
  /** What the user is told, in the UI's language, when the failure is one the product expects. */
  explanation?: Explanation;
}

/** Errors cross contexts as data: a rejected promise loses its type on the way. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: MessageError };

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  params: ParamsOf<T>;
}

const noParams = v.strictObject({});
/** Planned threads per `history/import` message: small enough for one message, many for few round trips. */
export const HISTORY_IMPORT_BATCH = 200;

const hourOfDay = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23));

/** The options page's preferences, checked field by field; each message names what is wrong. */
export const PREFERENCES_SCHEMA = v.strictObject({
  trackedKinds: v.pipe(v.array(v.picklist(TRACKED_KINDS)), v.maxLength(TRACKED_KINDS.length)),
  neverTrack: v.pipe(
    v.array(
      v.pipe(
        v.string(),
        v.trim(),
        v.toLowerCase(),
        v.maxLength(320),
        v.regex(/^@?[^\s@]+(?:@[^\s@]+)?\.[a-z0-9-]{2,}$/, 'never-track entries are addresses or domains'),
      ),
    ),
    v.maxLength(500),
  ),
  draftTone: v.picklist(DRAFT_TONES),
  draftLanguage: v.picklist(['thread', ...DRAFT_LANGUAGES]),
  notifyWhenDue: v.boolean(),
  digestHour: v.nullable(hourOfDay),
  quietHours: v.nullable(v.strictObject({ from: hourOfDay, to: hourOfDay })),
});

export const PROFILE_SCHEMA = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.maxLength(80)),
  callAvailability: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  paymentLink: v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(500),
    v.check((link) => link === '' || /^https:\/\/\S+$/.test(link), 'a payment link starts with https://'),
  ),
});
const draftText = v.pipe(v.string(), v.minLength(1), v.maxLength(20_000));
const threadId = v.pipe(v.string(), v.minLength(1), v.maxLength(512));

/** Runtime shape of every message's params; the `satisfies` keeps it in step with the contract. */
export const PARAMS_SCHEMAS = {
  'threads/list': noParams,
  'draft/suggest': v.strictObject({
    threadId,
    lang: v.optional(v.picklist(DRAFT_LANGUAGES)),
    tone: v.optional(v.picklist(DRAFT_TONES)),
  }),
  'draft/insert': v.strictObject({ threadId, text: v.optional(draftText) }),
  'tone/check': v.strictObject({
    threadId,
    text: v.pipe(v.string(), v.maxLength(20_000)),
    lang: v.optional(v.picklist(DRAFT_LANGUAGES)),
  }),
  'thread/act': v.strictObject({
    threadId,
    action: v.variant('type', [
      v.strictObject({
        type: v.picklist(['replied', 'paid', 'accepted', 'declined', 'stop', 'not_followup_worthy']),
      }),
      v.strictObject({ type: v.literal('snooze'), until: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
      v.strictObject({ type: v.literal('reclassify'), kind: v.picklist(TRACKED_KINDS) }),
    ]),
  }),
  'thread/undo': v.strictObject({ undoToken: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) }),
  'clock/skip-ahead': v.strictObject({
    days: v.pipe(v.number(), v.integer(), v.minValue(-3650), v.maxValue(3650)),
  }),
  'settings/get': noParams,
  'settings/save': v.strictObject({
    cadence: v.record(v.pipe(v.string(), v.maxLength(64)), v.unknown()),
    profile: PROFILE_SCHEMA,
    preferences: PREFERENCES_SCHEMA,
  }),
  'data/export': noParams,
  // A backup of years of threads stays far below this; a larger file is not ours.
  'data/import': v.strictObject({ json: v.pipe(v.string(), v.maxLength(50_000_000)), dryRun: v.boolean() }),
  'data/delete-all': v.strictObject({ confirm: v.literal('delete everything') }),
  'diagnostics/problems': noParams,
  'page/thread-seen': v.strictObject({
    client: v.picklist(['gmail', 'outlook']),
    account: v.pipe(v.string(), v.maxLength(320)),
    mailThreadIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(512))), v.maxLength(16)),
    subject: v.pipe(v.string(), v.maxLength(2_000)),
    messages: v.pipe(
      v.array(
        v.strictObject({
          messageId: v.nullable(v.pipe(v.string(), v.maxLength(512))),
          from: v.strictObject({
            email: v.pipe(v.string(), v.maxLength(320)),
            name: v.optional(v.pipe(v.string(), v.maxLength(320))),
          }),
          bodyText: v.pipe(v.string(), v.maxLength(20_000)),
          receivedAt: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
        }),
      ),
      v.maxLength(200),
    ),
  }),
  'history/import': v.strictObject({
    dryRun: v.boolean(),
    threads: v.pipe(
      v.array(
        v.looseObject({
          thread: v.looseObject({
            id: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
            client: v.picklist(['gmail', 'outlook']),
            account: v.pipe(v.string(), v.maxLength(320)),
            mailThreadIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(1_000))), v.maxLength(16)),
            sentAt: v.number(),
          }),
          messages: v.pipe(
            v.array(v.looseObject({ mailMessageId: v.pipe(v.string(), v.maxLength(1_000)), at: v.number() })),
            v.maxLength(500),
          ),
          events: v.pipe(v.array(v.looseObject({ type: v.string(), at: v.number() })), v.maxLength(500)),
        }),
      ),
      v.maxLength(HISTORY_IMPORT_BATCH),
    ),
  }) as unknown as v.GenericSchema<unknown, { dryRun: boolean; threads: PlannedThread[] }>,
  'thread/open-in-mail': v.strictObject({ threadId }),
  'sidebar/context': noParams,
  'history/scan-sent': noParams,
  'compose/check-tone': v.strictObject({ threadId: v.nullable(threadId) }),
  'page/sidebar-state': v.strictObject({
    client: v.picklist(['gmail', 'outlook']),
    open: v.optional(v.boolean()),
  }),
  'page/mail-arrived': v.strictObject({
    client: v.picklist(['gmail', 'outlook']),
    account: v.pipe(v.string(), v.maxLength(320)),
    conversationIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(512))), v.maxLength(4)),
    from: v.strictObject({
      email: v.pipe(v.string(), v.maxLength(320)),
      name: v.optional(v.pipe(v.string(), v.maxLength(320))),
    }),
    preview: v.pipe(v.string(), v.maxLength(1_000)),
  }),
  'page/list-seen': v.strictObject({
    client: v.picklist(['gmail', 'outlook']),
    account: v.pipe(v.string(), v.maxLength(320)),
    mail: v.pipe(
      v.array(
        v.strictObject({
          conversationIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(512))), v.maxLength(4)),
          from: v.strictObject({
            email: v.pipe(v.string(), v.maxLength(320)),
            name: v.optional(v.pipe(v.string(), v.maxLength(320))),
          }),
          preview: v.pipe(v.string(), v.maxLength(1_000)),
          messageId: v.pipe(v.string(), v.minLength(1), v.maxLength(512)),
          receivedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
        }),
      ),
      v.maxLength(200),
    ),
  }),
  'page/health': v.strictObject({
    client: v.picklist(['gmail', 'outlook']),
    state: v.picklist(['ok', 'degraded']),
    missing: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(32)),
  }),
  'page/open-thread': noParams,
  'page/read-sent-list': noParams,
  'compose/read-text': noParams,
  'sidebar/show': noParams,
  'compose/insert-draft': v.strictObject({
    mailThreadIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(512))), v.maxLength(64)),
    subject: v.pipe(v.string(), v.maxLength(2000)),
    text: draftText,
  }),
  'thread/open': v.strictObject({
    mailThreadIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(512))), v.maxLength(64)),
    subject: v.pipe(v.string(), v.maxLength(2000)),
  }),
  'send/await-confirmation': v.strictObject({
    timeoutMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60_000)),
    sentAt: v.pipe(v.number(), v.minValue(0)),
  }),
  'content/ping': noParams,
} satisfies { [T in MessageType]: v.GenericSchema<unknown, ParamsOf<T>> };

const envelopeSchema = v.object({ type: v.string(), params: v.unknown() });

export type EnvelopeReading =
  | { ok: true; envelope: Envelope }
  | { ok: false; reason: 'not_ours' }
  | { ok: false; reason: 'invalid'; error: MessageError };

/** Reads a raw runtime message: declines what is not ours, rejects malformed params with a clear error. */
export function readEnvelope(raw: unknown, receiver: 'background' | 'content'): EnvelopeReading {
  const shape = v.safeParse(envelopeSchema, raw);
  if (!shape.success) return { ok: false, reason: 'not_ours' };
  const type = shape.output.type;
  if (!(type in PARAMS_SCHEMAS) || RECEIVERS[type as MessageType] !== receiver) {
    return { ok: false, reason: 'not_ours' };
  }
  const schema = PARAMS_SCHEMAS[type as MessageType];
  const params = v.safeParse(schema, shape.output.params ?? {});
  if (!params.success) {
    const issue = params.issues[0];
    const where = issue?.path?.map((item) => String(item.key)).join('.') || 'params';
    return {
      ok: false,
      reason: 'invalid',
      error: { code: 'invalid', message: `${type}: ${where}: ${issue?.message ?? 'invalid'}` },
    };
  }
  return {
    ok: true,
    envelope: { type: type as MessageType, params: params.output as ParamsOf<MessageType> },
  };
}

export const RECEIVERS: { [T in MessageType]: MessageContract[T]['receiver'] } = {
  'threads/list': 'background',
  'draft/suggest': 'background',
  'draft/insert': 'background',
  'tone/check': 'background',
  'thread/act': 'background',
  'thread/undo': 'background',
  'clock/skip-ahead': 'background',
  'settings/get': 'background',
  'settings/save': 'background',
  'data/export': 'background',
  'data/import': 'background',
  'data/delete-all': 'background',
  'diagnostics/problems': 'background',
  'page/thread-seen': 'background',
  'history/import': 'background',
  'thread/open-in-mail': 'background',
  'sidebar/context': 'background',
  'history/scan-sent': 'background',
  'compose/check-tone': 'background',
  'page/sidebar-state': 'background',
  'page/mail-arrived': 'background',
  'page/list-seen': 'background',
  'page/health': 'background',
  'compose/insert-draft': 'content',
  'thread/open': 'content',
  'page/open-thread': 'content',
  'page/read-sent-list': 'content',
  'compose/read-text': 'content',
  'sidebar/show': 'content',
  'send/await-confirmation': 'content',
  'content/ping': 'content',
};
