import { headerOf, type InboundMessage } from './inbound-message';

export interface AutoReplySignal {
  /** out_of_office: the person is away (pause); auto_reply: a machine answered (ignore). */
  kind: 'out_of_office' | 'auto_reply';
  rule: string;
}

// Subjects auto-responders write, in the six languages the product reads.
const OOO_SUBJECT =
  /out of (?:the )?office|abwesenheit|abwesend|außer haus|ausser haus|absence|absent|fuera de (?:la )?oficina|ausente|afwezig|niet aanwezig|fora do escritório|de férias|de vacaciones|en congés|on leave|vacation|holiday|urlaub/i;
/** Subjects only an away notice carries ("Abwesenheitsnotiz"), unlike "vacation" in a human subject. */
const STRONG_OOO_SUBJECT =
  /out of (?:the )?office|abwesenheitsnotiz|abwesenheitsmeldung|absence du bureau|fuera de (?:la )?oficina|afwezigheidsbericht|fora do escritório|ausência temporária/i;
const AUTO_SUBJECT =
  /automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|automatische antwort|réponse automatique|respuesta automática|automatisch antwoord|resposta automática|resposta automatica/i;

// Present-tense "I am away" sentences; bounded gaps keep the patterns linear on hostile input.
const OOO_BODY = new RegExp(
  [
    String.raw`\b(?:i am|i'm|i’m|i will be|i'll be|i’ll be)\s(?:currently\s|now\s)?(?:out of (?:the )?office|away|on (?:annual |parental |sick )?leave|on vacation|on holiday|travell?ing|out until|off until)`,
    String.raw`\b(?:limited|no) access to (?:my )?e-?mails?\b`,
    String.raw`\bi (?:am|will be) back (?:on|in the office)\b`,
    String.raw`\bich bin\s[^\n]{0,60}?(?:nicht im büro|nicht im buero|abwesend|im urlaub|außer haus|ausser haus|nicht erreichbar)`,
    String.raw`\b(?:in meiner abwesenheit|während meiner abwesenheit|ab dem\s[^.\n]{0,30}wieder (?:im büro|erreichbar))`,
    String.raw`\bje suis\s(?:actuellement\s|absente?\s|en\s)?(?:absente?|en congés?|en vacances|hors du bureau|en déplacement)`,
    String.raw`\bde retour (?:le|au bureau)\b`,
    String.raw`\b(?:estoy|estaré)\s(?:actualmente\s)?(?:fuera de (?:la )?oficina|ausente|de vacaciones|de viaje)`,
    String.raw`\bik ben\s[^\n]{0,40}?(?:afwezig|met vakantie|niet op kantoor|niet aanwezig|niet bereikbaar)`,
    String.raw`\b(?:estou|estarei)\s(?:atualmente\s)?(?:ausente|de férias|fora do escritório|em viagem)`,
  ].join('|'),
  'i',
);
const MAX_SCAN_CHARS = 4_000;

/**
 * Out-of-office and other automatic answers. Headers (Auto-Submitted, X-Autoreply, Precedence) are
 * trusted where the mail client shows them; without them a typical subject, or an "I am away"
 * sentence in the text, says out of office. A human reply that mentions a past absence ("sorry, I
 * was on holiday") is not matched: the sentences are in the present or future tense.
 */
export function detectAutoReply(message: InboundMessage): AutoReplySignal | null {
  const autoSubmitted = headerOf(message, 'Auto-Submitted')?.trim().toLowerCase() ?? null;
  const precedence = headerOf(message, 'Precedence')?.trim().toLowerCase() ?? null;
  const byHeader =
    (autoSubmitted !== null && autoSubmitted !== 'no') ||
    headerOf(message, 'X-Autoreply') !== null ||
    headerOf(message, 'X-Autorespond') !== null ||
    headerOf(message, 'X-Auto-Response-Suppress') !== null ||
    (precedence !== null && /auto_reply|bulk|junk/.test(precedence));
  const subject = message.subject.slice(0, 300);
  const body = message.bodyText.slice(0, MAX_SCAN_CHARS);
  const awayInSubject = OOO_SUBJECT.test(subject);
  const autoInSubject = AUTO_SUBJECT.test(subject);
  const awayInBody = OOO_BODY.test(body);

  if (byHeader) {
    return awayInSubject || awayInBody
      ? { kind: 'out_of_office', rule: 'ooo:header' }
      : { kind: 'auto_reply', rule: 'auto:header' };
  }
  if (autoInSubject) {
    return awayInBody || awayInSubject
      ? { kind: 'out_of_office', rule: 'ooo:subject' }
      : { kind: 'auto_reply', rule: 'auto:subject' };
  }
  if ((awayInSubject && awayInBody) || STRONG_OOO_SUBJECT.test(subject)) {
    return { kind: 'out_of_office', rule: 'ooo:subject' };
  }
  if (awayInBody) return { kind: 'out_of_office', rule: 'ooo:wording' };
  return null;
}
