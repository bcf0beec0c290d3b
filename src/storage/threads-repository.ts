import type { MailAddress } from '../core/mail';
import type { PlannedThread } from '../core/mailbox-import/plan-mailbox-backfill';
import type { ThreadEvent } from '../core/threads/thread-events';
import type { MailClient, TrackedThread } from '../core/threads/tracked-thread';
import type { FollowThroughDatabase, StoredEvent, StoredMessage } from './database';

/** One fact reported about a thread maps to one key, so a second report of it stores nothing. */
export function eventDedupeKey(event: ThreadEvent): string {
  const detail = event.evidence.messageId ?? event.evidence.rule ?? String(event.at);
  return `${event.threadId}|${event.type}|${event.evidence.source}|${detail}`;
}

function toStoredEvent(event: ThreadEvent): StoredEvent {
  return { ...event, dedupeKey: eventDedupeKey(event) };
}

export function messageKey(client: MailClient, account: string, mailMessageId: string): string {
  return `${client}:${account}:${mailMessageId}`;
}

/** The popup's view of all threads, kept between changes (ThreadsRepository.popupSnapshot). */
export const POPUP_SNAPSHOT_KEY = 'popupSnapshot';

/** Intent-named access to tracked threads; callers never write raw queries. */
export class ThreadsRepository {
  constructor(private readonly db: FollowThroughDatabase) {}

  findById(id: string): Promise<TrackedThread | undefined> {
    return this.db.threads.get(id);
  }

  async findByMailThreadId(client: MailClient, account: string, mailThreadId: string) {
    const candidates = await this.db.threads.where('mailThreadIds').equals(mailThreadId).toArray();
    return candidates.find((thread) => thread.client === client && thread.account === account);
  }

  /**
   * The address the user sent tracked mail from in this account, newest first: stands in where a page
   * does not name the user. A scan of every thread, so only for rare, user-started actions.
   */
  async ownAddressOf(client: MailClient, account: string): Promise<MailAddress | null> {
    let newest: TrackedThread | undefined;
    await this.db.threads.each((thread) => {
      if (thread.client !== client || thread.account !== account || !thread.from.email.includes('@')) return;
      if (!newest || thread.sentAt > newest.sentAt) newest = thread;
    });
    return newest ? newest.from : null;
  }

  /**
   * Open threads of one mail account whose subject matches: how a new Outlook conversation, sent with no
   * conversation id, is found again when the page first shows it (record-thread-seen.ts).
   */
  async openWithSubject(
    client: MailClient,
    account: string,
    matches: (subject: string) => boolean,
  ): Promise<TrackedThread[]> {
    return this.db.threads
      .where('status')
      .anyOf(['waiting', 'due', 'snoozed', 'paused'])
      .filter((thread) => thread.client === client && thread.account === account && matches(thread.subject))
      .limit(20)
      .toArray();
  }

  /**
   * Every thread with anyone at this organization's domain: where a company's reply timing is learned
   * from. Addresses are indexed whole, so this reads every thread; it runs only after a reply.
   */
  withOrganization(domain: string): Promise<TrackedThread[]> {
    const suffix = `@${domain.toLowerCase()}`;
    return this.db.threads
      .filter((thread) => thread.counterpart.email.toLowerCase().endsWith(suffix))
      .toArray();
  }

  /** Every thread with this client (by address): where their reply timing is learned from. */
  withClient(email: string): Promise<TrackedThread[]> {
    return this.db.threads.where('counterpart.email').equals(email).toArray();
  }

  /** The thread a message of the user's belongs to, by its stored message key. */
  async findBySentMessage(key: string): Promise<TrackedThread | undefined> {
    const message = await this.db.messages.get(key);
    return message && message.direction === 'sent' ? this.db.threads.get(message.threadId) : undefined;
  }

  async hasMessage(key: string): Promise<boolean> {
    return (await this.db.messages.get(key)) !== undefined;
  }

