import type { RequestKind } from './choose-draft-role';
import { definePhrasebook } from './compose-draft-body';
import { capitalizeFirst } from './draft-phrasebook';
import type { DraftWords } from './draft-words';

// Written for this product (issue #5) with the polite "u", which suits a first business contact.

const quote = (title: string) => `‘${title}’`;
const days = (count: number) => `${count} ${count === 1 ? 'dag' : 'dagen'}`;

function invoiceRef(w: DraftWords): string {
  return w.invoiceNumber ? `factuur ${w.invoiceNumber}` : 'mijn laatste factuur';
}

function ofAmount(w: DraftWords): string {
  return w.amount ? ` van ${w.amount}` : '';
}

function requestThing(kind: RequestKind, w: DraftWords): string {
  const title = w.project ? quote(w.project) : null;
  switch (kind) {
    case 'proposal':
      return title ? `mijn voorstel voor ${title}` : 'het voorstel dat ik u stuurde';
    case 'feedback_request':
      return title ? `het concept van ${title}` : 'het concept dat ik u stuurde';
    case 'details_request':
      return title ? `de gegevens die we nodig hebben voor ${title}` : 'de gegevens waar ik om vroeg';
    case 'testimonial_request':
      return title ? `een korte aanbeveling over ${title}` : 'een korte aanbeveling';
    case 'followup':
      return title ? `mijn bericht over ${title}` : 'mijn laatste bericht';
  }
}

function introduce(w: DraftWords): string {
  return `Hallo${w.name ? ` ${w.name}` : ''}${w.sender ? `, u spreekt met ${w.sender}` : ''}.`;
}

const free = (w: DraftWords) => (w.availability ? `Ik ben ${w.availability} beschikbaar.` : null);
const onPhone = (w: DraftWords) => (w.phone ? ` op ${w.phone}` : '');

