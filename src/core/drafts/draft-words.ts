import type { DraftFacts, DraftLanguage } from './render-follow-up';

/**
 * The facts of a draft, cleaned and formatted for the draft's locale. Every field is either a
 * ready-to-print string (or whole number) or null, so a template can never print "undefined",
 * "null" or "NaN": it either has the words or writes the sentence without them.
 */
export interface DraftWords {
  name: string | null;
  organization: string | null;
  subject: string | null;
  project: string | null;
  invoiceNumber: string | null;
  /** "€1,200.00", "1.200,00 €": the amount with its currency, formatted for the locale. */
  amount: string | null;
  dueDate: string | null;
  daysOverdue: number | null;
  daysSilent: number | null;
  sender: string | null;
  signature: string | null;
  availability: string | null;
  paymentLink: string | null;
  collectionsDate: string | null;
  phone: string | null;
}

/** Locales the drafts format numbers and dates with; pt follows Brazilian usage (most speakers). */
export const DRAFT_LOCALES: Record<DraftLanguage, string> = {
  en: 'en-US',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  nl: 'nl-NL',
  pt: 'pt-BR',
};

// Long titles or pasted paragraphs would swamp a 50–125 word email (playbook: Tone); cap them.
const MAX_SHORT_FIELD_CHARS = 80;
const MAX_SIGNATURE_CHARS = 400;
const MAX_DAYS = 3650;

function cleanLine(value: string | null | undefined, maxChars = MAX_SHORT_FIELD_CHARS): string | null {
  if (typeof value !== 'string') return null;
  const line = value
    .slice(0, maxChars * 4)
    .replace(/\s+/g, ' ')
    .trim();
  if (line.length === 0) return null;
  if (line.length <= maxChars) return line;
  const cut = line.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function cleanSignature(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const lines = value
    .slice(0, MAX_SIGNATURE_CHARS)
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0);
  return lines.length === 0 ? null : lines.slice(0, 6).join('\n');
}

function cleanDays(value: number | null | undefined): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const days = Math.round(value);
  return days >= 1 && days <= MAX_DAYS ? days : null;
}

function cleanLink(value: string | null | undefined): string | null {
  const link = cleanLine(value, 300);
  // Only a plain web address goes into a client's inbox; anything else is dropped, not guessed at.
  return link !== null && /^https?:\/\/\S+$/i.test(link) ? link : null;
}

function cleanPhone(value: string | null | undefined): string | null {
  const phone = cleanLine(value, 32);
  return phone !== null && /^\+?[\d\s().\-/]{5,}$/.test(phone) && /\d{3}/.test(phone.replace(/\D/g, ''))
    ? phone
    : null;
}

/** Reads `YYYY-MM-DD` (a longer ISO string is cut to its date) and formats it in long form for the locale. */
export function formatDraftDate(iso: string | null | undefined, lang: DraftLanguage): string | null {
  if (typeof iso !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const at = Date.UTC(year, month - 1, day);
  const check = new Date(at);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return new Intl.DateTimeFormat(DRAFT_LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}

// The classifier reports ISO codes, but a user typing facts by hand writes the symbol.
const CURRENCY_SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', R$: 'BRL' };

/** Formats an amount with its currency for the locale; an unknown currency code is printed beside the number. */
export function formatDraftAmount(
  amount: number | null | undefined,
  currency: string | null | undefined,
  lang: DraftLanguage,
): string | null {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0 || amount >= 1e12) return null;
  const locale = DRAFT_LOCALES[lang];
  const written = typeof currency === 'string' ? currency.trim() : '';
  const code = (CURRENCY_SYMBOLS[written] ?? written).toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(amount);
    } catch {
      // Intl rejects some well-formed but unknown codes; the number and code still read clearly.
    }
  }
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    amount,
  );
  return code.length > 0 && /^[A-Z]{3}$/.test(code) ? `${number} ${code}` : number;
}

export function prepareDraftWords(facts: DraftFacts, lang: DraftLanguage): DraftWords {
  return {
    name: cleanLine(facts.clientFirstName, 40),
    organization: cleanLine(facts.clientOrganization),
    subject: cleanLine(facts.subject),
    project: cleanLine(facts.projectTitle, 60),
    invoiceNumber: cleanLine(facts.invoiceNumber, 32),
    amount: formatDraftAmount(facts.amount, facts.currency, lang),
    dueDate: formatDraftDate(facts.dueDate, lang),
    daysOverdue: cleanDays(facts.daysOverdue),
    daysSilent: cleanDays(facts.daysSilent),
    sender: cleanLine(facts.senderName, 60),
    signature: cleanSignature(facts.signature),
    availability: cleanLine(facts.callAvailability, 80),
    paymentLink: cleanLink(facts.paymentLink),
    collectionsDate: formatDraftDate(facts.collectionsDate, lang),
    phone: cleanPhone(facts.contactPhone),
  };
}
