import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../../src/core/classify/classify-email';
import type { EmailKind } from '../../../../src/core/classify/kinds';
import { explainInEnglish } from '../../../../src/core/explanations/explain-in-english';
import type { ClassifyInput } from '../../../../src/core/mail';

// Monday 2 March 2026, 10:00 UTC: every relative date below counts from here.
const SENT_AT = Date.UTC(2026, 2, 2, 10);
const ME = { email: 'sam@northwind-studio.example' };
const CLIENT = { email: 'ana@harbor-bakery.example' };

function sent(subject: string, bodyText: string, attachmentNames: string[] = []): ClassifyInput {
  return { subject, bodyText, attachmentNames, from: ME, to: [CLIENT], sentAt: SENT_AT };
}

interface KindCase {
  name: string;
  email: ClassifyInput;
  kind: EmailKind;
}

// Hand-written for this product; each line is a kind of email a freelancer really sends.
const KIND_CASES: KindCase[] = [
  {
    name: 'an English invoice with a PDF attached',
    email: sent(
      'Invoice 1043 – March retainer',
      'Hi Ana,\n\nAttached is my invoice for the March retainer. Thanks!\nSam',
      ['Invoice_1043.pdf'],
    ),
    kind: 'invoice',
  },
  {
    name: 'an overdue reminder with no attachment',
    email: sent(
      'Quick nudge',
      'Hi Ana, a gentle reminder that the payment for the logo work is now overdue. Could you let me know when to expect it?',
    ),
    kind: 'invoice',
  },
  {
    name: 'a German invoice',
    email: sent(
      'Rechnung Nr. 2026-031',
      'Hallo Frau Berger,\n\nanbei sende ich Ihnen die Rechnung für den Relaunch. Zahlbar innerhalb von 14 Tagen.\n\nViele Grüße',
    ),
    kind: 'invoice',
  },
  {
    name: 'a French payment reminder',
    email: sent(
      'Relance facture F-2026-12',
      "Bonjour Camille,\n\nsauf erreur de ma part, le paiement de la facture F-2026-12 n'a pas encore été reçu. Pourriez-vous me dire quand il est prévu ?\n\nBien à vous",
    ),
    kind: 'invoice',
  },
  {
    name: 'a Spanish invoice',
    email: sent(
      'Factura marzo',
      'Hola Lucía,\n\nte envío adjunta la factura del mes de marzo. El pago vence el 31 de marzo de 2026.\n\nUn saludo',
    ),
    kind: 'invoice',
  },
  {
    name: 'a Dutch invoice',
    email: sent(
      'Factuur 2026-007',
      'Beste Joost,\n\nIn de bijlage vind je de factuur voor de fotografie. Graag binnen 30 dagen overmaken.\n\nGroet',
    ),
    kind: 'invoice',
  },
  {
    name: 'a Portuguese invoice',
    email: sent(
      'Fatura de março',
      'Olá Beatriz,\n\nsegue em anexo a fatura referente ao projeto. O vencimento é no dia 20/03/2026.\n\nAbraço',
    ),
    kind: 'invoice',
  },
  {
    name: 'an English proposal with the price in the body',
    email: sent(
      'Proposal: new booking site',
      'Hi Ana,\n\nHere is my proposal for the new booking site. The total project cost is $4,800, and the quote is valid for 30 days.\nIf you would like to move forward, just reply and I will send the contract.\n\nSam',
    ),
    kind: 'proposal',
  },
  {
    name: 'a quote sent as an attachment only',
    email: sent('Kitchen renovation', 'Hi Ana, as promised, please see the attached.\nSam', [
      'Quote-Harbor-Bakery-v2.pdf',
    ]),
    kind: 'proposal',
  },
  {
    name: 'a contract sent for signature',
    email: sent(
      'Agreement ready for signature',
      'Hi Ana, the agreement is attached for your signature. Once it is signed I will book the kickoff.',
    ),
    kind: 'proposal',
  },
  {
    name: 'a German quote',
    email: sent(
      'Ihr Angebot für die Fotoproduktion',
      'Guten Tag Herr Keller,\n\nanbei erhalten Sie unser Angebot über 2.400,00 € netto. Das Angebot ist gültig bis 31.03.2026.\n\nFreundliche Grüße',
    ),
    kind: 'proposal',
  },
  {
    name: 'a French quote',
    email: sent(
      'Devis refonte du site',
      'Bonjour Camille,\n\nveuillez trouver ci-joint le devis pour la refonte. Il est valable 30 jours ; pour valider, il suffit de le signer.\n\nCordialement',
    ),
    kind: 'proposal',
  },
  {
    name: 'a Spanish estimate',
    email: sent(
      'Presupuesto diseño de marca',
      'Hola Lucía,\n\nadjunto el presupuesto para el diseño de marca. Precio total: 1.900 €.\n\nSaludos',
    ),
    kind: 'proposal',
  },
  {
    name: 'a follow-up on an unanswered proposal',
    email: sent(
      'Re: Proposal: new booking site',
      'Hi Ana, did you get a chance to look at the proposal I sent last week? Happy to walk you through it on a short call.',
    ),
    kind: 'followup',
  },
  {
    name: 'a graceful last follow-up',
    email: sent(
      'Closing the loop',
      "Hi Ana, I haven't heard back, so I'll assume the booking site isn't a priority right now. I'll close the loop for now.",
    ),
    kind: 'followup',
  },
  {
    name: 'a French follow-up on a quote',
    email: sent(
      'Suite à notre devis',
      "Bonjour Camille, je me permets de revenir vers vous concernant notre devis. Avez-vous eu l'occasion de le consulter ?",
    ),
    kind: 'followup',
  },
  {
    name: 'a request for feedback on a draft',
    email: sent(
      'Homepage draft',
      "Hi Ana, the first draft of the homepage is up on staging. I'd love your feedback on the layout before Thursday.",
    ),
    kind: 'feedback_request',
  },
  {
    name: 'a request for materials from the client',
    email: sent(
      'Content for the menu page',
      'Hi Ana, before I can finish the menu page I still need your price list and two or three photos. Could you send the files this week?',
    ),
    kind: 'details_request',
  },
  {
    name: 'a testimonial request',
    email: sent(
      'A small favour',
      'Hi Ana, now that the site is live, would you be willing to write a short testimonial I could put on my website?',
    ),
    kind: 'testimonial_request',
  },
  {
    name: 'a Dutch review request',
    email: sent(
      'Even een vraag',
      'Hoi Joost, zou je een Google review willen achterlaten? Dat helpt mij enorm.',
    ),
    kind: 'testimonial_request',
  },
  {
    name: 'a note about lunch',
    email: sent(
      'Lunch?',
      'Hi Ana, are you free for lunch on Thursday? There is a new ramen place near the studio.',
    ),
    kind: 'other',
  },
];

