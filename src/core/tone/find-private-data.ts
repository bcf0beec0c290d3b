/**
 * Bank and card details that belong on the invoice or a payment page, never in a follow-up a
 * colleague or an assistant may read (playbook: Tone, privacy). Candidates are found with bounded,
 * linear patterns, then confirmed by checksum (IBAN mod-97, card Luhn) to keep false alarms rare.
 */
export type PrivateDataKind = 'iban' | 'card-number' | 'account-number' | 'password';

export interface PrivateDataMatch {
  kind: PrivateDataKind;
  start: number;
  end: number;
}

const IBAN_CANDIDATE =
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\p{L}\p{N}])/giu;
const CARD_CANDIDATE = /(?<![\p{N}])(?:\d[ -]?){12,18}\d(?![\p{N}])/gu;
const ACCOUNT_CANDIDATE =
  /(?<![\p{L}])(?:sort[ -]?code|account (?:number|no\.?|#)|acct\.? (?:no\.?|#)|routing (?:number|no\.?)|aba|bsb|kontonummer|bankleitzahl|blz|numéro de compte|número de cuenta|rekeningnummer|número da conta|agência)(?![\p{L}])[^\d\n]{0,20}(\d[\d -]{4,20}\d)/giu;
const PASSWORD_CANDIDATE =
  /(?<![\p{L}])(?:password|passcode|pwd|pin|passwort|kennwort|mot de passe|contraseña|wachtwoord|senha)(?![\p{L}])\s{0,3}(?:[:=]|is|ist|est|es|is:|é)\s{0,3}[^\s]{3,}/giu;

export function isValidIban(candidate: string): boolean {
  const compact = candidate.replace(/ /g, '').toUpperCase();
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? String(code - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    let digit = Number(digits[index]);
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

export function findPrivateData(text: string): PrivateDataMatch[] {
  const found: PrivateDataMatch[] = [];
  for (const match of text.matchAll(IBAN_CANDIDATE)) {
    if (isValidIban(match[0]))
      found.push({ kind: 'iban', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(CARD_CANDIDATE)) {
    const digits = match[0].replace(/\D/g, '');
    const overlapsIban = found.some(
      (item) => item.start < match.index + match[0].length && match.index < item.end,
    );
    // All-same digits ("0000 0000 0000 0000") pass Luhn but are placeholders, not cards.
    if (!overlapsIban && digits.length >= 13 && !/^(\d)\1+$/.test(digits) && isLuhnValid(digits)) {
      found.push({ kind: 'card-number', start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(ACCOUNT_CANDIDATE)) {
    const number = match[1] ?? '';
    const start = match.index + match[0].length - number.length;
    const overlaps = found.some((item) => item.start < start + number.length && start < item.end);
    if (!overlaps) found.push({ kind: 'account-number', start, end: start + number.length });
  }
  for (const match of text.matchAll(PASSWORD_CANDIDATE)) {
    found.push({ kind: 'password', start: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}