export const PHRASEBOOK_NL = definePhrasebook<string, string>({
  greet: (tone, name) => {
    if (tone === 'warm') return name ? `Hallo ${name},` : 'Hallo,';
    return name ? `Beste ${name},` : 'Goedendag,';
  },
  openers: {
    warm: [
      'Ik hoop dat u een fijne week heeft.',
      'Ik hoop dat alles goed gaat aan uw kant.',
      'Ik hoop dat uw week goed begonnen is.',
      'Ik hoop dat het goed gaat met u en het team.',
      'Ik hoop dat u een paar goede dagen heeft gehad.',
      'Ik hoop dat het u goed gaat.',
    ],
    neutral: [
      'Ik hoop dat alles goed is.',
      'Ik hoop dat het goed met u gaat.',
      'Ik hoop dat de week soepel verloopt.',
      'Ik hoop dat alles voorspoedig gaat.',
      'Ik hoop dat u een productieve week heeft gehad.',
      'Ik hoop dat alles naar wens verloopt.',
    ],
    firm: [
      'Ik hoop dat het goed met u gaat.',
      'Ik hoop dat alles goed is.',
      'Ik hoop dat uw week goed verloopt.',
      'Ik hoop dat alles goed gaat aan uw kant.',
      'Ik hoop dat alles naar wens verloopt.',
      'Ik hoop dat het u goed gaat.',
    ],
  },
  closers: {
    warm: [
      'Heel erg bedankt, en een fijne week gewenst.',
      'Dank u wel, ik waardeer het echt.',
      'Bedankt voor uw hulp hierbij.',
      'Hartelijk dank, en geniet van de rest van de week.',
      'Bedankt dat u hier even naar wilt kijken.',
      'Nogmaals bedankt voor uw tijd.',
    ],
    neutral: [
      'Dank u wel.',
      'Bedankt voor uw hulp.',
      'Bedankt voor uw tijd.',
      'Hartelijk dank.',
      'Alvast bedankt.',
      'Bedankt dat u ernaar kijkt.',
    ],
    firm: [
      'Bedankt dat u dit oppakt.',
      'Dank u wel voor de afhandeling.',
      'Bedankt voor het regelen.',
      'Dank u wel voor uw medewerking.',
      'Bedankt voor de opvolging.',
      'Dank u wel voor uw aandacht hiervoor.',
    ],
  },
  signOff: { warm: 'Hartelijke groet,', neutral: 'Met vriendelijke groet,', firm: 'Met vriendelijke groet,' },
  quote,
  invoiceRef,
  requestThing,
  courtesy: ({ w, ref, link }) => [
    [
      `Even een korte herinnering dat ${ref}${ofAmount(w)} ${w.dueDate ? `op ${w.dueDate}` : 'binnenkort'} vervalt.`,
      w.project && `Het gaat om ons werk aan ${quote(w.project)}.`,
      'Als de betaling al gepland staat, hartelijk dank, dan kunt u dit bericht negeren.',
    ],
    [
      link
        ? `U kunt hier online betalen: ${link}`
        : 'De betaalgegevens staan op de factuur, en ik stuur die graag nog een keer als dat helpt.',
      'Heeft u tot die tijd nog iets van mij nodig?',
    ],
  ],
  reminder_1: ({ w, ref, link, tone }) => [
    [
      `Ik stuur u een herinnering dat ${ref}${ofAmount(w)} ${w.dueDate ? `op ${w.dueDate} verviel` : 'inmiddels vervallen is'}${w.daysOverdue ? `, ${days(w.daysOverdue)} geleden` : ''}.`,
      tone === 'firm'
        ? 'Graag ontvang ik de betaling deze week.'
        : 'Zoiets glipt er makkelijk tussendoor, dus dit bericht is alleen om zeker te weten dat het op uw lijstje staat.',
    ],
    [
      link
        ? `Het snelst betaalt u via deze link: ${link}`
        : 'Als de factuur ondergesneeuwd is, laat het me weten, dan stuur ik een nieuwe kopie.',
      'Kunt u me laten weten wanneer ik de betaling kan verwachten?',
    ],
  ],
  reminder_2: ({ w, ref, link, tone }) => [
    [
      `Ik kom nog even terug op ${ref}${ofAmount(w)}, die ${w.dueDate ? `op ${w.dueDate} verviel` : 'bij mij nog openstaat'}${w.daysOverdue ? ` en nu ${days(w.daysOverdue)} over de vervaldatum is` : ''}.`,
      tone === 'firm'
        ? 'Als er iets aan de factuur onduidelijk is, laat het me dan nu weten, zodat we het kunnen oplossen.'
        : 'Als er iets aan de factuur of het werk niet klopt, zeg het gerust, dan lossen we het samen op.',
    ],
    [
      link ? `Met een kaart betalen kan via deze link: ${link}` : 'De bankgegevens staan op de factuur zelf.',
      'Kunt u bevestigen op welke datum u de betaling plant?',
    ],
  ],
  reminder_3: ({ w, ref, link, tone }) => [
    [
      `${capitalizeFirst(ref)}${ofAmount(w)} staat nog open${w.daysOverdue ? `, ${days(w.daysOverdue)} na de vervaldatum` : ''}, dus ik neem nog een keer contact op.`,
      tone === 'firm'
        ? 'Als het volledige bedrag nu lastig is, kunnen we twee of drie termijnen afspreken.'
        : 'Als het nu even lastig uitkomt, verdeel ik het bedrag graag over twee of drie kleinere betalingen.',
    ],
    [
      'Zou een betalingsregeling helpen, of kunt u me een datum noemen voor het volledige bedrag?',
      link && `De betaalpagina vindt u hier: ${link}`,
    ],
  ],
  personal: ({ w, ref }) => [
    [
      `Ik wilde u persoonlijk schrijven in plaats van nog een herinnering te sturen over ${ref}${ofAmount(w)}.`,
      `Ik werk graag met u${w.organization ? ` en het team van ${w.organization}` : ''} samen, en ik wil zeker weten dat er aan uw kant niets vastzit.`,
    ],
    [
      'Is er iets aan het werk dat nog niet is opgelost, of moet ik facturen naar iemand anders in uw team sturen?',
      'Een kort antwoord helpt me de volgende stap te plannen.',
    ],
  ],
  invoice_call: {
    paragraphs: ({ w, ref }) => [
      [
        `Ik zou graag even telefonisch met u overleggen over ${ref}, omdat een kort gesprek vaak makkelijker is dan nog een e-mail.`,
        'Het duurt maar vijf minuten.',
      ],
      [
        free(w) ?? 'Ik pas me deze week graag aan uw agenda aan.',
        'Welk tijdstip komt u goed uit, en op welk nummer kan ik u het best bereiken?',
      ],
    ],
    callScript: ({ w, ref }) => [
      introduce(w),
      `Ik bel over ${ref}${ofAmount(w)}${w.dueDate ? `, die op ${w.dueDate} verviel` : ''}. Komt het nu even uit?`,
      '(Even pauzeren en luisteren.)',
      'Is er iets dat de betaling ophoudt waar ik bij kan helpen?',
      'Als het nu lastig uitkomt, kunnen we vandaag een betalingsregeling afspreken.',
      'Kunnen we een datum afspreken die voor u werkt?',
      'Dank u wel. Ik stuur u een korte e-mail met wat we hebben afgesproken.',
    ],
    voicemailScript: ({ w }) => [
      introduce(w),
      'Ik heb een korte administratieve vraag over onze recente samenwerking.',
      `Kunt u me terugbellen als u even tijd heeft${onPhone(w)}?`,
      'Dank u wel, en nog een fijne dag.',
    ],
  },
  final_notice: {
    paragraphs: ({ w, ref, link }) => [
      [
        `Ik schrijf u over ${ref}, die nog niet betaald is${w.daysOverdue ? `, ${days(w.daysOverdue)} na de vervaldatum` : ''}.`,
        `${w.amount ? `Het openstaande bedrag is ${w.amount}` : 'Het openstaande bedrag is het volledige bedrag op de factuur'}${w.dueDate ? `, met vervaldatum ${w.dueDate}` : ''}.`,
      ],
      [
        w.collectionsDate
          ? `Graag ontvang ik de betaling vóór ${w.collectionsDate}.`
          : 'Graag ontvang ik de betaling binnen 15 dagen.',
        link
          ? `U kunt hier betalen: ${link}`
          : 'De bankgegevens staan op de factuur, en ik stuur die vandaag graag opnieuw.',
      ],
      [
        'Als de betaling dan niet binnen is, draag ik de factuur over aan een incassobureau, wat ik liever zou vermijden.',
        `Als er een probleem is waar ik niet van weet, bel me dan${onPhone(w)} of reageer op deze e-mail, dan zoeken we samen een oplossing.`,
      ],
    ],
    closer: 'Dank u wel voor uw aandacht.',
  },
  collections: {
    paragraphs: ({ w, ref, link }) => [
      [
        `${capitalizeFirst(ref)}${ofAmount(w)} is nog steeds niet betaald.`,
        `Daarom laat ik u weten dat ik de factuur ${w.collectionsDate ? `op ${w.collectionsDate}` : 'eind volgende week'} overdraag aan een incassobureau.`,
        'Ik los dit nog steeds het liefst rechtstreeks met u op.',
      ],
      [
        link
          ? `Tot die tijd kunt u nog betalen via deze link: ${link}`
          : 'Tot die tijd kunt u nog betalen met de gegevens op de factuur.',
        `Als u liever een betalingsregeling afspreekt, bel me dan${onPhone(w)} of reageer op deze e-mail, dan zet ik het proces stil.`,
      ],
    ],
    closer: 'Dank u wel voor het lezen.',
    warmCloser: 'Dank u wel, en ik hoop dat we dit samen kunnen oplossen.',
  },
  nudges: {
    proposal: [
      ({ w, thing }) => [
        [
          `Ik wilde even navragen hoe het staat met ${thing}${w.daysSilent ? `, dat ik ${days(w.daysSilent)} geleden stuurde` : ''}.`,
          'Na een eerste blik komen er vaak vragen op, en ik loop het graag samen met u door.',
        ],
        [
          'Zou een gesprek van 15 minuten deze week helpen?',
          free(w) ?? 'Stel gerust een tijd voor die u goed uitkomt.',
        ],
      ],
      ({ thing }) => [
        [
          `Ik kom nog even terug op ${thing}.`,
          'Als de omvang of het budget niet helemaal past, kan ik het aanpassen, bijvoorbeeld door te beginnen met een kleinere eerste fase.',
        ],
        'Is er aan uw kant iets veranderd sinds ons laatste gesprek?',
      ],
      ({ thing }) => [
        `Kort en bondig: is ${thing} nog iets waarmee u verder wilt?`,
        [
          'Een simpel ja, nee of ‘nog niet’ is helemaal goed en helpt me de komende weken te plannen.',
          'Als het nu niet het juiste moment is, laat me dan weten wanneer ik het weer kan proberen.',
        ],
      ],
    ],
    feedback_request: [
      ({ thing }) => [
        [
          `Ik wilde even navragen hoe het staat met ${thing}.`,
          'Een eerste versie is zelden definitief, dus een paar snelle indrukken zijn net zo nuttig als een volledige review.',
        ],
        [
          'Wat zou u als eerste veranderen?',
          'Zelfs een kort ‘ziet er goed uit’ of ‘nog niet helemaal’ helpt me de volgende ronde te plannen.',
        ],
      ],
      ({ w, thing }) => [
        [
          `Ik kom nog even terug op ${thing}.`,
          'Als dat makkelijker is, werken een paar steekwoorden of een spraakbericht net zo goed.',
        ],
        ['Bespreekt u het liever even in een kort gesprek?', free(w)],
      ],
      ({ thing }) => [
        [
          `Nog een korte notitie over ${thing}.`,
          'Soms willen anderen in het team ook meepraten, en ik betrek hen graag direct.',
        ],
        'Kunt u me ongeveer laten weten wanneer ik uw reactie kan verwachten?',
      ],
    ],
    details_request: [
      ({ thing }) => [
        [
          `Ik wilde even navragen hoe het staat met ${thing}.`,
          'Het is heel normaal dat dit even duurt, zeker als er andere mensen bij betrokken zijn.',
        ],
        'Kunt u me sturen wat u tot nu toe heeft, ook als het nog niet compleet is?',
      ],
      ({ w, thing }) => [
        [
          `Ik kom nog even terug op ${thing}.`,
          'Als iets u tegenhoudt, help ik graag in een kort gesprek om het op te lossen.',
          free(w),
        ],
        'Kan ik iets voorbereiden of voorstellen om het u makkelijker te maken?',
      ],
      ({ thing }) => [
        [
          `Kort en bondig: met ${thing} kan ik het project verder brengen.`,
          'Als het helpt, werk ik voorlopig met tijdelijke teksten, die u later kunt aanpassen.',
        ],
        'Zou dat voor u werken?',
      ],
    ],
    testimonial_request: [
      ({ thing }) => [
        [
          `Ik wilde even navragen hoe het staat met ${thing}.`,
          'Om het makkelijk te houden: twee of drie zinnen zijn genoeg, en u ziet en keurt de definitieve tekst goed voordat ik hem gebruik.',
        ],
        'Wat vond u het nuttigst aan onze samenwerking?',
      ],
      ({ thing }) => [
        [
          `Ik kom nog even terug op ${thing}.`,
          'Als schrijven als een klus voelt, zet ik graag een paar zinnen op basis van onze e-mails voor u klaar om aan te passen.',
        ],
        ['Zou dat helpen?', 'U houdt natuurlijk het laatste woord.'],
      ],
      ({ thing }) => [
        [
          `Nog een laatste notitie over ${thing}.`,
          'Als u liever zelf een openbare review plaatst, is dat net zo goed, en een simpel nee is ook prima.',
        ],
        ['Welke optie past u het best?', 'Hoe dan ook, bedankt voor een heel mooi project.'],
      ],
    ],
    followup: [
      ({ thing }) => [
        [
          `Ik wilde even navragen hoe het staat met ${thing}.`,
          'Inboxen lopen snel vol, dus ik haal het even naar boven.',
        ],
        [
          'Kunt u me laten weten hoe het ervoor staat?',
          'Als het onderwerp niet meer speelt, is dat ook handig om te weten.',
        ],
      ],
      ({ w, thing }) => [
        [
          `Ik kom nog even terug op ${thing}.`,
          w.availability
            ? `Als bellen makkelijker is, ben ik ${w.availability} beschikbaar.`
            : 'Als praten makkelijker is, bel ik u graag.',
        ],
        [
          'Is er iemand anders die ik hierover moet benaderen?',
          'Berichten komen soms bij de verkeerde persoon terecht, dus ik vraag het liever even.',
        ],
      ],
      ({ thing }) => [
        `Kort en bondig: speelt het onderwerp van ${thing} nog aan uw kant?`,
        [
          'Een antwoord van één regel is genoeg en helpt me bij de planning.',
          'Als het antwoord ‘nu niet’ is, laat me dan weten wanneer ik het weer kan vragen.',
        ],
      ],
    ],
  },
  breakup: {
    assumption: ({ thing }) =>
      `Ik heb niets meer gehoord over ${thing}, dus ik ga ervan uit dat het op dit moment geen prioriteit heeft.`,
    afterthoughts: {
      proposal: 'Prioriteiten en budgetten veranderen, en dat is helemaal prima.',
      feedback_request: 'Intussen beschouw ik de huidige versie als werkversie.',
      details_request: 'Intussen zet ik het werk dat ervan afhangt even stil.',
      testimonial_request: 'Ik weet hoe vol inboxen kunnen zijn, en dat is helemaal prima.',
      followup: 'Plannen veranderen, en dat is helemaal prima.',
    },
    reopening:
      'Als het weer actueel wordt, reageer dan gewoon op deze e-mail en ik pak het op waar we gebleven waren.',
  },
  request_call: {
    paragraphs: ({ w, thing }) => [
      [
        `Heeft u 15 minuten voor een kort gesprek over ${thing}?`,
        'Praten gaat vaak sneller dan mailen, en ik kan uw vragen meteen beantwoorden.',
      ],
      [
        free(w) ?? 'Ik ben deze week flexibel, noem gerust een tijd.',
        'Op welk nummer kan ik u het best bereiken?',
      ],
    ],
    callScript: ({ w, thing }) => [
      introduce(w),
      `Ik bel over ${thing}. Heeft u vijf minuten?`,
      '(Even pauzeren en luisteren.)',
      'Heeft u vragen, of is er aan uw kant iets veranderd?',
      'Kan ik iets aanpassen of uitleggen om de volgende stap makkelijker te maken?',
      'Bedankt voor uw tijd. Ik stuur u een korte e-mail met wat we hebben besproken.',
    ],
    voicemailScript: ({ w, project }) => [
      introduce(w),
      `Ik bel om even bij te praten over ${project ?? 'ons laatste gesprek'}.`,
      `Kunt u me terugbellen als u even tijd heeft${onPhone(w)}?`,
      'Dank u wel, en nog een fijne dag.',
    ],
  },
  checkin_wellbeing: ({ w, project }) => [
    [
      `We hebben ${w.daysSilent ? `al ${days(w.daysSilent)}` : 'een tijdje'} geen contact gehad, dus ik wilde even vragen of alles goed met u gaat.`,
      `Er is geen haast${project ? ` met ${project}` : ''}; ik wil alleen zeker weten dat er aan uw kant niets misgegaan is.`,
    ],
    [
      'Soms zit het leven even tegen, en dat is heel begrijpelijk.',
      'Hoe gaat het met u?',
      w.availability
        ? `Als een kort telefoontje makkelijker is, ben ik ${w.availability} beschikbaar.`
        : 'Een kort antwoord is genoeg.',
    ],
  ],
  close_notice: ({ w, project }) => [
    `Ik heb ${w.daysSilent ? `al ${days(w.daysSilent)}` : 'al een tijdje'} niets van u gehoord over ${project ?? 'ons project'}, en ik hoop dat alles goed gaat.`,
    [
      'Om het overzichtelijk te houden, sluit ik het project eind volgende week af en factureer ik het werk dat tot nu toe is gedaan.',
      'Wilt u verder, reageer dan gewoon vóór die tijd, dan pakken we het op waar we gebleven waren.',
    ],
    'Klinkt dat redelijk?',
  ],
  checkin_monthly: [
    {
      subject: 'Even een groet',
      closer: 'Bedankt, en het beste voor de komende weken.',
      paragraphs: ({ thing }) => [
        [
          `Het is alweer een tijdje geleden dat we het hadden over ${thing}, en ik wilde even hallo zeggen.`,
          'Ik heb onlangs aan vergelijkbare projecten gewerkt en heb een paar ideeën die nuttig voor u kunnen zijn, wanneer het u uitkomt.',
        ],
        'Zal ik u een korte samenvatting sturen?',
      ],
    },
    {
      subject: 'Ideeën voor uw project',
      closer: 'Dank u wel, en een goede maand gewenst.',
      paragraphs: ({ w, project }) => [
        [
          `Ik hoop dat alles goed gaat${w.organization ? ` bij ${w.organization}` : ''}.`,
          `Ik heb onlangs een korte checklist gemaakt die andere klanten heeft geholpen met ${project ? `projecten zoals ${project}` : 'vergelijkbare plannen'}.`,
        ],
        'Zal ik hem u sturen? Geheel vrijblijvend.',
      ],
    },
    {
      subject: 'Even contact houden',
      closer: 'Bedankt, en tot snel.',
      paragraphs: ({ w, project }) => [
        [
          `Even een korte groet om te horen hoe het gaat${w.organization ? ` bij ${w.organization}` : ''}.`,
          `Als uw plannen${project ? ` voor ${project}` : ''} zich verder hebben ontwikkeld, hoor ik graag wat u hebt besloten.`,
        ],
        'Kan ik u dit kwartaal ergens mee helpen?',
      ],
    },
  ],
});
