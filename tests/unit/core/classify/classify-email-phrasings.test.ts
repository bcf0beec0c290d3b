import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../../src/core/classify/classify-email';
import type { EmailKind } from '../../../../src/core/classify/kinds';

// Monday 2 March 2026, 10:00 UTC.
const SENT_AT = Date.UTC(2026, 2, 2, 10);

// A second table in the project's own words: the same kinds phrased the many ways freelancers and
// small firms write them, so the rules stay general rather than tuned to one wording.
const PHRASINGS: Array<[EmailKind, string, string, string[]?]> = [
  [
    'followup',
    'Our tender of 3 February',
    'I wrote on 3 February with our tender for the cleaning contract and have not yet had a response. An update would be welcome.',
  ],
  [
    'followup',
    'loft',
    "Last one from me! If the loft isn't going ahead this year, no problem, otherwise I'll close the file Friday.",
  ],
  [
    'feedback_request',
    'Logo shortlist',
    'Shortlist attached: five marks with the thinking behind each. Which two or three speak to you? Gut reactions are fine.',
    ['logo_shortlist.pdf'],
  ],
  [
    'feedback_request',
    'Cut 1',
    "First cut of the film is up on the review link. Could you check the names in the titles? Notes by Thursday and I'll lock it.",
  ],
  [
    'invoice',
    'Invoice due Friday',
    "Hi Tom, I hope you're well. Just a friendly reminder that invoice #204 is due this Friday.",
  ],
  ['invoice', '', 'Your account is now 30 days past due. Please remit payment of $500 immediately.'],
  ['invoice', 'Final notice', 'This is a final notice regarding your outstanding balance of $2,300.'],
  [
    'invoice',
    'May work',
    "I'm writing to let you know that I haven't yet received payment for the work completed in May.",
  ],
  ['invoice', '', 'Could you give me an update on when payment will be made for invoice 55?'],
  ['invoice', 'April services', 'Please see the attached bill for services rendered in April.'],
  ['invoice', 'Photoshoot', "Here's the invoice for the photoshoot. You can pay via the link below."],
  [
    'invoice',
    '',
    'Dear client, according to our records, the payment for invoice 445 has not been received.',
  ],
  ['invoice', 'Recordatorio', 'Le recordamos que la factura nº 123 venció el 15 de marzo.'],
  ['invoice', 'Rappel', 'Nous vous rappelons que notre facture n° 456 reste impayée à ce jour.'],
  [
    'invoice',
    'Zahlung',
    'Leider konnten wir bis heute keinen Zahlungseingang feststellen. Bitte überweisen Sie den offenen Betrag.',
  ],
  ['invoice', 'Herinnering', 'Volgens onze administratie staat factuur 2026-01 nog open.'],
  ['invoice', 'Aviso', 'Informamos que a fatura nº 78 encontra-se vencida desde 10/03.'],
  [
    'proposal',
    'Website project',
    "Thanks for taking the time to chat yesterday. Based on what we discussed, I've put together a proposal outlining the scope, timeline and cost.",
  ],
  [
    'proposal',
    'Bathroom remodel',
    'Please find our estimate for the bathroom remodel attached. Let us know if you have any questions.',
  ],
  [
    'proposal',
    'Maintenance plan',
    "As requested, here's a quote for the annual maintenance plan: $1,200/year.",
  ],
  [
    'proposal',
    'Your website',
    "I'd be delighted to help with your website. My fee for the project would be $3,000, with 50% upfront.",
  ],
  [
    'proposal',
    'Phase 2',
    'Attached is the statement of work for phase 2. Please review and sign if everything looks good.',
  ],
  ['proposal', '', 'Following our meeting, we are pleased to submit our proposal for the office fit-out.'],
  [
    'proposal',
    'Ihre Anfrage',
    'vielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen folgendes Angebot: Pauschal 1.200 €.',
  ],
  [
    'proposal',
    'Tarif',
    'Suite à votre demande, je vous propose le tarif suivant : 450 € HT pour la journée.',
  ],
  ['proposal', 'Propuesta', 'Le hago llegar nuestra propuesta económica para el proyecto.'],
  ['proposal', 'Offerte', 'Naar aanleiding van ons gesprek stuur ik u hierbij de offerte.'],
  ['proposal', 'Proposta', 'Conforme conversamos, envio a proposta comercial para o projeto.'],
  [
    'followup',
    'Website redesign',
    'Hi Jane, I just wanted to follow up on my previous email about the website redesign.',
  ],
  [
    'followup',
    '',
    "I know you're busy, so I'll keep this short: are you still interested in moving forward?",
  ],
  ['followup', 'Re: Estimate', 'Hi, any thoughts on the estimate?'],
  ['followup', '', "I'm reaching out one last time regarding the proposal."],
  ['followup', 'Unser Angebot', 'ich wollte kurz nachfragen, ob Sie unser Angebot schon prüfen konnten.'],
  ['followup', 'Propuesta', 'Quería hacer seguimiento de la propuesta que le envié la semana pasada.'],
  ['feedback_request', 'Logo concepts', 'The logo concepts are ready! Which direction do you prefer?'],
  [
    'feedback_request',
    'Draft',
    'Could you take a look at the attached draft and let me know if any changes are needed?',
  ],
  [
    'details_request',
    'Getting started',
    "To get started, I'll need: your logo, brand colours, and access to your hosting.",
  ],
  ['details_request', '', 'Could you confirm the delivery address?'],
  [
    'testimonial_request',
    'A quick favour',
    'If you were happy with my work, would you mind leaving a review on my Upwork profile?',
  ],
  ['other', 'Thanks', 'Thanks for your payment! Much appreciated.'],
  ['other', 'Your project', "I'm sorry, but I won't be able to take on this project."],
  ['other', 'Update', 'Quick update: the site will go live on Monday.'],
  ['other', 'Final files', 'Attached are the final files. It was a pleasure working with you.'],
  ['other', 'Application', "I've attached my CV for the position."],
  [
    'other',
    'New prices',
    'Please note our price list changes effective 1 April. The new hourly rate is $95.',
  ],
  [
    'other',
    'Re: Invoice 22',
    'Great, thanks for letting me know!\n\nOn Mon, Ana wrote:\n> Payment for invoice 22 is on its way.',
  ],
  ['other', 'Budget', "What's our budget for the offsite? Need to get quotes from caterers."],

  [
    'other',
    'Project update',
    'Quick update on the app: the login screen is done and the API is 80% complete. We are still on track for the 30 April launch.',
  ],
  ['other', 'Scope change', 'As discussed, we will drop the blog section for now. No change to the budget.'],
  [
    'other',
    'Welcome!',
    "Welcome aboard! I'm excited to start working together. I'll send a calendar invite for our kickoff.",
  ],
  ['other', 'Delivered', 'The final logo files are in the shared folder. Thanks for a great project!'],
  ['other', 'Thank you', 'Thank you so much for the referral to Dana, I really appreciate it.'],
  ['other', 'Meeting confirmed', 'Confirming our call on Tuesday at 3pm. Here is the Zoom link.'],
  ['other', 'Not a fit', 'Thank you for considering me, but I have decided to decline this project.'],
  ['other', 'Holiday hours', 'Our studio will be closed from 24 December to 2 January. Happy holidays!'],
  ['other', 'Re: Quote', 'Thanks for accepting the quote! I will start on Monday.'],
  ['other', 'Invoice paid', 'Got it, thanks — I can see the payment in my account now.'],
  ['other', 'Taxes', 'Hi accountant, attached are all my invoices from 2025 for the tax return.'],
  [
    'other',
    'New pricing',
    'From 1 May my day rate goes up to €650. Existing projects keep the current rate.',
  ],
  [
    'invoice',
    'Deposit',
    'Thanks for signing! To get started, here is the deposit invoice for 50% ($1,500).',
    ['Deposit-Invoice-0071.pdf'],
  ],
  [
    'invoice',
    'Statement',
    'Please find attached your statement of account showing an outstanding balance of £420.',
  ],
  [
    'invoice',
    '',
    "Hi Maria, hope all is well! I noticed invoice #88 hasn't been paid yet. Could you check on it?",
  ],
  ['invoice', 'Payment', 'Hola, te escribo porque todavía no he recibido el pago de la factura de febrero.'],
  [
    'invoice',
    'Mahnung',
    'Sehr geehrte Damen und Herren, trotz Zahlungserinnerung ist der Rechnungsbetrag noch nicht bei uns eingegangen.',
  ],
  [
    'proposal',
    'Options for your garden',
    'Here are three options for the garden design, with prices: Basic $900, Standard $1,500, Premium $2,400. Let me know which one you would like to go with.',
  ],
  [
    'proposal',
    '',
    'Based on our call, I estimate the project will take 6 weeks and cost around $7,500. Happy to send a formal proposal if that works for you.',
  ],
  [
    'proposal',
    'Retainer',
    'I would propose a monthly retainer of $2,000 covering up to 20 hours of work. Let me know if you want to proceed.',
  ],
  ['proposal', 'Contrato', 'Adjunto el contrato de servicios para su revisión y firma.'],
  [
    'proposal',
    'Proposition',
    'Veuillez trouver ci-joint notre proposition commerciale pour la refonte de votre site.',
  ],
  [
    'followup',
    '',
    'Hi Karen, just bringing this back to the top of your inbox. Would a quick call this week help?',
  ],
  [
    'followup',
    'Re: Website proposal',
    'Hi Karen, I wanted to check whether you had any questions about the proposal.',
  ],
  [
    'followup',
    'Devis',
    "Bonjour, je n'ai pas eu de retour concernant le devis envoyé le mois dernier. Est-il toujours d'actualité ?",
  ],
  ['followup', 'Offerte', 'Hoi Sanne, heb je al naar de offerte kunnen kijken?'],
  ['feedback_request', 'Draft 1', 'Here is the first draft of the blog post. Let me know what you think!'],
  [
    'details_request',
    'Missing info',
    'To finish your tax return I need your P60 and the mortgage statement.',
  ],
  [
    'testimonial_request',
    'Review?',
    'Would you be willing to share a few words about working with me for my website?',
  ],

  [
    'invoice',
    'March invoice',
    'Hi Rob, March is wrapped up, so here is my invoice. Bank details are on the PDF. Cheers!',
    ['March-2026.pdf'],
  ],
  [
    'invoice',
    'Outstanding payment',
    'Hello, our records show an unpaid balance of $780 on your account. Please arrange payment at your earliest convenience.',
  ],
  [
    'invoice',
    '',
    'Hi Jess, the payment for the wedding photos was due last Friday. Could you let me know if there is a problem?',
  ],
  ['invoice', 'Second reminder', 'This is our second reminder regarding invoice 3307, now 21 days overdue.'],
  [
    'invoice',
    'Rechnung März',
    'Guten Tag, im Anhang finden Sie meine Rechnung für März. Vielen Dank für die gute Zusammenarbeit!',
  ],
  [
    'invoice',
    'Facture',
    'Bonjour, voici la facture pour les traductions livrées la semaine dernière. Règlement à 30 jours.',
  ],
  [
    'invoice',
    'Pago pendiente',
    'Hola Marta, ¿podrías confirmarme cuándo se realizará el pago de la factura 0045?',
  ],
  ['invoice', 'Betaling', 'Beste klant, wij hebben uw betaling voor factuur 2026-118 nog niet ontvangen.'],
  ['invoice', 'Cobrança', 'Olá, o boleto referente ao serviço de março vence amanhã. Segue em anexo.'],
  [
    'proposal',
    'Quote for your move',
    'Hi Dan, thanks for having us over. Our quote for the move is $1,850 including packing materials. This price is valid for 14 days.',
  ],
  [
    'proposal',
    'SEO retainer',
    'Hi Lisa, following our call, I have outlined two options below. Option A: $800/month. Option B: $1,400/month including content. Let me know which works for you.',
  ],
  [
    'proposal',
    'Contract',
    'Hi Omar, I have attached the freelance agreement for the app project. Once signed, I can start on 16 March.',
  ],
  [
    'proposal',
    'Angebot Hochzeitsfotografie',
    'Liebe Anna, lieber Ben, anbei mein Angebot für eure Hochzeitsreportage. Ich freue mich auf eure Rückmeldung!',
  ],
  [
    'proposal',
    'Devis traduction',
    'Bonjour, comme convenu, je vous transmets mon devis pour la traduction du site : 1 200 € HT, délai 10 jours.',
  ],
  [
    'proposal',
    'Cotización',
    'Estimado Jorge, adjunto la cotización solicitada para el mantenimiento anual del jardín.',
  ],
  [
    'proposal',
    'Orçamento',
    'Olá Ana, segue o orçamento para a identidade visual da loja. Qualquer dúvida estou à disposição.',
  ],
  [
    'followup',
    'Checking in',
    'Hi Rob, I sent over a quote for the deck last week and wanted to see if you had any thoughts.',
  ],
  ['followup', '', 'Hi Lisa, I realise things get hectic. Is the SEO project still on your radar?'],
  ['followup', 'Re: Angebot', 'Hallo Anna, kurze Nachfrage: Habt ihr euch schon entschieden?'],
  [
    'followup',
    'Relance',
    'Bonjour, je reviens vers vous au sujet de ma proposition du 2 mars. Avez-vous pu en discuter en interne ?',
  ],
  [
    'feedback_request',
    'Mockups',
    'Hi Omar, the mockups for the onboarding screens are in Figma. Any comments before I move to development?',
  ],
  [
    'feedback_request',
    'Tradução',
    'Olá, a primeira versão da tradução está pronta. Pode me dizer o que achou?',
  ],
  [
    'details_request',
    'Photos',
    'Hi Jess, could you send me the list of family groups you want photographed at the wedding?',
  ],
  [
    'details_request',
    'Unterlagen',
    'Hallo Herr Brandt, für die Steuererklärung benötige ich noch Ihre Lohnsteuerbescheinigung.',
  ],
  [
    'testimonial_request',
    'Quick review?',
    'Hi Dan, if the move went well, a short review on Google would mean a lot to our small team.',
  ],
  [
    'testimonial_request',
    'Témoignage',
    'Bonjour Léa, accepteriez-vous de rédiger un court témoignage sur notre collaboration ?',
  ],
  ['other', 'Running late', 'Hi Rob, I am running 10 minutes late for our call.'],
  [
    'other',
    'Invoice question',
    'Hi team, which template do we use for invoices now? The old one has the wrong address.',
    [],
  ],
  ['other', 'Conference', 'Are you going to the design conference in May? Tickets are $300 this year.'],
  [
    'other',
    'Quote of the day',
    '"Simplicity is the ultimate sophistication." Have a great Monday, everyone!',
  ],
  [
    'invoice',
    'INV KS-0417 borehole pump',
    'Morning Mr Dlamini\n\nPump pulled, new impeller fitted, pressure back to normal.\n\nLabour R1 200.00\nImpeller R640.00\nTotal R1 840.00\n\nEFT to FNB 62810045521, branch 250655.\n\nSipho',
  ],
  ['other', 'Paid', 'Hi Marta, I received your transfer today. Thank you!'],
  ['other', 'Re: Proposal', 'Great, thanks for signing! I will send the kickoff agenda tomorrow.'],
  [
    'feedback_request',
    'Traduction du catalogue',
    'Bonjour Madame Leroy, vous trouverez ci-joint la traduction du catalogue. Pourriez-vous me dire si la terminologie vous convient avant la mise en page ?',
    ['catalogue_DE.docx'],
  ],
  ['followup', 'Cardápio', 'Olá Paula, recebeu o meu e-mail sobre o cardápio do evento? Abraço, Rui'],
  [
    'details_request',
    'Fotos da loja',
    'Oi Caio, o site está quase pronto, mas estou parado até receber as fotos da loja. Assim consigo fechar a página inicial.',
  ],
  [
    'testimonial_request',
    'Merci !',
    "Bonjour Paul, ce fut un plaisir de refaire votre salle de bain. Si des amis cherchent un artisan, n'hésitez pas à me recommander autour de vous.",
  ],
];

describe('classifyEmail across phrasings', () => {
  it.each(PHRASINGS)('reads a %s: "%s"', (kind, subject, bodyText, attachmentNames) => {
    const result = classifyEmail({
      subject,
      bodyText,
      attachmentNames: attachmentNames ?? [],
      sentAt: SENT_AT,
    });
    expect(result.kind).toBe(kind);
  });
});
