import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../../src/core/classify/classify-email';
import type { EmailKind } from '../../../../src/core/classify/kinds';

// Monday 23 November 2026, 09:00 UTC.
const SENT_AT = Date.UTC(2026, 10, 23, 9);

// Emails in the register of templates people copy from the web (issue #3: the held-back set is made of
// them), in the project's own words: placeholders left in, headings, bullet lists, and the languages
// template sites also publish in (Italian, Turkish). Each row is a wording family, not one template.
const MUST_FIRE: Array<[EmailKind, string, string, string[]?]> = [
  [
    'invoice',
    'Promemoria fattura 88',
    'Gentile cliente, la fattura n. 88 del 3 ottobre risulta ancora da saldare. Può effettuare il bonifico sul conto indicato.',
  ],
  [
    'invoice',
    'Aviso',
    'La factura {{numero}} sigue sin abonarse. De no recibir el pago en 7 días, iniciaremos la reclamación por vía judicial.',
  ],
  [
    'proposal',
    'Teklifimiz',
    'Sayın [Ad], web sitesi projesi için hazırladığımız teklifimizi ekte bulabilirsiniz.',
    ['Teklif_2026.pdf'],
  ],
  [
    'proposal',
    'Preventivo per il sito',
    'Buongiorno, in allegato trova il preventivo per il nuovo sito.',
    ['preventivo.pdf'],
  ],
  [
    'proposal',
    'Your launch party',
    "Hi Lena, for your launch party I'd suggest:\n\n**Gold Bundle – £1,450**\n- 4 hours of DJ set\n- lighting\n\nTo hold the date I need a 25% booking fee. Let me know if you have any questions!",
  ],
  [
    'followup',
    'Rappel',
    'Bonjour {{prenom}}, votre devis arrive à expiration dans 5 jours. Vous pouvez le signer en ligne : {{lien}}',
  ],
  ['followup', 'Tu presupuesto', 'Hola {{nombre}}, te recordamos que tu presupuesto caduca el viernes.'],
  [
    'followup',
    'Huisstijl',
    'Hoi Sanne, twee weken geleden stuurde ik je de offerte voor de nieuwe huisstijl. Ik vroeg me af of je al tijd hebt gehad om ernaar te kijken.',
  ],
  [
    'followup',
    'Hatırlatma',
    'Merhaba [Ad], size gönderdiğimiz fiyat teklifi [Tarih] tarihine kadar geçerli. Sorularınız için buradayım.',
  ],
  [
    'details_request',
    'Before your first session',
    "Hi {{name}}, please take five minutes to fill in the intake form below. We can't schedule your first session until it is done. {{link}}",
  ],
  [
    'details_request',
    'Launch',
    'Hi Jo, the one thing holding up the launch is the product photos. Could you send them over this week?',
  ],
  [
    'feedback_request',
    'Wrapping up',
    "Hi Amir, the project is wrapped. I'd love your candid feedback: what could we have done better?",
  ],
  [
    'feedback_request',
    'Brochure v2',
    "Here's the revised version of the brochure with your notes applied. Anything else you'd change?",
  ],
  [
    'invoice',
    'Claim 4',
    'Hi Ruth, attached is our progress claim for the slab and framing stages: A$9,800 inc. GST, 14 days.',
  ],
  ['invoice', 'Stage 2', 'Hi Ruth, stage 2 is done and signed off.', ['Payment_Claim_2.pdf']],
  [
    'proposal',
    'Expediente 14/2026',
    'Por la presente, Construcciones Alba presenta su oferta para el expediente 14/2026, por importe de 84.000 € (IVA excluido).',
  ],
  [
    'details_request',
    'Bilan 2026',
    'Bonjour, il nous manque encore vos relevés bancaires de mars pour clôturer votre bilan.',
  ],
  [
    'details_request',
    'Webshop',
    "Hoi Daan, om de webshop te bouwen heb ik nog je productfoto's en prijzen nodig.",
  ],
  [
    'details_request',
    'Before we start',
    'Hi {{name}}, please complete the onboarding form so we can set up your account before the kickoff: {{link}}',
  ],
  ['followup', 'Garden', 'Hi Tom, did you have any questions about the landscaping quote I sent last week?'],
  [
    'followup',
    'Verbouwing',
    'Hoi Eva, de offerte die we je stuurden voor de verbouwing is nog geldig tot vrijdag.',
  ],
  [
    'followup',
    'Pricing',
    'Hi Ana, a quick note that the pricing in the quote I shared is only valid until 15 January.',
  ],
  [
    'proposal',
    'Extra sockets',
    "Please find the attached change order for the extra socket runs: $1,150. Sign and return it if you're happy.",
  ],
  [
    'proposal',
    'Hébergement 2027',
    "Bonjour, pour 2027 nous vous proposons de renouveler l'hébergement aux mêmes conditions, soit 540 € HT par an. Merci de nous retourner le bon de commande signé.",
  ],
  [
    'proposal',
    'Engagement',
    'Thank you for choosing us. I have attached our engagement letter with a fixed fee of £2,400; please sign and return it so we can start.',
  ],
  [
    'proposal',
    'Refonte',
    'Merci pour votre confiance. Vous trouverez en pièce jointe notre proposition pour la refonte ; le budget proposé s’élève à {{montant}} HT.',
  ],
];

