import type { ClassifyInput } from '../mail';
import { maskPlaceholders } from './mask-placeholders';

/**
 * Longer bodies are cut: the words that say what an email is come first, and the cap bounds the
 * worst case (a 16,000-character body classifies in a few milliseconds; see bench/classify-throughput.ts).
 */
export const MAX_BODY_CHARS = 16_000;
export const MAX_SUBJECT_CHARS = 1_000;
export const MAX_ATTACHMENTS = 50;
export const MAX_ATTACHMENT_NAME_CHARS = 255;
const TAIL_CHARS = 800;

/** An email cut into the parts the classifier weighs differently. */
export interface PreparedMail {
  subject: string;
  /** What the sender wrote in this message, placeholders masked. */
  ownText: string;
  /** A forwarded message carried below the sender's own words. */
  forwardedText: string;
  /** Domain of the forwarded message's original sender, when its header block names one. */
  forwardedFromDomain: string;
  /** Reply history ("On … wrote:", `>` lines, Outlook header blocks) the caller did not strip. */
  quotedText: string;
  /** What followed a `-- ` signature separator. */
  signatureText: string;
  /** The body's last lines, wherever they fell: mailing lists and newsletters put their footers there. */
  tailText: string;
  attachmentNames: string[];
  /** The body was longer than `MAX_BODY_CHARS` and only its start was read. */
  wasTruncated: boolean;
}

// Reply and forward separators in the six languages the product reads (issue #3). Lines are matched
// one at a time with bounded runs, so a hostile body cannot make them backtrack.
const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|mensaje original|doorgestuurd bericht|oorspronkelijk bericht|mensagem encaminhada|mensagem original)\s*-{2,}|begin forwarded message:?|anfang der weitergeleiteten nachricht:?|début du message réexpédié\s?:?)\s*$/i;
const ORIGINAL_MESSAGE_MARKER =
  /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|mensagem original)\s*-{2,}\s*$/i;
// English puts the verb last ("On …, Ana wrote:"); German and Dutch put the name after it
// ("Am … schrieb Ana <ana@…>:").
const REPLY_ATTRIBUTION =
  /^\s*(?:on|am|le|el|op|em)\s[^\n]{0,250}(?:wrote|schrieb|a écrit|escribió|schreef|escreveu)(?:\s[^\n]{0,200})?\s?:\s*$/i;
const BARE_ATTRIBUTION = /^\s*(?:wrote|schrieb|a écrit|escribió|schreef|escreveu)\s?:\s*$/i;
const HEADER_FROM = /^\s*\*?(?:from|von|de|van)\s?:\*?\s/i;
const HEADER_DATE_OR_SENT =
  /^\s*\*?(?:sent|date|gesendet|datum|envoyé|enviado|verzonden|data|fecha)\s?:\*?\s/i;
const HEADER_SUBJECT = /^\s*\*?(?:subject|betreff|objet|asunto|onderwerp|assunto)\s?:\*?\s/i;
const SIGNATURE_SEPARATOR = /^-- ?$/;
const ADDRESS_DOMAIN = /@([a-z0-9](?:[a-z0-9-]{0,62}\.){1,8}[a-z]{2,24})/i;

