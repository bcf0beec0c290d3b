import { createWorkingCalendar, isoDateOfDay } from '../cadence/working-calendar';
import { calendarDate, type Explanation, explain } from '../explanations/explanation';
import { domainOf } from '../mail';
import type { TrackedThread } from '../threads/tracked-thread';
import { detectAcknowledgement } from './detect-acknowledgement';
import { detectAutoReply } from './detect-auto-reply';
import { detectBounce } from './detect-bounce';
import { detectDecision } from './detect-decision';
import { detectPaymentConfirmation } from './detect-payment-confirmation';
import type { InboundMessage } from './inbound-message';
import { isPublicMailDomain, isSameOrganizationDomain } from './public-mail-domains';
import { readReturnDate } from './read-return-date';
import type { ReplySettings } from './reply-settings';
import { stripQuotedReply } from './strip-quoted-reply';

/** Who at the client's side wrote: the client, another recipient of the tracked mail, or a colleague. */
export type ReplySender = 'counterpart' | 'recipient' | 'colleague';

interface VerdictBase {
  /** For the user: "Ana replied in another conversation". */
  reason: Explanation;
  /** Which rule decided, for the event's evidence: `reply:same-domain`, `ooo:header`. */
  rule: string;
}

export type InboundVerdict =
  /** Not the client's answer: the user's own message, someone unrelated, a machine, an old message. */
  | (VerdictBase & { outcome: 'ignore' })
  | (VerdictBase & { outcome: 'reply'; sender: ReplySender; inThread: boolean | null })
  /** Ends the silence without an answer; a gentle check-in is suggested at `checkInAt`. */
  | (VerdictBase & { outcome: 'acknowledged'; sender: ReplySender; checkInAt: number })
  /** Away: pause until `pauseUntil` (the start of the working day they are back), then resume. */
  | (VerdictBase & { outcome: 'out_of_office'; returnDate: string | null; pauseUntil: number })
  | (VerdictBase & { outcome: 'bounced'; bouncedAddress: string | null })
  /** An invoice thread's payment confirmation: close it as paid. */
  | (VerdictBase & { outcome: 'paid'; sender: ReplySender; sentence: string })
  /** A clear yes or no to a proposal (or the user's follow-up about one). */
  | (VerdictBase & { outcome: 'accepted' | 'declined'; sender: ReplySender; sentence: string });

const MAX_SUBJECT_CHARS = 500;
const MAX_BODY_CHARS = 20_000;

function clientSide(
  from: string,
  thread: TrackedThread,
  settings: ReplySettings,
): { sender: ReplySender } | { ignore: VerdictBase } {
  if (from === thread.counterpart.email.toLowerCase()) return { sender: 'counterpart' };
  const recipients = thread.recipients.map((recipient) => recipient.email.toLowerCase());
  if (recipients.includes(from)) return { sender: 'recipient' };
  const domain = domainOf(from);
  const clientDomains = [thread.counterpart.email, ...recipients].map((address) => domainOf(address));
  const sameOrganization = clientDomains.some((clientDomain) =>
    isSameOrganizationDomain(domain, clientDomain),
  );
  if (!sameOrganization) {
    return {
      ignore: { reason: explain('inboundUnrelatedSender', { from }), rule: 'ignore:unrelated-sender' },
    };
  }
  if (isPublicMailDomain(domain, settings.extraPublicMailDomains)) {
    return {
      ignore: {
        reason: explain('inboundPublicDomainOnly', { from, domain }),
        rule: 'ignore:public-domain',
      },
    };
  }
  if (!settings.countOrganizationReplies) {
    return {
      ignore: {
        reason: explain('inboundColleaguesNotCounted', { from }),
        rule: 'ignore:colleague-setting-off',
      },
    };
  }
  return { sender: 'colleague' };
}

function dayValue(day: number) {
  return calendarDate(isoDateOfDay(day));
}

function nameOf(message: InboundMessage): string {
  return (message.from.name?.trim() || message.from.email).slice(0, 80);
}

/**
 * What a received message means for a tracked thread. Never throws: unusable input is ignored with
 * a reason. Order matters: the user's own mail never counts; bounces come from machines, so they are
 * checked before the sender; an out-of-office answer from the client pauses rather than ends the
 * silence; then payment confirmations (invoices only), clear decisions (proposals only),
 * acknowledgements, and plain replies.
 */
