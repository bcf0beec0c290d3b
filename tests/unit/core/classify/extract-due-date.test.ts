import { describe, expect, it } from 'vitest';
import { extractDueDate } from '../../../../src/core/classify/extract-due-date';

// Monday 2 March 2026, 10:00 UTC.
const SENT_AT = Date.UTC(2026, 2, 2, 10);
const reading = { referenceAt: SENT_AT, isDayFirst: true };

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
  ])('finds no due date in %s', (_, text) => {
    expect(extractDueDate(text, reading)).toBeNull();
  });

  it('leaves relative terms unknown without a send time', () => {
    expect(extractDueDate('Net 30', { isDayFirst: true })).toBeNull();
    expect(extractDueDate('due 18 March', { isDayFirst: true })).toBeNull();
  });
});
