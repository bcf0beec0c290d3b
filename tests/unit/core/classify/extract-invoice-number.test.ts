import { describe, expect, it } from 'vitest';
import {
  extractInvoiceNumber,
  extractInvoiceNumberFromFileNames,
  extractInvoiceNumberFromSubject,
} from '../../../../src/core/classify/extract-invoice-number';

describe('extractInvoiceNumber', () => {
  it.each([
    ['Please pay INV-0042 by Friday.', 'INV-0042'],
    ['Invoice #1043 is attached.', '1043'],
    ['Invoice No. 2026/17 for the spring work', '2026/17'],
    ['Rechnung Nr. 4711 vom 01.03.2026', '4711'],
    ['Rechnungsnummer: RE-2026-031', 'RE-2026-031'],
    ['facture n° F-2026-12 du 2 mars', 'F-2026-12'],
    ['Factura nº 0098', '0098'],
    ['Factuurnummer 2026-007', '2026-007'],
    ['fatura número 5521', '5521'],
    ['invoice INV-3112, which remains overdue', 'INV-3112'],
    ['Invoice number: A-17.', 'A-17'],
    ['the deposit (invoice #001):', '001'],
    ['Hier ist die Rechnung (Nr. 3302) für den Druck', '3302'],
    ['la facture de mai (n° 2026-05-2) est jointe', '2026-05-2'],
    ['the last invoice of the season: #2026-140', '2026-140'],
    ['factuurnummer 2026.051 voor april', '2026.051'],
    ['fatura n.º 61/2026 em anexo', '61/2026'],
    ['factura núm. FAC-207 de abril', 'FAC-207'],
    ['facture 64 pour la séance de mardi', '64'],
    ['la factura 45 de 300 € sigue pendiente', '45'],
    ['Factuur 12 (€ 300) staat nog open', '12'],
    // German names an invoice by what it charges; a prefix may carry a series before the digits.
    ['anbei unsere Kostenrechnung Nr. 2027/0312 für die Anmeldung', '2027/0312'],
    ['meine Honorarrechnung 27-04 für den April', '27-04'],
    ['The retainer for May is attached: €2,400 (INV-MAY27-KL).', 'INV-MAY27-KL'],
    // A series in capitals, a space, and the number, after an invoice word or label.
    ['Invoice KT 27 118 comes to £540 with VAT.', 'KT 27 118'],
    ['Invoice PS 5120 is attached for the spring fair.', 'PS 5120'],
    ['Rechnungsnummer: ZB 2027/031', 'ZB 2027/031'],
    ['Facture n° MT 2027 014', 'MT 2027 014'],
    // A statement row marked paid is not the one chased.
    ['INV-B-2210   3 Feb   £800.00   paid\nINV-B-2250   3 Mar   £800.00   overdue', 'INV-B-2250'],
    // An instalment's place in the series is not its number.
    ['Abschlagsrechnung 1 – Wärmepumpe\ndie erste Abschlagsrechnung (AR-26031) für den Einbau', 'AR-26031'],
    ['Abschlagsrechnung 2/3\nanbei die zweite Abschlagsrechnung (Nr. SK-2026-221)', 'SK-2026-221'],
    // The invoice a credit note cancels is not the one asked for.
    ['credit note CN-014 against invoice 2026-088, and a new invoice 2026-093 for £720', '2026-093'],
    ['anbei die Gutschrift zur Rechnung 1187 und die korrigierte Rechnung 1192', '1192'],
    ['un avoir sur la facture F-88 et la nouvelle facture F-91', 'F-91'],
    ['The invoice number is 1043 and the total is $800.', '1043'],
    ['the invoice (ID 2026-118) is attached', '2026-118'],
    ['Sollecito: fattura n. 123 del 2 marzo', '123'],
    ['our invoice dated 3 November (No. 41) is overdue', '41'],
    ['attached: Invoice-041.', '041'],
    ['attached is invoice INV.041.', 'INV.041'],
    ['| Invoice # | 0041 |', '0041'],
    ['Invoice #   0041\nTotal   $800.00', '0041'],
    ['**Invoice:** 0041\n**Amount due:** $800', '0041'],
    ['segue a NF 41 de R$ 800,00', '41'],
    ['our fee note FN-2026-0917 falls due today', 'FN-2026-0917'],
    ['Invoice INV 2026 045 – kitchen rewiring', 'INV 2026 045'],
    ["Sending over the invoice for the family shoot - it's number 45 if your accounts people ask.", '45'],
    ['Invoice dated 23 November 2026, no. 0983-B, for the oak staircase.', '0983-B'],
    ['Rechnung Nr.: 26 / 311', '26 / 311'],
    ['notre facture no 26.114 pour les relevés', '26.114'],
    ['la factura folio 4521 por $18,500.00 MXN', '4521'],
    ['Factuurnummer: INV-NL-0091', 'INV-NL-0091'],
    ['segue a fatura FT 2026/318 no valor de 800,00 €', 'FT 2026/318'],
    ['Fatura-recibo FR A/45 em anexo', 'FR A/45'],
    ['Rechnung (Zahlungsaufforderung Nr. 4471)', '4471'],
    ['de factuur, onze vordering nr. 4471', '4471'],
    ['the invoice for the staircase, no. 4471', '4471'],
    ["Our bill 118/26 for £1,450 is attached; we'd be grateful for payment by the 15th.", '118/26'],
    ['Order            ORD-55901\nInvoice          PJ-1287\nDue              31 Oct 2026', 'PJ-1287'],
    ['Cliente n.º 7781\nFatura n.º CVR 26/412\nTotal: 87,60 €', 'CVR 26/412'],
    ['The invoice for the menu boards (K-88) was due on 30 September.', 'K-88'],
    ['kurze Erinnerung an die 58er Rechnung (1.240 €)', '58'],
    ['AMOUNT DUE ........ $1,975.00\nINVOICE ........... 00214', '00214'],
    ['Le remitimos la minuta de honorarios 2026/T1-045, por importe de 363,00 €.', '2026/T1-045'],
    ['Te reenvío la factura B 0005-00002291 del 4 de marzo.', '0005-00002291'],
    ['Factura:            E002-00000731\nFecha de emisión: 03/05/2027', 'E002-00000731'],
    ['lembramos que a fatura FT B/2027/88 continua por liquidar', 'FT B/2027/88'],
    ['the April invoice for the fencing (TK-27-114, €980 in all) is still open', 'TK-27-114'],
    ['El número correcto de la factura es H-0614, no H-0641 como le dije.', 'H-0614'],
    ['Sorry, the correct invoice number is 2027-118, not 2027-181.', '2027-118'],
    ['Rechnungsnummer:     R27-0140\nabzgl. Abschlagsrechnung R27-0082 (netto)', 'R27-0140'],
    ['Le hacemos llegar la factura electrónica E001-377 por el almuerzo.', 'E001-377'],
    ['Factuurnummer:          2027 0011\nFactuurdatum:           06-01-2027', '2027 0011'],
  ])('reads %s as %s', (text, expected) => {
    expect(extractInvoiceNumber(text, false)?.invoiceNumber).toBe(expected);
  });

  it.each(['Invoice EUR 300 is attached.', 'Factura IVA 21 incluido.'])(
    'takes no currency or tax in capitals for a series: %s',
    (text) => {
      expect(extractInvoiceNumber(text, false)).toBeNull();
    },
  );

  it.each([
    ['an amount after the word invoice', 'The invoice 1,800.00 is attached'],
    ['a date after the word invoice', 'the invoice 15 March'],
    ['a word that only starts like one', 'The inventory list is attached'],
    ['a name ending in "id" after the invoice word', 'the invoice for David 118 pages'],
    ['the rest of a word after its first letters', 'Involved parties: see the Invoicing-policy page'],
    ['an amount to quote with a transfer', 'Invoice attached. Please quote 1.200,00 with the transfer.'],
    ['a placeholder', 'Invoice #⟦⟧ is attached'],
    ['a quote number', 'Angebotsnummer 2026-14'],
    ['a count of invoices', 'This is invoice 2 of 3 for the build.'],
    ['a day after the word invoice', 'Factura 15 de mayo adjunta'],
    ['a length after the word invoice', 'The invoice 30 days ago was paid.'],
    ['a German amount after the word invoice', 'Rechnung 1.200 € anbei'],
    ['an order number between the invoice word and its marker', 'Invoice for order no. 5521 attached'],
    ['"Bill" as a name before a number', 'Bill 118 pages are ready for the print run.'],
    ['a lower-case word between a marker and a number', 'la fatura n.º de 26/412'],
  ])('finds none in %s', (_, text) => {
    expect(extractInvoiceNumber(text, false)).toBeNull();
  });

  it.each([
    ['Please find our invoice attached (our ref. B-2207).', 'B-2207'],
    ['Invoice attached, reference 2026-0512, due on 1 June.', '2026-0512'],
    ['Rechnung für Auftrag 5120 anbei.', '5120'],
    ['Invoice for job 3318 (gutter repair) attached.', '3318'],
    ['Sales invoice\nDoc no.: SI-000912\nCustomer: Fernhill (acct 4410)', 'SI-000912'],
    ['anbei unsere Rechnung.\nKundennr.: 20417\nBelegnr.: 26-0143', '26-0143'],
    ['Junto enviamos a nota de honorários.\nRef.ª interna: CONT-26-311', 'CONT-26-311'],
    ['Invoice for the rewire attached. Quote the number E26-112 when you transfer.', 'E26-112'],
    ['Facture ci-jointe. Merci de mentionner « PL-2605 » dans le libellé du virement.', 'PL-2605'],
    ['Rechnung anbei. Im Verwendungszweck bitte „NH-0120“ angeben.', 'NH-0120'],
    ["Factuur volgt. Zet je 'TW-0303' bij de omschrijving?", 'TW-0303'],
    ['Your invoice\nStatement no. S-55120\nBalance outstanding: £410.00', 'S-55120'],
    ['Invoice attached; please quote 2026-045 with the transfer.', '2026-045'],
    ['Invoice attached. Please use INV045 as the payment reference.', 'INV045'],
    ['Factura adjunta. Concepto: F-2026-31', 'F-2026-31'],
    ['Facture ci-jointe. Communication : 2026/045', '2026/045'],
  ])("reads the sender's own reference %s as %s when the email is about an invoice", (text, expected) => {
    expect(extractInvoiceNumber(text, false)?.invoiceNumber).toBe(expected);
  });

  it.each([
    [
      'Die Rechnung 5120 haben Sie bereits beglichen, danke. Offen ist noch die Rechnung 5187 über 240 €.',
      '5187',
    ],
    ['A fatura de maio (nº 318) já foi paga, obrigada. Falta a de junho, nº 342, de R$ 600,00.', '342'],
    ['Relevé :\n- facture 2026-140 du 2 mars : réglée\n- facture 2026-171 du 16 mars : 480,00 €', '2026-171'],
    ['The invoice 4410 was already paid, thanks. Invoice 4452 is still open.', '4452'],
  ])('passes over an invoice said to be paid for the one still open: %s', (text, expected) => {
    expect(extractInvoiceNumber(text, true)?.invoiceNumber).toBe(expected);
  });

  it('keeps an invoice said not to be paid yet', () => {
    expect(
      extractInvoiceNumber("Notre facture (réf. 208) n'a pas encore été réglée.", false)?.invoiceNumber,
    ).toBe('208');
    expect(extractInvoiceNumber('Die Rechnung 77 ist noch nicht beglichen.', false)?.invoiceNumber).toBe(
      '77',
    );
  });

  it.each([
    ["April's cleaning invoice is CL/26/04 for £180.", 'CL/26/04'],
    ['Hier meine Rechnung Ü-26-014 über 480,00 EUR.', 'Ü-26-014'],
    ['Bill 41 for the boiler service is attached, £95.', '41'],
    ['Member no. 5520\nBill 2026-B-014\nBalance £60.00', '2026-B-014'],
    ['Zum Auftrag (Auftrag-Nr. 3310-12) erhalten Sie die Schlussrechnung SR-7.', 'SR-7'],
    ['Für den Einsatz berechnen wir Beleg 61 über 119,00 €.', '61'],
    ['Ihnen 1.190,00 € in Rechnung zu stellen (Rechnung 26-2-0311).', '26-2-0311'],
  ])('reads %s as %s', (text, expected) => {
    expect(extractInvoiceNumber(text, false)?.invoiceNumber).toBe(expected);
  });

  it("leaves the client's reference and references in mail about no invoice", () => {
    expect(extractInvoiceNumber('Invoice attached, your ref. PO-7781.', false)).toBeNull();
    expect(extractInvoiceNumber('Our ref. A-1043: the site visit is on Monday.', false)).toBeNull();
    expect(extractInvoiceNumber('Hi Bill, 3 quick things about Monday.', true)).toBeNull();
    expect(extractInvoiceNumber('The invoice is attached (contract C-221, site ref 18).', true)).toBeNull();
  });

  it('takes no order number for the invoice number', () => {
    expect(
      extractInvoiceNumber('Thanks for order #50213! Quick reminder about #1043.', true)?.invoiceNumber,
    ).toBe('1043');
    expect(extractInvoiceNumber('Thanks for order #50213.', true)).toBeNull();
  });

  it("reads the sender's reference and a bare number marker once the email is known to be an invoice", () => {
    expect(extractInvoiceNumber('Please use Ref 5520/C when you transfer it.', true)?.invoiceNumber).toBe(
      '5520/C',
    );
    expect(extractInvoiceNumber('Please use Ref 5520/C when you transfer it.', false)).toBeNull();
    expect(extractInvoiceNumber('Bitte mit Verwendungszweck 2026-207 überweisen.', true)?.invoiceNumber).toBe(
      '2026-207',
    );
    expect(extractInvoiceNumber('Graag overmaken o.v.v. KL-2026-03.', true)?.invoiceNumber).toBe(
      'KL-2026-03',
    );
    expect(extractInvoiceNumber('Segundo aviso – Nº 0412', true)?.invoiceNumber).toBe('0412');
    expect(extractInvoiceNumber('Segundo aviso – Nº 0412', false)).toBeNull();
    expect(
      extractInvoiceNumber('la somme de 900 € (réf. DV-2026-31) reste impayée', true)?.invoiceNumber,
    ).toBe('DV-2026-31');
    expect(extractInvoiceNumber('Volgens mij staat nota 2026-41 nog open.', false)?.invoiceNumber).toBe(
      '2026-41',
    );
  });

  it('reads a bare #1043 only when the email is known to be about an invoice', () => {
    expect(extractInvoiceNumber('Quick reminder about #1043, thanks!', false)).toBeNull();
    expect(extractInvoiceNumber('Quick reminder about #1043, thanks!', true)).toEqual({
      invoiceNumber: '1043',
      isNamed: false,
    });
  });
});

