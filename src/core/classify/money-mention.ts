// How an amount with its currency is written in the six languages, for the rules that only need to
// know that one is there (kind shapes, the payment context of a due date). Reading the amount itself,
// with every ISO code, is extract-amount's job.

/**
 * ISO 4217 codes people type next to amounts, wherever they write from: rupees, naira and pesos as
 * much as dollars and euros (fresh-wording-3's writers are in India, Nigeria, the Philippines…).
 * Matched in capitals only by the amount reader: a three-letter word (`THE 100`) is no code.
 */
export const CURRENCY_CODES: readonly string[] =
  'USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|CNY|INR|BRL|MXN|SEK|NOK|DKK|PLN|CZK|HUF|ZAR|SGD|HKD|TRY|RON|BGN|ILS|AED|ARS|CLP|COP|PEN|UYU|NGN|KES|GHS|EGP|MAD|PHP|IDR|MYR|THB|VND|PKR|BDT|TWD|KRW|SAR|QAR|UAH|ISK|XOF|XAF|MZN|AOA|DOP|JMD|TTD|BWP|ZMW|SRD|ETB|RWF|FJD|BMD|LKR'.split(
    '|',
  );
// The patterns below are read case-insensitively, so codes that are also words in the languages the
// product reads ("try 100", "PHP 8.2", "Ron", "pen", "mad", "ils") are left to their signs.
const CODES_ALSO_WORDS = new Set(['TRY', 'PHP', 'RON', 'PEN', 'MAD', 'ILS', 'ARS', 'SAR']);
const CODES = CURRENCY_CODES.filter((code) => !CODES_ALSO_WORDS.has(code))
  .map((code) => code.toLowerCase())
  .join('|');
/**
 * What must follow South Africa's rand sign "R" for it to be one: a sum written with thousands ("R 67,500",
 * offer-wording ow-en-30; "R6 840,00", field-wording-18 fw18-017). A lone R is also a version or a room.
 */
export const RAND_SUM_AFTER = '(?=\\s?\\d{1,3}(?:[ ,.]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d))';
/** A currency written before its amount: "$", "R$", "EUR", "R 6 840". */
export const CURRENCY_BEFORE = `(?:[$€£¥₹₦₱₺]|r\\$|gh[₵¢]|(?<![a-z])(?:rs\\.?|ksh|${CODES})(?![a-z])|(?<![a-z])r${RAND_SUM_AFTER})`;
const CURRENCY_AFTER = `(?:€|£|zł|(?<![a-z])(?:${CODES}|f\\s?cfa|dhs?|kz|euros?|dollars?|pounds?|reais|rupees?|naira|pesos|tl)(?![a-z]))`;
const NUMBER_THEN_CURRENCY = `\\d(?:[\\d.,' ]{0,12}\\d)?k?\\s?${CURRENCY_AFTER}`;

/** Where an amount starts: "$1", "R$ 3", "1.200 €". Enough to say that one is there. */
export const MONEY_MENTION = `(?:${CURRENCY_BEFORE}\\s?\\d|${NUMBER_THEN_CURRENCY})`;

/** The whole amount ("$2,400", "1.200 €"), where what follows it matters ("$2,400 a month"). */
export const WHOLE_MONEY_MENTION = `(?:${CURRENCY_BEFORE}\\s?\\d(?:[\\d.,']{0,12}\\d)?k?|${NUMBER_THEN_CURRENCY})`;