export function interpretInboundMessage(
  message: InboundMessage,
  thread: TrackedThread,
  settings: ReplySettings,
  now: number,
): InboundVerdict {
  const from = (message.from?.email ?? '').trim().toLowerCase();
  const receivedAt = Number.isFinite(message.receivedAt) ? Math.min(message.receivedAt, now) : now;
  if (from === '') return { outcome: 'ignore', reason: explain('inboundNoSender'), rule: 'ignore:no-sender' };
  if (receivedAt < thread.sentAt) {
    return {
      outcome: 'ignore',
      reason: explain('inboundOlderThanTracked'),
      rule: 'ignore:before-tracked-send',
    };
  }
  const own = [thread.from.email, ...settings.ownAddresses].map((address) => address.trim().toLowerCase());
  if (own.includes(from)) {
    return {
      outcome: 'ignore',
      reason: explain('inboundOwnMessage'),
      rule: 'ignore:own-message',
    };
  }

  const safe: InboundMessage = {
    ...message,
    subject: (message.subject ?? '').slice(0, MAX_SUBJECT_CHARS),
    bodyText: (message.bodyText ?? '').slice(0, MAX_BODY_CHARS),
  };
  const inThread =
    message.mailThreadId === undefined ? null : thread.mailThreadIds.includes(message.mailThreadId);
  const recipients = [thread.counterpart.email, ...thread.recipients.map((recipient) => recipient.email)].map(
    (address) => address.toLowerCase(),
  );

  const bounce = detectBounce(safe, recipients);
  if (bounce) {
    const aboutThisThread =
      inThread === true || (bounce.bouncedAddress !== null && recipients.includes(bounce.bouncedAddress));
    if (!aboutThisThread) {
      return {
        outcome: 'ignore',
        reason: explain('inboundBounceOfOther'),
        rule: `ignore:${bounce.rule}`,
      };
    }
    return {
      outcome: 'bounced',
      bouncedAddress: bounce.bouncedAddress,
      reason:
        bounce.bouncedAddress === null
          ? explain('inboundBouncedUnknown')
          : explain('inboundBounced', { address: bounce.bouncedAddress }),
      rule: bounce.rule,
    };
  }

  const side = clientSide(from, thread, settings);
  if ('ignore' in side) return { outcome: 'ignore', ...side.ignore };
  const name = nameOf(message);
  const calendar = createWorkingCalendar(settings);
  const receivedDay = calendar.dayOf(receivedAt);
  const written = stripQuotedReply(safe.bodyText);

  const auto = detectAutoReply({ ...safe, bodyText: written });
  if (auto?.kind === 'auto_reply') {
    return {
      outcome: 'ignore',
      reason: explain('inboundAutoReply', { name }),
      rule: auto.rule,
    };
  }
  if (auto?.kind === 'out_of_office') {
    const returnDate = readReturnDate(`${safe.subject}\n${written}`, receivedDay);
    let backDay: number;
    let reason: Explanation;
    if (returnDate && returnDate.day >= receivedDay) {
      backDay = returnDate.isReturnDay
        ? calendar.nextWorkingDayFrom(returnDate.day)
        : calendar.nextWorkingDayFrom(returnDate.day + 1);
      reason = explain('inboundOutOfOffice', { name, quote: returnDate.text, day: dayValue(backDay) });
    } else {
      backDay = calendar.addBusinessDays(receivedDay, settings.outOfOfficeDefaultPauseBusinessDays);
      reason = explain('inboundOutOfOfficeNoDate', { name, day: dayValue(backDay) });
    }
    return {
      outcome: 'out_of_office',
      returnDate: returnDate?.isoDate ?? null,
      pauseUntil: calendar.workdayStartOf(backDay),
      reason,
      rule: returnDate ? `${auto.rule}+return-date` : auto.rule,
    };
  }

  const elsewhere = inThread === false;
  const who =
    side.sender === 'colleague' ? explain('inboundColleague', { name, domain: domainOf(from) }) : name;

  if (thread.kind === 'invoice') {
    const sentence = detectPaymentConfirmation(safe.subject, written);
    if (sentence) {
      return {
        outcome: 'paid',
        sender: side.sender,
        sentence,
        reason: explain(elsewhere ? 'inboundPaidElsewhere' : 'inboundPaid', {
          who,
          sentence: sentence.slice(0, 120),
        }),
        rule: 'paid:confirmation-wording',
      };
    }
  }

  if (thread.kind === 'proposal' || thread.kind === 'followup') {
    const decision = detectDecision(written);
    if (decision) {
      return {
        outcome: decision.decision,
        sender: side.sender,
        sentence: decision.sentence,
        reason: explain(
          decision.decision === 'accepted'
            ? elsewhere
              ? 'inboundAcceptedElsewhere'
              : 'inboundAccepted'
            : elsewhere
              ? 'inboundDeclinedElsewhere'
              : 'inboundDeclined',
          { who, sentence: decision.sentence.slice(0, 120) },
        ),
        rule: `${decision.decision}:decision-wording`,
      };
    }
  }

  const acknowledgement = detectAcknowledgement(written);
  if (acknowledgement) {
    const named = readReturnDate(acknowledgement, receivedDay);
    // "By Friday" leaves a working day's grace after it; "next week" the whole of that week.
    const checkInDay =
      named && named.day > receivedDay
        ? calendar.addBusinessDays(
            named.day,
            named.precision === 'week' ? settings.acknowledgementCheckInBusinessDays : 1,
          )
        : calendar.addBusinessDays(receivedDay, settings.acknowledgementCheckInBusinessDays);
    return {
      outcome: 'acknowledged',
      sender: side.sender,
      checkInAt: calendar.workdayStartOf(checkInDay),
      reason: explain(elsewhere ? 'inboundAcknowledgedElsewhere' : 'inboundAcknowledged', {
        who,
        quote: acknowledgement.slice(0, 120),
        day: dayValue(checkInDay),
      }),
      rule: 'acknowledged:wording',
    };
  }

  return {
    outcome: 'reply',
    sender: side.sender,
    inThread,
    reason: explain(elsewhere ? 'inboundRepliedElsewhere' : 'inboundReplied', { who }),
    rule: side.sender === 'colleague' ? 'reply:same-organization' : `reply:${side.sender}`,
  };
}
