import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../../src/core/classify/classify-email';
import { findKindShapes } from '../../../../src/core/classify/kind-shapes';
import type { EmailKind } from '../../../../src/core/classify/kinds';

// Monday 6 April 2026, 09:00 UTC.
const SENT_AT = Date.UTC(2026, 3, 6, 9);

const shapeSignals = (text: string): string[] => findKindShapes(text).map((shape) => shape.signal);

// Each shape with words that must make it, and a near miss that shares some of its parts but not all.
const SHAPES: Array<{ shape: string; fires: string[]; nearMisses: string[] }> = [
  {
    shape: 'signalOfferWithTermsAndAsk',
    fires: [
      "For re-plastering the hallway I'd charge $1,900, materials included. Want me to pencil you in for May?",
      'Für die Gartenmauer würde ich 2.400 € berechnen, inklusive Material. Geben Sie mir Bescheid, ob das passt.',
      'Pour le site, mon tarif serait de 2 900 €, livraison sous trois semaines. Dites-moi si cela vous convient.',
      'Por el vídeo serían 1.800 €, con dos rondas de cambios incluidas. ¿Te parece bien?',
      'Voor de nieuwe huisstijl kom ik uit op € 3.100, inclusief twee correctierondes. Laat maar weten of ik mag starten.',
      'Pelo site eu cobraria R$ 5.200, incluindo hospedagem no primeiro ano. Se estiver de acordo, começamos na segunda.',
    ],
    nearMisses: [
      // A buyer naming the price they would pay.
      'Would you take $350 for the bike? I can pick it up on Saturday if that works.',
      // A price already agreed, in a progress note.
      "We're still within the $9,500 we agreed, including the extra page. Let me know if you'd like a call.",
      // A price someone else charged.
      'She charged me $2,000 for a similar site, hosting included, and I was happy with it.',
    ],
  },
  {
    shape: 'signalOfferWithTerms',
    fires: ["I'd fix both bugs for a flat $1,300, done within a week of your sign-off."],
    nearMisses: ['The shop fixed both bikes within a week of the order.'],
  },
  {
    shape: 'signalWorkShownAsksOpinion',
    fires: [
      "The second draft is attached. Tell me what's working and what isn't.",
      'Voici la première version du logo, dites-moi ce que vous en pensez.',
      'Der Entwurf für das Plakat ist fertig. Sagen Sie mir, was Ihnen gefällt und was wir ändern sollen.',
      'Hier is de eerste versie van de folder. Wat vind je ervan?',
    ],
    nearMisses: [
      'The second draft is attached.',
      "Dites-moi ce que vous en pensez, du restaurant d'hier soir.",
    ],
  },
  {
    shape: 'signalBlockedAsksInput',
    fires: [
      'So I can finish the menu, could you send me the new prices?',
      'Para terminar la web me hace falta el logo. ¿Me lo pasas?',
      'Para começar preciso das fotos; assim que receber, sigo. Pode me enviar até sexta?',
    ],
    nearMisses: [
      'Could you let me know when the payment goes out?',
      'So I can finish early on Friday, the call moves to Thursday.',
    ],
  },
  {
    shape: 'signalAsksWordsToShow',
    fires: [
      'Would you write a few lines about working with me that I could put on my website?',
      'Wil je een paar zinnen schrijven die ik op mijn site mag zetten?',
      "Accepteriez-vous d'écrire quelques mots que je pourrais publier ?",
    ],
    nearMisses: ['I wrote a few lines about the launch for the team newsletter.'],
  },
  {
    shape: 'signalAsksIfTheyLooked',
    fires: [
      'Did you get a chance to look at the layouts?',
      'Conseguiu dar uma olhada no material que mandei?',
      'Avez-vous pu jeter un œil au planning ?',
    ],
    nearMisses: ["I'll get to the layouts tomorrow and look at the chances of rain."],
  },
];

describe('kind shapes', () => {
  for (const { shape, fires, nearMisses } of SHAPES) {
    for (const text of fires) {
      it(`finds ${shape} in "${text.slice(0, 50)}"`, () => {
        expect(shapeSignals(text)).toContain(shape);
      });
    }
    for (const text of nearMisses) {
      it(`does not find ${shape} in the near miss "${text.slice(0, 50)}"`, () => {
        expect(shapeSignals(text)).not.toContain(shape);
      });
    }
  }

  it('counts only the strongest proposal shape', () => {
    const shapes = findKindShapes(
      "I'd charge $900, including two rounds of revisions. Shall I go ahead and book it in?",
    );
    expect(shapes.filter((shape) => shape.kind === 'proposal').map((shape) => shape.signal)).toEqual([
      'signalOfferWithTermsAndAsk',
    ]);
  });
});

interface Mail {
  subject: string;
  body: string;
  attachments?: string[];
}