// The hard cases issue #3 names: each must not start a payment or decision ladder.
const HARD_CASES: KindCase[] = [
  {
    name: 'internal talk about an invoice, sent to a colleague',
    email: {
      subject: 'Harbor Bakery',
      bodyText: 'Did finance send their invoice yet? I want to close the month.',
      attachmentNames: [],
      from: ME,
      to: [{ email: 'lee@northwind-studio.example' }],
      sentAt: SENT_AT,
    },
    kind: 'other',
  },
  {
    name: 'internal talk about an invoice, even without recipients',
    email: sent(
      '',
      "Quick question: did accounting pay the printer's invoice? Their bill was due last week.",
    ),
    kind: 'other',
  },
  {
    name: 'a buyer asking a supplier for a quote',
    email: sent(
      'Printing for our launch',
      'Hello, could you please send us a quote for 500 flyers and 200 posters? We need them by April.',
    ),
    kind: 'other',
  },
  {
    name: 'a request for proposals',
    email: sent(
      'RFP: bookkeeping services',
      'We are seeking proposals from bookkeepers for our two shops. Please submit your proposal by 20 March.',
    ),
    kind: 'other',
  },
  {
    name: '"Bill" as a name',
    email: sent('Bill', 'Hi Bill, thanks for the intro to Ana. Bill, let me know when you are back in town!'),
    kind: 'other',
  },
  {
    name: 'trading bids',
    email: sent(
      'Market today',
      'The bid price on the shares dropped again; the highest bid at the auction was lower than expected.',
    ),
    kind: 'other',
  },
  {
    name: 'a newsletter',
    email: sent(
      'Studio news – March',
      'This month: three new case studies and a proposal template you can download.\n\nUnsubscribe | View in browser',
    ),
    kind: 'other',
  },
  {
    name: 'a payment receipt',
    email: sent(
      'Payment received – invoice 1043',
      'Hi Ana, thank you for your payment of $1,200 for invoice 1043. It has been paid in full.',
    ),
    kind: 'other',
  },
  {
    name: 'a forwarded supplier invoice',
    email: {
      subject: 'Fwd: Invoice 88 from PrintCo',
      bodyText:
        'For the books.\n\n---------- Forwarded message ---------\nFrom: Billing <billing@printco.example>\nDate: Mon, 2 Mar 2026\nSubject: Invoice 88\n\nPlease find attached invoice 88 for €340, due 16 March 2026.',
      attachmentNames: ['PrintCo-Invoice-88.pdf'],
      from: ME,
      to: [{ email: 'books@tally-accounting.example' }],
      sentAt: SENT_AT,
    },
    kind: 'other',
  },
  {
    name: 'a reply that quotes an invoice further down',
    email: sent(
      'Re: Invoice 1043',
      'Perfect, see you on Thursday then!\n\nOn Fri, 27 Feb 2026 at 09:12, Ana <ana@harbor-bakery.example> wrote:\n> Hi Sam, please find attached invoice 1043 for $1,200, due 15 March.\n> Payment is due within 14 days.',
    ),
    kind: 'other',
  },
];

