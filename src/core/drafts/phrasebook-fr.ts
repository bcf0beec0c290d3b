import type { DraftRole, RequestKind } from './choose-draft-role';
import {
  type BodyRequest,
  capitalizeFirst,
  type DraftBody,
  type DraftPhrasebook,
  joinSentences,
} from './draft-phrasebook';
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

function writeInvoiceBody(role: DraftRole, request: BodyRequest): DraftBody {
  const { tone, words: w } = request;
  const ref = invoiceRef(w);
  const link = w.paymentLink;
  switch (role) {
    case 'courtesy':
      return {
        withOpener: true,
        paragraphs: [
          joinSentences(
            `Petit message pour vous signaler que ${ref}${ofAmount(w)} arrive à échéance ${w.dueDate ? `le ${w.dueDate}` : 'dans les prochains jours'}.`,
            w.project && `Elle concerne notre travail sur ${quote(w.project)}.`,
            'Si le paiement est déjà prévu, merci beaucoup, et vous pouvez ignorer ce message.',
          ),
          joinSentences(
            link
              ? `Vous pouvez payer en ligne ici : ${link}`
              : 'Les coordonnées de paiement figurent sur la facture, et je peux vous la renvoyer si besoin.',
            'Avez-vous besoin de quoi que ce soit de ma part d’ici là ?',
          ),
        ],
      };
    case 'reminder_1':
      return {
        withOpener: true,
        paragraphs: [
          joinSentences(
            `Je me permets de vous rappeler que ${ref}${ofAmount(w)} ${w.dueDate ? `était à régler le ${w.dueDate}` : 'est arrivée à échéance'}${w.daysOverdue ? `, il y a ${days(w.daysOverdue)}` : ''}.`,
            tone === 'firm'
              ? 'Merci de procéder au paiement cette semaine.'
              : 'Ce genre de chose passe facilement à la trappe, ce message est donc simplement là pour s’en assurer.',
          ),
          joinSentences(
            link
              ? `Le plus simple est de payer via ce lien : ${link}`
              : 'Si la facture s’est perdue, dites-le-moi et je vous en envoie une nouvelle copie.',
            'Pourriez-vous me dire quand je peux compter sur le paiement ?',
          ),
        ],
      };
    case 'reminder_2':
      return {
        withOpener: true,
        paragraphs: [
          joinSentences(
            `Je reviens vers vous au sujet de ${ref}${ofAmount(w)}, qui ${w.dueDate ? `était à régler le ${w.dueDate}` : 'est toujours ouverte de mon côté'}${w.daysOverdue ? ` et qui a maintenant ${days(w.daysOverdue)} de retard` : ''}.`,
            tone === 'firm'
              ? 'Si quelque chose n’est pas clair dans la facture, merci de me le dire dès maintenant pour que nous puissions régler la question.'
              : 'Si quelque chose ne vous semble pas correct dans la facture ou dans le travail, dites-le-moi et nous trouverons une solution ensemble.',
          ),
          joinSentences(
            link
              ? `Le paiement par carte est possible via ce lien : ${link}`
              : 'Les coordonnées bancaires figurent sur la facture elle-même.',
            'Pourriez-vous me confirmer la date à laquelle vous prévoyez le paiement ?',
          ),
        ],
      };
    case 'reminder_3':
      return {
        withOpener: true,
        paragraphs: [
          joinSentences(
            `${capitalizeFirst(ref)}${ofAmount(w)} est toujours en attente${w.daysOverdue ? `, ${days(w.daysOverdue)} après son échéance` : ''}, je me permets donc de revenir vers vous.`,
            tone === 'firm'
              ? 'Si un paiement intégral est difficile en ce moment, nous pouvons convenir de deux ou trois versements.'
              : 'Si le moment est difficile, je peux tout à fait répartir le montant en deux ou trois paiements plus petits.',
          ),
          joinSentences(
            'Un échéancier vous aiderait-il, ou pouvez-vous m’indiquer une date pour le montant total ?',
            link && `La page de paiement se trouve ici : ${link}`,
          ),
        ],
      };
    case 'personal':
      return {
        withOpener: true,
        paragraphs: [
          joinSentences(
            `Je voulais vous écrire personnellement plutôt que d’envoyer un nouveau rappel au sujet de ${ref}${ofAmount(w)}.`,
            `J’apprécie de travailler avec vous${w.organization ? ` et avec l’équipe de ${w.organization}` : ''}, et je veux m’assurer que rien ne bloque de votre côté.`,
          ),
          joinSentences(
            'Y a-t-il un point du travail qui n’est pas réglé, ou dois-je envoyer les factures à une autre personne de votre équipe ?',
            'Une courte réponse m’aiderait à prévoir la suite.',
          ),
        ],
      };
    case 'invoice_call':
      return {
        withOpener: true,
        paragraphs: [
          joinSentences(
            `J’aimerais échanger brièvement avec vous par téléphone au sujet de ${ref}, car un court appel est souvent plus simple qu’un e-mail de plus.`,
            'Cela ne prendra que cinq minutes.',
          ),
          joinSentences(
            free(w) ?? 'Je peux m’adapter à votre emploi du temps cette semaine.',
            'Quel moment vous convient, et à quel numéro puis-je vous joindre ?',
          ),
        ],
        callScript: [
          introduce(w),
          `Je vous appelle au sujet de ${ref}${ofAmount(w)}${w.dueDate ? `, qui était à régler le ${w.dueDate}` : ''}. Est-ce un bon moment ?`,
          '(Faire une pause et écouter.)',
          'Y a-t-il quelque chose qui bloque le paiement et pour lequel je peux aider ?',
          'Si le moment est difficile, nous pouvons convenir d’un échéancier dès aujourd’hui.',
          'Pouvons-nous fixer une date qui vous convient ?',
          'Merci. Je vous envoie un court e-mail pour confirmer ce que nous avons convenu.',
        ].join('\n'),
        voicemailScript: joinSentences(
          introduce(w),
          'J’ai une petite question administrative concernant notre dernière collaboration.',
          `Pourriez-vous me rappeler quand vous aurez un moment${atPhone(w)} ?`,
          'Merci, et bonne journée.',
        ),
      };
    case 'final_notice':
      return {
        withOpener: false,
        paragraphs: [
          joinSentences(
            `Je vous écris au sujet de ${ref}, qui reste impayée${w.daysOverdue ? ` ${days(w.daysOverdue)} après son échéance` : ''}.`,
            `${w.amount ? `Le montant dû est de ${w.amount}` : 'Le montant dû est celui indiqué sur la facture'}${w.dueDate ? `, avec une échéance au ${w.dueDate}` : ''}.`,
          ),
          joinSentences(
            w.collectionsDate
              ? `Merci de régler ce montant avant le ${w.collectionsDate}.`
              : 'Merci de régler ce montant dans les 15 prochains jours.',
            link
              ? `Vous pouvez payer ici : ${link}`
              : 'Les coordonnées bancaires figurent sur la facture, et je peux vous la renvoyer dès aujourd’hui.',
          ),
          joinSentences(
            'Si le paiement n’est pas reçu d’ici là, je transmettrai la facture à une société de recouvrement, ce que je préférerais vraiment éviter.',
            `S’il y a un problème dont je n’ai pas connaissance, appelez-moi${atPhone(w)} ou répondez à cet e-mail, et nous trouverons une solution.`,
          ),
        ],
        closer: 'Merci de votre attention.',
      };
    case 'collections':
      return {
        withOpener: false,
        paragraphs: [
          joinSentences(
            `${capitalizeFirst(ref)}${ofAmount(w)} reste impayée.`,
            `Je vous informe donc que je la transmettrai à une société de recouvrement ${w.collectionsDate ? `le ${w.collectionsDate}` : 'à la fin de la semaine prochaine'}.`,
            'Je préférerais toujours régler cela directement avec vous.',
          ),
          joinSentences(
            link
              ? `Vous pouvez encore payer d’ici là via ce lien : ${link}`
              : 'Vous pouvez encore payer d’ici là avec les coordonnées figurant sur la facture.',
            `Si vous préférez convenir d’un échéancier, appelez-moi${atPhone(w)} ou répondez à ce message, et je suspendrai la procédure.`,
          ),
        ],
        closer:
          tone === 'warm'
            ? 'Merci, et j’espère que nous pourrons régler cela ensemble.'
            : 'Merci de votre lecture.',
      };
    default:
      return writeSharedBody(role, request);
  }
}

