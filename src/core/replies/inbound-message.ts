import type { MailAddress } from '../mail';

/** A message that arrived, as a webmail adapter read it (headers only where the client shows them). */
export interface InboundMessage {
  from: MailAddress;
  subject: string;
  bodyText: string;
  headers?: Record<string, string>;
  /** Epoch ms. */
  receivedAt: number;
  /** The mail client's thread id, when known: tells a reply in the tracked thread from one elsewhere. */
  mailThreadId?: string;
  messageId?: string;
}

/** Header lookup that ignores case, as mail headers do. */
export function headerOf(message: Pick<InboundMessage, 'headers'>, name: string): string | null {
  const headers = message.headers;
  if (!headers) return null;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return typeof value === 'string' ? value.slice(0, 1_000) : null;
  }
  return null;
}