describe('classifyEmail', () => {
  it.each(KIND_CASES)('reads $name as $kind', ({ email, kind }) => {
    expect(classifyEmail(email).kind).toBe(kind);
  });

  it.each(HARD_CASES)('does not start a ladder for $name', ({ email, kind }) => {
    expect(classifyEmail(email).kind).toBe(kind);
  });

  it("counts a forward of the user's own invoice as an invoice", () => {
    const result = classifyEmail({
      subject: 'Fwd: Invoice 1043',
      bodyText:
        'Hi Priya, Ana asked me to send this to you directly.\n\n---------- Forwarded message ---------\nFrom: Sam <sam@northwind-studio.example>\nSubject: Invoice 1043\n\nPlease find attached invoice 1043 for $1,200, due 15 March 2026.',
      attachmentNames: ['Invoice_1043.pdf'],
      from: ME,
      to: [{ email: 'priya@harbor-bakery.example' }],
      sentAt: SENT_AT,
    });
    expect(result.kind).toBe('invoice');
    expect(result.fields).toMatchObject({
      amount: 1200,
      currency: 'USD',
      invoiceNumber: '1043',
      dueDate: '2026-03-15',
    });
  });

  it.each(['gmail.com', 'hotmail.es', 'yahoo.com.br', 'gmx.ch', 'orange.es', 'web.de'])(
    'does not treat a shared mailbox provider (%s) as one company, whatever its country ending',
    (provider) => {
      const result = classifyEmail({
        ...sent('Invoice 12', 'Hi, attached is my invoice for the portraits. Payment due within 14 days.', [
          'invoice-12.pdf',
        ]),
        from: { email: `sam.freelance@${provider}` },
        to: [{ email: `ana.bakery@${provider}` }],
      });
      expect(result.kind).toBe('invoice');
    },
  );

  it('still reads two people on one company domain, or on one of its subdomains, as colleagues', () => {
    const result = classifyEmail({
      ...sent('Invoice 12', 'Hi, attached is my invoice for the portraits. Payment due within 14 days.', [
        'invoice-12.pdf',
      ]),
      from: { email: 'sam@mail.northwind.example' },
      to: [{ email: 'ana@northwind.example' }],
    });
    expect(result.kind).toBe('other');
  });

  it("reads 'within 14 days of this invoice' as the sender's own terms, not someone else's invoice", () => {
    const result = classifyEmail(
      sent(
        'Meals w/c 4 Jan',
        "Dear Siobhan,\n\nInvoice No. 2026/031 for last week's dinners: £540.00.\n\nPayable by bank transfer within 14 days of this invoice, please.\n\nLola",
      ),
    );
    expect(result.kind).toBe('invoice');
    expect(result.signals.map(explainInEnglish).join(' ')).not.toContain("someone else's invoice");
  });

  it('names the attachment and the facts it found in its signals', () => {
    const result = classifyEmail(
      sent('Invoice 1043', 'Hi Ana, please find attached invoice #1043 for $1,234.56, due 16 March 2026.', [
        'Invoice_1043.pdf',
      ]),
    );
    const signals = result.signals.map(explainInEnglish);
    expect(signals).toContain('attachment named Invoice_1043.pdf');
    expect(signals).toContain('amount and due date in body');
    expect(result.signals.length).toBeLessThanOrEqual(6);
  });

  it('reads every field of a complete invoice', () => {
    const result = classifyEmail(
      sent(
        'Invoice INV-0042',
        'Hi Ana,\n\nInvoice INV-0042 for the spring campaign is attached.\nTotal: $1,234.56\nPayment terms: Net 30.',
        ['INV-0042.pdf'],
      ),
    );
    expect(result).toMatchObject({
      kind: 'invoice',
      fields: {
        amount: 1234.56,
        currency: 'USD',
        invoiceNumber: 'INV-0042',
        dueDate: '2026-04-01',
        validUntil: null,
      },
    });
  });

  it("reads an invoice's payment terms from its footer, counted from the invoice's date", () => {
    const result = classifyEmail(
      sent(
        'Ihre Rechnung CS-4471',
        'Guten Tag,\n\nanbei Ihre Rechnung.\n\nRechnung CS-4471 vom 24.02.2026\nGesamt 292,74 €\n\nSchönes Wochenende!\n\n--\nCopy & Bind · Tel. 0421 555 3390\nIBAN DE63 2905 0101 0082 4471 90\nZahlungsziel 14 Tage netto',
      ),
    );
    expect(result).toMatchObject({ kind: 'invoice', fields: { dueDate: '2026-03-10' } });
  });

  it('reads how long a proposal stands', () => {
    const result = classifyEmail(
      sent(
        'Proposal for the spring campaign',
        'Hi Ana, attached is my proposal. Investment: £950. The offer is valid for 30 days.',
        ['proposal.pdf'],
      ),
    );
    expect(result.fields).toMatchObject({ amount: 950, currency: 'GBP', validUntil: '2026-04-01' });
  });

  it.each([
    [
      'Re: Trenzado',
      'Hola Lucía,\n\nClaro, el 12 me viene bien. Te adjunto la factura n.º 31/2026:\n\nTrenzado de crines, 3 × 75 € = 225,00 €\n\nUn saludo,\nMarta\n\nEl dom, 1 mar 2026 a las 21:15, Lucía <lucia@yeguada.example> escribió:\n> Hola Marta, ¿te puedo pagar el día 12, que es cuando cobro?',
      '2026-03-12',
    ],
    [
      'AW: Regal',
      'Liebe Frau Brandt,\n\nDonnerstag, der 5., ist mir recht. Anbei die Rechnung Nr. 2026/07 über 840,00 €.\n\nViele Grüße\nJonas\n\nAm So., 1. März 2026 um 18:02 Uhr schrieb Ulla Brandt <ulla@brandt.example>:\n> Lieber Herr Jonas, das Regal steht schon! Die Buchhaltung überweist am Donnerstag, 5. März, gleich nach der Sitzung. Geht das für Sie?',
      '2026-03-05',
    ],
    [
      'Re: Invoice 118',
      'Fri 6th fine 👍\n\nSent from my iPhone\n\n> On Mar 1, 2026, at 7:58 PM, Mike Dorsey <mike@rowing.example> wrote:\n>\n> Sorry this slipped. Could we do Friday the 6th for inv 118? -Mike',
      '2026-03-06',
    ],
    [
      'Re: rats in the shed',
      "Thurs 5th no bother Mary. €180 for the 3 visits.\nGer\n\n-------- Original message --------\nFrom: Mary Phelan\nDate: 01/03/2026 21:40\nSubject: rats in the shed\n\nWhat do I owe you? Could I pay you Thursday when I'm in town?",
      '2026-03-05',
    ],
    [
      'RE: Facture - réparation du quai',
      'Vendredi 6, parfait! Merci\n\nYannick\n\nLe 1 mars 2026 à 20:55, Chantal Bélanger a écrit :\n> Bonsoir Yannick, est-ce que vendredi le 6 ça irait pour le paiement? On reçoit notre remboursement cette semaine-là.',
      '2026-03-06',
    ],
    [
      'RE: Factura 2026/046',
      'Hola Rocío:\n\nPerfecto, el lunes 9 sin problema. Gracias por avisar.\n\nPaco\n\nEl domingo, 1 de marzo de 2026 a las 13:40, Rocío Pastor escribió:\n> Hola Paco, ¿te importa si te la pago el lunes 9 de marzo?',
      '2026-03-09',
    ],
    [
      'RE: Factuur 2026-0412',
      'Hoi Sanne,\n\n9 maart is akkoord, geen probleem.\n\nRuud\n\nOp zondag 1 maart 2026 om 11:24 schreef Sanne de Wit <info@dekaap.example>:\n> Hoi Ruud, mogen we de factuur op 9 maart betalen?',
      '2026-03-09',
    ],
    [
      'Re: Popiah party invoice',
      'ok noted, 15th can 👍 thank u\n\nOn Sun, 1 Mar 2026, 3:41 pm Cheryl Ong wrote:\n> Hi Auntie, our finance only does payment run on the 15th, is that ok?',
      '2026-03-15',
    ],
    [
      'RE: Facture M-0627',
      "Bonjour Yann,\n\nLe 10, c'est noté, merci.\n\nLaure\n\nLe 1 mars 2026 à 18:02, Yann a écrit :\n> Bonjour Laure, je vous règle la facture le 10, quand le marché aura payé.",
      '2026-03-10',
    ],
  ])(
    'takes the day a reply says yes to as the due date when the mail it answers offered to pay then: %s',
    (subject, body, dueDate) => {
      expect(classifyEmail(sent(subject, body)).fields.dueDate).toBe(dueDate);
    },
  );

  it('takes the day of the month the client gave for the weekday a reply says yes to', () => {
    const reply = sent(
      'RE: Invoice DRW-2291',
      "Hi Pam,\n\nTuesday works for us, thank you for letting me know where it's at.\n\nRenee\n\n-----Original Message-----\nFrom: Pam Ochoa <manager@hoa.example>\nSent: Sunday, March 1, 2026 4:10 PM\nSubject: RE: Invoice DRW-2291\n\nOur board only releases payables at the monthly meeting, which is the second Tuesday, so the 10th. The check for $2,140.00 will go out that night.",
    );
    expect(classifyEmail(reply).fields.dueDate).toBe('2026-03-10');
  });

  it("reads a holiday's weekday a reply says yes to as that holiday's, not the next such weekday", () => {
    // Friday 28 August 2026: Labour Day is Monday 7 September.
    const holiday = {
      ...sent(
        'Re: Thorens ready?',
        'Hi Priya,\n\nLabour Day Monday is no problem at all. Invoice attached: $562.18.\n\nMarco\n\nOn Sun, Mar 1, 2026 at 9:12 AM, Priya <priya@cottage.example> wrote:\n> Could I e-transfer it on Labour Day Monday when we are back?',
      ),
      sentAt: Date.UTC(2026, 7, 28, 10),
    };
    expect(classifyEmail(holiday).fields.dueDate).toBe('2026-09-07');
  });

  it('reads no due date from a short yes to a day the client asked for a visit', () => {
    const visit = sent(
      'Re: blinds',
      'Fri 6th fine 👍\n\n> On Mar 1, 2026, at 7:58 PM, Ana <ana@harbor-bakery.example> wrote:\n> Could you come on Friday the 6th to fit the blinds?',
    );
    expect(classifyEmail(visit).fields.dueDate).toBeNull();
  });

  it('reads no due date from a day a reply accepts for a visit, or when the offer to pay names no day', () => {
    const visit = sent(
      'Re: kitchen shelves',
      'Hi Ana,\n\nThe 12th works for me. Invoice 88 for the shelves is attached: $640.\n\nSam\n\nOn Sun, 1 Mar 2026 at 18:00, Ana <ana@harbor-bakery.example> wrote:\n> Could you come round on the 12th to hang the last shelf?',
    );
    const otherDay = sent(
      'Re: Trenzado',
      'Hola Lucía,\n\nClaro, el 12 me viene bien para la exhibición. Te adjunto la factura n.º 31/2026: 225,00 €\n\nEl dom, 1 mar 2026 a las 21:15, Lucía <lucia@yeguada.example> escribió:\n> ¿Vienes el jueves? Te pago cuando cobre.',
    );
    expect(classifyEmail(visit).fields.dueDate).toBeNull();
    expect(classifyEmail(otherDay).fields.dueDate).toBeNull();
  });

  it('is more confident with more evidence', () => {
    const thin = classifyEmail(sent('', 'Hi Ana, the invoice is attached.'));
    const thick = classifyEmail(
      sent('Invoice 1043', 'Hi Ana, please find attached invoice #1043 for $1,200, due 16 March 2026.', [
        'Invoice_1043.pdf',
      ]),
    );
    expect(thick.confidence).toBeGreaterThan(thin.confidence);
    expect(thick.confidence).toBeLessThanOrEqual(1);
  });

  it('leaves placeholders of a copied template as unknown fields', () => {
    const result = classifyEmail(
      sent(
        'Invoice {{invoice_number}}',
        'Hi [Client Name],\n\nInvoice #[Invoice Number] for {{amount}} is due on [Due Date].',
      ),
    );
    expect(result.kind).toBe('invoice');
    expect(result.fields).toMatchObject({ amount: null, invoiceNumber: null, dueDate: null });
  });
});