const NUDGES: Record<RequestKind, readonly ((w: DraftWords, thing: Thing) => string[])[]> = {
  proposal: [
    (w, thing) => [
      joinSentences(
        `Je voulais faire le point au sujet ${thing.of}${w.daysSilent ? `, envoyée il y a ${days(w.daysSilent)}` : ''}.`,
        'Des questions apparaissent souvent après une première lecture, et ce serait un plaisir de la parcourir avec vous.',
      ),
      joinSentences(
        'Un appel de 15 minutes cette semaine vous aiderait-il ?',
        free(w) ?? 'Proposez-moi simplement un créneau qui vous convient.',
      ),
    ],
    (_w, thing) => [
      joinSentences(
        `Je reviens vers vous au sujet ${thing.of}.`,
        'Si le périmètre ou le budget ne convient pas tout à fait, je peux l’ajuster, par exemple en commençant par une première phase plus petite.',
      ),
      'Quelque chose a-t-il changé de votre côté depuis notre dernier échange ?',
    ],
    (_w, thing) => [
      `En deux mots : ${thing.plain} est-elle toujours d’actualité pour vous ?`,
      joinSentences(
        'Un simple oui, non ou « pas encore » me convient parfaitement et m’aide à organiser les semaines à venir.',
        'Si le moment n’est pas le bon, dites-moi quand revenir vers vous.',
      ),
    ],
  ],
  feedback_request: [
    (_w, thing) => [
      joinSentences(
        `Je voulais faire le point au sujet ${thing.of}.`,
        'Une première version est rarement définitive, alors quelques impressions rapides sont aussi utiles qu’une relecture complète.',
      ),
      joinSentences(
        'Quelle est la première chose que vous changeriez ?',
        'Même un simple « ça me plaît » ou « pas tout à fait » m’aide à préparer la suite.',
      ),
    ],
    (w, thing) => [
      joinSentences(
        `Je reviens vers vous au sujet ${thing.of}.`,
        'Si c’est plus simple, quelques points en vrac ou un message vocal conviennent tout aussi bien.',
      ),
      joinSentences('Préférez-vous en parler lors d’un court appel ?', free(w)),
    ],
    (_w, thing) => [
      joinSentences(
        `Un dernier mot au sujet ${thing.of}.`,
        'Parfois, d’autres personnes de l’équipe doivent donner leur avis, et je peux volontiers les inclure directement.',
      ),
      'Pourriez-vous me dire à peu près quand je peux attendre votre retour ?',
    ],
  ],
  details_request: [
    (_w, thing) => [
      joinSentences(
        `Je voulais faire le point au sujet ${thing.of}.`,
        'C’est tout à fait normal que cela prenne du temps, surtout quand d’autres personnes sont impliquées.',
      ),
      'Pourriez-vous m’envoyer ce que vous avez déjà, même si c’est incomplet ?',
    ],
    (w, thing) => [
      joinSentences(
        `Je reviens vers vous au sujet ${thing.of}.`,
        'Si quelque chose vous bloque, je peux vous aider à le résoudre lors d’un court appel.',
        free(w),
      ),
      'Puis-je préparer ou proposer quelque chose pour vous faciliter la tâche ?',
    ],
    (_w, thing) => [
      joinSentences(
        `En deux mots : ${thing.plain} sont la dernière pièce dont j’ai besoin pour avancer.`,
        'Si cela peut aider, je peux utiliser des contenus provisoires pour l’instant, que vous corrigerez plus tard.',
      ),
      'Cela vous conviendrait-il ?',
    ],
  ],
  testimonial_request: [
    (_w, thing) => [
      joinSentences(
        `Je voulais faire le point au sujet ${thing.of}.`,
        'Pour que ce soit simple, deux ou trois phrases suffisent, et vous validerez le texte final avant que je l’utilise.',
      ),
      'Qu’avez-vous trouvé le plus utile dans notre collaboration ?',
    ],
    (_w, thing) => [
      joinSentences(
        `Je reviens vers vous au sujet ${thing.of}.`,
        'Si l’écriture vous pèse, je peux rédiger quelques lignes à partir de nos échanges, que vous pourrez modifier.',
      ),
      joinSentences('Est-ce que cela vous aiderait ?', 'Vous auriez bien sûr le dernier mot.'),
    ],
    (_w, thing) => [
      joinSentences(
        `Un dernier mot au sujet ${thing.of}.`,
        'Si vous préférez laisser vous-même un avis public, c’est tout aussi bien, et un simple non me convient aussi.',
      ),
      joinSentences(
        'Quelle option vous convient le mieux ?',
        'Dans tous les cas, merci pour ce très beau projet.',
      ),
    ],
  ],
  followup: [
    (_w, thing) => [
      joinSentences(
        `Je voulais faire le point au sujet ${thing.of}.`,
        'Les boîtes de réception se remplissent vite, alors je le fais remonter en haut de la vôtre.',
      ),
      joinSentences(
        'Pourriez-vous me dire où en sont les choses ?',
        'Si le sujet n’est plus d’actualité, c’est aussi utile à savoir.',
      ),
    ],
    (w, thing) => [
      joinSentences(
        `Je reviens vers vous au sujet ${thing.of}.`,
        w.availability
          ? `Si un appel est plus simple, je suis disponible ${w.availability}.`
          : 'Si c’est plus simple de se parler, je peux vous appeler.',
      ),
      joinSentences(
        'Y a-t-il une autre personne que je devrais contacter à ce sujet ?',
        'Les messages arrivent parfois chez la mauvaise personne, alors je préfère demander.',
      ),
    ],
    (_w, thing) => [
      `En deux mots : le sujet ${thing.of} est-il toujours d’actualité de votre côté ?`,
      joinSentences(
        'Une réponse d’une ligne suffit et m’aide à m’organiser.',
        'Si la réponse est « pas maintenant », dites-moi quand revenir vers vous.',
      ),
    ],
  ],
};

