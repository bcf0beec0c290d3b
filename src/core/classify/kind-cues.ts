import type { ExplanationCode } from '../explanations/explanation';
import { FEE_NOTE_WORDS } from './extract-invoice-number';
import type { EmailKind } from './kinds';

/** Where in an email a cue is looked for. */
export type CueSite = 'subject' | 'body' | 'attachment' | 'anywhere';

/**
 * One piece of evidence about what kind of email this is, with how much it counts for (or against)
 * each kind and what the user is told when it fires (an explanation code; its `match` value is the
 * matched words). Every pattern is a literal alternation with bounded gaps, so matching stays linear.
 */
export interface KindCue {
  site: CueSite;
  pattern: RegExp;
  weights: Partial<Record<EmailKind, number>>;
  signal: ExplanationCode;
}

function cue(
  site: CueSite,
  pattern: RegExp,
  weights: Partial<Record<EmailKind, number>>,
  signal: ExplanationCode,
): KindCue {
  return { site, pattern, weights, signal };
}

// Words in a subject that make it a nudge about something sent before (issue #3: followup kind).
export const SUBJECT_NUDGE =
  /(?:following up|follow[- ]up|checking in|circling back|reminder|nudge|erinnerung|nachfrage|relance|suite à|recordatorio|seguimiento|herinnering|lembrete|acompanhamento|quick question|should i close|dernière tentative|last chance|promemoria|hat[ıi]rlatma)/i;
/** Naming a proposal is weak evidence; under a nudge it says what the nudge is about. */
export const PROPOSAL_MENTION_SIGNAL = 'signalMentionsProposal';
export const PROPOSAL_MENTION_WEIGHT = 1.5;
export const SUBJECT_REPLY_PREFIX = /^\s*(?:re|aw|sv|antw|r|rif|res|ref)\s?:/i;

/** Subject words that name a proposal; under a nudge subject they count for `followup` instead. */
export const PROPOSAL_SUBJECT_CUES: readonly KindCue[] = [
  cue(
    'subject',
    /(?<![a-zà-ÿ])(?:proposal|quotation|statement of work|sow|angebot|kostenvoranschlag|kostenschätzung|devis|soumission|proposition (?:commerciale|de prix|tarifaire)|propuesta|presupuesto|cotizaci[oó]n|offerte|voorstel|or[cç]amento|proposta|preventivo|teklif[a-zçğıöşü]{0,8}|ready for (?:your )?signature|for (?:your )?signature|zur unterschrift|pour signature|para firma|ter ondertekening|para assinatura)(?![a-zà-ÿ])/i,
    { proposal: 4 },
    'cueSubjectNamesProposal',
  ),
  cue(
    'subject',
    /(?<![a-zà-ÿ])(?:quote|estimate|bid|contract|agreement|pricing|vertrag|contrat|contrato|overeenkomst)(?![a-zà-ÿ])/i,
    { proposal: 2.5 },
    'cueSubjectMentionsContract',
  ),
];

/** Bills people receive for their home and phone: "Stromrechnung", "electricity bill", "conta de luz". */
export const HOUSEHOLD_BILL =
  "(?:strom|gas|wasser|telefon|handy|heiz|nebenkosten|arzt|internet)rechnung|(?:electricity|gas|water|phone|mobile|utility|internet|energy|hospital|medical) bill|facture d'(?:électricité|eau)|factura de (?:la )?(?:luz|gas|agua|teléfono|móvil)|recibo de (?:la )?(?:luz|cfe|agua|gas|teléfono)|fatura da (?:água|luz|eletricidade|gás|internet)|(?:energie|gas|water|telefoon)rekening|conta de (?:luz|água|gás|telefone|celular|internet)";