  /**
   * Stores a newly tracked thread with its first message and event in one transaction, so a worker
   * stopped mid-step leaves either all of it or none. Returns false when the message was already
   * recorded (the same send reported twice).
   */
  async recordTrackedSend(
    thread: TrackedThread,
    message: StoredMessage,
    event: ThreadEvent,
  ): Promise<boolean> {
    return this.db.transaction('rw', this.writeScope, async () => {
      if (await this.db.messages.get(message.id)) return false;
      await this.db.threads.put(thread);
      await this.forgetPopupSnapshot();
      await this.db.messages.put(message);
      await this.putEventOnce(event);
      return true;
    });
  }

  /**
   * A thread planned from past mail (core/mailbox-import), with its messages and events, in one
   * transaction; false when the thread is already known by its id or any of its mail ids, so importing
   * the same file twice adds nothing, and never replaces what the product watched live.
   */
  async importPlannedThread(planned: PlannedThread, dryRun: boolean): Promise<boolean> {
    return this.db.transaction(dryRun ? 'r' : 'rw', this.writeScope, async () => {
      const { thread } = planned;
      if (await this.db.threads.get(thread.id)) return false;
      for (const id of thread.mailThreadIds) {
        const known = await this.db.threads.where('mailThreadIds').equals(id).toArray();
        if (
          known.some(
            (candidate) => candidate.client === thread.client && candidate.account === thread.account,
          )
        )
          return false;
      }
      if (dryRun) return true;
      await this.db.threads.put(thread);
      await this.forgetPopupSnapshot();
      for (const message of planned.messages) {
        const id = messageKey(thread.client, thread.account, message.mailMessageId);
        if (!(await this.db.messages.get(id)))
          await this.db.messages.put({ ...message, id, threadId: thread.id });
      }
      await this.addEventsOnce(planned.events);
      return true;
    });
  }

  /** A further message in a known thread (the user's own follow-up, or a client's reply). */
  async recordMessage(
    message: StoredMessage,
    thread?: TrackedThread,
    event?: ThreadEvent | null,
  ): Promise<boolean> {
    return this.db.transaction('rw', this.writeScope, async () => {
      if (await this.db.messages.get(message.id)) return false;
      await this.db.messages.put(message);
      if (thread) {
        await this.db.threads.put(thread);
        await this.forgetPopupSnapshot();
      }
      if (event) await this.putEventOnce(event);
      return true;
    });
  }

  /** Saves the outcome of a transition together with its event; a repeated event is ignored. */
  async saveTransition(thread: TrackedThread, event: ThreadEvent | null): Promise<void> {
    await this.db.transaction('rw', this.db.threads, this.db.events, this.db.settings, async () => {
      await this.db.threads.put(thread);
      await this.forgetPopupSnapshot();
      if (event) await this.putEventOnce(event);
    });
  }

  /** Threads whose next step may have come due, or whose snooze or pause may have ended. */
  needingSweep(at: number): Promise<TrackedThread[]> {
    return this.db.threads.where('nextDueAt').belowOrEqual(at).toArray();
  }

  /** Saves what a sweep changed; `unchanged` lists threads it left as they were (not rewritten). */
  async saveSweep(
    results: ReadonlyArray<{ thread: TrackedThread; events: ThreadEvent[] }>,
    unchanged: ReadonlySet<TrackedThread> = new Set(),
  ): Promise<void> {
    const changed = results.filter((result) => !unchanged.has(result.thread)).map((result) => result.thread);
    const events = results.flatMap((result) => result.events);
    if (changed.length === 0 && events.length === 0) return;
    await this.db.transaction('rw', this.db.threads, this.db.events, this.db.settings, async () => {
      if (changed.length > 0) await this.db.threads.bulkPut(changed);
      await this.forgetPopupSnapshot();
      await this.addEventsOnce(events);
    });
  }

  /**
   * The popup's "due now" list: due threads cut at `limit`, so the popup
   * opens fast however many threads are tracked.
   */
  dueNow(limit: number): Promise<TrackedThread[]> {
    return this.db.threads.where('status').equals('due').limit(limit).toArray();
  }