const BREAKUP_AFTERTHOUGHTS: Record<RequestKind, string> = {
  proposal: 'Les priorités et les budgets changent, et c’est tout à fait normal.',
  feedback_request: 'En attendant, je considère la version actuelle comme la version de travail.',
  details_request: 'En attendant, je mets en pause le travail qui en dépend.',
  testimonial_request: 'Je sais à quel point les boîtes de réception débordent, et c’est tout à fait normal.',
  followup: 'Les projets évoluent, et c’est tout à fait normal.',
};

const MONTHLY_SUBJECTS = ['Un petit bonjour', 'Des idées pour vous', 'Rester en contact'] as const;
// Monthly check-ins close with their own lines: a long quiet spell would otherwise bring the thread's
// rotating closers round again.
const MONTHLY_CLOSERS = [
  'Merci, et très bonne continuation pour les semaines à venir.',
  'Merci, et je vous souhaite un bon mois.',
  'Merci, et à bientôt.',
] as const;

function writeSharedBody(role: DraftRole, request: BodyRequest): DraftBody {
  const { kind, words: w, repeat } = request;
  const requestKind: RequestKind = kind === 'invoice' ? 'followup' : kind;
  const thing = requestThing(requestKind, w);
  const project = w.project ? quote(w.project) : null;
  switch (role) {
    case 'nudge_1':
    case 'nudge_2':
    case 'nudge_3': {
      const index = role === 'nudge_1' ? 0 : role === 'nudge_2' ? 1 : 2;
      const nudge = NUDGES[requestKind][index] ?? NUDGES[requestKind][0]!;
      return { withOpener: true, paragraphs: nudge(w, thing) };
    }
    case 'breakup':
      return {
        withOpener: true,
        paragraphs: [
          joinSentences(
            `Je n’ai pas eu de nouvelles au sujet ${thing.of}, je vais donc supposer que ce n’est pas une priorité pour le moment.`,
            BREAKUP_AFTERTHOUGHTS[requestKind],
          ),
          'Si le sujet redevient d’actualité, répondez simplement à ce message et je reprendrai là où nous nous étions arrêtés.',
        ],
      };
    case 'request_call':
      return {
        withOpener: true,
        paragraphs: [
          joinSentences(
            `Auriez-vous 15 minutes pour un court appel au sujet ${thing.of} ?`,
            'Au téléphone, c’est souvent plus rapide que par e-mail, et je peux répondre à vos questions directement.',
          ),
          joinSentences(
            free(w) ?? 'Je suis flexible cette semaine, proposez-moi simplement un horaire.',
            'À quel numéro puis-je vous joindre ?',
          ),
        ],
        callScript: [
          introduce(w),
          `Je vous appelle au sujet ${thing.of}. Avez-vous cinq minutes ?`,
          '(Faire une pause et écouter.)',
          'Avez-vous des questions, ou quelque chose a-t-il changé de votre côté ?',
          'Puis-je modifier ou expliquer quelque chose pour faciliter la prochaine étape ?',
          'Merci pour votre temps. Je vous envoie un court e-mail avec ce que nous avons dit.',
        ].join('\n'),
        voicemailScript: joinSentences(
          introduce(w),
          `Je vous appelle pour faire le point sur ${project ?? 'notre dernier échange'}.`,
          `Pourriez-vous me rappeler quand vous aurez un moment${atPhone(w)} ?`,
          'Merci, et bonne journée.',
        ),
      };
    case 'checkin_wellbeing':
      return {
        withOpener: false,
        paragraphs: [
          joinSentences(
            `Nous n’avons pas échangé ${w.daysSilent ? `depuis ${days(w.daysSilent)}` : 'depuis un moment'}, alors je voulais simplement m’assurer que tout va bien pour vous.`,
            `Rien ne presse${project ? ` pour ${project}` : ''} ; je veux seulement vérifier que rien n’a mal tourné de votre côté.`,
          ),
          joinSentences(
            'Parfois, la vie prend le dessus, et c’est tout à fait compréhensible.',
            'Comment ça se passe pour vous ?',
            w.availability
              ? `Si un court appel est plus simple, je suis disponible ${w.availability}.`
              : 'Une courte réponse suffit.',
          ),
        ],
      };
    case 'close_notice':
      return {
        withOpener: false,
        paragraphs: [
          `Je n’ai pas eu de nouvelles de votre part au sujet ${project ? `de ${project}` : 'de notre projet'} ${w.daysSilent ? `depuis ${days(w.daysSilent)}` : 'depuis un moment'}, et j’espère que tout va bien.`,
          joinSentences(
            'Pour garder les choses en ordre, je clôturerai le projet à la fin de la semaine prochaine et je facturerai le travail réalisé jusqu’ici.',
            'Si vous souhaitez continuer, répondez simplement d’ici là et nous reprendrons là où nous nous étions arrêtés.',
          ),
          'Cela vous semble-t-il raisonnable ?',
        ],
      };
    case 'checkin_monthly': {
      const variant = repeat % 3;
      const subject = MONTHLY_SUBJECTS[variant] ?? MONTHLY_SUBJECTS[0];
      const closer = MONTHLY_CLOSERS[variant] ?? MONTHLY_CLOSERS[0];
      if (variant === 0) {
        return {
          withOpener: false,
          subject,
          closer,
          paragraphs: [
            joinSentences(
              `Cela fait un moment que nous avons parlé ${thing.of}, et je voulais vous faire un petit signe.`,
              'J’ai récemment travaillé sur des projets similaires et j’ai quelques idées qui pourraient vous être utiles, quand le moment sera venu.',
            ),
            'Voulez-vous que je vous envoie un court résumé ?',
          ],
        };
      }
      if (variant === 1) {
        return {
          withOpener: false,
          subject,
          closer,
          paragraphs: [
            joinSentences(
              `J’espère que tout se passe bien${w.organization ? ` chez ${w.organization}` : ''}.`,
              `J’ai récemment préparé une courte liste de points qui a aidé d’autres clients avec ${project ? `des projets comme ${project}` : 'des projets similaires'}.`,
            ),
            'Voulez-vous que je vous l’envoie ? Sans aucun engagement.',
          ],
        };
      }
      return {
        withOpener: false,
        subject,
        closer,
        paragraphs: [
          joinSentences(
            `Un petit bonjour pour prendre de vos nouvelles${w.organization ? ` et de celles de ${w.organization}` : ''}.`,
            `Si vos projets${project ? ` pour ${project}` : ''} ont évolué, cela m’intéresserait de savoir ce que vous avez décidé.`,
          ),
          'Puis-je vous aider sur quelque chose ce trimestre ?',
        ],
      };
    }
    default:
      return writeInvoiceBody(role, request);
  }
}

export const PHRASEBOOK_FR: DraftPhrasebook = {
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
  writeBody: (request) => writeSharedBody(request.role, request),
};
