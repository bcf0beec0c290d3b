import type { RequestKind } from './choose-draft-role';
import { definePhrasebook } from './compose-draft-body';
import { capitalizeFirst } from './draft-phrasebook';
import type { DraftWords } from './draft-words';

// Written for this product (issue #5) in Brazilian Portuguese with "você". Thanks are phrased with
// "agradeço" rather than "obrigado/obrigada", which would assume the sender's gender.

const quote = (title: string) => `“${title}”`;
const days = (count: number) => `${count} ${count === 1 ? 'dia' : 'dias'}`;

function invoiceRef(w: DraftWords): string {
  return w.invoiceNumber ? `a fatura ${w.invoiceNumber}` : 'minha última fatura';
}

function ofAmount(w: DraftWords): string {
  return w.amount ? ` no valor de ${w.amount}` : '';
}

function requestThing(kind: RequestKind, w: DraftWords): string {
  const title = w.project ? quote(w.project) : null;
  switch (kind) {
    case 'proposal':
      return title ? `minha proposta para ${title}` : 'a proposta que enviei';
    case 'feedback_request':
      return title ? `o rascunho de ${title}` : 'o rascunho que enviei';
    case 'details_request':
      return title ? `as informações de que precisamos para ${title}` : 'as informações que pedi';
    case 'testimonial_request':
      return title ? `um depoimento curto sobre ${title}` : 'um depoimento curto';
    case 'followup':
      return title ? `minha mensagem sobre ${title}` : 'minha última mensagem';
  }
}

function introduce(w: DraftWords): string {
  return `Olá${w.name ? `, ${w.name}` : ''}${w.sender ? `, aqui é ${w.sender}` : ''}.`;
}

const free = (w: DraftWords) => (w.availability ? `Estou disponível ${w.availability}.` : null);
const atPhone = (w: DraftWords) => (w.phone ? ` no ${w.phone}` : '');