  /**
   * After the ladders changed: every open thread needs a look at the next sweep, which re-plans it.
   * Finished threads have no next step and are left as they are.
   */
  async replanOpenThreads(at: number): Promise<number> {
    return this.db.transaction('rw', this.db.threads, this.db.settings, async () => {
      await this.forgetPopupSnapshot();
      return this.db.threads
        .where('status')
        .anyOf(['waiting', 'due', 'snoozed', 'paused'])
        .modify((thread) => {
          thread.nextDueAt =
            thread.status === 'snoozed' || thread.status === 'paused' ? thread.nextDueAt : at;
        });
    });
  }

  countDue(): Promise<number> {
    return this.db.threads.where('status').equals('due').count();
  }

  listAll(): Promise<TrackedThread[]> {
    return this.db.threads.toArray();
  }

  /**
   * What the popup shows, computed from every thread once and kept until a thread changes or it is
   * `maxAgeMs` old (issue #7: the popup opens in ≤ 100 ms with 10,000 threads; reading them all takes
   * longer than that). Every write of a thread in this repository drops it in the same transaction, so
   * it is never older than the threads it was made from.
   */
  async popupSnapshot<T>(
    now: number,
    maxAgeMs: number,
    isSnapshot: (value: unknown) => value is { computedAt: number; view: T },
    compute: (threads: TrackedThread[]) => T,
  ): Promise<T> {
    return this.db.transaction('rw', this.db.threads, this.db.settings, async () => {
      const stored = (await this.db.settings.get(POPUP_SNAPSHOT_KEY))?.value;
      if (isSnapshot(stored) && stored.computedAt <= now && now - stored.computedAt < maxAgeMs)
        return stored.view;
      const view = compute(await this.db.threads.toArray());
      await this.db.settings.put({ key: POPUP_SNAPSHOT_KEY, value: { computedAt: now, view } });
      return view;
    });
  }

  /** Every table a write of threads touches: the threads, their messages and events, and the popup's view. */
  private get writeScope() {
    return [this.db.threads, this.db.messages, this.db.events, this.db.settings];
  }

  private forgetPopupSnapshot(): Promise<void> {
    return this.db.settings.delete(POPUP_SNAPSHOT_KEY);
  }

  historyOf(threadId: string): Promise<StoredEvent[]> {
    return this.db.events.where('threadId').equals(threadId).sortBy('at');
  }

  /**
   * Forgets a thread entirely: used when the page showed the send was undone, so an undone send is
   * never tracked (shared/docs/webmail.md: Undo Send timing against the send request is unverified).
   */
  async forgetThread(id: string): Promise<void> {
    await this.db.transaction(
      'rw',
      this.db.threads,
      this.db.messages,
      this.db.events,
      this.db.settings,
      async () => {
        await this.db.messages.where('threadId').equals(id).delete();
        await this.db.events.where('threadId').equals(id).delete();
        await this.db.threads.delete(id);
        await this.forgetPopupSnapshot();
      },
    );
  }

  /** Many events at once, each stored only if its fact is not stored yet (one index read, one write). */
  private async addEventsOnce(events: ThreadEvent[]): Promise<void> {
    if (events.length === 0) return;
    const fresh = new Map(events.map((event) => [eventDedupeKey(event), toStoredEvent(event)]));
    const known = await this.db.events
      .where('dedupeKey')
      .anyOf([...fresh.keys()])
      .keys();
    for (const key of known) fresh.delete(String(key));
    if (fresh.size > 0) await this.db.events.bulkAdd([...fresh.values()]);
  }

  private async putEventOnce(event: ThreadEvent): Promise<void> {
    const stored = toStoredEvent(event);
    const existing = await this.db.events.where('dedupeKey').equals(stored.dedupeKey).first();
    if (!existing) await this.db.events.add(stored);
  }
}
