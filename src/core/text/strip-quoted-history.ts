/**
 * Removes what the user did not write from a plain-text message: the quoted history under a reply
 * header ("On … wrote:" and its equivalents in the six supported languages, Outlook's
 * "-----Original Message-----" and "From:/Sent:" blocks), trailing ">" quotes, and a signature after
 * the RFC 3676 delimiter "-- ". Sign-offs like "Best," are kept: cutting at them loses real text.
 */

const REPLY_HEADERS: readonly RegExp[] = [
  /^on\b.{0,300}\bwrote:\s*$/i,
  /^am\b.{0,300}\bschrieb\b.{0,200}:\s*$/i,
  /^le\b.{0,300}\ba écrit\s*:\s*$/i,
  /^el\b.{0,300}\bescribió\s*:\s*$/i,
  /^op\b.{0,300}\bschreef\b.{0,200}:\s*$/i,
  /^em\b.{0,300}\bescreveu\s*:\s*$/i,
  /^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|mensagem original)\s*-{2,}\s*$/i,
  /^-{2,}\s*(forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|doorgestuurd bericht|mensagem encaminhada)\s*-{2,}\s*$/i,
];

/** Outlook's header block: a "From:" line followed within two lines by "Sent:" (or its translations). */
const FROM_LINE = /^\*?(from|von|de|van)\s*:\*?\s/i;
const SENT_LINE = /^\*?(sent|date|gesendet|envoyé|enviado|verzonden|datum)\s*:/i;

export function stripQuotedHistory(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line.length > 400) continue;
    if (REPLY_HEADERS.some((header) => header.test(line))) {
      end = index;
      break;
    }
    if (
      FROM_LINE.test(line) &&
      lines.slice(index + 1, index + 3).some((next) => SENT_LINE.test(next.trim()))
    ) {
      end = index;
      break;
    }
    if (lines[index] === '-- ' || line === '--') {
      end = index;
      break;
    }
  }
  let kept = lines.slice(0, end);
  // A trailing run of ">" lines is quoted history even without a header above it.
  let last = kept.length;
  while (last > 0 && (kept[last - 1]!.trim().startsWith('>') || kept[last - 1]!.trim() === '')) last--;
  kept = kept.slice(0, last);
  return kept.join('\n').trim();
}
