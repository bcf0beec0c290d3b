import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../../src/core/replies/inbound-message';
import { interpretInboundMessage } from '../../../../src/core/replies/interpret-inbound-message';
import { createReplySettings } from '../../../../src/core/replies/reply-settings';
import { inEnglish } from '../../../support/in-english';
import { BERLIN, berlinTime, trackThread } from '../threads/thread-builder';

// Lena (lena@studio.example) sent Tom at Acme an invoice on Mon 2 Nov 2026, finance@acme.example in cc.
const invoice = trackThread({ kind: 'invoice', dueDate: '2026-11-16' });
const proposal = trackThread({ kind: 'proposal' });
const settings = createReplySettings(BERLIN, ['lena@studio.example', 'billing@studio.example']);
const receivedAt = berlinTime('2026-11-06T11:00:00'); // a Friday

function message(
  from: string,
  subject: string,
  bodyText: string,
  extra: Partial<InboundMessage> = {},
): InboundMessage {
  return {
    from: { email: from, name: from.startsWith('tom@') ? 'Tom Berger' : undefined },
    subject,
    bodyText,
    receivedAt,
    ...extra,
  };
}

describe('interpretInboundMessage: who counts as the client', () => {
  it.each([
    [
      'the client, in the thread',
      message('tom@acme.example', 'Re: Invoice R-77', 'Can we split this in two?', { mailThreadId: 't-1' }),
      'reply',
      'Tom Berger replied.',
    ],
    [
      'the client, in another conversation',
      message('tom@acme.example', 'Next quarter', 'Can we talk about Q1 on Monday?', {
        mailThreadId: 't-other',
      }),
      'reply',
      'Tom Berger replied in another conversation.',
    ],
    [
      'another recipient of the tracked mail',
      message('finance@acme.example', 'Re: Invoice R-77', 'What is the PO number on this?'),
      'reply',
      'finance@acme.example replied.',
    ],
    [
      'a colleague at the client’s domain',
      message('jo@acme.example', 'Re: Invoice R-77', 'Tom asked me to handle this. Which account?'),
      'reply',
      'jo@acme.example (a colleague at acme.example) replied.',
    ],
    [
      'a colleague at a subdomain',
      message('jo@eu.acme.example', 'Re: Invoice R-77', 'Handling this for Tom: which account?'),
      'reply',
      'jo@eu.acme.example (a colleague at eu.acme.example) replied.',
    ],
    [
      'the user, following up in the thread',
      message('lena@studio.example', 'Re: Invoice R-77', 'Just checking this arrived.'),
      'ignore',
      'Your own message never counts as the client’s reply.',
    ],
    [
      'the user’s other address',
      message('billing@studio.example', 'Re: Invoice R-77', 'Resending the invoice.'),
      'ignore',
      'Your own message never counts as the client’s reply.',
    ],
    [
      'a stranger',
      message('sales@vendor.example', 'Offer', 'Buy our stuff.'),
      'ignore',
      'sales@vendor.example is not part of this conversation.',
    ],
  ])('%s', (_name, inbound, outcome, reason) => {
    const verdict = interpretInboundMessage(inbound, invoice, settings, receivedAt);
    expect(verdict.outcome).toBe(outcome);
    expect(inEnglish(verdict.reason)).toBe(reason);
  });

  it('does not count a sender who only shares a public mail domain with the client', () => {
    const gmailClient = {
      ...invoice,
      counterpart: { email: 'tom.berger@gmail.com' },
      recipients: [{ email: 'tom.berger@gmail.com' }],
    };
    for (const from of ['someone.else@gmail.com']) {
      const verdict = interpretInboundMessage(
        message(from, 'Re: Invoice', 'Which account?'),
        gmailClient,
        settings,
        receivedAt,
      );
      expect(verdict).toMatchObject({ outcome: 'ignore', rule: 'ignore:public-domain' });
    }
    for (const domain of [
      'yahoo.co.uk',
      'outlook.de',
      'gmx.net',
      'web.de',
      'orange.fr',
      'proton.me',
      'icloud.com',
      'hotmail.fr',
    ]) {
      const client = {
        ...invoice,
        counterpart: { email: `tom@${domain}` },
        recipients: [{ email: `tom@${domain}` }],
      };
      const verdict = interpretInboundMessage(
        message(`ana@${domain}`, 'Hi', 'Hello?'),
        client,
        settings,
        receivedAt,
      );
      expect(verdict.rule).toBe('ignore:public-domain');
    }
  });

  it('does not count a colleague when the setting is off', () => {
    const strict = createReplySettings(BERLIN, ['lena@studio.example'], { countOrganizationReplies: false });
    const verdict = interpretInboundMessage(
      message('jo@acme.example', 'Re: Invoice', 'Which account?'),
      invoice,
      strict,
      receivedAt,
    );
    expect(verdict.rule).toBe('ignore:colleague-setting-off');
  });

  it('ignores a message older than the tracked email', () => {
    const old = message('tom@acme.example', 'Earlier', 'Old news.', {
      receivedAt: berlinTime('2026-10-30T10:00:00'),
    });
    expect(interpretInboundMessage(old, invoice, settings, receivedAt).rule).toBe(
      'ignore:before-tracked-send',
    );
  });
});

