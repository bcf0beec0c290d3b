import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { announceNewlyDue, type ShownNotification, showDigest } from '../../../src/background/announce-due';
import {
  type BackgroundContext,
  CADENCE_SETTINGS_KEY,
  createBackgroundContext,
  PREFERENCES_KEY,
} from '../../../src/background/background-context';
import { DEFAULT_CADENCE_SETTINGS } from '../../../src/core/cadence/cadence-settings';
import type { LadderStep } from '../../../src/core/cadence/plan-ladder';
import {
  DEFAULT_USER_PREFERENCES,
  type UserPreferences,
} from '../../../src/core/preferences/user-preferences';
import { openDatabase } from '../../../src/storage/database';
import { sampleThread } from '../../support/sample-thread';

// Monday 2026-11-23, in UTC (the cadence's zone below): 12:00 and 22:00.
const NOON = Date.UTC(2026, 10, 23, 12, 0);
const NIGHT = Date.UTC(2026, 10, 23, 22, 0);
const STEP = {
  index: 0,
  label: '1st reminder',
  stage: 'overdue_1',
  channel: 'email',
  dueAt: NOON,
} as unknown as LadderStep;

describe('telling the user what came due', () => {
  let context: BackgroundContext;
  let clock = NOON;
  let shown: ShownNotification[];
  const show = vi.fn(async (notification: ShownNotification) => {
    shown.push(notification);
  });

  async function prefer(patch: Partial<UserPreferences>) {
    await context.settings.write(PREFERENCES_KEY, { ...DEFAULT_USER_PREFERENCES, ...patch });
  }

  beforeEach(async () => {
    clock = NOON;
    shown = [];
    context = createBackgroundContext(
      openDatabase('announce', { indexedDB: new IDBFactory(), IDBKeyRange }),
      () => clock,
    );
    await context.settings.write(CADENCE_SETTINGS_KEY, { ...DEFAULT_CADENCE_SETTINGS, timeZone: 'UTC' });
    await context.threads.saveTransition(sampleThread({ status: 'due' }), null);
  });

  it('shows one notification per step that came due, naming the client', async () => {
    await announceNewlyDue(context, show, [{ threadId: 'gmail:0:thread-a:r100', step: STEP }]);
    expect(shown).toEqual([
      expect.objectContaining({
        id: 'due|gmail:0:thread-a:r100',
        title: expect.stringContaining('Ana Souza'),
      }),
    ]);
  });

  it('announces many steps coming due at once (an import, a long absence) in one notification', async () => {
    const many = Array.from({ length: 5 }, () => ({ threadId: 'gmail:0:thread-a:r100', step: STEP }));
    await announceNewlyDue(context, show, many);
    expect(shown).toEqual([expect.objectContaining({ title: '5 follow-ups are due' })]);
  });

  it('shows nothing when the user turned due notifications off', async () => {
    await prefer({ notifyWhenDue: false });
    await announceNewlyDue(context, show, [{ threadId: 'gmail:0:thread-a:r100', step: STEP }]);
    expect(shown).toEqual([]);
  });

  it('holds notifications in quiet hours and says how many came due, once, when they end', async () => {
    await prefer({ quietHours: { from: 20, to: 8 } });
    clock = NIGHT;
    await announceNewlyDue(context, show, [{ threadId: 'gmail:0:thread-a:r100', step: STEP }]);
    await announceNewlyDue(context, show, [{ threadId: 'gmail:0:thread-a:r100', step: STEP }]);
    expect(shown).toEqual([]);
    clock = NOON + 86_400_000;
    await announceNewlyDue(context, show, []);
    await announceNewlyDue(context, show, []);
    expect(shown).toEqual([expect.objectContaining({ id: 'held', title: '2 follow-ups came due' })]);
  });

  it('sends a digest of what is due, invoices first, only when asked for and when something is due', async () => {
    expect(await showDigest(context, show)).toBe(false);
    await prefer({ digestHour: 8 });
    await context.threads.saveTransition(
      sampleThread({
        id: 'gmail:0:proposal',
        kind: 'proposal',
        status: 'due',
        sentAt: NOON - 40 * 86_400_000,
        subject: 'Proposal: rebrand',
        counterpart: { email: 'lee@b.example' },
      }),
      null,
    );
    expect(await showDigest(context, show)).toBe(true);
    expect(shown[0]).toMatchObject({ id: 'digest|gmail:0:thread-a:r100', title: '2 follow-ups are due' });
    expect(shown[0]!.message.split('\n')).toEqual([
      'Ana Souza: Invoice INV-2041',
      'lee@b.example: Proposal: rebrand',
    ]);
    await context.threads.forgetThread('gmail:0:thread-a:r100');
    await context.threads.forgetThread('gmail:0:proposal');
    expect(await showDigest(context, show)).toBe(false);
  });
});
