// How an amount with its currency is written in the six languages, for the rules that only need to
// know that one is there (kind shapes, the payment context of a due date). Reading the amount itself,
// with every ISO code, is extract-amount's job.

// The signs and codes people type beside a sum, wherever they write from: rupees, naira and pesos
// as much as dollars and euros (fresh-wording-3's writers are in India, Nigeria, the Philippines…).
// Read case-insensitively, so codes that are also words ("try", "PHP 8.2") are left to their signs.
const CODES =
  'usd|eur|gbp|chf|brl|cad|aud|nzd|inr|ngn|mxn|cop|pln|zar|kes|ghs|sgd|hkd|jpy|sek|nok|dkk|czk|huf|aed';
const CURRENCY_BEFORE = `(?:[$€£¥₹₦₱₺]|r\\$|(?<![a-z])(?:rs\\.?|ksh|${CODES})(?![a-z]))`;
const CURRENCY_AFTER = `(?:€|£|zł|(?<![a-z])(?:${CODES}|euros?|dollars?|pounds?|reais|rupees?|naira|pesos|tl)(?![a-z]))`;
const NUMBER_THEN_CURRENCY = `\\d(?:[\\d.,' ]{0,12}\\d)?k?\\s?${CURRENCY_AFTER}`;

/** Where an amount starts: "$1", "R$ 3", "1.200 €". Enough to say that one is there. */
export const MONEY_MENTION = `(?:${CURRENCY_BEFORE}\\s?\\d|${NUMBER_THEN_CURRENCY})`;

/** The whole amount ("$2,400", "1.200 €"), where what follows it matters ("$2,400 a month"). */
export const WHOLE_MONEY_MENTION = `(?:${CURRENCY_BEFORE}\\s?\\d(?:[\\d.,']{0,12}\\d)?k?|${NUMBER_THEN_CURRENCY})`;
