import type { RequestKind } from './choose-draft-role';
import { definePhrasebook } from './compose-draft-body';
import { capitalizeFirst } from './draft-phrasebook';
import type { DraftWords } from './draft-words';

// Written for this product (issue #5) with "vous", and without adjectives that agree with the writer
// (ravi/ravie), since the product does not know the sender's gender.

const quote = (title: string) => `« ${title} »`;
const days = (count: number) => `${count} ${count === 1 ? 'jour' : 'jours'}`;

function invoiceRef(w: DraftWords): string {
  return w.invoiceNumber ? `la facture ${w.invoiceNumber}` : 'ma dernière facture';
}

function ofAmount(w: DraftWords): string {
  return w.amount ? ` d’un montant de ${w.amount}` : '';
}

/** `plain` stands alone ("ma proposition"); `of` follows "au sujet" or "parlé" ("de ma proposition"). */
type Thing = { plain: string; of: string };

function requestThing(kind: RequestKind, w: DraftWords): Thing {
  const title = w.project ? quote(w.project) : null;
  switch (kind) {
    case 'proposal':
      return title
        ? { plain: `ma proposition pour ${title}`, of: `de ma proposition pour ${title}` }
        : { plain: 'la proposition que je vous ai envoyée', of: 'de la proposition que je vous ai envoyée' };
    case 'feedback_request':
      return title
        ? { plain: `la première version de ${title}`, of: `de la première version de ${title}` }
        : {
            plain: 'la première version que je vous ai envoyée',
            of: 'de la première version que je vous ai envoyée',
          };
    case 'details_request':
      return title
        ? { plain: `les éléments nécessaires pour ${title}`, of: `des éléments nécessaires pour ${title}` }
        : { plain: 'les éléments que je vous ai demandés', of: 'des éléments que je vous ai demandés' };
    case 'testimonial_request':
      return title
        ? { plain: `un court témoignage sur ${title}`, of: `d’un court témoignage sur ${title}` }
        : { plain: 'un court témoignage', of: 'd’un court témoignage' };
    case 'followup':
      return title
        ? { plain: `mon message au sujet de ${title}`, of: `de mon message au sujet de ${title}` }
        : { plain: 'mon dernier message', of: 'de mon dernier message' };
  }
}

function introduce(w: DraftWords): string {
  return `Bonjour${w.name ? ` ${w.name}` : ''}${w.sender ? `, c’est ${w.sender}` : ''}.`;
}

const free = (w: DraftWords) => (w.availability ? `Je suis disponible ${w.availability}.` : null);
const atPhone = (w: DraftWords) => (w.phone ? ` au ${w.phone}` : '');

