import {
  type CadenceSettings,
  DEFAULT_CADENCE_SETTINGS,
} from '../../../../src/core/cadence/cadence-settings';
import type { Classification, TrackedKind } from '../../../../src/core/classify/kinds';
import { explain } from '../../../../src/core/explanations/explanation';
import { startTracking } from '../../../../src/core/threads/thread-transitions';
import type { TrackedThread } from '../../../../src/core/threads/tracked-thread';

export const BERLIN: CadenceSettings = { ...DEFAULT_CADENCE_SETTINGS, timeZone: 'Europe/Berlin' };

/** Berlin wall-clock time, for readable fixed clocks in tests (2026 dates only). */
export function berlinTime(isoLocal: string): number {
  const utc = Date.parse(`${isoLocal}Z`);
  // Central European Summer Time runs until 25 Oct 2026 03:00 local; winter time after.
  const summer = utc < Date.parse('2026-10-25T03:00:00Z') && utc >= Date.parse('2026-03-29T02:00:00Z');
  return utc - (summer ? 2 : 1) * 3_600_000;
}

export function classificationOf(kind: TrackedKind, dueDate: string | null = null): Classification {
  return {
    kind,
    confidence: 0.9,
    signals: [explain('signalAmountAndDueDate')],
    fields: {
      amount: 1200,
      currency: 'EUR',
      invoiceNumber: kind === 'invoice' ? 'R-77' : null,
      dueDate,
      validUntil: null,
    },
  };
}

/** A thread as startTracking makes it: the user (lena@studio.example) wrote to the client at Acme. */
export function trackThread(
  options: {
    kind?: TrackedKind;
    sentAt?: number;
    dueDate?: string | null;
    id?: string;
    settings?: CadenceSettings;
  } = {},
): TrackedThread {
  const sentAt = options.sentAt ?? berlinTime('2026-11-02T10:00:00');
  const kind = options.kind ?? 'proposal';
  return startTracking(
    {
      id: options.id ?? 'gmail:0:t-1',
      client: 'gmail',
      account: '0',
      mailThreadId: 't-1',
      messageId: 'm-1',
      email: {
        subject: kind === 'invoice' ? 'Invoice R-77' : 'Website redesign: proposal',
        bodyText: 'Here is what we talked about on Tuesday.',
        attachmentNames: [],
        from: { email: 'lena@studio.example', name: 'Lena Vogt' },
        to: [{ email: 'tom@acme.example', name: 'Tom Berger' }],
        cc: [{ email: 'finance@acme.example' }],
        sentAt,
      },
      classification: classificationOf(kind, options.dueDate ?? null),
    },
    options.settings ?? BERLIN,
    sentAt,
  ).thread;
}
