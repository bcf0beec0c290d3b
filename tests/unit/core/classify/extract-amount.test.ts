import { describe, expect, it } from 'vitest';
import {
  extractAmount,
  extractAmountFromFileNames,
  parseAmountNumber,
} from '../../../../src/core/classify/extract-amount';
import { maskPlaceholders } from '../../../../src/core/classify/mask-placeholders';

describe('extractAmount', () => {
  it.each([
    ['$1,234.56', 1234.56, 'USD'],
    ['1.234,56 €', 1234.56, 'EUR'],
    ['EUR 1 234,56', 1234.56, 'EUR'],
    ['EUR 1\u00a0234,56', 1234.56, 'EUR'],
    ['£950', 950, 'GBP'],
    ["CHF 2'400.–", 2400, 'CHF'],
    ['USD 5k', 5000, 'USD'],
    ['$2.5m', 2_500_000, 'USD'],
    ['1.500,- €', 1500, 'EUR'],
    ['R$ 3.200,00', 3200, 'BRL'],
    ['CA$ 780', 780, 'CAD'],
    ['Fr. 1’250.50', 1250.5, 'CHF'],
    ['12,50€', 12.5, 'EUR'],
    ['450 euros', 450, 'EUR'],
    ['3 000 dollars', 3000, 'USD'],
    ['2.400 €', 2400, 'EUR'],
    ['$1,800', 1800, 'USD'],
    ['Rs. 45,000', 45000, 'INR'],
    ['Rs 45,000', 45000, 'INR'],
    ['4 500 zł', 4500, 'PLN'],
    ['₦450,000', 450000, 'NGN'],
    ['NGN 450,000', 450000, 'NGN'],
    ['₱25,000', 25000, 'PHP'],
    ['PHP 25,000', 25000, 'PHP'],
    ['Ksh 45,000', 45000, 'KES'],
    ['12.500 TL', 12500, 'TRY'],
    ['Rs. 1,25,000', 125000, 'INR'],
    ['₹12,50,000', 1250000, 'INR'],
    ['₹1.5 lakh', 150000, 'INR'],
    ['2 crore rupees', 20000000, 'INR'],
    ['PHP 25k', 25000, 'PHP'],
    ['$U 48.950', 48950, 'UYU'],
    ['S/ 1,534.00', 1534, 'PEN'],
    ['S/. 1,180.00', 1180, 'PEN'],
    ['350 000 FCFA', 350000, 'XOF'],
    ['4 500 DH', 4500, 'MAD'],
    ['Kz 1.250.000,00', 1250000, 'AOA'],
    ['RD$ 45,000.00', 45000, 'DOP'],
    ['AR$ 980.000', 980000, 'ARS'],
    ['J$ 85,000', 85000, 'JMD'],
    ['TT$ 3,200.00', 3200, 'TTD'],
    ['GH₵ 2,400.00', 2400, 'GHS'],
    ['MZN 96 000,00', 96000, 'MZN'],
  ])('reads %s as %d %s', (text, amount, currency) => {
    expect(extractAmount(`The total is ${text} for the work.`)).toEqual({ amount, currency });
  });

  it('prefers the labelled total over line items and fees', () => {
    const invoice = 'Design: €800\nDevelopment: €1,200\nLate fee: €40\nTotal due: €2,000';
    expect(extractAmount(invoice)).toEqual({ amount: 2000, currency: 'EUR' });
  });

  it.each([
    ['the total named after the sum', 'Survey: £800 + VAT (£960 total).', 960, 'GBP'],
    ['the total with tax included', 'Servicio: 1.000 € + IVA = 1.210 € en total.', 1210, 'EUR'],
    ['what the hours come to, not the rate', 'My rate is $90/hour; 10 hours, so $900.', 900, 'USD'],
    ['what the hours come to, in French', "Tarif : 70 € de l'heure, soit 1 050 € au total.", 1050, 'EUR'],
    ['what the hours come to, in Dutch', '€ 60 per uur, samen € 1.440.', 1440, 'EUR'],
    [
      'the deposit asked for, not the fee',
      'Please pay the 20% deposit of $600 (total fee $3,000) by Monday.',
      600,
      'USD',
    ],
    ['the part asked for now', '40% of the $5,000 fee, so $2,000 now, please.', 2000, 'USD'],
    [
      'the part asked for, in Portuguese',
      'Sinal de 50% (R$ 1.500 de um total de R$ 3.000) até sexta.',
      1500,
      'BRL',
    ],
    [
      'the total a proposal offers over its deposit',
      'Total: $12,000. A 10% deposit ($1,200) books the team.',
      12000,
      'USD',
    ],
    ['the price the sender charges', "I'd charge $280 for the day, green waste taken away.", 280, 'USD'],
    ['a monthly price', 'We would charge £340 per month, payroll included.', 340, 'GBP'],
    ['a price near a tax return', 'Ik doe de btw-aangiftes voor € 180 per maand.', 180, 'EUR'],
    ['a total from a day rate', 'Day rate €650; three days, so €1,950 with the report.', 1950, 'EUR'],
    ['a total from a day rate, in French', 'Par jour 500 €, soit 1 500 € pour trois jours.', 1500, 'EUR'],
    ['a rate when nothing is worked out from it', 'Dos sesiones semanales a 45 € la hora.', 45, 'EUR'],
    ['the new price, not the one it replaces', 'That brings it down to $6,200 (from $7,900).', 6200, 'USD'],
    [
      'the price offered, not the usual one',
      "I'll do it for £3,100 rather than the £3,600 I'd charge.",
      3100,
      'GBP',
    ],
    ['the revised price, not the one before', 'Fica em 2 800 € + IVA (antes 3 100 €).', 2800, 'EUR'],
    ['the price now, not the one it was', 'JP and KR: was $9,200, now $8,400.', 8400, 'USD'],
    ['the price, not an extra added to it', 'My fee is $2,400. Audio would be an extra $300.', 2400, 'USD'],
    [
      'an extra that is the whole change order',
      'Moving the socket would be an extra £180 + VAT.',
      180,
      'GBP',
    ],
    ['the sum with its tax, not the net one', 'Gesamt netto 3.920,00 €, brutto 4.664,80 €.', 4664.8, 'EUR'],
    ['the sum with its tax, in French', 'Total HT 1 500,00 €, TTC 1 800,00 €.', 1800, 'EUR'],
    [
      'the recommended option, not the one that adds to it',
      'Essentielle : 1 350 €\nJournée : 2 190 €\nJournée + séance : 2 490 €\n\nJe vous conseille la formule Journée.',
      2190,
      'EUR',
    ],
    [
      'the option named after "I\'d go"',
      "Silver: £1,650\nGold: £2,250\nPlatinum: £2,980\n\nHonestly I'd go Gold.",
      2250,
      'GBP',
    ],
    [
      'the option the sender recommends',
      "Basic – logo only: £400\nBrand – logo and guidelines: £950\nFull – everything: £1,800\n\nI'd go with Brand for now.",
      950,
      'GBP',
    ],
    [
      'the option the sender recommends, in German',
      'Variante A: Umbau, 4.200 €.\nVariante B: Umbau und Dach, 9.800 €.\n\nIch würde mit A anfangen.',
      4200,
      'EUR',
    ],
    ['an amount after a reference and a dash', 'Invoice No. 19 — $250 for the tune-up.', 250, 'USD'],
    ['an amount written the continental way', 'It would come to about 2.400 €, vinyl included.', 2400, 'EUR'],
    [
      'what remains after a deposit received',
      'Package total $3,000; deposit received ($1,000). Remaining: $2,000, due by Friday.',
      2000,
      'USD',
    ],
    [
      'what the hours come to, in German',
      '8 Stunden à 30 €, macht zusammen 240 €. Den Betrag bis zum 10.12.',
      240,
      'EUR',
    ],
    [
      'the balance, not the total it is worked out from',
      'Final invoice: $2,000 balance (total $3,000 less $1,000 deposit). Due in 7 days.',
      2000,
      'USD',
    ],
    [
      'an instalment, not the whole',
      'Here is the second instalment of €1,500 (of €4,500 total), due 1 December.',
      1500,
      'EUR',
    ],
    ['the total after "i.e."', 'My rate is €0.11/word, i.e. €1,540 for the manual.', 1540, 'EUR'],
    [
      'the new price a change brings',
      'Leaving out the doors brings it down from £38,400 to £33,900.',
      33900,
      'GBP',
    ],
    [
      'the sum owed, not the fee named after an add-on',
      'Rechnung über 3.912,40 €. Bitte den offenen Betrag zuzüglich 5,00 € Mahngebühr überweisen.',
      3912.4,
      'EUR',
    ],
    [
      'the balance, not the deposit already deducted',
      '$4,750 remaining balance (the $2,000 deposit is already deducted). Due December 7th.',
      4750,
      'USD',
    ],
    ['the new price said before the old one', 'I can bring it down to $5,750 from $7,200.', 5750, 'USD'],
    [
      'the total fee over the stage above it',
      'Stage 1 - Survey: GBP 4,200\nStage 2 - Design: GBP 6,900\nTotal fee: GBP 11,100, exclusive of VAT.',
      11100,
      'GBP',
    ],
    ['the new price, in German', 'Das senkt den Preis von 38.400 € auf 33.900 €.', 33900, 'EUR'],
    ['the new price, in Dutch', 'Het bedrag gaat van € 2.000 naar € 1.800.', 1800, 'EUR'],
    [
      'what remains, in German',
      'Gesamtpreis 3.000 €, Anzahlung 1.000 € erhalten, Restbetrag 2.000 € bitte bis Freitag.',
      2000,
      'EUR',
    ],
    [
      'what remains, in French',
      'Sur un total de 3 000 €, il reste 2 000 € à régler avant vendredi.',
      2000,
      'EUR',
    ],
    [
      'what remains, in Spanish',
      'Del total de 3.000 € ya abonaste 1.000 €, quedan pendientes 2.000 €, a pagar antes del viernes.',
      2000,
      'EUR',
    ],
    [
      'what remains, in Portuguese',
      'Do valor total de R$ 3.000,00 falta pagar R$ 2.000,00 até sexta.',
      2000,
      'BRL',
    ],
    [
      'the total with tax after "d\'un montant de"',
      "La facture n° F-12 d'un montant de 1 250,00 € TTC, à régler sous 30 jours.",
      1250,
      'EUR',
    ],
    [
      'the sum after "referente a", which holds the Dutch word for interest',
      'Segue a nota fiscal referente a novembro, R$ 800,00.',
      800,
      'BRL',
    ],
    [
      'an unpaid balance, not a price named in the next sentence',
      'A reminder that the unpaid balance of $800 is now overdue. The original quote was $1,000.',
      800,
      'USD',
    ],
    [
      'the sum marked unpaid, in Dutch',
      'Onbetaald: € 800. De oorspronkelijke offerte was € 1.000.',
      800,
      'EUR',
    ],
    [
      'the price offered, not the usual one beside it',
      "My usual rate for full-day coverage is €1,200, but as it's our first job I'd do the dinner for €950.",
      950,
      'EUR',
    ],
    [
      'the offered price after the usual one, in Dutch',
      'Normaal vragen wij € 3.400; voor u kunnen we het voor € 2.950 doen.',
      2950,
      'EUR',
    ],
    [
      'the price met, not the one the sender will not go down to',
      "I can't get down to $3,000 without cutting corners, but I could meet you at $3,400.",
      3400,
      'USD',
    ],
    ['a usual price when it is the only one', 'I usually charge $200 per session, fortnightly.', 200, 'USD'],
    [
      'what remains, not the whole it is of',
      'That leaves the remaining $400 of the $1,200 for invoice 5512.',
      400,
      'USD',
    ],
    ['what remains, in German', 'Es fehlen noch 1.100 € von den 1.600 € (Rechnung 26-041).', 1100, 'EUR'],
    ['what remains, in Portuguese', 'Faltam R$ 700 dos R$ 2.000 (fatura 2026-14).', 700, 'BRL'],
    ['dollars called bucks', "That's 300 bucks for the walks in May.", 300, 'USD'],
    ['pounds written out after the sum', 'I make it for 540 pound total, the tiles you buy.', 540, 'GBP'],
    [
      'a sum in words when none is in figures',
      'Invoice no. 12 is attached: six hundred and fifty pounds.',
      650,
      'GBP',
    ],
    ['the figures over the words', 'That is two thousand euros (€2,000) as agreed.', 2000, 'EUR'],
    [
      'the part asked for, when "prestation" holds the word "rest"',
      'La prestation de 800 € est à régler avant vendredi, sur un total de 2 400 €.',
      800,
      'EUR',
    ],
    [
      'the balance a statement of figures leaves',
      'Hire of the marquee: £2,300.00\nBooking deposit paid in May: -£500.00\nStill to pay: £1,800.00',
      1800,
      'GBP',
    ],
    [
      'the balance when the total is named after it',
      'Cheers for the deposit of $250 last month. The rest is $950 (the job came to $1,200).',
      950,
      'USD',
    ],
    [
      'the balance with its tax added back',
      'Forfait : 2 000,00 € HT\nAcompte réglé le 3 mars : -600,00 € HT\nReste HT : 1 400,00 €\nTVA 20 % : 280,00 €\nReste TTC : 1 680,00 €',
      1680,
      'EUR',
    ],
    [
      'what is left after a payment the sender thanks for, in German',
      'Vielen Dank für die 500 €! Offen sind damit noch 220 €.',
      220,
      'EUR',
    ],
    [
      'what is left after a payment the sender got, in Portuguese',
      'Recebi os 150 €, obrigado! Ficam a faltar 90 € dos 240 €.',
      90,
      'EUR',
    ],
    ['the share of a split fee', 'Mediation, both parties: £900.00. Your share: £450.00.', 450, 'GBP'],
    [
      'a label far from its sum in a padded column',
      `  Work${' '.repeat(30)}£1,900.00\n  Less: advance paid${' '.repeat(16)}-£400.00\n  Amount now owing${' '.repeat(30)}£1,500.00`,
      1500,
      'GBP',
    ],
    [
      'the total after a line item set off with a spaced dash',
      'Repairs - $600\nCallout - $80\nTotal owing: $680',
      680,
      'USD',
    ],
    [
      'a total labelled with its invoice number, not the weight of goods',
      'Total: 2,50 kg × 40 €/kg = 100,00 €\nIVA 10 %: 10,00 €\nTotal factura 27/0108: 110,00 €',
      110,
      'EUR',
    ],
    [
      'the balance so labelled when the total less another sum leaves it',
      'Commande totale : 3 000,00 €\nAcompte de 30 % versé le 2 février : 900,00 €\nSolde : 2 100,00 €',
      2100,
      'EUR',
    ],
    [
      'the balance labelled with its share',
      'Valor total: 10.000,00 €\nSinal de 20% pago na reserva: 2.000,00 €\nRestante (80%): 8.000,00 €',
      8000,
      'EUR',
    ],
    [
      'a total after dot leaders',
      'Sous-total ........ 400,00 $\nTPS ........ 20,00 $\nTVQ ........ 39,90 $\nTOTAL .............................. 459,90 $',
      459.9,
      'CAD',
    ],
    [
      'the sum with its tax, told by the rate',
      'Mietpreis gesamt: 1.000,00 € zzgl. 19 % MwSt. (190,00 €) = 1.190,00 €',
      1190,
      'EUR',
    ],
    [
      'the sum with its tax named with its rate',
      'Totaalprijs: € 4.000,00 excl. btw, € 4.840,00 incl. 21% btw.',
      4840,
      'EUR',
    ],
    [
      'the whole order, not the price per person',
      'Prijs: € 150,00 per persoon, € 1.800,00 voor de 12.',
      1800,
      'EUR',
    ],
    [
      'a labelled total beside a dearer option when no tax is spoken of',
      'Total: £1,000. A bigger sign would be £1,200.',
      1000,
      'GBP',
    ],
    [
      'the balance after two payments of the same size',
      'Gesamtleistung brutto 10.000,00 € (lt. Aufmaß)\nAbschlag 1 -3.000,00 € (bezahlt)\nAbschlag 2 -3.000,00 € (bezahlt)\nRestforderung 4.000,00 €',
      4000,
      'EUR',
    ],
  ])('reads %s', (_, text, amount, currency) => {
    expect(extractAmount(text)).toEqual({ amount, currency });
  });

  it('keeps the total when no stated figures leave the balance', () => {
    expect(
      extractAmount('Total for the season: £1,300.00\nDeposit paid in May: -£500.00\nPlease pay the total.'),
    ).toEqual({ amount: 1300, currency: 'GBP' });
  });

  it.each([
    [
      'the instalment the subject names, over the schedule of all of them',
      'Cuota 2 de 3 - mantas\nEl pedido de S/. 7,200.00 se paga en tres cuotas.\nCuota 1: S/. 2,400.00 - cancelada\nCuota 2: S/. 2,400.00 - vence el 30 de junio\nCuota 3: S/. 2,400.00',
      2400,
    ],
    [
      'the instalment the subject names by its ordinal',
      'Facture 1047 - 2e versement\nContrat total : 12 750,00 $\n1er versement : 4 250,00 $ - reçu, merci\n2e versement (début des travaux) : 4 250,00 $',
      4250,
    ],
    [
      'the recipient share with its fraction',
      "Facture 27-015\nTotal des travaux : CHF 9'600.–\nVotre part (50 %) : CHF 4'800.–",
      4800,
    ],
    [
      'the share that falls to each of three payers',
      'Valor total del show: CLP 1.140.000\nParte que corresponde a cada empresa (1/3): CLP 380.000',
      380000,
    ],
    [
      'the instalment the subject names with its tax, over the order total',
      'Facture ES-27-031 - 2e acompte\nMontant total de la commande : 12 000,00 € HTVA\n2e acompte (40 % à la livraison) : 4 800,00 € HTVA\nTVA 17 % : 816,00 €\nMontant à payer : 5 616,00 €',
      5616,
    ],
    [
      'the sum a line adds up, over its first figure',
      'The invoice was for A$ 3,200.00.\nThe amount now payable is:\n    A$ 3,200.00 + A$ 75.00 late fee = A$ 3,275.00',
      3275,
    ],
    [
      'the instalment expected first, over the whole',
      '10 béliers x 150 000 FCFA = 1 500 000 FCFA\nLe premier versement de 500 000 FCFA est attendu le 5 mars.',
      500000,
    ],
  ])('reads %s', (_, text, amount) => {
    expect(extractAmount(text).amount).toBe(amount);
  });

  it('reads a sum followed by a dash and a smaller count as the sum, not the low end of a range', () => {
    expect(extractAmount('The March invoice (€1,260 - 14 milkings and two Sundays) is still open.')).toEqual({
      amount: 1260,
      currency: 'EUR',
    });
  });

  it('reads the sum, not the date, when a deadline follows the amount', () => {
    expect(
      extractAmount('Offen sind noch 2.975,00 €. Bitte den Betrag bis zum 20.03.2026 überweisen.'),
    ).toEqual({
      amount: 2975,
      currency: 'EUR',
    });
  });

  it('keeps a cents-precise number labelled as an amount even without a currency', () => {
    expect(extractAmount('Amount: 1,200.00')).toEqual({ amount: 1200, currency: null });
  });

  it.each([
    ['a phone number', 'Call me on +1 (555) 123-4567.'],
    ['a year', 'See you in 2026.'],
    ['a bare count', 'We shipped 1,500 flyers.'],
    ['a percentage', 'A 20% deposit, €-free.'],
    ['a lower-case word that looks like a code', 'try 100 times'],
    ['nothing', ''],
    ['a reminder fee alone', 'Mahngebühr: 5,00 €'],
    ['a tax line alone', 'VAT (20%): £160'],
    ['a delivery charge alone', 'Plus a delivery charge of $40.'],
    ['a flat recovery fee alone', 'Une indemnité forfaitaire de 40 € pour frais de recouvrement sera due.'],
    ['a range', 'Budget somewhere between €3,000 and €4,000.'],
    ['a range from one price to another', 'Prices range from $3,000 to $4,000 depending on pages.'],
    ['a range with a dash', 'It should land at $3,000–4,000 depending on the data.'],
    ['a range in Spanish', 'Serían entre 800 y 1.000 €.'],
    ['a range in German', 'Das kostet zwischen 1.200 und 1.500 €.'],
    ['a range up to thousands', 'Somewhere around $2,500 - 3k for the lot.'],
    ['a boasted result', 'Last year I increased a client’s revenue by $50K.'],
    ['a day-first date after a money word', 'Bitte überweisen Sie den Betrag bis zum 20.03.2026.'],
    ['a slashed date after a money word', 'Amount: see statement of 12/03/2026'],
    ['a PHP version', 'The site runs on PHP 8.2 and needs an upgrade.'],
    ['a day and month after a money word', 'Bitte überweisen Sie den Betrag bis zum 10.12. auf das Konto.'],
  ])('finds no amount in %s', (_, text) => {
    expect(extractAmount(text).amount).toBeNull();
  });

  it('reads the currency next to a placeholder but no amount', () => {
    expect(extractAmount(maskPlaceholders('Open amount: [Betrag] €'))).toEqual({
      amount: null,
      currency: 'EUR',
    });
    expect(extractAmount(maskPlaceholders('Total: €{{invoice_total}}'))).toEqual({
      amount: null,
      currency: 'EUR',
    });
  });

  it('does not read digits inside a placeholder as an amount', () => {
    const masked = maskPlaceholders("{{ number_format($totalAmount, 2, ',', '.') }} €");
    expect(extractAmount(masked).amount).toBeNull();
  });

  it.each([
    ['22 hours in total, which at $70/h makes $1,540.', 1540, 'USD'],
    ['Insgesamt 31 Stunden à 90 €, macht 2.790,00 € netto, mit 19 % MwSt. 3.320,10 €.', 3320.1, 'EUR'],
    ['Quedan pendientes $18,500 MXN del segundo pago.', 18500, 'MXN'],
    ['The balance is C$ 2,400 CAD.', 2400, 'CAD'],
    // Québec French writes its own dollar after the sum, spaced; others put the sign first.
    ['La facture 3318 de 912,50 $ est en retard.', 912.5, 'CAD'],
    ['Le forfait est de 1 200 $ plus taxes.', 1200, 'CAD'],
    ['The invoice for 450$ is attached.', 450, 'USD'],
    // South Africa writes its rand before the sum; a German "für" ends in r too.
    ['Total: R 67,500 incl. VAT (R 1,500 per person)', 67500, 'ZAR'],
    ['Die Türen fertigen wir für 4.380 € inkl. MwSt.', 4380, 'EUR'],
  ])(
    'reads the sum a rate works out to, the sum with its tax and which currency a sign means: "%s"',
    (text, amount, currency) => {
      expect(extractAmount(text)).toEqual({ amount, currency });
    },
  );
});

describe('parseAmountNumber', () => {
  it.each([
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1 234 567', 1234567],
    ['1,234', 1234],
    ['1.234', 1234],
    ['12,5', 12.5],
    ["2'400", 2400],
    ['0.99', 0.99],
  ])('reads %s as %d', (digits, value) => {
    expect(parseAmountNumber(digits)).toBe(value);
  });
});

describe('extractAmountFromFileNames', () => {
  it('reads a sum with its currency from a file name', () => {
    expect(extractAmountFromFileNames(['photo.jpg', 'Quote_LoftBoarding_Brennan_£1340.pdf'])).toEqual({
      amount: 1340,
      currency: 'GBP',
    });
  });

  it('reads no bare number from a file name', () => {
    expect(extractAmountFromFileNames(['Quote_2026_1340.pdf'])).toEqual({ amount: null, currency: null });
  });
});
