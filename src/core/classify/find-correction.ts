import { domainOf, type MailAddress } from '../mail';
import type { EmailKind } from './kinds';

/** A user's correction: "mail to this domain (with this subject) is a …". */
export interface KindCorrection {
  recipientDomain: string;
  /** Case-insensitive words the subject must contain; `*` stands for any run of text. */
  subjectPattern?: string;
  kind: EmailKind;
}

/**
 * The correction that applies to this email: one naming the subject beats one for the whole domain,
 * and among equals the latest (last in the list) wins, so a user can change their mind.
 * Patterns are matched piece by piece, never compiled into a RegExp, so user text cannot hang us.
 */
export function findCorrection(
  corrections: ReadonlyArray<KindCorrection> | undefined,
  recipients: ReadonlyArray<MailAddress | undefined>,
  subject: string,
): KindCorrection | null {
  if (!Array.isArray(corrections) || corrections.length === 0) return null;
  const domains = new Set(
    recipients
      .filter((to): to is MailAddress => !!to && typeof to.email === 'string')
      .map((to) => domainOf(to.email)),
  );
  let domainWide: KindCorrection | null = null;
  let bySubject: KindCorrection | null = null;
  for (const correction of corrections) {
    if (!correction || typeof correction.recipientDomain !== 'string') continue;
    const domain = correction.recipientDomain.trim().toLowerCase().replace(/^@/, '');
    if (!domain || !domains.has(domain)) continue;
    const pattern = typeof correction.subjectPattern === 'string' ? correction.subjectPattern.trim() : '';
    if (!pattern) domainWide = correction;
    else if (isSubjectMatch(subject, pattern)) bySubject = correction;
  }
  return bySubject ?? domainWide;
}

function isSubjectMatch(subject: string, pattern: string): boolean {
  const haystack = subject.toLowerCase().replace(/\s+/g, ' ');
  let at = 0;
  for (const piece of pattern.toLowerCase().replace(/\s+/g, ' ').split('*')) {
    if (!piece) continue;
    const found = haystack.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}
