import type { RequestKind } from './choose-draft-role';
import { definePhrasebook } from './compose-draft-body';
import { capitalizeFirst } from './draft-phrasebook';
import type { DraftWords } from './draft-words';

// Written for this product (issue #5) with "usted", and without words that agree with the client's
// or the sender's gender (interesado/a, estimado/a), which the product does not know.

const quote = (title: string) => `«${title}»`;
const days = (count: number) => `${count} ${count === 1 ? 'día' : 'días'}`;

function invoiceRef(w: DraftWords): string {
  return w.invoiceNumber ? `la factura ${w.invoiceNumber}` : 'mi última factura';
}

function forAmount(w: DraftWords): string {
  return w.amount ? ` por ${w.amount}` : '';
}

function requestThing(kind: RequestKind, w: DraftWords): string {
  const title = w.project ? quote(w.project) : null;
  switch (kind) {
    case 'proposal':
      return title ? `mi propuesta para ${title}` : 'la propuesta que le envié';
    case 'feedback_request':
      return title ? `el borrador de ${title}` : 'el borrador que le envié';
    case 'details_request':
      return title ? `la información que necesitamos para ${title}` : 'la información que le pedí';
    case 'testimonial_request':
      return title ? `un breve testimonio sobre ${title}` : 'un breve testimonio';
    case 'followup':
      return title ? `mi mensaje sobre ${title}` : 'mi último mensaje';
  }
}

function introduce(w: DraftWords): string {
  return `Hola${w.name ? `, ${w.name}` : ''}${w.sender ? `, soy ${w.sender}` : ''}.`;
}

const free = (w: DraftWords) => (w.availability ? `Estoy disponible ${w.availability}.` : null);
const atPhone = (w: DraftWords) => (w.phone ? ` al ${w.phone}` : '');

