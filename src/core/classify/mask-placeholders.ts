/**
 * Template placeholders are not values (issue #3): people send templates with `[Client Name]`,
 * `{{amount}}`, `<vervaldatum>` or `%due-date%` still in them, and `$[XXX]` must not read as an amount.
 * Each placeholder becomes this mark: no digits and no currency, so no extractor reads it as a value,
 * yet a currency written next to it (`€{{total}}`, `[Betrag] €`) still says which currency is meant.
 */
export const PLACEHOLDER_MARK = '⟦⟧';

// Every alternative is a bounded character class run, so the scan stays linear on hostile input.
const PLACEHOLDER =
  /\{\{[^{}]{0,160}\}\}|\{[^{}\n]{1,80}\}|\[\[[^[\]\n]{1,80}\]\]|\[[^[\]\n]{1,100}\]|<[^<>@\n]{1,80}>|%[A-Za-z][\w-]{1,40}%|\bX{2,}(?:[.,]X{1,2})?\b|\$X\b/g;

// Square brackets around a real date or a document's number are a tag, not a blank: "[Due 2026-10-30]
// Invoice from …", the subject an invoicing tool writes (field-wording-5.jsonl), "[Invoice 2026/1404]
// Annual maintenance" (field-wording-7 fw7-n12).
const BRACKETED_TAG =
  /^\[[^\]]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:invoice|inv|rechnung|facture|factura|factuur|fatura|fattura)[^\]\d]{0,12}\d)[^\]]*\]$/i;

/** Replaces template placeholders with `PLACEHOLDER_MARK`. */
export function maskPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (found) => {
    if (BRACKETED_TAG.test(found)) return found;
    return found.startsWith('$') ? `$${PLACEHOLDER_MARK}` : PLACEHOLDER_MARK;
  });
}
