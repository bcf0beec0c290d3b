import { ARGENTINE_INVOICE_NUMBER } from './extract-invoice-number';

/**
 * A bare "$" is the dollar (or peso) of wherever the sender works. Writers there never say which:
 * "you're looking at $690" from a Brisbane detailer is Australian dollars, "$21,760 + GST all up"
 * from a New Zealand waller is New Zealand dollars (offer-wording ow-en-12, ow-en-17). The mail
 * usually says where all the same: a code written once ("$6,500 MXN … Total $8,900", ow-es-02), the
 * sender's address, a city in the signature, a tax or bank word only one country uses.
 */

/** Countries whose own currency is written with a bare "$". */
const DOLLAR_CODES = [
  'AUD',
  'NZD',
  'CAD',
  'SGD',
  'HKD',
  'JMD',
  'TTD',
  'FJD',
  'BMD',
  'DOP',
  'MXN',
  'COP',
  'ARS',
  'CLP',
  'UYU',
  'USD',
] as const;
type DollarCode = (typeof DOLLAR_CODES)[number];

const CODE_WRITTEN = new RegExp(`(?<![A-Za-z])(${DOLLAR_CODES.join('|')})(?![A-Za-z])`, 'g');
const US_DOLLAR_NAMED =
  /(?<![A-Za-z])(?:US\$|U\.S\. dollars?|US dollars?|dólares (?:estadounidenses|americanos))/i;

// Top-level domains by the dollar their country writes as "$"; `.co` alone is sold to everyone.
const DOLLAR_OF_DOMAIN: ReadonlyArray<readonly [RegExp, DollarCode]> = [
  [/\.au$/, 'AUD'],
  [/\.nz$/, 'NZD'],
  [/\.ca$/, 'CAD'],
  [/\.sg$/, 'SGD'],
  [/\.hk$/, 'HKD'],
  [/\.mx$/, 'MXN'],
  [/\.com\.co$/, 'COP'],
  [/\.ar$/, 'ARS'],
  [/\.cl$/, 'CLP'],
];