export const PHRASEBOOK_ES = definePhrasebook<string, string>({
  greet: (tone, name) => {
    if (tone === 'firm') return name ? `Buenos días, ${name}:` : 'Buenos días:';
    return name ? `Hola, ${name}:` : 'Hola:';
  },
  openers: {
    warm: [
      'Espero que esté teniendo una buena semana.',
      'Espero que todo vaya bien por su parte.',
      'Espero que su semana haya empezado bien.',
      'Espero que usted y su equipo estén bien.',
      'Espero que haya tenido unos buenos días.',
      'Espero que se encuentre bien.',
    ],
    neutral: [
      'Espero que todo esté bien.',
      'Espero que se encuentre bien.',
      'Espero que la semana vaya bien.',
      'Espero que las cosas marchen bien.',
      'Espero que haya tenido una semana productiva.',
      'Espero que este mensaje le encuentre bien.',
    ],
    firm: [
      'Espero que se encuentre bien.',
      'Espero que todo esté bien.',
      'Espero que su semana vaya bien.',
      'Espero que todo marche bien por su parte.',
      'Espero que esté bien.',
      'Espero que las cosas vayan bien.',
    ],
  },
  closers: {
    warm: [
      'Muchas gracias, y que tenga una buena semana.',
      'Gracias, se lo agradezco mucho.',
      'Muchas gracias por su ayuda con esto.',
      'Mil gracias, y que disfrute del resto de la semana.',
      'Gracias por dedicarle un momento.',
      'Gracias de nuevo por su tiempo.',
    ],
    neutral: [
      'Gracias.',
      'Gracias por su ayuda.',
      'Gracias por su tiempo.',
      'Muchas gracias.',
      'Gracias de antemano.',
      'Gracias por revisarlo.',
    ],
    firm: [
      'Gracias por ocuparse de esto.',
      'Gracias por gestionarlo.',
      'Gracias por resolverlo.',
      'Gracias por su colaboración.',
      'Gracias por su atención a este asunto.',
      'Gracias por encargarse de ello.',
    ],
  },
  signOff: { warm: 'Un saludo cordial,', neutral: 'Saludos,', firm: 'Atentamente,' },
  quote,
  invoiceRef,
  requestThing,
  courtesy: ({ w, ref, link }) => [
    [
      `Solo una nota rápida para recordarle que ${ref}${forAmount(w)} vence ${w.dueDate ? `el ${w.dueDate}` : 'en los próximos días'}.`,
      w.project && `Corresponde a nuestro trabajo en ${quote(w.project)}.`,
      'Si el pago ya está programado, muchas gracias, y puede ignorar este mensaje.',
    ],
    [
      link
        ? `Puede pagar en línea aquí: ${link}`
        : 'Los datos de pago están en la factura, y con gusto se la envío de nuevo si le ayuda.',
      '¿Necesita algo de mi parte antes de esa fecha?',
    ],
  ],
  reminder_1: ({ w, ref, link, tone }) => [
    [
      `Le escribo para recordarle que ${ref}${forAmount(w)} ${w.dueDate ? `venció el ${w.dueDate}` : 'ya ha vencido'}${w.daysOverdue ? `, hace ${days(w.daysOverdue)}` : ''}.`,
      tone === 'firm'
        ? 'Le ruego que gestione el pago esta semana.'
        : 'Son cosas que se pasan fácilmente, así que este mensaje es solo para asegurarme de que lo tenga presente.',
    ],
    [
      link
        ? `La forma más rápida de pagar es este enlace: ${link}`
        : 'Si la factura se ha perdido entre otros correos, dígamelo y le envío una copia nueva.',
      '¿Podría decirme cuándo puedo esperar el pago?',
    ],
  ],
  reminder_2: ({ w, ref, link, tone }) => [
    [
      `Retomo el tema de ${ref}${forAmount(w)}, que ${w.dueDate ? `venció el ${w.dueDate}` : 'sigue pendiente en mis registros'}${w.daysOverdue ? ` y lleva ${days(w.daysOverdue)} de retraso` : ''}.`,
      tone === 'firm'
        ? 'Si algo de la factura no está claro, dígamelo ahora para que podamos resolverlo.'
        : 'Si algo de la factura o del trabajo no le parece correcto, dígamelo y lo resolvemos juntos.',
    ],
    [
      link
        ? `Puede pagar con tarjeta a través de este enlace: ${link}`
        : 'Los datos bancarios figuran en la propia factura.',
      '¿Podría confirmarme la fecha en la que tiene previsto pagar?',
    ],
  ],
  reminder_3: ({ w, ref, link, tone }) => [
    [
      `${capitalizeFirst(ref)}${forAmount(w)} sigue pendiente${w.daysOverdue ? `, ${days(w.daysOverdue)} después de su vencimiento` : ''}, así que le escribo una vez más.`,
      tone === 'firm'
        ? 'Si pagar el importe completo es difícil ahora mismo, podemos acordar dos o tres plazos.'
        : 'Si el momento es complicado, con gusto divido el importe en dos o tres pagos más pequeños.',
    ],
    [
      '¿Le ayudaría un plan de pagos, o puede indicarme una fecha para el importe completo?',
      link && `La página de pago está aquí: ${link}`,
    ],
  ],
  personal: ({ w, ref }) => [
    [
      `Quería escribirle personalmente en lugar de enviar otro recordatorio sobre ${ref}${forAmount(w)}.`,
      `Valoro mucho trabajar con usted${w.organization ? ` y con el equipo de ${w.organization}` : ''}, y quiero asegurarme de que nada esté bloqueado por su parte.`,
    ],
    [
      '¿Hay algo del trabajo que no esté resuelto, o debería enviar las facturas a otra persona de su equipo?',
      'Una respuesta breve me ayudaría a planificar el siguiente paso.',
    ],
  ],
  invoice_call: {
    paragraphs: ({ w, ref }) => [
      [
        `Me gustaría hablar brevemente con usted por teléfono sobre ${ref}, porque una llamada corta suele ser más sencilla que otro correo.`,
        'Solo serán cinco minutos.',
      ],
      [
        free(w) ?? 'Puedo adaptarme a su agenda esta semana.',
        '¿Qué hora le viene bien, y en qué número puedo localizarle?',
      ],
    ],
    callScript: ({ w, ref }) => [
      introduce(w),
      `Le llamo por ${ref}${forAmount(w)}${w.dueDate ? `, que venció el ${w.dueDate}` : ''}. ¿Es buen momento?`,
      '(Haga una pausa y escuche.)',
      '¿Hay algo que esté retrasando el pago en lo que pueda ayudar?',
      'Si el momento es complicado, podemos acordar hoy mismo un plan de pagos.',
      '¿Podemos fijar una fecha que le venga bien?',
      'Gracias. Le enviaré un correo breve confirmando lo que hemos acordado.',
    ],
    voicemailScript: ({ w }) => [
      introduce(w),
      'Tengo una pequeña consulta administrativa sobre nuestro último trabajo juntos.',
      `¿Podría devolverme la llamada cuando tenga un momento${atPhone(w)}?`,
      'Gracias, y que tenga un buen día.',
    ],
  },
  final_notice: {
    paragraphs: ({ w, ref, link }) => [
      [
        `Le escribo por ${ref}, que sigue sin pagarse${w.daysOverdue ? ` ${days(w.daysOverdue)} después de su vencimiento` : ''}.`,
        `${w.amount ? `El importe pendiente es de ${w.amount}` : 'El importe pendiente es el que figura en la factura'}${w.dueDate ? `, con vencimiento el ${w.dueDate}` : ''}.`,
      ],
      [
        w.collectionsDate
          ? `Le ruego que realice el pago antes del ${w.collectionsDate}.`
          : 'Le ruego que realice el pago en los próximos 15 días.',
        link
          ? `Puede pagar aquí: ${link}`
          : 'Los datos bancarios están en la factura, y puedo reenviársela hoy mismo.',
      ],
      [
        'Si el pago no se recibe en ese plazo, pasaré la factura a una agencia de cobros, algo que preferiría evitar.',
        `Si hay algún problema que yo desconozca, llámeme${atPhone(w)} o responda a este correo, y buscaremos una solución.`,
      ],
    ],
    closer: 'Gracias por su atención.',
  },
  collections: {
    paragraphs: ({ w, ref, link }) => [
      [
        `${capitalizeFirst(ref)}${forAmount(w)} sigue sin pagarse.`,
        `Por eso le informo de que la pasaré a una agencia de cobros ${w.collectionsDate ? `el ${w.collectionsDate}` : 'a finales de la próxima semana'}.`,
        'Sigo prefiriendo resolver esto directamente con usted.',
      ],
      [
        link
          ? `Todavía puede pagar antes de esa fecha con este enlace: ${link}`
          : 'Todavía puede pagar antes de esa fecha con los datos de la factura.',
        `Si prefiere acordar un plan de pagos, llámeme${atPhone(w)} o responda a este correo, y detendré el proceso.`,
      ],
    ],
    closer: 'Gracias por leer este mensaje.',
    warmCloser: 'Gracias, y espero que podamos resolverlo juntos.',
  },
  nudges: {
    proposal: [
      ({ w, thing }) => [
        [
          `Quería hacer un seguimiento sobre ${thing}${w.daysSilent ? `, que le envié hace ${days(w.daysSilent)}` : ''}.`,
          'Es normal que surjan preguntas después de una primera lectura, y con gusto la repasamos juntos.',
        ],
        [
          '¿Le ayudaría una llamada de 15 minutos esta semana?',
          free(w) ?? 'Dígame simplemente qué hora le viene bien.',
        ],
      ],
      ({ thing }) => [
        [
          `Vuelvo sobre ${thing}.`,
          'Si el alcance o el presupuesto no encajan del todo, puedo ajustarlo, por ejemplo empezando con una primera fase más pequeña.',
        ],
        '¿Ha cambiado algo por su parte desde nuestra última conversación?',
      ],
      ({ thing }) => [
        `En pocas palabras: ¿sigue siendo ${thing} algo que le interese llevar adelante?`,
        [
          'Un simple sí, no o «todavía no» está perfectamente bien y me ayuda a planificar las próximas semanas.',
          'Si no es buen momento, dígame cuándo vuelvo a escribirle.',
        ],
      ],
    ],
    feedback_request: [
      ({ thing }) => [
        [
          `Quería hacer un seguimiento sobre ${thing}.`,
          'Los primeros borradores rara vez son definitivos, así que unas impresiones rápidas son tan útiles como una revisión completa.',
        ],
        [
          '¿Qué es lo primero que cambiaría?',
          'Incluso un simple «me gusta» o «todavía no» me ayuda a preparar la siguiente ronda.',
        ],
      ],
      ({ w, thing }) => [
        [
          `Vuelvo sobre ${thing}.`,
          'Si le resulta más fácil, unos pocos puntos o una nota de voz sirven igual que una revisión escrita.',
        ],
        [
          '¿Prefiere comentarlo en una llamada corta?',
          free(w),
          'Lo importante es saber si vamos en la buena dirección.',
        ],
      ],
      ({ thing }) => [
        [
          `Una última nota sobre ${thing}.`,
          'A veces otras personas del equipo necesitan opinar, y con gusto las incluyo directamente.',
        ],
        '¿Podría decirme más o menos cuándo puedo esperar sus comentarios?',
      ],
    ],
    details_request: [
      ({ thing }) => [
        [
          `Quería hacer un seguimiento sobre ${thing}.`,
          'Es completamente normal que esto lleve tiempo, sobre todo cuando participan otras personas.',
        ],
        [
          '¿Podría enviarme lo que tenga hasta ahora, aunque esté incompleto?',
          'Con una parte ya puedo ir avanzando.',
        ],
      ],
      ({ w, thing }) => [
        [
          `Vuelvo sobre ${thing}.`,
          'Si algo le está frenando, con gusto le ayudo a resolverlo en una llamada corta.',
          free(w),
        ],
        '¿Hay algo que pueda preparar o sugerir para facilitarle las cosas?',
      ],
      ({ thing }) => [
        [
          `En pocas palabras: ${thing} es lo último que necesito para seguir avanzando.`,
          'Si le ayuda, puedo usar contenidos provisionales por ahora, y usted los corrige más adelante.',
        ],
        '¿Le parecería bien?',
      ],
    ],
    testimonial_request: [
      ({ thing }) => [
        [
          `Quería hacer un seguimiento sobre ${thing}.`,
          'Para que sea fácil, bastan dos o tres frases, y usted verá y aprobará el texto final antes de que lo utilice.',
        ],
        '¿Qué fue lo que más le sirvió de nuestro trabajo juntos?',
      ],
      ({ thing }) => [
        [
          `Vuelvo sobre ${thing}.`,
          'Si escribir le supone un esfuerzo, puedo redactar unas líneas a partir de nuestros correos para que usted las edite.',
        ],
        ['¿Le sería útil?', 'Usted tendría siempre la última palabra.'],
      ],
      ({ thing }) => [
        [
          `Una última nota sobre ${thing}.`,
          'Si prefiere dejar una reseña pública por su cuenta, también está muy bien, y un simple no también es válido.',
        ],
        ['¿Qué opción le viene mejor?', 'En cualquier caso, gracias por un proyecto realmente bonito.'],
      ],
    ],
    followup: [
      ({ thing }) => [
        [
          `Quería hacer un seguimiento sobre ${thing}.`,
          'Las bandejas de entrada se llenan rápido, así que lo traigo de nuevo arriba.',
        ],
        ['¿Podría decirme cómo están las cosas?', 'Si el tema ya no es relevante, también es útil saberlo.'],
      ],
      ({ w, thing }) => [
        [
          `Vuelvo sobre ${thing}.`,
          w.availability
            ? `Si una llamada es más fácil, estoy disponible ${w.availability}.`
            : 'Si prefiere hablarlo, con gusto le llamo.',
        ],
        [
          '¿Hay otra persona con la que debería hablar sobre esto?',
          'A veces los mensajes llegan a la persona equivocada, así que prefiero preguntar.',
        ],
      ],
      ({ thing }) => [
        `En pocas palabras: ¿sigue siendo relevante para usted el tema de ${thing}?`,
        [
          'Una respuesta de una línea es suficiente y me ayuda a organizarme.',
          'Si la respuesta es «ahora no», dígame cuándo vuelvo a escribirle.',
        ],
      ],
    ],
  },
  breakup: {
    assumption: ({ thing }) =>
      `No he recibido respuesta sobre ${thing}, así que entiendo que ahora mismo no es una prioridad.`,
    afterthoughts: {
      proposal: 'Las prioridades y los presupuestos cambian, y es perfectamente normal.',
      feedback_request: 'Mientras tanto, trabajaré con la versión actual como base.',
      details_request: 'Mientras tanto, dejo en pausa el trabajo que depende de ello.',
      testimonial_request: 'Sé lo llenas que están las bandejas de entrada, y es perfectamente normal.',
      followup: 'Los planes cambian, y es perfectamente normal.',
    },
    reopening: 'Si vuelve a ser un tema para usted, responda a este correo y retomaremos donde lo dejamos.',
  },
  request_call: {
    paragraphs: ({ w, thing }) => [
      [
        `¿Tendría 15 minutos para una llamada corta sobre ${thing}?`,
        'Hablar suele ser más rápido que escribir, y puedo responder a sus preguntas en el momento.',
      ],
      [
        free(w) ?? 'Esta semana tengo flexibilidad, así que dígame una hora.',
        '¿En qué número puedo localizarle?',
      ],
    ],
    callScript: ({ w, thing }) => [
      introduce(w),
      `Le llamo por ${thing}. ¿Tiene cinco minutos?`,
      '(Haga una pausa y escuche.)',
      '¿Tiene alguna pregunta, o ha cambiado algo por su parte?',
      '¿Hay algo que pueda cambiar o explicar para facilitar el siguiente paso?',
      'Gracias por su tiempo. Le enviaré un correo breve con lo que hemos hablado.',
    ],
    voicemailScript: ({ w, project }) => [
      introduce(w),
      `Le llamo para ponernos al día sobre ${project ?? 'nuestra última conversación'}.`,
      `¿Podría devolverme la llamada cuando tenga un momento${atPhone(w)}?`,
      'Gracias, y que tenga un buen día.',
    ],
  },
  checkin_wellbeing: ({ w, project }) => [
    [
      `No hemos hablado ${w.daysSilent ? `desde hace ${days(w.daysSilent)}` : 'desde hace un tiempo'}, así que quería saber si todo va bien.`,
      `No hay ninguna prisa${project ? ` con ${project}` : ''}; solo quiero asegurarme de que no ha pasado nada por su parte.`,
    ],
    [
      'A veces la vida se complica, y es totalmente comprensible.',
      '¿Cómo van las cosas?',
      w.availability
        ? `Si una llamada corta es más fácil, estoy disponible ${w.availability}.`
        : 'Una respuesta breve es suficiente.',
    ],
  ],
  close_notice: ({ w, project }) => [
    `No he sabido nada de usted sobre ${project ?? 'nuestro proyecto'} ${w.daysSilent ? `desde hace ${days(w.daysSilent)}` : 'desde hace un tiempo'}, y espero que todo esté bien.`,
    [
      'Para mantener las cosas en orden, cerraré el proyecto a finales de la próxima semana y facturaré el trabajo realizado hasta ahora.',
      'Si quiere continuar, responda antes de esa fecha y retomaremos donde lo dejamos.',
    ],
    '¿Le parece razonable?',
  ],
  checkin_monthly: [
    {
      subject: 'Un saludo rápido',
      closer: 'Gracias, y todo lo mejor para las próximas semanas.',
      paragraphs: ({ thing }) => [
        [
          `Ha pasado un tiempo desde que hablamos sobre ${thing}, y quería saludarle.`,
          'Últimamente he trabajado en proyectos similares y tengo algunas ideas que podrían serle útiles, cuando sea buen momento.',
        ],
        '¿Quiere que le envíe un breve resumen?',
      ],
    },
    {
      subject: 'Ideas para su proyecto',
      closer: 'Gracias, y que tenga un buen mes.',
      paragraphs: ({ w, project }) => [
        [
          `Espero que todo vaya bien${w.organization ? ` en ${w.organization}` : ''}.`,
          `Hace poco preparé una breve lista de comprobación que ha ayudado a otros clientes con ${project ? `proyectos como ${project}` : 'planes parecidos'}.`,
        ],
        '¿Se la envío? Sin ningún compromiso.',
      ],
    },
    {
      subject: 'Seguimos en contacto',
      closer: 'Gracias, y hasta pronto.',
      paragraphs: ({ w, project }) => [
        [
          `Un saludo rápido para saber cómo van las cosas${w.organization ? ` en ${w.organization}` : ''}.`,
          `Si sus planes${project ? ` para ${project}` : ''} han cambiado, me encantaría saber qué decidió.`,
        ],
        '¿Hay algo en lo que pueda ayudarle este trimestre?',
      ],
    },
  ],
});
