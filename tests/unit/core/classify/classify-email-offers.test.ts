import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../../src/core/classify/classify-email';
import { findKindShapes } from '../../../../src/core/classify/kind-shapes';
import type { EmailKind } from '../../../../src/core/classify/kinds';
import type { ClassifyInput } from '../../../../src/core/mail';

// Tuesday 24 November 2026, 09:00 UTC.
const SENT_AT = Date.UTC(2026, 10, 24, 9);

type Mail = Pick<ClassifyInput, 'subject' | 'bodyText'> & { attachmentNames?: string[] };

const mail = (subject: string, bodyText: string, attachmentName?: string): Mail =>
  attachmentName ? { subject, bodyText, attachmentNames: [attachmentName] } : { subject, bodyText };

// Offers the sender makes without a go-ahead question (options, line items, retainers, renewals, change
// requests, a free date with a price, a price said plainly, a tender's priced part), and what only looks
// like one: the user as buyer or employer, a price confirmed after the yes, a shop's order confirmation.
// Each rule: messages in several languages it must read right, and near misses that must keep their kind.
const RULES: Array<{ rule: string; fires: Array<[EmailKind, Mail]>; nearMisses: Array<[EmailKind, Mail]> }> =
  [
    {
      rule: 'options the sender prices are a proposal',
      fires: [
        [
          'proposal',
          {
            subject: 'Garden design',
            bodyText:
              'Here are two ways to do it.\nA: planting plan only, $900.\nB: planting plan plus a patio layout and lighting, $2,150.',
          },
        ],
        [
          'proposal',
          {
            subject: 'Fotoshooting',
            bodyText:
              'Drei Pakete zur Auswahl: Basis mit 20 Bildern für 450 €, Plus mit 40 Bildern für 700 €, Premium mit Video für 1.200 €.',
          },
        ],
        [
          'proposal',
          {
            subject: 'Logo',
            bodyText:
              'Option 1 : une déclinaison de votre logo actuel, 600 €\nOption 2 : un logo entièrement nouveau, 1 400 €',
          },
        ],
      ],
      nearMisses: [
        // Two options somebody else priced.
        [
          'other',
          {
            subject: 'Van hire',
            bodyText:
              'Two options from the rental desk: they quoted $180 for the small van and $240 for the large one. Which should we book?',
          },
        ],
        [
          'other',
          {
            subject: 'Heizung',
            bodyText:
              'Wir haben zwei Varianten bezahlt: die Wartung für 150 € und den Filter für 40 €. Die Rechnung liegt im Ordner.',
          },
        ],
      ],
    },
    {
      rule: 'a quote written as priced lines with a total is a proposal',
      fires: [
        [
          'proposal',
          {
            subject: 'Deck repair',
            bodyText: 'New boards: $640\nFixings and stain: $190\nLabour, two days: $720\nTotal: $1,550',
          },
        ],
        [
          'proposal',
          {
            subject: 'Verhuizing',
            bodyText:
              'Verhuiswagen met chauffeur: € 480\nTwee extra verhuizers: € 320\nTotaal € 800 incl. btw',
          },
        ],
      ],
      nearMisses: [
        // The same lines on a receipt.
        [
          'other',
          {
            subject: 'Your receipt',
            bodyText: 'Paper towels: $12\nPrinter ink: $48\nTotal: $60\nPaid by card, thank you.',
          },
        ],
      ],
    },
    {
      rule: 'a retainer held to notice or a minimum term is a proposal',
      fires: [
        [
          'proposal',
          {
            subject: 'Monthly care plan',
            bodyText:
              'I can look after the site for $300 a month: updates, backups and two small changes, rolling with 30 days notice.',
          },
        ],
        [
          'proposal',
          {
            subject: 'Onderhoud',
            bodyText:
              'Voor € 120 per maand houd ik je website bij en los ik storingen op. Maandelijks opzegbaar.',
          },
        ],
      ],
      nearMisses: [
        [
          'other',
          {
            subject: 'Your plan renews soon',
            bodyText: 'Your cloud plan will renew on 1 December for $300 a month. No action is needed.',
          },
        ],
      ],
    },
    {
      rule: 'a free date beside the sender’s price is a proposal',
      fires: [
        [
          'proposal',
          {
            subject: 'Band for the party',
            bodyText: 'We have the 19th free. A three-hour set with our own sound would be $1,800.',
          },
        ],
        [
          'proposal',
          {
            subject: 'Sesión de fotos',
            bodyText: 'Tengo libre el viernes por la tarde. La sesión en exterior con 30 fotos serían 290 €.',
          },
        ],
        [
          'proposal',
          {
            subject: 'Casamento',
            bodyText: 'Tenho o dia 7 livre. A cobertura do casamento ficaria em 2.100 €.',
          },
        ],
      ],
      nearMisses: [
        [
          'other',
          { subject: 'Lunch', bodyText: 'I have Friday free. Shall we try the new place on the corner?' },
        ],
      ],
    },
    {
      rule: 'a change the original scope left out, priced by the sender, is a proposal',
      fires: [
        [
          'proposal',
          {
            subject: 'Extra Steckdosen',
            bodyText:
              'Die zwei zusätzlichen Steckdosen waren nicht im Angebot. Das wären 180 € pauschal, an einem Vormittag erledigt.',
          },
        ],
        [
          'proposal',
          {
            subject: 'Terrasse',
            bodyText:
              "L'éclairage du jardin n'était pas prévu : cela représente 750 € HT de plus, avec une journée de travail.",
          },
        ],
      ],
      nearMisses: [
        [
          'other',
          {
            subject: 'Project update',
            bodyText:
              'The extra sockets are in and everything is within the agreed $1,200. We finish on Friday.',
          },
        ],
      ],
    },
    {
      rule: 'a signed contract sent back closes a deal, whatever the language',
      fires: [
        [
          'other',
          {
            subject: 'Vertrag',
            bodyText: 'Hallo Herr Vogel, anbei der unterschriebene Vertrag zurück.',
            attachmentNames: ['Vertrag_unterschrieben.pdf'],
          },
        ],
        [
          'other',
          {
            subject: 'Contract',
            bodyText: 'Hoi Lotte, hierbij de getekende overeenkomst.',
            attachmentNames: ['Overeenkomst_getekend.pdf'],
          },
        ],
      ],
      nearMisses: [
        [
          'proposal',
          {
            subject: 'Contract for the kitchen',
            bodyText: 'Attached is the contract for your signature.',
            attachmentNames: ['Contract_Kitchen_2026.pdf'],
          },
        ],
      ],
    },
    {
      rule: 'a buyer bargaining over a price is not a proposal',
      fires: [
        [
          'other',
          {
            subject: 'Re: your proposal',
            bodyText: 'We like it, but it is over our budget. Could you do it for $2,000 instead?',
          },
        ],
        [
          'other',
          {
            subject: 'RE: presupuesto',
            bodyText:
              'Nos gusta la propuesta, pero nuestro presupuesto es de 1.500 €. ¿Podrías bajar un poco?',
          },
        ],
      ],
      nearMisses: [
        [
          'proposal',
          {
            subject: 'Proposal: website',
            bodyText:
              "Here's my proposal for the new site: $2,400, delivered in four weeks. If your budget is tighter, I can drop the blog.",
            attachmentNames: ['Proposal_Website.pdf'],
          },
        ],
      ],
    },
    {
      rule: "a supplier's quote passed on is a price the user pays",
      fires: [
        [
          'other',
          {
            subject: 'Devis',
            bodyText:
              'Bonjour Anne, ci-joint le devis du fournisseur pour les chaises, 2 300 €. À classer avec les achats.',
            attachmentNames: ['Devis_fournisseur.pdf'],
          },
        ],
        [
          'other',
          {
            subject: 'Quote',
            bodyText: "Hi Ben, here's the quote from the caterer for the launch, $1,900. Can you file it?",
            attachmentNames: ['Catering_Quote.pdf'],
          },
        ],
      ],
      nearMisses: [
        [
          'proposal',
          {
            subject: 'Devis',
            bodyText: 'Bonjour Anne, ci-joint notre devis pour les chaises, 2 300 €.',
            attachmentNames: ['Devis_Chaises.pdf'],
          },
        ],
      ],
    },
    {
      rule: 'a job offer is not a proposal',
      fires: [
        [
          'other',
          {
            subject: 'Your offer',
            bodyText:
              'We are pleased to offer you the role of site manager at a salary of $62,000. The contract is attached.',
            attachmentNames: ['Contract_Employment.pdf'],
          },
        ],
        [
          'other',
          {
            subject: 'Contrato',
            bodyText:
              'Nos alegra ofrecerte el puesto con un salario anual de 31.000 €. Te adjunto el contrato.',
            attachmentNames: ['Contrato_trabajo.pdf'],
          },
        ],
      ],
      nearMisses: [
        [
          'proposal',
          {
            subject: 'Contract for the audit',
            bodyText: 'Attached is the contract for the audit, for your signature.',
            attachmentNames: ['Contract_Audit.pdf'],
          },
        ],
      ],
    },
    // The sender's price however it is said, against a price the client, a colleague or a shop names.
    {
      rule: "a price standing alone after the scope, or said from the client's side, is the sender's",
      fires: [
        [
          'proposal',
          mail(
            'Re: porch light',
            'Replace the fitting and run a new switch line. £240. Could do Friday morning.',
          ),
        ],
        ['proposal', mail('Pintura', 'Pintura da sala e do corredor: 900 € + IVA. Posso ir na segunda.')],
        [
          'proposal',
          mail(
            'Re: workshop',
            "For the two-day workshop you'd be looking at $3,600, and the 9th is still open. Just say the word.",
          ),
        ],
        [
          'proposal',
          mail(
            'Re: gutters',
            "Clearing and resealing all the gutters is £180, and that includes the downpipes. I've got Tuesday free.",
          ),
        ],
      ],
      nearMisses: [
        // What a subscription costs is a product's price, not work offered.
        [
          'other',
          mail(
            'Newsletter',
            'An annual subscription costs $50 and the new issues start in January. Is it worth it?',
          ),
        ],
        ['other', mail('Train', 'Tickets went up again. £95. Could not believe it, honestly.')],
      ],
    },
    {
      rule: 'how the offered price will be paid later is a term of the offer, not a bill',
      fires: [
        [
          'proposal',
          mail(
            'Piano lessons',
            'Ten lessons from 5 January come to £380, payable in advance. Shall I book Mondays at 4?',
          ),
        ],
        [
          'proposal',
          mail(
            'Hausmeisterdienst',
            'Für den Hausmeisterdienst berechnen wir 2.400 € im Jahr, zahlbar in zwei Raten. Geben Sie uns kurz Bescheid.',
          ),
        ],
        [
          'proposal',
          mail('Re: aplicativo', 'O app completo seria R$ 18.000, metade no início e metade na entrega.'),
        ],
        [
          'proposal',
          mail(
            'Re: checkout',
            'Adding Apple Pay and Google Pay through your payment provider would come to $2,400, and I could start on the 3rd.',
          ),
        ],
      ],
      nearMisses: [
        [
          'invoice',
          mail(
            'Second instalment',
            'The second of two instalments, £600, is now due. You can pay by bank transfer to the account below.',
          ),
        ],
        [
          'invoice',
          mail('Rechnung 2026-41', 'Die Rechnung über 1.200 € ist zahlbar innerhalb von 14 Tagen.'),
        ],
        ['invoice', mail('Balance', 'The $2,400 is now due; you can pay through the link below.')],
      ],
    },
    {
      rule: 'a cap on hourly work, a date still free and an estimate that depends on a choice are terms',
      fires: [
        [
          'proposal',
          mail('Re: koppeling', 'Ik doe het op uurbasis, € 80 per uur, met een plafond van 20 uur.'),
        ],
        [
          'proposal',
          mail(
            'Re: reportage',
            'Pour le reportage, ça vous reviendrait à 1 800 €. Le 3 juillet est encore libre.',
          ),
        ],
        [
          'proposal',
          mail(
            'Re: loft',
            'I put some numbers together. Ballpark is about 12-15k depending on the finishes you pick.',
          ),
        ],
      ],
      nearMisses: [
        // A cap someone else sets on their own spending.
        ['other', mail('Budget', 'Our travel budget is capped at €2,000 per person this year.')],
      ],
    },
    {
      rule: 'a price confirmed after the yes is not an offer, while "as discussed" before a new price is',
      fires: [
        [
          'other',
          mail(
            'Re: extension',
            'Thanks for the go-ahead! Confirmed at $4,100 as per the quote, and I start on the 2nd.',
          ),
        ],
        [
          'other',
          mail(
            'Re: parquet',
            'Merci pour votre accord ! Je confirme le montant de 2 300 € comme convenu, je commence mardi.',
          ),
        ],
        [
          'other',
          mail(
            'Re: website',
            'Bedankt voor je akkoord, dan staat het op € 1.900 zoals afgesproken. Ik begin maandag.',
          ),
        ],
      ],
      nearMisses: [
        [
          'proposal',
          mail(
            'Parquet',
            'Comme convenu au téléphone, voici le chiffrage. Pose du parquet et des plinthes pour 3 200 € TTC. Je peux intervenir dès le 8.',
          ),
        ],
        [
          'proposal',
          mail(
            'Fassade',
            'Wie vereinbart erhalten Sie im Anhang die Kalkulation für die Fassade. Gesamtsumme: 18.400 € brutto.',
          ),
        ],
      ],
    },
    {
      rule: 'a quote the user received and asks about is not a proposal',
      fires: [
        ['other', mail('Re: orçamento', 'Recebi o orçamento, obrigado. Os R$ 2.100 incluem a montagem?')],
        ['other', mail('Re: presupuesto', 'He recibido el presupuesto. ¿Los 750 € incluyen el transporte?')],
        ['other', mail('Re: devis', "J'ai bien reçu votre devis. Les 1 200 € comprennent-ils la dépose ?")],
      ],
      nearMisses: [
        [
          'proposal',
          mail(
            'Cozinha',
            'Recebi as medidas, obrigado. O orçamento segue em anexo: R$ 2.100 com montagem.',
            'Orcamento_Cozinha.pdf',
          ),
        ],
      ],
    },
    {
      rule: "a bidder's priced part of a tender is a proposal",
      fires: [
        [
          'proposal',
          mail(
            'Licitación 12/2026',
            'Adjuntamos la memoria técnica y la oferta económica para el expediente 12/2026, por 38.000 € anuales.',
          ),
        ],
        [
          'proposal',
          mail(
            'Cleaning contract',
            'Please find attached our method statement and the completed pricing schedule: £41,000 a year.',
          ),
        ],
      ],
      nearMisses: [
        // The buyer sends the tender out.
        [
          'other',
          mail(
            'Invitation to tender',
            'We invite you to tender for our cleaning contract. Please submit your bid by 5 March.',
          ),
        ],
      ],
    },
    {
      rule: "answering the client's feedback with a new price is a proposal, not a feedback request",
      fires: [
        [
          'proposal',
          mail(
            'Re: site',
            'Suite à votre retour, je retire la version mobile : cela ramène le prix à 1 650 € au lieu de 1 900 €.',
          ),
        ],
      ],
      nearMisses: [
        [
          'feedback_request',
          mail('Maquette', "Voici la deuxième version de la maquette. J'attends votre retour."),
        ],
      ],
    },
    {
      rule: "an order confirmation's lines are not a quote",
      fires: [
        [
          'other',
          mail(
            'Order 4471',
            'Thanks for shopping with us!\nBlue mug £12.00\nTea towel £8.00\nTotal £20.00 charged to Mastercard.',
          ),
        ],
      ],
      nearMisses: [['proposal', mail('Mugs', 'Blue mugs, 40 pcs: £480\nPrinting: £120\nTotal: £600')]],
    },
    {
      rule: 'what the sender can take on, or when they have time, beside their price is a term',
      fires: [
        [
          'proposal',
          mail(
            'Reception cover',
            'I could cover the reception desk three mornings a week at £16 an hour, so £288 a week.',
          ),
        ],
        ['proposal', mail('Muro', 'A pintura do muro fica por 380 €. Tenho disponibilidade na segunda.')],
        ['proposal', mail('Übersetzung', 'Die Übersetzung kostet 420 €, Liefertermin wäre Freitag.')],
        ['proposal', mail('Montage', "Le montage des meubles : 260 €. J'ai des disponibilités mardi.")],
      ],
      nearMisses: [['other', mail('Saturday', "I could take the train, it's £45 return. See you there.")]],
    },
    {
      rule: "the price called an investment is the sender's",
      fires: [
        ['proposal', mail('Site', 'O investimento seria de R$ 3.000, com entrega em 15 dias.')],
        ['proposal', mail('Brand refresh', 'The investment is $2,800, and I can start on the 12th.')],
      ],
      nearMisses: [
        [
          'other',
          mail(
            'Savings',
            'The investment fund returned 4% this year, about $2,800 on our savings. Shall we keep it?',
          ),
        ],
      ],
    },
    {
      rule: 'the user accepting a quote is the buyer, not a proposal',
      fires: [
        ['other', mail('Ihr Angebot', 'Wir nehmen Ihr Angebot über 2.300 € an, bitte starten Sie im März.')],
        ['other', mail('Re: quote', 'We accept your quote of $1,900, please go ahead.')],
        ['other', mail('Re: devis', "J'accepte votre devis de 850 €, vous pouvez commencer lundi.")],
      ],
      nearMisses: [
        [
          'proposal',
          mail(
            'Bathroom',
            'Attached is my quote for $1,900. If you accept the quote, I can start on Monday.',
            'Quote_Bathroom.pdf',
          ),
        ],
      ],
    },
    {
      rule: 'money the sender just paid is not a bill, while money asked to be moved now is',
      fires: [
        ['other', mail('Sinal', 'Acabei de fazer o Pix de R$ 300 do sinal. Me avisa quando cair?')],
        [
          'other',
          mail('Virement', 'Je viens de faire le virement de 450 €, pouvez-vous confirmer la réception ?'),
        ],
        [
          'other',
          mail('Transferencia', 'Acabo de hacer la transferencia de 200 €. ¿Me confirmas cuando llegue?'),
        ],
        [
          'invoice',
          mail(
            'October lessons',
            'That comes to £270 for the October lessons. Could you transfer it by the 5th?',
          ),
        ],
      ],
      nearMisses: [
        [
          'proposal',
          mail(
            'Lessons',
            'That would come to £270 for ten lessons, and I can start on the 5th. Shall I book you in?',
          ),
        ],
      ],
    },
    {
      rule: 'starting when the client likes, or a day the sender has free, beside their price is a term',
      fires: [
        [
          'proposal',
          mail(
            'Yoga',
            'Je vous propose 8 cours de yoga à domicile, 480 € au total. On commence quand vous voulez.',
          ),
        ],
        [
          'proposal',
          mail(
            'Fiesta',
            'Animación infantil de 2 horas, 220 €. El sábado lo tengo libre; si lo queréis, os lo bloqueo.',
          ),
        ],
        [
          'proposal',
          mail('Tax return', 'Our fixed fee is £1,200 plus VAT, payable in three monthly instalments.'),
        ],
        [
          'proposal',
          mail(
            'Re: launch film',
            "For the launch film you're looking at around $5,000. I've got a free week in March.",
          ),
        ],
      ],
      nearMisses: [['other', mail('Gym', 'The gym is £30 a month and I go every week.')]],
    },
    {
      rule: "a colleague's or relative's price the sender points to is not the sender's offer",
      fires: [
        [
          'other',
          mail(
            'Re: stucwerk',
            'Ik doe geen stucwerk, maar mijn collega doet dat voor € 45 per uur. Zal ik hem vragen?',
          ),
        ],
        [
          'other',
          mail(
            'Re: patio',
            'Not my area, but my colleague could do it for about $800. Shall I introduce you?',
          ),
        ],
      ],
      nearMisses: [
        [
          'proposal',
          mail(
            'Re: build',
            'My colleague and I can do the whole build for $8,000, starting on the 3rd. Shall we book it?',
          ),
        ],
      ],
    },
    {
      rule: 'asking firms for their rates makes the user the buyer',
      fires: [
        [
          'other',
          mail('Reportage', "Pourriez-vous nous envoyer vos tarifs pour un reportage d'une journée ?"),
        ],
        ['other', mail('Two-day shoot', 'Could you send us your rates for a two-day shoot in April?')],
      ],
      nearMisses: [
        [
          'details_request',
          mail('Site', 'Pourriez-vous nous envoyer vos photos et le logo avant vendredi ?'),
        ],
      ],
    },
    {
      rule: 'a contract sent for signature is a proposal',
      fires: [
        [
          'proposal',
          mail(
            'January',
            "The consulting agreement for January is in DocuSign now; once you've signed I'll countersign.",
          ),
        ],
        [
          'proposal',
          mail(
            'Rahmenvertrag 2027',
            'Der Rahmenvertrag für 2027 liegt bereit. Bitte unterschreiben Sie ihn bis Freitag.',
          ),
        ],
        [
          'proposal',
          mail(
            'Maintenance',
            'Voici le lien pour signer le contrat de maintenance : https://sign.example/c/41',
          ),
        ],
        [
          'proposal',
          mail('Contrato', 'O contrato de manutenção já está disponível para assinatura no portal.'),
        ],
      ],
      nearMisses: [
        // The user's signature given: the deal closes on the other side.
        ['other', mail('Agreement', "I've signed the services agreement and put it back in DocuSign.")],
        ['other', mail('Contrato', 'Te devuelvo el contrato firmado. ¡Gracias!')],
      ],
    },
    {
      rule: 'a price the sender revises, caps or holds is a proposal',
      fires: [
        [
          'proposal',
          mail('Re: video', 'Happy to bring it down to $3,900 from $4,600 if we skip the animation.'),
        ],
        [
          'proposal',
          mail('Re: audit', 'Dagtarief €640, met een maximum van 5 dagen. Dus nooit meer dan €3.200.'),
        ],
        ['proposal', mail('Re: folleto', 'Puedo dejarlo en 980 € en lugar de 1.200 €.')],
        [
          'proposal',
          mail('Re: loft', 'The figure I gave you, £1,800 for the loft boarding, stands until the 12th.'),
        ],
      ],
      nearMisses: [
        ['other', mail('Hedges', 'Our winter hedge package from £45 is back! Read more on the blog.')],
        [
          'other',
          mail(
            'Re: audit',
            'My colleague charges about €60 an hour and never more than €500 for a small job.',
          ),
        ],
      ],
    },
    {
      rule: 'a day the sender is free beside their price is a proposal',
      fires: [
        ['proposal', mail('Re: gate', 'Materials and labour £260. Free Thursday.')],
        ['proposal', mail('Portraits', 'Je suis à 350 € pour la séance. Je peux vous proposer le mardi 8.')],
        ['proposal', mail('Ensaio', 'Fica R$ 1.200 com as fotos tratadas. Tenho a sexta dia 4 livre.')],
        ['proposal', mail('Re: app', 'Rough number for the booking app: around $25k, over about 8 weeks.')],
      ],
      nearMisses: [
        ['other', mail('Gate', 'Are you free Thursday to talk through the £260 repair they quoted?')],
        ['other', mail('Séance', 'Merci ! Je suis à 350 € de budget pour la séance, pas plus.')],
      ],
    },
    {
      rule: "a short reply that is little more than the sender's price is a proposal",
      fires: [
        [
          'proposal',
          mail('Re: shelves', 'Hi Jo, two floating shelves in oak would be £260 fitted. Free Friday.'),
        ],
        [
          'proposal',
          mail('Re: Wandfarbe', 'Hallo Frau Ott,\nmache ich Ihnen für 380 Euro, Farbe inklusive.\nGruß Nils'),
        ],
        ['proposal', mail('Re: ¿y el precio?', 'Hola Sara, estaríamos hablando de unos 900 euros con todo.')],
        ['proposal', mail('Re: dakgoot', 'Hoi Piet, voor de hele goot zit je op € 640 incl. btw.')],
        ['proposal', mail('Re: azulejos', 'Boa tarde Sr. Luís, sai a R$ 70 o m², ou seja R$ 2.100 ao todo.')],
      ],
      nearMisses: [
        // The user as the buyer answering with a price they accept or were told.
        ['other', mail('Re: shelves', 'Hi Tom, £260 is fine, see you Friday.')],
        ['other', mail('Re: vans', 'The removals firm charges £90 an hour, so I think we can afford it.')],
        // A short bill is not an offer.
        ['other', mail('Re: lessons', 'Thanks, I paid the €120 for November this morning.')],
      ],
    },
    {
      rule: 'a rate the sender names while turning the work down is not an offer',
      fires: [
        [
          'proposal',
          mail('Re: portraits', 'I can do the shoot for $650, edited gallery included. I have the 9th free.'),
        ],
      ],
      nearMisses: [
        [
          'other',
          mail(
            'Re: portraits',
            "Thanks for asking! I'll have to pass on this one, my calendar is full. My usual rate is about $650 if that helps you budget.",
          ),
        ],
        [
          'other',
          mail(
            'Re: Umzug',
            'Danke für die Anfrage, da muss ich leider absagen. Normalerweise liegt mein Preis bei 900 €.',
          ),
        ],
        [
          'other',
          mail(
            'Re: site',
            'Merci, mais je dois malheureusement décliner. Mon tarif habituel serait de 2 000 €.',
          ),
        ],
      ],
    },
    {
      rule: "a price in a short reply that is someone else's, or the buyer's counter-offer, is not an offer",
      fires: [
        [
          'proposal',
          mail('Re: Küche', 'Hallo Herr Brandt, die Montage mache ich Ihnen für 850 €. Dienstag ginge.'),
        ],
      ],
      nearMisses: [
        [
          'other',
          mail(
            'Re: Küche',
            'Den Auftrag kann ich leider nicht übernehmen. Rechnen Sie mit etwa 850 € bei einem Kollegen.',
          ),
        ],
        [
          'other',
          mail(
            'Re: mudanza',
            'No puedo aceptar más encargos este mes. Te recomiendo a Luis, cobra unos 35 € la hora.',
          ),
        ],
        [
          'other',
          mail('Re: decking', 'Could you do the full deck for £3,000 if we take away the old boards?'),
        ],
        [
          'other',
          mail(
            'Re: vertaling',
            'Dit kan ik helaas niet aannemen. Ik raad je Sanne aan, zij vraagt € 0,10 per woord.',
          ),
        ],
      ],
    },
    {
      rule: 'the buyer telling the seller to proceed with their price is not a proposal',
      fires: [
        [
          'proposal',
          mail(
            'Orçamento - site',
            'Oi Bia, segue o orçamento do site: R$ 3.500, em até 2x. Prazo de 15 dias.',
          ),
        ],
      ],
      nearMisses: [
        ['other', mail('Re: Orçamento - site', 'Oi Lu, adorei! Pode seguir com o orçamento de R$ 3.500.')],
        [
          'other',
          mail('Re: Presupuesto baño', 'Hola Toni, perfecto, puedes seguir con el presupuesto de 4.200 €.'),
        ],
        ['other', mail('Re: Quote - fence', 'Hi Sam, looks good, you can go ahead with the £1,900 quote.')],
        [
          'other',
          mail('Re: Devis cuisine', "Bonjour, c'est parfait, vous pouvez commencer lundi pour 6 300 €."),
        ],
      ],
    },
    {
      rule: 'a bidder presenting its own offer to a tender is a proposal',
      fires: [
        [
          'proposal',
          mail(
            "Réponse à l'appel d'offres 2026-12 - entretien des espaces verts",
            "Madame, Monsieur,\nNous avons l'honneur de vous remettre notre offre pour l'entretien des espaces verts, pour un montant de 31 200 € HT par an.",
          ),
        ],
        [
          'proposal',
          mail(
            'Licitación 44/2026 - limpieza',
            'Estimados señores:\nPor la presente presentamos nuestra oferta para el servicio de limpieza por un importe anual de 52.000 € más IVA.',
          ),
        ],
      ],
      nearMisses: [
        [
          'other',
          mail(
            "Appel d'offres 2026-12 - entretien des espaces verts",
            "Bonjour,\nLa commune lance un appel d'offres pour l'entretien de ses espaces verts. Les offres sont à remettre avant le 15 janvier.",
          ),
        ],
      ],
    },
    {
      rule: 'a short reply that works out, opens on or adds work to the sender’s price is a proposal',
      fires: [
        [
          'proposal',
          mail('Re: garden tidy', 'Half a day + green waste removal = £220. free next wed if that suits'),
        ],
        ['proposal', mail('Re: fence panels', '£540 for six panels fitted, could start friday')],
        ['proposal', mail('Re: driveway', 'ok $2,300 and ill reseal the edging too. final offer')],
        ['proposal', mail('Re: Terrasse', '2 Tage Arbeit + Material = 1.850 €. Ginge ab dem 3. März')],
        [
          'proposal',
          mail('Re: parquet', '3 jours de pose + fournitures = 2 400 €. dispo la semaine prochaine'),
        ],
      ],
      nearMisses: [
        ['other', mail('Re: fence panels', 'I paid £540 for six panels last year, that seems steep')],
        ['other', mail('Re: cabin weekend', 'Cabin 600 € + food 120 € = 720 €, so 120 € each')],
      ],
    },
    {
      rule: 'the sender’s charges with an advance to start are a proposal',
      fires: [
        [
          'proposal',
          mail(
            'Mobile app charges',
            'As discussed, our charges for the Android and iOS app will be USD 9,000. 40% advance, balance on delivery. Kindly confirm to proceed.',
          ),
        ],
      ],
      nearMisses: [
        [
          'other',
          mail(
            'Catering',
            'The caterer says their charges will be $900 and they want 50% advance. Shall I ask someone else too?',
          ),
        ],
      ],
    },
    {
      rule: 'a quoting app’s quote with a link to view it is a proposal',
      fires: [
        [
          'proposal',
          mail(
            'Quote Q-88 from Tidy Gardens',
            'Your quote is ready.\nGarden clearance, front and back\nTotal: $640.00\nView quote: https://quotes.example/q/88',
          ),
        ],
        [
          'proposal',
          mail(
            'Neues Angebot für Praxis Weber',
            'Malerarbeiten Wartezimmer\nGesamt: 2.480,00 €\nAngebot ansehen: https://angebote.example/a/14',
          ),
        ],
      ],
      nearMisses: [
        [
          'other',
          mail(
            'Quote Q-91 was accepted by Lakeside Cafe',
            'Good news: Lakeside Cafe accepted your quote Q-91 ($1,240.00).\nView quote: https://quotes.example/q/91',
          ),
        ],
      ],
    },
    {
      rule: 'an answer to an RFQ is the supplier’s offer; the RFQ’s rules for bidders are the buyer’s',
      fires: [
        [
          'proposal',
          mail(
            'Response to RFQ 2026-33 – grounds maintenance',
            'Greenway Ltd submits the following response to RFQ 2026-33.\nPrice: £18,400 per year.\nThis offer is valid for 60 days.',
          ),
        ],
        [
          'proposal',
          mail(
            'Offer for roof insulation',
            'Good afternoon, I send you our offer for the roof insulation. Price for the whole roof is 14 200 PLN brutto.',
          ),
        ],
      ],
      nearMisses: [
        [
          'other',
          mail(
            'Request for Quotation 2026-33 – grounds maintenance',
            'Dear Supplier,\nThe Trust invites quotations for grounds maintenance. Quotations must be received by 12 January 2027 and remain valid for 60 days. The Trust is not bound to accept the lowest quotation.',
            'RFQ-2026-33_Pricing_Schedule.xlsx',
          ),
        ],
        [
          'other',
          mail(
            'Licitación 12/2027 - jardinería',
            'Estimados proveedores:\nLas ofertas deberán presentarse antes del 20 de enero de 2027 con una validez de 90 días.',
          ),
        ],
        [
          'other',
          mail(
            'Ausschreibung Unterhaltsreinigung',
            'Sehr geehrte Damen und Herren,\ndie Angebote sind bis zum 15. Januar 2027 einzureichen. Die Bindefrist beträgt 60 Tage.',
          ),
        ],
      ],
    },
    {
      rule: 'a confirmed booking is neither an offer nor a bill',
      fires: [],
      nearMisses: [
        [
          'other',
          mail(
            'Booking confirmed – rehearsal room',
            'Your booking is confirmed.\nRoom 2, Friday 10:00–14:00\nTotal paid: £96.00\nSee you then!',
          ),
        ],
        [
          'other',
          mail(
            'Confirmation de réservation',
            "Nous confirmons votre réservation du 2 au 9 août. L'acompte de 300 € a bien été reçu ; le solde de 700 € sera à régler à votre arrivée.",
          ),
        ],
        [
          'other',
          mail(
            'Boeking bevestigd',
            'Uw boeking is bevestigd: drie nachten, totaal € 420, te betalen bij aankomst.',
          ),
        ],
      ],
    },
    {
      rule: 'a buyer asking the seller to do it for less is not a proposal',
      fires: [],
      nearMisses: [
        ['other', mail('Re: orçamento do sofá', 'Achei caro, consegue fazer por R$ 1.500? Se sim fechamos.')],
        ['other', mail('Re: quote', 'Can you do it for $800? Then we have a deal.')],
        ['other', mail('Re: presupuesto', '¿Puedes dejarlo en 900 €? Así lo cerramos hoy.')],
      ],
    },
    {
      rule: "the sender's price put as a question the client can say yes to is a proposal",
      fires: [
        [
          'proposal',
          mail(
            'Piano lessons',
            'Lovely to meet Maya today. Would ten weekly lessons at £320 for the term suit you? We could begin on the 12th.',
          ),
        ],
        [
          'proposal',
          mail('Bedienungsanleitung', 'Wären 0,09 € pro Wort für die Übersetzung für Sie in Ordnung?'),
        ],
        [
          'proposal',
          mail('Tuinonderhoud', 'Zou € 40 per keer voor jullie werken? Dan kom ik om de week op vrijdag.'),
        ],
        [
          'proposal',
          mail(
            'Re: the website',
            'I know timing is tight. If you can decide this week, would $2,400 instead of $2,900 help?',
          ),
        ],
        ['proposal', mail('Coaching', 'Est-ce que 450 € pour les trois séances vous conviendrait ?')],
        [
          'proposal',
          mail(
            'Variation 2',
            'The extra downlights in the hall come to £240 + VAT. Reply "yes" and we will fit them on Monday.',
          ),
        ],
        [
          'proposal',
          mail(
            'Ihre Lohnbuchhaltung',
            'Wie besprochen würden wir die Lohnabrechnung für Ihre vier Angestellten für monatlich 180 € übernehmen. Passt das für Sie?',
          ),
        ],
      ],
      nearMisses: [
        [
          'other',
          mail('Bookkeeping', 'Before I hire anyone, would $40 an hour be reasonable for a bookkeeper?'),
        ],
        [
          'other',
          mail('Re: offerte', 'Zou je het voor € 1.800 kunnen doen? Dat is meer dan we hoopten te betalen.'),
        ],
      ],
    },
    {
      rule: 'the client answering a price, haggling over it or taking it, is not a proposal',
      fires: [
        [
          'proposal',
          mail(
            'Ceremony music',
            'For the ceremony and drinks I would charge £720, two sets. If you are happy, just reply yes and I will hold 6 June for you.',
          ),
        ],
      ],
      nearMisses: [
        [
          'other',
          mail(
            'Re: garden wall',
            '£4,200 is a bit more than we budgeted. Any chance of £3,800 if we skip the capping?',
          ),
        ],
        [
          'other',
          mail('Re: Band', 'Die 1.900 € sind etwas mehr als wir eingeplant hatten. Geht auch 1.600 €?'),
        ],
        [
          'other',
          mail(
            'Re: DJ',
            'Yes please to the $650 package, consider 14 March booked! Shall we send the deposit by transfer?',
          ),
        ],
        ['other', mail('Re: reforma', 'Os 12.000 reais ficaram acima do que eu esperava. Faz por 10.500?')],
        [
          'other',
          mail('Re: sofa', 'Could you do £900 if we pay the deposit today? Then we can collect on Saturday.'),
        ],
      ],
    },
    {
      rule: 'a range the sender puts on the job, with when they can do it, is a proposal',
      fires: [
        [
          'proposal',
          mail(
            'Re: boiler',
            'Probably between £1,900 and £2,300 for a new combi, depending on the flue. I could fit it the week after next.',
          ),
        ],
        [
          'proposal',
          mail(
            'Re: persiana',
            'Entre 400 y 550 euros según el estado de la persiana. Lo puedo hacer el jueves.',
          ),
        ],
      ],
      nearMisses: [
        // The buyer asking whether the range is right.
        [
          'other',
          mail(
            'Deck',
            'Would it be between $500 and $800 to redo the deck, roughly? We could start clearing it in May.',
          ),
        ],
      ],
    },
    {
      rule: 'the sender offering work at a price written in words is a proposal',
      fires: [
        [
          'proposal',
          mail(
            'The fence',
            'For the whole run, posts and panels, it would be twelve hundred pounds. Two days on site.',
          ),
        ],
        ['proposal', mail('Fassade', 'Für den Anstrich der Fassade liegen wir bei dreitausend Euro.')],
      ],
      nearMisses: [
        [
          'other',
          mail(
            'That car',
            'My uncle gave three thousand pounds for that car, and it would be worth twice that now.',
          ),
        ],
      ],
    },
    {
      rule: 'a starting price in a short reply to the client is a proposal',
      fires: [
        [
          'proposal',
          mail(
            'Re: headshots',
            'Headshots start from $150 for half an hour, with five retouched images. Send me a couple of dates and I will check.',
          ),
        ],
      ],
      nearMisses: [
        // Not a reply: what a shop's range costs.
        [
          'other',
          mail('New bikes', 'The new range of bikes starts at €1,200. Come and see them on Saturday.'),
        ],
      ],
    },
    {
      rule: "the sender's own prices sent as a document or a link are a proposal",
      fires: [
        [
          'proposal',
          mail(
            'Loft conversion',
            'As discussed on site, our figures for the loft are attached. Ring me with any questions.',
          ),
        ],
        [
          'proposal',
          mail(
            'Website',
            'Hier ist der Link zum Konzept: https://docs.example/k. Die Kosten stehen alle drin.',
          ),
        ],
        [
          'proposal',
          mail(
            'Identité visuelle',
            'Voici le lien vers la présentation ; les tarifs sont tous dans le document.',
          ),
        ],
      ],
      nearMisses: [
        ['other', mail('Q3', "The sales figures for Q3 are attached, ahead of Monday's board meeting.")],
      ],
    },
    {
      rule: 'the price the work comes to, said the way each language says it, beside when or an ask',
      fires: [
        [
          'proposal',
          mail(
            'Re: Hecke',
            'Hallo Herr Brandt, für Hecke und Rasen würd ich 180 € nehmen, jeden zweiten Freitag. Passt das?',
          ),
        ],
        [
          'proposal',
          mail(
            'Re: fiesta',
            'Hola! El show dura dos horas y sale $60.000, voy a domicilio. Avisame y te reservo el día.',
          ),
        ],
        [
          'proposal',
          mail(
            'Re: verhuizing',
            'Hoi Sanne, voor de hele verhuizing met twee man dat wordt € 640. Laat maar weten of ik het kan vastzetten.',
          ),
        ],
        [
          'proposal',
          mail(
            'Re: faire-part',
            'Bonjour Léa, pour les 60 cartons et les menus je serais à 310 €. Je peux livrer début juin.',
          ),
        ],
        [
          'proposal',
          mail(
            'Re: gutters',
            'Mrs Hale, clear and reseal all gutters, new downpipe at the back. Cost for the above £860. Lead time about 3 weeks.',
          ),
        ],
        [
          'proposal',
          mail(
            'RE: volets',
            'Bonjour, repeindre les six volets : 720 € TTC, peinture comprise. Je peux commencer lundi.',
          ),
        ],
      ],
      nearMisses: [
        // Someone else's price passed on, and the client saying yes to the sender's quote.
        [
          'other',
          mail('Installateur', 'Der Installateur würde 480 € für die Reparatur nehmen. Soll ich zusagen?'),
        ],
        [
          'other',
          mail(
            'Re: your quote',
            "Thanks Marco, we're happy to go ahead with your quote of $3,200. When could you start?",
          ),
        ],
        [
          'other',
          mail(
            'Re: Devis 0098',
            'Bonjour, bon pour accord pour le devis 0098 de 1 980 € TTC. Vous pouvez commencer lundi.',
          ),
        ],
      ],
    },
    {
      rule: 'an engagement letter whose signed copy is asked back is a proposal',
      fires: [
        [
          'proposal',
          mail(
            'Lettre de mission 2027',
            'Monsieur,\n\nVeuillez trouver ci-joint notre lettre de mission pour la tenue de vos comptes 2027. Honoraires : 2 400 € HT par an.\n\nMerci de nous retourner un exemplaire signé avant le 15 décembre.',
            'Lettre_de_mission_2027.pdf',
          ),
        ],
      ],
      nearMisses: [
        [
          'other',
          mail(
            'RE: Lettre de mission 2027',
            'Bonjour, je vous retourne la lettre de mission signée. Bonne journée.',
            'Lettre_de_mission_2027_signee.pdf',
          ),
        ],
      ],
    },
  ];

