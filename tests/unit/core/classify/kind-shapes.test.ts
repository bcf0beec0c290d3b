import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../../src/core/classify/classify-email';
import { findKindShapes } from '../../../../src/core/classify/kind-shapes';

// Monday 6 April 2026, 09:00 UTC.
const SENT_AT = Date.UTC(2026, 3, 6, 9);

const shapeSignals = (text: string): string[] => findKindShapes(text).map((shape) => shape.signal);

// Each shape with words that must make it, and a near miss that shares some of its parts but not all.
const SHAPES: Array<{ shape: string; fires: string[]; nearMisses: string[] }> = [
  {
    shape: 'signalOfferWithAsk',
    fires: [
      "Sanding and oiling the deck: I'm looking at $1,350 with the oil supplied. Want to lock it in?",
      'I could take the newsletter off your hands at $450 per issue. Interested?',
      'Für die Überarbeitung des Logos veranschlage ich 950 €. Soll ich starten?',
      'Pour un site de cinq pages, comptez 2 400 € HT. On part là-dessus ?',
      'Le document fait 6 000 mots, je vous le traduis pour 720 €. Vous me dites ?',
      'Te puedo hacer las 30 fotos por 540 €. ¿Lo hablamos o te lo reservo?',
      'Voor het tegelwerk denk ik aan € 2.800. Zullen we het zo doen?',
      'Para a identidade visual o investimento fica em R$ 4.500. Vamos fechar?',
      "Replacing the six panels, I'd want $1,080 for labour and timber. Which day's better for you?",
      'Een teamshoot op locatie kost € 690. Welke datum heeft je voorkeur?',
      // Prices in the currencies of writers beyond the euro and the dollar.
      'I can tutor Tobi twice a week at ₦8,000 per session, ₦192,000 in total. Shall I block Tuesdays?',
      'For the full audit I would charge Rs. 1,25,000. Shall I send the engagement letter?',
    ],
    nearMisses: [
      // The price is what the question asks about.
      'I can bring two dozen cupcakes on Saturday. Should I price them at $2 each like last year?',
      'Before I commit to a supplier, would $40 a unit be reasonable in your experience?',
      // Someone else's price.
      'The caterer quoted $42 a head for 80 guests. I think we should go with them. Can you approve the spend?',
      // Money the sender spent.
      'I paid $300 for the course last year. Do you think it was worth it?',
      // The question comes first; the price after it is the sender's own budget.
      'What do freelance editors usually charge? I am trying to budget around $50 an hour for next year.',
    ],
  },
  {
    shape: 'signalOfferWithTermsAndAsk',
    fires: [
      "For re-plastering the hallway I'd charge $1,900, materials included. Want me to pencil you in for May?",
      'Für die Gartenmauer würde ich 2.400 € berechnen, inklusive Material. Geben Sie mir Bescheid, ob das passt.',
      'Pour le site, mon tarif serait de 2 900 €, livraison sous trois semaines. Dites-moi si cela vous convient.',
      'Por el vídeo serían 1.800 €, con dos rondas de cambios incluidas. ¿Te parece bien?',
      'Voor de nieuwe huisstijl kom ik uit op € 3.100, inclusief twee correctierondes. Laat maar weten of ik mag starten.',
      'Pelo site eu cobraria R$ 5.200, incluindo hospedagem no primeiro ano. Se estiver de acordo, começamos na segunda.',
      'Clearing the gutters and fixing the downpipe: £180. I could do it next Tuesday if that works for you.',
      "I'd charge $95 per dish, edited and delivered within 5 days. When suits you for the shoot?",
      'Het onderhoud kan ik voor € 75 per maand doen, updates inbegrepen. Zeg het maar als je wilt dat ik begin.',
      'Renewing for another 12 months is $1,200 and covers updates and backups. Would you like to renew?',
      'Für den Umzug berechnen wir 1.450 €, Material ist enthalten. Bitte bestätigen Sie kurz.',
      'Voor de vertaling bedraagt mijn prijs € 960, levering binnen tien werkdagen. Geef maar een seintje als ik mag beginnen.',
      'I can write the three emails for $1,600 total and could have drafts to you by the 18th. Sound good?',
      "That's another $900 on top of the original scope. Shall I add it in?",
      'We would be pleased to value the property for a fee of £1,250, report delivered within ten working days. Please confirm if you wish us to proceed.',
      "Menu B at $42 pp for 80 guests is $3,360; our coordinator would be on site from 4pm. Let me know by Friday and I'll lock it in.",
      'Gerne übernehme ich die Buchhaltung ab Juni. Mein Honorar läge bei 290 € im Monat. Passt Ihnen das?',
      'Para las fotos te haría un precio de 600 €, entrega en una semana. ¿Cómo lo ves?',
      'Materiaal en arbeid samen komt op € 4.200, ik kan volgende maand. Wil je dat ik het inplan?',
      'The fit-out comes in at 4,500 plus VAT, including all materials. Happy to go through it on a call.',
      'Fitting the new cupboard would run you about £420, hinges on top. Earliest I can come is Monday week. Any good?',
      'Pour la refonte, je vous propose un forfait de 2 100 €, deux allers-retours compris. Je peux démarrer lundi. Ça vous irait ?',
      'Te paso números: unos 2.900 € en total, materiales incluidos. Podríamos empezar el lunes. ¿Te cuadra?',
      'Ik doe de loonadministratie voor € 95 per maand. Ingaan kan per 1 juli. Laat maar weten of je akkoord bent.',
      'Eu cobraria R$ 1.200 pelas fotos, entregues em até cinco dias. Se topar, me confirma.',
      "Ten short videos at $300 each, so $3,000, turned round in eight working days. Just say yes and I'll get going.",
      'Six pages of copy, $1,500 flat, and I can deliver drafts five days after kickoff. Keen to hear if that fits your budget.',
      "Full-day coverage comes to $3,200; a $400 retainer secures the date. Let us know if you'd like us to pencil you in.",
      'Por 380 € al mes me encargo de la web y las redes. Mínimo tres meses. Si te interesa, dime y empiezo en julio.',
      "Pour 600 € par mois, je m'occupe de vos réseaux, livraison des visuels le lundi. Si cela vous intéresse, je peux commencer en juin.",
    ],
    nearMisses: [
      // A buyer naming the price they would pay.
      'Would you take $350 for the bike? I can pick it up on Saturday if that works.',
      // A price already agreed, in a progress note.
      "We're still within the $9,500 we agreed, including the extra page. Let me know if you'd like a call.",
      // A price someone else charged.
      'She charged me $2,000 for a similar site, hosting included, and I was happy with it.',
      // An amount already agreed, with a date and a question, from the one who pays.
      'Rent for May: $1,450 as agreed. I can transfer it on the 1st if that works.',
      // Someone else's rate and no terms of the sender's own.
      'The caterer charges $95 per dish. When suits you for the tasting?',
      // The sender booking, or a shop confirming an order.
      "I'd like to book a room for two nights; your site says €140 a night including breakfast. Could you confirm?",
      'Obrigado pela sua compra! Valor total: R$ 189,90. Seu pedido será entregue em até 5 dias úteis.',
      "Je confirme la location du gîte pour 890 €, ménage inclus. Pouvez-vous m'envoyer le contrat ?",
      // A buyer asking the supplier to come down.
      'Could you do the tiling for $3,000 instead of $3,400? If so we can start next week.',
      // A bill with the same closing words a proposal uses.
      'The balance of $1,200 including VAT is due within 14 days. Let me know if you have any questions.',
      // A ticket price passed on, not the sender's fee.
      "Tickets for the gala are $120 each and include dinner. Let me know if you'd like me to book you one.",
      // Someone else's total, worked out.
      'The venue wants $40 a head, so $2,400 for sixty. Any good?',
      // A seat offered "if you're interested", with no terms of the sender's work.
      'If you are interested, there is a pottery workshop on Saturday for $35. Tell me and I will book two seats.',
      'Si te interesa, hay un taller de cerámica el sábado por 35 €.',
    ],
  },
  {
    shape: 'signalOfferWithTerms',
    fires: [
      "I'd fix both bugs for a flat $1,300, done within a week of your sign-off.",
      'Pour la terrasse, il faut compter 4 600 €, fournitures incluses.',
      'Full refit incl. tiling and new suite, 8 working days, £6,850 fitted. Could start 12 Jan.',
      "For the full day it's $3,200, and the album is an extra $600 if you want it.",
    ],
    nearMisses: [
      'The shop fixed both bikes within a week of the order.',
      // The sender paying, not offering: "ik kan" and a price, then the transfer.
      'Hoi Jan, ik kan morgen € 500 voor de tafel overmaken als je hem voor me bewaart.',
    ],
  },
  {
    shape: 'signalAmountForWorkDone',
    fires: [
      'Milestone 2 is complete, so the second instalment of $4,500 is now due.',
      'Now that the site is live, the remaining 50% ($2,900) is due.',
      'Wir haben die zweite Phase abgeschlossen: die Abschlagszahlung über 2.000 € ist zahlbar innerhalb von 10 Tagen.',
      'Hierbij de tweede termijn van € 3.000 voor de verbouwing. Graag binnen 14 dagen voldoen.',
      'The mural is finished, so the balance of $1,800 is payable within 10 days.',
      'Anbei mein Stundenzettel für Oktober: 12 Stunden, macht 960 €, zahlbar innerhalb von 14 Tagen.',
      "Le solde de 1 100 € reste à payer d'ici la fin du mois.",
    ],
    nearMisses: [
      // A stage done and its cost reported, nothing asked for.
      'Phase one is done and came in at $4,800, under the estimate. Phase two starts Monday.',
    ],
  },
  {
    shape: 'signalAmountAskedNow',
    fires: [
      'The 25% deposit is $3,100; you can pay by bank transfer to the account below.',
      "A quick reminder that the April coaching fee of £300 hasn't come through yet.",
      'Ya terminamos, así que te dejo abajo los datos para la transferencia: 1.500 €.',
      'Segue o boleto de R$ 1.250, com vencimento dia 10.',
      'Two hours of tuition at $40, so $80. You can PayPal it to me whenever suits.',
      'The roof repair comes to $2,150; Zelle or Venmo are both fine.',
      'Son 95 € por la clase del sábado, me lo puedes pasar por Bizum.',
      'Voor de les van dinsdag is het € 45, ik stuur je een Tikkie.',
      'I sent the figures on Monday: $640 is still owing for October.',
      'La cuota de 300 € de octubre sigue pendiente, ¿me dices algo?',
      'O valor de 480 € referente a outubro continua em aberto.',
      'Hier die offenen Posten: Nr. 88 mit 250 € und Nr. 91 mit 310 €.',
      "I haven't received your payment of $450 yet; it is now due.",
      // The sender's way to pay named as theirs: a bank detail, an app handle, the account used before.
      'Eight piano lessons at £30, £240 in all. Account no. 55443322, sort code 11-22-33.',
      'Window cleaning for the quarter: $135. Cash App $shinebright or cash on the day.',
      'Zwölf Stunden à 55 €, also 660 €. Wie immer auf das bekannte Konto, danke!',
      'Son 320 € de las cuatro sesiones; a la misma cuenta de siempre, gracias.',
      'Het komt op € 210 voor de drie knipbeurten, naar hetzelfde rekeningnummer als vorige keer.',
      'Deu 180 € este mês, podes pôr na mesma conta de sempre.',
      // Money still open, said plainly.
      'Small thing: I still have £95 open from the workshop in June.',
      'Die 420 € für den Flyer sind noch offen.',
      'Just flagging that the outstanding €560 for the translation would need sorting this month.',
    ],
    nearMisses: [
      // Money that already moved.
      "We've paid the $3,100 deposit by bank transfer this morning.",
      'Ya te he hecho la transferencia de los 120 € de la cena, ¡gracias!',
      'Confirmo que recebi o Pix de R$ 300, obrigado!',
      // Costs split among friends.
      'The boat came to $600, so $150 each. Venmo me when you can!',
      // A payment company in the news, not a way to pay.
      'The acquisition of PayPal for $1.5 billion is still subject to review.',
      // Shares, not a bill.
      'They will pay about $12.6 million in cash for all of the outstanding shares.',
      // Costs split among friends, in other languages.
      'La location faisait 900 €, soit 300 € chacun. Faites-moi un virement quand vous pouvez.',
      'O jantar deu R$ 480, R$ 120 para cada um. Mandem o Pix!',
      // The sender is the one who pays, or owes.
      'I owe you $60 for the paint, sending it via Venmo @tomas-r tonight.',
      'The phone bill is $74.20 and due on the 3rd. Should I pay it from the business account?',
      'Die Handyrechnung über 48 € ist bis zum 10. zu zahlen. Sollen wir die privat zahlen?',
      // A refund the sender sent.
      'Je vous ai remboursé les 60 € par virement ce matin.',
      // An offer still open and slots still open: no money is owed.
      'My offer is still open: $1,400 for the full redesign, if you want it.',
      'I have 3 slots open in May at $400 a session.',
      // A payment company in the news.
      'Venmo processed $12 billion in payments last quarter, according to the filing.',
      // A payment app's receipt, and the sender about to pay or asking whether someone else has.
      'Your payment of $38 to Rita Gomez via Zelle was completed on 4 March.',
      "Could you send me your bank details? I'd like to pay the $800 today.",
      'The bank says £310 from the Ortiz order is still open. Can you check whether they paid?',
    ],
  },
  {
    // The sender asks, in so many words, to be paid: it outweighs a price that reads like an offer.
    shape: 'signalAmountAskedNow',
    fires: [
      'Could you please transfer the £180 for the alterations before Saturday?',
      'Can you pay the $90 deposit so I can hold the 9th for you?',
      'Could you send the money over by Thursday? It was $260 for the two days.',
      'For the engagement shoot we square up on the day: $350.',
      'Zur Reservierung des Termins bitte ich um eine Anzahlung von 150 €.',
      'Bitte überweisen Sie die 380 € bis Ende des Monats.',
      'Merci de me régler les 90 € de la séance avant lundi.',
      'Pourriez-vous me verser les 400 € d’acompte pour bloquer la date ?',
      '¿Me puedes hacer un Bizum de 45 € por la clase?',
      'Le agradecería que lo abonara antes del viernes: son 620 €.',
      'Zou je de € 95 voor de les deze week nog willen betalen?',
      'Consegue fazer o Pix de R$ 150 até amanhã?',
    ],
    nearMisses: [
      // A price offered and a go-ahead asked: nothing is owed yet.
      'A $90 deposit would hold the 9th for you. Shall I pencil it in?',
      // The ask is for something other than money.
      'Could you send the signed form over by Thursday? The fee was $260.',
      // The sender pays.
      'Can you confirm you received the $90 I sent yesterday?',
    ],
  },
  {
    shape: 'signalWorkShownAsksOpinion',
    fires: [
      "The second draft is attached. Tell me what's working and what isn't.",
      'Voici la première version du logo, dites-moi ce que vous en pensez.',
      'Der Entwurf für das Plakat ist fertig. Sagen Sie mir, was Ihnen gefällt und was wir ändern sollen.',
      'Hier is de eerste versie van de folder. Wat vind je ervan?',
      "Here are the revised mockups. Let me know if you'd like any changes.",
      'Aquí tienes los bocetos del logo. ¿Con cuál te quedas?',
      'Subi o primeiro corte do vídeo na pasta, me fala o que ajustar.',
      "I've put the edited photos in the shared gallery. Flag any you'd like me to redo.",
      "Rough cut's up on the review site. Timecoded notes there would be perfect.",
      'The draft of the May issue is in your inbox as a test send. Shout if anything needs changing.',
      'V2 of the floor plans is attached. Does this layout work for you?',
      "I've finished the brand guide. Could you look through it and tell me if the tone feels right?",
      "Voici le premier jet de l'article. N'hésitez pas à annoter directement.",
      'In de bijlage de concepttekst. Kun je laten weten wat je ervan vindt?',
      "Hey, finished the illustrations for chapters 1 to 3. They're in Dropbox. Let me know how they feel.",
      'The revised drawings are attached. Are you happy for me to submit these to the council?',
      "I've mocked up the new checkout. Keen to hear what you make of it.",
      "I've pulled together the first version of the report. Can you sanity-check the numbers on page 4?",
      'Ich habe dir die ersten Entwürfe hochgeladen. Welcher gefällt dir am besten?',
      'De eerste schetsen staan in de map. Welke richting spreekt je het meest aan?',
      'Terminei o layout das páginas internas. Consegue dar uma olhada e aprovar até quinta?',
      'Anbei die überarbeitete Fassung des Textes. Passt das so für Sie?',
      'The first cut of the teaser is on the review link. Thoughts?',
      'The packaging mockups are in Figma now. Which way are you leaning?',
      "I've uploaded the draft plan to the shared drive. If you can sign it off by Monday I'll book the crew.",
      'Hier der erste Entwurf für das Etikett. Wie gefällt er Ihnen?',
      'Voici la nouvelle version du menu. Est-ce que ça correspond à ce que vous aviez en tête ?',
      "J'ai terminé les sous-titres, ils sont dans le dossier partagé. Dites-moi si tout vous convient.",
      'Ya subí el audio editado a la carpeta compartida. ¿Me das el visto bueno?',
      'Het logo staat in de gedeelde map. Kun je laten weten of er nog iets anders moet?',
      'Segue a primeira versão do cardápio. Gostou?',
      'As fotos editadas estão na galeria. Escolhe as que você quer no site.',
      // Work handed over with a plain question, no opinion words at all.
      'Hier de nieuwe versie van de brochure, in de bijlage. Kan dit zo naar de drukker?',
      'Updated floor plan attached, with the island moved. Before I send it to the builder, does it work for you?',
      "I've pasted the new About copy into the Google Doc. Have a read and leave comments wherever it sounds off.",
      'Die Vorschau der neuen Startseite ist unter dem Testlink online. Was sagen Sie dazu?',
      'Les photos retouchées sont en ligne. Vous pouvez me dire lesquelles garder ?',
      'De nieuwe teksten staan in het gedeelde document. Kun je ze doorlezen?',
      'Subi a primeira versão do vídeo no Drive. Dá uma olhada e me diz se posso seguir.',
      'Im Anhang die überarbeitete Broschüre. Können wir sie so drucken lassen?',
      'Je vous envoie les bannières en pièce jointe. Des corrections avant impression ?',
      'Te paso el menú corregido. ¿Algo más que corregir antes de imprimir?',
      'Segue o convite com a nova data. Está tudo certo para a gráfica?',
    ],
    nearMisses: [
      'The second draft is attached.',
      "Here are the revised mockups from the agency; I'll forward them to the board.",
      "I've put the edited photos in the shared gallery for the family to download.",
      'The draft of the May issue went out to all subscribers this morning.',
      // A mailing-list thread: a concept talked about, not work shown.
      'Has this concept been discussed here before? Take a look at the article for proof.',
      "I've finished the report for the board; it's in the shared folder for reference.",
      "Here's the link to the wedding photos from Saturday, hope you enjoy them!",
      "Dites-moi ce que vous en pensez, du restaurant d'hier soir.",
      // Work handed over and a question, but the question is what the sender still needs.
      'So I can finalise the layout, could you measure the alcove and send me the width?',
      // A draft handed over with its price: the question is about the deal.
      'Here is the draft contract for the shoot, $1,200 for the day. Shall I book you in?',
      "I've uploaded the new version of the script to the list. Does anyone still run the old one?\n" +
        'x'.repeat(700),
      // Thanks for an opinion already given.
      'Danke für Ihre Rückmeldung zum Entwurf, schade, dass es diesmal nicht passt.',
      // A long post that mentions something online and asks for comments.
      `The meeting notes are now online. Any comments welcome.\n${'More notes on the agenda. '.repeat(40)}`,
    ],
  },
  {
    shape: 'signalBlockedAsksInput',
    fires: [
      'So I can finish the menu, could you send me the new prices?',
      'Para terminar la web me hace falta el logo. ¿Me lo pasas?',
      'Para começar preciso das fotos; assim que receber, sigo. Pode me enviar até sexta?',
      'To set up the campaigns I need access to your ad account. Could you give me permissions?',
      'Il ne manque plus que vos textes pour la page Équipe. Vous pouvez me les envoyer ?',
      'Voor de aangifte hebben we nog uw jaaropgave nodig. Wilt u die naar ons mailen?',
      "What colour do you want for the door? Once I know, I'll order the paint.",
      "To kick off I'll need your brand guidelines. Can you sort those this week?",
      "I can't finish the site until I have the photos. Any idea when they'll arrive?",
      'Für den Antrag fehlt noch Ihre Unterschrift. Können Sie das Formular zurückschicken?',
      'Antes de imprimir necesito que me confirmes las cantidades.',
    ],
    nearMisses: [
      'Could you let me know when the payment goes out?',
      'So I can finish early on Friday, the call moves to Thursday.',
      "I need a coffee first. Let me know when you're free.",
      "I'd like to book a double room for June. Could you confirm availability?",
    ],
  },
  {
    shape: 'signalAsksWordsToShow',
    fires: [
      'Would you write a few lines about working with me that I could put on my website?',
      'Wil je een paar zinnen schrijven die ik op mijn site mag zetten?',
      "Accepteriez-vous d'écrire quelques mots que je pourrais publier ?",
      'A short review on my Facebook page would mean a lot.',
      '¿Te importaría escribir unas líneas sobre cómo fue trabajar conmigo?',
      'Would you be up for a short quote I can use on my site?',
      'Si vous êtes contente du résultat, un petit avis sur Google me ferait très plaisir.',
      'Über eine kurze Bewertung bei Google würde ich mich riesig freuen.',
      'Darf ich deinen Kommentar zur Website mit deinem Namen auf meiner Seite zeigen?',
      'Could I quote what you said about the launch on my client stories page?',
    ],
    nearMisses: [
      'I wrote a few lines about the launch for the team newsletter.',
      'I left a short review of the hotel on their page.',
      'I found a short quote I can use in my talk, from a book on design.',
      "J'ai laissé un petit avis sur le restaurant hier soir.",
    ],
  },
  {
    shape: 'signalAsksIfTheyLooked',
    fires: [
      'Did you get a chance to look at the layouts?',
      'Conseguiu dar uma olhada no material que mandei?',
      'Avez-vous pu jeter un œil au planning ?',
      "Just seeing whether you'd made a decision on the kitchen.",
      "Je n'ai pas eu de nouvelles depuis l'envoi du devis.",
      'Te escribo de nuevo por el presupuesto. ¿Has podido decidir algo?',
      '¿Pudiste echarle un vistazo a los planos que te mandé?',
      'Escrevo só para saber se recebeu a proposta de segunda-feira.',
    ],
    nearMisses: [
      "I'll get to the layouts tomorrow and look at the chances of rain.",
      'We made a decision: the kitchen stays white.',
    ],
  },
  // Round kinds-4 (kind-wording-2): nudges that name the earlier message by its day or ask if it came.
  {
    shape: 'signalAsksIfTheyLooked',
    fires: [
      'hey did you get my quote for the fence? whenever suits',
      'I am writing again regarding my letter of 3 March about the boundary survey.',
      'Just floating this back up in case it slipped past you.',
      "I left you a voicemail yesterday but haven't managed to reach you since.",
      'Haben Sie schon in meine Nachricht vom Dienstag reingeschaut?',
      'Je me permets de revenir sur mon message du 4 mai concernant le devis.',
      '¿Alguna novedad sobre la propuesta que le mandé?',
      'Heb je mijn mail van 12 juni over de offerte nog gezien?',
    ],
    nearMisses: [
      'Did you get the parcel from the courier? It came today.',
      'Any chance the parcel arrives before Friday?',
      'Your letter of 3 March arrived; thank you.',
    ],
  },
  {
    shape: 'signalWorkShownAsksOpinion',
    fires: [
      'The prototype lamp is on my bench now. I would value your opinion on the shade colour before I make the batch.',
      "Here's the rough edit: https://clips.example/r1 — watch it once and tell me what stood out.",
      "I've sent three swatches by post. Which do you prefer?",
      'Die Beta-Version liegt in TestFlight. Sag mir, wie sich die Suche anfühlt.',
      "Vous trouverez ci-dessous le lien vers le montage. N'hésitez pas à me dire ce que vous en pensez.",
    ],
    nearMisses: [
      "I'll finish the prototype next week and send photos then.",
      'The prototype is the one the client rejected last year.',
    ],
  },
  {
    shape: 'signalBlockedAsksInput',
    fires: [
      'Before I order the tiles I need two things from you: the room width and the grout colour.',
      "Which address should go on the certificate, home or office? I'll hold off until I know.",
      "I can't submit the planning form without your signature. Could you send it back signed by Monday?",
      'Bevor ich die Bretter zuschneide, bräuchte ich die Maße der Nische. Vorher kann ich nichts bestellen.',
      '¿Me puedes mandar las fotos del local? Hasta que no las tenga no puedo montar la web.',
      'Om de koppeling te maken heb ik de inloggegevens van uw boekhoudpakket nodig. Kunt u die sturen? Eerder kan ik niet beginnen.',
    ],
    nearMisses: [
      'I ordered the tiles this morning; they arrive on Friday.',
      'Bevor ich in Urlaub fahre, wollte ich mich noch bedanken.',
    ],
  },
  {
    shape: 'signalAsksForReferral',
    fires: [
      'If you know anyone else planning a loft conversion, an introduction would mean a lot: most of my work comes by word of mouth.',
      'Wenn Sie jemanden kennen, der einen Klavierstimmer sucht, würde ich mich freuen, wenn Sie mich weiterempfehlen.',
      "Si vous connaissez quelqu'un qui déménage, n'hésitez pas à me recommander.",
      'Si conoces a alguien que necesite un fontanero, ¿podrías recomendarme?',
      'Als je iemand kent die een nieuwe website zoekt, mag je mij altijd aanbevelen.',
      'Se você conhece alguém que precise de fotos, pode me indicar!',
    ],
    nearMisses: [
      'If you know anyone who has a ladder I could borrow, let me know.',
      'Thanks for the introduction to Priya last week.',
    ],
  },
  {
    shape: 'signalAsksToShowWork',
    fires: [
      'Could we feature your new kitchen in our portfolio? We would leave out the address.',
      'Dürfen wir die Fotos Ihrer Treppe als Referenz zeigen?',
      'Pourrions-nous présenter votre terrasse comme référence sur notre site ?',
      '¿Podemos mostrar tu jardín como referencia en la web?',
      'Mogen we jouw berichtje als citaat op onze website zetten?',
      'Podemos mostrar o seu banheiro como referência no nosso site?',
    ],
    nearMisses: [
      'Can we use the photos you took on our own website?',
      'My portfolio is online if you want to see more of my work.',
    ],
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

describe('classifyEmail with kind shapes', () => {
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
