import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_STAGES } from '../../../../src/core/cadence/stages';
import { DRAFT_LANGUAGES, renderFollowUp } from '../../../../src/core/drafts/render-follow-up';
import { detectLanguage } from '../../../../src/core/language/detect-language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Hi Marta, thanks for the call. Could you send me the logo files when you have a moment?'],
    ['en', 'Please find the invoice attached; let me know if anything is unclear.'],
    ['de', 'Hallo Marta, vielen Dank für das Gespräch. Könnten Sie mir bitte die Dateien schicken?'],
    ['de', 'Anbei die Rechnung für den März, zahlbar innerhalb von 14 Tagen.'],
    ['fr', 'Bonjour Marta, merci pour votre appel. Pourriez-vous m’envoyer les fichiers du logo ?'],
    ['fr', 'Vous trouverez ci-joint la facture pour le mois de mars.'],
    ['es', 'Hola Marta, gracias por la llamada. ¿Podría enviarme los archivos del logotipo?'],
    ['es', 'Le adjunto la factura del mes de marzo, con vencimiento a 30 días.'],
    ['nl', 'Hallo Marta, bedankt voor het gesprek. Kunt u mij de bestanden van het logo sturen?'],
    ['nl', 'In de bijlage vindt u de factuur voor maart, te betalen binnen 14 dagen.'],
    ['pt', 'Olá Marta, obrigado pela ligação. Você poderia me enviar os arquivos do logotipo?'],
    ['pt', 'Segue em anexo a fatura de março, com vencimento em 30 dias.'],
  ] as const)('reads %s in “%s”', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    ['empty text', ''],
    ['a signature only', 'Marta Lindqvist'],
    ['numbers only', 'INV-2031 1.840,50 EUR 2026-04-10'],
    ['a two-word note', 'ok thanks'],
  ])('keeps the user’s default (null) for %s', (_name, text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it('returns one of the six languages or null for any input, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const lang = detectLanguage(text);
        expect(lang === null || ['en', 'de', 'fr', 'es', 'nl', 'pt'].includes(lang)).toBe(true);
      }),
    );
  });

  it('reads a very long text in linear time (a hang would hit the test timeout; speed is benchmarked)', () => {
    expect(detectLanguage('the and you '.repeat(100_000))).toBe('en');
  });
});

describe('detectLanguage on the product’s own drafts', () => {
  it('recognises every draft, call script and voicemail as the language it was written in', () => {
    for (const lang of DRAFT_LANGUAGES) {
      for (const kind of ['invoice', 'proposal', 'details_request'] as const) {
        for (const stage of FOLLOW_UP_STAGES) {
          const draft = renderFollowUp({ kind, stage, lang, facts: {} });
          for (const text of [draft.body, draft.callScript, draft.voicemailScript]) {
            if (text !== undefined) expect(detectLanguage(text), `${lang} ${kind} ${stage}`).toBe(lang);
          }
        }
      }
    }
  });
});