const NEAR_MISSES: Array<[EmailKind, string, string, string[]?]> = [
  [
    'other',
    'Rates for 2027',
    'Hi all, from January my day rate will increase to €650. Projects already booked keep the current rate.',
  ],
  [
    'other',
    'Appointment reminder',
    'Hi {{name}}, just a reminder of your appointment with {{host}} tomorrow at {{time}}.',
  ],
  [
    'other',
    'Your notes',
    "Thanks for your notes on the brochure! I'll have the revised version back to you by Thursday.",
  ],
  ['other', 'Flat', 'Our lawyer says the legal proceedings against the landlord start in May.'],
  [
    'other',
    'Richiesta preventivo',
    'Buongiorno, potete inviarmi un preventivo per la pulizia del nostro ufficio?',
  ],
  ['other', 'Fiyat teklifi talebi', 'Merhaba, ofisimizin temizliği için fiyat teklifi alabilir miyiz?'],
  ['other', 'Roof', "We'll send progress claim 2 once the roof is on."],
  ['other', 'Licitación', 'El plazo para presentar su oferta finaliza el 12 de enero.'],
  ['other', 'Salon', 'Vous nous manquez ! Revenez nous voir au salon en mars.'],
  [
    'feedback_request',
    'Survey',
    'Hi {{name}}, the project is wrapped. Could you take our short survey about how it went? {{link}}',
  ],
  [
    'proposal',
    'Patio',
    'Attached is our quote for the patio: £4,200 all in. The quote is valid until 31 January.',
  ],
  [
    'other',
    'Milestone funded',
    'Great news, the milestone is funded. It will be released once you approve the deliverable.',
  ],
  ['other', 'Tarifs 2027', 'À compter du 1er mars, nos tarifs horaires passeront de 80 € HT à 85 € HT.'],
  [
    'other',
    'Office',
    'Hello, we would like a quote for repainting our office, about 200 m². When could you visit?',
  ],
  ['other', 'Order', 'Thank you for choosing us! Your order has shipped.'],
];

// Must-fire rows first; the near misses share their words but ask for nothing (a buyer, a notice, a reminder).
describe('classifyEmail on template wording', () => {
  it.each([...MUST_FIRE, ...NEAR_MISSES])(
    'reads a %s: "%s"',
    (kind, subject, bodyText, attachmentNames = []) => {
      expect(classifyEmail({ subject, bodyText, attachmentNames, sentAt: SENT_AT }).kind).toBe(kind);
    },
  );
});
