import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DraftLanguage } from '../../../../src/core/drafts/render-follow-up';
import { explainInEnglish } from '../../../../src/core/explanations/explain-in-english';
import { checkTone, MAX_TONE_CHARS, NEUTRAL_SCORE } from '../../../../src/core/tone/check-tone';
import { TONE_PHRASES } from '../../../../src/core/tone/tone-phrases';

type Row = [lang: DraftLanguage, rule: string, text: string, flagged: string];

/** Each phrase must fire its rule, and the span must cover exactly the flagged words. */
const MUST_TRIGGER: Row[] = [
  ['en', 'accusatory', 'Hi Ana, you still haven’t paid the invoice.', 'you still haven’t'],
  ['en', 'accusatory', 'Hello, you failed to reply to my note.', 'you failed to'],
  ['en', 'accusatory', "I'm not sure why you're ignoring my emails.", "you're ignoring"],
  ['en', 'passive-aggressive', 'Per my last email, the invoice is due.', 'Per my last email'],
  ['en', 'passive-aggressive', 'As I already said, the files are ready.', 'As I already said'],
  ['en', 'guilt-trip', 'After all the work I did, this is how it ends.', 'After all the work'],
  ['en', 'guilt-trip', 'Honestly I am really disappointed.', 'I am really disappointed'],
  ['en', 'threat', 'Otherwise it goes to a collection agency.', 'collection agency'],
  ['en', 'threat', 'I will have to take legal action.', 'legal action'],
  ['en', 'firm-language', 'Please pay immediately.', 'immediately'],
  ['en', 'urgency', 'Please send it ASAP.', 'ASAP'],
  ['en', 'grovelling', 'Sorry to bother you again, no worries if not.', 'Sorry to bother you'],
  ['de', 'accusatory', 'Sie haben immer noch nicht bezahlt.', 'Sie haben immer noch nicht'],
  ['de', 'passive-aggressive', 'Wie bereits erwähnt, ist die Rechnung fällig.', 'Wie bereits erwähnt'],
  ['de', 'guilt-trip', 'Ich bin sehr enttäuscht von Ihnen.', 'Ich bin sehr enttäuscht'],
  ['de', 'threat', 'Sonst geht die Forderung an ein Inkassobüro.', 'Inkassobüro'],
  ['de', 'firm-language', 'Bitte zahlen Sie umgehend.', 'umgehend'],
  ['de', 'urgency', 'Das ist dringend.', 'dringend'],
  ['de', 'grovelling', 'Entschuldigen Sie die Störung, kein Stress.', 'Entschuldigen Sie die Störung'],
  ['fr', 'accusatory', 'Vous n’avez toujours pas réglé la facture.', 'Vous n’avez toujours pas'],
  ['fr', 'passive-aggressive', 'Comme je l’ai déjà dit, la facture est due.', 'Comme je l’ai déjà dit'],
  ['fr', 'guilt-trip', 'Je suis vraiment déçue.', 'Je suis vraiment déçue'],
  ['fr', 'threat', 'Le dossier partira au recouvrement.', 'recouvrement'],
  ['fr', 'firm-language', 'Merci de payer immédiatement.', 'immédiatement'],
  ['fr', 'urgency', 'C’est urgent.', 'urgent'],
  ['fr', 'grovelling', 'Désolé de vous déranger encore, aucune pression.', 'Désolé de vous déranger encore'],
  ['es', 'accusatory', 'Todavía no ha pagado la factura.', 'Todavía no ha pagado'],
  ['es', 'passive-aggressive', 'Como ya le dije, la factura venció.', 'Como ya le dije'],
  ['es', 'guilt-trip', 'Estoy muy decepcionada.', 'Estoy muy decepcionada'],
  ['es', 'threat', 'Pasaré el caso a una agencia de cobros.', 'agencia de cobros'],
  ['es', 'firm-language', 'Debe pagar de inmediato.', 'Debe pagar'],
  ['es', 'urgency', 'Necesito el pago cuanto antes.', 'cuanto antes'],
  ['es', 'grovelling', 'Siento molestarle de nuevo, sin presión.', 'Siento molestarle de nuevo'],
  ['nl', 'accusatory', 'U heeft nog steeds niet betaald.', 'U heeft nog steeds niet'],
  ['nl', 'passive-aggressive', 'Zoals al eerder gezegd, is de factuur open.', 'Zoals al eerder gezegd'],
  ['nl', 'guilt-trip', 'Ik ben echt teleurgesteld.', 'Ik ben echt teleurgesteld'],
  ['nl', 'threat', 'Anders schakel ik een incassobureau in.', 'incassobureau'],
  ['nl', 'firm-language', 'Betaal onmiddellijk.', 'onmiddellijk'],
  ['nl', 'urgency', 'Graag zo snel mogelijk.', 'zo snel mogelijk'],
  ['nl', 'grovelling', 'Sorry voor het storen, geen druk.', 'Sorry voor het storen'],
  ['pt', 'accusatory', 'Você ainda não pagou a fatura.', 'Você ainda não pagou'],
  ['pt', 'passive-aggressive', 'Como já disse, a fatura venceu.', 'Como já disse'],
  ['pt', 'guilt-trip', 'Estou muito decepcionada.', 'Estou muito decepcionada'],
  ['pt', 'threat', 'Vou passar para uma empresa de cobrança.', 'empresa de cobrança'],
  ['pt', 'firm-language', 'Pague imediatamente.', 'imediatamente'],
  ['pt', 'urgency', 'Preciso disso com urgente prioridade.', 'urgente'],
  ['pt', 'grovelling', 'Desculpe incomodar de novo, sem pressão.', 'Desculpe incomodar de novo'],
];

