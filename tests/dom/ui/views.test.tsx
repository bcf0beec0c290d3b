import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CADENCE_SETTINGS } from '../../../src/core/cadence/cadence-settings';
import { calendarDate, explain } from '../../../src/core/explanations/explanation';
import { DEFAULT_USER_PREFERENCES } from '../../../src/core/preferences/user-preferences';
import type { ResultOf, ThreadSummary } from '../../../src/messaging/protocol';
import { sendToBackground } from '../../../src/messaging/send-message';
import { CadenceForm } from '../../../src/ui/options/cadence-form';
import { PreferencesFieldsets } from '../../../src/ui/options/preferences-fieldsets';
import { InvoiceAging } from '../../../src/ui/popup/invoice-aging';
import { PopupApp } from '../../../src/ui/popup/popup-app';
import { actionsFor, ThreadCard } from '../../../src/ui/popup/thread-card';
import { SidebarApp } from '../../../src/ui/sidebar/sidebar-app';
import { GERMAN, speakLanguage } from '../../support/speak-language';

// The views talk to the background only through this module: the tests answer for it.
vi.mock('../../../src/messaging/send-message', () => ({ sendToBackground: vi.fn() }));
const background = vi.mocked(sendToBackground);

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const HOSTILE = 'Invoice 7 <img src=x onerror=alert(1)>';

function summary(overrides: Partial<ThreadSummary> = {}): ThreadSummary {
  return {
    id: 'gmail:0:thread-a:r1',
    client: 'gmail',
    kind: 'invoice',
    subject: 'Invoice INV-2041',
    clientName: 'Ana Souza',
    clientEmail: 'ana@acme.example',
    status: 'due',
    sentAt: NOW - 30 * 86_400_000,
    daysSilent: 30,
    amount: 1850,
    currency: 'EUR',
    invoiceNumber: 'INV-2041',
    dueDate: '2026-11-07',
    dueStep: { label: '2nd reminder', stage: 'overdue_2', channel: 'email', dueAt: NOW },
    nextStep: null,
    reason: '2nd reminder is due: 16 days overdue.',
    usualReply: null,
    signals: ['attachment named Invoice_2041.pdf'],
    ...overrides,
  } as ThreadSummary;
}

const list = (threads: ThreadSummary[], extra: Partial<ResultOf<'threads/list'>> = {}) =>
  ({
    ok: true,
    value: {
      now: NOW,
      threads,
      counts: { due: threads.filter((thread) => thread.status === 'due').length, waiting: 0, done: 0 },
      health: [],
      aging: [],
      ...extra,
    },
  }) as never;

let root: HTMLElement;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  background.mockReset();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the popup', () => {
  it('explains what is tracked, and that nothing leaves the browser, before anything is', async () => {
    background.mockResolvedValue(list([]));
    render(<PopupApp />, root);
    await settle();
    expect(root.querySelector('.empty')?.textContent).toMatch(
      /Nothing to follow up yet.*nothing is sent anywhere/s,
    );
  });

  it('lists due money first, then the longest silence, and says when a mail layout changed', async () => {
    background.mockImplementation(async (type) =>
      type === 'threads/list'
        ? list(
            [
              summary({ id: 'p', kind: 'proposal', subject: 'Proposal A', daysSilent: 40, amount: null }),
              summary({ id: 'i', subject: 'Invoice B', daysSilent: 10 }),
            ],
            { health: [{ client: 'outlook', state: 'degraded', missing: ['conversationList'] }] },
          )
        : ({ ok: false, error: { code: 'failed', message: 'not in this test' } } as never),
    );
    render(<PopupApp />, root);
    await settle();
    const subjects = [...root.querySelectorAll('section[aria-label="Due now"] .subject')].map(
      (node) => node.textContent,
    );
    expect(subjects).toEqual(['Invoice B', 'Proposal A']);
    expect(root.querySelector('.warning')?.textContent).toContain("Outlook's layout changed");
  });
});