export const PHRASEBOOK_PT = definePhrasebook<string, string>({
  greet: (tone, name) => {
    if (tone === 'warm') return name ? `Oi, ${name},` : 'Olá,';
    if (tone === 'neutral') return name ? `Olá, ${name},` : 'Olá,';
    return name ? `Bom dia, ${name},` : 'Bom dia,';
  },
  openers: {
    warm: [
      'Espero que você esteja tendo uma boa semana.',
      'Espero que esteja tudo bem por aí.',
      'Espero que a sua semana tenha começado bem.',
      'Espero que você e a equipe estejam bem.',
      'Espero que os últimos dias tenham sido bons.',
      'Espero que você esteja bem.',
    ],
    neutral: [
      'Espero que esteja tudo bem.',
      'Espero que você esteja bem.',
      'Espero que a semana esteja tranquila.',
      'Espero que as coisas estejam indo bem.',
      'Espero que a semana tenha sido produtiva.',
      'Espero que esta mensagem encontre você bem.',
    ],
    firm: [
      'Espero que você esteja bem.',
      'Espero que esteja tudo bem.',
      'Espero que a sua semana esteja indo bem.',
      'Espero que tudo esteja bem do seu lado.',
      'Espero que as coisas estejam bem.',
      'Espero que esteja tudo em ordem por aí.',
    ],
  },
  closers: {
    warm: [
      'Agradeço muito, e uma ótima semana para você.',
      'Agradeço de coração.',
      'Agradeço muito a sua ajuda com isso.',
      'Desde já agradeço, e aproveite o resto da semana.',
      'Agradeço por dedicar um momento a isso.',
      'Agradeço mais uma vez pelo seu tempo.',
    ],
    neutral: [
      'Agradeço.',
      'Agradeço a ajuda.',
      'Agradeço pelo seu tempo.',
      'Desde já, agradeço.',
      'Agradeço a atenção.',
      'Agradeço por verificar isso.',
    ],
    firm: [
      'Agradeço por cuidar disso.',
      'Agradeço por resolver isso.',
      'Agradeço pela providência.',
      'Agradeço a colaboração.',
      'Agradeço pelo retorno.',
      'Agradeço por dar andamento a isso.',
    ],
  },
  signOff: { warm: 'Um abraço,', neutral: 'Atenciosamente,', firm: 'Atenciosamente,' },
  quote,
  invoiceRef,
  requestThing,
  courtesy: ({ w, ref, link }) => [
    [
      `Só um lembrete rápido de que ${ref}${ofAmount(w)} vence ${w.dueDate ? `em ${w.dueDate}` : 'nos próximos dias'}.`,
      w.project && `Ela se refere ao nosso trabalho em ${quote(w.project)}.`,
      'Se o pagamento já estiver programado, agradeço desde já, e pode desconsiderar esta mensagem.',
    ],
    [
      link
        ? `Você pode pagar on-line aqui: ${link}`
        : 'Os dados de pagamento estão na fatura, e posso reenviá-la se ajudar.',
      'Você precisa de algo da minha parte até lá?',
    ],
  ],
  reminder_1: ({ w, ref, link, tone }) => [
    [
      `Estou escrevendo para lembrar que ${ref}${ofAmount(w)} ${w.dueDate ? `venceu em ${w.dueDate}` : 'já venceu'}${w.daysOverdue ? `, há ${days(w.daysOverdue)}` : ''}.`,
      tone === 'firm'
        ? 'Peço que providencie o pagamento esta semana.'
        : 'Essas coisas passam despercebidas com facilidade, então esta mensagem é só para garantir que esteja na sua lista.',
    ],
    [
      link
        ? `A forma mais rápida de pagar é por este link: ${link}`
        : 'Se a fatura se perdeu no meio de outros e-mails, me avise e eu envio uma nova cópia.',
      'Você poderia me dizer quando posso esperar o pagamento?',
    ],
  ],
  reminder_2: ({ w, ref, link, tone }) => [
    [
      `Volto a falar sobre ${ref}${ofAmount(w)}, que ${w.dueDate ? `venceu em ${w.dueDate}` : 'ainda consta em aberto para mim'}${w.daysOverdue ? ` e está com ${days(w.daysOverdue)} de atraso` : ''}.`,
      tone === 'firm'
        ? 'Se algo na fatura não estiver claro, me diga agora para que possamos resolver.'
        : 'Se algo na fatura ou no trabalho não parecer certo, me diga e resolvemos juntos.',
    ],
    [
      link
        ? `O pagamento com cartão pode ser feito por este link: ${link}`
        : 'Os dados bancários estão na própria fatura.',
      'Você poderia confirmar a data em que pretende fazer o pagamento?',
    ],
  ],
  reminder_3: ({ w, ref, link, tone }) => [
    [
      `${capitalizeFirst(ref)}${ofAmount(w)} continua em aberto${w.daysOverdue ? `, ${days(w.daysOverdue)} após o vencimento` : ''}, então estou escrevendo mais uma vez.`,
      tone === 'firm'
        ? 'Se pagar o valor total for difícil agora, podemos combinar duas ou três parcelas.'
        : 'Se o momento estiver difícil, posso dividir o valor em dois ou três pagamentos menores.',
    ],
    [
      'Um parcelamento ajudaria, ou você pode me indicar uma data para o valor total?',
      link && `A página de pagamento está aqui: ${link}`,
    ],
  ],
  personal: ({ w, ref }) => [
    [
      `Eu quis escrever pessoalmente, em vez de mandar mais um lembrete sobre ${ref}${ofAmount(w)}.`,
      `Gosto muito de trabalhar com você${w.organization ? ` e com a equipe de ${w.organization}` : ''}, e quero ter certeza de que nada está travado do seu lado.`,
    ],
    [
      'Ficou algo pendente no trabalho, ou devo enviar as faturas para outra pessoa da sua equipe?',
      'Uma resposta curta me ajudaria a planejar o próximo passo.',
    ],
  ],
  invoice_call: {
    paragraphs: ({ w, ref }) => [
      [
        `Gostaria de conversar rapidamente por telefone sobre ${ref}, porque uma ligação curta costuma ser mais simples do que mais um e-mail.`,
        'Leva só cinco minutos.',
      ],
      [
        free(w) ?? 'Posso me adaptar à sua agenda esta semana.',
        'Qual horário funciona para você, e em qual número consigo falar com você?',
      ],
    ],
    callScript: ({ w, ref }) => [
      introduce(w),
      `Estou ligando sobre ${ref}${ofAmount(w)}${w.dueDate ? `, que venceu em ${w.dueDate}` : ''}. É um bom momento?`,
      '(Faça uma pausa e escute.)',
      'Tem algo atrasando o pagamento em que eu possa ajudar?',
      'Se o momento estiver difícil, podemos combinar um parcelamento hoje mesmo.',
      'Podemos definir uma data que funcione para você?',
      'Agradeço. Vou mandar um e-mail curto confirmando o que combinamos.',
    ],
    voicemailScript: ({ w }) => [
      introduce(w),
      'Tenho uma pequena dúvida administrativa sobre o nosso trabalho recente.',
      `Você poderia me retornar quando tiver um momento${atPhone(w)}?`,
      'Agradeço, e tenha um bom dia.',
    ],
  },
  final_notice: {
    paragraphs: ({ w, ref, link }) => [
      [
        `Estou escrevendo sobre ${ref}, que continua sem pagamento${w.daysOverdue ? ` ${days(w.daysOverdue)} após o vencimento` : ''}.`,
        `${w.amount ? `O valor devido é ${w.amount}` : 'O valor devido é o total indicado na fatura'}${w.dueDate ? `, com vencimento em ${w.dueDate}` : ''}.`,
      ],
      [
        w.collectionsDate
          ? `Peço que o pagamento seja feito até ${w.collectionsDate}.`
          : 'Peço que o pagamento seja feito nos próximos 15 dias.',
        link
          ? `Você pode pagar aqui: ${link}`
          : 'Os dados bancários estão na fatura, e posso reenviá-la hoje mesmo.',
      ],
      [
        'Se o pagamento não for recebido até lá, vou encaminhar a fatura para uma empresa de cobrança, algo que eu preferiria muito evitar.',
        `Se houver algum problema que eu não saiba, me ligue${atPhone(w)} ou responda a este e-mail, e encontraremos uma solução.`,
      ],
    ],
    closer: 'Agradeço a sua atenção a este assunto.',
  },
  collections: {
    paragraphs: ({ w, ref, link }) => [
      [
        `${capitalizeFirst(ref)}${ofAmount(w)} continua sem pagamento.`,
        `Por isso, informo que vou encaminhá-la para uma empresa de cobrança ${w.collectionsDate ? `em ${w.collectionsDate}` : 'no fim da próxima semana'}.`,
        'Continuo preferindo resolver isso diretamente com você.',
      ],
      [
        link
          ? `Até lá, você ainda pode pagar por este link: ${link}`
          : 'Até lá, você ainda pode pagar com os dados da fatura.',
        `Se preferir combinar um parcelamento, me ligue${atPhone(w)} ou responda a este e-mail, e eu suspendo o processo.`,
      ],
    ],
    closer: 'Agradeço a leitura.',
    warmCloser: 'Agradeço, e espero que possamos resolver isso juntos.',
  },
  nudges: {
    proposal: [
      ({ w, thing }) => [
        [
          `Queria retomar o contato sobre ${thing}${w.daysSilent ? `, enviada há ${days(w.daysSilent)}` : ''}.`,
          'É comum surgirem dúvidas depois de uma primeira leitura, e posso repassá-la com você com todo o prazer.',
        ],
        [
          'Uma ligação de 15 minutos esta semana ajudaria?',
          free(w) ?? 'É só sugerir um horário que funcione para você.',
        ],
      ],
      ({ thing }) => [
        [
          `Volto a falar sobre ${thing}.`,
          'Se o escopo ou o orçamento não couberem bem, posso ajustar, por exemplo começando com uma primeira fase menor.',
        ],
        'Algo mudou do seu lado desde a nossa última conversa?',
      ],
      ({ thing }) => [
        `Em poucas palavras: ${thing} ainda é algo que você quer levar adiante?`,
        [
          'Um simples sim, não ou “ainda não” está ótimo e me ajuda a planejar as próximas semanas.',
          'Se o momento não for o ideal, me diga quando devo voltar a escrever.',
        ],
      ],
    ],
    feedback_request: [
      ({ thing }) => [
        [
          `Queria retomar o contato sobre ${thing}.`,
          'Primeiros rascunhos raramente são definitivos, então impressões rápidas são tão úteis quanto uma revisão completa.',
        ],
        [
          'Qual é a primeira coisa que você mudaria?',
          'Até um simples “gostei” ou “ainda não” me ajuda a preparar a próxima rodada.',
        ],
      ],
      ({ w, thing }) => [
        [
          `Volto a falar sobre ${thing}.`,
          'Se for mais fácil, alguns tópicos ou um áudio funcionam tão bem quanto uma revisão por escrito.',
        ],
        [
          'Você prefere conversar sobre isso numa ligação rápida?',
          free(w),
          'O importante é saber se estamos no caminho certo.',
        ],
      ],
      ({ thing }) => [
        [
          `Mais uma nota sobre ${thing}.`,
          'Às vezes outras pessoas da equipe precisam opinar, e posso incluí-las diretamente.',
        ],
        'Você poderia me dizer mais ou menos quando posso esperar o seu retorno?',
      ],
    ],
    details_request: [
      ({ thing }) => [
        [
          `Queria retomar o contato sobre ${thing}.`,
          'É totalmente normal que isso leve um tempo, principalmente quando outras pessoas estão envolvidas.',
        ],
        [
          'Você poderia me enviar o que já tem, mesmo que esteja incompleto?',
          'Com uma parte já consigo ir avançando.',
        ],
      ],
      ({ w, thing }) => [
        [
          `Volto a falar sobre ${thing}.`,
          'Se algo estiver travando, posso ajudar a resolver numa ligação rápida.',
          free(w),
        ],
        [
          'Posso preparar ou sugerir algo para facilitar?',
          'Às vezes uma conversa de dez minutos resolve o que levaria dias por e-mail.',
        ],
      ],
      ({ thing }) => [
        [
          `Em poucas palavras: ${thing} são a última peça que falta para eu seguir em frente.`,
          'Se ajudar, posso usar conteúdos provisórios por enquanto, e você corrige depois.',
        ],
        'Isso funcionaria para você?',
      ],
    ],
    testimonial_request: [
      ({ thing }) => [
        [
          `Queria retomar o contato sobre ${thing}.`,
          'Para facilitar, duas ou três frases bastam, e você vê e aprova o texto final antes de eu usá-lo.',
        ],
        'O que você achou mais útil no nosso trabalho juntos?',
      ],
      ({ thing }) => [
        [
          `Volto a falar sobre ${thing}.`,
          'Se escrever for trabalhoso, posso redigir algumas linhas a partir dos nossos e-mails para você editar.',
        ],
        ['Isso ajudaria?', 'A palavra final seria sempre sua.'],
      ],
      ({ thing }) => [
        [
          `Uma última nota sobre ${thing}.`,
          'Se preferir deixar uma avaliação pública por conta própria, também é ótimo, e um simples não também vale.',
        ],
        ['Qual opção funciona melhor para você?', 'De qualquer forma, agradeço por um projeto muito bacana.'],
      ],
    ],
    followup: [
      ({ thing }) => [
        [
          `Queria retomar o contato sobre ${thing}.`,
          'As caixas de entrada enchem rápido, então estou trazendo o assunto de volta para o topo.',
        ],
        [
          'Você poderia me dizer como estão as coisas?',
          'Se o assunto não for mais relevante, também é útil saber.',
        ],
      ],
      ({ w, thing }) => [
        [
          `Volto a falar sobre ${thing}.`,
          w.availability
            ? `Se uma ligação for mais fácil, estou disponível ${w.availability}.`
            : 'Se preferir conversar, posso ligar para você.',
        ],
        [
          'Tem outra pessoa com quem eu deveria falar sobre isso?',
          'Às vezes as mensagens chegam à pessoa errada, então prefiro perguntar.',
        ],
      ],
      ({ thing }) => [
        `Em poucas palavras: o assunto de ${thing} ainda é relevante do seu lado?`,
        [
          'Uma resposta de uma linha é suficiente e me ajuda a me organizar.',
          'Se a resposta for “agora não”, me diga quando devo voltar a perguntar.',
        ],
      ],
    ],
  },
  breakup: {
    assumption: ({ thing }) =>
      `Não tive retorno sobre ${thing}, então vou entender que isso não é uma prioridade no momento.`,
    afterthoughts: {
      proposal: 'Prioridades e orçamentos mudam, e está tudo bem.',
      feedback_request: 'Enquanto isso, vou considerar a versão atual como a versão de trabalho.',
      details_request: 'Enquanto isso, vou pausar o trabalho que depende disso.',
      testimonial_request: 'Sei como as caixas de entrada ficam cheias, e está tudo bem.',
      followup: 'Os planos mudam, e está tudo bem.',
    },
    reopening: 'Se voltar a ser prioridade, é só responder a este e-mail e eu retomo de onde paramos.',
  },
  request_call: {
    paragraphs: ({ w, thing }) => [
      [
        `Você teria 15 minutos para uma ligação rápida sobre ${thing}?`,
        'Conversar costuma ser mais rápido do que trocar e-mails, e posso responder às suas dúvidas na hora.',
      ],
      [
        free(w) ?? 'Estou com a agenda flexível esta semana, é só sugerir um horário.',
        'Em qual número consigo falar com você?',
      ],
    ],
    callScript: ({ w, thing }) => [
      introduce(w),
      `Estou ligando sobre ${thing}. Você tem cinco minutos?`,
      '(Faça uma pausa e escute.)',
      'Você tem alguma dúvida, ou algo mudou do seu lado?',
      'Posso mudar ou explicar algo para facilitar o próximo passo?',
      'Agradeço pelo seu tempo. Vou mandar um e-mail curto com o que conversamos.',
    ],
    voicemailScript: ({ w, project }) => [
      introduce(w),
      `Estou ligando para conversar sobre ${project ?? 'a nossa última conversa'}.`,
      `Você poderia me retornar quando tiver um momento${atPhone(w)}?`,
      'Agradeço, e tenha um bom dia.',
    ],
  },
  checkin_wellbeing: ({ w, project }) => [
    [
      `Não nos falamos ${w.daysSilent ? `há ${days(w.daysSilent)}` : 'há algum tempo'}, então quis saber se está tudo bem com você.`,
      `Não há pressa${project ? ` com ${project}` : ''}; só quero ter certeza de que nada deu errado do seu lado.`,
    ],
    [
      'Às vezes a vida aperta, e isso é totalmente compreensível.',
      'Como estão as coisas?',
      w.availability
        ? `Se uma ligação rápida for mais fácil, estou disponível ${w.availability}.`
        : 'Uma resposta curta já basta.',
    ],
  ],
  close_notice: ({ w, project }) => [
    `Não tive notícias suas sobre ${project ?? 'o nosso projeto'} ${w.daysSilent ? `há ${days(w.daysSilent)}` : 'há algum tempo'}, e espero que esteja tudo bem.`,
    [
      'Para manter tudo organizado, vou encerrar o projeto no fim da próxima semana e faturar o trabalho feito até agora.',
      'Se quiser continuar, é só responder antes disso e retomamos de onde paramos.',
    ],
    'Parece razoável para você?',
  ],
  checkin_monthly: [
    {
      subject: 'Um oi rápido',
      closer: 'Agradeço, e tudo de bom nas próximas semanas.',
      paragraphs: ({ thing }) => [
        [
          `Faz um tempo que conversamos sobre ${thing}, e quis dar um oi.`,
          'Tenho trabalhado em projetos parecidos e tenho algumas ideias que podem ser úteis para você, quando for o momento certo.',
        ],
        'Quer que eu envie um resumo curto?',
      ],
    },
    {
      subject: 'Ideias para seu projeto',
      closer: 'Agradeço, e tenha um ótimo mês.',
      paragraphs: ({ w, project }) => [
        [
          `Espero que esteja tudo bem por aí${w.organization ? `, com toda a equipe de ${w.organization}` : ''}.`,
          `Preparei recentemente uma lista de verificação curta que ajudou outros clientes com ${project ? `projetos como ${project}` : 'planos parecidos'}.`,
        ],
        'Quer que eu envie? Sem nenhum compromisso.',
      ],
    },
    {
      subject: 'Mantendo o contato',
      closer: 'Agradeço, e até breve.',
      paragraphs: ({ w, project }) => [
        [
          `Um oi rápido para saber como estão as coisas${w.organization ? ` com a equipe de ${w.organization}` : ''}.`,
          `Se os seus planos${project ? ` para ${project}` : ''} mudaram, adoraria saber o que vocês decidiram.`,
        ],
        'Posso ajudar com algo neste trimestre?',
      ],
    },
  ],
});
