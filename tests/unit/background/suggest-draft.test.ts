import { describe, expect, it } from 'vitest';
import { suggestDraft } from '../../../src/background/suggest-draft';
import { DEFAULT_CADENCE_SETTINGS } from '../../../src/core/cadence/cadence-settings';
import { sampleThread } from '../../support/sample-thread';

const NOW = Date.UTC(2026, 11, 1, 10, 0);
const NO_PROFILE = { name: '', callAvailability: '', paymentLink: '' };

describe('the suggested follow-up for a thread', () => {
  it("greets the client by first name, states the invoice's facts, and signs with the name Gmail shows", () => {
    const { draft, tone } = suggestDraft(sampleThread(), DEFAULT_CADENCE_SETTINGS, NOW, NO_PROFILE);
    expect(draft.body).toMatch(/^Hi Ana,/);
    expect(draft.body).toContain('INV-2041');
    expect(draft.body).toMatch(/Sam\s*$/);
    expect(tone.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it("signs with the user's chosen name and offers their payment page", () => {
    const { draft } = suggestDraft(sampleThread(), DEFAULT_CADENCE_SETTINGS, NOW, {
      name: 'Samantha',
      callAvailability: '',
      paymentLink: 'https://pay.example/inv-2041',
    });
    expect(draft.body).toMatch(/Samantha\s*$/);
    expect(draft.body).toContain('https://pay.example/inv-2041');
  });

  it('writes in the language of the thread', () => {
    const german = sampleThread({
      subject: 'Rechnung Nr. 4711',
      bodyExcerpt:
        'Hallo Ana, anbei die Rechnung Nr. 4711 über 2.400,00 €, zahlbar innerhalb von 14 Tagen. Viele Grüße',
    });
    expect(suggestDraft(german, DEFAULT_CADENCE_SETTINGS, NOW, NO_PROFILE).draft.lang).toBe('de');
  });

  it("writes in the language and tone the user picked, over the thread's", () => {
    const written = suggestDraft(sampleThread(), DEFAULT_CADENCE_SETTINGS, NOW, NO_PROFILE, {
      lang: 'de',
      tone: 'firm',
    });
    expect(written).toMatchObject({ lang: 'de', draftTone: 'firm' });
    expect(written.draft.body).toMatch(/^(Hallo|Guten Tag|Liebe|Lieber|Sehr geehrte)/);
    const warm = suggestDraft(sampleThread(), DEFAULT_CADENCE_SETTINGS, NOW, NO_PROFILE, { lang: 'thread' });
    expect(warm).toMatchObject({ lang: 'en', draftTone: 'warm' });
    expect(warm.draft.body).not.toBe(
      suggestDraft(sampleThread(), DEFAULT_CADENCE_SETTINGS, NOW, NO_PROFILE, { tone: 'firm' }).draft.body,
    );
  });
});