// Places and words only one dollar country uses: its big cities and regions, and (written in capitals,
// so "in a rut" is no Chilean tax number) its business, tax and bank words: ABN, BSB; HST, QST, Interac;
// CUIT, CBU; RUT, SpA; RFC, CFDI, SPEI. Names that are also people or places elsewhere stay out: "GST" (four
// countries), "Sydney" and "Adelaide" (first names), "Córdoba" and "Santiago" (Spain too), "Perth".
const PLACE_CLUES: ReadonlyArray<readonly [DollarCode, string, string]> = [
  [
    'AUD',
    'australia|australian|brisbane|melbourne|canberra|hobart|gold coast|sunshine coast|queensland|new south wales|tasmania|toowoomba|cairns|townsville|geelong|wollongong|ballarat|bendigo|launceston|fremantle',
    // A state and its four-digit postcode, and a landline with its one-digit area code: "(08) 8299 4410".
    'ABN|BSB|NSW|QLD|PayID|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \\d{4}|\\(0[2378]\\) \\d{4} \\d{4}',
  ],
  // Māori greetings open and close ordinary New Zealand mail in English (field-wording-11 fw11-025); a
  // landline there is a one-digit area code and seven digits ("03 318 4402"), where Dublin's "01" is the
  // only such code in Ireland.
  [
    'NZD',
    'new zealand|aotearoa|auckland|wellington|christchurch|dunedin|tauranga|queenstown|rotorua|waikato|bay of plenty|kiwisaver|kia ora|ng[āa] mihi|wh[āa]nau|m[āa]ori',
    'IRD|0[34679] \\d{3} \\d{4}',
  ],
  [
    'CAD',
    'canada|canadian|toronto|vancouver|montr[ée]al|calgary|edmonton|ottawa|gatineau|outaouais|winnipeg|halifax|qu[ée]bec|ontario|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|interac|e-?transfer|autodeposit',
    // A postal code is letter, digit, letter, then digit, letter, digit: "K1P 5G4".
    'HST|QST|TVQ|[A-Z]\\d[A-Z] \\d[A-Z]\\d',
  ],
  ['SGD', 'singapore', 'PayNow'],
  ['HKD', 'hong kong|kowloon|mong kok|tsim sha tsui|wan chai|causeway bay|sha tin|tsuen wan', ''],
  // Caribbean dollars and pesos share North America's phone plan; their area codes and tax words say which
  // ("Tel: (876) 555-0192", "GCT 15%", field-wording-14 fw14-053).
  ['JMD', 'jamaica|kingston|montego bay|ocho rios', 'GCT|\\(876\\)'],
  ['TTD', 'trinidad|tobago|port of spain|chaguanas', '\\(868\\)'],
  ['BMD', 'bermuda', '\\(441\\)|\\+1 441'],
  // Fiji's own greetings sign off ordinary mail in English there ("Vinaka", "Bula").
  ['FJD', 'fiji|suva|lautoka|labasa|savusavu|vinaka|bula', '\\+679'],
  ['DOP', 'república dominicana|republica dominicana|santo domingo|punta cana', 'RNC|\\(8[024]9\\)'],
  ['MXN', 'm[ée]xico|cdmx|guadalajara|monterrey|quer[ée]taro|oaxaca', 'RFC|CFDI|SPEI'],
  // Colombia bills by a "cuenta de cobro" (open-wording-c owc-101); Canada pays by "e-transfer" (owc-041).
  [
    'COP',
    'colombia|bogot[áa]|medell[íi]n|barranquilla|cartagena de indias|bucaramanga|manizales|pereira|c[úu]cuta|bancolombia|nequi|daviplata|cuenta de cobro',
    '',
  ],
  // An Argentine invoice is numbered by letter, point of sale and sequence ("Factura C 0002-00000187",
  // field-wording-10 fw10-029) and paid to an "alias"; Argentines write with "vos" ("me la podés pagar").
  // Uruguay says "vos" too, but writes its peso "$U".
  [
    'ARS',
    'argentina|buenos aires|rosario|mendoza|tucum[áa]n|mar del plata|la plata|neuqu[ée]n|bariloche|luj[áa]n de cuyo|mercado ?pago|el alias|al alias|podés|andás|querés|tenés|avisame|pasame|mandame|confirmame',
    `CABA|CUIT|CBU|AFIP|${ARGENTINE_INVOICE_NUMBER}`,
  ],
  // A "SpA" is a Chilean company (pay-wording pw-es-05); a "boleta de honorarios" a Chilean fee note; "junto
  // con saludar" opens Chilean business letters, and goods travel with a "guía de despacho". Colombia and
  // Uruguay have a "RUT" too, so only Chile's way of writing its number counts ("RUT 76.884.210-3").
  [
    'CLP',
    'chile|valpara[íi]so|vi[ñn]a del mar|temuco|puc[óo]n|antofagasta|rancagua|iquique|puerto montt|colchagua|boleta de honorarios|junto con saludar|gu[íi]a de despacho',
    'RUT:?\\s(?:is\\s|es\\s)?\\d{1,2}\\.\\d{3}\\.\\d{3}-[\\dkK]|SpA',
  ],
  ['UYU', 'uruguay|montevideo|punta del este', ''],
  // The United States is named too, so an agency signed "Austin | Denver | Toronto" says nothing of Canada
  // (proposal-wording-7 pw7-013); a state code with a ZIP code is an American address.
  [
    'USD',
    'united states|new york|los angeles|san francisco|chicago|houston|austin|dallas|denver|seattle|boston|atlanta|miami|philadelphia|phoenix|brooklyn|california|texas|florida|colorado',
    'USA|[A-Z]{2} \\d{5}',
  ],
];
// Letters are spelled out as Latin ranges rather than \p{L}: Unicode mode made these scans, run on every mail
// with a "$", about twice as slow.
const cluePattern = (flags: string, pick: (clue: readonly [DollarCode, string, string]) => string): RegExp =>
  new RegExp(
    `(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\\d])(?:${PLACE_CLUES.filter((clue) => pick(clue) !== '')
      .map((clue) => `(?<${clue[0]}>${pick(clue)})`)
      .join('|')})(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\\d])`,
    flags,
  );
