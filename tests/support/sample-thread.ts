import type { TrackedThread } from '../../src/core/threads/tracked-thread';

/** A tracked invoice as the background would store it; tests override what they are about. */
export function sampleThread(overrides: Partial<TrackedThread> = {}): TrackedThread {
  const sentAt = Date.UTC(2026, 10, 2, 9, 30);
  return {
    id: 'gmail:0:thread-a:r100',
    client: 'gmail',
    account: '0',
    mailThreadIds: ['thread-a:r100'],
    sentMessageIds: ['msg-a:r100'],
    kind: 'invoice',
    classification: {
      kind: 'invoice',
      confidence: 0.9,
      signals: ['attachment named Invoice_2041.pdf'],
      fields: {
        amount: 1850,
        currency: 'EUR',
        invoiceNumber: 'INV-2041',
        dueDate: '2026-11-16',
        validUntil: null,
      },
    },
    subject: 'Invoice INV-2041',
    from: { email: 'sam@studio.example', name: 'Sam Rivera' },
    counterpart: { email: 'ana@acme.example', name: 'Ana Souza' },
    recipients: [{ email: 'ana@acme.example', name: 'Ana Souza' }],
    bodyExcerpt: 'Please find attached invoice INV-2041.',
    sentAt,
    status: 'waiting',
    statusUntil: null,
    nextDueAt: Date.UTC(2026, 10, 23, 8, 0),
    notifiedStepIndex: -1,
    createdAt: sentAt,
    updatedAt: sentAt,
    ...overrides,
  };
}