describe('extractInvoiceNumberFromFileNames', () => {
  it.each([
    ['Invoice_1043.pdf', '1043'],
    ['LumenStudio_INV-0107.pdf', 'INV-0107'],
    ['TaxInvoice_00219.pdf', '00219'],
    ['invoice-3391.pdf', '3391'],
    ['Rechnung_4711.pdf', '4711'],
    ['Deposit_Invoice_D-014.pdf', 'D-014'],
    ['AshbyStudio_BW-0093.pdf', 'BW-0093'],
    ['Invoice-118-Acme.pdf', '118'],
    ['invoice_45_march2026.pdf', '45'],
    ['Facture_DUPONT_0012.pdf', '0012'],
    ['Moreau_2026-017.pdf', '2026-017'],
    ['inv-2209.pdf', 'inv-2209'],
    ['fac_2026_17.pdf', 'fac_2026_17'],
    ['Facture_Atelier-Lune_F26-031.pdf', 'F26-031'],
    ['Seaview-bill-0041.pdf', '0041'],
    ['bill52.pdf', '52'],
  ])('reads %s as %s', (name, expected) => {
    expect(extractInvoiceNumberFromFileNames(['photo.jpg', name])).toBe(expected);
  });

  it.each([
    ['the month billed', 'Invoice_March2026.pdf'],
    ['the year and month billed', 'Rechnung_2026-03.pdf'],
    ['a document with no invoice word', 'Hosting_2026-03-03_R99812.pdf'],
    ['an invoice word with no reference', 'Milestone_M2_Invoice.pdf'],
    ['a code with no hyphen', 'Hetzner_R99812.pdf'],
    ['a date', 'Scan_2026-03-03.pdf'],
    ['a code on an image', 'IMG-2041.jpg'],
    ['two codes', 'PO-4410_QT-0093.pdf'],
    ['a word that starts like the prefix', 'inventory-2026.xlsx'],
  ])('finds none in %s', (_, name) => {
    expect(extractInvoiceNumberFromFileNames([name])).toBeNull();
  });

  it.each([
    ['SPK-3.pdf', 'SPK-3'],
    ['7781.pdf', '7781'],
    ['factuur12.pdf', '12'],
    ['RE_3319.pdf', '3319'],
    ['Acompte_CAP-2026-22.pdf', 'CAP-2026-22'],
  ])('reads a document named by its code alone, %s, as %s', (name, expected) => {
    expect(extractInvoiceNumberFromFileNames([name])).toBe(expected);
  });

  it('reads no bare code when two documents are attached: which one is the invoice is unknown', () => {
    expect(extractInvoiceNumberFromFileNames(['Ashby_BW-0093.pdf', 'Ashby_BW-0094.pdf'])).toBeNull();
  });
});