describe('interpretInboundMessage: out of office', () => {
  it.each([
    [
      'en',
      'Automatic reply: Invoice R-77',
      'I am out of the office until 13 November with limited access to email.',
      '2026-11-13',
      berlinTime('2026-11-16T09:00:00'),
    ],
    [
      'de',
      'Abwesenheitsnotiz',
      'Danke für Ihre Nachricht. Ich bin bis zum 20. November nicht im Büro. Ab dem 23.11. bin ich wieder erreichbar.',
      '2026-11-23',
      berlinTime('2026-11-23T09:00:00'),
    ],
    [
      'fr',
      'Réponse automatique',
      'Bonjour, je suis absent jusqu’au 18 novembre inclus.',
      '2026-11-18',
      berlinTime('2026-11-19T09:00:00'),
    ],
    [
      'es',
      'Respuesta automática',
      'Estoy fuera de la oficina hasta el 16 de noviembre.',
      '2026-11-16',
      berlinTime('2026-11-17T09:00:00'),
    ],
    [
      'nl',
      'Automatisch antwoord',
      'Ik ben afwezig tot en met vrijdag 13 november.',
      '2026-11-13',
      berlinTime('2026-11-16T09:00:00'),
    ],
    [
      'pt',
      'Resposta automática',
      'Estou de férias até 20/11.',
      '2026-11-20',
      berlinTime('2026-11-23T09:00:00'),
    ],
  ])(
    'pauses on a %s out-of-office reply until the working day the client is back',
    (_lang, subject, body, returnDate, pauseUntil) => {
      const verdict = interpretInboundMessage(
        message('tom@acme.example', subject, body),
        invoice,
        settings,
        receivedAt,
      );
      expect(verdict).toMatchObject({ outcome: 'out_of_office', returnDate, pauseUntil });
    },
  );

  it('trusts the Auto-Submitted header, and pauses a default time when no return date is given', () => {
    const verdict = interpretInboundMessage(
      message('tom@acme.example', 'Re: Invoice R-77', 'I am currently on leave.', {
        headers: { 'auto-submitted': 'auto-replied' },
      }),
      invoice,
      settings,
      receivedAt,
    );
    expect(verdict).toMatchObject({
      outcome: 'out_of_office',
      returnDate: null,
      rule: 'ooo:header',
      pauseUntil: berlinTime('2026-11-13T09:00:00'),
    });
    expect(inEnglish(verdict.reason)).toBe(
      'Tom Berger is out of office with no return date found; paused until Fri 13 Nov 2026.',
    );
  });

  it('ignores other automatic answers: they neither end nor pause the silence', () => {
    const verdict = interpretInboundMessage(
      message('tom@acme.example', 'Ticket 5521 opened', 'We received your request.', {
        headers: { Precedence: 'bulk' },
      }),
      invoice,
      settings,
      receivedAt,
    );
    expect(verdict).toMatchObject({ outcome: 'ignore', rule: 'auto:header' });
  });

  it('reads a human reply that mentions a past holiday as a reply', () => {
    const verdict = interpretInboundMessage(
      message(
        'tom@acme.example',
        'Re: Invoice R-77',
        'Sorry, I was on holiday last week. Which bank account should we use for this?',
      ),
      invoice,
      settings,
      receivedAt,
    );
    expect(verdict.outcome).toBe('reply');
  });
});