// Whole emails: the shape decides the kind when no phrase cue names it, and the near misses stay put.
const KINDS: Array<{ rule: string; fires: [EmailKind, Mail]; nearMiss: [EmailKind, Mail] }> = [
  {
    rule: 'a priced offer in a casual reply is a proposal even when it never says so',
    fires: [
      'proposal',
      {
        subject: 'Re: the shed',
        body: "Had a look at the photos. I'd charge $2,750 for the shed base and frame, materials included. I can start on the 20th. Shall I book you in?",
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Re: the shed',
        body: 'Thanks for the price, $2,750 is fine by us. When can you start?',
      },
    ],
  },
  {
    rule: 'a priced offer in Dutch',
    fires: [
      'proposal',
      {
        subject: 'Tuinontwerp',
        body: 'Hoi Iris, voor het ontwerp en de beplanting reken ik € 1.650, inclusief één aanpassingsronde. Laat maar weten of ik het mag inplannen.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Tuin',
        body: 'Hoi Iris, kun je langskomen om de tuin te bekijken en een prijs te geven?',
      },
    ],
  },
  {
    rule: 'work shown with a question about it is a feedback request',
    fires: [
      'feedback_request',
      {
        subject: 'Brochure',
        body: 'The first proofs of the brochure are in the shared folder. Tell me what you think before I send them to print.',
      },
    ],
    nearMiss: [
      'other',
      { subject: 'Brochure', body: 'The brochures went to print this morning, they arrive Friday.' },
    ],
  },
  {
    rule: 'saying what is missing and asking for it is a details request',
    fires: [
      'details_request',
      {
        subject: 'Menu',
        body: "I'm nearly done with the menu but the dessert prices are missing. Could you send them over?",
      },
    ],
    nearMiss: ['other', { subject: 'Menu', body: 'The menu is done and printed, thanks for the prices.' }],
  },
  {
    rule: 'a few words asked for the website is a testimonial request',
    fires: [
      'testimonial_request',
      {
        subject: 'A favour',
        body: 'If you were happy with the garden, would you write a couple of sentences I could put on my site?',
      },
    ],
    nearMiss: [
      'other',
      { subject: 'Garden', body: 'I put a couple of photos of your garden on my site, as agreed.' },
    ],
  },
  {
    rule: 'a contract the user signed and sends back is not a proposal',
    fires: [
      'other',
      {
        subject: 'Re: contract',
        body: 'Signed copy attached, see you on Monday!',
        attachments: ['Contract_signed.pdf'],
      },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Contract for the mural',
        body: "Here's the contract for the mural. Please return a signed copy by Friday.",
        attachments: ['Mural_Contract.pdf'],
      },
    ],
  },
  {
    rule: "a supplier's invoice talked about in French is someone else's",
    fires: [
      'other',
      {
        subject: 'Facture du fournisseur',
        body: 'Salut Inès, le fournisseur a envoyé sa facture pour les étiquettes, tu peux la valider ?',
      },
    ],
    nearMiss: [
      'invoice',
      { subject: 'Facture', body: 'Bonjour, veuillez trouver ci-joint notre facture n° 12. Merci !' },
    ],
  },
  {
    rule: 'a bill said to be attached is an invoice, while Bill the name is not',
    fires: [
      'invoice',
      { subject: 'Re: tiling', body: 'Glad you like it! My bill for the tiling is attached, $840.' },
    ],
    nearMiss: ['other', { subject: 'Re: tiling', body: "Bill's notes from the site visit are attached." }],
  },
  {
    rule: 'a tender the user submits is a proposal, the tender documents a buyer sends are not',
    fires: [
      'proposal',
      {
        subject: 'Cleaning contract',
        body: 'Please find attached our tender for the office cleaning contract.',
        attachments: ['Cleaning_Tender_Response.pdf'],
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Cleaning contract',
        body: 'Please find attached the tender documents. This is an invitation to tender; we look forward to your bid.',
      },
    ],
  },
];

describe('classifyEmail with kind shapes', () => {
  for (const { rule, fires, nearMiss } of KINDS) {
    for (const [kind, mail] of [fires, nearMiss]) {
      it(`${rule}: "${mail.body.slice(0, 40)}" is ${kind}`, () => {
        const result = classifyEmail({
          subject: mail.subject,
          bodyText: mail.body,
          attachmentNames: mail.attachments ?? [],
          sentAt: SENT_AT,
        });
        expect(result.kind).toBe(kind);
      });
    }
  }

  it('tells the user why in words: a price offered, with its terms and a go-ahead question', () => {
    const result = classifyEmail({
      subject: 'Re: the shed',
      bodyText:
        "I'd charge $2,750 for the shed base and frame, materials included. I can start on the 20th. Shall I book you in?",
      attachmentNames: [],
      sentAt: SENT_AT,
    });
    expect(result.signals.map((signal) => signal.code)).toContain('signalOfferWithTermsAndAsk');
  });
});
