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