// "GST" alone is four countries' tax, but its rate names one: 10% in Australia, 15% in New Zealand, 5% in
// Canada, 7-9% in Singapore ("GST 15%  $1,480.50", field-wording-11 fw11-016).
const GST_RATE =
  /(?<![A-Za-z])GST\s?(?:of\s|@\s?)?\(?(\d{1,2})\s?%|(?<![\d.,])(\d{1,2})\s?%\s?GST(?![A-Za-z])/g;
const DOLLAR_OF_GST_RATE: Readonly<Record<string, DollarCode>> = {
  '10': 'AUD',
  '15': 'NZD',
  '5': 'CAD',
  '7': 'SGD',
  '8': 'SGD',
  '9': 'SGD',
};
// Pesos said in words with no country named are most often Mexico's, the largest economy that writes
// them ("Son $18,500 pesos (factura 0412)", field-wording-4 fw4-065-es).
const PESOS_NAMED = /(?<![\p{L}])pesos(?![\p{L}])/iu;
const PLACE_NAMED = cluePattern('gi', ([, places]) => places);
const NATIONAL_WORD = cluePattern('g', ([, , words]) => words);

function dollarOfDomain(domain: string | null | undefined): DollarCode | null {
  if (!domain) return null;
  const lower = domain.toLowerCase();
  for (const [ending, code] of DOLLAR_OF_DOMAIN) if (ending.test(lower)) return code;
  return null;
}

function onlyOne(codes: ReadonlySet<DollarCode>): DollarCode | null {
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/**
 * Which currency a bare "$" in this mail stands for: a dollar code the mail writes elsewhere, else the
 * sender's country domain, else a place or word of one country only, else the recipients' country
 * domain, else Mexico's peso when the mail says "pesos"; null when nothing says (the caller keeps US
 * dollars). Two countries named at once say nothing.
 */
export function readWhichDollar(
  text: string,
  addresses: { fromDomain?: string | null; toDomains?: readonly string[] } = {},
): string | null {
  if (US_DOLLAR_NAMED.test(text)) return 'USD';
  const written = new Set<DollarCode>();
  CODE_WRITTEN.lastIndex = 0;
  for (let match = CODE_WRITTEN.exec(text); match; match = CODE_WRITTEN.exec(text)) {
    written.add(match[1] as DollarCode);
  }
  const code = onlyOne(written);
  if (code) return code;
  if (written.size > 1) return null;
  const sender = dollarOfDomain(addresses.fromDomain);
  if (sender) return sender;
  const named = new Set<DollarCode>();
  for (const clue of [PLACE_NAMED, NATIONAL_WORD]) {
    clue.lastIndex = 0;
    for (let match = clue.exec(text); match; match = clue.exec(text)) {
      const group = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined);
      if (group) named.add(group[0] as DollarCode);
    }
  }
  GST_RATE.lastIndex = 0;
  for (let match = GST_RATE.exec(text); match; match = GST_RATE.exec(text)) {
    const code = DOLLAR_OF_GST_RATE[match[1] ?? match[2] ?? ''];
    if (code) named.add(code);
  }
  const place = onlyOne(named);
  if (place) return place;
  if (named.size > 1) return null;
  return (
    onlyOne(new Set((addresses.toDomains ?? []).map(dollarOfDomain).filter((c) => c !== null))) ??
    (PESOS_NAMED.test(text) ? 'MXN' : null)
  );
}
