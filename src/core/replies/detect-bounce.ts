import { headerOf, type InboundMessage } from './inbound-message';

export interface BounceSignal {
  /** The address that could not be reached, when the report names one. */
  bouncedAddress: string | null;
  rule: string;
}

const DAEMON_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|bounces?|no-reply-bounce)@/i;
const DAEMON_NAME = /mail delivery (?:subsystem|system)|mailer-daemon|microsoft outlook|postmaster/i;
// Subjects of delivery reports, in the six languages the product reads.
const BOUNCE_SUBJECT =
  /delivery status notification|undeliverable|undelivered mail|returned mail|mail delivery failed|delivery (?:has )?failed|failure notice|could not be delivered|unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|non remis|non distribuable|échec de (?:la )?(?:remise|livraison)|no se puede entregar|no entregado|no se pudo entregar|onbestelbaar|niet afgeleverd|kan niet worden bezorgd|não entregue|não foi possível entregar|falha na entrega/i;
const EMAIL_ADDRESS = /[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24}/gi;
const MAX_SCAN_CHARS = 8_000;

/**
 * Whether a message is a delivery failure report. A sender such as mailer-daemon, a delivery-status
 * report header, or a bounce subject from someone other than the recipient all count; a bounce that
 * names none of `recipients` (and is not in the thread) is about another message and is left out
 * by the caller.
 */
export function detectBounce(message: InboundMessage, recipients: readonly string[]): BounceSignal | null {
  const from = message.from.email.toLowerCase();
  const failedHeader = headerOf(message, 'X-Failed-Recipients');
  const contentType = headerOf(message, 'Content-Type') ?? '';
  let rule: string | null = null;
  if (failedHeader !== null) rule = 'bounce:x-failed-recipients';
  else if (/report-type\s*=\s*"?delivery-status/i.test(contentType)) rule = 'bounce:delivery-status-report';
  else if (DAEMON_SENDER.test(from) || DAEMON_NAME.test(message.from.name ?? '')) {
    rule = BOUNCE_SUBJECT.test(message.subject) || DAEMON_SENDER.test(from) ? 'bounce:daemon-sender' : null;
  } else if (BOUNCE_SUBJECT.test(message.subject.slice(0, 300)) && !recipients.includes(from)) {
    rule = 'bounce:subject';
  }
  if (rule === null) return null;
  const named = `${failedHeader ?? ''}\n${message.bodyText.slice(0, MAX_SCAN_CHARS)}`.toLowerCase();
  const addresses = named.match(EMAIL_ADDRESS) ?? [];
  const bouncedAddress =
    addresses.find((address) => recipients.includes(address)) ??
    addresses.find((address) => address !== from && !DAEMON_SENDER.test(address)) ??
    null;
  return { bouncedAddress, rule };
}
