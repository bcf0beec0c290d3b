import type { RequestKind } from './choose-draft-role';
import { definePhrasebook } from './compose-draft-body';
import { capitalizeFirst } from './draft-phrasebook';
import type { DraftWords } from './draft-words';

// Written for this product (issue #5) in the polite "Sie" form that German business mail expects.

const quote = (title: string) => `„${title}“`;
/** Nominative/accusative: "9 Tage". */
const days = (count: number) => `${count} ${count === 1 ? 'Tag' : 'Tage'}`;
/** Dative, after "vor" and "seit": "9 Tagen". */
const daysDative = (count: number) => `${count} ${count === 1 ? 'Tag' : 'Tagen'}`;

/** The invoice in the nominative and accusative ("die Rechnung") and in the dative, after "zu" or "wegen" ("der Rechnung"). */
type InvoiceRef = { nominative: string; dative: string };

function invoiceRef(w: DraftWords): InvoiceRef {
  return w.invoiceNumber
    ? { nominative: `die Rechnung ${w.invoiceNumber}`, dative: `der Rechnung ${w.invoiceNumber}` }
    : { nominative: 'meine letzte Rechnung', dative: 'meiner letzten Rechnung' };
}

function overAmount(w: DraftWords): string {
  return w.amount ? ` über ${w.amount}` : '';
}

/** What was asked for in the accusative, after "über" ("mein Angebot"), and in the dative, after "zu" or "mit" ("meinem Angebot"). */
type Thing = { accusative: string; dative: string };

function requestThing(kind: RequestKind, w: DraftWords): Thing {
  const title = w.project ? quote(w.project) : null;
  switch (kind) {
    case 'proposal':
      return title
        ? { accusative: `mein Angebot für ${title}`, dative: `meinem Angebot für ${title}` }
        : { accusative: 'mein Angebot', dative: 'meinem Angebot' };
    case 'feedback_request':
      return title
        ? { accusative: `den Entwurf für ${title}`, dative: `dem Entwurf für ${title}` }
        : {
            accusative: 'den Entwurf, den ich geschickt habe',
            dative: 'dem Entwurf, den ich geschickt habe',
          };
    case 'details_request':
      return title
        ? { accusative: `die Unterlagen für ${title}`, dative: `den Unterlagen für ${title}` }
        : {
            accusative: 'die Unterlagen, um die ich gebeten hatte',
            dative: 'den Unterlagen, um die ich gebeten hatte',
          };
    case 'testimonial_request':
      return title
        ? { accusative: `eine kurze Referenz zu ${title}`, dative: `einer kurzen Referenz zu ${title}` }
        : { accusative: 'eine kurze Referenz', dative: 'einer kurzen Referenz' };
    case 'followup':
      return title
        ? { accusative: `meine Nachricht zu ${title}`, dative: `meiner Nachricht zu ${title}` }
        : { accusative: 'meine letzte Nachricht', dative: 'meiner letzten Nachricht' };
  }
}

function introduce(w: DraftWords): string {
  return `Hallo${w.name ? ` ${w.name}` : ''}${w.sender ? `, hier ist ${w.sender}` : ''}.`;
}

const free = (w: DraftWords) => (w.availability ? `Ich habe ${w.availability} Zeit.` : null);

