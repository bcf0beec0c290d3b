/**
 * The product's picture of an email, independent of the mail client it came from.
 * Webmail adapters turn Gmail or Outlook payloads into these; the core only ever sees these.
 */

export interface MailAddress {
  /** Lower-cased address, e.g. `ana@acme.example`. */
  email: string;
  /** Display name as the mail client showed it, when it had one. */
  name?: string;
}

/** A message the user sent, as read from the mail client's traffic or page. */
export interface SentEmail {
  subject: string;
  /** Plain text the user wrote: quoted history and signature already removed. */
  bodyText: string;
  attachmentNames: string[];
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  /** Epoch ms. */
  sentAt: number;
}

/** What the classifier reads; a `SentEmail` is one, and so is a line of the batch interface. */
export interface ClassifyInput {
  subject: string;
  bodyText: string;
  attachmentNames: string[];
  from?: MailAddress;
  to?: MailAddress[];
  cc?: MailAddress[];
  /** Epoch ms; relative due dates ("Net 30") resolve against it. */
  sentAt?: number;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/**
 * A subject as people recognize it across a thread: reply and forward prefixes in the supported
 * languages, case and spacing removed. List rows and reading panes show subjects shortened this way.
 */
export function normalizeSubject(subject: string): string {
  return subject
    .slice(0, 2_000)
    .replace(/^\s*((re|aw|antw|fwd?|wg|tr|rv|sv|doorst)\s*:\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
