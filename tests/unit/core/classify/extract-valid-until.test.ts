import { describe, expect, it } from 'vitest';
import { extractValidUntil } from '../../../../src/core/classify/extract-valid-until';

const SENT_AT = Date.UTC(2026, 2, 2, 10);
const reading = { referenceAt: SENT_AT, isDayFirst: true };

describe('extractValidUntil', () => {
  it.each([
    ['This quote is valid for 30 days.', '2026-04-01'],
    ['The offer is valid until 31 March 2026.', '2026-03-31'],
    ['Pricing good through April 15, 2026.', '2026-04-15'],
    ['Das Angebot ist gültig bis 31.03.2026.', '2026-03-31'],
    // A date, rooms or a stone held, a Québec "soumission", a Swiss estimate, prices that "se mantienen".
    ["I'll hold the date for you for 14 days.", '2026-03-16'],
    ['I can only hold the stone at this price for 7 days.', '2026-03-09'],
    ['I can hold the rooms until 15 August.', '2026-08-15'],
    ["Je vous bloque la date jusqu'au 15 avril.", '2026-04-15'],
    ['De datum hou ik een week voor jullie vast.', '2026-03-09'],
    ['La soumission est valide 30 jours.', '2026-04-01'],
    ['Die Kostenschätzung gilt 60 Tage.', '2026-05-01'],
    ['Los precios se mantienen por 7 días.', '2026-03-09'],
    ['Gültigkeit: 4 Wochen', '2026-03-30'],
    ["Ce devis est valable jusqu'au 30 avril 2026.", '2026-04-30'],
    ['**Validité :** 30 jours', '2026-04-01'],
    ['Propuesta válida por 15 días.', '2026-03-17'],
    ['Vigencia hasta el 31 de marzo de 2026', '2026-03-31'],
    ['Deze offerte is geldig tot 1 april 2026.', '2026-04-01'],
    ['Proposta válida por 2 meses.', '2026-05-02'],
    ['The price holds for 30 days.', '2026-04-01'],
    ['I can hold the date and this quote until the end of the month.', '2026-03-31'],
    ['Please sign and return the enclosed engagement letter by Friday 20 March.', '2026-03-20'],
    ['An dieses Angebot halte ich mich vier Wochen gebunden.', '2026-03-30'],
    ['Ik houd deze prijs 6 weken aan.', '2026-04-13'],
    ['Vigencia de la cotización: 15 días.', '2026-03-17'],
    ['This estimate is held for three months.', '2026-06-02'],
    ['Validity of offer: 30 days', '2026-04-01'],
    ["I'd charge £3,200. The price is good till Xmas.", '2026-12-25'],
    ['I can keep this slot and price until the 15th.', '2026-03-15'],
    ["Le tarif tient jusqu'au 15 avril.", '2026-04-15'],
    ["Je vous garde ce prix et la date jusqu'à vendredi.", '2026-03-06'],
    ['Den Preis halte ich Ihnen bis Freitag frei.', '2026-03-06'],
    ['Esse valor vale até o Natal.', '2026-12-25'],
    ['Wenn Sie bis Ende März zusagen, mache ich sie Ihnen für 2.150 €.', '2026-03-31'],
    ['This offer stands until 20 March 2026.', '2026-03-20'],
    ['The quote remains open for two weeks.', '2026-03-16'],
    ['Das Angebot ist 30 Tage gültig.', '2026-04-01'],
    ['Das Angebot ist bis zum 31.03.2026 gültig.', '2026-03-31'],
    ['Unsere Preise gelten bis 15.04.2026.', '2026-04-15'],
    ['Ce devis est valable 1 mois.', '2026-04-02'],
    ['Tarifs valables un mois à compter de ce jour.', '2026-04-02'],
    ['Validez de la oferta: 15 días.', '2026-03-17'],
    ['El presupuesto tiene una validez de 15 días.', '2026-03-17'],
    ['Deze prijs blijft 14 dagen geldig.', '2026-03-16'],
    ['De offerte is geldig t/m 31 maart 2026.', '2026-03-31'],
    ['Orçamento válido até 10 de abril de 2026.', '2026-04-10'],
    ['I can hold this price for two weeks.', '2026-03-16'],
    ['We can hold the quote until the end of the year.', '2026-12-31'],
    ['Validity: 30 days.', '2026-04-01'],
    ['This offer is open until 20 March 2026.', '2026-03-20'],
    ['Das Angebot gilt 30 Tage.', '2026-04-01'],
    ['Validade da proposta: 15 dias.', '2026-03-17'],
    ["Durée de validité de l'offre : 30 jours.", '2026-04-01'],
    ['Valid through end of April.', '2026-04-30'],
    ['This quote is valid through the end of the year.', '2026-12-31'],
    ['This quote expires at the end of the month.', '2026-03-31'],
    ['This quote expires in 14 days.', '2026-03-16'],
    ['I can honour this price until 15 March 2026.', '2026-03-15'],
    ['The rate is locked in until 31 Mar.', '2026-03-31'],
    ['Pricing held for 2 weeks.', '2026-03-16'],
    ['Offer open for 10 days.', '2026-03-12'],
    ['Price valid to 03/31/2026.', '2026-03-31'],
    ['Gültig bis Ende April.', '2026-04-30'],
    ["Valable jusqu'à fin avril.", '2026-04-30'],
    ['Válido hasta finales de abril.', '2026-04-30'],
    ['Geldig tot eind april.', '2026-04-30'],
    ['Válido até o fim de abril.', '2026-04-30'],
    ['Valid until the end of January.', '2027-01-31'],
    ["L'offerta è valida 30 giorni.", '2026-04-01'],
    ['This offer is open until Friday.', '2026-03-06'],
    ['This quote is valid for 30 days from the date of this quote.', '2026-04-01'],
    ['This estimate is valid for 30 days from the date above.', '2026-04-01'],
    ['Angebot gültig 14 Tage ab Datum.', '2026-03-16'],
    ['Teklif geçerlilik süresi: 30 gün.', '2026-04-01'],
    ['Validez del presupuesto: 15 días.', '2026-03-17'],
    ['Die prijs geldt tot eind april.', '2026-04-30'],
    ['Se fecharmos até sexta, consigo manter esse valor.', '2026-03-06'],
    ['Preventivo valido fino al 31 marzo 2026.', '2026-03-31'],
    // A price or dates held until a day, or kept if the client confirms by then.
    ["I'm holding the dates for you until Friday 20 March.", '2026-03-20'],
    ['Mantenemos el precio hasta el 31 de marzo.', '2026-03-31'],
    ["Nous maintenons ce prix jusqu'au 15 avril 2026.", '2026-04-15'],
    ['If you confirm by 13 March, the early rate applies.', '2026-03-13'],
    ['Se fecharmos até 20 de março, mantenho o valor.', '2026-03-20'],
    // A quoting app's label, and offers said to stand for a while in other Englishes.
    ['Total: $4,912.50\nExpires: Mar 20, 2026', '2026-03-20'],
    ['Vervaldatum offerte: 20-03-2026', '2026-03-20'],
    ['Price good for 2 wks, timber went up again.', '2026-03-16'],
    ['Offer is actual until end of March.', '2026-03-31'],
    // A tender's validity counts from the closing day it names.
    [
      'This tender shall remain open for acceptance for 90 days from the closing date of 15 March 2026.',
      '2026-06-13',
    ],
    [
      'Délai de validité des offres : 120 jours à compter de la date limite de remise des offres (12 mars 2026)',
      '2026-07-10',
    ],
    ['Gestanddoeningstermijn: 90 dagen na de uiterste inschrijfdatum van 15 maart 2026', '2026-06-13'],
    // Dates held for the client, and a price kept if they book by a day.
    ['I hold dates for a fortnight once I send figures.', '2026-03-16'],
    ["I'll hold 20 June for you until the end of the month.", '2026-03-31'],
    ['Os guardo la fecha quince días.', '2026-03-17'],
    ['If you can confirm by Friday, the lower price stands.', '2026-03-06'],
    ['Als jullie tot en met 20 maart boeken, krijgen jullie 10% korting.', '2026-03-20'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(extractValidUntil(text, reading)?.validUntil).toBe(expected);
  });

  it.each([
    'She holds a valid licence.',
    'Delivery takes 30 days; the warranty is valid in the EU.',
    'Der Gutschein ist gültig, bitte bis 30.04. einlösen.',
    'We met on 12 March; the figures are valid.',
    'Het project duurt 14 dagen en de code is geldig.',
    'The store is open until 20 March.',
    'Es gilt 14 Tage Widerrufsrecht.',
    'Please hold the line for two minutes.',
    'All work guaranteed for 2 years.',
    'Your domain expires in 14 days.',
    'The prices are valid for 90 days from the closing date.',
    'We will keep the office open until 20 March.',
    'Your gift voucher is good till 31 March.',
    'Holding the line until 20 March, then we regroup.',
    'The prices are valid for 90 days from the closing date.\nWe met on 20 March.',
  ])('takes no validity from "%s"', (text) => {
    expect(extractValidUntil(text, reading)).toBeNull();
  });

  it.each([
    ['Rates quoted are valid for the next 4 weeks from today.', '2026-03-30'],
    ['Bid expires 3/31/26. If you sign by then I can start in April.', '2026-03-31'],
    ['This proposal lapses on 31 March 2026 if not accepted.', '2026-03-31'],
    ['This SOW is open for countersignature until Friday, March 27, 2026.', '2026-03-27'],
    ['This proposal is valid for acceptance within 21 days of today.', '2026-03-23'],
    ['I can keep this price open till Good Friday (3 April).', '2026-04-03'],
    ['I can hold this package price until Memorial Day (May 25).', '2026-05-25'],
  ])('reads how long an English offer stands: "%s"', (text, expected) => {
    expect(extractValidUntil(text, reading)?.validUntil).toBe(expected);
  });

  it.each([
    ['Gültigkeit des Anbots: drei Wochen.', '2026-03-23'],
    ['Preisbindung bis 30.04.2026, danach muss ich neu kalkulieren.', '2026-04-30'],
    ['Wir halten diese Preise bis am 31. März 2026.', '2026-03-31'],
    ['Die Angebotspreise gelten jetzt verlängert bis zum 20. März 2026.', '2026-03-20'],
    ['Das Angebot bleibt bis zum 31. März bestehen.', '2026-03-31'],
    ["Prix valides jusqu'au 31 mars; après, je ne peux plus garantir le prix.", '2026-03-31'],
    ["Je peux garder ces taux-là jusqu'au vendredi 27 mars inclusivement.", '2026-03-27'],
    ['Precios vigentes hasta el 20 de marzo.', '2026-03-20'],
    ['El precio queda congelado hasta el domingo 29 de marzo.', '2026-03-29'],
    ['Geldigheidsduur offerte: 2 maanden.', '2026-05-02'],
    ['Ik kan de prijzen vasthouden tot en met dinsdag 31 maart.', '2026-03-31'],
    ['Dit voorstel geldt ten laatste tot vrijdag 20 maart.', '2026-03-20'],
    ['Preços garantidos até ao fim de Março.', '2026-03-31'],
    ['Condição válida para contratação até 20/03.', '2026-03-20'],
    ['Mantenho as condições até 31 de março.', '2026-03-31'],
    ['Seguro esse preço até a sexta-feira, 27 de março.', '2026-03-27'],
    ['Esta proposta caduca a 31 de março.', '2026-03-31'],
  ])('reads how long an offer stands in the other languages: "%s"', (text, expected) => {
    expect(extractValidUntil(text, reading)?.validUntil).toBe(expected);
  });

  it('finds nothing when no validity is stated', () => {
    expect(extractValidUntil('Here is the proposal, looking forward to your thoughts.', reading)).toBeNull();
  });
});