export const PHRASEBOOK_DE = definePhrasebook<Thing, InvoiceRef>({
  greet: (tone, name) => {
    if (tone === 'warm') return name ? `Hallo ${name},` : 'Hallo,';
    return name ? `Guten Tag ${name},` : 'Guten Tag,';
  },
  openers: {
    warm: [
      'Ich hoffe, Sie hatten eine gute Woche.',
      'Ich hoffe, bei Ihnen läuft alles gut.',
      'Ich hoffe, Ihre Woche hat gut begonnen.',
      'Ich hoffe, Ihnen und Ihrem Team geht es gut.',
      'Ich hoffe, Sie hatten ein paar gute Tage.',
      'Ich hoffe, es geht Ihnen gut.',
    ],
    neutral: [
      'Ich hoffe, bei Ihnen ist alles in Ordnung.',
      'Ich hoffe, es geht Ihnen gut.',
      'Ich hoffe, die Woche läuft reibungslos.',
      'Ich hoffe, alles läuft gut.',
      'Ich hoffe, Sie hatten eine produktive Woche.',
      'Ich hoffe, Sie sind wohlauf.',
    ],
    firm: [
      'Ich hoffe, es geht Ihnen gut.',
      'Ich hoffe, bei Ihnen ist alles in Ordnung.',
      'Ich hoffe, Ihre Woche läuft gut.',
      'Ich hoffe, bei Ihnen läuft alles rund.',
      'Ich hoffe, Sie sind wohlauf.',
      'Ich hoffe, alles läuft gut.',
    ],
  },
  closers: {
    warm: [
      'Vielen Dank und eine schöne Woche.',
      'Danke, ich weiß das sehr zu schätzen.',
      'Vielen Dank für Ihre Hilfe dabei.',
      'Herzlichen Dank und einen schönen Rest der Woche.',
      'Danke, dass Sie sich kurz Zeit dafür nehmen.',
      'Nochmals danke für Ihre Zeit.',
    ],
    neutral: [
      'Vielen Dank.',
      'Danke für Ihre Hilfe.',
      'Vielen Dank für Ihre Zeit.',
      'Besten Dank.',
      'Vielen Dank im Voraus.',
      'Danke, dass Sie sich darum kümmern.',
    ],
    firm: [
      'Vielen Dank, dass Sie sich darum kümmern.',
      'Danke für die Erledigung.',
      'Vielen Dank für die Klärung.',
      'Danke, dass Sie das in die Hand nehmen.',
      'Vielen Dank für Ihre Unterstützung.',
      'Danke für Ihre Mitwirkung.',
    ],
  },
  signOff: { warm: 'Herzliche Grüße', neutral: 'Viele Grüße', firm: 'Mit freundlichen Grüßen' },
  quote,
  invoiceRef,
  requestThing,
  courtesy: ({ w, ref, link }) => [
    [
      `Nur ein kurzer Hinweis: ${capitalizeFirst(ref.nominative)}${overAmount(w)} ist ${w.dueDate ? `am ${w.dueDate}` : 'in den nächsten Tagen'} fällig.`,
      w.project && `Sie betrifft unsere Arbeit an ${quote(w.project)}.`,
      'Falls die Zahlung schon geplant ist, vielen Dank, dann können Sie diese Nachricht einfach ignorieren.',
    ],
    [
      link
        ? `Sie können hier online bezahlen: ${link}`
        : 'Die Zahlungsdaten finden Sie auf der Rechnung, und ich schicke sie gern noch einmal.',
      'Brauchen Sie bis dahin noch etwas von mir?',
    ],
  ],
  reminder_1: ({ w, ref, link, tone }) => [
    [
      `Ich möchte kurz daran erinnern, dass ${ref.nominative}${overAmount(w)} ${w.dueDate ? `am ${w.dueDate} fällig war` : 'inzwischen fällig ist'}${w.daysOverdue ? ` (vor ${daysDative(w.daysOverdue)})` : ''}.`,
      tone === 'firm'
        ? 'Bitte veranlassen Sie die Zahlung in dieser Woche.'
        : 'So etwas rutscht leicht durch, deshalb nur zur Sicherheit diese Nachricht.',
    ],
    [
      link
        ? `Am schnellsten geht es über diesen Link: ${link}`
        : 'Falls die Rechnung untergegangen ist, schicke ich Ihnen gern eine neue Kopie.',
      'Könnten Sie mir sagen, wann ich mit der Zahlung rechnen kann?',
    ],
  ],
  reminder_2: ({ w, ref, link, tone }) => [
    [
      `Ich komme noch einmal auf ${ref.nominative}${overAmount(w)} zurück, die ${w.dueDate ? `am ${w.dueDate} fällig war` : 'bei mir noch offen ist'}${w.daysOverdue ? ` und seit ${daysDative(w.daysOverdue)} überfällig ist` : ''}.`,
      tone === 'firm'
        ? 'Falls an der Rechnung etwas unklar ist, sagen Sie mir bitte jetzt Bescheid, damit wir es klären können.'
        : 'Falls an der Rechnung oder an der Arbeit etwas nicht stimmt, sagen Sie es mir bitte, dann finden wir gemeinsam eine Lösung.',
    ],
    [
      link
        ? `Per Karte bezahlen können Sie über diesen Link: ${link}`
        : 'Die Bankverbindung steht auf der Rechnung selbst.',
      'Könnten Sie mir bestätigen, an welchem Tag Sie die Zahlung planen?',
    ],
  ],
  reminder_3: ({ w, ref, link, tone }) => [
    [
      `${capitalizeFirst(ref.nominative)}${overAmount(w)} ist noch offen${w.daysOverdue ? `, ${days(w.daysOverdue)} nach dem Fälligkeitsdatum` : ''}, deshalb melde ich mich noch einmal.`,
      tone === 'firm'
        ? 'Falls eine Zahlung in voller Höhe gerade schwierig ist, können wir zwei oder drei Raten vereinbaren.'
        : 'Falls es gerade zeitlich schwierig ist, teile ich den Betrag gern in zwei oder drei kleinere Zahlungen auf.',
    ],
    [
      'Würde Ihnen eine Ratenzahlung helfen, oder können Sie mir ein Datum für den vollen Betrag nennen?',
      link && `Die Zahlungsseite finden Sie hier: ${link}`,
    ],
  ],
  personal: ({ w, ref }) => [
    [
      `Ich wollte Ihnen persönlich schreiben, statt eine weitere Erinnerung zu ${ref.dative}${overAmount(w)} zu schicken.`,
      `Ich arbeite gern mit Ihnen${w.organization ? ` und dem Team von ${w.organization}` : ''} zusammen und möchte sicherstellen, dass auf Ihrer Seite nichts hängt.`,
    ],
    [
      'Ist bei der Arbeit noch etwas offen, oder sollte ich Rechnungen an jemand anderen in Ihrem Team schicken?',
      'Eine kurze Antwort würde mir helfen, den nächsten Schritt zu planen.',
    ],
  ],
  invoice_call: {
    paragraphs: ({ w, ref }) => [
      [
        `Ich würde gern kurz mit Ihnen über ${ref.nominative} telefonieren, weil ein kurzes Gespräch oft einfacher ist als noch eine E-Mail.`,
        'Es dauert nur fünf Minuten.',
      ],
      [
        free(w) ?? 'Ich richte mich diese Woche gern nach Ihrem Kalender.',
        'Welche Zeit passt Ihnen, und unter welcher Nummer erreiche ich Sie am besten?',
      ],
    ],
    callScript: ({ w, ref }) => [
      introduce(w),
      `Ich rufe wegen ${ref.dative}${overAmount(w)} an${w.dueDate ? `, die am ${w.dueDate} fällig war` : ''}. Passt es gerade kurz?`,
      '(Kurz innehalten und zuhören.)',
      'Gibt es etwas, das die Zahlung aufhält und bei dem ich helfen kann?',
      'Wenn es zeitlich gerade schwierig ist, können wir heute eine Ratenzahlung vereinbaren.',
      'Können wir uns auf ein Datum einigen, das für Sie passt?',
      'Vielen Dank. Ich schicke Ihnen eine kurze E-Mail mit dem, was wir vereinbart haben.',
    ],
    voicemailScript: ({ w }) => [
      introduce(w),
      'Ich habe eine kurze organisatorische Frage zu unserer letzten Zusammenarbeit.',
      `Könnten Sie mich zurückrufen, wenn Sie einen Moment Zeit haben${w.phone ? `, unter ${w.phone}` : ''}?`,
      'Vielen Dank und einen schönen Tag.',
    ],
  },
  final_notice: {
    paragraphs: ({ w, ref, link }) => [
      [
        `Ich schreibe Ihnen wegen ${ref.dative}, die ${w.daysOverdue ? `${days(w.daysOverdue)} nach Fälligkeit ` : ''}noch nicht bezahlt ist.`,
        `Der offene Betrag ist ${w.amount ?? 'der volle Betrag auf der Rechnung'}${w.dueDate ? `, fällig seit dem ${w.dueDate}` : ''}.`,
      ],
      [
        w.collectionsDate
          ? `Bitte überweisen Sie den Betrag bis zum ${w.collectionsDate}.`
          : 'Bitte überweisen Sie den Betrag innerhalb der nächsten 15 Tage.',
        link
          ? `Sie können hier bezahlen: ${link}`
          : 'Die Bankverbindung steht auf der Rechnung, und ich schicke sie Ihnen heute gern noch einmal.',
      ],
      [
        'Sollte die Zahlung bis dahin nicht eingehen, übergebe ich die Rechnung an ein Inkassobüro, was ich sehr gern vermeiden würde.',
        `Falls es ein Problem gibt, von dem ich nichts weiß, rufen Sie mich bitte an${w.phone ? ` (${w.phone})` : ''} oder antworten Sie auf diese E-Mail, dann finden wir eine Lösung.`,
      ],
    ],
    closer: 'Vielen Dank für Ihre Aufmerksamkeit.',
  },
  collections: {
    paragraphs: ({ w, ref, link }) => [
      [
        `${capitalizeFirst(ref.nominative)}${overAmount(w)} ist weiterhin unbezahlt.`,
        `Deshalb teile ich Ihnen mit, dass ich sie ${w.collectionsDate ? `am ${w.collectionsDate}` : 'Ende nächster Woche'} an ein Inkassobüro übergebe.`,
        'Mir wäre es nach wie vor lieber, das direkt mit Ihnen zu klären.',
      ],
      [
        link
          ? `Bis dahin können Sie noch über diesen Link bezahlen: ${link}`
          : 'Bis dahin können Sie noch mit den Angaben auf der Rechnung bezahlen.',
        `Wenn Sie lieber eine Ratenzahlung vereinbaren möchten, rufen Sie mich an${w.phone ? ` (${w.phone})` : ''} oder antworten Sie hier, dann stoppe ich den Vorgang.`,
      ],
    ],
    closer: 'Vielen Dank, dass Sie dies lesen.',
    warmCloser: 'Vielen Dank, und ich hoffe, dass wir das gemeinsam lösen.',
  },
  nudges: {
    proposal: [
      ({ w, thing }) => [
        [
          `Ich wollte kurz zu ${thing.dative} nachfragen${w.daysSilent ? `, das ich Ihnen vor ${daysDative(w.daysSilent)} geschickt habe` : ''}.`,
          'Sobald man sich etwas angesehen hat, tauchen oft Fragen auf, und ich gehe es gern mit Ihnen durch.',
        ],
        [
          'Würde Ihnen ein Gespräch von 15 Minuten diese Woche helfen?',
          free(w) ?? 'Schlagen Sie einfach eine Zeit vor, die Ihnen passt.',
        ],
      ],
      ({ thing }) => [
        [
          `Ich melde mich noch einmal zu ${thing.dative}.`,
          'Falls Umfang oder Budget nicht ganz passen, kann ich das Angebot anpassen, zum Beispiel mit einer kleineren ersten Phase.',
        ],
        'Hat sich auf Ihrer Seite seit unserem letzten Gespräch etwas geändert?',
      ],
      ({ thing }) => [
        `Ich fasse mich kurz: Möchten Sie das Vorhaben aus ${thing.dative} noch umsetzen?`,
        [
          'Ein kurzes Ja, Nein oder „noch nicht“ ist völlig in Ordnung und hilft mir, die nächsten Wochen zu planen.',
          'Falls der Zeitpunkt gerade nicht passt, sagen Sie mir einfach, wann ich mich wieder melden soll.',
        ],
      ],
    ],
    feedback_request: [
      ({ thing }) => [
        [
          `Ich wollte kurz zu ${thing.dative} nachfragen.`,
          'Erste Entwürfe sind selten endgültig, daher sind grobe Eindrücke genauso hilfreich wie eine ausführliche Rückmeldung.',
        ],
        [
          'Was würden Sie als Erstes ändern?',
          'Schon ein kurzes „passt“ oder „noch nicht ganz“ hilft mir, die nächste Runde zu planen.',
        ],
      ],
      ({ w, thing }) => [
        [
          `Ich melde mich noch einmal zu ${thing.dative}.`,
          'Wenn es einfacher ist, reichen auch ein paar Stichpunkte oder eine Sprachnachricht.',
        ],
        ['Möchten Sie es lieber in einem kurzen Telefonat besprechen?', free(w)],
      ],
      ({ thing }) => [
        [
          `Noch eine kurze Nachricht zu ${thing.dative}.`,
          'Manchmal möchten noch andere im Team mitreden, und ich beziehe sie gern direkt ein.',
        ],
        'Könnten Sie mir ungefähr sagen, wann ich mit Ihrer Rückmeldung rechnen kann?',
      ],
    ],
    details_request: [
      ({ thing }) => [
        [
          `Ich wollte kurz zu ${thing.dative} nachfragen.`,
          'Es ist völlig normal, dass so etwas dauert, besonders wenn andere Personen beteiligt sind.',
        ],
        'Könnten Sie mir schicken, was Sie bisher haben, auch wenn es noch unvollständig ist?',
      ],
      ({ w, thing }) => [
        [
          `Ich melde mich noch einmal zu ${thing.dative}.`,
          'Falls etwas Sie aufhält, helfe ich gern in einem kurzen Telefonat, es zu lösen.',
          free(w),
        ],
        'Kann ich etwas vorbereiten oder vorschlagen, um es Ihnen leichter zu machen?',
      ],
      ({ thing }) => [
        [
          `Ich fasse mich kurz: Mit ${thing.dative} kann ich das Projekt weiterführen.`,
          'Wenn es hilft, arbeite ich vorerst mit sinnvollen Platzhaltern, und Sie korrigieren sie später.',
        ],
        'Wäre das für Sie in Ordnung?',
      ],
    ],
    testimonial_request: [
      ({ thing }) => [
        [
          `Ich wollte kurz zu ${thing.dative} nachfragen.`,
          'Damit es einfach bleibt: Zwei oder drei Sätze genügen, und Sie sehen und genehmigen den endgültigen Text, bevor ich ihn verwende.',
        ],
        'Was fanden Sie an unserer Zusammenarbeit am hilfreichsten?',
      ],
      ({ thing }) => [
        [
          `Ich melde mich noch einmal zu ${thing.dative}.`,
          'Wenn das Schreiben mühsam ist, entwerfe ich gern ein paar Zeilen aus unseren E-Mails, die Sie dann anpassen.',
        ],
        ['Wäre das hilfreich?', 'Das letzte Wort hätten natürlich Sie.'],
      ],
      ({ thing }) => [
        [
          `Eine letzte Nachricht zu ${thing.dative}.`,
          'Wenn Sie lieber selbst eine öffentliche Bewertung schreiben möchten, ist das genauso gut, und ein einfaches Nein ist auch in Ordnung.',
        ],
        [
          'Welche Möglichkeit passt Ihnen am besten?',
          'So oder so: vielen Dank für ein wirklich schönes Projekt.',
        ],
      ],
    ],
    followup: [
      ({ thing }) => [
        [
          `Ich wollte kurz zu ${thing.dative} nachfragen.`,
          'Postfächer füllen sich schnell, deshalb hole ich das Thema wieder nach oben.',
        ],
        [
          'Könnten Sie mir sagen, wie der Stand ist?',
          'Falls das Thema nicht mehr aktuell ist, hilft mir auch das zu wissen.',
        ],
      ],
      ({ w, thing }) => [
        [
          `Ich melde mich noch einmal zu ${thing.dative}.`,
          w.availability
            ? `Falls ein Anruf einfacher ist: Ich habe ${w.availability} Zeit.`
            : 'Wenn es einfacher ist, rufe ich Sie gern an.',
        ],
        [
          'Gibt es jemand anderen, an den ich mich wenden sollte?',
          'Nachrichten landen manchmal bei der falschen Person, deshalb frage ich lieber nach.',
        ],
      ],
      ({ thing }) => [
        `Ich fasse mich kurz: Ist das Thema aus ${thing.dative} auf Ihrer Seite noch aktuell?`,
        [
          'Eine Antwort in einer Zeile genügt und hilft mir bei der Planung.',
          'Wenn die Antwort „jetzt nicht“ ist, sagen Sie mir einfach, wann ich nachfragen soll.',
        ],
      ],
    ],
  },
  breakup: {
    assumption: ({ thing }) =>
      `Ich habe zu ${thing.dative} nichts mehr von Ihnen gehört und gehe daher davon aus, dass es gerade keine Priorität hat.`,
    afterthoughts: {
      proposal: 'Prioritäten und Budgets ändern sich, und das ist völlig in Ordnung.',
      feedback_request: 'In der Zwischenzeit betrachte ich die aktuelle Fassung als Arbeitsstand.',
      details_request: 'In der Zwischenzeit pausiere ich die Arbeiten, die davon abhängen.',
      testimonial_request: 'Ich weiß, wie voll Postfächer sind, und das ist völlig in Ordnung.',
      followup: 'Pläne ändern sich, und das ist völlig in Ordnung.',
    },
    reopening:
      'Falls es wieder aktuell wird, antworten Sie einfach auf diese E-Mail, und ich mache dort weiter, wo wir aufgehört haben.',
  },
  request_call: {
    paragraphs: ({ w, thing }) => [
      [
        `Hätten Sie 15 Minuten für ein kurzes Gespräch über ${thing.accusative}?`,
        'Am Telefon geht es oft schneller als per E-Mail, und ich kann Fragen direkt beantworten.',
      ],
      [
        free(w) ?? 'Ich bin diese Woche flexibel, nennen Sie einfach eine Zeit.',
        'Unter welcher Nummer erreiche ich Sie am besten?',
      ],
    ],
    callScript: ({ w, thing }) => [
      introduce(w),
      `Ich rufe kurz an, es geht um ${thing.accusative}. Passt es gerade für fünf Minuten?`,
      '(Kurz innehalten und zuhören.)',
      'Haben Sie Fragen, oder hat sich auf Ihrer Seite etwas geändert?',
      'Kann ich etwas ändern oder erklären, um den nächsten Schritt leichter zu machen?',
      'Danke für Ihre Zeit. Ich schicke Ihnen eine kurze E-Mail mit dem, was wir besprochen haben.',
    ],
    voicemailScript: ({ w, project }) => [
      introduce(w),
      `Ich rufe an, um kurz über ${project ?? 'unser letztes Gespräch'} zu sprechen.`,
      `Könnten Sie mich zurückrufen, wenn Sie einen Moment Zeit haben${w.phone ? `, unter ${w.phone}` : ''}?`,
      'Danke und einen schönen Tag.',
    ],
  },
  checkin_wellbeing: ({ w, project }) => [
    [
      `Wir hatten ${w.daysSilent ? `seit ${daysDative(w.daysSilent)}` : 'eine Weile'} keinen Kontakt, deshalb wollte ich kurz fragen, ob bei Ihnen alles in Ordnung ist.`,
      `Es eilt nicht${project ? ` mit ${project}` : ''}; ich möchte nur sicher sein, dass auf Ihrer Seite nichts schiefgegangen ist.`,
    ],
    [
      'Manchmal kommt das Leben dazwischen, und das ist völlig verständlich.',
      'Wie läuft es bei Ihnen?',
      w.availability
        ? `Falls ein kurzer Anruf einfacher ist: Ich habe ${w.availability} Zeit.`
        : 'Eine kurze Antwort genügt.',
    ],
  ],
  close_notice: ({ w, project }) => [
    `Ich habe ${w.daysSilent ? `seit ${daysDative(w.daysSilent)}` : 'seit einer Weile'} nichts von Ihnen zu ${project ?? 'unserem Projekt'} gehört und hoffe, dass bei Ihnen alles in Ordnung ist.`,
    [
      'Der Ordnung halber schließe ich das Projekt Ende nächster Woche ab und stelle die bis dahin erledigte Arbeit in Rechnung.',
      'Wenn Sie weitermachen möchten, antworten Sie einfach vorher, und wir machen dort weiter, wo wir aufgehört haben.',
    ],
    'Ist das für Sie in Ordnung?',
  ],
  checkin_monthly: [
    {
      subject: 'Ein kurzes Hallo',
      closer: 'Danke und alles Gute für die kommenden Wochen.',
      paragraphs: ({ thing }) => [
        [
          `Es ist eine Weile her, seit wir über ${thing.accusative} gesprochen haben, und ich wollte mich kurz melden.`,
          'Ich habe zuletzt an ähnlichen Projekten gearbeitet und ein paar Ideen, die für Sie nützlich sein könnten, wann immer es zeitlich passt.',
        ],
        'Soll ich Ihnen eine kurze Zusammenfassung schicken?',
      ],
    },
    {
      subject: 'Ideen für Ihr Projekt',
      closer: 'Vielen Dank, und ich wünsche Ihnen einen guten Monat.',
      paragraphs: ({ w, project }) => [
        [
          `Ich hoffe, bei Ihnen${w.organization ? ` und bei ${w.organization}` : ''} läuft alles gut.`,
          `Ich habe kürzlich eine kurze Checkliste erstellt, die anderen Kunden mit ${project ? `Projekten wie ${project}` : 'ähnlichen Vorhaben'} geholfen hat.`,
        ],
        'Soll ich sie Ihnen schicken? Ganz unverbindlich.',
      ],
    },
    {
      subject: 'Kurz in Kontakt bleiben',
      closer: 'Danke und bis bald.',
      paragraphs: ({ w, project }) => [
        [
          `Ein kurzes Hallo, um zu hören, wie es ${w.organization ? `bei ${w.organization}` : 'bei Ihnen'} läuft.`,
          `Falls sich Ihre Pläne${project ? ` für ${project}` : ''} weiterentwickelt haben, würde ich gern hören, wofür Sie sich entschieden haben.`,
        ],
        'Kann ich Sie in diesem Quartal bei etwas unterstützen?',
      ],
    },
  ],
});