/** Near misses that must stay quiet: the same words in a harmless sense. */
const MUST_NOT_TRIGGER: Row[] = [
  ['en', 'accusatory', 'Hi Ana, I haven’t seen the payment come through yet.', ''],
  ['en', 'accusatory', 'You still have time to join the workshop.', ''],
  ['en', 'passive-aggressive', 'Following up on my earlier note about the files.', ''],
  ['en', 'threat', 'Here is the photo collection from the shoot.', ''],
  ['en', 'firm-language', 'The timing is difficult right now, I understand.', ''],
  ['en', 'urgency', 'Could you reply by Friday?', ''],
  ['en', 'grovelling', 'I know this is a busy season, could you reply by Friday?', ''],
  ['de', 'accusatory', 'Ich habe die Zahlung noch nicht gesehen.', ''],
  ['de', 'threat', 'Der Anwaltsberuf ist spannend.', ''],
  ['fr', 'accusatory', 'Je ne vois pas encore le paiement.', ''],
  ['fr', 'firm-language', 'Je reviens vers vous au sujet de la facture.', ''],
  ['es', 'accusatory', 'Todavía no veo el pago.', ''],
  ['es', 'threat', 'Le envío la factura de cobro del mes.', ''],
  ['nl', 'threat', 'Aan de rechterkant staat het totaal.', ''],
  ['nl', 'accusatory', 'Ik heb de betaling nog niet gezien.', ''],
  ['pt', 'accusatory', 'Ainda não vi o pagamento.', ''],
  ['pt', 'threat', 'Segue a cobrança do mês.', ''],
];

describe('checkTone phrase rules', () => {
  it.each(MUST_TRIGGER)('%s %s fires on “%s” at the flagged words', (lang, rule, text, flagged) => {
    const finding = checkTone(text, { lang }).findings.find((item) => item.rule === rule);
    expect(finding).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toBe(flagged);
    expect(finding!.message.length).toBeGreaterThan(10);
    expect(finding!.suggestion.length).toBeGreaterThan(3);
  });

  it.each(MUST_NOT_TRIGGER)('%s %s stays quiet on “%s”', (lang, rule, text) => {
    expect(checkTone(text, { lang }).findings.map((item) => item.rule)).not.toContain(rule);
  });

  it('never fires a rule on its own suggested phrasing, in any language', () => {
    for (const [lang, phrases] of Object.entries(TONE_PHRASES) as [
      DraftLanguage,
      (typeof TONE_PHRASES)['en'],
    ][]) {
      for (const [rule, suggestion] of Object.entries(phrases.suggestions)) {
        const rules = checkTone(suggestion, { lang, stage: 'reminder_1' }).findings.map((item) => item.rule);
        expect(rules, `${lang} ${rule}: ${suggestion}`).not.toContain(rule);
      }
    }
  });
});