describe('classifyEmail with corrections', () => {
  const invoiceToAna = sent('Invoice 1043', 'Hi Ana, attached is my invoice for March.', [
    'Invoice_1043.pdf',
  ]);

  it('respects "not an invoice" for a recipient domain', () => {
    const result = classifyEmail(invoiceToAna, {
      corrections: [{ recipientDomain: 'harbor-bakery.example', kind: 'other' }],
    });
    expect(result.kind).toBe('other');
    expect(explainInEnglish(result.signals[0]!)).toContain('harbor-bakery.example');
  });

  it('prefers a correction naming the subject over one for the whole domain', () => {
    const result = classifyEmail(invoiceToAna, {
      corrections: [
        { recipientDomain: 'harbor-bakery.example', kind: 'other' },
        { recipientDomain: 'harbor-bakery.example', subjectPattern: 'invoice *', kind: 'invoice' },
      ],
    });
    expect(result.kind).toBe('invoice');
  });

  it('ignores corrections for other domains and subjects', () => {
    const result = classifyEmail(invoiceToAna, {
      corrections: [
        { recipientDomain: 'elsewhere.example', kind: 'other' },
        { recipientDomain: 'harbor-bakery.example', subjectPattern: 'newsletter', kind: 'other' },
      ],
    });
    expect(result.kind).toBe('invoice');
  });
});