describe('interpretInboundMessage: bounces', () => {
  it.each([
    [
      'Gmail',
      'mailer-daemon@googlemail.com',
      'Delivery Status Notification (Failure)',
      'Your message to tom@acme.example could not be delivered: the address was not found.',
    ],
    [
      'Outlook',
      'postmaster@acme.example',
      'Undeliverable: Invoice R-77',
      'Delivery has failed to these recipients: tom@acme.example',
    ],
    [
      'a German server',
      'postmaster@acme.example',
      'Unzustellbar: Rechnung R-77',
      'Die Nachricht an tom@acme.example konnte nicht zugestellt werden.',
    ],
    [
      'a French server',
      'mailer-daemon@acme.example',
      'Non remis : Facture R-77',
      'Le message n’a pas pu être remis à tom@acme.example.',
    ],
  ])('tells the user to try another contact when %s reports a bounce', (_server, from, subject, body) => {
    const verdict = interpretInboundMessage(message(from, subject, body), invoice, settings, receivedAt);
    expect(verdict).toMatchObject({ outcome: 'bounced', bouncedAddress: 'tom@acme.example' });
    expect(inEnglish(verdict.reason)).toBe('The address tom@acme.example bounced: try another contact.');
  });

  it('reads the X-Failed-Recipients header', () => {
    const verdict = interpretInboundMessage(
      message('bounces@mail.example', 'Mail failure', 'See attached.', {
        headers: { 'X-Failed-Recipients': 'finance@acme.example' },
      }),
      invoice,
      settings,
      receivedAt,
    );
    expect(verdict).toMatchObject({ outcome: 'bounced', bouncedAddress: 'finance@acme.example' });
  });

  it('ignores a bounce about somebody else’s address', () => {
    const verdict = interpretInboundMessage(
      message(
        'mailer-daemon@googlemail.com',
        'Delivery Status Notification (Failure)',
        'Could not deliver to mia@elsewhere.example.',
      ),
      invoice,
      settings,
      receivedAt,
    );
    expect(verdict.outcome).toBe('ignore');
  });
});

describe('interpretInboundMessage: payments and acknowledgements', () => {
  it.each([
    ['en', 'Hi Lena, the transfer was sent this morning.'],
    ['en', 'We have paid the invoice in full. Remittance advice attached.'],
    ['en', 'Payment has been made, thanks for your patience.'],
    ['de', 'Hallo Lena, die Zahlung ist erfolgt.'],
    ['de', 'Wir haben die Rechnung heute überwiesen.'],
    ['fr', 'Bonjour, le virement a été effectué ce matin.'],
    ['es', 'Hola, hemos realizado el pago hoy.'],
    ['nl', 'De betaling is verricht.'],
    ['pt', 'Olá, o pagamento foi efetuado.'],
  ])('closes an invoice as paid on a %s payment confirmation: "%s"', (_lang, body) => {
    const verdict = interpretInboundMessage(
      message('tom@acme.example', 'Re: Invoice R-77', body),
      invoice,
      settings,
      receivedAt,
    );
    expect(verdict.outcome).toBe('paid');
  });

  it.each([
    ['a question', 'Have we paid this already?'],
    ['a denial', 'We have not paid this yet, the approval is pending.'],
    ['a promise', 'The payment will be made on Friday.'],
    ['German denial', 'Die Rechnung wurde noch nicht bezahlt.'],
    ['Spanish promise', 'Vamos a hacer la transferencia el lunes.'],
    ['a Dutch condition', 'Indien het bedrag al is overgemaakt, laat het ons weten.'],
  ])('does not read %s as a payment', (_name, body) => {
    const verdict = interpretInboundMessage(
      message('tom@acme.example', 'Re: Invoice R-77', body),
      invoice,
      settings,
      receivedAt,
    );
    expect(verdict.outcome).not.toBe('paid');
  });

  it('treats a payment sentence on a proposal as an ordinary reply', () => {
    const verdict = interpretInboundMessage(
      message('tom@acme.example', 'Re: proposal', 'We have paid the deposit.'),
      proposal,
      settings,
      receivedAt,
    );
    expect(verdict.outcome).toBe('reply');
  });

  it.each([
    ['next week', 'Thanks Lena, I’ll look at it next week.', berlinTime('2026-11-16T09:00:00')],
    ['no date', 'Got it, thanks! We will review it with the team.', berlinTime('2026-11-13T09:00:00')],
    ['by a weekday', 'Danke, ich melde mich bis Mittwoch.', berlinTime('2026-11-12T09:00:00')],
    ['in French', 'Bien reçu, je reviens vers vous rapidement.', berlinTime('2026-11-13T09:00:00')],
  ])(
    'ends the silence on an acknowledgement (%s) and suggests a gentle check-in',
    (_name, body, checkInAt) => {
      const verdict = interpretInboundMessage(
        message('tom@acme.example', 'Re: proposal', body),
        proposal,
        settings,
        receivedAt,
      );
      expect(verdict).toMatchObject({ outcome: 'acknowledged', checkInAt });
    },
  );

  it('reads an acknowledgement with a decision, a question or more to say as a reply', () => {
    for (const body of [
      'Got it, approved. Please send the contract.',
      'Thanks, will review. Can you add a timeline?',
      'We received the proposal, but the second phase is priced higher than we discussed in the call.',
    ]) {
      expect(
        interpretInboundMessage(message('tom@acme.example', 'Re', body), proposal, settings, receivedAt)
          .outcome,
      ).toBe('reply');
    }
  });

  it('ignores the quoted original when reading a reply', () => {
    const body =
      'Sounds good, let us talk on Monday.\n\nOn Mon, 2 Nov 2026 at 10:00, Lena wrote:\n> The payment has been made? I am out of the office until 30 November.';
    expect(
      interpretInboundMessage(
        message('tom@acme.example', 'Re: Invoice R-77', body),
        invoice,
        settings,
        receivedAt,
      ).outcome,
    ).toBe('reply');
  });
});