describe('checkTone structure rules in every language', () => {
  const NOTES: Record<DraftLanguage, { bare: string; full: string }> = {
    en: {
      bare: 'The files are attached and the work is done.',
      full: 'Hi Ana, the files are attached. Could you check them? Thank you.',
    },
    de: {
      bare: 'Die Dateien sind angehängt und die Arbeit ist fertig.',
      full: 'Hallo Anna, die Dateien sind angehängt. Könnten Sie sie prüfen? Vielen Dank.',
    },
    fr: {
      bare: 'Les fichiers sont joints et le travail est terminé.',
      full: 'Bonjour Anna, les fichiers sont joints. Pourriez-vous les vérifier ? Merci.',
    },
    es: {
      bare: 'Los archivos están adjuntos y el trabajo está terminado.',
      full: 'Hola, Ana: los archivos están adjuntos. ¿Podría revisarlos? Gracias.',
    },
    nl: {
      bare: 'De bestanden zijn bijgevoegd en het werk is klaar.',
      full: 'Hallo Anna, de bestanden zijn bijgevoegd. Kunt u ze bekijken? Dank u wel.',
    },
    pt: {
      bare: 'Os arquivos estão anexados e o trabalho está pronto.',
      full: 'Olá, Ana, os arquivos estão anexados. Você poderia conferir? Agradeço.',
    },
  };

  it.each(Object.entries(NOTES) as [DraftLanguage, { bare: string; full: string }][])(
    '%s: a bare note lacks greeting, thanks and ask; a full one has all three',
    (lang, { bare, full }) => {
      const bareRules = checkTone(bare, { lang, kind: 'details_request' }).findings.map((item) => item.rule);
      expect(bareRules).toEqual(expect.arrayContaining(['no-greeting', 'no-thanks', 'no-ask']));
      const fullRules = checkTone(full, { lang, kind: 'details_request' }).findings.map((item) => item.rule);
      expect(fullRules).not.toContain('no-greeting');
      expect(fullRules).not.toContain('no-thanks');
      expect(fullRules).not.toContain('no-ask');
    },
  );

  it('detects the language itself when none is given', () => {
    const report = checkTone('Hallo Anna, Sie haben immer noch nicht bezahlt. Vielen Dank.');
    expect(report.findings.map((item) => item.rule)).toContain('accusatory');
  });
});

describe('checkTone stage awareness', () => {
  const collections =
    'Hi Ana, if it stays unpaid I will pass the invoice to a collections agency. Thank you.';
  const firm = 'Hi Ana, this is the final notice for the invoice. Could you pay by Friday? Thank you.';

  it.each([
    ['reminder_1', 'problem'],
    ['reminder_3', 'problem'],
    ['final_notice', 'info'],
    ['collections', 'info'],
  ] as const)('rates collections language at %s as %s', (stage, severity) => {
    const finding = checkTone(collections, { stage, lang: 'en' }).findings.find(
      (item) => item.rule === 'threat',
    );
    expect(finding?.severity).toBe(severity);
  });

  it.each([
    ['courtesy', 'warning'],
    ['reminder_1', 'warning'],
    ['personal', 'info'],
    ['final_notice', 'info'],
  ] as const)('rates firm wording at %s as %s', (stage, severity) => {
    const finding = checkTone(firm, { stage, lang: 'en' }).findings.find(
      (item) => item.rule === 'firm-language',
    );
    expect(finding?.severity).toBe(severity);
  });

  it('counts one softener as fine and stacked grovelling as hiding the ask', () => {
    const one = checkTone('Hi Ana, I know you are busy. Could you send the files by Friday? Thanks.', {
      lang: 'en',
    });
    const many = checkTone(
      'Hi Ana, sorry to bother you again, I know you are busy, no worries if not. Thanks.',
      {
        lang: 'en',
      },
    );
    expect(one.findings.filter((item) => item.rule === 'grovelling').map((item) => item.severity)).toEqual([
      'info',
    ]);
    expect(
      many.findings.filter((item) => item.rule === 'grovelling').every((item) => item.severity === 'warning'),
    ).toBe(true);
  });
});

