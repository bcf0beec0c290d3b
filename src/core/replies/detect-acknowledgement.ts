import { sentencesOf } from './sentences-of';

// "Thanks, got it" and "I'll look at it next week": a reply that ends the silence without an
// answer. Each alternative is a fixed phrase, so matching stays linear.
const DEFERRAL = new RegExp(
  [
    String.raw`\b(?:i'll|i will|we'll|we will|i’ll|we’ll|let me|will)\s(?:take a look|look|have a look|review|get back|come back|revert|check|go through|read|discuss)`,
    String.raw`\bget back to you\b`,
    String.raw`\b(?:ich|wir)\s(?:melde|melden|schaue|schauen|sehe|sehen|prüfe|prüfen|gehe)\s(?:mich|uns|es|mir|das|sie)?`,
    String.raw`\b(?:melde mich|schaue mir|sehe mir|gebe (?:ihnen|dir) bescheid)\b`,
    String.raw`\b(?:je|nous)\s(?:reviens|reviendrai|reviendrons|regarde|regarderai|regarderons|vais regarder|vous tiens)`,
    String.raw`\b(?:lo|la|le)\s(?:reviso|revisaré|miro|miraré|veo)\b`,
    String.raw`\b(?:te|le|les)\s(?:respondo|responderé|contesto|escribo|digo algo)\b`,
    String.raw`\b(?:le echo un vistazo|te echo un vistazo)\b`,
    String.raw`\bik\s(?:kom|kijk|bekijk|laat)\s`,
    String.raw`\b(?:komen erop terug|kom erop terug)\b`,
    String.raw`\b(?:vou|vamos)\s(?:analisar|ver|olhar|rever|responder)\b`,
    String.raw`\b(?:retorno em breve|te retorno|lhe retorno)\b`,
  ].join('|'),
  'i',
);
// A decision or an answer in the same message makes it a real reply ("got it, approved").
const DECISION =
  /\b(?:approved?|accept(?:ed)?|go ahead|proceed|signed|agreed?|decline[ds]?|not interested|pass on this|einverstanden|freigegeben|zugesagt|beauftragen|absage|d'accord|validé|valide|accepté|refusé|aprobado|aceptado|de acuerdo|adelante|akkoord|goedgekeurd|akkoord|aprovado|de acordo|aceito)\b/i;
/** A bare receipt ("Got it, thanks!") acknowledges only when it is nearly all the message says. */
const RECEIPT =
  /\b(?:received|got it|noted|well received|erhalten|bien reçu|bien recu|c'est noté|recibido|ontvangen|recebido)\b/i;
const MAX_RECEIPT_CHARS = 80;
/** Longer messages say something: they are replies, not acknowledgements. */
const MAX_ACKNOWLEDGEMENT_CHARS = 400;

/**
 * Whether a short message only acknowledges: "received", or a promise to look later, with no
 * question back and no decision in it. A bare "thanks" is left to count as a reply. Returns the sentence that promised a later look, or null.
 */
export function detectAcknowledgement(bodyText: string): string | null {
  const text = bodyText.trim();
  if (text.length === 0 || text.length > MAX_ACKNOWLEDGEMENT_CHARS || text.includes('?')) return null;
  if (DECISION.test(text)) return null;
  const deferral = sentencesOf(text).find((sentence) => DEFERRAL.test(sentence));
  if (deferral) return deferral;
  return text.length <= MAX_RECEIPT_CHARS && RECEIPT.test(text) ? text : null;
}