describe('a thread card', () => {
  it('shows mail content as text, never as markup', () => {
    render(
      <ThreadCard thread={summary({ subject: HOSTILE })} now={NOW} onChanged={() => {}} onActed={() => {}} />,
      root,
    );
    expect(root.querySelector('.subject')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
  });

  it('offers the actions the kind and state allow, and none on a finished thread', () => {
    expect(actionsFor(summary(), NOW).map(({ label }) => label)).toEqual(
      expect.arrayContaining([
        'Mark paid',
        'Mark replied',
        'Snooze 3 days',
        'Not an invoice',
        "It's a proposal",
      ]),
    );
    expect(actionsFor(summary({ kind: 'proposal' }), NOW).map(({ label }) => label)).toEqual(
      expect.arrayContaining(['Mark won', 'Mark lost', 'Not a proposal', "It's an invoice"]),
    );
    expect(actionsFor(summary({ status: 'paid' }), NOW)).toEqual([]);
  });

  it('hands the done action and its Undo to the page, and says why an action failed in place', async () => {
    const onActed = vi.fn();
    background.mockResolvedValueOnce({ ok: true, value: { undoToken: 'u1', summary: null } } as never);
    render(<ThreadCard thread={summary()} now={NOW} onChanged={() => {}} onActed={onActed} />, root);
    [...root.querySelectorAll('button')].find((button) => button.textContent === 'Mark paid')!.click();
    await settle();
    expect(onActed).toHaveBeenCalledWith({ text: 'Mark paid: done.', undoToken: 'u1' });
    background.mockResolvedValueOnce({
      ok: false,
      error: { code: 'not_found', message: 'That thread is no longer tracked.' },
    } as never);
    [...root.querySelectorAll('button')].find((button) => button.textContent === 'Stop tracking')!.click();
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('That thread is no longer tracked.');
  });
});

describe('the invoice aging chart', () => {
  it('shows each bucket with its amount in the currency, and nothing when no invoice is open', () => {
    render(
      <InvoiceAging
        aging={[
          {
            currency: 'EUR',
            total: 2500,
            withoutAmount: 1,
            amounts: { current: 0, '1-30': 1850, '31-60': 650, '61-90': 0, '90+': 0 },
          } as never,
        ]}
      />,
      root,
    );
    expect(root.querySelector('.aging-1-30')?.textContent).toMatch(/1–30 days overdue.*1,850/s);
    expect(root.textContent).toContain('and 1 without a stated amount');
    render(<InvoiceAging aging={[]} />, root);
    expect(root.textContent).toBe('');
  });
});

describe('the sidebar', () => {
  it('shows the open tracked thread with its history, or else what is due', async () => {
    background.mockImplementation(async (type) =>
      type === 'sidebar/context'
        ? ({
            ok: true,
            value: {
              now: NOW,
              client: 'gmail',
              thread: summary({ subject: HOSTILE }),
              history: [
                { at: NOW - 86_400_000, type: 'tracked', note: null },
                { at: NOW, type: 'step_due', note: explain('whyAfterSending', { days: 3 }) },
              ],
              due: [],
            },
          } as never)
        : ({ ok: false, error: { code: 'failed', message: 'not in this test' } } as never),
    );
    render(<SidebarApp />, root);
    await settle();
    expect(root.querySelector('section[aria-label="This thread"] .subject')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('section[aria-label="History"]')?.textContent).toContain('Sent, and tracked');
    expect(root.querySelector('section[aria-label="History"]')?.textContent).toContain(
      '3 business days after sending',
    );
    expect(root.querySelector('img')).toBeNull();

    background.mockImplementation(
      async () =>
        ({ ok: true, value: { now: NOW, client: 'gmail', thread: null, history: [], due: [] } }) as never,
    );
    window.postMessage({ type: 'follow-through:refresh' }, '*');
    await settle();
    expect(root.querySelector('section[aria-label="Due now"]')?.textContent).toContain('Nothing is due');
  });
});

describe("the sidebar's offer to look through the Sent list", () => {
  const candidate = (id: string, subject: string, laterMessages: number) => ({
    planned: {
      thread: {
        id,
        kind: 'invoice',
        subject,
        counterpart: { email: 'mara@lumen.example', name: 'Mara' },
        sentAt: NOW - 20 * 86_400_000,
        classification: { fields: { amount: 900, currency: 'EUR' } },
      },
      messages: [],
      events: [],
    },
    laterMessages,
  });

  it('offers what it found as text, ticks only unanswered-looking ones, and tracks what stays ticked', async () => {
    const imported: unknown[] = [];
    background.mockImplementation(async (type, params) => {
      if (type === 'sidebar/context')
        return {
          ok: true,
          value: { now: NOW, client: 'gmail', thread: null, history: [], due: [], sentListShown: true },
        } as never;
      if (type === 'history/scan-sent')
        return {
          ok: true,
          value: {
            shown: true,
            rowsRead: 12,
            undated: 0,
            alreadyTracked: 1,
            candidates: [candidate('a', HOSTILE, 0), candidate('b', 'Invoice 8', 2)],
          },
        } as never;
      if (type === 'history/import') {
        imported.push(params);
        return { ok: true, value: { added: 1, alreadyKnown: 0 } } as never;
      }
      return { ok: false, error: { code: 'failed', message: 'not in this test' } } as never;
    });
    render(<SidebarApp />, root);
    await settle();
    const find = [...root.querySelectorAll('button')].find(
      (button) => button.textContent === 'Find proposals and invoices',
    );
    find!.click();
    await settle();
    const items = [...root.querySelectorAll('.sent-scan-offer li')];
    expect(items.map((item) => item.querySelector('.subject')?.textContent)).toEqual([HOSTILE, 'Invoice 8']);
    expect(root.querySelector('.sent-scan img')).toBeNull();
    expect(items.map((item) => item.querySelector('input')!.checked)).toEqual([true, false]);
    expect(items[1]!.textContent).toContain('2 more messages in this conversation');
    expect(root.querySelector('.sent-scan-offer')?.textContent).toContain('1 already tracked.');

    const track = [...root.querySelectorAll('button')].find(
      (button) => button.textContent === 'Track selected (1)',
    );
    track!.click();
    await settle();
    expect(imported).toEqual([
      { dryRun: false, threads: [expect.objectContaining({ thread: expect.objectContaining({ id: 'a' }) })] },
    ]);
    expect(root.querySelector('.sent-scan [role=status]')?.textContent).toBe(
      'Now tracking 1. Due ones are in the queue below.',
    );
  });
});

/** A due invoice as the background explains it: codes the card words in the UI language. */
function germanSummary(overrides: Partial<ThreadSummary> = {}): ThreadSummary {
  return summary({
    subject: 'Rechnung RE-2041',
    dueStep: { label: explain('stepReminder2'), stage: 'reminder_2', channel: 'email', dueAt: NOW },
    reason: explain('reasonStepDue', {
      step: explain('stepReminder2'),
      why: explain('whyOverdue', { days: 16 }),
    }),
    usualReply: explain('usualReply', { name: 'Ana Souza', delay: explain('delayDays', { days: 5 }) }),
    signals: [
      explain('cueAttachmentNamed', { match: 'Rechnung_2041.pdf' }),
      explain('signalAmountAndDueDate'),
    ],
    ...overrides,
  });
}

const card = (thread: ThreadSummary) =>
  render(<ThreadCard thread={thread} now={NOW} onChanged={() => {}} onActed={() => {}} />, root);

describe('a thread card in a German browser', () => {
  let undo = () => {};
  beforeEach(() => {
    undo = speakLanguage(GERMAN, 'de');
  });
  afterEach(() => undo());

  it('names the due step and says why it is due in German', () => {
    card(germanSummary());
    expect(root.querySelector('.timing strong')?.textContent).toBe('2. Erinnerung · E-Mail');
    const reasons = [...root.querySelectorAll('.reason')].map((node) => node.textContent);
    expect(reasons).toEqual([
      '2. Erinnerung ist fällig: 16 Tage überfällig.',
      'Ana Souza antwortet meist in etwa 5 Tagen.',
    ]);
    expect([...root.querySelectorAll('.signals li')].map((node) => node.textContent)).toEqual([
      'Anhang namens Rechnung_2041.pdf',
      'Betrag und Fälligkeitsdatum im Text',
    ]);
  });

  it('says in German why an action failed, when the background explains it', async () => {
    card(germanSummary());
    background.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'invalid',
        message: 'Nothing changed: the invoice is already marked paid.',
        explanation: explain('failNothingChanged', { because: explain('unchangedAlreadyPaid') }),
      },
    } as never);
    [...root.querySelectorAll('button')]
      .find((button) => button.textContent === 'Als bezahlt markieren')!
      .click();
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'Nichts geändert: die Rechnung ist schon als bezahlt markiert.',
    );
  });

  it('says in German which setting to fix when the background refuses the timing', async () => {
    background.mockImplementation(async (type) => {
      if (type === 'settings/get') {
        return {
          ok: true,
          value: {
            cadence: DEFAULT_CADENCE_SETTINGS,
            defaults: DEFAULT_CADENCE_SETTINGS,
            profile: { name: 'Sam', callAvailability: '', paymentLink: '' },
            preferences: DEFAULT_USER_PREFERENCES,
            corrections: [],
          },
        } as never;
      }
      return {
        ok: false,
        error: {
          code: 'invalid',
          message: 'For a proposal, the breakup message must come after the last nudge.',
          explanation: explain('settingsBreakupAfterNudges', { kind: explain('kindProposal') }),
        },
      } as never;
    });
    render(<CadenceForm />, root);
    await settle();
    root.querySelector<HTMLFormElement>('form.cadence')!.requestSubmit();
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'Für ein Angebot muss die Abschlussnachricht nach der letzten Nachfrage kommen.',
    );
  });

  it('writes the day of the next step the German way', () => {
    const nextStep = { label: explain('stepReminder1'), dueAt: NOW + 3 * 86_400_000 };
    card(
      germanSummary({
        status: 'waiting',
        dueStep: null,
        nextStep,
        reason: explain('reasonWaitingForStep', {
          step: nextStep.label,
          day: calendarDate('2026-11-26'),
          why: explain('whyOverdue', { days: 1 }),
        }),
      }),
    );
    expect(root.querySelector('.reason')?.textContent).toBe(
      'Warten auf Antwort; 1. Erinnerung am Do., 26. Nov. 2026 (1 Tag überfällig).',
    );
  });

  it('quotes the client’s own words as text, never as markup', () => {
    const sentence = 'Bezahlt <img src=x onerror=alert(1)>';
    card(
      germanSummary({
        status: 'paid',
        reason: explain('reasonStoppedBecause', { note: explain('inboundPaid', { who: 'Ana', sentence }) }),
      }),
    );
    expect(root.querySelector('.reason')?.textContent).toBe(
      `Beendet: Ana hat die Zahlung bestätigt: „${sentence}“.`,
    );
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows what an older version stored in English as it was stored', () => {
    card(germanSummary({ reason: 'Stopped: Ana replied.', signals: ['attachment named Invoice_2041.pdf'] }));
    expect(root.querySelector('.reason')?.textContent).toBe('Stopped: Ana replied.');
    expect(root.querySelector('.signals li')?.textContent).toBe('attachment named Invoice_2041.pdf');
  });
});

describe('the options page preferences', () => {
  it('reports each change as a patch: a kind unticked, never-track entries, quiet hours', () => {
    const onChange = vi.fn();
    render(<PreferencesFieldsets preferences={DEFAULT_USER_PREFERENCES} onChange={onChange} />, root);
    root.querySelector<HTMLInputElement>('input[name=track-invoice]')!.click();
    expect(onChange).toHaveBeenLastCalledWith({ trackedKinds: expect.not.arrayContaining(['invoice']) });
    const neverTrack = root.querySelector<HTMLTextAreaElement>('textarea[name=neverTrack]')!;
    neverTrack.value = 'lee@studio.example,  family.example';
    neverTrack.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenLastCalledWith({ neverTrack: ['lee@studio.example', 'family.example'] });
    root.querySelector<HTMLInputElement>('input[name=quietHoursOn]')!.click();
    expect(onChange).toHaveBeenLastCalledWith({ quietHours: { from: 20, to: 8 } });
  });
});