describe('interpretInboundMessage on hostile input', () => {
  it('never throws, whatever the message holds', () => {
    fc.assert(
      fc.property(
        fc.record({
          from: fc.record({
            email: fc.oneof(fc.emailAddress(), fc.string()),
            name: fc.option(fc.string(), { nil: undefined }),
          }),
          subject: fc.string({ maxLength: 400 }),
          bodyText: fc.string({ maxLength: 4_000 }),
          headers: fc.option(fc.dictionary(fc.string({ maxLength: 30 }), fc.string({ maxLength: 80 })), {
            nil: undefined,
          }),
          receivedAt: fc.oneof(fc.integer({ min: 0, max: 2 ** 42 }), fc.constant(Number.NaN)),
        }),
        (inbound) => {
          const verdict = interpretInboundMessage(inbound, invoice, settings, receivedAt);
          expect(inEnglish(verdict.reason)).not.toMatch(/undefined/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stays fast on long adversarial text', () => {
    const bodies = [
      'paid '.repeat(40_000),
      'I am '.repeat(40_000),
      `ich bin ${'x'.repeat(100_000)}`,
      `On ${'a '.repeat(50_000)}`,
      `${'a'.repeat(60)}@${'b.'.repeat(50_000)}`,
    ];
    // A backtracking regex would hang here; the test timeout catches that. Speed is the benchmark's job.
    for (const bodyText of bodies) {
      interpretInboundMessage(
        message('tom@acme.example', 'Automatic reply', bodyText),
        invoice,
        settings,
        receivedAt,
      );
      interpretInboundMessage(
        message('mailer-daemon@x.example', 'Undeliverable', bodyText),
        invoice,
        settings,
        receivedAt,
      );
    }
  });
});

describe('interpretInboundMessage: decisions on a proposal', () => {
  it.each([
    ['accepted', 'en', 'Great work. We would like to go ahead with option B.'],
    ['accepted', 'de', 'Das Angebot ist angenommen, bitte schicken Sie den Vertrag.'],
    ['accepted', 'fr', 'Le devis est validé de notre côté.'],
    ['accepted', 'es', 'El presupuesto está aprobado.'],
    ['accepted', 'nl', 'Wij gaan akkoord met de offerte.'],
    ['accepted', 'pt', 'O orçamento foi aprovado.'],
    ['declined', 'en', 'Thanks for the effort, but we decided to go with another studio.'],
    ['declined', 'de', 'Wir haben uns für einen anderen Anbieter entschieden.'],
    ['declined', 'fr', 'Nous ne donnerons pas suite pour le moment.'],
    ['declined', 'es', 'Hemos decidido no seguir con el proyecto.'],
    ['declined', 'nl', 'We hebben gekozen voor een andere partij.'],
    ['declined', 'pt', 'Decidimos não avançar agora.'],
  ])('reads a clear %s in %s', (outcome, _lang, body) => {
    const verdict = interpretInboundMessage(
      message('tom@acme.example', 'Re: proposal', body),
      proposal,
      settings,
      receivedAt,
    );
    expect(verdict.outcome).toBe(outcome);
  });

  it.each([
    ['a question', 'Should we go ahead with option B?'],
    ['a negated yes', 'We cannot approve the proposal in this form.'],
    ['a yes still to come', 'Once the board meets, we will send the signed contract.'],
    ['a German choice in the user’s favour', 'Wir haben uns für Sie entschieden, wie geht es weiter.'],
    ['a yes on an invoice thread', 'We would like to go ahead with option B.'],
  ])('does not read %s as a decision', (name, body) => {
    const thread = name.includes('invoice') ? invoice : proposal;
    const verdict = interpretInboundMessage(
      message('tom@acme.example', 'Re', body),
      thread,
      settings,
      receivedAt,
    );
    expect(verdict.outcome).toBe('reply');
  });
});
