import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../../src/core/classify/classify-email';
import type { EmailKind } from '../../../../src/core/classify/kinds';

// Tuesday 10 March 2026, 09:00 UTC.
const SENT_AT = Date.UTC(2026, 2, 10, 9);

interface Mail {
  subject: string;
  body: string;
  attachments?: string[];
}

// Each rule learned from wording the classifier had not seen, as a pair: a message it must now read
// right, and a near miss with the same words that must keep its kind.
const RULES: Array<{ rule: string; fires: [EmailKind, Mail]; nearMiss: [EmailKind, Mail] }> = [
  {
    rule: 'a nudge about a sum is a payment reminder, a nudge about a message a follow-up',
    fires: [
      'invoice',
      {
        subject: 'Re: Saturday',
        body: "Hiya, gentle nudge on the £85 for Saturday's portraits whenever you get a sec! Mo",
      },
    ],
    nearMiss: [
      'followup',
      {
        subject: 'Re: Saturday',
        body: 'Hiya, gentle nudge on the proposal I sent last week, whenever you get a sec! Mo',
      },
    ],
  },
  {
    rule: "the user paying a bill they received, or sending proof of it, is not the user's own invoice",
    fires: [
      'other',
      {
        subject: 'factuur dakgoot',
        body: 'Hoi Kees, factuur 3310 is vanochtend betaald, € 260. Dank voor het snelle werk!',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'factuur dakgoot',
        body: 'Hoi Kees, hierbij factuur 3310 voor de dakgoot, € 260. Graag binnen 14 dagen betalen.',
      },
    ],
  },
  {
    rule: 'proof of a transfer the user made is no bill, in French and Portuguese too',
    fires: [
      'other',
      {
        subject: 'Avis de virement',
        body: 'Bonjour, le virement de 1 180,00 € pour votre facture n° 5521 a été émis ce jour.',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Facture 5521',
        body: 'Bonjour, voici la facture n° 5521 de 1 180,00 €, à régler par virement sous 30 jours.',
      },
    ],
  },
  {
    rule: 'a sum and a day to pay it by, in a note that offers nothing, is a bill',
    fires: [
      'invoice',
      {
        subject: 'Kitchen tiles',
        body: "Hi Jo, the tiling came to £640 all in. I'd love it before I go away on the 20th.",
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Kitchen tiles',
        body: "Hi Jo, I've just sent the £640 for the tiles. Should be with you by tomorrow.",
      },
    ],
  },
  {
    rule: 'a sum and a day, said in German with the sum in words, is a bill',
    fires: [
      'invoice',
      { subject: 'Kurs', body: 'Hi Tom, der Kurs macht dreihundert Euro, am liebsten bis Freitag.' },
    ],
    nearMiss: [
      'other',
      { subject: 'Kurs', body: 'Hi Tom, der Kurs macht dreihundert Euro Spaß, wir sehen uns am Freitag.' },
    ],
  },
  {
    rule: 'a nudge about money still owed is a payment reminder',
    fires: [
      'invoice',
      {
        subject: 'Re: October lessons',
        body: 'Hi Maya, just bumping this up: the $320 for October is still outstanding. Could you send it this week?',
      },
    ],
    nearMiss: [
      'followup',
      {
        subject: 'Re: October lessons',
        body: 'Hi Maya, just bumping this up: did you get a chance to look at the new timetable?',
      },
    ],
  },
  {
    rule: "the sender's own invoices sent for the books bill nobody",
    fires: [
      'other',
      {
        subject: 'Unterlagen',
        body: 'Hallo Frau Berg, anbei alle Ausgangsrechnungen vom Oktober, zusammen 6.400 €. Die Voranmeldung ist bis zum 10. fällig.',
        attachments: ['Ausgangsrechnungen_Oktober.zip'],
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Oktober',
        body: 'Hallo Frau Berg, anbei meine Rechnung für Oktober über 640 €, zahlbar bis zum 10. November.',
        attachments: ['Rechnung_2026-104.pdf'],
      },
    ],
  },
  {
    rule: 'thanks for an invoice received makes the sender the payer, in Portuguese and Dutch',
    fires: [
      'other',
      { subject: 'Pintura', body: 'Olá Tiago, recebi a sua fatura de 540 €. Pago até sexta-feira.' },
    ],
    nearMiss: [
      'invoice',
      { subject: 'Pintura', body: 'Olá Tiago, segue em anexo a fatura de 540 €, a pagar até sexta-feira.' },
    ],
  },
  {
    rule: 'a buyer asking for an invoice is the one who pays',
    fires: [
      'other',
      {
        subject: 'Invoice please',
        body: 'Hi Sol, thanks for the prints. Could you send us an invoice so we can pay it this week?',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Re: Invoice please',
        body: "Of course, here's the invoice for the prints.\n\nOn Mon, Ana wrote:\n> Could you send us an invoice?",
        attachments: ['Invoice_0091.pdf'],
      },
    ],
  },
  {
    rule: 'a buyer asking for an invoice, in French',
    fires: ['other', { subject: 'Facture', body: 'Bonjour, pourriez-vous nous envoyer la facture ? Merci.' }],
    nearMiss: [
      'invoice',
      { subject: 'Facture', body: 'Bonjour, veuillez trouver ci-joint la facture n° 118. Merci.' },
    ],
  },
  {
    rule: 'forwarding an invoice on to the client’s accounts team is still chasing it',
    fires: [
      'invoice',
      {
        subject: 'Invoice 207',
        body: "Could you send the invoice on to your accounts team? I've attached it again.",
        attachments: ['Invoice_207.pdf'],
      },
    ],
    nearMiss: ['other', { subject: 'Invoice', body: 'Could you send me the invoice for the van hire?' }],
  },
  {
    rule: 'a gentle nudge is a follow-up',
    fires: [
      'followup',
      { subject: 'The options', body: 'Just a gentle nudge on the two options I sent over.' },
    ],
    nearMiss: ['other', { subject: 'Logo', body: 'Could you nudge the logo a little to the left?' }],
  },
  {
    rule: 'asking in Spanish whether the client had the chance to review',
    fires: [
      'followup',
      {
        subject: 'Presupuesto',
        body: 'Hola Ana, le escribo para saber si tuvo oportunidad de revisar el presupuesto.',
      },
    ],
    nearMiss: [
      'proposal',
      { subject: 'Presupuesto', body: 'Hola Ana, adjunto el presupuesto para la reforma: 3.200 €.' },
    ],
  },
  {
    rule: 'asking the client to take a look at delivered work',
    fires: [
      'feedback_request',
      { subject: 'Brochure', body: 'Could you take a look and tell me what works and what does not?' },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Brochure',
        body: 'Could you take a look at the proposal I attached? The fixed fee is $2,000.',
        attachments: ['Brochure_Proposal.pdf'],
      },
    ],
  },
  {
    rule: 'asking which design direction speaks to the client',
    fires: [
      'feedback_request',
      { subject: 'Logo', body: 'Three logo concepts below. Which one speaks to you?' },
    ],
    nearMiss: [
      'other',
      { subject: 'Logo', body: 'Three logo concepts are done, I will send them on Monday.' },
    ],
  },
  {
    rule: 'asking for the OK on delivered work',
    fires: [
      'feedback_request',
      { subject: 'Edit', body: "If you're happy with it, give me the OK and I'll export the final files." },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Quote for the edit',
        body: "Here is my quote: editing the ten episodes comes to £900. If you're happy, reply and I'll book the studio.",
      },
    ],
  },
  {
    rule: 'a subject asking for a review',
    fires: [
      'feedback_request',
      { subject: 'Homepage copy for review', body: "The copy is in the doc. Any edits you'd like?" },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Contract for your review',
        body: 'Attached is the contract for the retainer, $900 a month. Please sign if it looks right.',
        attachments: ['Retainer_Contract.pdf'],
      },
    ],
  },
  {
    rule: '"I just need your …" asks for details',
    fires: [
      'details_request',
      { subject: 'Your account', body: 'To set you up I just need your billing address and VAT number.' },
    ],
    nearMiss: [
      'other',
      { subject: 'Nearly there', body: 'I just need to finish the last page, then it is done.' },
    ],
  },
  {
    rule: 'a few sentences about working with me is a testimonial',
    fires: [
      'testimonial_request',
      {
        subject: 'A favour',
        body: 'Would you write a couple of sentences about working with me for my site?',
      },
    ],
    nearMiss: [
      'other',
      { subject: 'Brief', body: 'I wrote a few sentences about the project for the brief.' },
    ],
  },
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
  {
    rule: 'an engagement letter attached is a proposal, one asked for is not',
    fires: [
      'proposal',
      {
        subject: '2026 accounts',
        body: 'Our engagement letter for the 2026 accounts is attached; our fee is £1,800.',
        attachments: ['Engagement_Letter_2026.pdf'],
      },
    ],
    nearMiss: [
      'other',
      { subject: '2026 accounts', body: "Thanks, we'll read your engagement letter over the weekend." },
    ],
  },
  {
    rule: 'a deposit asked for after the client confirmed is a payment request',
    fires: [
      'invoice',
      {
        subject: 'Your date',
        body: 'Thanks for confirming! To hold the date I just need the 30% deposit, $600. Sort code 12-34-56, account 12345678.',
      },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Your date',
        body: "I'd charge $2,000 for the day, and I need a 30% deposit to hold the date. Shall I pencil you in?",
      },
    ],
  },
  {
    rule: 'a priced change with "want me to" is a proposal',
    fires: [
      'proposal',
      {
        subject: 'French version',
        body: 'Adding the French version would be an extra $2,400 on top of the current budget. Want me to add it?',
      },
    ],
    nearMiss: [
      'other',
      { subject: 'French version', body: 'Want me to add the French version to the shared drive?' },
    ],
  },
  {
    rule: 'a day rate with the sender available from a date is a proposal, a venue available is not',
    fires: [
      'proposal',
      {
        subject: 'Migration',
        body: "My day rate is £450, so about £2,700 for the six days. I'm available from 12 May.",
      },
    ],
    nearMiss: [
      'other',
      { subject: 'Venue', body: 'The venue has availability from 12 May; the hall costs £450 a day.' },
    ],
  },
  {
    rule: 'a client asking for the deposit invoice is not the one asking for payment',
    fires: [
      'other',
      {
        subject: 'Re: kitchen',
        body: "Looks great, let's go ahead. Send the deposit invoice when you're ready and I'll pay it.",
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Deposit',
        body: 'Thanks for confirming! Please pay the deposit of $500 by Friday; bank transfer details are below.',
      },
    ],
  },
  {
    rule: "questioning a supplier's invoice is the one who pays talking",
    fires: [
      'other',
      {
        subject: 'Hours on your invoice',
        body: 'Hi Ravi, your invoice shows 12 hours at $80 but we agreed 10. Could you send a corrected one?',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Invoice 311',
        body: 'Hi Ravi, your invoice is attached: 12 hours at $80. Payment is due within 14 days.',
      },
    ],
  },
  {
    rule: "an invoice that arrived from a supplier, in German, is someone else's",
    fires: [
      'other',
      {
        subject: 'Rechnung erhalten',
        body: 'Hallo Herr Brandt, vielen Dank, Ihre Rechnung ist angekommen und geht heute in die Zahlung.',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Rechnung 2026-044',
        body: 'Hallo Herr Brandt, anbei unsere Rechnung über 840,00 €, zahlbar innerhalb von 14 Tagen.',
      },
    ],
  },
  {
    rule: 'a deposit asked for with the way to pay it is an invoice even when it never says so',
    fires: [
      'invoice',
      {
        subject: 'Deposit for your kitchen',
        body: 'Great to have you booked in! The 25% deposit is $3,100 and secures your start date. You can pay by bank transfer to the account below.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Re: deposit',
        body: "We've paid the deposit this morning, you should see it in a day or two.",
      },
    ],
  },
  {
    rule: 'a proposal that mentions a newsletter is still a proposal; a newsletter carries its unsubscribe line',
    fires: [
      'proposal',
      {
        subject: 'Shop relaunch',
        body: "New theme and product import: $2,100. I'll also set up your newsletter template for $300 on top. I can start next week. Shall I book it in?",
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Studio newsletter – June',
        body: "This month: new workshop dates, $40 a seat. Book on the website.\n\nYou're receiving this because you signed up. Unsubscribe.",
      },
    ],
  },
  {
    rule: 'a German proposal naming the newsletter it will set up',
    fires: [
      'proposal',
      {
        subject: 'Webseite und Newsletter',
        body: 'Für die Webseite und die Einrichtung Ihres Newsletters liege ich bei 2.800 € pauschal. Start wäre im Juli möglich. Sagen Sie mir einfach, ob ich loslegen soll.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Neuigkeiten im Juni',
        body: 'Neue Kurse ab Juli, 35 € pro Abend. Wenn Sie diesen Newsletter nicht mehr erhalten möchten, können Sie sich hier abmelden.',
      },
    ],
  },
  {
    rule: 'an address asked for in passing leaves a proposal a proposal',
    fires: [
      'proposal',
      {
        subject: 'Re: mural',
        body: "For the wall in the café I'd charge $2,400 including paint. I could paint it in the week of the 16th. If you're happy with that, can you send me the address?",
      },
    ],
    nearMiss: [
      'details_request',
      {
        subject: 'Before I move the site',
        body: 'To get the site moved over I still need the login for your domain registrar. Could you send it this week?',
      },
    ],
  },
  {
    rule: "the rest due before the wedding is a proposal's terms, not a bill",
    fires: [
      'proposal',
      {
        subject: 'Your wedding day',
        body: "Full-day coverage with an online gallery comes to $3,600. A $500 retainer secures the date and the rest is due two weeks before the wedding. Let us know if you'd like us to pencil you in.",
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Balance for the wedding',
        body: 'Thanks again for having us! The remaining balance of $3,100 is now due; you can pay by bank transfer to the account below.',
      },
    ],
  },
  {
    rule: 'a priced offer that asks what the client thinks stays a proposal',
    fires: [
      'proposal',
      {
        subject: 'Re: workshop',
        body: 'Für den Workshop würde ich 1.400 € berechnen, Unterlagen inklusive. Termin wäre der 18. Juni. Was halten Sie davon?',
      },
    ],
    nearMiss: [
      'feedback_request',
      {
        subject: 'Workshop-Unterlagen',
        body: 'Anbei der erste Entwurf der Workshop-Unterlagen. Was halten Sie davon?',
      },
    ],
  },
  {
    rule: 'moving the testimonials section is work shown, asking for one is a testimonial request',
    fires: [
      'feedback_request',
      {
        subject: 'Homepage v2',
        body: 'v2 of the homepage is up on the staging link. I moved the testimonials higher like you asked. Thoughts?',
      },
    ],
    nearMiss: [
      'testimonial_request',
      {
        subject: 'A small favour',
        body: 'Would you write a short testimonial I could put on my website?',
      },
    ],
  },
  {
    rule: 'a quote still waiting on the client’s details is a details request',
    fires: [
      'details_request',
      {
        subject: 'Devis cuisine',
        body: 'Pour finaliser le devis, il me manque la surface exacte de la pièce. Pouvez-vous me l’envoyer ?',
      },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Devis cuisine',
        body: 'Veuillez trouver ci-joint le devis pour la cuisine, 4 200 € TTC. Pouvez-vous me confirmer l’adresse du chantier ?',
      },
    ],
  },
  {
    rule: 'a quote still waiting on the client’s details, in English',
    fires: [
      'details_request',
      {
        subject: 'Quote for the deck',
        body: 'To finish the quote I still need the measurements of the deck. Could you send them over?',
      },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Quote for the deck',
        body: "Here's the quote for the deck: $5,400 including materials. Could you send me the address?",
      },
    ],
  },
  {
    rule: "the number and date of the client's own invoice do not make the user's reply an invoice",
    fires: [
      'other',
      {
        subject: 'Your invoice 88',
        body: "Thanks Sam, got your invoice 88. I've passed it to accounts and it should be paid by the 5th.",
      },
    ],
    nearMiss: [
      'invoice',
      { subject: 'Invoice 88', body: "Hi Sam, here's invoice 88 for the shoot, $900, due by the 5th." },
    ],
  },
  {
    rule: 'an invoice that asks for a tax number in passing stays an invoice',
    fires: [
      'invoice',
      {
        subject: 'Factura 44',
        body: 'Hola Carmen, te envío la factura 44 por las clases de mayo, 320 €. ¿Me puedes mandar tu NIF para las próximas?',
      },
    ],
    nearMiss: [
      'details_request',
      {
        subject: 'Tu NIF',
        body: 'Para poder hacer la factura necesito tu NIF y la dirección fiscal. ¿Me los mandas?',
      },
    ],
  },
  {
    rule: 'a priced retainer "if you are interested" with its terms is a proposal, a ticket price is not',
    fires: [
      'proposal',
      {
        subject: 'Redes y web',
        body: 'Por 380 € al mes me encargo de la web y las redes. Mínimo tres meses. Si te interesa, dime y empiezo en julio.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Workshop',
        body: 'If you are interested, there is a pottery workshop on Saturday for $35. Tell me and I will book two seats.',
      },
    ],
  },
  {
    rule: 'design options called "propuestas" are work to choose from, not a commercial proposal',
    fires: [
      'feedback_request',
      { subject: 'Logo nuevo', body: 'Te adjunto tres propuestas de logo. ¿Cuál te convence más?' },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Propuesta web',
        body: 'Te adjunto la propuesta para la web nueva: 3.200 €, entrega en seis semanas. ¿Te encaja?',
      },
    ],
  },
  {
    rule: 'a payment that arrived is a thank-you, not a bill',
    fires: [
      'other',
      {
        subject: 'Re: invoice 2026-115',
        body: 'Hi Leo, thanks, the payment for invoice 2026-115 arrived this morning. Have a good weekend!',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Invoice 2026-115',
        body: "Hi Leo, the payment for invoice 2026-115 hasn't arrived yet. Could you check with your bank?",
      },
    ],
  },
  {
    rule: 'a payment that arrived, in Dutch',
    fires: ['other', { subject: 'Re: factuur 112', body: 'Hoi Mila, de betaling is binnen, dank je!' }],
    nearMiss: [
      'invoice',
      { subject: 'Factuur 112', body: 'Hoi Mila, factuur 112 staat nog open. Wil je die deze week voldoen?' },
    ],
  },
  {
    rule: 'thanking for feedback does not ask for it',
    fires: [
      'other',
      {
        subject: 'Re: Angebot',
        body: 'Danke für Ihre Rückmeldung, schade, dass es diesmal nicht passt. Vielleicht ein anderes Mal!',
      },
    ],
    nearMiss: [
      'feedback_request',
      { subject: 'Entwurf', body: 'Anbei der erste Entwurf. Ich freue mich auf Ihre Rückmeldung!' },
    ],
  },
  {
    rule: "thanks for the sender's quote come from the buyer",
    fires: [
      'other',
      {
        subject: 'Re: orçamento',
        body: 'Obrigado pelo orçamento! Vamos analisar com a diretoria e damos um retorno na próxima semana.',
      },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Orçamento',
        body: 'Segue o orçamento para o site: R$ 4.800, entrega em cinco semanas. Posso seguir?',
      },
    ],
  },
  {
    rule: 'a transfer that arrived, in German',
    fires: [
      'other',
      { subject: 'Re: Rechnung 2026-077', body: 'Hallo Tim, danke, die Überweisung ist angekommen.' },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Rechnung 2026-077',
        body: 'Hallo Tim, die Rechnung 2026-077 ist noch offen. Kannst du den Betrag diese Woche überweisen?',
      },
    ],
  },
  {
    rule: 'an amount the sender asks to be sent outweighs a price that reads like an offer',
    fires: [
      'invoice',
      {
        subject: 'Saturday 12 September',
        body: 'Hi Jen, my fee for the day is £1,200 and to keep the 12th for you I take £200 of it now. Could you transfer it by Friday?',
      },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Saturday 12 September',
        body: 'Hi Jen, the full day would be £1,200 and a £200 booking fee would keep the 12th for you. Shall I pencil you in?',
      },
    ],
  },
  {
    rule: 'a transfer that arrived is thanks, not a request',
    fires: [
      'other',
      {
        subject: 'Gracias',
        body: 'Hola Nuria, ya me ha llegado tu transferencia de 380 €. El lunes te mando las fotos.',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Fotos',
        body: 'Hola Nuria, las fotos ya están listas. ¿Me puedes hacer la transferencia de 380 € esta semana? Gracias.',
      },
    ],
  },
  {
    rule: "a household bill passed to an adviser is the sender's to pay",
    fires: [
      'other',
      {
        subject: 'Gasrechnung',
        body: 'Hallo Herr Lenz, anbei die Gasrechnung, 210 € bis 20.03. zu zahlen. Soll ich die über die Firma laufen lassen?',
        attachments: ['Gasrechnung_Maerz.pdf'],
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'März',
        body: 'Hallo Herr Lenz, anbei meine Rechnung für März, 210 € bis 20.03. zu zahlen.',
        attachments: ['Rechnung_2026-031.pdf'],
      },
    ],
  },
  {
    rule: 'a buyer asking for the final invoice is the one who pays',
    fires: [
      'other',
      {
        subject: 'Kitchen',
        body: 'Hi Dom, could you send me the final invoice for the $3,400 so we can pay it by Friday?',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Kitchen',
        body: 'Hi Dom, here is the final invoice for the $3,400. Could you pay it by Friday?',
      },
    ],
  },
  {
    rule: 'an invoice the sender says is paid is settled, not sent',
    fires: [
      'other',
      {
        subject: 'Scaffold hire',
        body: 'Hi Pete, your invoice for the scaffold hire ($480) is paid, ref SC-2207. Same again for April?',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Scaffold hire',
        body: 'Hi Pete, my invoice for the scaffold hire ($480) is attached, ref SC-2207. Due by the 20th.',
      },
    ],
  },
  {
    rule: 'a note asking whether the earlier message arrived is a nudge, in a reply too',
    fires: [
      'followup',
      {
        subject: 'Re: Speisekarte',
        body: 'Hallo Herr Roth, ist alles gut angekommen? Ich habe auf meine Mail vom Montag noch nichts gehört.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Re: Speisekarte',
        body: 'Hallo Herr Roth, danke, die Getränkeliste ist gut angekommen. Bis Donnerstag!',
      },
    ],
  },
  {
    rule: 'the earlier message named by when it went is a nudge',
    fires: [
      'followup',
      {
        subject: 'Even checken',
        body: 'Hoi Sanne, heb je mijn mail van vorige week over de nieuwe banners gezien?',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Banners',
        body: 'Hoi Sanne, de banners hangen sinds vorige week bij de ingang. Groet, Ruud',
      },
    ],
  },
  {
    rule: 'a nudge about a quote under its subject is a follow-up, not the quote again',
    fires: [
      'followup',
      {
        subject: 'Re: Presupuesto pintura',
        body: 'Hola Marta, le escribo de nuevo por si mi correo anterior se quedó sin leer. Quedo atenta.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Re: Presupuesto pintura',
        body: 'Hola Marta, perfecto, nos vemos el martes a las nueve.',
      },
    ],
  },
  {
    rule: 'a test build handed over with a question on how it works is a feedback request',
    fires: [
      'feedback_request',
      {
        subject: 'Beta',
        body: 'Hallo Ole, die Testversion liegt jetzt in TestFlight. Kannst du sie ausprobieren und mir sagen, ob die Anmeldung so passt?',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Beta',
        body: 'Hallo Ole, die Testversion kommt erst nächste Woche, ich melde mich dann.',
      },
    ],
  },
  {
    rule: 'a gallery to choose from is a feedback request',
    fires: [
      'feedback_request',
      {
        subject: 'Fotos del bautizo',
        body: 'Hola Pilar, ya tenéis la galería lista. Decidme cuáles os gustan más y si queréis algún retoque.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Re: Fotos del bautizo',
        body: 'Gracias Pilar, tengo tus favoritas y empiezo a retocarlas mañana.',
      },
    ],
  },
  {
    rule: 'the client showing their own sketch asks for no opinion on delivered work',
    fires: [
      'other',
      {
        subject: 'Idea for the label',
        body: 'Hi Jo, we drew a label idea ourselves (attached). What do you think, could it work as a starting point?',
        attachments: ['label_idea.png'],
      },
    ],
    nearMiss: [
      'feedback_request',
      {
        subject: 'Label concepts',
        body: 'Hi Sam, here are the first label concepts (attached). What do you think, does either one feel right?',
        attachments: ['label_concepts.pdf'],
      },
    ],
  },
  {
    rule: 'a sender stuck until a named material arrives asks for it',
    fires: [
      'details_request',
      {
        subject: 'Menu page',
        body: "Hi Rui, the menu page is built but I'm stuck until I have the photos of the new dishes.",
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Menu page',
        body: 'Hi Rui, the menu page is built and live, with the photos of the new dishes.',
      },
    ],
  },
  {
    rule: 'still needing the texts, in German, is a details request',
    fires: [
      'details_request',
      {
        subject: 'Flyer',
        body: 'Hallo Eva, das Layout steht, ich brauche aber noch deine Texte für die Rückseite. Ohne die komme ich nicht weiter.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Flyer',
        body: 'Hallo Eva, das Layout steht und deine Texte sind drin. Morgen geht er in den Druck.',
      },
    ],
  },
  {
    rule: 'a Dutch ask with the material between the verb and its object is a details request',
    fires: [
      'details_request',
      {
        subject: 'Maten',
        body: 'Hoi Kees, kun je de maten van de nis even sturen? Dan kan ik de kast tekenen.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Maten',
        body: 'Hoi Kees, de maten van de nis heb ik, de kast staat donderdag klaar.',
      },
    ],
  },
  {
    rule: 'asking for the logo as a vector file is a details request',
    fires: [
      'details_request',
      {
        subject: 'Logo',
        body: 'Hi Amy, do you have the logo as a vector file? The one on the website is too small for the van.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Re: Logo',
        body: 'Hi Amy, got the vector files, thanks. The van goes in on Monday.',
      },
    ],
  },
  {
    rule: 'a sentence or two for the website is a testimonial request',
    fires: [
      'testimonial_request',
      {
        subject: 'Small favour',
        body: 'Hi Nadia, could you give me a sentence or two about working together for my website?',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Website',
        body: 'Hi Nadia, I added a sentence or two about opening hours to your website.',
      },
    ],
  },
  {
    rule: 'a review on a trade site or a LinkedIn recommendation is a testimonial request, in any language',
    fires: [
      'testimonial_request',
      {
        subject: 'Una cosa más',
        body: 'Hola Iván, ¿te importaría dejarme una recomendación en LinkedIn ahora que hemos terminado?',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Re: LinkedIn',
        body: 'Hola Iván, ya está: he publicado la recomendación en tu perfil. Un saludo.',
      },
    ],
  },
  {
    rule: 'asking to be passed on to others is a testimonial request',
    fires: [
      'testimonial_request',
      {
        subject: 'Thanks!',
        body: 'Hi Gail, lovely working on your kitchen. If friends ever need a tiler, I would be grateful if you passed my name on.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Thanks!',
        body: 'Hi Gail, lovely working on your kitchen. Your neighbour passed on her thanks too.',
      },
    ],
  },
  {
    rule: 'words the sender posted for the user ask nothing back',
    fires: [
      'other',
      {
        subject: 'Re: Recommendation',
        body: 'Done, I posted it on your profile just now. Let me know if you want any tweaks to it.',
      },
    ],
    nearMiss: [
      'feedback_request',
      {
        subject: 'About page',
        body: 'Hi Lou, I posted the new about page on staging just now. Let me know if you want any tweaks to it.',
      },
    ],
  },
  {
    rule: 'a sum with a day to pay it by, said in words about paying, is a bill with no invoice word',
    fires: [
      'invoice',
      {
        subject: 'Stage 2',
        body: 'Dear Niamh,\n\nStage 2 fee: €4,200.00 + VAT = €5,166.00.\nPayment terms: by 27.03.2026\n\nAoife',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Printing',
        body: "Hi Tony, I've just sent the $450 for the printing. Should be with you by tomorrow.",
      },
    ],
  },
  {
    rule: 'a French fee note to be settled by a day is a bill',
    fires: [
      'invoice',
      {
        subject: "Note d'honoraires",
        body: 'Monsieur,\n\nMontant : 1 800,00 € TTC. Je vous remercie de bien vouloir la régler au plus tard le 5 avril.\n\nMe Dubois',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Salle',
        body: 'Bonjour, la salle a coûté 1 920 € à la mairie. Merci de me dire avant le 5 avril combien de convives viendront.',
      },
    ],
  },
  {
    rule: "a lawyer's fee note attached is a bill",
    fires: [
      'invoice',
      {
        subject: 'Dossier Martin',
        body: 'Estimado Sr. Pérez: adjunto la minuta de honorarios del expediente 2025-17 por 1.200 €.',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Dossier Martin',
        body: 'Estimado Sr. Pérez: le confirmo la reunión del martes sobre el expediente 2025-17.',
      },
    ],
  },
  {
    rule: 'a payment said to have arrived, with words between, is a receipt',
    fires: [
      'other',
      {
        subject: 'Zahlungseingang',
        body: 'Vielen Dank, Ihre Zahlung über 1.240,00 € zur Rechnung 2026-0412 ist am 19.10.2026 eingegangen.',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Zahlungserinnerung',
        body: 'Ihre Zahlung über 1.240,00 € zur Rechnung 2026-0412 ist bis heute noch nicht eingegangen.',
      },
    ],
  },
  {
    rule: 'money that fell due, asked for by a new day, is a payment reminder',
    fires: [
      'invoice',
      {
        subject: 'logo',
        body: 'Hi Chris, just a nudge: the £540 for the logo work was due last Friday (6 March). Could you get it over by Wednesday? Thanks, Ella',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'logo',
        body: 'Hi Chris, the logo files were due last Friday, sorry for the delay: you will have them by Wednesday. The printer charged £54 for the proofs. Thanks, Ella',
      },
    ],
  },
  {
    rule: 'a buyer saying they need a quote is asking for one',
    fires: [
      'other',
      {
        subject: 'Orçamento folhetos',
        body: 'Bom dia, precisamos de orçamento para 3 000 folhetos até 15/03. Att., Roberto',
      },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Orçamento folhetos',
        body: 'Bom dia Roberto, segue o orçamento para 3 000 folhetos: R$ 1.450,00, entrega até 15/03. Att., Lia',
      },
    ],
  },
  {
    rule: 'a quote the sender needs from a supplier leaves their own offer an offer',
    fires: [
      'other',
      {
        subject: 'Kostenvoranschlag',
        body: 'Guten Tag, wir benötigen ein Angebot für die Reinigung von 400 m² Büroflächen. Mit freundlichen Grüßen',
      },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Quote: loft conversion',
        body: "Hi Sam, quote attached: £38,400 for the loft. To firm up the steel we need a quote from the engineer, but that won't move the price much. Let me know if you'd like to go ahead.",
      },
    ],
  },
  {
    rule: "a nudge says the offer is still valid; a new offer's validity is no nudge",
    fires: [
      'followup',
      {
        subject: 'Re: Proposal',
        body: 'Hi Sam, just a reminder that the proposal is still valid until Friday. Any thoughts?',
      },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Bathroom',
        body: 'Price for the job: £900. This quote is valid until Friday.',
      },
    ],
  },
  {
    rule: 'the sender saying what they can do and at what price is an offer',
    fires: [
      'proposal',
      {
        subject: 'Generator servicing',
        body: 'Good day Madam, concerning the generator you asked about, we can do full servicing plus change of oil, fuel and air filters at ₦185,000, parts and workmanship inclusive.\n\nChinedu',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Tickets',
        body: "Hi Jo, we'd be happy to pay $500 for the two tickets if they're still available.",
      },
    ],
  },
  {
    rule: 'a price standing alone with a slot offered is an offer, in German',
    fires: [
      'proposal',
      {
        subject: 'AW: Was würde das kosten?',
        body: 'Hallo Frau Brandt,\n\nWohnzimmer und Flur streichen, inkl. Abkleben und Material: 1.380 € brutto. Termin ginge ab dem 18. Januar.\n\nGruß\nJ. Kaiser',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'AW: Konzert',
        body: 'Hallo Anna,\n\ndie Karten kosten 38 € brutto. Einlass ab 19 Uhr.\n\nGruß\nJan',
      },
    ],
  },
  {
    rule: "a buyer's go-ahead asking what the seller needs awaits no input",
    fires: [
      'other',
      {
        subject: 'Re: Website budget',
        body: "Hi Ben,\n\n$3,400 works for us, let's go. Can you send the contract over and tell me what you need from us first?\n\nNadia",
      },
    ],
    nearMiss: [
      'details_request',
      {
        subject: 'Re: Website',
        body: 'Hi Nadia,\n\nTo get started I still need your final copy and the hosting logins. Could you send them over?\n\nBen',
      },
    ],
  },
  {
    rule: 'a price held until a day is an offer, not a bill due that day',
    fires: [
      'proposal',
      {
        subject: 'Armários da cozinha',
        body: 'Olá, Sra. Almeida!\n\nOs armários da cozinha, com instalação, ficam em R$ 5.800. Esse valor vale até o Natal.\n\nBruno',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Armários da cozinha',
        body: 'Olá, Sra. Almeida!\n\nSegue a fatura dos armários da cozinha: R$ 5.800, a pagar até o Natal.\n\nBruno',
      },
    ],
  },
  {
    rule: 'a nudge that asks to settle the amount is a payment reminder',
    fires: [
      'invoice',
      {
        subject: 'Relance',
        body: "Bonjour Claire,\n\nje me permets de vous relancer pour la n° 2026-58 (1 450 €). Pourriez-vous la régler d'ici la fin de la semaine prochaine ?\n\nÉlodie",
      },
    ],
    nearMiss: [
      'followup',
      {
        subject: 'Relance',
        body: 'Bonjour Claire,\n\nje me permets de vous relancer au sujet du devis envoyé la semaine dernière. Avez-vous pu le regarder ?\n\nÉlodie',
      },
    ],
  },
  {
    rule: "a trade's price and own start, in a non-native writer's words, is an offer",
    fires: [
      'proposal',
      {
        subject: 'Terrasse',
        body: 'Hallo Herr Vogt,\n\nich habe angeschaut die Fotos von Terrasse. Für die WPC Dielen ca. 24 m2 mit Unterkonstruktion ich mache Preis 3.900 Euro mit Material. Ich kann anfangen im Januar wenn nicht Frost.\n\nMarek',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Terrasse',
        body: 'Hallo Marek,\n\ndie Fotos von der Terrasse habe ich angeschaut. Ich kann leider erst im Januar entscheiden.\n\nGruß, Vogt',
      },
    ],
  },
  {
    rule: "a secretary sending the architect's estimate sends an offer",
    fires: [
      'proposal',
      {
        subject: 'Estimation relevé',
        body: "Madame Morel,\n\nM. Girard m'a demandé de vous transmettre son estimation pour le relevé de la maison : 2 400 € HT.\n\nNathalie, Secrétariat",
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Estimation relevé',
        body: "Madame Morel,\n\nM. Girard m'a demandé de vous dire qu'il passera mardi pour le relevé de la maison.\n\nNathalie, Secrétariat",
      },
    ],
  },
  {
    rule: 'thanking a client for a review they left asks for none',
    fires: [
      'testimonial_request',
      {
        subject: 'Quick favour',
        body: 'Hi Kim,\n\nIf you were happy with the bathroom, would you leave a short review on Google? It helps a small firm like mine.\n\nDan',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Danke!',
        body: 'Hallo Kim,\n\ndanke für Ihre Bewertung auf Google, die hat mich sehr gefreut. Bis zum nächsten Mal!\n\nDan',
      },
    ],
  },
  {
    rule: 'a client setting the freelancer up as a supplier is not waiting on their input',
    fires: [
      'details_request',
      {
        subject: 'Photos for the menu',
        body: "Hi Mo,\n\nI can't finish the menu layout until I have the dish photos. Could you send them over this week?\n\nAva",
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Supplier set-up',
        body: 'Hi Ava,\n\nCould you send your bank details and VAT number? Our supplier form needs them before we can book you in.\n\nAccounts team',
      },
    ],
  },
  {
    rule: "a shop's automatic mail asking to rate an order asks no client for an opinion",
    fires: [
      'feedback_request',
      {
        subject: 'Nouvelle maquette',
        body: "Bonjour Julie,\n\nVoici la nouvelle maquette de la page d'accueil. Qu'en pensez-vous ?\n\nMarc",
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Donnez-nous votre avis',
        body: 'Bonjour,\n\nMerci pour votre achat. Votre avis nous intéresse : notez votre commande en un clic.\n\nCe message est envoyé automatiquement, merci de ne pas y répondre.',
      },
    ],
  },
  {
    rule: 'a sum left to pay "when you can" or "by e-transfer" is a bill, a sum with no ask is not',
    fires: [
      'invoice',
      {
        subject: 'bales',
        body: 'Hi Claire 40 small bales dropped today, £6 each so £240. Pay when you can, cash or transfer. Gwen',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'bales',
        body: 'Hi Claire, the 40 small bales went to the Hendersons today at £6 each. Gwen',
      },
    ],
  },
  {
    rule: "a client querying the sender's numbered invoice is no invoice of the user's",
    fires: [
      'other',
      {
        subject: 'Query on invoice 5582',
        body: "Hi,\n\nYour invoice 5582 charges 12 hours, but the timesheet says 10. Could you check and reissue? Happy to pay once it's corrected.\n\nJae",
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Invoice 5582',
        body: 'Hi Jae,\n\nInvoice 5582 for the 12 hours of pipework is attached: £540. Payment within 14 days please.\n\nTom',
      },
    ],
  },
  {
    rule: 'proof of a payment the user made, attached or said, is not an invoice',
    fires: [
      'other',
      {
        subject: 'RE: Factura rotulación',
        body: 'Hola Ana, ya te hice la transferencia de 774,40 € de la factura 0081. Te adjunto el justificante.',
        attachments: ['justificante_transferencia.pdf'],
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Factura rotulación',
        body: 'Hola Ana, te adjunto la factura 0081 de la rotulación: 774,40 €. Puedes hacerme la transferencia esta semana.',
        attachments: ['Factura_0081.pdf'],
      },
    ],
  },
  {
    rule: 'a price with when the work can be done is an offer; a price the client paid elsewhere is not',
    fires: [
      'proposal',
      {
        subject: 'Sliding gate automation',
        body: 'Hi James, further to my visit, supply and fit of the underground sliding gate motor, 2 remotes and the keypad: £3,650 inc VAT. We could fit in about 3 weeks. Thanks, Kev',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Sliding gate automation',
        body: 'Hi James, further to my visit: the gate motor you bought online for £3,650 is still under warranty, so the supplier should replace it. Thanks, Kev',
      },
    ],
  },
  {
    rule: 'a menu proposed at a price is an offer; a menu the client chose at a price is not',
    fires: [
      'proposal',
      {
        subject: 'Dîner du 20 juin',
        body: 'Bonjour Sophie,\n\nPour votre dîner du 20 juin, je vous propose le menu en 6 services dont nous avons parlé, à 95 € par personne, soit 950 € au total.\n\nJulien',
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Dîner du 20 juin',
        body: 'Bonjour Sophie,\n\nMerci pour votre virement de 950 €, bien reçu. À samedi !\n\nJulien',
      },
    ],
  },
  {
    rule: 'ready to start but for what the client must send is a details request; ready with nothing missing is not',
    fires: [
      'details_request',
      {
        subject: 'Brand assets for the site',
        body: "Hi Arjun, we're ready to start the build but need your brand fonts, the logo files (SVG ideally) and the room photography. Could you drop them in the shared folder? Thanks, Zoe",
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Brand assets for the site',
        body: "Hi Arjun, we're ready to start the build on Monday, everything is in the shared folder. Have a good weekend! Zoe",
      },
    ],
  },
  {
    rule: 'a sum the sender states as their own, with what it covers, is an offer even without an offer word',
    fires: [
      'proposal',
      {
        subject: 'Re: harp for the 14th',
        body: "Hi Priya, yes I'm free that Saturday! £480 covers the ceremony and drinks reception, two hours of harp. £100 deposit holds the date. Niamh",
      },
    ],
    nearMiss: [
      'other',
      {
        subject: 'Re: harp for the 14th',
        body: 'Hi Priya, I agree to the terms you sent: £480 covers the ceremony and drinks reception, and £100 deposit holds the date. Niamh',
      },
    ],
  },
  {
    rule: 'a stated sum is not an offer once the money has moved',
    fires: [
      'other',
      {
        subject: 'Re: harp for the 14th',
        body: 'Hi Priya, your deposit of £100 arrived, thank you! £480 covers the ceremony and drinks reception, two hours of harp. Niamh',
      },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'Re: harp for the 14th',
        body: 'Hi Priya, £480 covers the ceremony and drinks reception, two hours of harp. £100 deposit holds the date. Niamh',
      },
    ],
  },
  {
    rule: 'a price list behind a web address, or a shop promotion, is not a price the sender puts on a job',
    fires: [
      'other',
      {
        subject: 'saw this',
        body: 'Have a look: https://plugins.example/backup. Pro licence $49, covers three sites, starts the day you buy it.',
      },
    ],
    nearMiss: [
      'proposal',
      {
        subject: 'backups',
        body: 'I can set up nightly backups for the three sites: $490, covers a year of monitoring, and I can start next week.',
      },
    ],
  },
  {
    rule: "an invoice the sender had from a supplier, or paid, is not the user's own",
    fires: [
      'other',
      {
        subject: 'Paid - invoice 3321',
        body: 'Hi, paid your invoice 3321 today, £280 by bank transfer, should show tomorrow. Paul',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Invoice 3321',
        body: 'Hi Paul, invoice 3321 for the hedging is attached: £280 by bank transfer within 14 days please.',
      },
    ],
  },
  {
    rule: 'a bill the user received and disputes is not theirs, even with the invoice attached',
    fires: [
      'other',
      {
        subject: 'Votre facture 7741/27',
        body: "Bonjour, je reçois votre facture n° 7741/27 d'un montant de 512,00 €, à payer pour le 30 mars. Les cartouches sont facturées deux fois. Je bloque le paiement en attendant une facture corrigée.",
        attachments: ['Facture_7741-27.pdf'],
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Facture 7741/27',
        body: "Bonjour, voici notre facture n° 7741/27 d'un montant de 512,00 €, à payer pour le 30 mars. Merci d'avance.",
        attachments: ['Facture_7741-27.pdf'],
      },
    ],
  },
  {
    rule: 'thanks for a transfer that came in, or a receipt for it, is no invoice, in French, Spanish and Portuguese',
    fires: [
      'other',
      {
        subject: 'Recibo R-27/114',
        body: 'Boa tarde, confirmamos a receção da sua transferência. Recebemos de Padaria Central a quantia de 228,00 €, referente à fatura FT 27/140.',
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Fatura FT 27/140',
        body: 'Boa tarde, segue a fatura FT 27/140 no valor de 228,00 €, a pagar por transferência até dia 30.',
      },
    ],
  },
  {
    rule: "a supplier invoice passed to the accountant, already paid, is not the user's own",
    fires: [
      'other',
      {
        subject: 'TR: Facture Menuiserie Vallat 2027-0091',
        body: "Salut Claire, je te transfère la facture de la menuiserie pour les étagères (CHF 2'140.00). Je l'ai payée ce matin, tu peux la classer.",
        attachments: ['Facture_2027-0091.pdf'],
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Facture 2027-0091',
        body: "Bonjour Claire, je vous transmets notre facture 2027-0091 pour les étagères (CHF 2'140.00), payable à 30 jours.",
        attachments: ['Facture_2027-0091.pdf'],
      },
    ],
  },
  {
    rule: "a quote's own validity is no nudge about an earlier quote",
    fires: [
      'proposal',
      {
        subject: 'Cotización boda de Mariana',
        body: 'Hola Sra. Lucía, le paso los paquetes (precios con IVA incluido):\n• Paquete Plata – 5 horas: $16,500\n• Paquete Oro – 6 horas: $22,900\nYo le recomiendo el Oro. Esta cotización tiene vigencia de 15 días.',
      },
    ],
    nearMiss: [
      'followup',
      {
        subject: 'Re: Cotización boda de Mariana',
        body: 'Hola Sra. Lucía, ¿pudo revisar la propuesta? Le recuerdo que la cotización tiene vigencia hasta el viernes.',
      },
    ],
  },
  {
    rule: 'a water bill passed on is no invoice in Portuguese',
    fires: [
      'other',
      {
        subject: 'Fw: fatura da água',
        body: 'Olá Inês, reencaminho-te a fatura da água que chegou ao atelier (fatura n.º 2027/5512, 38,40 €, vence a 09/07/2027). Consegues tratar tu?',
        attachments: ['fatura_agua_2027-5512.pdf'],
      },
    ],
    nearMiss: [
      'invoice',
      {
        subject: 'Fatura 2027/5512',
        body: 'Olá Inês, segue a fatura n.º 2027/5512 do restauro das cadeiras, 38,40 €, vence a 09/07/2027.',
        attachments: ['fatura_2027-5512.pdf'],
      },
    ],
  },
];

function classify(mail: Mail): EmailKind {
  return classifyEmail({
    subject: mail.subject,
    bodyText: mail.body,
    attachmentNames: mail.attachments ?? [],
    sentAt: SENT_AT,
  }).kind;
}

describe('classifyEmail on rules learned from unseen wording', () => {
  it.each(RULES)('reads $rule', ({ fires: [kind, mail] }) => {
    expect(classify(mail)).toBe(kind);
  });

  it.each(RULES)('keeps the near miss apart: $rule', ({ nearMiss: [kind, mail] }) => {
    expect(classify(mail)).toBe(kind);
  });

  it('reads the invoice number from the attached file when the text names none', () => {
    const result = classifyEmail({
      subject: 'February',
      bodyText: 'Hi Sam, February is done, so the invoice is attached. Net 15, thanks!',
      attachmentNames: ['Studio_Invoice_0311.pdf'],
      sentAt: SENT_AT,
    });
    expect(result.kind).toBe('invoice');
    expect(result.fields.invoiceNumber).toBe('0311');
    expect(result.fields.dueDate).toBe('2026-03-25');
  });
});
