import { sentencesOf } from './sentences-of';

// "It has been paid" and its kin in the six languages the product reads. Each alternative is a
// fixed phrase with bounded gaps, so matching stays linear.
const PAYMENT_DONE = new RegExp(
  [
    String.raw`\b(?:we|i|we've|i've|we have|i have|has been|have been|was|were|is|are|just|already|now)\s(?:just\s|now\s|already\s)?(?:paid|settled|transferred|wired)\b`,
    String.raw`\bpaid (?:today|yesterday|this morning|in full|it|the invoice|your invoice)\b`,
    String.raw`\bpayment (?:has been|was|is)\s(?:just\s|now\s)?(?:made|sent|processed|initiated|completed|scheduled|released|submitted)\b`,
    String.raw`\b(?:transfer|bank transfer|wire|wire transfer|payment)\s(?:has been\s|was\s|is\s)?(?:sent|made|initiated|completed|done)\b`,
    String.raw`\bremittance advice\b`,
    String.raw`\bproof of payment\b`,
    String.raw`\bzahlung\s(?:ist\s|wurde\s)?(?:erfolgt|veranlasst|angewiesen|ausgeführt|getätigt)`,
    String.raw`\b(?:habe|haben)\s[^.\n]{0,40}?(?:bezahlt|überwiesen|beglichen)`,
    String.raw`\b(?:ist|wurde)\s(?:heute\s|gestern\s|soeben\s)?(?:bezahlt|überwiesen|beglichen)`,
    String.raw`\büberweisung\s(?:ist\s|wurde\s)?(?:erfolgt|veranlasst|getätigt|ausgeführt|raus)`,
    String.raw`\b(?:paiement|virement|règlement)\s(?:a été\s|est\s)?(?:effectué|envoyé|émis|fait|réalisé)`,
    String.raw`\b(?:j'ai|nous avons|j’ai)\s(?:bien\s)?(?:payé|réglé|viré|effectué le (?:paiement|virement))`,
    String.raw`\bavis de (?:paiement|virement)\b`,
    String.raw`\bfacture\s(?:a été\s|est\s)réglée`,
    String.raw`\b(?:pago|transferencia)\s(?:ha sido\s|fue\s)?(?:realizad[oa]|efectuad[oa]|enviad[oa]|hech[oa])`,
    String.raw`\bhemos\s(?:pagado|realizado el pago|hecho la transferencia|abonado)`,
    String.raw`\b(?:he|ya he)\s(?:pagado|realizado el pago|hecho la transferencia)`,
    String.raw`\bbetaling\s(?:is\s)?(?:verricht|gedaan|voldaan|overgemaakt|uitgevoerd)`,
    String.raw`\b(?:heb|hebben|is)\s[^.\n]{0,40}?(?:betaald|overgemaakt|voldaan)`,
    String.raw`\b(?:pagamento|transferência|transferencia)\s(?:foi\s)?(?:efetuad[oa]|realizad[oa]|enviad[oa]|feit[oa])`,
    String.raw`\bcomprovante de pagamento\b`,
    String.raw`\b(?:já\s)?(?:paguei|pagamos|transferimos|transferi)\b`,
  ].join('|'),
  'i',
);

// A sentence that denies, doubts or promises the payment is not a confirmation.
const NOT_YET = new RegExp(
  [
    String.raw`\b(?:not|n't|never|unpaid|yet|will|shall|going to|soon|once|when|if|until)\b`,
    String.raw`\b(?:nicht|noch|kein|werde|werden|sobald|bald|wenn|falls)\b`,
    String.raw`\b(?:pas|jamais|encore|vais|allons|dès que|quand|si)\b`,
    String.raw`\b(?:no|aún|todavía|voy a|vamos a|cuando)\b`,
    String.raw`\b(?:niet|nog|geen|ga|gaan|zodra|wanneer|als|indien|mocht)\b`,
    String.raw`\b(?:não|nao|ainda|vou|vamos|quando|assim que|caso)\b`,
  ].join('|'),
  'i',
);

/**
 * Whether the text confirms a payment ("the transfer was sent today", "Zahlung ist erfolgt",
 * "remittance advice"). Sentence by sentence: a question, a negation or a promise is not a
 * confirmation. Returns the sentence that confirms it, or null.
 */
export function detectPaymentConfirmation(subject: string, bodyText: string): string | null {
  for (const sentence of [...sentencesOf(subject.slice(0, 300)), ...sentencesOf(bodyText.slice(0, 6_000))]) {
    if (sentence.endsWith('?')) continue;
    if (!PAYMENT_DONE.test(sentence)) continue;
    if (NOT_YET.test(sentence)) continue;
    return sentence;
  }
  return null;
}
