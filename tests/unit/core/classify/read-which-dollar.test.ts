import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../../src/core/classify/classify-email';
import { readWhichDollar } from '../../../../src/core/classify/read-which-dollar';

const SENT_AT = Date.UTC(2026, 10, 2, 9);

describe('readWhichDollar', () => {
  it.each([
    ['Makeup with trial is $6,500 MXN, and $1,200 each for your mum and sister. Total $8,900.', 'MXN'],
    ['Full valet and ceramic coating: $690.\n\nMarcus | Mobile Detailing, Brisbane', 'AUD'],
    ['Total $2,400 + HST. Pay by Interac e-transfer.', 'CAD'],
    ['Deposit $500, ABN 51 824 753 556.', 'AUD'],
    ['Transferencia por SPEI, $12,000 más IVA.', 'MXN'],
    ['Total: $3,000 (US dollars), payable to our Toronto office.', 'USD'],
    ['Por un total de $186.000 IVA incluido.\n\nRodrigo Fuentes / Limpieza Andes SpA', 'CLP'],
    ['Boat charter, full day: $1,450.00.\n\nVinaka, Josefa\nReef Runs, Savusavu', 'FJD'],
    ['Total $2,180.00, payable within 14 days.\n\nPaget Pool Care, Bermuda · (441) 555-0142', 'BMD'],
    ['Te adjunto la boleta de honorarios: $350.000 bruto.', 'CLP'],
    ['Te mando la cuenta de cobro No. 14: $480.000 pesos.', 'COP'],
    ['4 visits x $65 = $260. E-transfer to this email by the 30th pls', 'CAD'],
    ["Ten lessons, $360. Etransfer to this address, autodeposit's on.", 'CAD'],
    ['Total $1,846.25.\n\nHarbour Seafoods, 12 Wharf Rd, Yarmouth B5A 1K3', 'CAD'],
    ['Pruning, 4 ha   $9,400.00\nGST 15%   $1,410.00', 'NZD'],
    ['Coffee cart for three days: $6,000 plus 10% GST.', 'AUD'],
    ['Kia ora Mere, just a nudge on the $1,725 for the workshops.', 'NZD'],
    ['Amount: $495.00 (incl. GST)\n\nAccounts - (08) 8299 4410', 'AUD'],
    ['Deposit: $320.\n12 Gull Street, Port Noarlunga SA 5167', 'AUD'],
    ['Invoice for $3,450.00 is now overdue.\n\nKate\n03 318 4402', 'NZD'],
    ['Te escribo por la factura C 0003-00000412 ($ 96.000), que vencía el 10.', 'ARS'],
    ['¿Me la podés transferir antes del viernes? Son $ 52.000.', 'ARS'],
    ['Junto con saludar, adjunto la factura por $ 318.000 IVA incluido.', 'CLP'],
    ['Total: $ 74.500.\n\nFerretería La Quebrada - Temuco', 'CLP'],
    ['Total $ 12.400, transferencia a nuestra cuenta en Montevideo.', 'UYU'],
    ['La sesión de fotos queda en $9,800 pesos, cuando puedas.', 'MXN'],
    ['Total $58.560. Transferencia a BROU.\nRUT 21 884 330 0019\nBarrio Sur, Montevideo', 'UYU'],
    ['Por valor de $2.760.000 pesos. Le adjunto el RUT.\nDesayunos - Bucaramanga', 'COP'],
    ['GCT 15%   $50,250.00\nTotal   $385,250.00\nTel: (876) 555-0192', 'JMD'],
    ['Instalment 3 of 3: $2,400.00\nWhatsApp (868) 555-0143', 'TTD'],
    ['La factura 0057 por $38,350.00 venció. Me llama al (809) 555-0177.', 'DOP'],
    ['TOTAL ..... $48,700.00\nG/F, 88 Tung Choi Street, Mong Kok, Kowloon', 'HKD'],
  ])('reads the dollar the mail says it means: "%s"', (text, code) => {
    expect(readWhichDollar(text)).toBe(code);
  });

  it('says nothing when the mail names no place, or two countries at once', () => {
    expect(readWhichDollar('The site is $1,200, live in two weeks.')).toBeNull();
    expect(readWhichDollar('Offices in Austin | Denver | Toronto. Retainer $9,000 a month.')).toBeNull();
    expect(readWhichDollar('$400 for the lot. Shipping from Auckland or Toronto.')).toBeNull();
  });

  it('reads national tax and bank words only in capitals, so ordinary words are no clue', () => {
    expect(readWhichDollar("We're stuck in a rut, but the fix is $300.")).toBeNull();
    expect(readWhichDollar('Our RUT is 76.123.456-7. Total $450.000.')).toBe('CLP');
  });

  it("takes the sender's country domain before a place the mail names, and the recipients' after it", () => {
    expect(readWhichDollar('Invoice for $450.', { fromDomain: 'sparky.com.au' })).toBe('AUD');
    expect(readWhichDollar('Your Toronto launch: $450.', { fromDomain: 'studio.co.nz' })).toBe('NZD');
    expect(readWhichDollar('Invoice for $450.', { fromDomain: 'studio.com', toDomains: ['client.ca'] })).toBe(
      'CAD',
    );
    expect(readWhichDollar('Invoice for $450.', { toDomains: ['a.ca', 'b.com.au'] })).toBeNull();
  });
});

describe('the classifier reads a bare dollar sign', () => {
  const mail = (bodyText: string, from: string) => ({
    subject: 'Invoice 1207',
    bodyText,
    attachmentNames: [],
    from: { email: from },
    to: [{ email: 'accounts@client.example' }],
    sentAt: SENT_AT,
  });

  it('as the currency of the country the sender writes from', () => {
    const fields = classifyEmail(
      mail('Invoice 1207 for $685 is attached, due in 14 days.', 'jase@sparky.com.au'),
    ).fields;
    expect(fields).toMatchObject({ amount: 685, currency: 'AUD', dueDate: '2026-11-16' });
  });

  it('with the codes of smaller currencies written before or after the sum', () => {
    expect(
      classifyEmail(mail('Offerte dansoptreden. Totaal: SRD 9.500,00', 'priya@dans.example')).fields,
    ).toMatchObject({ amount: 9500, currency: 'SRD' });
    expect(
      classifyEmail(mail('Invoice 31: school mural, total RWF 1,800,000.', 'eric@imigongo.example')).fields,
    ).toMatchObject({ amount: 1_800_000, currency: 'RWF' });
    expect(
      classifyEmail(
        mail('Invoice 8 for the borehole service: 6,500.00 BWP, due in 7 days.', 'kabo@drill.example'),
      ).fields,
    ).toMatchObject({ amount: 6500, currency: 'BWP' });
  });

  it('as pesos when the mail says pesos in words, with or without the sign', () => {
    const fields = classifyEmail(
      mail(
        'Recibí los 3.000, gracias. Faltan 4.500 pesos de la factura 1207, cuando puedas.',
        'ana@foto.example',
      ),
    ).fields;
    expect(fields).toMatchObject({ amount: 4500, currency: 'MXN' });
  });

  it('as US dollars when nothing says otherwise', () => {
    const fields = classifyEmail(
      mail('Invoice 1207 for $685 is attached, due in 14 days.', 'jase@sparky.example'),
    ).fields;
    expect(fields).toMatchObject({ amount: 685, currency: 'USD' });
  });
});