const classify = (mail: Mail): EmailKind =>
  classifyEmail({ attachmentNames: [], ...mail, sentAt: SENT_AT }).kind;

describe('classifyEmail on offers without a question, and on look-alikes', () => {
  for (const { rule, fires, nearMisses } of RULES) {
    for (const [kind, mail] of fires) {
      it(`reads ${rule}: "${mail.bodyText.slice(0, 40)}" as ${kind}`, () => {
        expect(classify(mail)).toBe(kind);
      });
    }
    for (const [kind, mail] of nearMisses) {
      it(`keeps the near miss apart (${rule}): "${mail.bodyText.slice(0, 40)}" stays ${kind}`, () => {
        expect(classify(mail)).toBe(kind);
      });
    }
  }

  it('says why: choices of work, each with the price you offer', () => {
    const shapes = findKindShapes('Two options: a one-day workshop for €1,500, or two days for €2,700.');
    expect(shapes.map((shape) => shape.signal)).toContain('signalPricedOptions');
  });

  it('says why: a contract sent for them to sign', () => {
    const shapes = findKindShapes(
      'Here is the link to sign the retainer agreement: https://sign.example/r/7',
    );
    expect(shapes.map((shape) => shape.signal)).toContain('signalSentForSignature');
  });

  it('says why: a short reply that names the price you offer', () => {
    const note = 'Supply and fit would be £420, can do Monday.';
    expect(findKindShapes(note, undefined, { isReply: true }).map((shape) => shape.signal)).toContain(
      'signalOfferInShortNote',
    );
    expect(findKindShapes(note).map((shape) => shape.signal)).not.toContain('signalOfferInShortNote');
  });

  it('says why: a list of priced items with a total', () => {
    const shapes = findKindShapes('Mixing: £300\nMastering: £120\nTotal: £420');
    expect(shapes.map((shape) => shape.signal)).toContain('signalPricedLineItems');
  });

  it('says why: priced items in columns, the total far to the right of its word', () => {
    const quote =
      'Quote for the work as discussed:\n\nReplace 2 fence posts                 £240.00\nNew gate and latch                    £150.00\nTotal                                 £390.00';
    expect(findKindShapes(quote).map((shape) => shape.signal)).toContain('signalPricedLineItems');
  });

  it('reads a quote that offers to invoice someone separately as a quote', () => {
    const quote =
      'Morning Mrs Gray,\n\nQuote for the storm damage as discussed:\n\nReplace 2 fence posts   £240.00\nNew gate and latch      £150.00\nTotal                   £390.00\n\nIf your neighbour splits the cost, happy to invoice you separately.\n\nDarren';
    const result = classifyEmail({
      subject: 'Quote - fence repair',
      bodyText: quote,
      attachmentNames: [],
      from: { email: 'darren@fences.example' },
      to: [{ email: 'gray@home.example' }],
      sentAt: SENT_AT,
    });
    expect(result.kind).toBe('proposal');
  });
});
