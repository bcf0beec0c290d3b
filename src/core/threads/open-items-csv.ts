import { isTerminalStatus } from './evaluate-thread';
import type { TrackedThread } from './tracked-thread';

const DAY_MS = 86_400_000;
const COLUMNS = [
  'Kind',
  'Client',
  'Email',
  'Subject',
  'Amount',
  'Currency',
  'Invoice number',
  'Due date',
  'Status',
  'Sent',
  'Days silent',
];

/**
 * One cell: quoted when it must be, and defused when a spreadsheet would run it as a formula
 * (a subject written by anyone may start with "=").
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The open items as CSV for the user's accountant (issue #7). */
export function openItemsCsv(threads: readonly TrackedThread[], now: number): string {
  const rows = threads
    .filter((thread) => !isTerminalStatus(thread.status))
    .sort((a, b) => a.sentAt - b.sentAt)
    .map((thread) => {
      const { amount, currency, invoiceNumber, dueDate } = thread.classification.fields;
      return [
        thread.kind,
        thread.counterpart.name ?? '',
        thread.counterpart.email,
        thread.subject,
        amount,
        currency,
        invoiceNumber,
        dueDate,
        thread.status,
        new Date(thread.sentAt).toISOString().slice(0, 10),
        Math.max(0, Math.floor((now - thread.sentAt) / DAY_MS)),
      ]
        .map(csvCell)
        .join(',');
    });
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