describe('checkTone shape rules', () => {
  it('flags shouting and stacked exclamation marks, but not acronyms', () => {
    const text = 'Hi Ana, PLEASE PAY THE INVOICE!!! The PDF and VAT number are attached. Thanks.';
    const report = checkTone(text, { lang: 'en' });
    const caps = report.findings.find((item) => item.rule === 'all-caps')!;
    expect(text.slice(caps.start, caps.end)).toBe('PLEASE PAY THE INVOICE');
    expect(report.findings.filter((item) => item.rule === 'all-caps')).toHaveLength(1);
    const bangs = report.findings.find((item) => item.rule === 'stacked-exclamations')!;
    expect(text.slice(bangs.start, bangs.end)).toBe('!!!');
  });

  it.each([
    [
      'no-greeting',
      'Could you let me know when the payment is planned? Thank you for your help with it all.',
      true,
    ],
    ['no-greeting', 'Hi Ana, could you let me know when the payment is planned? Thank you.', false],
    ['no-thanks', 'Hi Ana, could you let me know when the payment is planned?', true],
    ['no-thanks', 'Hi Ana, could you let me know when the payment is planned? Many thanks.', false],
    ['no-ask', 'Hi Ana, the invoice is attached. Thanks.', true],
    ['no-ask', 'Hi Ana, the invoice is attached; let me know if anything is unclear. Thanks.', false],
    ['too-many-questions', 'Hi Ana, did it arrive? Is it right? Who pays? When? Thanks.', true],
    ['too-many-questions', 'Hi Ana, did it arrive? Is it right? When can I expect it? Thanks.', false],
  ] as const)('%s on “%s” is %s', (rule, text, expected) => {
    const rules = checkTone(text, { lang: 'en', kind: 'invoice' }).findings.map((item) => item.rule);
    expect(rules.includes(rule)).toBe(expected);
  });

  it('warns about a long, hard-to-read email and points at its longest sentence', () => {
    const long =
      'Hi Ana, notwithstanding the aforementioned considerations regarding the comprehensive documentation, ' +
      'the organisational implications of the unprecedented administrative reconfiguration necessitate ' +
      'additional deliberation concerning remuneration. Could you advise? Thanks.';
    const report = checkTone(long, { lang: 'en' });
    const hard = report.findings.find((item) => item.rule === 'hard-reading')!;
    expect(hard.severity).toBe('warning');
    expect(long.slice(hard.start, hard.end)).toMatch(/^Hi Ana, notwithstanding.*remuneration\.$/);
    expect(report.bands.readingGrade).toBeGreaterThan(12);
  });

  it.each([
    [10, 'too-short', 'warning'],
    [40, 'too-short', 'info'],
    [90, null, null],
    [150, 'too-long', 'info'],
    [240, 'too-long', 'warning'],
  ] as const)('judges a %i-word email by length', (words, rule, severity) => {
    const text = `Hi Ana, ${'the work is ready '.repeat(Math.ceil((words - 6) / 4)).trim()}. Could you reply? Thanks.`;
    const lengthFindings = checkTone(text, { lang: 'en', stage: 'nudge_1' }).findings.filter((item) =>
      item.rule.startsWith('too-'),
    );
    expect(lengthFindings.map((item) => [item.rule, item.severity])).toEqual(rule ? [[rule, severity]] : []);
  });
});

describe('checkTone privacy', () => {
  it.each([
    ['privacy-iban', 'Please pay to GB82 WEST 1234 5698 7654 32 today.', 'GB82 WEST 1234 5698 7654 32'],
    ['privacy-iban', 'IBAN: DE89370400440532013000, thanks.', 'DE89370400440532013000'],
    ['privacy-card-number', 'My card is 4111 1111 1111 1111 if needed.', '4111 1111 1111 1111'],
    ['privacy-account-number', 'Sort code 12-34-56, account number 31926819.', '12-34-56'],
    ['privacy-password', 'The portal password: Sunflower42 works.', 'password: Sunflower42'],
  ])('flags %s in “%s”', (rule, text, flagged) => {
    const finding = checkTone(text, { lang: 'en' }).findings.find((item) => item.rule === rule);
    expect(finding?.severity).toBe('problem');
    expect(text.slice(finding!.start, finding!.end)).toBe(flagged);
  });

  it.each([
    [
      'de',
      'Bitte überweisen Sie auf DE89 3704 0044 0532 0130 00.',
      'Die Zahlungsdaten stehen auf der Rechnung',
    ],
    ['fr', 'Mon mot de passe : Tournesol42 pour le portail.', 'gestionnaire de mots de passe'],
    ['es', 'Puede pagar a ES91 2100 0418 4502 0005 1332.', 'Los datos de pago están en la factura'],
    ['nl', 'Betalen kan op NL91 ABNA 0417 1643 00.', 'De betaalgegevens staan op de factuur'],
    ['pt', 'A senha: Girassol42 do portal.', 'gerenciador de senhas'],
  ] as const)(
    'words the way round private details in the draft’s own language (%s)',
    (lang, text, wording) => {
      const finding = checkTone(text, { lang }).findings.find((item) => item.rule.startsWith('privacy'));
      expect(finding?.suggestion).toContain(wording);
    },
  );

  it.each([
    'Invoice GB82 WEST 1234 5698 7654 33 is a typo of an IBAN.',
    'Order 4111 1111 1111 1112 shipped.',
    'Invoice INV-2031 for €1,840.50 is due on 10 April 2026.',
    'Call me on +49 30 1234 5678.',
    'Reset your password and sign in again.',
  ])('leaves “%s” alone', (text) => {
    expect(
      checkTone(text, { lang: 'en' }).findings.filter((item) => item.rule.startsWith('privacy')),
    ).toEqual([]);
  });
});