describe('extractInvoiceNumberFromSubject', () => {
  it.each([
    ['BW-0093 – brand refresh', 'BW-0093'],
    ['2026/045', '2026/045'],
    ['March hours (2026-118)', '2026-118'],
    ['June relief milking - MR-27-066', 'MR-27-066'],
  ])('reads the one code in "%s" as %s', (subject, expected) => {
    expect(extractInvoiceNumberFromSubject(subject)).toBe(expected);
  });

  it.each([
    ['a date', 'Hours to 2026-03-31'],
    ['two codes', 'PO-4410 / QT-0093'],
    ['no code', 'March hours'],
  ])('reads none from %s', (_, subject) => {
    expect(extractInvoiceNumberFromSubject(subject)).toBeNull();
  });
});

describe('extractInvoiceNumber in an email already judged an invoice', () => {
  it.each([
    ['Attached is the one for December (no. 19): 12 lessons at £35.', '19'],
    ['The final cut is with you, and so is the invoice for it (the one numbered 140).', '140'],
    ['Hoi Pieter, hierbij nummer 2026-19 voor de verbouwing!', '2026-19'],
    ['Of my invoices this year only 312 is still open: 1,040 for the ceiling.', '312'],
    ['Die Rechnungen 311 und 312 sind bezahlt. Offen ist nur noch die 317 über 460 Euro.', '317'],
    ['Les factures 301 et 302 sont réglées. Reste la 305 (420 €).', '305'],
    ['As faturas 88 e 89 já foram pagas. Falta só a 91, de R$ 640.', '91'],
    ["I've raised K-12 for the March sessions (4 × £40).", 'K-12'],
    ['Je vous renvoie la 64, celle de juin : 820 €.', '64'],
    ['Te paso la 17, la del arreglo del tejado: 240 €.', '17'],
  ])('reads %s as %s', (text, expected) => {
    expect(extractInvoiceNumber(text, true)?.invoiceNumber).toBe(expected);
  });

  it.each([
    ['an account number', 'We have requested payment on your overdue account numbered AC1234XX.'],
    ['an amount left', 'Only 300 € is still open.'],
  ])('finds none in %s', (_, text) => {
    expect(extractInvoiceNumber(text, true)).toBeNull();
  });
});
