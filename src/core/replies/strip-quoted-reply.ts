const MAX_LINE_CHARS = 1_000;
const MAX_TEXT_CHARS = 20_000;

// The line a mail client writes above the quoted original, in the six languages the product reads.
const QUOTE_HEADER =
  /^\s*(?:on\s.{0,300}\swrote:?|am\s.{0,300}\sschrieb.{0,120}|le\s.{0,300}\sa\sécrit\s?:?|el\s.{0,300}\sescribió:?|op\s.{0,300}\sschreef.{0,120}|em\s.{0,300}\sescreveu:?)\s*$/i;
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|mensagem original|forwarded message|weitergeleitete nachricht)/i;
const HEADER_BLOCK = /^\s*\*?(?:from|von|de|van):\*?\s.{1,300}$/i;

/**
 * The part of a received message its sender wrote: quoted history ("> …", "On … wrote:",
 * "-----Original Message-----") is cut, so dates and words in the user's own quoted mail are not
 * read as the client's.
 */
export function stripQuotedReply(bodyText: string): string {
  const kept: string[] = [];
  for (const rawLine of bodyText.slice(0, MAX_TEXT_CHARS).split('\n')) {
    const line = rawLine.slice(0, MAX_LINE_CHARS);
    if (QUOTE_HEADER.test(line) || ORIGINAL_MESSAGE.test(line)) break;
    if (HEADER_BLOCK.test(line) && kept.length > 0) break;
    if (line.trimStart().startsWith('>')) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}