describe('checkTone score', () => {
  it('is 50 plus the points of its findings, always within 0–100', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const report = checkTone(text);
        const sum = report.findings.reduce((total, item) => total + (item.points ?? 0), NEUTRAL_SCORE);
        expect(report.score).toBe(Math.max(0, Math.min(100, Math.round(sum))));
        for (const item of report.findings) {
          expect(item.start).toBeGreaterThanOrEqual(0);
          expect(item.end).toBeGreaterThanOrEqual(item.start);
          expect(item.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'warm',
      'Hi Ana, thanks so much for the great work on the photos! Could you send the final files this week? I really appreciate it.',
    ],
    [
      'harsh',
      'Per my last email, you still haven’t paid. Why are you ignoring me? I will take legal action!!!',
    ],
  ] as const)('labels a clearly %s email as such', (label, text) => {
    expect(checkTone(text, { lang: 'en', stage: 'reminder_1' }).label).toBe(label);
  });

  it('scores a polite request above a blunt one', () => {
    const polite = checkTone('Could you please share the logo files? Thanks a lot!', { lang: 'en' });
    const blunt = checkTone('Why didn’t you send the logo files? You said you would.', { lang: 'en' });
    expect(polite.score).toBeGreaterThan(blunt.score);
  });

  it('reports gauges for length, questions, reading level and sentiment', () => {
    const { bands } = checkTone('Hi Ana, could you send the files? Is Friday fine? Thanks, great work.', {
      lang: 'en',
    });
    expect(bands.words).toBe(13);
    expect(bands.questions).toBe(2);
    expect(bands.sentiment).toBeGreaterThan(0);
    expect(bands.readingGrade).toBeLessThan(8);
  });
});

describe('checkTone on hostile input', () => {
  it('never throws and stays fast on long adversarial text', () => {
    const inputs = [
      'a'.repeat(MAX_TONE_CHARS * 2),
      'you '.repeat(20_000),
      'per my per my per my '.repeat(3_000),
      '1 '.repeat(30_000),
      'AB '.repeat(20_000),
      '!?'.repeat(30_000),
      `${'4'.repeat(19)} `.repeat(2_500),
      '\n'.repeat(60_000),
      ' \t\n'.repeat(20_000),
      'sort code '.repeat(6_000),
      'password is '.repeat(5_000),
    ];
    for (const text of inputs) {
      // A backtracking rule would hang here and hit the test timeout; speed is the benchmark's job.
      const report = checkTone(text);
      expect(report.score).toBeGreaterThanOrEqual(0);
    }
  });

  it('caps highlights of one kind at 25 so a pasted wall of text stays readable', () => {
    const report = checkTone('Thanks! '.repeat(200), { lang: 'en' });
    expect(report.findings.filter((item) => item.rule === 'gratitude')).toHaveLength(25);
    expect(report.score).toBe(100);
  });

  it('treats non-string input as empty text', () => {
    expect(checkTone(undefined as unknown as string).bands.words).toBe(0);
  });
});

describe('checkTone reasons for the UI', () => {
  it('gives each finding its reason as an explanation that says the English message', () => {
    const report = checkTone('Hi Ana,\nWhy is the invoice STILL OVERDUE?? You must pay now!!', {
      kind: 'invoice',
      stage: 'reminder_1',
    });
    expect(report.findings.length).toBeGreaterThan(5);
    for (const finding of report.findings) {
      expect(explainInEnglish(finding.reason), finding.rule).toBe(finding.message);
      if (finding.advice) expect(explainInEnglish(finding.advice), finding.rule).toBe(finding.suggestion);
    }
  });

  it('keeps the report plain data, so it crosses the message contract unchanged', () => {
    const report = checkTone('Hello Marco, thanks for the call. Could you send the signed quote?');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('counts a one-word draft as one word', () => {
    const finding = checkTone('Thanks', { stage: 'reminder_1' }).findings.find(
      (item) => item.rule === 'too-short',
    );
    expect(finding?.message).toBe('1 word: very short notes can read as curt.');
    expect(finding?.reason).toEqual({ code: 'toneVeryShort', values: { words: 1 } });
  });
});