export const KIND_CUES: readonly KindCue[] = [
  // ── invoice ──────────────────────────────────────────────────────────────────────────────────
  cue(
    'subject',
    new RegExp(
      `(?<![a-zà-ÿ])(?:invoice|inv[-#\\s]?(?:[a-z]{1,4}[-/]?)?\\d[\\w/-]*|zahlungserinnerung|mahnung|facture|factura|factuur|fatura|fattura|sollecito di pagamento|nota fiscal|betalingsherinnering|aanmaning|${FEE_NOTE_WORDS})|(?<![a-zäöü])rechnung`,
      'i',
    ),
    { invoice: 4 },
    'cueSubjectMentionsInvoice',
  ),
  cue(
    'subject',
    /(?:payment reminder|payment (?:is )?due|past due|overdue|final notice|unpaid|outstanding (?:balance|payment)|relance (?:de )?paiement|impayée?|recordatorio de pago|pago pendiente|lembrete de pagamento|pagamento (?:em atraso|pendente)|zahlungsaufforderung)/i,
    { invoice: 4 },
    'cueSubjectPaymentDue',
  ),
  cue(
    'subject',
    /(?<![a-zà-ÿ])(?:payment|zahlung|paiement|pago|betaling|pagamento)(?![a-zà-ÿ])/i,
    { invoice: 1.5 },
    'cueSubjectMentionsPayment',
  ),
  cue(
    'attachment',
    // A plural ("Q3_invoices.zip", "Ausgangsrechnungen", "verkoopfacturen") is a bundle for the books, not a bill.
    /(?:invoice(?!s)|rechnung(?!en)|facture(?![ns])|factura(?!s)|factuur|fatura(?!s)|nota[-_ ]?fiscal|mahnung|(?<![a-z])inv[-_ ]?\d|(?<![a-z])bill[-_ ]?\d|(?:progress|payment)[-_ ]?claim)/i,
    { invoice: 5 },
    'cueAttachmentNamed',
  ),
  cue(
    'attachment',
    /(?:receipt|quittung|reçu|recibo|kwitantie|comprovante)/i,
    { invoice: -2, other: 2 },
    'cueAttachmentIsReceipt',
  ),
  // Proof of a payment the user made: "justificante_transferencia.pdf" (pay-wording pw-es-o1).
  cue(
    'attachment',
    /(?:justificante|comprobante|proof[-_ ]?of[-_ ]?payment|remittance|zahlungsbest[äa]tigung|betaalbewijs|preuve[-_ ]de[-_ ](?:paiement|virement)|avis[-_ ]de[-_ ]virement)/i,
    { invoice: -4, other: 3 },
    'cueAttachmentIsReceipt',
  ),
  cue(
    'body',
    /(?<![a-z])(?:attached|enclosed|attaching|here(?:'s| is)|please find|i(?:'ve| have) (?:attached|included)|sending (?:you|over)|i'?m sending|resend(?:ing)?|re-?sent|attached again)[^.\n]{0,40}(?<![a-z])(?:invoice(?!s)|bill(?![a-z])|(?:progress|payment) claim)|(?<![a-z])invoice(?![a-z])[^.\n]{0,40}(?:attached|enclosed)/i,
    { invoice: 4.5 },
    'cueInvoiceAttached',
  ),
  // Case-sensitive so "Bill's notes attached" (a name) stays a name (issue #3).
  cue(
    'body',
    /(?<![A-Za-z])(?:[Mm]y|[Tt]he|[Yy]our|[Tt]his|[Oo]ur) (?:bill|statement)(?: [a-z]{1,12}){0,4},? (?:is |are )?(?:attached|enclosed)/,
    { invoice: 4.5 },
    'cueInvoiceAttached',
  ),
  cue(
    'body',
    /(?<![a-z])(?:payment|invoice|balance|amount|bill|account)[^.\n]{0,50}(?<![a-z])(?:overdue|past due|outstanding|unpaid|(?:is|was|are|now|still) due)(?![a-z])/i,
    { invoice: 4.5 },
    'cuePaymentDue',
  ),
  cue(
    'body',
    /(?<![a-z])(?:(?:overdue|past[- ]due|outstanding|unpaid)\s(?:account|balance|invoice|payment|amount|bill)|open invoice)s?(?![a-z])/i,
    { invoice: 4 },
    'cueOverdueBalance',
  ),
  cue(
    'body',
    /(?:(?:amount|balance|total) (?:due|owing|outstanding|payable)|(?:montant|solde) (?:dû|restant)|offene[rns]? (?:betrag|rechnung|posten|saldo)|openstaande? (?:bedrag|factuur|saldo)|saldo (?:pendiente|em aberto|devedor)|importe pendiente|valor em aberto)/i,
    { invoice: 3 },
    'cueAmountDue',
  ),
  cue(
    'body',
    /(?<![a-z])(?:pay (?:online|now|here|by card|by bank transfer|via)|bank transfer|wire transfer|remittance|payment link|payment (?:details|instructions|options)|iban|sort code|routing number|eft|überweisung|virement|transferencia|overboeking|transferência|bonifico|havale)(?![a-z])/i,
    { invoice: 2 },
    'cuePaymentInstructions',
  ),
  cue(
    'body',
    /(?<![a-z])(?:remind(?:er)?|follow(?:ing)?[- ]up|checking in|nudge|heads[- ]up|ping)[^.\n]{0,50}(?<![a-z])(?:invoice|payment|balance|bill)(?![a-z])/i,
    { invoice: 3.5 },
    'cueRemindsInvoice',
  ),
  cue(
    'body',
    /(?:request(?:ed|ing)? (?:the )?payment|(?:kindly|please) (?:pay|settle|remit|arrange (?:the )?payment|process (?:the )?payment)|settle (?:the|this|your) (?:invoice|balance|account)|expect(?:ing)? (?:your )?payment|when (?:i|we) can expect (?:the )?payment|(?:confirm|let me know) (?:the|a|when) (?:expected )?payment|payment (?:is|was) scheduled|(?:blocking|holding up) (?:the )?payment|move payment forward|process the deposit invoice|(?:i|we) (?:just |only )?need the (?:\d{1,2} ?% )?deposit(?! invoice)|(?<!(?:if|once|when) (?:we|i) )(?:pay|transfer) (?:the|your) (?:\d{1,2} ?% )?deposit(?! invoice))/i,
    { invoice: 3 },
    'cueAsksForPayment',
  ),
  cue(
    'body',
    /(?:collection agency|debt collect|(?:turn|hand|pass)(?:ed)? (?:this|the|your) (?:account|matter|debt) over|legal (?:action|proceedings)|small claims|inkasso|mahnverfahren|(?:gerichtliche|rechtliche) schritte|recouvrement|mise en demeure|procédure judiciaire|cobro judicial|(?:vía|reclamación|procedimiento) judicial|departamento (?:jurídico|legal)|agencia de cobro|incassobureau|gerechtelijke (?:stappen|procedure)|cobrança judicial|azioni? legal[ei]|recupero (?:crediti|giudiziale)|yasal (?:yol|işlem))/i,
    { invoice: 3 },
    'cueMentionsCollections',
  ),
  cue(
    'body',
    new RegExp(
      `(?<![a-z])invoice(?![a-z])|(?<![a-zäöü])rechnung|(?<![a-z])(?:facture|factura|factuur|fatura|fattura|nota fiscal|boleto|${FEE_NOTE_WORDS})(?![a-z])`,
      'i',
    ),
    { invoice: 1.5 },
    'cueMentionsInvoice',
  ),
  // Lower-case only: "Bill" with a capital is far more often a name than an invoice (issue #3).
  cue(
    'body',
    /(?<![A-Za-z])(?:your|the|this|my|our|monthly|final) bill(?![A-Za-z])/,
    { invoice: 1 },
    'cueMentionsBill',
  ),
  cue(
    'body',
    /(?:(?:haven't|have not|hasn't|has not|didn't|did not) (?:yet )?(?:received|seen|got(?:ten)?) (?:the |your |any )?(?:payment|transfer)|(?:payment|invoice)[^.\n]{0,40}(?:has not|hasn't|was not|wasn't|have not) (?:yet )?(?:been )?(?:received|made|sent|arrived|paid|settled)|(?:has|have) not (?:yet )?been (?:paid|settled)|awaiting (?:your )?payment|when (?:the )?payment (?:will be|is|can be|would be) (?:made|sent|processed|released))/i,
    { invoice: 4 },
    'cuePaymentNotArrived',
  ),
  cue(
    'body',
    /(?<![a-z])(?:invoice|factura|facture|factuur|fatura|fattura|rechnung|bill)(?![a-z])[^.\n]{0,60}(?<![a-zà-ÿ])(?:venci(?:da|do|ó)|vence|pendiente|impagad[ao]|sin (?:pagar|abonar)(?:se)?|da saldare|non (?:ancora )?(?:pagata|saldata)|insolut[ae]|impayée?s?|échue?|reste(?:nt)? (?:due|dûe?|impayée?|ouverte)|en attente|überfällig|(?:noch )?offen|unbezahlt|nicht (?:bezahlt|beglichen)|openstaand|nog open|vervallen|onbetaald|em aberto|em atraso|pendente|não (?:foi )?pag[ao]|still open|remains? open)(?![a-zà-ÿ])/i,
    { invoice: 3 },
    'cueInvoiceUnpaid',
  ),
  cue(
    'body',
    /(?:for (?:the )?services rendered|for (?:the )?work (?:done|completed|delivered)|for work completed|prestations réalisées|erbrachte(?:n)? leistungen|geleverde (?:diensten|werkzaamheden)|servicios prestados|serviços prestados)/i,
    { invoice: 2 },
    'cueBillsDoneWork',
  ),
  cue(
    'body',
    /(?:late (?:payment|fee)|payment (?:is )?late|a bit late|(?:ist|sind) (?:noch )?nicht eingegangen|noch (?:keine?n?|nicht) (?:zahlung|zahlungseingang|bezahlt)|keinen zahlungseingang|pas encore (?:été )?(?:reçu|réglée?|payée?)|n'a pas (?:encore )?été (?:reçu|réglée?|effectué)|días de retraso|no (?:hemos|he) recibido (?:el|su|tu) pago|nog (?:geen|niet) (?:betaling|betaald|ontvangen)|achterstallig|em atraso|ainda não (?:recebemos|foi pago)|não recebemos)/i,
    { invoice: 2.5 },
    'cuePaymentLate',
  ),
  cue(
    'body',
    /(?:anbei|beigefügt|im anhang|anliegend|übersende|sende ihnen|erhalten sie)[^.\n]{0,40}(?<![a-zäöü])rechnung|(?:ci-joint|ci-jointe|veuillez trouver|vous trouverez|en pièce jointe|je vous (?:envoie|transmets|adresse)|nous vous (?:envoyons|transmettons|adressons))[^.\n]{0,40}(?<![a-z])facture|(?:adjunto|adjunta|adjuntamos|le env[ií]o|te env[ií]o|le enviamos|encontrará|encontrarás)[^.\n]{0,40}(?<![a-z])factura|(?:bijgaand|in de bijlage|als bijlage|hierbij (?:ontvangt u|stuur ik|sturen wij))[^.\n]{0,40}(?:factuur|de rekening)|hier(?: ist)? (?:die|meine|unsere) rechnung|(?:voici|c'est) (?:la|ma|notre) facture|(?:segue(?:m)?|em anexo|anexo|anexa|envio|encaminho|enviamos)[^.\n]{0,40}(?:fatura|nota fiscal|boleto)|(?<![a-zäöü])(?:rechnung|facture|factura|factuur|fatura|boleto)[^\n]{0,80}(?:im anhang|anbei|ci-joint|en pièce jointe|adjunta|adjunto|in de bijlage|bijgaand|segue em anexo|em anexo)(?! (?:el|la|o|a|le|den|die|het|de) (?:justificante|comprobante|comprovante|preuve|beleg|bewijs))/i,
    { invoice: 4.5 },
    'cueInvoiceAttachedWording',
  ),
  cue(
    'body',
    /(?:zahlungserinnerung|mahnung|zahlungsziel|zahlungseingang|zahlbar(?! in (?:zwei|drei|\d) raten| im voraus)|fällig(?:keit)?|überweisen|rechnungsbetrag|zu begleichen|(?:paiement|règlement)[^.\n]{0,40}(?:en retard|pas encore|attendu|dû|due|échu)|effectuer le paiement|montant dû|date d'échéance|facture impayée|relance de paiement|retard de paiement|régler (?:la|votre|cette) facture|fecha de vencimiento|pago pendiente|pendiente de pago|saldo pendiente|(?:realizar|efectuar|confirmar) (?:el )?pago|pago (?:vencido|atrasado)|retraso en el pago|betalingstermijn|vervaldatum|betalingsherinnering|over (?:te )?maken|data de vencimento|pagamento (?:pendente|em atraso|em aberto)|efetuar o pagamento|realizar o pagamento|segunda via)/i,
    { invoice: 3 },
    'cuePaymentRequestWording',
  ),
  cue(
    'body',
    new RegExp(
      `(?:attached|enclosed|please find|ci-joint|veuillez trouver|adjunto|adjunta|adjuntamos|anbei|im anhang|bijgaand|segue|em anexo|junto (?:enviamos|envio|remeto|remetemos))[^.\\n]{0,40}(?:${FEE_NOTE_WORDS})`,
      'i',
    ),
    { invoice: 4.5 },
    'cueInvoiceAttachedWording',
  ),
  // "Ihre Zahlung über 1.240,00 € zur Rechnung 2026-0412 ist am 19.10. eingegangen" (field-wording-3
  // fw3-092): the payment and its arrival apart, with no "not" or "yet" between them.
  cue(
    'body',
    /(?<![a-zà-ÿ])(?:your|ihre|deine|votre|ton|su|tu|uw|je|seu|teu) (?:payment|zahlung|überweisung|paiement|virement|pago|transferencia|betaling|pagamento|transferência)(?:(?!not |nicht |pas |no |niet |não |noch |yet |encore |todavía |ainda |nog )(?:[^.\n]|\.(?=\d))){0,80}(?:been received|was received|arrived|eingegangen|angekommen|bien reçu|été reçu|bien arrivé|ha sido recibido|fue recibido|ha llegado|is ontvangen|in goede orde ontvangen|foi recebido|chegou)(?![a-zà-ÿ])/i,
    { invoice: -7, other: 3 },
    'cuePaymentReceived',
  ),
  cue(
    'anywhere',
    /(?:payment (?:received|confirmed|confirmation|successful)|(?:payment|transfer|deposit)(?: for [^.\n]{0,30})? (?:arrived|came through|has (?:arrived|come through|come in|landed|been received)|landed|went through)|(?:acompte|virement|paiement)(?: de [^.\n]{0,20})? a (?:bien )?été reçu|(?:de )?betaling is binnen|(?:le )?virement est (?:bien )?arrivé|(?:el )?pago (?:ha llegado|llegó)|(?:o )?pagamento (?:caiu|chegou)|(?:zahlung|überweisung|geld|betrag) ist (?:eingegangen|angekommen)|(?:we|i)(?:'ve| have) received your payment|you(?:'ve| have) received a payment|(?<!(?:not|n't|never|yet) )(?:got|received) your (?:transfer|payment)|(?<!não )(?:recebi|recebemos) (?:o |a )?(?:seu |teu |sua |tua )?(?:pix|pagamento|transferência)|(?:nota|fatura) quitada|(?<!no )(?:recibí|he recibido|hemos recibido) (?:tu|su) (?:pago|transferencia|bizum)|(?<!no )(?:me |nos )?ha llegado (?:tu|su) (?:pago|transferencia|bizum)|(?:o |seu |teu )?pix caiu|(?:bonne )?réception de (?:votre|ton) (?:virement|paiement)|(?:je|uw) betaling (?:van [^.\n]{0,15})?is (?:in goede orde )?ontvangen|thank(?:s| you) for your (?:payment|order|purchase)(?![a-z])|receipt (?:for|of) your|your receipt|order confirmation|paid in full|has been paid|zahlung (?:erhalten|eingegangen)|zahlungseingang bestätigt|vielen dank für ihre zahlung|paiement (?:reçu|confirmé)|nous avons (?:bien )?reçu votre paiement|merci pour votre paiement|pago (?:recibido|confirmado)|hemos recibido su pago|gracias por su pago|betaling (?:ontvangen|bevestigd)|bedankt voor uw betaling|pagamento (?:recebido|confirmado)|recebemos (?:o )?seu pagamento|obrigad[oa] pelo (?:seu )?pagamento)/i,
    { invoice: -7, other: 3 },
    'cuePaymentReceived',
  ),
  cue(
    'body',
    /(?:(?<![a-zà-ÿ])(?:their|his|her|the vendor'?s?|the supplier'?s?|the contractor'?s?|the freelancer'?s?|the agency'?s?) (?:invoice|bill)|invoice (?:from|sent by) (?:the |our |a )?(?:vendor|supplier|contractor|agency|freelancer)|(?:received|got) (?:an|their|your|his|her) invoice|(?:i'?ve|we'?ve|i have|we have) (?:had|received|got) an? (?:invoice|bill) from|approve (?:the|this|their|that) (?:vendor |supplier )?invoice|did (?:finance|accounting|accounts payable|they|he|she|the vendor|the supplier) (?:send|pay|get|receive|approve)|has (?:finance|accounting|accounts payable) (?:sent|paid|approved)|your invoice(?: (?:no\.? ?|#)?[\w/-]*\d[\w/-]*)? (?:shows|says|lists|has|charges|includes|doesn'?t|does not|seems|looks)|(?:send|issue) (?:a |me a |us a )?(?:corrected|revised|amended) (?:invoice|one)|(?:ihre|deine|votre|uw|sua) (?:rechnung|facture|factuur|fatura) (?:ist|est|is) (?:bien )?(?:angekommen|eingegangen|arrivée|binnen|ontvangen)|(?:su|tu) factura (?:ha llegado|llegó)|(?<![a-zà-ÿ])(?:sa|leur) facture|(?:seine|deren) rechnung|(?:zijn|haar|hun) factuur|(?:danke|dank) für (?:ihre|deine|die) rechnung|(?:reçu|recibido|recebi|recebemos|ontvangen) (?:votre|ta|tu|su|sua|tua|a sua|a tua) (?:facture|factura|fatura)|(?:je|uw) factuur (?:ontvangen|gekregen)|(?:facture|factuur|rechnung|factura|fatura) (?:du|van de|vom|des|del|do) (?:fournisseur|prestataire|leverancier|lieferanten|dienstleisters|proveedor|fornecedor|prestador)|your (?:invoice|bill)[^.\n]{0,40} (?:is|has been|was) (?:now )?(?:paid|settled))/i,
    { invoice: -5, other: 2 },
    'cueSomeoneElsesInvoice',
  ),
  // Thanks for a payment that came in, and a receipt's own wording, in the languages the first cue
  // lacks: "on a bien reçu votre virement Interac", "ya nos llegó la transferencia … Quedamos a paz y
  // salvo", "Confirmamos a receção da sua transferência … Recebemos de Restaurante Maresia a quantia de"
  // (field-wording-13 fw13-030, fw13-056, fw13-063).
  cue(
    'anywhere',
    /(?<![a-zà-ÿ])(?:(?:on a|nous avons|j'ai) (?:bien )?reçu (?:votre|ton|le) (?:virement|paiement|versement|chèque|règlement)|merci pour (?:le|votre|ton) (?:paiement|virement|règlement)|(?:ya )?(?:nos|me) lleg[óo] (?:la|tu|su|el) (?:transferencia|pago|consignaci[óo]n)|a paz y salvo|confirmamos a rece[çc][ãa]o (?:da sua|do seu|da) (?:transferência|pagamento|pix)|recebemos de [^\n]{1,60} a quantia de|recibimos de [^\n]{1,60} la (?:cantidad|suma) de|reçu de [^\n]{1,60} la somme de)/i,
    { invoice: -7, other: 3 },
    'cuePaymentReceived',
  ),
  // A bill the user received: "Je reçois votre facture n° 5512/27", "I have received your invoice n° 88213";
  // a supplier's invoice passed to the accountant: "Je te transfère la facture de la scierie … Je l'ai payée
  // hier" (field-wording-13 fw13-024, fw13-072, fw13-029).
  cue(
    'body',
    /(?<![a-zà-ÿ])(?:(?:je|nous) (?:reçois|recevons|ai reçu|avons reçu) votre facture|(?:je te|je vous|nous vous) (?:transf[èe]re|fais suivre|transmets) la facture (?:de|du|des) |(?:je l'ai|nous l'avons) (?:payée|réglée)|(?:te|le|les) reenv[íi]o (?:la factura (?:de|del) |el recibo (?:de|del) )|reencaminho(?:-te|-lhe|-vos)? a fatura (?:da|do|de) |(?:ich habe|wir haben) ihre rechnung [^.\n]{0,30}erhalten)/i,
    { invoice: -7, other: 3 },
    'cueSomeoneElsesInvoice',
  ),
  // The same bill disputed and its payment held: "Je bloque le paiement en attendant", "I do not pay this
  // one for the moment", "send me a corrected invoice". An invoice attached there is the one received, so
  // the two cues together outweigh its name.
  cue(
    'body',
    /(?<![a-zà-ÿ])(?:(?:i|we) (?:do not|don't|won't|will not) pay (?:this|it|the invoice)|(?:je|nous) (?:bloque|bloquons|suspends|suspendons) (?:le|son) (?:paiement|règlement)|(?:hold|holding|withhold|withholding) (?:the )?payment (?:until|for now|pending)|(?:m'|nous )?envoyer (?:une note de crédit ou )?une facture corrigée|(?:retengo|retenemos) el pago|(?:envíe|envíenos|enviarme|enviarnos) una factura corregida|(?:halten|behalten) (?:wir|ich) die zahlung zurück|(?:suspendemos|suspendo) o pagamento|(?:enviar|envie)[^.\n]{0,12} uma fatura corrigida|stuur (?:ons|me|mij) een gecorrigeerde factuur)/i,
    { invoice: -7, other: 3 },
    'cueSomeoneElsesInvoice',
  ),
  // The user paying a bill they received, or sending proof of it: "I've paid your invoice 8812",
  // "le virement … a été émis", "factuur 2209 is vanochtend betaald", "segue o comprovante do Pix"
  // (billing-wording bw040, bw070, bw091, bw101); "nous avons procédé au règlement de votre facture",
  // "ya te hice la transferencia … te adjunto el justificante", a bank's "uw overschrijving … is
  // uitgevoerd" (pay-wording pw-fr-o1, pw-es-o1, pw-nl-o3).
  cue(
    'body',
    /(?:(?<![a-zà-ÿ])(?:(?:i|we)(?:'ve| have)? )?(?:just |now |already )?(?:paid|settled) (?:your|the) (?:invoice|bill)(?! (?:is|was|has|will|would|should))|(?<![a-zà-ÿ])virement[^.\n]{0,60} a été (?:émis|effectué|envoyé)|(?<![a-zà-ÿ])(?:j'ai|nous avons) (?:réglé|payé) (?:votre|ta|la) facture|(?<![a-zà-ÿ])(?:ich habe|wir haben) (?:ihre|deine|die) rechnung[^.\n]{0,30} (?:bezahlt|überwiesen|beglichen)|(?<![a-zà-ÿ])(?:he|hemos) (?:pagado|abonado|transferido) (?:su|tu|la) factura|(?<![a-zà-ÿ])factuur[^.\n]{0,20} is (?:vanochtend |vandaag |gisteren |zojuist |net )?betaald|(?<![a-zà-ÿ])(?:ik heb|we hebben|wij hebben) (?:de|uw|je|jouw) factuur[^.\n]{0,20} betaald|(?<![a-zà-ÿ])(?:segue|envio|mando) (?:o )?comprovante|(?<![a-zà-ÿ])(?:paguei|pagamos) (?:a sua |a tua |sua |tua |a )?(?:fatura|nota)|(?<![a-zà-ÿ])(?:nous avons|j'ai) procédé (?:ce jour )?au (?:règlement|paiement) de (?:votre|ta) facture|(?<![a-zà-ÿ])(?:ya )?(?:te|le|les) (?:hice|hicimos|mandé|envié) (?:la transferencia|el pago|el bizum)|(?<![a-zà-ÿ])(?:te|le) adjunto el (?:justificante|comprobante)|(?<![a-zà-ÿ])overschrijving[^.\n]{0,60} is uitgevoerd)/i,
    { invoice: -6, other: 3 },
    'cueSomeoneElsesInvoice',
  ),
  // A household bill is one the sender received, whoever it is passed to ("anbei die Stromrechnung").
  cue(
    'body',
    new RegExp(`(?<![a-zà-ÿ])(?:${HOUSEHOLD_BILL})`, 'i'),
    { invoice: -5, other: 2 },
    'cueSomeoneElsesInvoice',
  ),
  // "Attached are all my invoices for Q3": the sender's own invoices, sent for the books or a tax return,
  // bill nobody (issue #3 hard case: talk with an accountant).
  cue(
    'body',
    /(?<![a-zà-ÿ])(?:(?:all )?(?:my|our) (?:sales )?invoices|(?:meine|unsere|alle) (?:ausgangs)?rechnungen|ausgangsrechnungen|(?:mes|nos|toutes les) factures (?:émises|de vente|du)|(?:mis|nuestras|las) facturas (?:emitidas|de venta)|facturas emitidas|verkoopfacturen|(?:minhas|nossas|as) faturas (?:emitidas|de venda))(?![a-zà-ÿ])/i,
    { invoice: -5, other: 2 },
    'cueSendsOwnInvoicesForBooks',
  ),
  // Asking for an invoice makes the user the one who pays (issue #3: the buyer side of the thread).
  // Own words only: a reply that sends the invoice quotes the request below it.
  cue(
    'body',
    /(?:(?:could|can|would|will) you (?:please |kindly )?(?:send|issue|raise|email|provide|share)(?: me| us)?(?: over| through| across)? (?:an?|the|your) (?:final |corrected |updated |revised |new )?(?:invoice|bill)|please (?:send|issue|raise|email)(?: me| us)(?: over)? (?:an?|the|your) (?:invoice|bill)|(?:schicken|senden|stellen|schreiben) sie (?:mir|uns) (?:bitte )?(?:eine|die|ihre) rechnung|(?:schick|sende) (?:mir|uns) (?:bitte )?(?:eine|die|deine) rechnung|(?:pourriez|pouvez|pourrais|peux)[- ](?:vous|tu) (?:m'|nous )?(?:envoyer|faire|adresser|établir|transmettre) (?:une|la|votre|ta) facture|merci de (?:m'|nous )?(?:envoyer|adresser|transmettre) (?:une|la|votre) facture|(?:podría|puede|podrías|puedes|podrían|pueden) (?:enviar|mandar|hacer|emitir)(?:me|nos)? (?:una|la|su|tu) factura|(?:envíame|mándame|envíanos|envíenos) (?:la|una|tu|su) factura|(?:kunt|kan|kun|wilt|wil) (?:u|je|jij) (?:mij|ons|me) (?:een|de|uw|je) factuur (?:sturen|toesturen|mailen)|stuur (?:mij|ons|me) (?:een|de|je|uw) factuur|(?:poderia|pode|podem|poderiam|podes) (?:me |nos )?(?:enviar|mandar|emitir) (?:a|uma|sua) (?:fatura|nota fiscal))(?![a-zà-ÿ])(?! (?:to|on|for the attention))/i,
    { invoice: -6, details_request: -3, other: 3 },
    'cueAsksForTheirInvoice',
  ),
  // ── proposal ─────────────────────────────────────────────────────────────────────────────────
  cue(
    'attachment',
    /(?:proposal|quot(?:e|ation)|estimate|angebot|kostenvoranschlag|kostensch[äa]tzung|devis|soumission|proposition|propuesta|presupuesto|cotizaci|offerte|voorstel|or[cç]amento|proposta|preventivo|teklif|(?<![a-z])sow(?![a-z])|statement[-_ ]of[-_ ]work|contract|agreement|vertrag|contrat|contrato|overeenkomst|(?<![a-z])bid(?![a-z])|pricing|price[-_ ]list|engagement[-_ ]?letter|letter[-_ ]of[-_ ]engagement|scope[-_ ]of[-_ ]work|tender[-_ ]?(?:response|submission)|(?<![a-z])(?:rfq|rfp)[-_ ]?[a-z0-9-]{0,12}[-_ ]response)/i,
    { proposal: 5 },
    'cueAttachmentNamed',
  ),
  cue(
    'body',
    /(?<![a-z])(?:attached|enclosed|attaching|here(?:'s| is| are)|please find|i(?:'ve| have) (?:attached|included|put together|prepared|updated)|i'?m sending|sending (?:you|over)|(?<![a-z])(?:i|we) send (?:you|herewith)|as promised|(?:have|has) been prepared|(?:pleased|happy|glad|delighted) to (?:submit|present|share|send|offer|provide)|submit(?:ting)? (?:our|my|this|the))[^.\n]{0,50}(?<![a-z])(?:proposal|quote(?! (?:from|by|of)(?![a-z]))|quotation|estimate|bid|statement of work|sow|contract|agreement|change order|variation order|engagement letter|letter of engagement|scope of work|project plan|revised plan|pricing|offer|(?:our|my) (?:tender|submission|bid|response to (?:the|your) tender)|(?:following |our |its |this )?response to (?:the |your )?(?:rfq|rfp|tender|request for (?:quotation|proposal)s?))(?![a-z])|(?<![a-z])(?:proposal|quote|quotation|estimate|contract|agreement|project plan|revised plan)(?![a-z])[^.\n]{0,40}(?:attached|enclosed|for your (?:review|signature|approval|consideration))/i,
    { proposal: 4.5 },
    'cueProposalAttached',
  ),
  cue(
    'body',
    /(?:anbei|beigefügt|im anhang|anliegend|übersende|übersenden)[^.\n]{0,50}(?:angebot|kostenvoranschlag|kostenschätzung|kalkulation|vertrag)|(?:unterbreiten|senden|schicken|übermitteln) (?:wir |ich )?ihnen (?:gerne )?(?:ein|unser|folgendes|nachstehendes|beiliegendes|das) (?:detailliertes |individuelles |unverbindliches |gewünschte )?angebot|ihnen (?:ein|unser) (?:detailliertes |individuelles |unverbindliches )?angebot|(?:ci-joint|ci-jointe|veuillez trouver|vous trouverez|en pièce jointe|vous transmettre|vous adresser|voici)[^.\n]{0,50}(?:devis|soumission|proposition|contrat|estimation)|(?:adjunto|adjunta|adjuntamos|le env[ií]o|te env[ií]o|le comparto|he preparado|adjunto encontrará)[^.\n]{0,50}(?:propuesta(?!s)|presupuesto|cotizaci[oó]n|contrato)|(?:bijgaand|in de bijlage|hierbij|als bijlage)[^.\n]{0,50}(?:offerte|voorstel|contract|overeenkomst)|(?:segue|em anexo|anexo|envio|encaminho|preparei)[^.\n]{0,50}(?:proposta(?!s)|orçamento|orcamento|contrato)|(?:presenta(?:mos)?|presento|apresenta(?:mos)?) (?:en plazo |em prazo |en tiempo y forma )?(?:su|nuestra|mi|sua|nossa) (?:oferta|propuesta|proposta)/i,
    { proposal: 4.5 },
    'cueProposalAttachedWording',
  ),
  // A quoting app's mail links to the quote it sends: "View quote: https://…", "Angebot ansehen". Weak
  // alone: the app's "quote accepted" notice links to it too (proposal-wording-7).
  cue(
    'body',
    /(?<![a-zà-ÿ])(?:view (?:your |the |this )?(?:quote|estimate|proposal)|angebot (?:ansehen|anzeigen)|(?:voir|consulter) (?:le|votre) devis|ver (?:el |tu |su |o |seu )?(?:presupuesto|cotizaci[oó]n|orçamento)|(?:offerte bekijken|bekijk (?:de |uw |je )?offerte))(?![a-zà-ÿ])/i,
    { proposal: 2 },
    'cueProposalAttachedWording',
  ),
  // The sender's prices sent as a document or a link, never called a quote: "please find our figures for
  // the rear garden attached", "phases, timings and costs are all in there" (proposal-wording-8: offers
  // whose only document is a Notion page or a PDF named after the job). Only the sender's own figures:
  // "the sales figures for Q3 attached" is a report.
  cue(
    'body',
    /(?<![a-zà-ÿ])(?:(?:our|my) (?:figures|costings|prices|pricing|fees)(?: for [^.\n]{1,40})? (?:are )?(?:attached|enclosed)|(?:find|attached|enclosed|here are) (?:our|my) (?:figures|costings|prices|pricing)|(?:costs|prices|pricing|fees|costings) (?:are |is )?all in (?:there|it|the (?:doc|document|link|pdf|deck))|(?:unsere|meine) (?:preise|kosten|kalkulation)[^.\n]{0,40}(?:im anhang|anbei)|(?:kosten|preise) (?:stehen|sind) (?:alle )?(?:drin|im dokument)|(?:nos|mes) (?:tarifs|prix|chiffres)[^.\n]{0,40}(?:en pièce jointe|ci-joint)|(?:coûts|tarifs|prix) sont (?:tous )?dans le (?:document|lien)|(?:nuestros|mis) (?:precios|números|costes)[^.\n]{0,40}(?:adjuntos?|en el documento)|(?:costes|precios) están (?:todos )?en el (?:documento|enlace)|(?:onze|mijn) (?:prijzen|kosten|cijfers)[^.\n]{0,40}(?:in de bijlage|bijgevoegd)|(?:kosten|prijzen) staan (?:allemaal )?in het (?:document|bestand)|(?:nossos|meus) (?:valores|preços|custos)[^.\n]{0,40}(?:em anexo|no anexo)|(?:valores|custos|preços) estão (?:todos )?no (?:documento|link))(?![a-zà-ÿ])/i,
    { proposal: 4.5 },
    'cueProposalAttachedWording',
  ),
  // A tender's priced part sent by the bidder: "adjuntamos … memoria técnica y propuesta económica". The
  // priced part is matched first and the bidder's words looked for behind it, so only those rare words
  // are tried.
  cue(
    'body',
    /(?:pricing schedule|price schedule|(?:propuesta|oferta) económica|offre financière|proposition financière|preisblatt|prijsinschrijving|proposta (?:económica|financeira|comercial))(?<=(?:(?:attached|enclosed|please find|vous trouverez|ci-joint|anbei|im anhang|bijgaand|in de bijlage|segue|em anexo)[^\n]{0,20}(?:our|notre|nos|unser(?:e|en)?|onze|ons|nossa|nosso)|adjuntamos|remitimos|presentamos|enviamos)[^\n]{0,140})/i,
    { proposal: 4.5 },
    'cueProposalAttachedWording',
  ),
  // A bidder presenting its own offer in a tender's formal register: "nous avons l'honneur de vous
  // soumettre notre offre", "unterbreiten wir Ihnen unser Angebot".
  cue(
    'body',
    /(?:soumettre|remettre|présenter|transmettre) (?:notre|mon|ma) (?:offre|proposition)|(?:presentar|presentamos|remitimos|remitir) (?:nuestra|nuestra mejor) oferta|unterbreiten wir (?:ihnen )?unser angebot|(?:dienen|sturen) (?:wij|we) (?:hierbij )?onze (?:inschrijving|offerte) in/i,
    { proposal: 4.5 },
    'cueProposalAttachedWording',
  ),
  cue(
    'body',
    /(?:(?:i|we)(?:'d| would| can| could| will|'ll)? (?:be happy to |gladly )?(?:do|handle|deliver|provide|offer|build|complete|take on|design|create|write|develop) [^.\n]{0,80}(?:for|at) (?:a (?:fixed |flat |total )?(?:fee|price|cost|rate) of )?(?:\$|€|£|⟦⟧|\d)|(?:total|estimated|projected|fixed|flat) (?:project )?(?:cost|price|fee|investment|budget)|(?:my|our) (?:fee|price|rate|quote) (?:for|would be|is)|(?:options?|packages?|tiers?|plans?)[^.\n]{0,40}(?:prices?|pricing|costs?)(?![a-z])|(?:option|package|tier|plan) (?:[a-c1-3]|one|two|three)\W{0,3}(?:\$|€|£|\d)|(?:\$|€|£)\s?\d[\d,.]*\s?(?:\/\s?(?:month|mo|hour|hr|day)|per (?:month|hour|day)|a month)(?![a-z])|(?:day|hourly) rate|investment:|pricing:|inversión:|investissement|prix (?:total|forfaitaire)|gesamtpreis|gesamtbetrag|festpreis|pauschal(?:preis)?|precio total|valor total|total ttc|total ht|(?:le |notre )?(?:tarif|budget) (?:suivant|proposé|journalier|forfaitaire)|hors taxes|(?:€|eur) ht(?![a-z])|(?:numbers|figures) (?:together|out)(?<=(?:put|worked|ran) (?:some |the )?(?:numbers|figures) (?:together|out))|hecho (?:los )?números|chiffrage|kalkulation|gesamtsumme|vast bedrag|(?:valor|preço) fechado|precio cerrado|prix ferme)/i,
    { proposal: 2.5 },
    'cueStatesPrice',
  ),
  cue(
    'body',
    /(?:(?:to|like to|ready to|wish to|want to) (?:move forward|proceed|get started|go ahead|accept|approve|lock in)|sign (?:and return|the (?:contract|agreement|proposal|quote|estimate|sow))|sign where indicated|(?:which|the) (?:one|option|package|plan|tier) (?:you(?:'d| would)? like|works best|you prefer)|which (?:one |option )?works (?:best )?for you|(?:like|want|prefer) to go with|(?:review and|please) sign(?![a-z])|e-?signature|docusign|hellosign|pandadoc|accept (?:the|this|our|my) (?:proposal|quote|estimate|offer)|accept (?:it|or decline)|bon pour accord|(?:return|retourner|renvoyer) (?:the|le|la|votre) (?:signed )?(?:order form|change order|bon de commande|avenant)|pour valider|signer le devis|l'accepter ou le refuser|zur annahme|auftrag erteilen|angebot annehmen|aceptar (?:la|el) (?:propuesta|presupuesto)|avanzar hacia la aprobación|akkoord (?:gaan|geven)|offerte (?:ondertekenen|accepteren)|aceitar (?:a|o) (?:proposta|orçamento))/i,
    { proposal: 2 },
    'cueAsksForDecision',
  ),
  cue(
    'body',
    /(?:scope of (?:work|the project)|deliverables|milestones|revision rounds?|rounds? of revisions?|(?:by|in) week \d|turnaround time|what'?s included|this includes|leistungsumfang|livrables|alcance|entregables|opleveringen|escopo|entregáveis|délai estimé|estimated (?:time|timeline|duration))/i,
    { proposal: 1 },
    'cueDescribesScope',
  ),
  cue(
    'body',
    /(?<![a-zà-ÿ])(?:proposal|quotation|angebot|devis|propuesta|presupuesto|cotizaci[oó]n|offerte|voorstel|or[cç]amento|proposta|preventivo|teklif[a-zçğıöşü]{0,8})(?![a-zà-ÿ])/i,
    { proposal: PROPOSAL_MENTION_WEIGHT },
    PROPOSAL_MENTION_SIGNAL,
  ),
  cue(
    'body',
    /(?:(?:i|we)(?:'d| would) (?:be (?:delighted|happy|glad|thrilled) to|love to) (?:help|work on|take on|handle|support)|je vous propose|nous vous proposons|le propongo|le proponemos|wij stellen (?:u |je )?voor|propomos|(?:gerne )?(?:biete|bieten) (?:ich|wir) ihnen|bieden (?:(?:wij|we|ik) )?(?:u |je )?aan)/i,
    { proposal: 1.5 },
    'cueOffersWork',
  ),
  cue(
    'body',
    /(?:\d{1,2} ?% (?:upfront|deposit|down|(?:in )?advance|on signing|at (?:the )?start|before (?:we|i) start)|(?:deposit|upfront payment|down payment|retainer) (?:of|to (?:start|begin|book|secure|hold|reserve|lock in))|acompte|anzahlung|anticipo|aanbetaling|sinal de)/i,
    { proposal: 1.5 },
    'cueSetsPaymentTerms',
  ),
  cue(
    'body',
    /(?:(?:price|rate|pricing|fee)s? (?:change|increase|update|revision|adjustment)|(?:rate|price|fee)s? (?:goes|go|is going|are going|will go) up|(?:rate|price|fee)s? will (?:increase|rise|change)|(?:raising|increasing) (?:my|our) (?:rates?|prices?|fees?)|new (?:rates|prices|pricing) (?:apply|will apply|take effect)|mise à jour des (?:conditions tarifaires|tarifs)|révision (?:annuelle|tarifaire|des tarifs)|nouveaux tarifs|(?:tarifs?|prix|taux)(?: horaires?)? (?:évolueront|augmenteront|passer(?:a|ont) de)|preisanpassung|preiserhöhung|neue preise|actualización de (?:precios|tarifas)|nuevas tarifas|prijswijziging|prijsaanpassing|nieuwe tarieven|reajuste (?:de preços|anual)|novos preços)/i,
    { proposal: -3, other: 2 },
    'cuePriceChange',
  ),
  // Cold outreach offers services to someone who asked for nothing: no decision is pending.
  cue(
    'body',
    /(?:(?:i|we) help (?:local |small |growing )?(?:businesses|companies|brands|teams|startups|shops)|j'aide les (?:entreprises|commerces|indépendants)|nous aidons les entreprises|(?:ich helfe|wir helfen) (?:unternehmen|firmen|betrieben)|ayudo a (?:empresas|negocios)|ayudamos a (?:empresas|negocios)|(?:ik help|wij helpen) (?:bedrijven|ondernemers)|(?:eu )?ajudo (?:empresas|negócios))/i,
    { proposal: -2, other: 1 },
    'cueColdOutreach',
  ),
  // Cover letters on freelance marketplaces are proposals with no attachment and no price yet.
  cue(
    'body',
    /(?:my approach (?:for|to)|my (?:design |development )?process for|how i(?:'d| would) (?:approach|tackle|solve)|to address your|let me show you how)/i,
    { proposal: 2 },
    'cueLaysOutApproach',
  ),
  cue(
    'body',
    /(?:relevant experience|recent(?:ly)? (?:similar )?project|i(?:'ve| have) (?:built|delivered|helped|shipped) [^.\n]{0,40}(?:for|with)|similar to how i|in my (?:portfolio|past work))/i,
    { proposal: 1.5 },
    'cueCitesPastWork',
  ),
  cue(
    'body',
    /(?:i can provide (?:an?|the)|happy to adapt|i(?:'d| would) (?:like to|love to) offer you|offer you (?:an?|our)|(?:i|we) can (?:start|begin) (?:right away|immediately|tomorrow|next week|on)|available to start)/i,
    { proposal: 1.5 },
    'cueOffersWork',
  ),
  cue(
    'body',
    /(?:outside (?:the |our )?(?:original |initial |current )?scope|as an add-on|change request|(?:associated|additional|extra|revised|updated) (?:costs?|pricing|fees?)|(?:ajuste|cambio)s? (?:a la|en la|al) (?:propuesta|presupuesto)|impacto en|(?:n'était )?pas prévu|en supplément|supplément de|mehraufwand|mehrkosten|aufpreis|coste adicional|no (?:estaba|está) (?:previsto|incluido)|meerwerk|meerprijs|niet in de oorspronkelijke|não estava previsto|custo adicional)/i,
    { proposal: 2 },
    'cuePricesChange',
  ),
  cue(
    'body',
    /(?:(?:we(?:'ve| have)?|you(?:'ve| have)?) (?:agreed|accepted|approved) (?:on )?(?:the|our|my) (?:proposal|quote|estimate|terms)|llegado a un acuerdo|(?:thanks?(?: you)?|obrigad[oa]|gracias|merci|danke?|bedankt) (?:so much )?(?:for|pelo|pela|por|pour|für|voor) (?:(?:the|your|o|a|el|la|le|votre|ton|ihr|ihre|deine|das|de|uw|je|seu|sua|su|tu) )?(?:quote|proposal|estimate|orçamento|proposta|presupuesto|propuesta|devis|proposition|angebot|offerte|voorstel|go-ahead|green light|approval|accord|akkoord|confirmação|zusage|confirmación|aprobación)|(?<![a-z])accepted your (?:quote|quotation|proposal|estimate)|(?:quote|quotation|proposal|estimate) [^.\n]{0,20}(?:was|has been) accepted|welcome aboard|thanks? (?:you )?for (?:accepting|signing|confirming|booking)|accept(?<=(?<![a-z])(?:we|i|we'd|i'd|we would|i would|happily|gladly) accept) (?:your|the) (?:quote|quotation|proposal|estimate)|nehmen? (?:ihr|dein|das) angebot|accept(?:e|ons) (?:votre|le) devis|(?:acepto|aceptamos) (?:su|tu|el) presupuesto|ga(?:an)? akkoord met (?:uw|je|de) offerte|(?:aceito|aceitamos) (?:o (?:seu |teu )?orçamento|a (?:sua |tua )?proposta)|bon pour accord pour (?:le|votre|ce) devis|(?:c'est )?d'accord pour (?:le|votre|ce) devis|(?:happy|glad|pleased|ready) to (?:go ahead|proceed) with (?:your|the) (?:quote|quotation|proposal|estimate)|now that (?:you'?ve|we'?ve) (?:confirmed|agreed|signed)|excited to (?:get started|begin|kick off)|vielen dank für ihren auftrag)/i,
    { proposal: -5, other: 1.5 },
    'cueClientSaidYes',
  ),
  // The user as the buyer telling the seller to proceed with what they quoted: "pode seguir com o
  // orçamento", "puedes seguir con el presupuesto", "go ahead with the quote", "$3,400 works for us,
  // let's go" (proposal-wording-5.jsonl).
  cue(
    'body',
    /(?:(?:you can|you may|please) (?:go ahead|proceed) with (?:the|your|it)|works for (?:us|me),? let'?s (?:go|do it|proceed)|(?:vous pouvez|tu peux) (?:commencer|lancer|y aller)|(?:sie können|du kannst) (?:loslegen|anfangen|beginnen)|(?:puedes|puede|podéis) (?:seguir|proceder) con|(?:je kunt|u kunt|jullie kunnen) (?:beginnen|starten|aan de slag)|(?:pode|podes|podem) (?:seguir|avançar|prosseguir) com)/i,
    // What the buyer asks for next ("send the contract over and tell me what you need") awaits nothing.
    { proposal: -5, details_request: -3, other: 1.5 },
    'cueClientSaidYes',
  ),
  // Thanks for choosing us or for their trust also open engagement letters and proposals sent for
  // signature (template set 2: "Thank you for choosing … The enclosed engagement letter …"): weaker.
  cue(
    'body',
    /(?:thanks? (?:you )?for choosing|merci pour votre confiance|gracias por (?:su|tu) confianza|bedankt voor (?:uw|je) vertrouwen|obrigad[oa] pela (?:sua )?confiança)/i,
    { proposal: -2.5, other: 1.5 },
    'cueClientSaidYes',
  ),
  // The user returning a contract they signed is the buyer closing the deal, not offering one.
  cue(
    'body',
    /(?:(?:here(?:'s| is)|attached(?: is)?|i'?ve attached|please find) (?:the |a |my |our )?(?:signed|countersigned) (?:copy|contract|agreement|sow|version|document)|(?<![a-z])(?:signed|countersigned) (?:copy|contract|agreement|sow|version) (?:is )?(?:attached|enclosed)|(?:i|we)(?:'ve| have) (?:signed|countersigned) (?:it|the|your)|(?:vertrag|contrat|contrato|overeenkomst|contract|devis|presupuesto|orçamento|offerte|angebot) (?:firmado|signé|unterschrieben|unterzeichnet|getekend|ondertekend|assinado)|(?:unterschriebenen?|unterzeichneten?|getekende|ondertekende) (?:vertrag|angebot|auftrag|contract|overeenkomst|offerte))/i,
    { proposal: -5, other: 2 },
    'cueReturnsSignedContract',
  ),
  // "Agreement_signed.pdf", "Contrato_firmado.pdf": a signed copy goes back to the one who offered it.
  cue(
    'attachment',
    /(?<![a-z])(?:signed|countersigned|executed|unterschrieben|unterzeichnet|sign[ée]|firmado|getekend|ondertekend|assinado)(?![a-z])/i,
    { proposal: -6, other: 2 },
    'cueReturnsSignedContract',
  ),
  // A counter-offer: the user bargains a price someone offered them down to their budget.
  cue(
    'body',
    /(?:(?:could|can|would) you (?:do it|do this|go) (?:for|down to) [^.\n]{0,20}instead|more than (?:we|i) (?:budgeted|had budgeted|can afford|had in mind)|over (?:our|my) budget|(?:our|my) budget (?:is|was) (?:only |closer to )?(?:\$|€|£|\d)|au-dessus de (?:notre|mon) budget|(?:pourriez|pouvez)-vous (?:descendre|baisser)|(?:notre|mon) budget (?:est|se limite) (?:de|à)|(?:unser|mein) budget (?:liegt|ist|beträgt)|(?:können|könnten) sie (?:mit dem preis )?(?:runtergehen|nachlassen)|(?:nuestro|mi) presupuesto es de|(?:podría|podrías|pueden|podrían) (?:bajar|dejarlo en)|(?:ons|mijn) budget (?:is|ligt)|(?:kunt|kan) (?:u|je) (?:zakken|omlaag)|(?:nosso|meu) orçamento é de|(?:consegue|conseguem|pode|podem) (?:fazer|deixar) por|(?:can|could|would) you do (?:it|this|that|the job) (?:for|at) (?:\$|€|£|\d)|(?:puedes|puede|podrías|podría) (?:hacerlo|dejarlo) (?:por|en) |(?:pourriez|pouvez|pourrais|peux)-(?:vous|tu) (?:le faire|me le faire) (?:pour|à) |(?:können|könnten|kannst|könntest) (?:sie|du) (?:es|das) (?:auch )?für |(?:kun|kunt|kan) (?:je|u) het (?:ook )?(?:doen )?voor |(?:consegue|conseguem|podem) baixar)/i,
    { proposal: -5, other: 1.5 },
    'cueCountersPrice',
  ),
  // A quote the user received and passes on: a supplier's price is something the user pays.
  cue(
    'body',
    /(?:(?:the|their|our) (?:printer|supplier|vendor|contractor|builder|caterer|venue|plumber|electrician|agency|roofer)'?s? (?:quote|quotation|estimate|proposal)|(?:quote|quotation|estimate) (?:from|by) (?:the|our|their) (?:printer|supplier|vendor|contractor|builder|caterer|venue|plumber|electrician|agency|roofer)|angebot (?:der|des|vom|von) (?:druckerei|lieferanten|firma|handwerkers?|agentur|dienstleisters?|schreinerei)|devis (?:du|de la|de l'|des) (?:fournisseur|prestataire|imprimeur|imprimerie|artisan|plombier|électricien|agence)|presupuesto (?:de la|del|de los) (?:imprenta|proveedor|proveedores|fontanero|electricista|agencia|taller)|offerte (?:van|van de|van het) (?:drukkerij|leverancier|aannemer|loodgieter|bureau)|orçamento (?:do|da|dos) (?:fornecedor|gráfica|empreiteiro|canalizador|eletricista|agência))(?![a-zà-ÿ])/i,
    // Outweighs the quote's attachment, "anbei das Angebot" and a subject naming it together: all are the supplier's.
    { proposal: -12, other: 2 },
    'cueSomeoneElsesQuote',
  ),
  // "Recebi o orçamento … já inclui a instalação?": the user received the quote and asks about it. The
  // receiving word is matched first and what was received looked for behind it.
  cue(
    'body',
    /(?:received|got|recebi|recebemos|recibí|recibimos|recibido|reçu|erhalten|bekommen|ontvangen|gekregen)(?<=(?<![a-zà-ÿ])(?:received|got|recebi|recebemos|recibí|recibimos|he recibido|hemos recibido|(?:j'ai|nous avons) (?:bien )?reçu|(?:ihr|dein|das) angebot (?:erhalten|bekommen)|(?:uw|je|de) offerte (?:ontvangen|gekregen)))(?: (?:your|the) (?:quote|quotation|estimate|proposal)| (?:o (?:seu |teu )?orçamento|a (?:sua |tua )?proposta)| (?:el|la|tu|su) (?:presupuesto|propuesta)| (?:votre|ton|le) devis|(?<=(?:angebot|offerte) (?:erhalten|bekommen|ontvangen|gekregen)))(?![a-zà-ÿ])/i,
    { proposal: -6, other: 2 },
    'cueSomeoneElsesQuote',
  ),
  // An employer's offer comes with a salary and a contract attached, but no client is deciding on work.
  cue(
    'body',
    /(?:offer (?:you )?(?:the|a) (?:position|role|job)|offer of employment|(?:annual |base |starting )?salary of|stelle als|(?:brutto)?(?:jahres)?gehalt (?:von|in höhe)|salaire (?:annuel|brut)|salario (?:anual|bruto)|(?:bruto)?(?:jaar)?salaris van|salário (?:anual|bruto|de))/i,
    // Outweighs the contract attached, the words saying so and the subject naming it: all are the employer's.
    { proposal: -12, other: 2 },
    'cueJobOffer',
  ),
  cue(
    'anywhere',
    /(?:(?:please|could you|can you|would you|kindly|pls)\s(?:please\s)?(?:send|provide|give|share|prepare|submit|quote)(?: me| us| over)?\s(?:a|an|your|the|some)\s(?:(?:quick|rough|formal|detailed|firm|revised|best)\s)?(?:quote|quotation|proposal|estimate|bid|price|pricing|offer)|request for (?:proposals?|quotations?|quotes?|bids?|information)|(?<![a-z])(?<!(?:response|responding|reply|answer|responses|replies) to (?:the |your |our |this )?)(?:rfp|rfq|rfi)(?![a-z])|call for (?:proposals|bids|tenders)|invit(?:e|ation) to (?:tender|bid)|(?:looking forward to|waiting for|await(?:ing)?) (?:receiving )?your (?:quote|quotation|proposal|estimate|offer|bid)|(?:we are|we're|i am|i'm) (?:looking for|seeking|collecting|gathering|getting|requesting) (?:quotes|proposals|bids|estimates|offers)|submit (?:your|a) (?:proposal|bid|quote)|(?:(?:we|i)(?:'d| would)|and would) like (?:to (?:get|receive|request) )?(?:a|an) (?:quote|quotation|estimate|price)(?![a-z]))/i,
    { proposal: -6, details_request: -3, feedback_request: -3, other: 3 },
    'cueAsksForQuote',
  ),
  // A buyer's call for offers sets rules for the bidders: "invites quotations", "Quotations must be
  // received by", "not bound to accept the lowest"; a supplier's own offer says "this quotation" (proposal-wording-7).
  cue(
    'body',
    /(?<![a-zà-ÿ])(?:invites? (?:quotations|quotes|tenders|bids|proposals|offers)|(?:quotations|quotes|tenders|bids|proposals|offers) (?:must|shall|should) (?:be (?:received|submitted|returned)|reach|remain valid)|dear (?:supplier|bidder|tenderer)s?|not bound to accept|(?:angebote|offerten) (?:sind|müssen) (?:bis )?[^.\n]{0,30}(?:einzureichen|eingereicht werden)|les offres (?:doivent|devront) (?:être|parvenir)|las ofertas (?:deberán|deben) (?:presentarse|ser presentadas|recibirse)|inschrijvingen (?:dienen|moeten)|as propostas (?:devem|deverão) ser)(?![a-zà-ÿ])/i,
    { proposal: -6, other: 3 },
    'cueAsksForQuote',
  ),
  cue(
    'anywhere',
    /(?:angebotsanfrage|(?:senden|schicken|erstellen|unterbreiten) sie (?:mir|uns) (?:bitte )?(?:ein|ihr) (?:angebot|kostenvoranschlag)|bitten (?:sie )?um (?:ein|ihr) (?:angebot|kostenvoranschlag)|demande de (?:devis|prix|cotation)|(?:pourriez|pouvez)[- ]vous (?:nous |m')?(?:envoyer|communiquer|indiquer|transmettre) (?:vos|votre) (?:tarifs?|prix|conditions tarifaires)|(?:send|share) (?:us|me) your (?:rates|prices|price list)|(?:pourriez|pouvez|pourrais|peux)[- ](?:vous|tu) (?:m'|nous )?(?:envoyer|faire|adresser|établir|transmettre) (?:un|votre|ton) devis|merci de (?:m'|nous )?(?:envoyer|faire parvenir|transmettre) (?:un|votre) devis|(?<!réponse à l'|en réponse à l')appel d'offres|solicitud de (?:presupuesto|cotizaci[oó]n|propuesta)|solicitar (?:un|una) (?:presupuesto|cotizaci[oó]n)|(?:podría|puede|podrías|puedes|podrían|pueden) (?:enviar|mandar|hacer)(?:me|nos)? (?:un|una|su) (?:presupuesto|cotizaci[oó]n|propuesta)|(?:participar|presentarse) (?:en|a) (?:la |nuestra |esta )?licitación|pliego de (?:condiciones|cláusulas)|offerteaanvraag|aanvraag (?:voor )?(?:een )?offerte|(?:kunt|kan|wilt|zou) (?:u|je|jij) (?:mij|ons|me) (?:een|uw|je) offerte|graag (?:een|uw) offerte|(?:inschrijven op|deelnemen aan) (?:de|onze|deze) aanbesteding|solicitação de (?:orçamento|proposta|cotação)|pedido de (?:orçamento|cotação)|(?:poderia|pode|podem|poderiam) (?:me |nos )?(?:enviar|mandar|fazer) (?:um|uma) (?:orçamento|proposta|cotação)|participar (?:da|na|desta) licitação|edital|richiesta (?:di )?preventivo|(?:potete|potreste|può|potrebbe|puoi|potresti) (?:inviarmi|inviarci|mandarmi|mandarci|farmi|farci) (?:un|il|vostro|un vostro) preventivo|teklif(?:i|ini)? (?:talebi|istiyoruz|rica ediyoruz|alabilir miyiz)|teklifinizi (?:bekliyoruz|rica ediyoruz)|(?:precisamos|preciso|gostaríamos|gostaria) de (?:um |uma )?(?:orçamento|cotação|proposta)|(?:necesitamos|necesito|nos gustaría|me gustaría) (?:recibir )?(?:un|una) (?:presupuesto|cotizaci[oó]n)|(?:nous aurions|j'aurais) besoin d'un devis|(?:wir benötigen|wir bräuchten|ich bräuchte|ich hätte gerne?) (?:ein|ihr) (?:angebot|kostenvoranschlag)|(?:we hebben|ik heb) (?:graag )?(?:een|uw) offerte nodig|(?:we|i) need (?:a|your) (?:quote|quotation|price)(?! from))/i,
    { proposal: -6, details_request: -3, feedback_request: -3, other: 3 },
    'cueAsksForQuote',
  ),
  cue(
    'body',
    /(?:(?:will|'ll|going to|shall) (?:send|prepare|put together|get back to you with|follow up with|draft)(?: you| over)?[^.\n]{0,40}(?<![a-z])(?:proposal|quote|estimate)|(?:so|before|in order for) (?:i|we) can (?:send|prepare|put together|give) (?:you )?(?:a|an|the|our|my) (?:more )?(?:accurate |detailed |formal |precise )?(?:quote|proposal|estimate)|(?:i|we) can (?:then )?send (?:you )?(?:a|an) (?:more )?(?:accurate |detailed |formal |precise )?(?:quote|proposal|estimate)|je vous prépare(?:rai)?|(?:pour|afin de) (?:vous )?(?:proposer|établir|faire) un devis|je vous enverrai (?:un|le|notre) devis|werde(?:n)? ihnen (?:ein|das|unser) angebot|le enviaré (?:un|una|el|la)|te enviaré (?:un|una|el|la)|ik stuur (?:u|je) (?:een|de) offerte|vou (?:lhe )?enviar (?:um|uma|o|a))/i,
    { proposal: -3, details_request: 1.5 },
    'cuePromisesQuote',
  ),
  cue(
    'anywhere',
    /(?:bid[- /]ask|bid price|ask price|highest bid|outbid|auction|ebay|(?<![a-z])bids? (?:on|for) (?:the )?(?:shares|stock|item|lot)|stock (?:market|price)|share price|nasdaq|nyse|(?<![a-z])ticker)/i,
    { proposal: -4, other: 1 },
    'cueTradingTalk',
  ),
  // ── followup ─────────────────────────────────────────────────────────────────────────────────
  cue(
    'body',
    /(?:following up|follow(?:ing)? up on|bumping (?:this|my|up)|wanted to follow up|wanted to make sure (?:you|it|this|that|nothing)|did you (?:get|have) a chance|had (?:a|the) chance to (?:look|review|read|go over|consider)|(?:haven't|have not|hadn't) heard back|(?:haven't|have not|hadn't) (?:yet )?(?:had|received|got) (?:a |any )?(?:response|reply|answer)|(?:i'?ll|i will) close (?:the|your|this) (?:file|job|ticket)|last (?:one|email|nudge|note) from me|any (?:update|news|thoughts) on|last follow[- ]up|one (?:more|last|final) time|close (?:this|the) loop|should i close|(?:i'?ll|i will) assume (?:this|it|that|the project)|not a priority (?:right )?now|lost in the shuffle|slipped through the cracks|make sure you (?:received|saw|got)|still interested|still on your radar|still (?:a priority|happening|going ahead|planned)(?![a-z])|wanted to (?:see|know) (?:if|whether)|(?:have you|did you) (?:make|made|come to|reach) a decision|kurze nachfrage|(?:haben sie|habt ihr|hast du) (?:sich |euch |dich )?(?:schon |bereits )?entschieden|avez-vous pu en discuter|(?:ha|han|has) (?:podido )?tomar una decisión|al een (?:beslissing|besluit) (?:genomen|gemaakt)|já (?:tomou|tomaram) uma decisão|(?:bring|bringing|bump|bumping|float|floating|moving) (?:this|it) (?:back )?(?:up|to the top)|(?:wanted|want|just) to check (?:whether|if)|are you still (?:looking|considering|planning)|(?:my|the) (?:previous|last|earlier) (?:email|message|note)|one last time)/i,
    { followup: 3.5 },
    'cueNudgesEarlier',
  ),
  cue(
    'body',
    /(?:nachfassen|nachhaken|(?:wollte|möchte) (?:mich )?(?:kurz |noch einmal )?(?:nachfragen|erkundigen)|haben sie (?:schon |bereits )?(?:gelegenheit|zeit) gehabt|noch keine rückmeldung|(?:kurze )?erinnerung an (?:unser|mein) angebot|je me permets de (?:revenir|vous relancer)|je reviens vers vous|dernière relance|avez-vous (?:eu|pu) (?:l'occasion|le temps)|sans nouvelles de votre part|(?:mon|ce sera mon) dernier message|dernière tentative|je n'ai pas eu de retour|siguiendo con|hacer (?:un )?seguimiento|dar seguimiento|(?:ha|has|han) tenido (?:la )?oportunidad|no he (?:recibido|tenido) (?:respuesta|noticias)|quería saber si|(?:le|te) escribo para saber si|(?:tuvo|tuviste|tuvieron) (?:la )?oportunidad|(?:pudo|pudiste|pudieron) (?:revisar|ver|mirar|leer)|le escribo para recordarle|te escribo para recordarte|último (?:mensaje|intento)|even navragen|al (?:naar [^.\n?]{0,30} )?(?:kunnen (?:kijken|bekijken)|gekeken)|(?:schon|bereits) (?:zeit|gelegenheit) (?:gehabt|gefunden)|(?:schon|bereits) (?:angesehen|angeschaut|durchgesehen|geprüft)|(?:avez-vous|as-tu) (?:pu|eu le temps de) (?:regarder|consulter|examiner|lire)|(?:ha|has|han) (?:podido|tenido tiempo de) (?:revisar|ver|mirar|leer)|(?:conseguiu|conseguiste|teve tempo de) (?:ver|analisar|olhar|revisar)|ik wilde (?:even )?(?:checken|navragen|informeren)|(?:heeft u|heb je) (?:al )?(?:de )?(?:kans|tijd|gelegenheid) gehad|(?:u|je) al (?:de )?(?:tijd|kans|gelegenheid) (?:hebt|heeft|had) gehad|nog niets (?:van (?:u|je) )?gehoord|nog geen reactie|laatste (?:bericht|poging)|gostaria de saber se|teve (?:a )?(?:oportunidade|chance)|não (?:obtive|tive|recebi) (?:resposta|retorno)|dando seguimento|último (?:contato|e-mail))/i,
    { followup: 3.5 },
    'cueNudgesEarlier',
  ),
  cue(
    'body',
    /(?:(?:the|my|our) (?:[a-z]{3,15} )?(?:proposal|quote|quotation|estimate|offer|email|message|note|devis|propuesta|presupuesto|angebot|offerte|proposta|orçamento)(?: for [^.\n]{0,40})? (?:i|we) (?:sent|shared|emailed|submitted|put together)|(?:sent|shared) (?:you|over) (?:last|on|a few)|l'envoi de notre (?:proposition|devis)|envío de (?:la|nuestra) propuesta|(?:i|we) (?:sent|shared|emailed|submitted) (?:you |over )?(?:a|the|my|our) (?:proposal|quote|quotation|estimate|offer)(?![a-z])|(?:stuurde|stuurden|heb|hebben) (?:ik|we|wij) (?:u|je|jou) (?:de|onze|mijn|een) (?:offerte|voorstel)|que (?:le|te|les|os) (?:envié|mandé)|que (?:lhe|te) mandei|que je vous ai (?:envoyé|transmis)|die ich ihnen (?:geschickt|gesendet|zugeschickt)|die (?:ik|we|wij) (?:u|je|jou) (?:stuurde|stuurden|heb(?:ben)? gestuurd)|que (?:lhe|te) enviei)/i,
    { followup: 3 },
    'cueRefersToProposal',
  ),
  cue(
    'body',
    /(?:have|had|has) any questions (?:about|on|regarding) (?:the|my|our) (?:[a-z]{3,15} )?(?:proposal|quote|estimate|offer)/i,
    { followup: 2 },
    'cueAsksAboutQuestions',
  ),
  // "This quote expires in 30 days", "Esta cotización tiene vigencia de 15 días": the mail's own offer and its
  // validity (field-wording-14 fw14-041), not a nudge about an earlier one.
  cue(
    'body',
    /(?:proposal|quote|pricing|offer|propuesta|presupuesto|cotizaci[oó]n|devis|angebot|offerte|proposta|orçamento|preventivo|teklif)(?<!(?:this|esta|este|cette|ce|diese|dieses|deze|dit|questo|questa) [a-zçãóé]{5,11})[^.\n]{0,40}(?:expires?|expiring|remains available|(?:is |remains )?(?:only|still) valid until|(?:is|blijft) nog geldig tot|tiene vigencia|arrive à (?:échéance|expiration)|expirera|caduca|vence (?:el|pronto|en)|läuft [^.\n]{0,20}ab|verloopt|scade|kadar geçerli)/i,
    { followup: 3.5 },
    'cueOfferExpiring',
  ),
  cue(
    'body',
    /(?:just checking in|checking in (?:on|about|to see|again)|wanted to check in|circling back|touching base|sans retour de votre part)/i,
    { followup: 2 },
    'cueChecksIn',
  ),
  cue(
    'body',
    /(?:new projects?|projects? (?:coming up|on the horizon)|stay in touch|keep in touch|it'?s been (?:a while|[a-z\d[\]⟦⟧ ]{1,20}) since|since we (?:wrapped up|finished|completed|last worked)|work together again)/i,
    { followup: -3, other: 1.5 },
    'cueReachesPastClient',
  ),
  // A nudge about a sum is a payment reminder, not a nudge on an unanswered message: "gentle nudge on
  // the £96 for last Saturday's sitting" (open-wording-a oa-060).
  cue(
    'body',
    /(?<![a-zà-ÿ])(?:nudge|reminder|chas(?:e|ing)|poke|erinnerung|rappel|recordatorio|herinnering(?:etje)?|lembrete)(?: (?:on|about|re|regarding|for|an|pour|de|del|voor|sobre))? (?:the |my |your |that |this |die |den |les |la |los |las |de |do |da |dos |das |o |a )?(?:(?:[$€£]|r\$)\s?\d|\d[\d.,]*\s?(?:€|euros?|eur)(?![a-zà-ÿ]))/i,
    { invoice: 4.5, followup: -2 },
    'cueSendsReminder',
  ),
  cue(
    'body',
    /(?:(?:gentle|friendly|quick|kind|small) reminder|just a reminder|reminding you|freundliche erinnerung|petit rappel|pequeño recordatorio|vriendelijke herinnering|lembrete amigável)/i,
    { followup: 2 },
    'cueSendsReminder',
  ),
  // A nudge names itself: unlike "a friendly reminder", it is not the word payment reminders use.
  cue(
    'body',
    /(?:(?:gentle|friendly|quick|little|small) (?:nudge|bump|poke)|just (?:nudging|bumping|poking))(?![a-z])/i,
    { followup: 3.5 },
    'cueNudgesEarlier',
  ),
  cue('subject', SUBJECT_NUDGE, { followup: 2 }, 'cueSubjectReadsAsFollowUp'),
  // ── feedback_request ─────────────────────────────────────────────────────────────────────────
  cue(
    'body',
    /(?:(?:would love|would appreciate|i'd love|i'd appreciate|looking forward to|love to hear) (?:your|any) (?:honest |candid |quick )?(?:feedback|thoughts|input|comments)|what (?:i|we) could (?:have done|do) better|let me know what you think|let me know what (?:works|doesn't|you'd change)|(?:curious|keen|eager) (?:to hear |to know )?what you think|(?:could|can|would) you (?:please )?(?:take|have) a (?:quick )?look(?! at (?:the|my|our) (?:proposal|quote|estimate|invoice))|which (?:one|direction|option|version|concept|design)s? (?:speaks to you|resonates)|which (?:one|two|three|few)(?: or (?:two|three|four))? (?:speak|speaks) to you|gut reactions?|give me (?:the|your) (?:ok|okay|thumbs up|sign-off)(?![a-z])|if you(?:'re| are) happy with (?:it|this|them|the (?:draft|design|mix|edit|result|layout|copy))(?![a-z])|(?<!for )your (?:feedback|thoughts|comments|input) (?:on|by|before|regarding)|(?:ready|up) for (?:your )?review|for your (?:review and )?(?:feedback|input|comments)|(?:please|could you|can you) (?:review|take a look at|look over) (?:the|this|it|my|our)|(?<!(?:once|when|after|until) you )(?:approve|sign off on) (?:the|this) (?:design|draft|copy|deliverable|version|mockup)|feedback needed|any (?:comments|feedback|changes|thoughts|tweaks|edits) (?:before|you'd like)|o que (?:achou|acha|achaste)|qué (?:te|le) parece|qu'en pensez-vous|qu'en penses-tu|was (?:halten|hältst) (?:sie|du) davon|wat vind (?:je|u) ervan|(?:which|what) (?:direction|option|version|concept|one) do you (?:prefer|like)|(?:concepts?|drafts?|designs?|mockups?) (?:are|is) (?:ready|up)|(?:fill (?:it )?out|take (?:our|a|the|this) (?:quick |short )?survey)|how (?:did|was) (?:the|your) (?:project|experience)|(?<!für )ihr(?:e)? (?:feedback|rückmeldung|meinung|anmerkungen)|um (?:ihr )?feedback|(?<!pour )vos (?:retours|remarques|commentaires|impressions)|(?<!pour |suite à |après )votre (?:retour|avis|validation)|procès-verbal de (?:livraison|recette)|si tout est conforme|sus (?:comentarios|observaciones|impresiones)|tus (?:comentarios|observaciones)|su (?:opinión|retroalimentación|aprobación|visto bueno)|retroalimentación|cómo revisar|uw (?:feedback|mening|opmerkingen)|jouw (?:feedback|mening)|seu (?:feedback|parecer)|sua (?:opinião|aprovação)|seus comentários)/i,
    { feedback_request: 3 },
    'cueAsksFeedback',
  ),
  cue(
    'body',
    /(?<![a-z])(?:first (?:draft|version|round)|drafts?|mockups?|wireframes?|revisions?|design|prototype|survey|concepts?|layouts?|final (?:mix|cut|edit)|entwurf|maquettes?|première version|borrador|primera versión|diseño|ontwerp|eerste versie|rascunho|primeira versão)(?![a-z])/i,
    { feedback_request: 1 },
    'cueMentionsDraft',
  ),
  cue(
    'subject',
    /(?:for (?:your )?(?:approval|review|feedback|comments|sign-off)|your (?:thoughts|feedback)|(?<![a-z])thoughts\?|(?:which|what) direction|(?:ihr|vos|tus|sus|je|uw|seu) (?:feedback|retours|comentarios|opmerkingen)|zur (?:freigabe|abnahme)|pour validation|para (?:su )?(?:aprobación|revisión)|ter (?:goedkeuring|review)|para (?:aprovação|revisão))/i,
    { feedback_request: 1.5 },
    'cueSubjectAsksReview',
  ),
  // ── details_request ──────────────────────────────────────────────────────────────────────────
  cue(
    'body',
    /(?:what (?:i|we) need from you|(?:i|we)(?:'ll| will) need(?: the following)?\s?:|to get started,? (?:i|we)(?:'ll| will)? need|(?:(?:i|we)(?:'ll| will)? (?:still |just |only |also )?|still )need (?:your|the|a few|some|you to (?:send|share|provide|confirm|fill))(?![a-z])|(?:could|can|would) you (?:please )?(?:send|share|provide|forward|confirm)(?: me| us| over)?\s(?:the|your|a few|some|any|access)(?![a-z])|please (?:send|share|provide|forward|upload)(?: me| us| over)?\s(?:the|your|any)(?![a-z])|waiting (?:on|for) (?:your|the) (?:files|content|assets|details|information|input|materials|logo|copy|access)|once (?:i|we) (?:have|receive|get) (?:your|the)|(?:a few|some|couple of|quick) questions|(?:more|additional|further) (?:details|information|info) (?:about|on|regarding)|send me more details|before (?:i|we) can (?:start|begin|finish|continue|proceed)|(?:ich|wir) benötige(?:n)?|benötige(?:n)? (?:ich|wir) (?:noch )?(?:ihre|die|den|das|einige)|brauche(?:n)? (?:ich|wir) (?:noch )?(?:ihre|die|den|das|einige)|(?:ich|wir) brauche(?:n)? (?:noch )?(?:ihre|die|den|das|einige)|bitte (?:senden|schicken|übermitteln) sie (?:mir|uns) (?:die|ihre|den|das|noch)|fehlen (?:uns|mir) noch|folgende (?:unterlagen|informationen|angaben)|j'aurais besoin|nous aurions besoin|j'ai besoin (?:de|des|du)|(?:pourriez|pouvez)-vous (?:m'|nous )(?:envoyer|transmettre|faire parvenir|communiquer) (?:le|la|les|vos|votre|quelques)|quelques questions|merci de (?:m'|nous )(?:envoyer|transmettre|faire parvenir|communiquer) (?:le|la|les|vos|votre)|necesito (?:que|su|sus|tu|tus|los|las|el|la)|necesitamos (?:que|su|sus|los|las|el|la)|(?:podría|podrías|puede|puedes) (?:enviarme|enviarnos|mandarme)|algunas preguntas|(?:me|nos) falta(?:n)?|il (?:nous|me) manque(?:nt)?|(?:ik|we|wij) (?:heb|hebben) (?:nog )?(?:uw|je|de|het|een paar)[^.\n]{0,30}nodig|(?:heb|hebben) (?:ik|we|wij) (?:nog )?(?:uw|je|de|het|een paar)[^.\n]{0,30}nodig|(?:fill (?:in|out)|complete) (?:this|the|our|my) (?:short |quick )?(?:questionnaire|intake form|onboarding form|form so (?:i|we) (?:know|can))|(?:kunt|kan|wil|wilt) (?:u|je) (?:mij|ons|me) [^.\n]{0,30}(?:sturen|bezorgen|toesturen|doorsturen)|enkele vragen|een paar vragen|preciso (?:de|do|da|dos|das|que)|precisamos (?:de|do|da|dos|das|que)|(?:poderia|pode|podem) (?:me |nos )?enviar (?:o|a|os|as|seu|sua)|algumas perguntas)/i,
    { details_request: 3 },
    'cueAsksForMaterials',
  ),
  cue(
    'body',
    /(?:questionnaire|intake form|access to (?:your|the)|login (?:details|credentials)|logo files?|brand assets|fragebogen|zugangsdaten|accès à|cuestionario|accesos?|vragenlijst|inloggegevens|questionário|acessos?)(?![a-z])/i,
    { details_request: 1.5 },
    'cueMentionsMaterials',
  ),
  // ── testimonial_request ──────────────────────────────────────────────────────────────────────
  cue(
    'body',
    /(?:(?<!the )testimonial|case study|(?:google|yelp|trustpilot|facebook|g2|clutch|capterra|upwork|linkedin) (?:review|recommendation)|(?:leav|writ|post|shar)(?:e|ing) (?:us |me )?(?:a |an )?(?:quick |short |honest |brief )?(?:review|recommendation)|(?<!(?:on|in) the )review link|rate (?:us|your experience)|share your experience|review (?:on|at|op|auf|sur|en|no|na) (?:our |my |onze |mijn |unserem |notre |nuestra |nossa )?(?:google|yelp|facebook|trustpilot|linkedin|upwork|clutch|g2|checkatrade|trustatrader|houzz|thumbtack|angi|bark|tripadvisor|werkspot|provenexpert|instagram)|(?:recommendation|recomendación|recommandation|empfehlung|aanbeveling|recomendação) (?:on|en|sur|auf|op|no) linkedin|(?:a few|some|couple of) (?:kind )?words about (?:working with|your experience)|(?:words|sentences|lines) about (?:working with (?:me|us)|your experience)|feature you|(?:would|could) you (?:recommend|vouch)|erfahrungsbericht|referenzschreiben|rezension|kundenstimme|(?:eine|ihre) bewertung|témoignage|laisser un avis|(?:un|votre) avis (?:google|client|sur)|étude de cas|testimonio|reseña|opinión en google|caso de éxito|compartir (?:su|tu) experiencia|google review|(?:een|je|uw) review|recensie|reviewlink|depoimento|avaliação (?:no|na|em) (?:google|facebook)|deixar (?:uma|sua) avaliação|estudo de caso|review no google)/i,
    { testimonial_request: 4 },
    'cueAsksTestimonial',
  ),
  // A referral is the same ask as a review, made to one person at a time: "if you passed my name on".
  cue(
    'body',
    /(?:pass(?:ed|ing)? (?:on )?my (?:name|details|number|contact(?: details)?) (?:on|along)|recommend (?:me|us) to (?:anyone|friends|someone|others)|refer (?:me|us) to (?:anyone|friends|someone|others)|(?:mich|uns) (?:gerne )?weiterempfehlen|(?:me|nous) recommander (?:à|autour)|(?:pasaras|pases|pasar|pasarle) mi contacto|(?:mij|ons) (?:aanbevelen|aanraden) bij|(?:passar|passe|passasse) (?:o )?meu contato)/i,
    { testimonial_request: 4 },
    'cueAsksTestimonial',
  ),
  cue(
    'subject',
    /(?:testimonial|review|témoignage|avis|reseña|testimonio|depoimento|bewertung|recensie|case study)/i,
    { testimonial_request: 1.5 },
    'cueSubjectMentionsReview',
  ),
  // ── plainly not client work awaiting an answer ──────────────────────────────────────────────
  // Thanks for a review already left asks for none (kind-wording-2: "Acabo de ver la reseña que dejaste").
  cue(
    'body',
    /(?:thank(?:s| you)(?: so much)? for (?:the|your) (?:lovely |kind |wonderful |great |glowing )?(?:review|testimonial)|(?:the|your) (?:review|testimonial) you (?:left|wrote|posted)|(?:la )?reseña que (?:me |nos )?(?:dejaste|dejó|escribiste)|gracias por (?:tu|su|la) reseña|danke für (?:ihre|deine|die) (?:bewertung|rezension)|merci pour (?:votre|ton) (?:avis|témoignage)|bedankt voor (?:je|jouw|uw|de) (?:review|recensie)|obrigad[oa] pel[oa] (?:sua |tua )?(?:avaliação|depoimento))/i,
    { testimonial_request: -4, other: 2 },
    'cueThanksForReview',
  ),
  // A client setting the freelancer up as a supplier asks for bank details to pay them, not for input.
  cue(
    'body',
    /(?:set (?:you )?up as a (?:new )?(?:supplier|vendor)|set you up on our (?:system|books|accounts)|(?:new )?(?:supplier|vendor) (?:form|set-?up|onboarding|registration)|als (?:neuen )?lieferanten (?:anlegen|einrichten)|fiche fournisseur|dar(?:te|le) de alta como proveedor|als (?:nieuwe )?leverancier (?:aanmaken|registreren|toevoegen)|cadastr(?:ar|o) (?:de|como) fornecedor)/i,
    { details_request: -5, other: 2 },
    'cueAsksForTheirInvoice',
  ),
  // A shop's automatic mail says not to answer it; a person asking a client for anything never does.
  // No weight against invoices: invoicing tools send bills the same way.
  cue(
    'anywhere',
    /(?:(?:do not|please don'?t) reply to this (?:e-?mail|message)|(?:this is an|this) automated (?:e-?mail|message)|envoyé automatiquement|merci de ne pas y répondre|no responda a este (?:correo|mensaje)|bitte antworten sie nicht auf diese|niet (?:op )?(?:deze e-?mail )?(?:beantwoorden|reageren)|não responda (?:a )?este e-?mail)/i,
    { followup: -3, feedback_request: -3, details_request: -3, testimonial_request: -3, other: 2 },
    'cueCalendarOrAutoReply',
  ),
  // What a newsletter carries (an unsubscribe line, list headers), not the word: "I'll also set up your
  // newsletter template: $900" is a proposal (issue #3 gap set).
  cue(
    'anywhere',
    /(?:unsubscribe|opt[- ]out|view (?:this (?:email|message) )?in (?:your )?browser|manage (?:your )?(?:email )?(?:preferences|subscription)|you(?:'re| are) receiving this|mailing list|listinfo|list-?(?:unsubscribe|archive)|(?:this|the) (?:email|message) was sent to|update your (?:email )?preferences|abmelden|abbestellen|se désabonner|désinscri|darse de baja|cancelar (?:la )?suscripción|afmelden|uitschrijven|descadastr|cancelar (?:a )?inscrição)/i,
    {
      proposal: -5,
      invoice: -5,
      followup: -3,
      feedback_request: -3,
      details_request: -3,
      testimonial_request: -3,
      other: 3,
    },
    'cueNewsletter',
  ),
  cue(
    'subject',
    /(?:(?:meeting|appointment|call|session|webinar|booking|consultation) reminder|reminder: (?:your |our )?(?:meeting|appointment|call|session|webinar|booking)|rappel de rendez-vous|terminerinnerung|recordatorio de (?:cita|reunión)|herinnering (?:aan )?(?:je |uw )?afspraak|^invitation:|^accepted:|^declined:|^tentative:|^einladung:|^uitnodiging:|^invitación:|^convite:|out of (?:the )?office|automatic reply|abwesenheitsnotiz|réponse automatique|respuesta automática)/i,
    { proposal: -3, invoice: -3, followup: -2, other: 3 },
    'cueCalendarOrAutoReply',
  ),
];
