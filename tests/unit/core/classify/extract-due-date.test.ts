import { describe, expect, it } from 'vitest';
import { extractDueDate } from '../../../../src/core/classify/extract-due-date';

// Monday 2 March 2026, 10:00 UTC.
const SENT_AT = Date.UTC(2026, 2, 2, 10);
const reading = { referenceAt: SENT_AT, isDayFirst: true };
// An invoice whose total stands far above the postscript that asks for the day.
const POSTSCRIPT_HEAD =
  "Invoice 31 attached: £900 for the March classes.\n\nThanks again for having me, the kids were great and the hall was perfect for the show. Same time next term, I hope; I have kept the Tuesday slot free for you.\n\nBest wishes,\nAnna\nAnna's Drama Club, Leeds\n07700 900000\n\n";

describe('extractDueDate', () => {
  it.each([
    ['Payment due: 2026-03-18', '2026-03-18'],
    ['Due date: 18/03/2026', '2026-03-18'],
    ['due on March 18, 2026', '2026-03-18'],
    ['was due on May 15.', '2026-05-15'],
    ['(1,200.00, due 18 March)', '2026-03-18'],
    ['Please pay by 31st March 2026.', '2026-03-31'],
    ['Zahlbar bis 15.04.2026', '2026-04-15'],
    ['fällig am 1. April 2026', '2026-04-01'],
    ["Date d'échéance : 30 avril 2026", '2026-04-30'],
    ['à régler avant le 15 mars 2026', '2026-03-15'],
    ['Fecha de vencimiento: 31 de marzo de 2026', '2026-03-31'],
    ['Vervaldatum: 20-03-2026', '2026-03-20'],
    ['Data de vencimento: 20 de março de 2026', '2026-03-20'],
    ['Due date:\n**12 March 2026**', '2026-03-12'],
    ['Payment due 15-Mar-2026.', '2026-03-15'],
    ['Vencimento: 1.º de abril de 2026', '2026-04-01'],
    // Italian, for templates in a seventh language.
    ['La fattura è scaduta il 15/03/2026.', '2026-03-15'],
    ['Scadenza: 30 aprile 2026', '2026-04-30'],
    ['Montant : 1 240,00 € TTC, à régler le 15 mars.', '2026-03-15'],
    ['Fecha límite de pago: lunes 23 de marzo de 2026', '2026-03-23'],
    ['Graag betaald op 12 maart.', '2026-03-12'],
    ['Amount: USD 4,800.00\nTerms: end of next month.', '2026-04-30'],
    ['Betalen kan tot het eind van de maand.', '2026-03-31'],
    ['Bill attached: $2,300. If you could pay before Christmas I would be grateful.', '2026-12-24'],
    ['The bill is attached. Upon receipt, please.', '2026-03-02'],
    ['Pump replaced, total R2 140.00. Payable immediately, thank you.', '2026-03-02'],
    ['Facture jointe : 480,00 €, payable immédiatement.', '2026-03-02'],
    ['Invoice 311, 1,850 dollars in total. Before the 10th would be brilliant.', '2026-03-10'],
    ["The balance is $2,150 and I'd be grateful for it Monday at the latest.", '2026-03-09'],
    ['Rechnung 58 über 1.240 €. Bis Mitte März wäre super.', '2026-03-15'],
    ['Il reste 600 € sur la facture FA-41 ; lundi au plus tard, ce serait parfait.', '2026-03-09'],
    ["That's €2,000 as agreed. Three weeks from today works for me.", '2026-03-23'],
    ['Rechnung über 1.875,50 €: wir wären für eine Überweisung bis übermorgen dankbar.', '2026-03-04'],
    ['Could you pay the $720 by Halloween?', '2026-10-31'],
    ['Invoice 140 is $2,900; a week from Friday would be great.', '2026-03-13'],
    ['Factuur 58 staat nog open (€ 740). Lukt het uiterlijk volgende week vrijdag?', '2026-03-13'],
    ['A fatura de R$ 4.100 vencia dia 1. Pode ser até quinta, dia 12?', '2026-03-12'],
    ['Faltam R$ 700 da fatura 2026-14. Dá para acertar até o fim da semana que vem?', '2026-03-13'],
    ['Notre facture de 2 300 euros, à payer avant le 15 si possible.', '2026-03-15'],
    ['Offen ist nur noch die 317 über 460 Euro, bitte bis zum 5.\n\nGruß', '2026-03-05'],
    [
      'Bill 0093 ($3,260) is waiting on you. By close of business on the 14th would keep our books tidy.',
      '2026-03-14',
    ],
    ["The $560 hasn't landed yet. Could it go out by end of play tomorrow?", '2026-03-03'],
    ['Factuur 20261215-02\nTe betalen: € 726,00\nUiterste betaaldatum: 14-03-2026', '2026-03-14'],
    [
      'La facture de 3 600,00 € était attendue le 27/02/2026.\nNouvelle date limite : 09/03/2026.',
      '2026-03-09',
    ],
    ['Wij verzoeken u het bedrag binnen veertien dagen na dagtekening over te maken.', '2026-03-16'],
    [
      'Full groom comes to £65. If you could pop it over before I do my books on Saturday that would be lovely.',
      '2026-03-07',
    ],
    ['The balance is $1,750, invoice attached. Does this time next week work for you?', '2026-03-09'],
    ['Alleen 2026-52 (€ 185) staat nog open. Lukt het uiterlijk pakjesavond?', '2026-12-05'],
    ['Total £2,580.00. Our terms are 21 days from the date of this note (16 February 2026).', '2026-03-09'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Payment terms: Net 30', '2026-04-01'],
    ['Terms: NET15', '2026-03-17'],
    ['The balance is due in 14 days.', '2026-03-16'],
    ['Payable within 30 days of receipt.', '2026-04-01'],
    ['Payment within 10 business days, please.', '2026-03-16'],
    ['Payable by Friday.', '2026-03-06'],
    ['Payment due next Monday.', '2026-03-09'],
    ['Due upon receipt.', '2026-03-02'],
    ['Zahlbar innerhalb von 14 Tagen ohne Abzug.', '2026-03-16'],
    ['Paiement à 30 jours.', '2026-04-01'],
    ['El pago debe realizarse en un plazo de 15 días.', '2026-03-17'],
    ['Graag binnen 14 dagen betalen.', '2026-03-16'],
    ['Pagamento em até 10 dias.', '2026-03-12'],
    ['Payment is due by the end of the month.', '2026-03-31'],
    ['Payment terms 14 days.', '2026-03-16'],
    ['Délai de paiement : 30 jours.', '2026-04-01'],
    ['Betalingstermijn: 14 dagen', '2026-03-16'],
    // "Règlement" is written with a grave accent, "régler" with an acute one.
    ['Règlement à 30 jours par virement.', '2026-04-01'],
    ['Terms: 15 days.', '2026-03-17'],
    ['Payment due by COB Friday.', '2026-03-06'],
    ['Payable by end of day Monday, please.', '2026-03-09'],
    ['Payment is due by the end of next month.', '2026-04-30'],
    ['Zahlbar bis Ende nächsten Monats.', '2026-04-30'],
    ['À régler avant la fin du mois prochain.', '2026-04-30'],
    ['Pagadero a finales del mes que viene.', '2026-04-30'],
    ['Te betalen vóór het einde van volgende maand.', '2026-04-30'],
    ['Pagamento até o fim do próximo mês.', '2026-04-30'],
    ['Payment within the next 10 days, please.', '2026-03-12'],
    ["INV 9 is attached, £300. No rush: if you could pay by the 20th that'd be great.", '2026-03-20'],
    ['Invoice 31 attached for £900. We would appreciate payment within two working weeks.', '2026-03-16'],
    ['Wie vereinbart ist der Betrag zum 15. des Folgemonats fällig.', '2026-04-15'],
    ['Payment is due on delivery of the final report, Friday 13 March.', '2026-03-13'],
    // Holidays that fix a day: All Saints, Epiphany, the Dutch King's Day.
    ["Facture F-9 : 640 €. Rien ne presse, d'ici la Toussaint ça ira.", '2026-11-01'],
    ['Factura 12/26: 2.310 €. Como muy tarde el día de Reyes.', '2027-01-06'],
    ['De factuur is € 385,00. Uiterlijk op Koningsdag betalen is prima.', '2026-04-27'],
    ['Bitte überweisen Sie den Betrag innerhalb der nächsten 14 Tage.', '2026-03-16'],
    // A couple is two; after "the next" one unit needs no count.
    ['Invoice 44 is £210. Settling it in the next couple of weeks would be fine.', '2026-03-16'],
    ['Factura 9: 300 €. ¿Puedes pagarla en un par de semanas?', '2026-03-16'],
    ['Please pay within the next week.', '2026-03-09'],
    ['Bitte innerhalb der nächsten Woche überweisen.', '2026-03-09'],
    // Feasts Easter moves (Easter Sunday 2026 is 5 April), holidays on fixed days, a named quarter.
    ['Invoice 8 for £240. Could you arrange payment by Good Friday?', '2026-04-03'],
    ['Rechnung 19: 450 €. Bitte spätestens bis Aschermittwoch überweisen.', '2027-02-10'],
    ['Invoice 8 for £240. Please pay before Easter.', '2026-04-04'],
    ['Fatura 12/2026: 300 €. Até ao Dia de Reis está ótimo.', '2027-01-06'],
    ['Invoice 8: £685. If you can get it to us by Burns Night that would be grand.', '2027-01-25'],
    // The day before a named day is its eve; Christmas already reads as its eve after "before".
    ["Invoice 5 for €300. Could you pay latest by the day before St Patrick's Day?", '2026-03-16'],
    ['Invoice 5 for £300. Please pay latest by the day before Christmas.', '2026-12-24'],
    ['Invoice 12 for $800. Please have payment to us no later than 30 days from today.', '2026-04-01'],
    // A day of the month in words, as in figures.
    ['Invoice 5 for $300. Please pay by the fifteenth of next month.', '2026-04-15'],
    ['Invoice 5 for $300. Payment falls due on the twentieth of each month.', '2026-03-20'],
    // Plain-text columns put many spaces after a label; Portuguese bills shorten "vencimento".
    ['Invoice 5, $300.\nTerms:          20th of the month following', '2026-04-20'],
    ['Fatura FT 2026/48     Data doc.: 02/03/2026     Data venc.: 01/04/2026', '2026-04-01'],
    // National days, and holidays kept on a weekday of their month (Thanksgiving 2026 is 26 November).
    ['Invoice MR-89, KSh 184,500. Kindly pay via M-Pesa by Jamhuri Day.', '2026-12-12'],
    ['Invoice 8 for R 4 200. I need the deposit by Heritage Day please.', '2026-09-24'],
    ['Invoice 8 for $640. Payment due by Thanksgiving, thanks.', '2026-11-26'],
    ['Invoice 8 for $640. Could you pay before Labor Day?', '2026-09-07'],
    ['Invoice 8 for £640. Payment by the August bank holiday, please.', '2026-08-31'],
    ['Rechnung 8 über 640 €. Bitte bis zum Tag der Arbeit überweisen.', '2026-05-01'],
    ['Invoice 8 for $2,150. By the end of Q2 would be ideal.', '2026-06-30'],
    ['Invoice 8 for $273. Please pay by end of business Monday.', '2026-03-09'],
    ['Invoice 8: £142.50. No rush: end of next month will be fine for payment.', '2026-04-30'],
    // A period before an event whose day follows it at once.
    [
      'Factura 31: 900 €. El resto lo necesitamos una semana antes de la boda, que es el 21 de marzo.',
      '2026-03-14',
    ],
    // A day with "this month" is that day, not the month's end.
    ['Invoice 5 for £400. Please pay by the 20th of this month.', '2026-03-20'],
    ['Rechnung 5: 400 €. Bitte bis zum 20. dieses Monats überweisen.', '2026-03-20'],
    ['Facture 5 : 400 €, à régler avant le 20 de ce mois.', '2026-03-20'],
    ['Fatura 5: 400 €. Pagamento até dia 20 deste mês.', '2026-03-20'],
    ['Payment is due on the 1st of next month.', '2026-04-01'],
    ['Zahlbar bis zum 5. des Folgemonats.', '2026-04-05'],
    ['Facture payable le 10 du mois suivant.', '2026-04-10'],
    ['Merci de procéder au règlement sous huitaine.', '2026-03-10'],
    ['Paiement à quinzaine.', '2026-03-17'],
    ['Pagamento entro 30 giorni dalla data della fattura.', '2026-04-01'],
    ['Payment is due within fourteen (14) days of the date of this letter.', '2026-03-16'],
    ['Merci de régler sous huit jours à compter de la réception.', '2026-03-10'],
    ['Graag betalen binnen acht dagen.', '2026-03-10'],
    ['Please review the work and release the funds within 14 days.', '2026-03-16'],
    ['Invoice 887 dated 20 February 2026: $1,050. Payment terms 30 days from invoice date.', '2026-03-22'],
    ['Invoice 887 dated 20 February 2026. Please pay within 30 days of the invoice date.', '2026-03-22'],
    ['Je vous joins ma facture, 650 €. Si possible avant vendredi, merci !', '2026-03-06'],
    ['Em anexo a fatura, 460 €. Agradeço o pagamento até ao fim do mês.', '2026-03-31'],
    ['Necesito una señal de 400 €. ¿Me la podéis enviar esta semana?', '2026-03-06'],
    ['De € 450 voor de website staat nog open. Zou je het deze maand nog kunnen regelen?', '2026-03-31'],
    ['Merci de me verser un acompte de 250 € cette semaine.', '2026-03-06'],
    ['Da saldare entro il 20 marzo.', '2026-03-20'],
    ['Payment due by Fri.', '2026-03-06'],
    ['Payment due on Thurs.', '2026-03-05'],
    ['Please pay this Friday.', '2026-03-06'],
    ['Payment due Friday week.', '2026-03-13'],
    ['Payment due EOM.', '2026-03-31'],
    ['Please pay before the end of the year.', '2026-12-31'],
    ['Zahlbar bis Jahresende.', '2026-12-31'],
    ['Por favor paga antes del lunes.', '2026-03-09'],
    ['Pagamento até sexta.', '2026-03-06'],
    // "segunda" is Monday and also "second": the instalment's date wins.
    ['A segunda parcela vence em 10/03/2026.', '2026-03-10'],
  ])('resolves "%s" against the send date as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Payment is due on the 20th.', '2026-03-20'],
    ['Could you pay by the 1st?', '2026-04-01'],
    ['Pagamento até dia 25.', '2026-03-25'],
    ['Pagar hasta el día 12, por favor.', '2026-03-12'],
    ['Please pay by Thursday the 19th.', '2026-03-19'],
    ['Payment due by end of month.', '2026-03-31'],
    ['Facture payable en fin de mois.', '2026-03-31'],
    ['Please pay by 10/04.', '2026-04-10'],
    ['Zahlbar bis 20.3.', '2026-03-20'],
    ['Die Rechnung ist am 16. März fällig.', '2026-03-16'],
    ['De factuur was op 27 februari vervallen.', '2026-02-27'],
    ['A fatura venceu no dia 27 de fevereiro.', '2026-02-27'],
    ['A fatura vence na quinta-feira.', '2026-03-05'],
    ['Factuur graag voor 20 maart voldoen.', '2026-03-20'],
    ["Merci de régler la facture d'ici le 18 mars.", '2026-03-18'],
  ])('reads a day stated without every part, "%s", as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Please pay within two weeks.', '2026-03-16'],
    ['Zahlbar innert 10 Tagen.', '2026-03-12'],
    ['Betaaltermijn: 30 dagen.', '2026-04-01'],
    ['Règlement à réception de la facture.', '2026-03-02'],
    ['Pago al contado a la recepción.', '2026-03-02'],
    ['Betaling per omgaande.', '2026-03-02'],
    ['La factura, por 18,500.00, pagadera en 10 días hábiles.', '2026-03-16'],
  ])('resolves the terms "%s" against the send date as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['El pago, antes de fin de mes.', '2026-03-31'],
    ['Zahlbar bis Monatsende.', '2026-03-31'],
    ['À régler avant la fin du mois.', '2026-03-31'],
    ['Te betalen voor het einde van de maand.', '2026-03-31'],
    ['Pagamento até o fim do mês.', '2026-03-31'],
    // "30 jours fin de mois": thirty days, then on to the end of that month.
    ['Paiement à 30 jours fin de mois.', '2026-04-30'],
    ['Merci de régler la facture dans les 15 jours.', '2026-03-17'],
    ['Pagamento no prazo de 15 dias.', '2026-03-17'],
    ['Die Rechnung ist innerhalb von 10 Tagen zu zahlen.', '2026-03-12'],
    ['À régler avant vendredi.', '2026-03-06'],
    ['Pago antes del viernes.', '2026-03-06'],
    ['Pagamento até sexta-feira.', '2026-03-06'],
    ['Payable à réception.', '2026-03-02'],
    ['Betaling bij ontvangst.', '2026-03-02'],
    ['Bitte überweisen Sie den Betrag bis zum 3. April.', '2026-04-03'],
    ['À régler avant le 2 avril.', '2026-04-02'],
    ['Vence el 5 de abril.', '2026-04-05'],
    ['Te betalen uiterlijk 4 april.', '2026-04-04'],
    ['Com vencimento em 8 de abril.', '2026-04-08'],
    ['Please pay by April 9th.', '2026-04-09'],
    ['Pode pagar até o dia 20 via Pix.', '2026-03-20'],
    ['Bitte begleichen Sie den Betrag bis Ende April.', '2026-04-30'],
    ['Please pay by the end of April.', '2026-04-30'],
    ['À régler avant fin avril.', '2026-04-30'],
    ['Pago antes de finales de abril.', '2026-04-30'],
    ['Te betalen voor eind april.', '2026-04-30'],
    ['Pagamento até o fim de abril.', '2026-04-30'],
    ['Betalen kan tot eind maart.', '2026-03-31'],
    ['The remaining $3,400 is now due. Could you transfer it by Friday?', '2026-03-06'],
    // The end of a month already past is next year's.
    ['Zahlbar bis Ende Januar.', '2027-01-31'],
  ])(
    'reads month ends, periods, weekdays and month names in every language: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    ['Invoice date: 2 March 2026. Work done 23–25 February. Please pay within 21 days.', '2026-03-23'],
    ['Rechnung vom 2. März für die Arbeiten am 24. Februar. Zahlbar innerhalb von 14 Tagen.', '2026-03-16'],
    ['Facture du 2 mars pour les séances du 24 février, à régler sous 15 jours.', '2026-03-17'],
    ['Factura del 2 de marzo por el rodaje del 20 de febrero; pago en 30 días.', '2026-04-01'],
    ['Factuur van 2 maart voor de shoot van 26 februari, betaling binnen 14 dagen.', '2026-03-16'],
    ['Fatura de 2 de março referente ao ensaio de 20 de fevereiro, pagamento em 15 dias.', '2026-03-17'],
  ])('passes over the invoice and work dates to the terms: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['$1,232.50 all told. Would be great to have it by the 1st.', '2026-04-01'],
    ['Could you settle the last instalment within a fortnight?', '2026-03-16'],
    [
      'The $1,100 for August is still outstanding. Could you pop it through by end of next week?',
      '2026-03-13',
    ],
    ['The €400 deposit by the end of this week would be great.', '2026-03-06'],
    ['Direct deposit within 7 days would be appreciated.', '2026-03-09'],
    ['Nr. 2026-041, 860,00 €. Kannst du das bitte bis zum 30.03. erledigen?', '2026-03-30'],
    ['Zusammen also 800 €. Wäre super, wenn das bis Monatsende käme.', '2026-03-31'],
    ['un acompte de 30 %, soit 540 €, à verser avant le 1er avril.', '2026-04-01'],
    ['Ik stuur je een Tikkie, fijn als je hem binnen twee weken betaalt!', '2026-03-16'],
    ['1.500,00 € continua em aberto. Poderia regularizar até 25/03/2026?', '2026-03-25'],
    ['Hierbij de tweede termijn van € 3.000. Graag binnen 14 dagen voldoen.', '2026-03-16'],
    [
      "I ask for a booking fee of £500, and once that lands the day is yours. I'd need it within 10 days.",
      '2026-03-12',
    ],
    ['It came to $1,900. Cash App or a cheque is fine, by the end of the month if possible.', '2026-03-31'],
    ['The retainer of $1,500 is due on the 15th as usual.', '2026-03-15'],
    ["Les 180 € ne sont pas encore arrivés. Pourriez-vous faire le virement d'ici vendredi ?", '2026-03-06'],
    ['Peço que façam a transferência nos próximos 7 dias.', '2026-03-09'],
    [
      "I take a 30% deposit, which comes to $780. Once it's in, the day is yours. Could you send it within 7 days?",
      '2026-03-09',
    ],
  ])('reads a deadline set beside an amount or money owed: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Die Rechnung war am 15. Februar fällig und ist bis heute nicht eingegangen. Bitte überweisen Sie bis spätestens 12.03.2026.',
      '2026-03-12',
    ],
    ['De vervaldatum was 1 februari. Wil je het bedrag vóór 13 maart overmaken?', '2026-03-13'],
    ['The invoice was due on 14 February; please pay by 9 March.', '2026-03-09'],
    // A new period counted from the reminder: 2 March plus 7 and 8 days.
    ['De vervaldatum was 1 februari. Wilt u het bedrag binnen 7 dagen overmaken?', '2026-03-09'],
    [
      'A fatura, com vencimento a 15/02/2026, continua por liquidar. Pedimos o pagamento no prazo de 8 dias.',
      '2026-03-10',
    ],
    // "This week" is no new deadline: the day that passed stays.
    ['Invoice 3391 was due on 20 February. Could you pay it this week?', '2026-02-20'],
    // The new deadline two sentences after the invoice, past any sum.
    [
      'My invoice for the garden design was due on 20 February. I know the building work has eaten your month, so could we say by 12 March?',
      '2026-03-12',
    ],
  ])('takes the new deadline a reminder asks for, not the date that passed: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      "Our invoice for £320 is still open. We'd be glad to have it settled before Max's check-up on 19 March.",
      '2026-03-19',
    ],
    ['The balance of €180 is payable at your next lesson on Thursday 12 March.', '2026-03-12'],
    ['Any chance of the $540 before I fly out on the 20th?', '2026-03-20'],
    ['Could the £900 reach me before the quarter closes, i.e. the 31st? Thanks!', '2026-03-31'],
    ['Il reste 400 € sur la facture. Avant les vacances si possible, disons le 27 ?', '2026-03-27'],
    ['La cuota de 242,00 € se cargará en su cuenta mediante domiciliación el día 20 de marzo.', '2026-03-20'],
  ])('reads the day that ends a payment tied to an event or a plan: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Unsere Rechnung über 300 € bitte bis zum Ersten.', '2026-04-01'],
    ['A fatura de R$ 900 pode ser paga até o terceiro dia útil do mês que vem.', '2026-04-03'],
    ['Please pay by the 5th working day of next month.', '2026-04-07'],
    ['Payment of the £75 fee within 48 hours, please.', '2026-03-04'],
    ['The $400 for the lessons; by the last day of the month is fine.', '2026-03-31'],
    ["That's €260 for the shelves. Pop it in my account before the weekend if you can.", '2026-03-06'],
    ['Es macht dreihundert Euro, gern bis Donnerstag.', '2026-03-05'],
    ['La factura 88 son 600 pesos. Como mucho el jueves 12, ¿se puede?', '2026-03-12'],
    ['Son 150 euros. Antes del día 6 del mes que viene, ¿vale?', '2026-04-06'],
  ])('reads the first, the working days and the ends of months and weeks: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Original due date: 20 Feb 2026\nNew payment date agreed: 16 Mar 2026\nOutstanding: £610.00',
      '2026-03-16',
    ],
    ['Rechnung 77\nursprünglich fällig: 20.02.2026\nneues Zahlungsziel: 16.03.2026', '2026-03-16'],
    [
      'INV-9   12 Jan   paid\nINV-12   2 Mar   not yet due (1 April)\n\nPlease arrange payment of the overdue item by Friday 6 March.',
      '2026-03-06',
    ],
  ])('reads the new day a reminder sets, after the one that passed: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      "We had said payment by 10 March, but since the delay is ours, let's move that to 20 March.",
      '2026-03-20',
    ],
    [
      'Wie besprochen verschieben wir die Fälligkeit der Rechnung 2026/041 (Betrag 1.250,00 €) vom 6. März auf den 27. März.',
      '2026-03-27',
    ],
    ['La facture n° 88 (540 €) pourra être réglée le 25 mars au lieu du 5 mars.', '2026-03-25'],
    ['La 12 vencía el 28 de febrero, pero la dejamos para el 16 de marzo.', '2026-03-16'],
    [
      'De vervaldatum van factuur 77 was 1 maart. Zoals afgesproken schuiven we die op naar 18 maart.',
      '2026-03-18',
    ],
    ['O vencimento da fatura 40/2026 passou do dia 5 para o dia 23 de março.', '2026-03-23'],
    [
      "I know we said the 28th of February for INV-3. Shall we call it the 13th instead? It's still the $700.",
      '2026-03-13',
    ],
    ["As agreed, I've moved the due date of invoice 51 from 6 March to 20 March.", '2026-03-20'],
  ])('reads the day a bill was moved to: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      "Shoot on the 12th\n\nInvoice PH-4 attached, $1,800. As agreed it's due 7 days after the shoot.",
      '2026-03-19',
    ],
    [
      'Delivery of the wardrobe is booked for Tuesday 10 March 2026. Our invoice for £2,400 is attached; payment is due two weeks after delivery.',
      '2026-03-24',
    ],
    [
      'La pose est prévue le jeudi 12 mars. Facture de 1 800 € payable dans les 8 jours suivant la pose.',
      '2026-03-20',
    ],
    [
      'De levering staat gepland op maandag 16 maart. Totaal € 3.100, betaling binnen 14 dagen na levering.',
      '2026-03-30',
    ],
    [
      'Looking forward to the party on Saturday 28 March! Invoice 63 attached, £650. I ask for payment 7 days before the party.',
      '2026-03-21',
    ],
    [
      'The wedding is on Monday 16 March. The balance of £900 is due 3 working days before the wedding.',
      '2026-03-11',
    ],
    [
      'Factuur 12, € 640,00. Graag betalen uiterlijk 10 dagen vóór de oplevering (vrijdag 27 maart).',
      '2026-03-17',
    ],
  ])('counts a period from an event the mail dates: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Invoice 52, £240. Terms as always: by the last Friday of the month.', '2026-03-27'],
    ['Rechnung über 400 € für die Reinigung im März. Bitte bis zum letzten Freitag im Monat.', '2026-03-27'],
    ['Invoice 41, £180. The first Monday of next month is fine for payment.', '2026-04-06'],
    ['A fatura de R$ 750 vence no último dia útil do mês.', '2026-03-31'],
    ['Finance pays quarterly, so payment by the end of the quarter works.', '2026-03-31'],
    ['Invoice date: 20 February 2026. Terms: Net 30.', '2026-03-22'],
    ['Total: AUD 3,300.00\nTerms: 30 days end of month', '2026-04-30'],
    ['Factura F-7 de fecha 20/02/2026. Vencimiento: a 30 días fecha factura.', '2026-03-22'],
    ['Bedrag: € 363,00\nVervaldatum: over 30 dagen', '2026-04-01'],
    [
      'Betrag: 89,25 €\nDer Betrag wird am 3. Werktag des Folgemonats per Lastschrift eingezogen.',
      '2026-04-03',
    ],
    [
      'Votre facture de 64,90 € est disponible. Ce montant sera prélevé le 16/03/2026 sur votre compte.',
      '2026-03-16',
    ],
    ['Invoice 318 attached, £95.\nBank: sort code 20-44-91.\nWithin a week please.', '2026-03-09'],
  ])(
    'reads terms counted in months, quarters, working days and from the invoice date: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it('reads no "today" from a payment still missing today ("bis heute keinen Zahlungseingang")', () => {
    const reminder =
      'Leider konnten wir bis heute keinen Zahlungseingang feststellen. Bitte überweisen Sie den Betrag bis spätestens 11.03.2026.';
    expect(extractDueDate(reminder, reading)?.dueDate).toBe('2026-03-11');
  });

  it.each([
    ['Zahlungsziel bleibt 14 Tage ab heute.', '2026-03-16'],
    ['Betaaltermijn blijft 14 dagen.', '2026-03-16'],
    ['Payment terms remain 14 days.', '2026-03-16'],
    ['pode pagar ate sexta no pix', '2026-03-06'],
  ])(
    'reads terms that stay as they were, and a pay-by typed without its accent: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    [
      'the day restated after a term',
      'Usual terms, end of the following month, so 31st March.',
      '2026-03-31',
    ],
    ['the day restated after a term', 'Net 30 (i.e. 27 March).', '2026-03-27'],
    ['the day restated after a term', 'Please pay within 14 days, so by 13th March.', '2026-03-13'],
    [
      'a period from the day it names',
      'Terms are 30 days from the original date (20 February).',
      '2026-03-22',
    ],
    ['a period from the day it names', 'Payment terms are 30 days from 20 February.', '2026-03-22'],
    ['a period from the day it names', 'Zahlbar innerhalb 14 Tagen ab dem 25. Februar.', '2026-03-11'],
    [
      'a term counted from the date of an invoice with its letter',
      'Sigue impaga la Factura B 0004-00018733 del 3 de febrero. La condición era a 30 días fecha factura.',
      '2026-03-05',
    ],
    [
      'the date written after its weekday with an article',
      'Zahlung spätestens am Freitag, den 13.3.',
      '2026-03-13',
    ],
    [
      'a new weekday after a passed day',
      'Invoice 5570 was due 20 February. Could we get this settled this Thursday?',
      '2026-03-05',
    ],
    ['a balance by a day of the month', 'O saldo fica pra até o dia 20, antes da entrega.', '2026-03-20'],
    ['the send day for cash terms', 'Total TTC : 267,00 €\nConditions de paiement : comptant', '2026-03-02'],
    [
      'the send day for payment with the order',
      'Paiement à la commande : les places sont réservées.',
      '2026-03-02',
    ],
    ['the send day for payment on receipt', 'Payable sur réception, par virement.', '2026-03-02'],
    ['terms under their French label', 'Conditions de paiement : 45 jours fin de mois.', '2026-04-30'],
    [
      'terms under a bare Spanish label in days',
      'Plazo: 30 días. Consignar en la cuenta de ahorros.',
      '2026-04-01',
    ],
    [
      'terms from the date the invoice is said to carry',
      'Vous trouverez ci-joint la facture MQ-0612 datée du 20 février 2026. Paiement à 30 jours date de facture.',
      '2026-03-22',
    ],
    ['a day of next month the client may pay on', 'Vous pouvez régler le 10 du mois prochain.', '2026-04-10'],
    ['terms under a Spanish label', 'Total $ 1.280.440\n\nCondición de pago: 30 días.', '2026-04-01'],
    [
      'credit terms under a bare label',
      'Importe total S/ 3,540.00\n\nCondición: crédito a 15 días.',
      '2026-03-17',
    ],
    [
      'the term the sender says over an early-payment discount day',
      'Total: $ 355.000. Como siempre, el plazo es a fin de mes. Si me transfiere antes del viernes le hago un 3% de descuento.',
      '2026-03-31',
    ],
    [
      'the day an invoice has been outstanding since',
      'La cuenta de cobro N° 041 por COP 2.800.000 está pendiente desde el 20 de febrero. Le agradezco si la puede consignar esta semana.',
      '2026-02-20',
    ],
    [
      'a weekday of next week after a passed day',
      'A fatura venceu a 31 de janeiro. Agradecia que a regularizasse até sexta-feira da próxima semana, dia 13.',
      '2026-03-13',
    ],
    [
      'a French "pour" the month end',
      'Tu peux verser les 350 € pour la fin du mois, pas de stress.',
      '2026-03-31',
    ],
    [
      'a Flemish "tegen" the month end',
      'Zou ge de 2.385 euro tegen het einde van de maand kunnen betalen?',
      '2026-03-31',
    ],
    [
      'a German count of the next days',
      'Gesamt 1.598,17 €. Bitte in den nächsten 14 Tagen überweisen.',
      '2026-03-16',
    ],
    [
      'terms from the date of an invoice numbered with a dot',
      'Beiliegend unsere Rechnung Nr. 26.0415 vom 25.02.2026. Zahlbar innert 20 Tagen ab Rechnungsdatum.',
      '2026-03-17',
    ],
    [
      'a later deadline over one that passed',
      'La facture de 1 680 € devait être réglée pour le 20 février. Tu peux me faire le virement avant mardi prochain ?',
      '2026-03-03',
    ],
    [
      'a weekday said to be fine for paying',
      'Total TTC : 550,71 €\nPour le règlement, vendredi ça ira ?',
      '2026-03-06',
    ],
    [
      'a new weekday wished after a passed one',
      'Petit suivi pour la facture R-2027-009 (3 334,28 $). C’était pour lundi; mercredi ça vous irait?',
      '2026-03-04',
    ],
    [
      'a day of the month that suits',
      'Factura nº 2027/09, 544,50 €. El día 5 me vendría bien.',
      '2026-03-05',
    ],
    [
      'a Spanish "para" a weekday',
      'Total: 314,60 €. Si puedes, para el viernes por transferencia.',
      '2026-03-06',
    ],
    ['a Spanish "para" a day of the month', 'Son $7,500 pesos. Para el 14 si se puede porfa', '2026-03-14'],
    ['the day after tomorrow', 'TOTAL 792,00 €. ¿Me lo podéis pasar pasado mañana?', '2026-03-04'],
    [
      'early next week',
      'La facture de 650 € est en PJ. Vous pouvez faire le virement en début de semaine prochaine ?',
      '2026-03-09',
    ],
    [
      'before the weekend in Argentine Spanish',
      'Son $ 1.920.000. ¿Me lo transferís antes del finde?',
      '2026-03-06',
    ],
    [
      'the middle of a month',
      'Total factura: 682,00 €. El pago, a mediados de abril como siempre.',
      '2026-04-15',
    ],
    [
      'a day agreed after a passed one',
      "L'échéance initiale était le 15 février ; on part donc sur mi-mars comme vous le proposiez.",
      '2026-03-15',
    ],
    [
      'a day a payment is moved to in Mexican Spanish',
      'Le recorremos el pago de la factura M-2027-031 ($12,760.00 MXN) al viernes 13. La fecha original era el 27.',
      '2026-03-13',
    ],
    [
      'terms after the invoice date without a preposition',
      'Facture n° LC-2026-012 du 20 février 2026 : 280,00 €.\nConditions : paiement 10 jours après la date de facture.',
      '2026-03-02',
    ],
    [
      'a passed day in the imperfect',
      'La factura 14/2026 (1.500,00 €) vencía el 27 de febrero y no nos consta el pago.',
      '2026-02-27',
    ],
    [
      'a day the payment should be made on',
      'Segue a fatura n.º 17/2026 (950,00 €). Pedimos que o pagamento seja feito no dia 5.',
      '2026-03-05',
    ],
    [
      'a new day after a bare day that passed',
      '2º aviso: o boleto da NF 1318 (R$ 4.860,00) venceu dia 1.\n\nConsegue pagar até dia 20?',
      '2026-03-20',
    ],
    [
      'the last such day after a due word in the past',
      'O boleto da NF 1318 (R$ 4.860,00) venceu dia 1.',
      '2026-03-01',
    ],
    [
      'a weekday and day that fell days ago, then a new day',
      'La factura 512 ($ 571.200) quedaba para el viernes 27 y todavía no me llega nada. ¿La puedes dejar pagada pasado mañana?',
      '2026-03-04',
    ],
    [
      'the start of a named month',
      'Segue a NF-e nº 2291: R$ 3.744,00. Boleto com pagamento no início de abril, tudo bem?',
      '2026-04-01',
    ],
    [
      'the middle of the month in Portuguese',
      'Segue a nota nº 57: R$ 1.680,00. Pode pagar até o meio do mês, tá?',
      '2026-03-15',
    ],
    [
      'before the weekend in Portuguese',
      'A mensalidade (R$ 960,00) era pra ter caído dia 1. Antes do fim de semana dá?',
      '2026-03-06',
    ],
    [
      'a day said with "if you can"',
      'Total 1 005,70 €. Se puder, depois de amanhã, que tenho de pagar ao fornecedor.',
      '2026-03-04',
    ],
    [
      'a payment the client makes on a weekday next week',
      'Total: $ 2.998.800. El pago me lo hace el martes de la semana que viene.',
      '2026-03-10',
    ],
    [
      'a payment that was planned for a day',
      'O pagamento da NF 219, de R$ 4.500,00, estava previsto para 27 de fevereiro.',
      '2026-02-27',
    ],
    [
      'a new weekday after a weekday that went by',
      'the invoice for the hayride (#HR-2219, $640) was due friday, could you do wednesday? thx!',
      '2026-03-04',
    ],
    [
      'a weekday that went by, with its day',
      'My fee (invoice HA/27/009, £450.00) fell due on Friday (the 27th).',
      '2026-02-27',
    ],
    [
      'a day said to be grand',
      'Invoice no. 118 attached, €340.00 all in. You said you get paid on the 25th so the 25th is grand.',
      '2026-03-25',
    ],
    [
      'payable on receipt in German',
      'Anbei die Rechnung über 285,00 €. Der Betrag ist zahlbar nach Erhalt.',
      '2026-03-02',
    ],
    [
      'a German month end before the verb',
      'Anbei die Rechnung ZU-26-03 über 152,00 €. Bitte zum Monatsende überweisen.',
      '2026-03-31',
    ],
    [
      'a Swiss month end',
      'Rechnung Nr. 26/004 über CHF 800.00. Den Betrag bitte bis Ende Monat überweisen.',
      '2026-03-31',
    ],
    [
      'a German weekend deadline',
      'Anbei die Rechnung JK-26-16 über CHF 180.00. Bitte vor dem Wochenende einzahlen.',
      '2026-03-06',
    ],
    [
      'the start of a month before a Dutch verb',
      'Factuur 2026-0047: € 2.950,00. Wij verzoeken u het bedrag begin april te voldoen.',
      '2026-04-01',
    ],
    [
      'a Flemish "ten laatste"',
      'Factuur SZ-2026-27 (€ 720,00). De vervaldag was 27 februari. Kunt ge ten laatste maandag betalen?',
      '2026-03-09',
    ],
    [
      'the day to pay, not a holiday span after it',
      'Rechnung ZU-26-03 über 152,00 €. Bitte zum Monatsende überweisen. Ich bin vom 2. bis 20. April auf Urlaub.',
      '2026-03-31',
    ],
    [
      'the day an instalment is expected',
      'Le premier versement de 500 000 FCFA est donc attendu le 5 mars.',
      '2026-03-05',
    ],
    [
      'a weekday already past',
      'Invoice 0562 (A$2,200) was due last Friday. Could it go in this week?',
      '2026-02-27',
    ],
    ['a card charge', 'The card on file will be charged 7 days from today.', '2026-03-09'],
    ['a period counted back', 'Invoice R-1187, £3,120: it was due 2 weeks ago.', '2026-02-16'],
    ['terms said as days', 'Tax invoice 5521 attached, $742.50. 14 day terms.', '2026-03-16'],
    ['days asked alone', 'Here is the stage 3 invoice for £9,500.00. 7 days please.', '2026-03-09'],
    ['a Flemish due day', 'Bedrag: € 96,80\nVervaldag: 31/03/2026', '2026-03-31'],
    [
      'a day stated after a counted term',
      'Balance £612.40. Our terms are 30 days end of month, so the balance falls due by 31 March.',
      '2026-03-31',
    ],
    [
      "the month's last weekday",
      'Rechnung über 412,34 €. Wie immer bitte bis zum letzten Freitag im Monat.',
      '2026-03-27',
    ],
    [
      'a period before the event the mail dates in other words',
      'Thanks for booking me to speak at the Growers Forum on 20 March. The fee of €900 is due no later than 7 days before the event.\nMaya will send the running order by 10 March.',
      '2026-03-13',
    ],
    [
      'terms said to be as before',
      'Invoice 77 for £640 attached. Same terms as before: 21 days.',
      '2026-03-23',
    ],
    [
      'a day named with the occasion it falls on',
      'Invoice 12 for $300. Please have it paid no later than the inspection on Thursday the 12th.',
      '2026-03-12',
    ],
    ['a day of the month before "I\'d"', "If you're able to pay by the 3rd I'd be grateful.", '2026-03-03'],
    ['payment by return', 'Payment by return would be much appreciated.', '2026-03-02'],
    [
      'paying on the spot, in Portuguese',
      'Total R$ 380,00. O pagamento é à vista, na entrega.',
      '2026-03-02',
    ],
    [
      'a passed day that "fällig" names however far the money is',
      'Unsere Rechnung über 420,00 € (12 Kisten Apfelsaft naturtrüb für Ihr Hofcafé am Deich) war am 20. Februar 2026 fällig. Bis heute konnten wir leider keinen Zahlungseingang feststellen.',
      '2026-02-20',
    ],
    [
      'the new day after the one it replaces',
      'Gern können Sie die Rechnung 2026-14 (180,00 €) statt bis 20. März bis Mitte April überweisen.',
      '2026-04-15',
    ],
    [
      'a day a payment was expected, in Dutch',
      'De € 60 voor de les staat nog open. Die had ik eigenlijk op vrijdag 27 februari verwacht.',
      '2026-02-27',
    ],
    [
      'terms with an aside before their colon, from the invoice date',
      'Rechnungsdatum: 25.02.2026\nBetrag: 300,00 €\nZahlungsziel wie mit Ihrem Einkauf vereinbart: 30 Tage ab Rechnungsdatum.',
      '2026-03-27',
    ],
    [
      'terms from the day the invoice is dated in French',
      'Notre facture n° 88 du 10 février, payable à 30 jours, reste impayée : 240,00 €.',
      '2026-03-12',
    ],
    [
      'terms from the day the invoice is dated in Spanish',
      'Adjuntamos la factura F-12 de fecha 20/02/2026 por 500,00 €.\nVencimiento: a 30 días fecha factura.',
      '2026-03-22',
    ],
    [
      'a counted period in words after a passed day',
      'La facture 31, échue le 20 février, reste impayée (90,00 €). Merci de la régler sous huit jours.',
      '2026-03-10',
    ],
    [
      "an instalment's day each month, in French",
      'Les mensualités sont à régler le 5 de chaque mois.',
      '2026-03-05',
    ],
    ["an instalment's day each month, in Spanish", 'La cuota se paga el día 10 de cada mes.', '2026-03-10'],
    [
      'the means of paying before the day',
      'El pago por transferencia a fin de mes, como siempre.',
      '2026-03-31',
    ],
    [
      'a day passed since, in Portuguese',
      'A fatura FT 9 (75,00 €) encontra-se vencida desde 20-02-2026.',
      '2026-02-20',
    ],
    [
      'a day of the month following',
      'Invoice 40 for $90. Usual terms: due the 20th of the month following.',
      '2026-04-20',
    ],
    ['a wish after "\'s"', "Three bags, so £64 all in. End of the month's fine, ta.", '2026-03-31'],
    [
      'a new day agreed after a passed one',
      'Invoice 12 (£300) was due on 20 February – 16 March is absolutely fine as the new date.',
      '2026-03-16',
    ],
    [
      "terms counted from an invoice's header date",
      'TAX INVOICE No. 55\nDate:        20/02/2026\nTOTAL $120.00\nTerms: 14 days',
      '2026-03-06',
    ],
    [
      'a period after the date the invoice bears, in Dutch',
      'Factuurdatum: 20 februari 2026\nBedrag: € 500,00\nBetaling binnen 30 dagen na dagtekening.',
      '2026-03-22',
    ],
    [
      'a period after the date of the mail itself, in Dutch',
      'Factuur 4 van 12 februari (€ 80,00) staat nog open. Graag binnen 7 dagen na dagtekening van deze e-mail voldoen.',
      '2026-03-09',
    ],
    [
      'weeks counted on from a weekday',
      'Invoice 9 attached, £120. Two weeks on Monday at the latest, please.',
      '2026-03-23',
    ],
    [
      'the day goods arrive when they are paid on delivery',
      'Factura 31 por $ 90.000. El pedido llega el jueves 5 de marzo; el pago es contra entrega.',
      '2026-03-05',
    ],
    [
      'the day of collection when paid on collection',
      'Your mower is serviced, £85, invoice 77 attached. Payment on collection - Saturday suits us.',
      '2026-03-07',
    ],
    [
      'a day moved with "das"',
      'Rechnung 12 über 300,00 € war am 20. Februar fällig. Wir verschieben das auf Freitag.',
      '2026-03-06',
    ],
    ['the first of each month in one word', 'Die Rate ist jeweils zum Monatsersten fällig.', '2026-04-01'],
    [
      'a passed day in a Dutch subject',
      'Factuur 2026-118 (vervallen 27-02-2026) staat nog open: € 80,00.',
      '2026-02-27',
    ],
    ['how paying is done each month', 'El pago se realiza el día 5 de cada mes.', '2026-03-05'],
    ['a due day each month in Portuguese', 'Parcela 4/10: R$ 590,00. Vencimento todo dia 10.', '2026-03-10'],
    [
      'a deposit asked before a weekday',
      'Total: $14,732.00 MXN. Te pido que nos hagas el depósito antes del viernes.',
      '2026-03-06',
    ],
    [
      'terms from an invoice said to be of a day',
      'Son 300,00 €. La factura es del 20 de febrero y el pago es a 30 días fecha factura.',
      '2026-03-22',
    ],
    [
      '"como tarde" before the day',
      'Pendiente: 960 €. Como tarde el viernes 6 de marzo, por Bizum.',
      '2026-03-06',
    ],
    [
      'a hyphenated month end',
      'Invoice SPC-1 (S$2,640) missed the run. Could it go out by end-June at the latest?',
      '2026-06-30',
    ],
    ['settling on a weekday', 'Balance: ₱42,000.00. Kindly settle the balance this Wednesday.', '2026-03-04'],
    [
      'a passed day, not the term that set it',
      'Our invoice 7 dated 20th January 2026 for £900, payable within 30 days, fell due on 19th February 2026 and remains unpaid.',
      '2026-02-19',
    ],
    [
      'a due day moved a long way after its verb',
      'Aplazamos el vencimiento de la factura MV-1 (900,00 €, mantenimiento del jardín vertical de la recepción, primer trimestre), que vencía el 27 de febrero, al viernes 13 de marzo.',
      '2026-03-13',
    ],
  ])('reads %s: "%s" as %s', (_, text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it("keeps a passed due date when the reminder sets no new one: 'was due on 14 February'", () => {
    expect(extractDueDate('Invoice 12 was due on 14 February 2026.', reading)?.dueDate).toBe('2026-02-14');
  });

  it("counts calendar days in the user's time zone", () => {
    // 23:30 UTC on 1 March is already 2 March in Berlin.
    const lateEvening = Date.UTC(2026, 2, 1, 23, 30);
    expect(extractDueDate('Net 30', { referenceAt: lateEvening, isDayFirst: true })?.dueDate).toBe(
      '2026-03-31',
    );
    expect(
      extractDueDate('Net 30', { referenceAt: lateEvening, timeZone: 'Europe/Berlin', isDayFirst: true })
        ?.dueDate,
    ).toBe('2026-04-01');
  });

  it('reads an ambiguous numeric date the other way when the usual way lands months away and the other within weeks', () => {
    expect(extractDueDate('Due date: 12/03/2026', { ...reading, isDayFirst: false })?.dueDate).toBe(
      '2026-03-12',
    );
    expect(extractDueDate('Due date: 12/03/2026', reading)?.dueDate).toBe('2026-03-12');
  });

  it('reads an ambiguous numeric date month-first only for an American reader', () => {
    expect(extractDueDate('Due date: 03/04/2026', { ...reading, isDayFirst: false })?.dueDate).toBe(
      '2026-03-04',
    );
    expect(extractDueDate('Due date: 03/04/2026', reading)?.dueDate).toBe('2026-04-03');
  });

  it.each([
    ['a delivery promise', "I'll deliver the article within 7 days."],
    ['"due to"', 'Due to the holidays on 24 December, the office is closed.'],
    ['a meeting date', 'See you on 18 March 2026.'],
    ['a placeholder', 'Payment is due on ⟦⟧.'],
    ['an impossible date', 'Due date: 31/02/2026'],
    ['a date far from a weak deadline word', 'Thanks for the payment by the way, see you on 18 March.'],
    ['delivery terms rather than payment terms', 'Delivery terms 14 days from the order.'],
    ['a settlement word far from the period', 'Règlement intérieur. Livraison à 30 jours.'],
    ['a period counted from another event', 'The balance is due two weeks before the wedding.'],
    ['an ordinal that is not a day', 'Payment due on the 3rd floor reception.'],
    ['a time of day', 'Please pay by 3pm.'],
    ['a day and month with no due word', 'Invoice attached; our meeting is on 12/03.'],
    [
      'a delivery by the end of the week beside a price',
      'The €900 logo pack: I can deliver by the end of next week.',
    ],
    ['an offer that holds until a day', 'My quote: £4,800 including plants. This price holds until 31 May.'],
    [
      'an offer valid until a day, said last',
      'Pauschal 6.500 € netto. Das Angebot ist bis zum 30.04. gültig.',
    ],
    [
      'a decision asked by a day',
      'Menu B is $3,360 before tax. Let me know by Friday and I will lock it in.',
    ],
    ['a delivery period beside a price', 'The site would be R$ 6.500, delivered within 30 days.'],
    ['an offer open until a day', 'Quote attached: $4,800. This offer is open until Friday.'],
    ['a rate locked until a day', 'Total €4,800. The rate is locked in until 31 March.'],
    [
      'a price kept if the client books by a day',
      'Ficaria em R$ 6.800. Se fecharmos até sexta, consigo manter esse valor.',
    ],
    ['a week in French that is not about paying', 'Livraison sous huitaine.'],
    ['paying on time', 'Thanks for always paying on time.'],
    ['a week with no money asked', 'Could you send the photos this week? The layout is nearly done.'],
    ['the sender paying this month', "Got your invoice for €300, I'll pay it this month."],
    [
      'a validity after the total',
      'Totaalbedrag: € 3.250,00 excl. btw. De offerte is geldig tot 15 april 2026.',
    ],
    ['a delivery after the invoice', "Invoice attached for the first half. I'll deliver the rest by Friday."],
    ['the sender paying', "Got your invoice for $340. I'll pay it on Friday."],
    [
      'a page beside a delivery day',
      'I can write the landing page for $1,600. I could have drafts to you by the 18th.',
    ],
    [
      "the sender's own next step, with the payment named after it",
      'We shall turn this account over for collection within the next ten days unless payment is received.',
    ],
    ['a decision that keeps a price', 'Quote: $4,800. Please confirm by 10 March to keep this price.'],
    ['the sender promising to send something back', "The deposit is in, thanks! I'll send it within 7 days."],
    [
      'a document asked for with no money before it',
      'Could you send it within 7 days? The draft needs your notes.',
    ],
    [
      'a length of time after "at"',
      'Dropping the extras brings it to $5,100. The timeline stays at six weeks.',
    ],
    ['an auction closing day', 'I bid $180 on the lamp at the auction; bidding ends Saturday.'],
    [
      'a thank-you for an event',
      'Balance\n\nThanks for having me at the party on Saturday! The £300 is now due.',
    ],
    [
      'a booking deadline beside a price',
      'The package is £1,200 if you book before the season ends on 30 September.',
    ],
    ['a length of time after "até"', 'Consigo fazer o site por R$ 6.500, em até 30 dias.'],
    ['a sentence after an amount', "I'd never bill more than $2,850. Could start Monday."],
    ['a plan moved, not a bill', 'Notes: the budget of $12k stays, launch moves to 3 June.'],
    ['a span of dates', 'Rechnung für den Zeitraum 01.02.2026 bis 28.02.2026, Betrag 89,25 €.'],
    [
      'a period before an event already past',
      'Contract for the wedding 14 Jan\n\nThe package is £2,000 and the balance is due two weeks before the wedding.',
    ],
    [
      'the day a statement is drawn up',
      'A quick look at your account as of today:\n\nCould you look at KP-322 when you get a moment?',
    ],
  ])('finds no due date in %s', (_, text) => {
    expect(extractDueDate(text, reading)).toBeNull();
  });

  it.each([
    ['Pago a final de mes, por transferencia.', '2026-03-31'],
    ['Paiement en fin de mois, comme convenu.', '2026-03-31'],
    ['Betaling aan het einde van de maand is prima.', '2026-03-31'],
    ['Pagamento no fim do mês, como sempre.', '2026-03-31'],
    ['Zahlung am Freitag reicht völlig.', '2026-03-06'],
    ['Me lo pagas el jueves cuando nos veamos.', '2026-03-05'],
    ['Vous pourrez me régler mercredi, au cabinet.', '2026-03-04'],
    ['Pode me pagar na sexta, sem pressa.', '2026-03-06'],
    ['You can pay me on Thursday when I drop the keys back.', '2026-03-05'],
    ['Please pay Friday week.', '2026-03-13'],
    ['Payment in full by the first of next month, please.', '2026-04-01'],
  ])('reads paying named with a day or the month\'s end: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Kindly transfer the balance within next 14 days.', '2026-03-16'],
    ['Could you clear the €900 by EOW?', '2026-03-06'],
    ['Please settle the $1,250 latest 20 March.', '2026-03-20'],
    ['Please bank in the RM800 latest Friday.', '2026-03-06'],
    ['Send the R4 500 tomorrow latest, thanks.', '2026-03-03'],
    ['Kindly pay the invoice not later than 12 March.', '2026-03-12'],
    ['The balance of $2,300 can be paid by 5 pm Thursday.', '2026-03-05'],
    ['Kindly pay by the 20th into the account on the invoice.', '2026-03-20'],
    ['Invoice 52 for R12 400,00 was due on 27/02. Could you make it latest by 5 pm Thursday?', '2026-03-05'],
    [
      "Invoice 52 was due on 25 February, and you'll pay it on the 10th once your client pays you.",
      '2026-03-10',
    ],
  ])('reads a deadline typed in a hurry: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Zahlung bis Monatsletzten, wie immer aufs Sparkassenkonto.', '2026-03-31'],
    ['Rechnung 12 über 80,00 €. Bitte bis zum 20. d. M. überweisen.', '2026-03-20'],
    ['Rechnung 77 über 410,00 €. Zahlbar bei Rechnungserhalt.', '2026-03-02'],
    ['Betalingsvoorwaarden: binnen de 30 dagen einde maand.', '2026-04-30'],
    [
      'De factuur (€ 820,00) was afgesproken voor 27 februari, kan het nu uiterlijk vrijdag 6 maart?',
      '2026-03-06',
    ],
    ['Die Rechnung über 1.260,00 € war am 20. Februar fällig. Geht es bis Wochenanfang?', '2026-03-09'],
    [
      'Unsere Rechnung war am 19.02.2026 fällig. Wir bitten Sie, den Betrag innerhalb von 7 Tagen zu überweisen.',
      '2026-03-09',
    ],
  ])('reads a German or Dutch deadline: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Factura: F-118\nFecha de emisión: 27/02/2026\nForma de pago: transferencia a 30 días fecha factura',
      '2026-03-29',
    ],
    [
      'Adjunto la factura F-118 (fecha de expedición 27/02/2026). El plazo de pago es de 30 días desde la fecha de expedición.',
      '2026-03-29',
    ],
    [
      'Envio a fatura FT 2026/77, de 27/02/2026. Condições de pagamento: 30 dias a contar da data da fatura.',
      '2026-03-29',
    ],
  ])('counts terms from the issue date printed with the invoice: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['We installed the shelving on Thursday, 26 February. Terms: net 14 from installation.', '2026-03-12'],
    ['Die Ware haben wir am 24. Februar geliefert. Zahlbar 10 Tage nach Lieferung.', '2026-03-06'],
    ['Os móveis foram entregues na sexta-feira, 27/02. Prazo: 20 dias da data de entrega.', '2026-03-19'],
    [
      'Voor de tafels die wij op vrijdag 27 februari hebben afgeleverd: betaling binnen 14 dagen na levering.',
      '2026-03-13',
    ],
  ])('counts terms from the delivery day the mail gives: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'It was dated 1 February, net 14, so it fell due on 15 February. I know these go through a few desks. Could we say Friday 13 March at the latest?',
      '2026-03-13',
    ],
    [
      'Meine Rechnung 2026-07 vom 10. Februar (zahlbar innert 10 Tagen) ist noch offen. Können Sie den Betrag bis Mitte März begleichen?',
      '2026-03-15',
    ],
    [
      'La facture n° 88 est échue depuis le 15 février. Merci de régulariser la situation sous huitaine.',
      '2026-03-10',
    ],
    [
      'The invoice was due 27 February; as agreed we will move the due date to Friday, March 20.',
      '2026-03-20',
    ],
  ])('reads the new day asked for after one that passed: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('reads no payment day from a visit that "quedó para" a day, keeping the credit terms', () => {
    const text =
      'Factura F-31, total $12,000.00 MXN. Condiciones: crédito a 20 días.\n\nLa visita de mantenimiento quedó para el martes 17 de marzo.';
    expect(extractDueDate(text, reading)?.dueDate).toBe('2026-03-22');
  });

  it("takes the day the writer restates after a period from an event, but not the event's own day", () => {
    expect(
      extractDueDate('Stage 2 is due within 10 days of handover, i.e. by Thursday 19 March.', reading)
        ?.dueDate,
    ).toBe('2026-03-19');
    expect(
      extractDueDate('The balance is due 14 days before the wedding (Saturday 28 March).', reading)?.dueDate,
    ).toBe('2026-03-14');
  });

  it.each([
    [
      'De factuur staat nog open. Lukt het vóór 20/03? Dan plan ik de levering van de rest ook in.',
      '2026-03-20',
    ],
    ['Factuur 12: 300 EUR. Als ge het over drie weken kunt overschrijven, is dat prima.', '2026-03-23'],
    ['Gelieve te betalen tegen de 8ste van volgende maand.', '2026-04-08'],
    ['Graag betaling tegen half volgende maand.', '2026-04-15'],
    ['Please pay by mid next month.', '2026-04-15'],
    ['Zahlen bitte bis KW 14 aufs Konto.', '2026-04-03'],
    ['Totaal: SRD 1.200,00. Betalen kan op de 25e, als de salarissen binnen zijn.', '2026-03-25'],
  ])('reads a deadline as Dutch, German and hurried English notes say it: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('counts from the one coming day a mail gives when the occasion itself is named without it', () => {
    const bill =
      'Invoice 12 - harp, Saturday 21st March\n\nThank you for having me at your wedding!\n\nHarp for the ceremony and drinks, Saturday 21st March 2026 .... £420.00\n\nNo hurry: payment is due 10 days after the wedding.';
    expect(extractDueDate(bill, reading)?.dueDate).toBe('2026-03-31');
    // Two different days, and the wedding may be either: no guess.
    const twoDays = bill.replace('payment is due', 'rehearsal on Friday 20th March; payment is due');
    expect(extractDueDate(twoDays, reading)).toBeNull();
    const offer =
      'Stand at the summer festival, £300. Payment: half on booking, the balance one week before the festival. This quote is valid until 30 April.';
    expect(extractDueDate(offer, reading)).toBeNull();
  });

  it.each([
    ['Rechnung 88 über 434,35 €. Der Betrag ist mit Zugang dieser Rechnung fällig.', '2026-03-02'],
    ['Fatura FT 2026/12, total 474,60 €.\nPagamento: a pronto.', '2026-03-02'],
    [
      'Fatura FT 2026/13 – 28/02/2026\nTotal: 2.275,50 €\nPrazo de liquidação: 20 de março de 2026',
      '2026-03-20',
    ],
    ['Total: 1.918,80 €. Pode pagar até ao último dia de abril, por transferência.', '2026-04-30'],
    ['Graag de aanbetaling van € 400 uiterlijk op de laatste dag van maart.', '2026-03-31'],
    ['Pendiente: 6.014,50 €. Te pediría que me hicieras el ingreso antes de que acabe abril.', '2026-04-30'],
    ['Factura C: $ 285.000. Transferime como tope el viernes 13, así lo despacho el lunes.', '2026-03-13'],
    ['Totaal: € 774,40. Graag te voldoen binnen één maand na factuurdatum.', '2026-04-02'],
    [
      'Please arrange payment till 13th March, before the 14th March holidays, in our bank account.',
      '2026-03-13',
    ],
    [
      'Voorschot betaald op 13/02 = - € 1.500,00\nSaldo = € 3.436,80\n\nGelieve het saldo te storten tegen 21 maart.',
      '2026-03-21',
    ],
    [
      'Invoice TC-04, $1,875.00. It came due on the last day of February and has not come through. Would the 9th work?',
      '2026-03-09',
    ],
  ])('reads a due day as ordinary first mails in six languages say it: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Facture 12 : 318,00 €. Merci de régler cette facture dès sa réception, par virement.', '2026-03-02'],
    [
      'Pitch fee £2,950. This is due in full on or before Thursday 19th March, when the park opens. For instalments, let me know by Friday 6 March.',
      '2026-03-19',
    ],
    ['Bitte überweisen Sie den Gesamtbetrag innerhalb eines Monats nach Rechnungsdatum.', '2026-04-02'],
    [
      'Total factura: 4.027,32 €. Rogamos efectúen el ingreso antes de que finalice el mes de abril.',
      '2026-04-30',
    ],
    [
      'Rechnung 29/14: 980,00 €. Zahlbar innerhalb von 10 Tagen mit 2 % Skonto oder innerhalb von 30 Tagen netto.',
      '2026-04-01',
    ],
    ['Invoice 2026/018, £240. If you could clear it before March is out, that would suit us.', '2026-03-31'],
  ])('reads a due day as small firms\' offices write it: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Invoice 229, £1,340. As agreed, the account is payable within the first ten days of the following month.',
      '2026-04-10',
    ],
    ['Facture 12 : 880 €, payable dans les 10 premiers jours du mois suivant.', '2026-04-10'],
    ['Factura 31: 640 €. Pagadero en los primeros 10 días del mes siguiente.', '2026-04-10'],
    ['Rechnung 44: 300 €, zahlbar in den ersten 5 Werktagen des Folgemonats.', '2026-04-07'],
  ])('reads the first days of next month as their last day: "%s" as %s', (text, expected) => {
    const midMonth = { referenceAt: Date.UTC(2026, 2, 18, 10), isDayFirst: true };
    expect(extractDueDate(text, midMonth)?.dueDate).toBe(expected);
  });

  it('takes the first days of this month when the mail goes out within them, for the month before', () => {
    const text =
      'February account, £1,340. As agreed, the account is payable within the first ten days of the following month.';
    expect(extractDueDate(text, reading)?.dueDate).toBe('2026-03-10');
  });

  it('reads the Dutch "factuur voor" as the bill\'s "for", not a deadline', () => {
    const withDeadline =
      'Hierbij ontvangt u de factuur voor de werkzaamheden van dinsdag en woensdag.\n\nTotaal € 523,08\n\nU wordt verzocht het totaalbedrag vóór 20 maart over te maken.';
    expect(extractDueDate(withDeadline, reading)?.dueDate).toBe('2026-03-20');
    const withLabel =
      'Hierbij de factuur voor het mosselfeest van zaterdag en zondag.\n\nFactuurdatum: 02/03/2026\nBetalen t.e.m.: 23/03/2026\n\nTotaal = € 6.988,80';
    expect(extractDueDate(withLabel, reading)?.dueDate).toBe('2026-03-23');
    const withoutDay =
      'Hierbij de factuur voor het mosselfeest van zaterdag en zondag.\n\nTotaal = € 6.988,80\n\nTe betalen op BE68 5390 0754 7034.';
    expect(extractDueDate(withoutDay, reading)).toBeNull();
  });

  it('takes a Spanish "me lo transfieras" as words about paying', () => {
    const text =
      'Total: $ 285.000\n(Monotributista – IVA no discriminado)\n\nTe pido que me lo transfieras en los próximos días, como tope el viernes 13, así lo despacho.';
    expect(extractDueDate(text, reading)?.dueDate).toBe('2026-03-13');
  });

  it('reads no due day from the day an offer\'s rates hold "if you book before" it', () => {
    expect(
      extractDueDate('Total HK$20,000.00. Rates shown apply if you book before April is out.', reading),
    ).toBeNull();
  });

  it('reads no due day from a price that "is good till" a day', () => {
    expect(
      extractDueDate("That's $1,800 all in. Price is good till the end of the month.", reading),
    ).toBeNull();
  });

  it('counts terms from a day gone by that the next words give what they count from', () => {
    const keys =
      'Balance: £1,200. As agreed, payment is due 21 days after handover. We handed the keys over on Friday 27 February.';
    expect(extractDueDate(keys, reading)?.dueDate).toBe('2026-03-20');
    // The day worked out from the terms is no day they count from: the new deadline stands.
    const reminder =
      'Factuur D-12 (€ 300) staat nog open. Die is op maandag 2 februari geleverd en had 14 dagen na aflevering betaald moeten zijn, dus uiterlijk 16 februari. Wil je het bedrag binnen 7 dagen alsnog overmaken?';
    expect(extractDueDate(reminder, reading)?.dueDate).toBe('2026-03-09');
  });

  it('counts "from the date of the party" from the day the mail gives the party', () => {
    const text =
      'What a night at your anniversary party on Saturday 14 March!\n\nBalance: £800, payable within 10 days from the date of the party.';
    expect(extractDueDate(text, reading)?.dueDate).toBe('2026-03-24');
  });

  it('reads no due day from a Portuguese offer that "se mantém até" a day, and the deposit day after it', () => {
    const text =
      'Total: 900,00 €.\n\nO preço mantém-se até ao fim de abril. Para reservar a data peço um sinal de 270,00 € até sexta-feira, dia 13.';
    expect(extractDueDate(text, reading)?.dueDate).toBe('2026-03-13');
    expect(extractDueDate('Total: 900,00 €.\n\nO preço mantém-se até ao fim de abril.', reading)).toBeNull();
  });

  it('reads no deadline from work that "staat voor" a day after the passed due day', () => {
    const text =
      'Factuur 31 is op 20 februari vervallen. De montage hebben we staan voor dinsdag 24 maart. Kunt u het bedrag nog overmaken?';
    expect(extractDueDate(text, reading)?.dueDate).toBe('2026-02-20');
  });

  it.each([
    [
      'Invoice 7 was due on 20 February. As discussed you will clear it on 10 March once the grant lands.',
      '2026-03-10',
    ],
    [
      'Payment was due on 25 February. Could you please remit by 13 March? My own supplier has to be paid before the end of the month.',
      '2026-03-13',
    ],
    [
      'Our terms for trade customers are two weeks from invoice date (invoice date 24/02/2026).',
      '2026-03-10',
    ],
    ['As agreed with your office, payment can be made at the end of the quarter.', '2026-03-31'],
    [
      'Here is the invoice for the cloth collected by your driver on Saturday. Total R12 400. Kindly pay on or before the 20th.',
      '2026-03-20',
    ],
  ])('reads a deadline in the English of many countries: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('takes the nearest day of the month when its weekday is a slip, and the weekday said for a passed one', () => {
    // Thursday 5 March, not June's Friday the 5th.
    expect(extractDueDate('Invoice 9, $400. Please pay by Friday 5th.', reading)?.dueDate).toBe('2026-03-05');
    expect(
      extractDueDate('Invoice 9 ($400) was due Thurs the 26th. Any chance of it by Wednesday?', reading)
        ?.dueDate,
    ).toBe('2026-03-04');
  });

  it.each([
    ['Could you e-transfer the total of $300? The 20th works for our books.', '2026-03-20'],
    ["Invoice 4 ($120) was due the 25th. Thurs work? I'm passing by anyway.", '2026-03-05'],
    ['Die Rechnung hängt an, 400 € inkl. MwSt. Anfang nächster Woche wär super.', '2026-03-09'],
    ['Factuur 2026-12: € 540,00. Betalen graag medio maart, dan weten we meer.', '2026-03-15'],
  ])('reads a day offered as a wish or a question: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Het restant betaalt u na oplevering; de oplevering staat gepland op vrijdag 13 maart.', '2026-03-13'],
    ['Bedrag: US$ 900,00. Betaling vóór vertrek. Vertrek zaterdag 21 maart om 8 uur.', '2026-03-21'],
    [
      'Payment is due upon completion of the job. Last pickup is on the schedule for Saturday, March 14.',
      '2026-03-14',
    ],
  ])(
    'reads the day the work ends or the trip starts when payment is tied to it: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    ['Our bill no. 77 for Rs. 12,000, payable on the 1st inst., remains unpaid.', '2026-03-01'],
    ['Bitte um Überweisung. Fällig ist der Betrag am Ersten.', '2026-04-01'],
    [
      'De nieuwe vervaldag voor factuur 31 (650,00 EUR, stoffering) wordt dinsdag 17 maart. De oorspronkelijke vervaldag was 25/02.',
      '2026-03-17',
    ],
  ])('reads a due day said in a letter\'s set words: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Te mando la factura N° 12: $150.000. ¿Me podríai transferir el jueves 5?', '2026-03-05'],
    ['Segue a nota nº 31: R$ 4.500,00. O senhor pode pagar quinta, dia 5?', '2026-03-05'],
    ['Peço a gentileza do pagamento no próximo dia 10, conforme o contrato.', '2026-03-10'],
    [
      'Remetemos a fatura n.º 2026/3, com data de 20/02/2026. O pagamento deverá ser efetuado a 30 dias da data da fatura.',
      '2026-03-22',
    ],
    ['Facture 2026/0188 : 1.397,55 €. Payable à la quinzaine sur le compte indiqué.', '2026-03-17'],
    [
      'La factura FE-10 por $ 850.000, que vencía el 20 de febrero, queda para pagar el viernes 13 de marzo.',
      '2026-03-13',
    ],
    ['O pagamento da fatura 2026/118, que venceu em 20/02, fica para o dia 16 de março.', '2026-03-16'],
    [
      "Nous reportons l'échéance de la facture B-41 (sortie du 12 février), initialement au 27.02.2026, au vendredi 20 mars 2026.",
      '2026-03-20',
    ],
    [
      'Te confirmo lo del matrimonio del sábado 14 de marzo. El saldo de $ 1.200.000 se paga el mismo día del matrimonio.',
      '2026-03-14',
    ],
    ['Junto a fatura n.º 219: 32.400 €. O sinal deve ser pago à receção desta fatura.', '2026-03-02'],
  ])('reads a deadline as French, Spanish and Portuguese mail says it: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Factuur 2026-031 van 10-02-2026 (€ 1.440,00) had op 24-02-2026 betaald moeten zijn. Wij hebben nog niets ontvangen.',
      '2026-02-24',
    ],
    ["I've updated invoice 442 so it shows 25 March 2026 as the due date.", '2026-03-25'],
    [
      'Dann erwarten wir den Restbetrag von 1.460,00 € (Rechnung SK-19, abzüglich Anzahlung) am 01.04.2026.',
      '2026-04-01',
    ],
    [
      'Invoice date: February 25, 2026\nTerms: Net 15\n\nReorders placed before the end of the month get free shipping.',
      '2026-03-12',
    ],
    ['Dale, el jueves 12 de marzo me transferís los $ 612.000 de los almohadones.', '2026-03-12'],
    ['Facture no 387\nDate de facturation : 20/02/2026\nModalités : net 30 jours', '2026-03-22'],
    [
      "Notre facture n° 31 du 01/02/2026 était payable pour le 16/02/2026. Merci d'en effectuer le paiement au plus tard le 20 mars 2026.",
      '2026-03-20',
    ],
    [
      'La facture pour la livraison du jeudi 19 février (pour le 25 février au marché) : 1.397,55 €. Payable à la quinzaine.',
      '2026-03-17',
    ],
  ])('reads the due day of an ordinary invoice or reminder: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      "Merci pour samedi + facture\nSi vous pouvez régler d'ici mercredi (le 4) par virement, ce serait top.",
      '2026-03-04',
    ],
    ['Hierbij factuur 12 van € 300,00. Bedankt voor vrijdag! Graag binnen 14 dagen overmaken.', '2026-03-16'],
    [
      'Die Rechnung 2026/14 über 1.150,00 € war am 20. Februar fällig. Sie meinten, Mitte nächster Woche klappt es – sagen wir Mittwoch, den 11.?',
      '2026-03-11',
    ],
    ['O vencimento da NFS-e 57 (R$ 2.400,00) era 20/02. Dá pra entrar na quarta, dia 11?', '2026-03-11'],
    [
      'Zoals afgesproken schuift de betaling van factuur 5 (€ 4.235,00 incl. btw, stond op 20 februari) naar maandag over een week.',
      '2026-03-16',
    ],
    [
      'Willen jullie het bedrag van € 300,00 overmaken? De 20e is voor mij de uiterste datum.\n\nTot de voorleesmiddag op donderdag 5 maart!',
      '2026-03-20',
    ],
  ])(
    'reads the day asked for, not a thank-you or a farewell that names a day: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    ['Invoice 7 ($300) is still unpaid. It was due by the end of January.', '2026-01-31'],
    [
      'Please see invoice 44 attached, total J$212,750.00. Kindly pay two weeks from today by transfer.',
      '2026-03-16',
    ],
    [
      'El pago es a 30 días de la entrega. El auto te lo entregamos el miércoles 18 de febrero.',
      '2026-03-20',
    ],
    [
      'STATEMENT OF ACCOUNT as at 27 February 2026\nTotal due HK$30,800.00\n\nKindly settle within 7 days of the statement date.',
      '2026-03-06',
    ],
    [
      'La factura 11 (8.712,00 €) venció el 31 de enero. Les rogamos que la abonen antes de que termine el mes.',
      '2026-03-31',
    ],
    [
      "Le 2e versement (339,18 $) était dû le 15 février et on ne l'a pas encore reçu. Le 3e et dernier versement sera dû le 15 mars.",
      '2026-02-15',
    ],
    [
      "Our invoice 4 (€7,080.00) fell due on 15.02.2026. We'd appreciate settlement by Friday, 13 March. As a reminder, the annual return is due on 1 April.",
      '2026-03-13',
    ],
  ])('reads the due day of a reminder or a statement: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Date of hire: Saturday 21 February 2026\nTotal $1,070.00\n\nPayment terms 14 days from date of hire.',
      '2026-03-07',
    ],
    [
      'Invoice 26 ($2,600.00) was due on 20 Feb. Would two weeks from today work for payment? That gives your team time before the year-end freeze.',
      '2026-03-16',
    ],
    [
      'Wir bitten Sie, den offenen Betrag (Rechnung 34, fällig am 15.02.2026) spätestens bis zum ersten Geschäftstag des kommenden Monats zu überweisen.',
      '2026-04-01',
    ],
    [
      'Passando pra lembrar do pagamento das tranças (R$ 1.120,00), que ficou pra dia 20/2 e ainda não caiu aqui.',
      '2026-02-20',
    ],
    [
      "It was due on Friday 20th February and I can't see anything come through yet.\n\nWe shut for the holidays and aren't back until Monday 30th March, so could you make sure it reaches us by Tuesday 17th March?",
      '2026-03-17',
    ],
  ])('reads the day a reminder asks for among the other days it names: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('reads a day and month joined by a dash or a dot right after a due word, but not a range of days', () => {
    expect(extractDueDate('De factuur van 4 februari had als vervaldatum 18-2.', reading)?.dueDate).toBe(
      '2026-02-18',
    );
    expect(extractDueDate('Amount: INR 1,12,350.00. Payment by 15.03 please.', reading)?.dueDate).toBe(
      '2026-03-15',
    );
    expect(
      extractDueDate('Invoice 5, $400. Payment due 3-5 days after delivery.', reading)?.dueDate,
    ).not.toBe('2026-05-03');
  });

  it('reads "cancelarlo", as Peru and much of Latin America say paying a bill, with its day', () => {
    const text =
      'Le adjunto el recibo por honorarios E001-58. Importe: S/ 1,800.00. Le agradeceré cancelarlo a fin de mes.';
    expect(extractDueDate(text, reading)?.dueDate).toBe('2026-03-31');
  });

  it.each([
    ['Invoice 4, £300. Could the school please pay by the last Friday of March?', '2026-03-27'],
    [
      'Payment fell due on 20 February 2026. We must ask that the full amount be received in our account by noon on Monday 16 March 2026.',
      '2026-03-16',
    ],
    ['Balance ₹4,000. Pls transfer by day after tmrw on the same GPay number', '2026-03-04'],
    ['Balance is due upon turnover of the unit on March 14 (Saturday), at our shop.', '2026-03-14'],
    ['Factuur 12: € 300,00. Te betalen binnen de maand op BE31 7380 1144 2055.', '2026-04-02'],
    ['Fatura 7, 450,00 €. Pagamento a pronto, por transferência.', '2026-03-02'],
    ['Factuur € 645,00. Graag betalen vóór Driekoningen, dan sluit ik mijn boekjaar af.', '2027-01-06'],
    [
      'Der Betrag wird am 16. März 2026 per SEPA-Lastschrift von Ihrem Konto DE89 2855 0000 **** **41 71 eingezogen.',
      '2026-03-16',
    ],
    ['Anticipo 50 %: Q6,400.00. Para apartar la fecha necesito el anticipo dentro de 7 días.', '2026-03-09'],
  ])('reads the due day of a general mix of bills: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Pro forma PF-87, K 12,000. Payment before dispatch please. The order is booked on the Mumbwa bus on Tuesday, 17 March 2026, so the money must reflect in our account by then.',
      '2026-03-17',
    ],
    [
      "Facture pro forma PF-2, 14 000 gourdes. Paiement avant expédition. L'expédition est prévue le mardi 17 mars 2026.",
      '2026-03-17',
    ],
    [
      'Invoice 7 (R8,500.00) was due on 20 February.\nP.S. Our treasurer closes our books on Friday 13 March, so if you can pay by then it will really help.',
      '2026-03-13',
    ],
  ])('reads the day the goods leave, or the day "by then" points back to: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('reads no deadline from "before then" said of the meantime', () => {
    const text =
      "From 1 April 2026 our standard window clean will be £22. Nothing changes for you before then, and you don't need to do anything.";
    expect(extractDueDate(text, reading)?.dueDate).toBeUndefined();
  });

  it.each([
    [
      'Retainer: BBD$ 950.00. As per our contract the retainer is payable in advance on the 1st of the month.',
      '2026-04-01',
    ],
    [
      'Factuurnummer OY-2701, € 2.084,08. Zoals elke maand graag uiterlijk de 15e op onze rekening.',
      '2026-03-15',
    ],
  ])('reads the day a recurring bill is paid on: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Fecha límite de pago: 20/abr/2026', '2026-04-20'],
    ['Pagamento até o terceiro dia útil de abril, por favor.', '2026-04-03'],
    [
      'Our invoice for $900 is payable 14 days after delivery. We dropped them at your studio on 20 February.',
      '2026-03-06',
    ],
    [
      'Die Tische haben Sie am 25. Februar abgeholt. Zahlbar innerhalb von 10 Tagen nach Lieferung.',
      '2026-03-07',
    ],
    ['Bitte zahlen Sie die Rechnung bis Ostermontag.', '2026-04-06'],
    ['Por favor pague la factura hasta el viernes santo.', '2026-04-03'],
    ['Please settle the invoice by Whit Monday.', '2026-05-25'],
  ])('reads a date, a working day, a hand-over or a movable feast: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it("counts working days past New Year's Day", () => {
    const beforeNewYear = { referenceAt: Date.UTC(2026, 11, 20, 10), isDayFirst: true };
    expect(extractDueDate('Please pay by the second business day of January.', beforeNewYear)?.dueDate).toBe(
      '2027-01-05',
    );
  });

  it("reads the carnival's Friday, not the next Friday", () => {
    const january = { referenceAt: Date.UTC(2027, 0, 20, 10), isDayFirst: true };
    expect(extractDueDate('Pode pagar até a sexta-feira de Carnaval, tranquilo.', january)?.dueDate).toBe(
      '2027-02-05',
    );
  });

  it.each([
    [
      'Please make sure the invoice is paid before the fair (Sat 14 Mar), so by Friday 13 March.',
      '2026-03-13',
    ],
    ['Graag betalen vóór Koningsdag (uiterlijk vrijdag 24 april).', '2026-04-24'],
  ])('reads the deadline said after an occasion\'s day: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Invoice 12 (£300) was dated 2 February and fell due 14 days after the invoice date, so it is now a couple of weeks late.',
      '2026-02-16',
    ],
    ['The invoice for £400 was due on 20 February. Would Friday week (the 13th) suit?', '2026-03-13'],
    ['A nota de R$ 800,00 venceu em 20/02. Consegue acertar até a quarta-feira, dia 11?', '2026-03-11'],
  ])('after a passed due day, reads what the reminder asks now: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Total: USD 3,100.00\nPayment: 100% T/T before shipment.\nETD: 20 March 2026 (Rotterdam)', '2026-03-20'],
    ['Fecha de emisión: 02/03/2026\nCondición de venta: Crédito 30 días\nTotal: Gs. 900.000', '2026-04-01'],
    [
      'Totaal € 410,00. Conform de machtiging schrijven wij dit bedrag op vrijdag 13 maart 2026 automatisch af.',
      '2026-03-13',
    ],
    [
      'Je kunt de kast zaterdag 7 maart ophalen. Factuur K-12, € 240,00. Graag betalen bij ophalen.',
      '2026-03-07',
    ],
    ['Mensalidade de março: R$ 600,00. A mensalidade é paga antecipadamente, todo dia 5.', '2026-03-05'],
    ['A fatura de R$ 900,00 venceu no dia 20, você paga no dia 25, combinado.', '2026-03-25'],
  ])(
    'reads the day goods leave, terms on credit, a debit, a pick-up or a monthly day: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    [
      'Jullie zomerbruiloft is op zaterdag 18 april! Graag het restbedrag van € 1.200,00 uiterlijk twee weken voor de bruiloft overmaken.',
      '2026-04-04',
    ],
    [
      'Your party at the boathouse is on Saturday 28 March. The balance of £900 is due two weeks before the event, which is Saturday 14 March. You can pay by transfer. Final numbers by the 10th please.',
      '2026-03-14',
    ],
    [
      'El saldo de 800 € se paga una semana antes de la feria del pueblo, que este año es el sábado 21 de marzo.',
      '2026-03-14',
    ],
  ])('counts back from an event the mail dates: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Segue a fatura de R$ 500,00.\n\nUm abraço e até terça,\nMarta'],
    ['Te adjunto la factura de 300 €.\n\nUn abrazo y hasta el martes,\nLuis'],
  ])('reads no deadline from a farewell: "%s"', (text) => {
    expect(extractDueDate(text, reading)).toBeNull();
  });

  it.each([
    [
      "Thank you for booking us for Priya's sangeet on 21 March 2026.\nBalance payable: ₹40,000\nKindly clear the balance on or before the wedding day.",
      '2026-03-21',
    ],
    ['Saldo: $ 300.000. El saldo lo abonás el mismo día del evento, el sábado 14 de marzo.', '2026-03-14'],
    [
      'A instalação fica pra quinta-feira, dia 12. Falta R$ 800,00, que a senhora acerta no dia da instalação.',
      '2026-03-12',
    ],
    [
      'Your half: £900.00\n\nWe would be grateful to receive it by the Wednesday before the wedding (18 March), so we can book the van.',
      '2026-03-18',
    ],
  ])('reads the day of the occasion a bill is paid on: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('reads a term alone in its sentence with an easy-going aside', () => {
    const text = 'Invoice 4 attached, total £220.\n\nWithin a fortnight please, no rush before that.';
    expect(extractDueDate(text, reading)?.dueDate).toBe('2026-03-16');
  });

  it.each([
    [
      "Invoice attached, $1,180 left.\n\nIf you could get it to me a week from Monday that'd be great.",
      '2026-03-16',
    ],
    ["Total £900.\n\nIf you could settle before the tax year ends on 5 April I'd be grateful.", '2026-04-05'],
    [
      'Kindly clear the balance of KSh 4,000 by Madaraka Day (1st June) please, since the choir sings on that day and I would not want them to go out before it is settled.',
      '2026-06-01',
    ],
    [
      'Die Rechnung vom 2. Februar über 390,00 € ist noch offen. Fällig war sie am Rosenmontag, 16. Februar.',
      '2026-02-16',
    ],
    [
      'Total 900 €. Les rogamos que el pago se haga antes del Domingo de Ramos, es decir, el sábado 28 de marzo a más tardar.',
      '2026-03-28',
    ],
  ])('reads a day wished for, a named day in brackets or a passed feast: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      "Derby party, Saturday 28 February 2026\nTotal $1,950.00\n\nWe'd appreciate payment within 15 days of the party.",
      '2026-03-15',
    ],
    [
      'The sets were despatched by courier on Friday 27 February. Our terms are 30 days from despatch.',
      '2026-03-29',
    ],
    ['Delivery will be on Monday 9th March, 2026. Payment is due on delivery.', '2026-03-09'],
    [
      'The cartons reached your warehouse on Monday 23rd February. The balance of GH₵ 800 is due 45 days after delivery.',
      '2026-04-09',
    ],
    ['El saldo de S/ 900 se cancela a la entrega de los trajes, el martes 10 de marzo.', '2026-03-10'],
    [
      'Roses delivered to your store on Monday 2/3/2026.\nPayment: 7 days from date of delivery.\nFor Easter please place orders by 15th March.',
      '2026-03-09',
    ],
  ])(
    'counts from the occasion, the despatch or the delivery the mail dates: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    ['Total J$917,700.00\n\nTerms: 30 days from month end.', '2026-04-30'],
    [
      'Date: 2 March 2026\nNet payable: ₦1,140,000.00\nPayment is due within twenty-one (21) days of this invoice.',
      '2026-03-23',
    ],
  ])('reads terms from the month\'s end or counted in words: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Launch is still on for Saturday the 14th at the town landing.\n\nInvoice #12 for the balance, $4,000.00. The balance is due on launch day.',
      '2026-03-14',
    ],
    ['Total £785.00\n\nPayment by the last working day of March, please.', '2026-03-31'],
    ['Total £785.00\n\nPayment by the last working day of April, please.', '2026-04-30'],
    ['Total TVAC 5 082,00 €. Montant payable endéans les 15 jours.', '2026-03-17'],
    [
      'Total $28,768.00 MXN. Como quedamos, es pago contra entrega. Le entregamos el sábado 7 en su tienda.',
      '2026-03-07',
    ],
    ['Totaal € 1.911,80\n\nTe voldoen: eind volgende maand.', '2026-04-30'],
  ])(
    'reads a launch day, a named month\'s last working day and terms in Belgian and Dutch: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    [
      "Invoice SC-1, €370.80. It was due on the 20th.\n\nAny chance you'd sort it before the bank holiday weekend, Friday the 6th?",
      '2026-03-06',
    ],
    [
      'Our invoice dated 2 February for £1,320.00 was payable within 14 days and fell due on 16 February. Unless the full amount is received within seven days of the date of this letter, I shall refer the matter to the court.',
      '2026-03-09',
    ],
    [
      '£2,316.00 in all, it was due at the end of February.\n\nCould you get it sorted within a fortnight?',
      '2026-03-16',
    ],
    [
      "Die war zahlbar binnen 14 Tagen, also bis 20.2., und ist noch nicht eingegangen. Wär fein, wenn's bis Ende März am Konto ist.",
      '2026-03-31',
    ],
    [
      'La factura por $9,280.00 venció el 27 de febrero. ¿Me ayudas a que quede liquidada dentro de los próximos 5 días hábiles?',
      '2026-03-09',
    ],
  ])('after a passed due day, reads the new day or period asked: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Invoice 301 for $640 fell due on 20 February. Could you get it to us by Lantern Night (that is Friday the 13th)?',
      '2026-03-13',
    ],
    [
      'A fatura 77, de 210,00 €, venceu a 15 de fevereiro. Conseguia acertar no último dia da feira, sábado 14?',
      '2026-03-14',
    ],
    [
      'Nuestra factura 2026-031 de 1.200,00 € venció el 20/02/2026. Les rogamos que la incluyan en la remesa del próximo día 10.',
      '2026-03-10',
    ],
    [
      'Invoice 52 ($980) was due on 25 February. With the fair coming up, could it go in your first run after it, Thursday 19 March?',
      '2026-03-19',
    ],
    [
      'Our invoice 5 of £640 was due on 20 February. We request you to kindly clear it by Thursday 12th March, as our office will be closed after that.',
      '2026-03-12',
    ],
    [
      "Invoice 5 (£640) fell due on 20 February. I'd be grateful if you could settle before I start the next job, Monday the 9th.",
      '2026-03-09',
    ],
    [
      'Invoice 5 for $640 was due Feb 20.\n- New date: 3/19, the last day before I shut the machine down.',
      '2026-03-19',
    ],
    [
      'Reminder - bill 120 - pls clear by 9 Mar\nOur bill no. 120 of Rs. 27,000/- was payable by 15.02.2026. Payment is still awaited.',
      '2026-03-09',
    ],
  ])('after a passed due day, reads the day a question or request names: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Invoice 52 for €980 was due on 25 February. Please pay it to NL45 INGB 0006 7733 12, thanks.'],
    [
      'Invoice 52 for $980 was due on 25 February. Could we also book the autumn service for Monday 5 October?',
    ],
  ])('after a passed due day, keeps it when a request names no day soon: "%s"', (text) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe('2026-02-25');
  });

  it.each([
    [
      'Invoice 14 for the shelves, £420. You can pay me when I bring the last one round, Thursday the 12th.',
      '2026-03-12',
    ],
    ['Factura 2026/07, 380,00 €. El pago al recoger las llaves, el viernes 6.', '2026-03-06'],
    [
      'Invoice 9 for the hauling, $1,150. Pay me out of your co-op payout - they say that lands Friday, March 20.',
      '2026-03-20',
    ],
    ['Nota 0512, R$ 1.170,00. Pode pagar quando vier buscar, no sábado 7.', '2026-03-07'],
    [
      'Total GHS 4,000.00. Payment terms: cash against delivery, i.e. when the van arrives on Thursday 5th March.',
      '2026-03-05',
    ],
    [
      'Season dues, $85.00. Dues are due at our first practice after the break: Tuesday, Mar. 10, 2026.',
      '2026-03-10',
    ],
    ['Total 760,00 €. Échéance : jour de la rentrée, lundi 9 mars.', '2026-03-09'],
    [
      "Jerseys, $400. E-transfer by the Monday before the tourney (the 16th) please, and I'll have them boxed.",
      '2026-03-16',
    ],
  ])(
    'reads a coming day named in a sentence about paying, whatever joins them: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    ['Thanks, your payment of £264 reached us today. See you Thursday the 12th.'],
    ["Invoice 14, £420. I'll pay the glazier on Friday the 6th, so no rush."],
    ['Invoice 14, £420. Pay it on the Friday before the fair, please.'],
    [
      "Stage 2, £8,928.00. It fell due when the roof went on, which was Friday 9th, and I haven't seen it yet.",
    ],
    [
      "Raffle tickets are $2 each. The green's due a roll before the open day on the 12th, so ask Bill for the roller.",
    ],
  ])(
    'reads no day from a sentence about paying that is the sender\'s, owes no money, counts from another day or names a weekday that does not fit: "%s"',
    (text) => {
      expect(extractDueDate(text, reading)).toBeNull();
    },
  );

  it.each([
    ['Factuur 88 van € 410,00 had op 15 februari betaald moeten zijn. Kun je het vandaag nog overmaken?'],
    ['Invoice 88 for $410 was due on 15 February. Could you please pay it today? Thanks.'],
    ['Die Rechnung 88 über 410 € war am 15. Februar fällig. Könnten Sie den Betrag heute noch überweisen?'],
    ['Invoice 88 (£410) fell due on 15 February. Please could you arrange payment by return.'],
  ])('after a passed due day, reads payment asked for today as the send day: "%s"', (text) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe('2026-03-02');
  });

  it.each([
    ['Invoice 88 for $410 was due on 15 February. I paid the printer today, so please pay when you can.'],
    ["Invoice 89 for $410, payable within 14 days. Could you please pay for today's lesson in cash?"],
    ['Quote for the garden: $410. Please confirm today and pay the deposit when the work starts.'],
  ])('reads no payment today where none is asked for today or nothing has passed: "%s"', (text) => {
    expect(extractDueDate(text, reading)?.dueDate).not.toBe('2026-03-02');
  });

  it.each([
    [
      'Afgelopen vrijdag 27 februari hebben we het terras opgeleverd.\n\nTermijn 3: € 2.280,00. De laatste termijn is te voldoen binnen acht dagen na oplevering.',
      '2026-03-07',
    ],
    [
      "Your wedding on 21 March - my bill\nThe full day at £595 leaves £445.\n\nIf you could settle it no later than the Friday before the big day, I'll arrive early.",
      '2026-03-20',
    ],
  ])('reads the day of an occasion said another way: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Total BDS$ 21,620.00\n\nWe finished the wall on Friday 27th February, and our terms are 30 days from completion.',
      '2026-03-29',
    ],
    ['Total £906.00 (zero-rated food, no VAT)\n\nTerms strictly 7 days nett.', '2026-03-09'],
    ['Total $8,249.30. Payment is due the day we pull the scaffold, so Tue 10 March.', '2026-03-10'],
    [
      'Invoice date: 2 March 2026\nPayment is due within one calendar month of the invoice date.',
      '2026-04-02',
    ],
    ['Total K25,900.00. Payable by the last day of next month, as agreed in the contract.', '2026-04-30'],
    [
      'Total: 2.904,00 €. Os pediría que la abonéis antes del puente de San José, es decir, el viernes 13 de marzo como tarde.',
      '2026-03-13',
    ],
    ['Total a pagar 1.526,40 €\nVencimiento: 15-III-2026', '2026-03-15'],
    [
      'Our invoice for the lacquer work delivered to the hotel on 20th February.\nCredit period : 30 days from date of delivery\nTotal LKR 523,920.00',
      '2026-03-22',
    ],
    ['Invoice PC-11: PKR 462,000\n\nPayable on presentation, as we agreed.', '2026-03-02'],
    ['Te betalen € 4.719,00\n\nTe betalen tegen 31/03/2026 op BE68 7380 4471 2234.', '2026-03-31'],
    [
      "Total CHF 3'700.–\n\nZahlbar innert Monatsfrist mit dem beiliegenden QR-Einzahlungsschein.",
      '2026-04-02',
    ],
    [
      "The second half, $1,400.00, was due March 1st. If you can get the check to me by our last home game, Friday, March 13, I'll pick it up.",
      '2026-03-13',
    ],
  ])('reads terms and days as field-wording-29 words them: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('reads no deadline from an order to buy that can be cancelled', () => {
    const text =
      'Compra de 800 ações, preço limite R$ 14,35.\nValidade: até sexta-feira, 06/03 (se não for executada até lá, pode cancelar)';
    expect(extractDueDate(text, reading)).toBeNull();
  });

  it.each([
    ['Total: $ 1.850.000,00 (IVA incluido)\nVto.: 20/03/26', '2026-03-20'],
    ['Summe € 2.508,00\n\nZahlbar bis 15. Feber auf AT48 2011 1822 5544 1170.', '2026-02-15'],
    [
      '3 concerts x Rs. 18,000/-\n\nKindly arrange to remit the amount on or before the 10th prox. to my account.',
      '2026-04-10',
    ],
    [
      'Invoice no. 7 is attached for the €650 we agreed. This day week would be great for payment if that suits.',
      '2026-03-09',
    ],
    [
      'Factuur € 4.719,00: kunt ge ervoor zorgen dat het ten laatste op oudejaarsdag betaald is?',
      '2026-12-31',
    ],
    [
      'Total: $18,560.00 MXN. Le pedimos que el pago se realice a más tardar el día de San José.',
      '2026-03-19',
    ],
    [
      "Auftritt CHF 1'200.00\n\nZahlung bitte bis Ende KW 12 (Freitag) auf CH29 0077 8010 0337 2200 1.",
      '2026-03-20',
    ],
    [
      'Livraison le lundi 9 mars.\nConditions : 30 jours date de livraison.\nTotal TTC : 3 042,00 €',
      '2026-04-08',
    ],
    ['Statement date: 24/02/2026\nTotal $2,048.00\nTerms: within 30 days of statement date.', '2026-03-26'],
    ["Balance $9,850.00 is due when she goes on the ice, so let's just call it March 20th.", '2026-03-20'],
    ['Gesamtbetrag 2.427,60 €\n\nZahlbar bis Dreikönig ohne Abzug.', '2027-01-06'],
    [
      'O azeite pode ser levantado a partir de segunda-feira, dia 9.\nTotal 723,24 €\nCondições de pagamento: 30 dias após o levantamento do azeite.',
      '2026-04-08',
    ],
  ])('reads terms and days as field-wording-30 words them: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('reads the end of next week, written at the weekend, as the coming Friday', () => {
    const saturday = { referenceAt: Date.UTC(2026, 2, 7, 10), isDayFirst: true };
    expect(extractDueDate('Agradecia a liquidação até ao fim da próxima semana.', saturday)?.dueDate).toBe(
      '2026-03-13',
    );
  });

  it.each([
    [
      'Total USD 580,00. Le agradeceríamos que la cancele a fin de mes, ya que compramos harina.',
      '2026-03-31',
    ],
    [
      "Total CHF 3'700.–\n\nZahlbar innert Monatsfrist.\n\nDie alten Iffelen kann ich flicken, wenn Sie sie bis am 20. März vorbeibringen.",
      '2026-04-02',
    ],
    [
      'De vervaldag was 20 februari. Mogen we vragen om dit te regelen tegen de eerste werkdag van volgende maand?',
      '2026-04-01',
    ],
  ])(
    'reads the day asked in Latin American Spanish, Swiss German and Flemish: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    [
      'Invoice BK/27/03 for £250 (same monthly fee).\n\nTerms as always: paid on the last Friday of the month.',
      '2026-03-27',
    ],
    ['Te paso lo de este mes: cuatro sesiones, 200 €.\n\nComo siempre, me lo pagas el día 10.', '2026-03-10'],
  ])('reads the usual day of a monthly bill: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      "Facture ESK-1212 — Genève, le 27 février 2026\nTotal : CHF 1'589.07\nConditions : payable à 30 jours date de facture",
      '2026-03-29',
    ],
    [
      'Invoice BS-1, $1,044.00. As agreed, payment is due the first business day of the new year.',
      '2027-01-04',
    ],
    [
      "Invoice LP-2209 (€1,140.00) was on 30-day terms from the 2nd of February.\n\nI'll be in the studio until the 10th.",
      '2026-03-04',
    ],
    [
      'BJ-0671 – still outstanding\nHi Rob,\n\nSorry to chase two days before Easter. Invoice BJ-0671 (£1,296.00) was due on 20 February, so could you get it over by close of business tomorrow please?',
      '2026-03-03',
    ],
    ['Invoice GB 3318 (£1,612.40) fell due on Boxing Day.', '2025-12-26'],
  ])('reads the day as field-wording-31 words it: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Total: 2.180,50 €\nCondições: pronto pagamento', '2026-03-02'],
    ['Rechnung: 540,00 €. Zahlbar bis zum Berchtoldstag.', '2027-01-02'],
    [
      'Rechnungsbetrag: 4.998,00 €. Zahlbar bis spätestens zum dritten Werktag des neuen Jahres.',
      '2027-01-06',
    ],
    [
      'Fecha de emisión: 02/03/2026\nTotal: $1.380.000\nCon vencimiento a los 15 días de la fecha de emisión.',
      '2026-03-17',
    ],
    [
      "Invoice PJ/26/31, £295.00. There's no rush at all before Easter. If you could get it to me before Calan Mai (1st May) I'll be very happy.",
      '2026-05-01',
    ],
    [
      'Total £4,275.00. I would be grateful if the account could be settled by Friday the twentieth of March.',
      '2026-03-20',
    ],
  ])('reads the day as field-wording-32 words it: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Total 640 €. Bitte bis Mariä Himmelfahrt überweisen.', '2026-08-15'],
    ['Invoice 7, €900. Payment by the Assumption, please.', '2026-08-15'],
    ['Rechnung 12 über 480 €. Bitte überweisen bis zum Freitag vor Pfingsten (22.5.).', '2026-05-22'],
    ['Invoice 31, £900.\n\nCredit 45 days, as agreed.', '2026-04-16'],
    ['Invoice 31, $210. Due the 15th like last month.', '2026-03-15'],
    ['Rechnung 31 über 900 €, zahlbar bis zum 10. des auf die Rechnung folgenden Monats.', '2026-04-10'],
    ['Invoice 31 attached, £900 all in. Before the month is out would be ideal.', '2026-03-31'],
    [`${POSTSCRIPT_HEAD}P.S. If you could sort it by the 20th that would be great.`, '2026-03-20'],
    [
      "La facture 7, 300 €, était due le 1er mars. Si vous pouviez me régler d'ici le 20 (jour de paie chez nous), merci.",
      '2026-03-20',
    ],
    ['Total $640.\nPayment terms: the Friday after next.', '2026-03-13'],
    ['Total $640. Payment by Friday fortnight, please.', '2026-03-20'],
    ['Total R$ 400,00\nData limite de pagamento: 20/03/2026', '2026-03-20'],
    ['Totaal € 180,00\nTe betalen: onmiddellijk.', '2026-03-02'],
    [
      "Invoice 88 was due on February 20. I drove by Monday and the gate was locked. If you could mail the check so it reaches us by Friday the 13th, that'd be great.",
      '2026-03-13',
    ],
    [
      'Total $892.35, payable within 30 days.\n\nThe kiln is due for its annual before April 20, let me know when.',
      '2026-04-01',
    ],
    ['Total: $1,200.00\n\nPayable in full by the close of the fair, Saturday Mar. 14.', '2026-03-14'],
    ['Factuur 31: € 420. Het bedrag mag eind deze maand.', '2026-03-31'],
    [
      'Invoice 5, £400.\nAs set out in our terms, we collect by direct debit on the 10th of the month following the invoice date.',
      '2026-04-10',
    ],
    ['Total £640.\nWithin two weeks please, same as last time, and thanks again.', '2026-03-16'],
    [
      'Due date: 20th February 2026\nWe have not yet received payment. Kindly process within the next 48 hours.',
      '2026-03-04',
    ],
    ['Invoice 4, $300.\nDue: the Friday after Easter Monday (10/4).', '2026-04-10'],
    [
      "Bill 4, $900. Please pay no later than the Wednesday after St Patrick's Day, thanks (18 March).",
      '2026-03-18',
    ],
    ['Total 900 €, zahlbar binnen 14 Tagen nach Zugang dieser Rechnung.', '2026-03-16'],
    ['Total N120,000. Kindly make payment on or before the twentieth day of March, 2026.', '2026-03-20'],
    ['Invoice 9, £240. Payment by the third Thursday of next month, please.', '2026-04-16'],
    ['Total: $ 150.000. Condición de pago: contado.', '2026-03-02'],
    [
      "La facture 12 du 2 février arrivait à terme le 16 février; je n'ai pas encore reçu votre règlement.",
      '2026-02-16',
    ],
    ['Total 300 €. Pagamento até 15 dias após a receção da fatura.', '2026-03-17'],
    ['£90 all in, inv 12 attached. pls pay b4 thurs if poss thx', '2026-03-05'],
    ['Gesamt 600 €. Zahlbar bitte bis zum Heiligen Abend.', '2026-12-24'],
    ['Total $300, payable any time till Christmas Eve.', '2026-12-24'],
    ['Total $420\n\nPS 2nd Monday in April is fine for payment', '2026-04-13'],
    [
      'La cuisine est posée, je reviens poser le plan de travail mardi 10 mars.\n\nFacture 14 : 2 400 € TTC.\nLe règlement se fait le jour de la pose du plan de travail, merci.',
      '2026-03-10',
    ],
    [
      'Total: 640 €\n\nOs agradecería tenerlo pagado para la Fiesta de San Juan (lunes 23), gracias.',
      '2026-03-23',
    ],
    [
      'La factura de $80.000 venció. ¿Me lo podés transferir para el Día de la Bandera (viernes 20)?',
      '2026-03-20',
    ],
    [
      'Onze factuur van € 900,00 had vervaldag 15 februari. Mogen we u vragen het bedrag ten laatste tegen Sint-Jozef (donderdag 19 maart) over te schrijven?',
      '2026-03-19',
    ],
    ['Total: $1.200.000\nCondición de pago: el último día hábil de abril.', '2026-04-30'],
    ['Gesamt CHF 900.–\nZahlbar per Ende April.', '2026-04-30'],
    ['Total $9,000\nLe pido la transferencia de aquí al viernes 13 de marzo, porque cerramos.', '2026-03-13'],
    ['Rechnung 14 über 480 €. Wäre eine Überweisung bis zum Nationalfeiertag möglich?', '2026-10-26'],
    [
      'Orçamento: R$ 8.900,00. Consigo segurar esse valor até o Dia das Mães (10/5). Se fechar, o sinal de 40% até sexta (6/3).',
      '2026-03-06',
    ],
    [
      'Application for payment No. 2: £12,400.00\nThe final date for payment is 21 days after receipt of this application.',
      '2026-03-23',
    ],
    ['Total TTC : 900,00 €\nNos factures sont payables au comptant.', '2026-03-02'],
    [
      'Invoice 4, £400, dated today.\nThis will be collected by Direct Debit five working days after the invoice date.',
      '2026-03-09',
    ],
    ['Total Tk 45,000\nPayment may kindly be made within 5 (five) working days from today.', '2026-03-09'],
    ['Total ₹1,73,460. To block the date, 50% advance may kindly be paid by 20th itself.', '2026-03-20'],
    [
      'Orçamento total 9.000,00 €. Para confirmar, pedimos um sinal de 30 % até sexta-feira, 13 de Março.',
      '2026-03-13',
    ],
    ['Rechnung 4 über 300 €. Ich bitte um Überweisung bis zum zwanzigsten März, danke.', '2026-03-20'],
    ['Rechnung 7: 640 €\nDas Geld bitte bis Josefi (Do., 19. März) aufs Konto.', '2026-03-19'],
    ['Totaal € 640\nZoals elk jaar: betalen tegen Sint-Jan, als het seizoen gedaan is.', '2026-06-24'],
    [
      'Re: Rechnung 4 (480 €)\nHallo Frau Kogler,\n\npasst, dann am 31. März. Die Rechnung haben Sie ja schon.',
      '2026-03-31',
    ],
    [
      'Re: facture 2026/118 (2 420,00 €)\nMadame,\n\nPas de souci, va pour le vendredi 13 mars comme vous le proposez.',
      '2026-03-13',
    ],
    ['Re: fatura 12 (R$ 486,00)\nPode sim! Fica combinado pro dia 12.', '2026-03-12'],
    ['Total 1 200,00 €\nPaiement à 30 jours fin de mois le 10, par virement.', '2026-05-10'],
    ['Total 1 200,00 €\nPaiement à 45 jours fin de mois le 15.', '2026-05-15'],
  ])(
    'reads the day as field-wording-33 to -39 word it, and the last misses of older sets: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    ['Pode fazer a transferência até ao dia trinta de abril. Total 604,20 €', '2026-04-30'],
    [
      "Facture n° 14, Fr. 3'400.–. Je vous serais reconnaissante de me la régler au plus tard le trente et un mars.",
      '2026-03-31',
    ],
    ['Facture 31, 480 €. Merci de procéder au règlement pour le vingt prochain au plus tard.', '2026-03-20'],
    ['Fatura 31, 480 €. Pode pagar até o dia vinte e oito que vem?', '2026-03-28'],
  ])(
    'reads a day written in words in French and Portuguese, with its month or without: "%s" as %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    [
      'Re: factuur MK-2704\nDag Luc,\n\nMaandag is goed, geen probleem. Ik noteer het.\n\nDe factuur was vervallen op 27 februari.',
      '2026-03-09',
    ],
    [
      'RE: Invoice BP-0931\nHi Declan,\n\nNo bother at all - Friday the 13th it is, I have marked it in the book.',
      '2026-03-13',
    ],
    [
      'RE: factura F001-000231\nEstimado Julio:\n\nClaro que sí, el viernes 20 está bien, quedamos así.',
      '2026-03-20',
    ],
  ])('reads the day a reply accepts for paying: "%s" as %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('reads no deadline from a day a reply accepts for lunch', () => {
    expect(
      extractDueDate('Re: Lunch\nHi Sam,\n\nFriday the 13th it is, see you at noon.', reading),
    ).toBeNull();
  });

  it('reads no deadline from "the latest" that names something new', () => {
    expect(extractDueDate('Our latest invoice, £600, went out on 20 February.', reading)?.dueDate).not.toBe(
      '2026-02-20',
    );
    expect(
      extractDueDate('Here is the latest 12 March schedule for the crew, £600 in total.', reading),
    ).toBeNull();
  });

  it('reads no deadline from someone else promising to send something', () => {
    expect(
      extractDueDate('Balance due: £480.00\n\nJonas will send the floor plans by 20 March.', reading),
    ).toBeNull();
  });

  it.each([
    ['the sender paying on a day of their own', 'Je vais régler le 10 du mois prochain.'],
    ['a parcel expected on a day', 'Votre colis est attendu le 5 mars.'],
    ['a delivery time under a bare label', 'Valor: 2.850 € + IVA. Prazo: 6 semanas.'],
    ['an hour said in words', 'Facture 31, 480 €. Merci de régler avant six.'],
    ['credit given, not a credit period', "We'll credit 30 days of hosting to your account."],
    ['a postscript about the sender', `${POSTSCRIPT_HEAD}P.S. I'm away until the 20th, so texts are best.`],
    [
      'a visit day that suits after a price',
      'ok pour moi, je vous le fais à 650 € tout compris, mardi ça vous va ?',
    ],
    [
      'a lesson booked for a day',
      'Recebemos o pagamento de 150 €. A primeira aula fica marcada para sábado às 10h.',
    ],
    [
      'an early month wished for a start of work',
      "We're happy to go ahead with your quote of £1,200. Early April would be ideal.",
    ],
    [
      'a launch planned for a day',
      'Seguimos dentro del presupuesto de 15.000 €. El lanzamiento sigue previsto para el 10 de mayo.',
    ],
  ])('reads no deadline from %s', (_, text) => {
    expect(extractDueDate(text, reading)).toBeNull();
  });

  it.each([
    ['Vielen Dank für Ihre Zahlung am Freitag!'],
    ['Merci pour votre paiement vendredi, bien reçu.'],
    ['Zahlung am 27.02. erhalten, danke.'],
  ])('reads no deadline from a payment already made: "%s"', (text) => {
    expect(extractDueDate(text, reading)).toBeNull();
  });

  it.each([
    [
      'a new date under its own label',
      'Invoice 88, £420, was due on 20 February.\nNew date: Friday 13 March',
      '2026-03-13',
    ],
    [
      'a "neuer Termin" in a list under the passed day',
      'Rechnung 88\n– ursprünglich fällig: 20. Februar\n– neuer Termin: Montag, 16. März',
      '2026-03-16',
    ],
    [
      'a month the money is still wanted in',
      'Die Rechnung 88 über 420 € war am 20. Februar fällig. Könnten Sie den Betrag noch im März überweisen?',
      '2026-03-31',
    ],
    [
      'a Dutch "nog in maart"',
      'Factuur 88 van € 420 verviel op 20 februari. Kunt u het nog in maart overmaken?',
      '2026-03-31',
    ],
    [
      "the invoice's own terms, counted from its date, as the day that passed",
      'Invoice 12 (dated 10 February), £300, is still open. Terms: 14 days from invoice date.',
      '2026-02-24',
    ],
    [
      'terms said in the past tense',
      'Invoice 12 dated 10 February, £300, is still open. Terms on that invoice were 14 days from invoice date.',
      '2026-02-24',
    ],
  ])('after a passed due day, reads %s', (_, text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('reads a new date for something else as no deadline when no due day has passed', () => {
    expect(
      extractDueDate(
        'Invoice 88: £420, payment within 30 days. The rehearsal has moved, new date: Monday 16 March.',
        reading,
      )?.dueDate,
    ).toBe('2026-04-01');
  });

  it.each([
    ['Could you pay invoice 12 ($300) before Thanksgiving Monday?', '2026-10-12'],
    ["Facture 12, 300 $. Est-ce possible de faire le virement d'ici l'Action de grâce?", '2026-10-12'],
    ['Could you pay invoice 12 ($300) before Thanksgiving?', '2026-11-26'],
  ])("tells Canada's Thanksgiving from the American one: %s", (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'a day gone, said with its weekday',
      'Invoice 12: $300. Payment is due 30 days after the festival wraps (last night was Sunday the 1st).',
      '2026-03-31',
    ],
    [
      'a whole date',
      'Factuur 12: € 300. Te betalen binnen 30 dagen na het einde van de kermis (zondag 1 maart).',
      '2026-03-31',
    ],
    [
      'a day to come',
      'Invoice 12: £300. The balance is payable 14 days before the wedding party (Saturday 11 April).',
      '2026-03-28',
    ],
  ])('counts a period from the event day in brackets after it: %s', (_, text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('takes the day in brackets as the deadline itself when the mail names the day it counts from', () => {
    expect(
      extractDueDate(
        'Kamp: ma 16/3 – start om 9u.\n\nBetaling:\n• via overschrijving, € 145\n• uiterlijk 8 dagen vóór de start (zo 8/3)',
        reading,
      )?.dueDate,
    ).toBe('2026-03-08');
  });

  it.each([
    ['Invoice 12 ($315) went past due on the 20th.', '2026-02-20'],
    ['Invoice 12 ($315) has been overdue since the 20th.', '2026-02-20'],
  ])('reads a bare day after lateness words as the one gone: %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Fatura 27, total 980,00 €. O pagamento deverá ser efetuado no prazo de 30 dias a contar da última sessão (sábado, 28 de fevereiro).',
      '2026-03-30',
    ],
    [
      'Fatura 27: R$ 980,00. Pagamento em 15 dias contados do encerramento da feira (domingo, 01/03).',
      '2026-03-16',
    ],
    ['Fatura n.º 27\nTotal: 980,00 €\nCondições de pagamento: 30 dias fim de mês', '2026-04-30'],
  ])(
    'reads Portuguese periods counted from a day the mail names, or to a month end: %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    [
      'La factura 27, de 980 €, venció el 20 de febrero. Le agradeceríamos que quedara saldada antes de la próxima visita, el lunes 16 de marzo.',
      '2026-03-16',
    ],
    [
      'La factura 27 por $ 98.000 vencía el viernes 20. Te pido que me la transfieras el viernes 6, que cierro el mes.',
      '2026-03-06',
    ],
  ])('after a passed due day, reads the day a Spanish request asks for: %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['Invoice 5, $300. Please pay by the Friday after 16 March.', '2026-03-20'],
    [
      'Fatura 5, 300 €. Agradecíamos a liquidação até à sexta-feira a seguir ao feriado de 16 de março.',
      '2026-03-20',
    ],
  ])('reads the first such weekday after a date named: %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it("keeps a weekday's own date said after a comma, not the next such weekday", () => {
    expect(
      extractDueDate('Invoice 5, $300, no later than the Tuesday after the fair, 17 March.', reading)
        ?.dueDate,
    ).not.toBe('2026-03-24');
  });

  it('reads the eve of a feast as the day before it', () => {
    expect(
      extractDueDate('NF-e 612, R$ 3.360,00. Pode me pagar até a véspera de São João.', reading)?.dueDate,
    ).toBe('2026-06-23');
  });

  it('reads the eve of Easter once, Easter already reading as its eve', () => {
    expect(extractDueDate('Fatura 5, R$ 300. Pode pagar até a véspera da Páscoa.', reading)?.dueDate).toBe(
      '2026-04-04',
    );
  });

  it.each([
    ['Invoice 4, $300. Pay it anytime the first week of April.', '2026-04-07'],
    ['Rechnung 4, 300 €, zahlbar in der ersten Aprilwoche.', '2026-04-07'],
    ['Invoice 4, $300. Please pay by the beginning of April.', '2026-04-01'],
  ])('reads the first week of a month to its 7th, and its beginning as its 1st: %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it("reads the Monday after Switzerland's day of prayer, not the next Monday", () => {
    expect(
      extractDueDate(
        "Facture 4, 300 CHF. Nous vous serions reconnaissants de bien vouloir la régler d'ici au lundi du Jeûne fédéral.",
        reading,
      )?.dueDate,
    ).toBe('2026-09-21');
  });

  it('reads a bare day after "was already due" as the one gone', () => {
    expect(
      extractDueDate(
        'Invoice 12 ($300): dated 5 February, net 15, so it was already due on the 20th.',
        reading,
      )?.dueDate,
    ).toBe('2026-02-20');
  });

  it.each([
    [
      "an event named with its day after 'van'",
      'Totaal SRD 4.800,00. Het bedrag graag vóór de zangwedstrijd van zaterdag 25 april op het plein.',
      '2026-04-25',
    ],
    [
      "'prompt nach Erhalt'",
      'Rechnung T-11: Gesamt € 690,00. Zahlbar prompt nach Erhalt, ohne Abzug.',
      '2026-03-02',
    ],
    [
      "a direct debit's day after words about the mandate",
      'Gesamtbetrag 268,23 €. Der Rechnungsbetrag wird gemäß dem uns erteilten SEPA-Lastschriftmandat (Mandatsreferenz HVK-0042) am 20.03.2026 von Ihrem Konto eingezogen.',
      '2026-03-20',
    ],
    [
      "'the close of the month'",
      'Invoice 2711: S$1,635.00. It falls due at the close of the month.',
      '2026-03-31',
    ],
    ['banking days', 'Invoice 31: USD 650.00. Payment within 5 banking days via Wise.', '2026-03-09'],
    [
      'unchanged terms from the original invoice date',
      'Revised invoice 0412-R is attached for £5,400.00. The terms are unchanged, 30 days from the original invoice date of 12 February.',
      '2026-03-14',
    ],
    [
      "the eve's own day in brackets",
      'Total: R$ 1.485,00. O Pix pode ser feito até a véspera da festa (dia 16), chave CNPJ.',
      '2026-03-16',
    ],
    [
      'a weekday counted in the following month',
      'Invoice #: PAV-0412 Total $3,168.00\nTerms: 2nd Friday of following month',
      '2026-04-10',
    ],
    [
      "a month's short form with its dot in a short reply",
      'RE: Invoice 7 - body paint\nNoted, Mar. 18 is ok. Thank you.',
      '2026-03-18',
    ],
    [
      'a period from an event whose day was said in the past tense',
      'Nota fiscal: R$ 8.545,50. O pagamento fica para dez dias depois da entrega, que fizemos na sexta, 27/02.',
      '2026-03-09',
    ],
    [
      "a period from an event with the day worked out after 'o sea'",
      'Saldo: $13,920.00 MXN. El saldo se liquida a los 15 días de la posada, o sea el domingo 15 de marzo.',
      '2026-03-15',
    ],
    [
      "'a los 30 días de' an event dated elsewhere",
      'La suma de $1.140.000 por 120 porciones servidas en la novena del 20 de febrero. Como quedamos, el pago es a los 30 días de la novena.',
      '2026-03-22',
    ],
  ])('reads %s', (_, text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('counts a period from a function, dated under its label, as from any other occasion', () => {
    expect(
      extractDueDate(
        'Function: Sangeet, 26.02.2026\nGrand Total Rs. 1,00,890.00\nBalance is to be cleared within 7 days of the function.',
        reading,
      )?.dueDate,
    ).toBe('2026-03-05');
  });

  it('counts a period from "the date of" a document the mail dates where it names it', () => {
    expect(
      extractDueDate(
        'Re: Shop fit-out – Final Account\n\nFurther to the Practical Completion Certificate issued by Mr Okafor of Stour Architects, dated 20/02/2026 (copy attached), please find our invoice INV-2719 for the final account.\n\nTotal payable £9,205.80\n\nIn accordance with clause 4.3 of the contract, payment is due within 14 days of the date of the Practical Completion Certificate.',
        reading,
      )?.dueDate,
    ).toBe('2026-03-06');
  });

  it.each([
    [
      'Balance $1,825.69. Per our rental agreement the balance is net 10 from the event date, so that puts it at Tuesday 3/10.',
      '2026-03-10',
    ],
    ['Invoice 5: $300. Terms are net 30 from delivery, which takes us to 27 March.', '2026-03-27'],
  ])('reads the day net terms are worked out to after what they count from: %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'Invoice 0833: Total £215.00\nPayment a week today please, bank details are at the bottom of the invoice.',
      '2026-03-09',
    ],
    [
      'Rechnung 2026/58: Gesamt € 285,00. Wenn Sie es bis Maria Empfängnis überweisen, passt das wunderbar.',
      '2026-12-08',
    ],
    ["Total CHF 4'172.66\nZahlbar bis Ende Jahr.", '2026-12-31'],
  ])('reads a day named without a deadline word or in a regional form: %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it("counts a due word's period of delivery from the delivery the mail dates, not from the send day", () => {
    expect(
      extractDueDate(
        'Delivered Tuesday 24 February. Invoice 5: £300, payable within 14 days of delivery.',
        reading,
      )?.dueDate,
    ).toBe('2026-03-10');
  });

  it('reads no day from the send day for a period counted back from an event', () => {
    expect(
      extractDueDate(
        'Kamp: ma 16/3 – start. Factuur 5, € 300. Te betalen uiterlijk 8 dagen vóór de start.',
        reading,
      )?.dueDate,
    ).not.toBe('2026-03-10');
  });

  it('counts net terms "from date of service" from a "Service date:" label', () => {
    expect(
      extractDueDate(
        'INVOICE IDS-2811\nService date: 20/02/2026\nTOTAL $1,667.50\nTerms: Net 15 from date of service.',
        reading,
      )?.dueDate,
    ).toBe('2026-03-07');
  });

  it.each([
    [
      'Delivered 12 January, and our terms are 30 days from delivery so it fell due on 11 February. Could you get it paid by Friday 6 March?',
      '2026-03-06',
    ],
    ['Invoice 77, £120. Our terms are 30 days from delivery, so it was due 11 February.', '2026-02-11'],
  ])('does not count a period from the day it was already worked out to: %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      "Our trading terms are 30 days from end of month, so December's invoices fell due on 30/1. Could you pop it through by Friday?",
      '2026-03-06',
    ],
    [
      'Statement: £880. Trading terms are 45 days from end of month, so this one falls due on 15/4.',
      '2026-04-15',
    ],
  ])(
    'takes the day terms from a month end were worked out to over a count from the send month: %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    [
      "Just a nudge on invoice 44 for the hedge job (cut and cleared, done 2/2). It had 20/2 on it as the due date.\n\nHedges      $400.00\nGreen waste  $80.00\nTotal       $480.00\n\nNo dramas about the delay, I know what it's like this time of year. Could you get it squared away by Friday (6/3)?",
      '2026-03-06',
    ],
    [
      "Corrected invoice NAT-12R attached, amount due $950.00. Terms don't change: 30 days from the original invoice date of 5 February 2026.",
      '2026-03-07',
    ],
    [
      'Geen probleem. Stort € 1.700,00 tegen het einde van deze maand, en de rest als de kast klaar is.',
      '2026-03-31',
    ],
  ])(
    'reads a passed day named as "the due date", unchanged terms and Flemish "tegen het einde": %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it.each([
    ['La facture reste impayée. Pourriez-vous procéder au règlement avant le vingt du mois ?', '2026-03-20'],
    ['Zou je het bedrag uiterlijk de vijftiende van deze maand willen overmaken?', '2026-03-15'],
  ])('reads a day of this month written in words: %s', (text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('reads no deadline in a visit after "swing back by"', () => {
    expect(
      extractDueDate(
        "Total: $205.00\n\nPlease pay within 15 days. I'll swing back by on the 26th to make sure nothing's rebuilding.",
        reading,
      )?.dueDate,
    ).toBe('2026-03-17');
  });

  it('reads a period worked out to a bare day gone by as passed, so the new day asked for wins', () => {
    expect(
      extractDueDate(
        "Our terms are seven days from the day of the event, so it was due on the 23rd. Could you see that it's paid by the end of next week?",
        reading,
      )?.dueDate,
    ).toBe('2026-03-13');
  });

  it.each([
    [
      'Attached is invoice 1274.\n\nInvoice date: 27 February 2026\nDue: 10 days net\n\nTotal $3,640.80',
      '2026-03-09',
    ],
    [
      'TOTAL £525.00\n\nI am not VAT registered.\nPayment terms: strictly 14 days. Cheque or bank transfer.',
      '2026-03-16',
    ],
    ['Total - ₦1,026,000\n\nPayment window: 10 days. Kindly pay into Emeka POP Designs.', '2026-03-12'],
  ])(
    'reads terms under a "Due:" label from the invoice date, "strictly" and a "payment window": %s',
    (text, expected) => {
      expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
    },
  );

  it('counts terms from a day named far after "from", once the words reach it', () => {
    expect(
      extractDueDate(
        'Invoice PS-61, total $5,394.60. Our terms are net 20 from the day the lot reopened to traffic, which was Thursday, 26 February. Thanks, Kyle',
        reading,
      )?.dueDate,
    ).toBe('2026-03-18');
  });

  it.each([
    ['a British "a week Friday"', 'Invoice 7 for £420 attached. Can you pay it a week Friday?', '2026-03-13'],
    [
      'a period "from today" with the day it comes to in brackets',
      'Invoice 9, total $1,710.00. Payment due 3 weeks from today (March 23). Cheque or e-transfer.',
      '2026-03-23',
    ],
    [
      'a cheque to get to the sender, in a sentence that also says they are closed',
      "Invoice 14: $385.00.\n\nWe're closed for the holiday, so please get the check to us by Thursday the 12th if you can.",
      '2026-03-12',
    ],
    [
      'terms after a deadline for the client\'s accounts, not for paying ("balance sheet")',
      'Invoice 88 attached: $900.\n- P&L and balance sheet are in the shared folder\n\nYour accountant wants the documents by Friday 6 March.\n\nTerms: Net 15 EOM.',
      '2026-04-15',
    ],
    [
      'a period from a conference whose day the mail gives',
      'See you at the conference on Friday 20 March. Invoice 5, total €900.00. Payment terms: 30 days from the date of the conference.',
      '2026-04-19',
    ],
  ])('reads %s', (_, text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('reads the day named after a comma once the deadline has named the moment it falls on', () => {
    expect(
      extractDueDate(
        'Claim 1: $9,790.00. The 50% is payable no later than fit-out start, Wednesday 11 March. The sheds arrive at our yard on Monday 9 March.',
        reading,
      )?.dueDate,
    ).toBe('2026-03-11');
  });

  it.each([
    [
      'Spanish "30 d.f.f." (días fecha factura)',
      'Total a pagar 620,10 €\nForma de pago: transferencia a 30 d.f.f. a la cuenta ES91 2100.',
      '2026-04-01',
    ],
    [
      'German shorthand "zahlb. innerh. 30 Tg."',
      'Gesamt 5.798,28 €\nZahlungsbed.: zahlb. innerh. 30 Tg. o. Abzug',
      '2026-04-01',
    ],
    [
      'Dutch "te voldoen binnen 14 dgn."',
      'Totaal € 340,00.\nTe voldoen binnen 14 dgn. o.v.v. het factuurnummer.',
      '2026-03-16',
    ],
    ['a German "Zahlungstermin"', 'Gesamtbetrag 251,80 €\nZahlungstermin: 16.03.2026', '2026-03-16'],
    [
      'a Dutch direct debit with the amount first',
      'Abonnement € 245,00.\nHet bedrag wordt op woensdag 11 maart via automatische incasso van uw rekening afgeschreven.',
      '2026-03-11',
    ],
    [
      'a period from a date labelled as one German word',
      'Rechnungsdatum: 02.03.2026\nLieferdatum: 27.02.2026\nRechnungsbetrag 822,83 €\nZahlbar innerhalb 21 Tagen ab Lieferdatum ohne Abzug.',
      '2026-03-20',
    ],
    [
      'a Brazilian "boleto para 10 dias"',
      'Valor total: R$ 1.250,00\nPagamento: boleto para 10 dias (segue em anexo).',
      '2026-03-12',
    ],
    [
      'a feast named as its day, its date in brackets, then the weekday and day said again',
      'Total $20,474.00\nFavor de liquidar antes del día de San José (19 de marzo), es decir, el miércoles 18 como último día.',
      '2026-03-18',
    ],
  ])('reads %s', (_, text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    ['calendar days', 'Invoice 61 for $500 attached. Payment within 30 calendar days.', '2026-04-01'],
    [
      "a reminder's own days, counted from the reminder",
      'Totaal te betalen € 1.564,60. Wij verzoeken u dit bedrag te betalen binnen tien kalenderdagen na deze aanmaning.',
      '2026-03-12',
    ],
    [
      'a new day asked for with its verb last, after the passed one',
      'Factuur KB-14 van 21/01 staat nog open: € 566,28. Die was betaalbaar binnen de 30 dagen, dus tegen 20/02. Mogen we u vragen het bedrag nog in maart over te schrijven?',
      '2026-03-31',
    ],
    [
      'a due day named as a meeting, then its weekday and date',
      'Totaal € 3.206,50.\nVervaldag: de dag van de volgende werfvergadering, dinsdag 17 maart, twee dagen voor O.-L.-H.-Hemelvaart. Dan overlopen we ook de offerte.',
      '2026-03-17',
    ],
    [
      'a due day named as a moment, then its date after a comma',
      'A fatura FT 112, de 14 de fevereiro, tinha vencimento a 28 de fevereiro e ainda não consta como paga. Total 328,41 €. Agradecemos o pagamento até ao dia em que a licença caduca, 15 de março.',
      '2026-03-15',
    ],
    [
      'terms from a delivery with the day they come to in brackets ("vence el")',
      'Fecha de entrega según carta porte: 25/02/2026\nTotal: $43,120.00 MXN\nCondiciones: crédito a 30 días naturales a partir de la fecha de entrega (vence el 27 de marzo de 2026).',
      '2026-03-27',
    ],
  ])('reads %s', (_, text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'French "à récep." for on receipt',
      'Total à payer 488,00 €\nRèglement à récep. de facture, par virement.',
      '2026-03-02',
    ],
    [
      'Flemish "betaalbaar op drie weken"',
      'Totaal € 508,80\nBetaalbaar op drie weken, op BE80 0018 2944 7177.',
      '2026-03-23',
    ],
  ])('reads %s', (_, text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'a bill of lading dated in the mail',
      'Invoice CS-114, USD 11,175.00.\nB/L No. COL2602271170, dated 27.02.2026\nPayment: by T/T within 7 days from B/L date.',
      '2026-03-06',
    ],
    [
      'a delivery docket dated in the mail',
      'Invoice DRM-12 for the rice delivered on Friday, delivery docket dated 27/02/2026. Payment please within 7 days of the docket date.',
      '2026-03-06',
    ],
  ])('counts the terms from the day of %s ("within 7 days from B/L date")', (_, text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    'Angebot A-31: zwei Schlitten, 2.400 €, 30 % Anzahlung bei Auftrag. Preisbindung bis 30.04.2026, danach muss ich neu kalkulieren.',
    'Cotización: 40 botellas, $9,600 MXN, 50 % de anticipo. Precios vigentes hasta el 20 de marzo; después sube el aguardiente.',
    'Voorstel: € 1.450 voor de teamdag, aanbetaling 30 %. Dit voorstel geldt ten laatste tot vrijdag 20 maart; daarna geven we de datum vrij.',
    "Offerte Lagerküche: CHF 8'533.00, Anzahlung 20 %. Bis am 31. März bin ich an diese Offerte gebunden.",
  ])('reads no due day from how long an offer stands: "%s"', (text) => {
    expect(extractDueDate(text, reading)).toBeNull();
  });

  it('reads the first instalment where its day comes before "fällig", not the next one after it', () => {
    expect(
      extractDueDate(
        'Gesamt 2.772,00 €\nDrei Raten zu je 924,00 €: die erste Rate wird am 1. April fällig, die zweite am 2. Mai und die dritte am 3. Juni.',
        reading,
      )?.dueDate,
    ).toBe('2026-04-01');
  });

  it.each([
    [
      'a new day agreed in a reply ("let\'s say Monday, March 16")',
      "Re: Invoice LC-19\nHi Jenna,\n\nNo problem, let's say Monday, March 16 then. I've updated LC-19 on my end.",
      '2026-03-16',
    ],
    [
      'the day the sender will expect the money',
      "That's fine, I know how it goes. I'll expect it by 31 March, and I've made a note of that against AH-1231.",
      '2026-03-31',
    ],
    [
      '"before the month is over"',
      'Invoice MB-71 ($8,280.00) is still open. Please have it paid before the month is over.',
      '2026-03-31',
    ],
    [
      '"before next week is out"',
      "I'd really appreciate getting invoice 0117 ($975) paid. Could you get it to me before next week is out?",
      '2026-03-13',
    ],
    [
      'an occasion of ours in small letters, its weekday and day in brackets',
      'Invoice CS-06, $1,080.00, is still open. Could you fix this one up by our next home game (Saturday the 14th)?',
      '2026-03-14',
    ],
  ])('reads %s', (_, text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it.each([
    [
      'terms "off" the original invoice date, with the day they come to',
      'Invoice SM-3318 again, now with the PO: $2,307.05.\nTerms: net 30 off the original 2/20 invoice date, which puts it at 3/22. If your system needs the invoice date moved to today, let me know.',
      '2026-03-22',
    ],
    [
      'the same terms counted from today, the day said after a colon',
      "Corrected invoice GG-11-R: $1,880.00.\nPayment terms are the same 15 days, counted from today's corrected copy: Tuesday, March 17.",
      '2026-03-17',
    ],
    [
      'a due date that moves by itself',
      'Corrected invoice 30-212A attached, £216.00. Please bin the old one. The due date moves on a week with the new copy, to Friday 20 March.',
      '2026-03-20',
    ],
  ])('reads %s', (_, text, expected) => {
    expect(extractDueDate(text, { ...reading, isDayFirst: false })?.dueDate).toBe(expected);
  });

  it.each([
    [
      'a Dutch "Uiterste betaaldag"',
      'Factuurnummer: 2026-0301\nUiterste betaaldag: 31-03-2026\nTotaal € 689,70',
      '2026-03-31',
    ],
    [
      'a bilingual "Payment term: 14 dni / 14 days"',
      'Faktura / Invoice 03/2026: EUR 8,960.00\nTermin płatności / Payment term: 14 dni / 14 days',
      '2026-03-16',
    ],
    [
      'an EFT asked for in a sentence that also says the sender is closed',
      "Balance due R93 150,00\nWe'd appreciate the EFT by Thursday 12 March - we're closed on Friday for the long weekend.",
      '2026-03-12',
    ],
  ])('reads %s', (_, text, expected) => {
    expect(extractDueDate(text, reading)?.dueDate).toBe(expected);
  });

  it('reads no day from terms counted from an acceptance the mail does not date', () => {
    expect(
      extractDueDate(
        'Amount payable S$13,243.50.\nPayment term: 60 days from date of acceptance of claim, as per the contract.',
        reading,
      ),
    ).toBeNull();
  });

  it("reads no due day from the sender's own promise to send something by a day", () => {
    expect(
      extractDueDate(
        "Invoice 12: balance of $1,200. You can pay by card through the link.\n\nI'll send the summary report the week after, by 20 March.",
        reading,
      ),
    ).toBeNull();
  });

  it('leaves relative terms unknown without a send time', () => {
    expect(extractDueDate('Net 30', { isDayFirst: true })).toBeNull();
    expect(extractDueDate('due 18 March', { isDayFirst: true })).toBeNull();
  });
});