/** Cuts the body into own words, forwarded message and quoted history; masks placeholders. */
export function prepareMailText(input: ClassifyInput): PreparedMail {
  const rawBody = typeof input.bodyText === 'string' ? input.bodyText : '';
  const rawSubject = typeof input.subject === 'string' ? input.subject : '';
  const wasTruncated = rawBody.length > MAX_BODY_CHARS;
  const body = asTwoByteText(stripMarkup(rawBody.slice(0, MAX_BODY_CHARS)).normalize('NFC'));
  const subject = asTwoByteText(
    maskPlaceholders(rawSubject.slice(0, MAX_SUBJECT_CHARS).normalize('NFC').replace(/\s+/g, ' ')),
  );
  const lines = body.split(/\r\n|\r|\n/);

  const own: string[] = [];
  const signature: string[] = [];
  const quoted: string[] = [];
  const forwarded: string[] = [];
  let section: 'own' | 'quoted' | 'forwarded' = 'own';
  let inSignature = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (section === 'own') {
      if (FORWARD_MARKER.test(line) && !ORIGINAL_MESSAGE_MARKER.test(line)) {
        section = 'forwarded';
        continue;
      }
      if (
        ORIGINAL_MESSAGE_MARKER.test(line) ||
        REPLY_ATTRIBUTION.test(line) ||
        (BARE_ATTRIBUTION.test(line) && index > 0) ||
        isOutlookHeaderBlock(lines, index)
      ) {
        section = 'quoted';
        quoted.push(line);
        continue;
      }
      if (line.startsWith('>')) {
        quoted.push(line);
        continue;
      }
      // A second "--" closes a framed block ("--\nInvoice: HT-2026-091\nDue: …\n--", field-wording-3
      // fw3-009): what stood between the two rules was the message, not a signature.
      if (SIGNATURE_SEPARATOR.test(line)) {
        if (inSignature) {
          own.push(...signature.splice(0), line);
          inSignature = false;
          continue;
        }
        inSignature = true;
      }
      if (inSignature) signature.push(line);
      else own.push(line);
      continue;
    }
    if (section === 'forwarded') forwarded.push(line);
    else quoted.push(line);
  }

  const forwardedText = forwarded.join('\n');
  return {
    subject,
    ownText: maskPlaceholders(own.join('\n')),
    forwardedText: maskPlaceholders(forwardedText),
    forwardedFromDomain: readForwardedSenderDomain(forwarded),
    quotedText: maskPlaceholders(quoted.join('\n')),
    signatureText: maskPlaceholders(signature.join('\n')),
    tailText: maskPlaceholders(rawBody.slice(-TAIL_CHARS).normalize('NFC')),
    attachmentNames: readAttachmentNames(input.attachmentNames),
    wasTruncated,
  };
}

/** Outlook quotes history under a `From:` / `Sent:` / `Subject:` block instead of an attribution line. */
function isOutlookHeaderBlock(lines: readonly string[], index: number): boolean {
  if (!HEADER_FROM.test(lines[index] ?? '')) return false;
  let hasDate = false;
  for (let next = index + 1; next < Math.min(lines.length, index + 6); next++) {
    const line = lines[next] ?? '';
    if (HEADER_DATE_OR_SENT.test(line)) hasDate = true;
    if (HEADER_SUBJECT.test(line)) return hasDate;
  }
  return false;
}

function readForwardedSenderDomain(forwarded: readonly string[]): string {
  for (const line of forwarded.slice(0, 8)) {
    if (!HEADER_FROM.test(line)) continue;
    const domain = ADDRESS_DOMAIN.exec(line)?.[1];
    if (domain) return domain.toLowerCase();
  }
  return '';
}

function readAttachmentNames(names: unknown): string[] {
  if (!Array.isArray(names)) return [];
  return names
    .slice(0, MAX_ATTACHMENTS)
    .filter((name): name is string => typeof name === 'string')
    .map((name) => asTwoByteText(name.slice(0, MAX_ATTACHMENT_NAME_CHARS).normalize('NFC')));
}

/**
 * The same characters, held as a two-byte string. V8 compiles every regex once for one-byte text and
 * again for two-byte text, and which a mail is depends on its characters (a "€" or a curly quote makes
 * it two-byte), so a mix of mails had every pattern compiled twice: past 16 MB of machine code V8
 * compiles each further regex without its optimisations (`TooMuchRegExpCode` in V8's regexp.cc). On
 * the bench emails on 2026-11-25, reading every text as two-byte took the code from 20.7 to 17.6 MB and
 * the classifier from about 2,070 to 2,600 mails a second. Whatever the classifier cuts from these
 * strings (slices, lines, matches) keeps their width.
 */
export function asTwoByteText(text: string): string {
  return `\u0100${text}`.slice(1);
}

/**
 * The caller hands us plain text, but an HTML part can leak through (issue #3 lists "HTML with
 * scripts" as hostile input): script and style contents are dropped, tags are left for the masker.
 * indexOf keeps this linear even when a closing tag never comes.
 */
function stripMarkup(text: string): string {
  if (!/<(?:script|style)\b/i.test(text)) return text;
  const lower = text.toLowerCase();
  let result = '';
  let at = 0;
  while (at < text.length) {
    const script = lower.indexOf('<script', at);
    const style = lower.indexOf('<style', at);
    const start = script < 0 ? style : style < 0 ? script : Math.min(script, style);
    if (start < 0) break;
    result += text.slice(at, start);
    const closing = start === script ? '</script>' : '</style>';
    const end = lower.indexOf(closing, start);
    at = end < 0 ? text.length : end + closing.length;
  }
  return result + text.slice(at);
}