export const PHRASEBOOK_FR = definePhrasebook<Thing, string>({
  greet: (_tone, name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  openers: {
    warm: [
      'J’espère que vous passez une bonne semaine.',
      'J’espère que tout va bien de votre côté.',
      'J’espère que votre semaine a bien commencé.',
      'J’espère que tout va bien pour vous et votre équipe.',
      'J’espère que vous avez passé de bons derniers jours.',
      'J’espère que vous allez bien.',
    ],
    neutral: [
      'J’espère que tout va bien.',
      'J’espère que vous allez bien.',
      'J’espère que la semaine se passe bien.',
      'J’espère que les choses avancent bien.',
      'J’espère que vous avez eu une semaine productive.',
      'J’espère que ce message vous trouve en forme.',
    ],
    firm: [
      'J’espère que vous allez bien.',
      'J’espère que tout va bien.',
      'J’espère que votre semaine se passe bien.',
      'J’espère que tout se passe bien de votre côté.',
      'J’espère que vous êtes en forme.',
      'J’espère que les choses vont bien.',
    ],
  },
  closers: {
    warm: [
      'Merci beaucoup, et bonne semaine.',
      'Merci, c’est très apprécié.',
      'Merci beaucoup pour votre aide.',
      'Un grand merci, et bonne fin de semaine.',
      'Merci de prendre un moment pour regarder cela.',
      'Merci encore pour votre temps.',
    ],
    neutral: [
      'Merci.',
      'Merci pour votre aide.',
      'Merci pour votre temps.',
      'Merci beaucoup.',
      'Merci d’avance.',
      'Merci de bien vouloir vous en occuper.',
    ],
    firm: [
      'Merci de vous en occuper.',
      'Merci pour votre suivi.',
      'Merci de régler ce point.',
      'Merci de faire le nécessaire.',
      'Merci pour votre collaboration.',
      'Merci pour votre réactivité.',
    ],
  },
  signOff: { warm: 'Bien amicalement,', neutral: 'Cordialement,', firm: 'Cordialement,' },
  quote,
  invoiceRef,
  requestThing,
  courtesy: ({ w, ref, link }) => [
    [
      `Petit message pour vous signaler que ${ref}${ofAmount(w)} arrive à échéance ${w.dueDate ? `le ${w.dueDate}` : 'dans les prochains jours'}.`,
      w.project && `Elle concerne notre travail sur ${quote(w.project)}.`,
      'Si le paiement est déjà prévu, merci beaucoup, et vous pouvez ignorer ce message.',
    ],
    [
      link
        ? `Vous pouvez payer en ligne ici : ${link}`
        : 'Les coordonnées de paiement figurent sur la facture, et je peux vous la renvoyer si besoin.',
      'Avez-vous besoin de quoi que ce soit de ma part d’ici là ?',
    ],
  ],
  reminder_1: ({ w, ref, link, tone }) => [
    [
      `Je me permets de vous rappeler que ${ref}${ofAmount(w)} ${w.dueDate ? `était à régler le ${w.dueDate}` : 'est arrivée à échéance'}${w.daysOverdue ? `, il y a ${days(w.daysOverdue)}` : ''}.`,
      tone === 'firm'
        ? 'Merci de procéder au paiement cette semaine.'
        : 'Ce genre de chose passe facilement à la trappe, ce message est donc simplement là pour s’en assurer.',
    ],
    [
      link
        ? `Le plus simple est de payer via ce lien : ${link}`
        : 'Si la facture s’est perdue, dites-le-moi et je vous en envoie une nouvelle copie.',
      'Pourriez-vous me dire quand je peux compter sur le paiement ?',
    ],
  ],
  reminder_2: ({ w, ref, link, tone }) => [
    [
      `Je reviens vers vous au sujet de ${ref}${ofAmount(w)}, qui ${w.dueDate ? `était à régler le ${w.dueDate}` : 'est toujours ouverte de mon côté'}${w.daysOverdue ? ` et qui a maintenant ${days(w.daysOverdue)} de retard` : ''}.`,
      tone === 'firm'
        ? 'Si quelque chose n’est pas clair dans la facture, merci de me le dire dès maintenant pour que nous puissions régler la question.'
        : 'Si quelque chose ne vous semble pas correct dans la facture ou dans le travail, dites-le-moi et nous trouverons une solution ensemble.',
    ],
    [
      link
        ? `Le paiement par carte est possible via ce lien : ${link}`
        : 'Les coordonnées bancaires figurent sur la facture elle-même.',
      'Pourriez-vous me confirmer la date à laquelle vous prévoyez le paiement ?',
    ],
  ],
  reminder_3: ({ w, ref, link, tone }) => [
    [
      `${capitalizeFirst(ref)}${ofAmount(w)} est toujours en attente${w.daysOverdue ? `, ${days(w.daysOverdue)} après son échéance` : ''}, je me permets donc de revenir vers vous.`,
      tone === 'firm'
        ? 'Si un paiement intégral est difficile en ce moment, nous pouvons convenir de deux ou trois versements.'
        : 'Si le moment est difficile, je peux tout à fait répartir le montant en deux ou trois paiements plus petits.',
    ],
    [
      'Un échéancier vous aiderait-il, ou pouvez-vous m’indiquer une date pour le montant total ?',
      link && `La page de paiement se trouve ici : ${link}`,
    ],
  ],
  personal: ({ w, ref }) => [
    [
      `Je voulais vous écrire personnellement plutôt que d’envoyer un nouveau rappel au sujet de ${ref}${ofAmount(w)}.`,
      `J’apprécie de travailler avec vous${w.organization ? ` et avec l’équipe de ${w.organization}` : ''}, et je veux m’assurer que rien ne bloque de votre côté.`,
    ],
    [
      'Y a-t-il un point du travail qui n’est pas réglé, ou dois-je envoyer les factures à une autre personne de votre équipe ?',
      'Une courte réponse m’aiderait à prévoir la suite.',
    ],
  ],
  invoice_call: {
    paragraphs: ({ w, ref }) => [
      [
        `J’aimerais échanger brièvement avec vous par téléphone au sujet de ${ref}, car un court appel est souvent plus simple qu’un e-mail de plus.`,
        'Cela ne prendra que cinq minutes.',
      ],
      [
        free(w) ?? 'Je peux m’adapter à votre emploi du temps cette semaine.',
        'Quel moment vous convient, et à quel numéro puis-je vous joindre ?',
      ],
    ],
    callScript: ({ w, ref }) => [
      introduce(w),
      `Je vous appelle au sujet de ${ref}${ofAmount(w)}${w.dueDate ? `, qui était à régler le ${w.dueDate}` : ''}. Est-ce un bon moment ?`,
      '(Faire une pause et écouter.)',
      'Y a-t-il quelque chose qui bloque le paiement et pour lequel je peux aider ?',
      'Si le moment est difficile, nous pouvons convenir d’un échéancier dès aujourd’hui.',
      'Pouvons-nous fixer une date qui vous convient ?',
      'Merci. Je vous envoie un court e-mail pour confirmer ce que nous avons convenu.',
    ],
    voicemailScript: ({ w }) => [
      introduce(w),
      'J’ai une petite question administrative concernant notre dernière collaboration.',
      `Pourriez-vous me rappeler quand vous aurez un moment${atPhone(w)} ?`,
      'Merci, et bonne journée.',
    ],
  },
  final_notice: {
    paragraphs: ({ w, ref, link }) => [
      [
        `Je vous écris au sujet de ${ref}, qui reste impayée${w.daysOverdue ? ` ${days(w.daysOverdue)} après son échéance` : ''}.`,
        `${w.amount ? `Le montant dû est de ${w.amount}` : 'Le montant dû est celui indiqué sur la facture'}${w.dueDate ? `, avec une échéance au ${w.dueDate}` : ''}.`,
      ],
      [
        w.collectionsDate
          ? `Merci de régler ce montant avant le ${w.collectionsDate}.`
          : 'Merci de régler ce montant dans les 15 prochains jours.',
        link
          ? `Vous pouvez payer ici : ${link}`
          : 'Les coordonnées bancaires figurent sur la facture, et je peux vous la renvoyer dès aujourd’hui.',
      ],
      [
        'Si le paiement n’est pas reçu d’ici là, je transmettrai la facture à une société de recouvrement, ce que je préférerais vraiment éviter.',
        `S’il y a un problème dont je n’ai pas connaissance, appelez-moi${atPhone(w)} ou répondez à cet e-mail, et nous trouverons une solution.`,
      ],
    ],
    closer: 'Merci de votre attention.',
  },
  collections: {
    paragraphs: ({ w, ref, link }) => [
      [
        `${capitalizeFirst(ref)}${ofAmount(w)} reste impayée.`,
        `Je vous informe donc que je la transmettrai à une société de recouvrement ${w.collectionsDate ? `le ${w.collectionsDate}` : 'à la fin de la semaine prochaine'}.`,
        'Je préférerais toujours régler cela directement avec vous.',
      ],
      [
        link
          ? `Vous pouvez encore payer d’ici là via ce lien : ${link}`
          : 'Vous pouvez encore payer d’ici là avec les coordonnées figurant sur la facture.',
        `Si vous préférez convenir d’un échéancier, appelez-moi${atPhone(w)} ou répondez à ce message, et je suspendrai la procédure.`,
      ],
    ],
    closer: 'Merci de votre lecture.',
    warmCloser: 'Merci, et j’espère que nous pourrons régler cela ensemble.',
  },
  nudges: {
    proposal: [
      ({ w, thing }) => [
        [
          `Je voulais faire le point au sujet ${thing.of}${w.daysSilent ? `, envoyée il y a ${days(w.daysSilent)}` : ''}.`,
          'Des questions apparaissent souvent après une première lecture, et ce serait un plaisir de la parcourir avec vous.',
        ],
        [
          'Un appel de 15 minutes cette semaine vous aiderait-il ?',
          free(w) ?? 'Proposez-moi simplement un créneau qui vous convient.',
        ],
      ],
      ({ thing }) => [
        [
          `Je reviens vers vous au sujet ${thing.of}.`,
          'Si le périmètre ou le budget ne convient pas tout à fait, je peux l’ajuster, par exemple en commençant par une première phase plus petite.',
        ],
        'Quelque chose a-t-il changé de votre côté depuis notre dernier échange ?',
      ],
      ({ thing }) => [
        `En deux mots : ${thing.plain} est-elle toujours d’actualité pour vous ?`,
        [
          'Un simple oui, non ou « pas encore » me convient parfaitement et m’aide à organiser les semaines à venir.',
          'Si le moment n’est pas le bon, dites-moi quand revenir vers vous.',
        ],
      ],
    ],
    feedback_request: [
      ({ thing }) => [
        [
          `Je voulais faire le point au sujet ${thing.of}.`,
          'Une première version est rarement définitive, alors quelques impressions rapides sont aussi utiles qu’une relecture complète.',
        ],
        [
          'Quelle est la première chose que vous changeriez ?',
          'Même un simple « ça me plaît » ou « pas tout à fait » m’aide à préparer la suite.',
        ],
      ],
      ({ w, thing }) => [
        [
          `Je reviens vers vous au sujet ${thing.of}.`,
          'Si c’est plus simple, quelques points en vrac ou un message vocal conviennent tout aussi bien.',
        ],
        ['Préférez-vous en parler lors d’un court appel ?', free(w)],
      ],
      ({ thing }) => [
        [
          `Un dernier mot au sujet ${thing.of}.`,
          'Parfois, d’autres personnes de l’équipe doivent donner leur avis, et je peux volontiers les inclure directement.',
        ],
        'Pourriez-vous me dire à peu près quand je peux attendre votre retour ?',
      ],
    ],
    details_request: [
      ({ thing }) => [
        [
          `Je voulais faire le point au sujet ${thing.of}.`,
          'C’est tout à fait normal que cela prenne du temps, surtout quand d’autres personnes sont impliquées.',
        ],
        'Pourriez-vous m’envoyer ce que vous avez déjà, même si c’est incomplet ?',
      ],
      ({ w, thing }) => [
        [
          `Je reviens vers vous au sujet ${thing.of}.`,
          'Si quelque chose vous bloque, je peux vous aider à le résoudre lors d’un court appel.',
          free(w),
        ],
        'Puis-je préparer ou proposer quelque chose pour vous faciliter la tâche ?',
      ],
      ({ thing }) => [
        [
          `En deux mots : ${thing.plain} sont la dernière pièce dont j’ai besoin pour avancer.`,
          'Si cela peut aider, je peux utiliser des contenus provisoires pour l’instant, que vous corrigerez plus tard.',
        ],
        'Cela vous conviendrait-il ?',
      ],
    ],
    testimonial_request: [
      ({ thing }) => [
        [
          `Je voulais faire le point au sujet ${thing.of}.`,
          'Pour que ce soit simple, deux ou trois phrases suffisent, et vous validerez le texte final avant que je l’utilise.',
        ],
        'Qu’avez-vous trouvé le plus utile dans notre collaboration ?',
      ],
      ({ thing }) => [
        [
          `Je reviens vers vous au sujet ${thing.of}.`,
          'Si l’écriture vous pèse, je peux rédiger quelques lignes à partir de nos échanges, que vous pourrez modifier.',
        ],
        ['Est-ce que cela vous aiderait ?', 'Vous auriez bien sûr le dernier mot.'],
      ],
      ({ thing }) => [
        [
          `Un dernier mot au sujet ${thing.of}.`,
          'Si vous préférez laisser vous-même un avis public, c’est tout aussi bien, et un simple non me convient aussi.',
        ],
        ['Quelle option vous convient le mieux ?', 'Dans tous les cas, merci pour ce très beau projet.'],
      ],
    ],
    followup: [
      ({ thing }) => [
        [
          `Je voulais faire le point au sujet ${thing.of}.`,
          'Les boîtes de réception se remplissent vite, alors je le fais remonter en haut de la vôtre.',
        ],
        [
          'Pourriez-vous me dire où en sont les choses ?',
          'Si le sujet n’est plus d’actualité, c’est aussi utile à savoir.',
        ],
      ],
      ({ w, thing }) => [
        [
          `Je reviens vers vous au sujet ${thing.of}.`,
          w.availability
            ? `Si un appel est plus simple, je suis disponible ${w.availability}.`
            : 'Si c’est plus simple de se parler, je peux vous appeler.',
        ],
        [
          'Y a-t-il une autre personne que je devrais contacter à ce sujet ?',
          'Les messages arrivent parfois chez la mauvaise personne, alors je préfère demander.',
        ],
      ],
      ({ thing }) => [
        `En deux mots : le sujet ${thing.of} est-il toujours d’actualité de votre côté ?`,
        [
          'Une réponse d’une ligne suffit et m’aide à m’organiser.',
          'Si la réponse est « pas maintenant », dites-moi quand revenir vers vous.',
        ],
      ],
    ],
  },
  breakup: {
    assumption: ({ thing }) =>
      `Je n’ai pas eu de nouvelles au sujet ${thing.of}, je vais donc supposer que ce n’est pas une priorité pour le moment.`,
    afterthoughts: {
      proposal: 'Les priorités et les budgets changent, et c’est tout à fait normal.',
      feedback_request: 'En attendant, je considère la version actuelle comme la version de travail.',
      details_request: 'En attendant, je mets en pause le travail qui en dépend.',
      testimonial_request:
        'Je sais à quel point les boîtes de réception débordent, et c’est tout à fait normal.',
      followup: 'Les projets évoluent, et c’est tout à fait normal.',
    },
    reopening:
      'Si le sujet redevient d’actualité, répondez simplement à ce message et je reprendrai là où nous nous étions arrêtés.',
  },
  request_call: {
    paragraphs: ({ w, thing }) => [
      [
        `Auriez-vous 15 minutes pour un court appel au sujet ${thing.of} ?`,
        'Au téléphone, c’est souvent plus rapide que par e-mail, et je peux répondre à vos questions directement.',
      ],
      [
        free(w) ?? 'Je suis flexible cette semaine, proposez-moi simplement un horaire.',
        'À quel numéro puis-je vous joindre ?',
      ],
    ],
    callScript: ({ w, thing }) => [
      introduce(w),
      `Je vous appelle au sujet ${thing.of}. Avez-vous cinq minutes ?`,
      '(Faire une pause et écouter.)',
      'Avez-vous des questions, ou quelque chose a-t-il changé de votre côté ?',
      'Puis-je modifier ou expliquer quelque chose pour faciliter la prochaine étape ?',
      'Merci pour votre temps. Je vous envoie un court e-mail avec ce que nous avons dit.',
    ],
    voicemailScript: ({ w, project }) => [
      introduce(w),
      `Je vous appelle pour faire le point sur ${project ?? 'notre dernier échange'}.`,
      `Pourriez-vous me rappeler quand vous aurez un moment${atPhone(w)} ?`,
      'Merci, et bonne journée.',
    ],
  },
  checkin_wellbeing: ({ w, project }) => [
    [
      `Nous n’avons pas échangé ${w.daysSilent ? `depuis ${days(w.daysSilent)}` : 'depuis un moment'}, alors je voulais simplement m’assurer que tout va bien pour vous.`,
      `Rien ne presse${project ? ` pour ${project}` : ''} ; je veux seulement vérifier que rien n’a mal tourné de votre côté.`,
    ],
    [
      'Parfois, la vie prend le dessus, et c’est tout à fait compréhensible.',
      'Comment ça se passe pour vous ?',
      w.availability
        ? `Si un court appel est plus simple, je suis disponible ${w.availability}.`
        : 'Une courte réponse suffit.',
    ],
  ],
  close_notice: ({ w, project }) => [
    `Je n’ai pas eu de nouvelles de votre part au sujet ${project ? `de ${project}` : 'de notre projet'} ${w.daysSilent ? `depuis ${days(w.daysSilent)}` : 'depuis un moment'}, et j’espère que tout va bien.`,
    [
      'Pour garder les choses en ordre, je clôturerai le projet à la fin de la semaine prochaine et je facturerai le travail réalisé jusqu’ici.',
      'Si vous souhaitez continuer, répondez simplement d’ici là et nous reprendrons là où nous nous étions arrêtés.',
    ],
    'Cela vous semble-t-il raisonnable ?',
  ],
  checkin_monthly: [
    {
      subject: 'Un petit bonjour',
      closer: 'Merci, et très bonne continuation pour les semaines à venir.',
      paragraphs: ({ thing }) => [
        [
          `Cela fait un moment que nous avons parlé ${thing.of}, et je voulais vous faire un petit signe.`,
          'J’ai récemment travaillé sur des projets similaires et j’ai quelques idées qui pourraient vous être utiles, quand le moment sera venu.',
        ],
        'Voulez-vous que je vous envoie un court résumé ?',
      ],
    },
    {
      subject: 'Des idées pour vous',
      closer: 'Merci, et je vous souhaite un bon mois.',
      paragraphs: ({ w, project }) => [
        [
          `J’espère que tout se passe bien${w.organization ? ` chez ${w.organization}` : ''}.`,
          `J’ai récemment préparé une courte liste de points qui a aidé d’autres clients avec ${project ? `des projets comme ${project}` : 'des projets similaires'}.`,
        ],
        'Voulez-vous que je vous l’envoie ? Sans aucun engagement.',
      ],
    },
    {
      subject: 'Rester en contact',
      closer: 'Merci, et à bientôt.',
      paragraphs: ({ w, project }) => [
        [
          `Un petit bonjour pour prendre de vos nouvelles${w.organization ? ` et de celles de ${w.organization}` : ''}.`,
          `Si vos projets${project ? ` pour ${project}` : ''} ont évolué, cela m’intéresserait de savoir ce que vous avez décidé.`,
        ],
        'Puis-je vous aider sur quelque chose ce trimestre ?',
      ],
    },
  ],
});
