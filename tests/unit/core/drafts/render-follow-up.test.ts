import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_STAGES, type FollowUpStage } from '../../../../src/core/cadence/stages';
import type { TrackedKind } from '../../../../src/core/classify/kinds';
import {
  DRAFT_LANGUAGES,
  DRAFT_TONES,
  type DraftFacts,
  type DraftLanguage,
  renderFollowUp,
} from '../../../../src/core/drafts/render-follow-up';
import { checkTone } from '../../../../src/core/tone/check-tone';

const KINDS: TrackedKind[] = [
  'invoice',
  'proposal',
  'feedback_request',
  'details_request',
  'testimonial_request',
  'followup',
];

const FULL_FACTS: DraftFacts = {
  clientFirstName: 'Marta',
  clientOrganization: 'Lindqvist Bakery',
  projectTitle: 'Spring menu photos',
  invoiceNumber: 'INV-2031',
  amount: 1840.5,
  currency: 'EUR',
  dueDate: '2026-04-10',
  daysOverdue: 12,
  daysSilent: 8,
  senderName: 'Jonas Weber',
  signature: 'Jonas Weber\nWeber Studio',
  callAvailability: 'Tuesday after 2 pm',
  paymentLink: 'https://pay.example.test/inv-2031',
  collectionsDate: '2026-06-01',
  contactPhone: '+49 30 1234 5678',
};

const INVOICE_LADDER: FollowUpStage[] = [
  'courtesy',
  'reminder_1',
  'reminder_2',
  'reminder_3',
  'personal',
  'call',
  'final_notice',
  'collections',
];
const PROPOSAL_LADDER: FollowUpStage[] = [
  'nudge_1',
  'nudge_2',
  'nudge_3',
  'breakup',
  'checkin',
  'checkin',
  'checkin',
];

/** Sentences of a body, without the greeting and the farewell block that every email shares. */
function sentencesOf(body: string): string[] {
  const blocks = body.split('\n\n');
  return blocks
    .slice(1, -1)
    .join(' ')
    .split(/(?<=[.?!])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('renderFollowUp personalisation', () => {
  it.each([
    ['en', '€1,840.50', 'April 10, 2026'],
    ['de', '1.840,50 €', '10. April 2026'],
    ['es', '1840,50 €', '10 de abril de 2026'],
    ['nl', '€ 1.840,50', '10 april 2026'],
    ['pt', '€ 1.840,50', '10 de abril de 2026'],
  ] as const)('formats the amount and due date for %s readers', (lang, amount, date) => {
    const { body } = renderFollowUp({ kind: 'invoice', stage: 'reminder_2', lang, facts: FULL_FACTS });
    expect(body.replace(/[\u00a0\u202f]/g, ' ')).toContain(amount);
    expect(body).toContain(date);
  });

  it('writes French amounts with French separators', () => {
    const { body } = renderFollowUp({ kind: 'invoice', stage: 'reminder_2', lang: 'fr', facts: FULL_FACTS });
    expect(body.replace(/[\u00a0\u202f]/g, ' ')).toContain('1 840,50 €');
    expect(body).toContain('10 avril 2026');
  });

  it('names the client, the invoice, the sender and the signature', () => {
    const { body } = renderFollowUp({ kind: 'invoice', stage: 'reminder_1', facts: FULL_FACTS });
    expect(body.startsWith('Hi Marta,')).toBe(true);
    expect(body).toContain('invoice INV-2031 for €1,840.50');
    expect(body).toContain('12 days ago');
    expect(body.endsWith('Warm wishes,\nJonas Weber\nWeber Studio')).toBe(true);
  });

  it('puts the payment link on its own line', () => {
    const { body } = renderFollowUp({ kind: 'invoice', stage: 'courtesy', facts: FULL_FACTS });
    expect(body).toMatch(/here: https:\/\/pay\.example\.test\/inv-2031\n/);
  });

  it('offers the user’s availability for a call on a proposal', () => {
    const { body } = renderFollowUp({ kind: 'proposal', stage: 'nudge_1', facts: FULL_FACTS });
    expect(body).toContain("I'm free Tuesday after 2 pm.");
    expect(body).toContain('“Spring menu photos”');
  });

  it('writes a natural sentence when facts are missing', () => {
    const { body } = renderFollowUp({ kind: 'invoice', stage: 'final_notice', facts: {} });
    expect(body).toContain('The amount due is the full amount shown on the invoice.');
    expect(body).toContain('Please arrange payment within the next 15 days.');
    expect(body.startsWith('Hi there,')).toBe(true);
  });

  it.each([
    ['a negative amount', { amount: -50, currency: 'EUR' }],
    ['an impossible date', { dueDate: '2026-02-31' }],
    ['a link that is not a web address', { paymentLink: 'javascript:alert(1)' }],
    ['blank names', { clientFirstName: '   ', senderName: '' }],
    ['zero days overdue', { daysOverdue: 0 }],
  ] as const)('drops %s instead of printing it', (_name, facts) => {
    const { body } = renderFollowUp({ kind: 'invoice', stage: 'reminder_1', facts });
    const plain = renderFollowUp({ kind: 'invoice', stage: 'reminder_1', facts: {} }).body;
    expect(body).toBe(plain);
  });

  it('falls back to a plain first follow-up for an unknown kind or stage instead of throwing', () => {
    const draft = renderFollowUp({
      kind: 'newsletter' as TrackedKind,
      stage: 'later' as FollowUpStage,
      facts: {},
    });
    expect(draft.kind).toBe('followup');
    expect(draft.stage).toBe('nudge_1');
    expect(draft.body).toContain('I wanted to follow up on my last note.');
    expect(renderFollowUp({ kind: 'invoice', stage: 'soon' as FollowUpStage, facts: {} }).stage).toBe(
      'reminder_1',
    );
  });

  it('falls back to English and a warm tone for an unknown language or tone', () => {
    const draft = renderFollowUp({
      kind: 'proposal',
      stage: 'nudge_1',
      lang: 'xx' as DraftLanguage,
      tone: 'icy' as 'warm',
      facts: {},
    });
    expect(draft.lang).toBe('en');
    expect(draft.tone).toBe('warm');
  });
});

describe('renderFollowUp shape (playbook)', () => {
  it('never repeats a sentence along an invoice ladder or a proposal ladder', () => {
    for (const lang of DRAFT_LANGUAGES) {
      for (const tone of DRAFT_TONES) {
        for (const [kind, ladder] of [
          ['invoice', INVOICE_LADDER],
          ['proposal', PROPOSAL_LADDER],
        ] as const) {
          const seen = new Map<string, FollowUpStage>();
          ladder.forEach((stage, index) => {
            const { body } = renderFollowUp({
              kind,
              stage,
              lang,
              tone,
              facts: FULL_FACTS,
              previousStages: ladder.slice(0, index),
            });
            for (const sentence of sentencesOf(body)) {
              expect(seen.get(sentence), `${lang}/${tone}/${kind} ${stage}: “${sentence}”`).toBeUndefined();
              seen.set(sentence, stage);
            }
          });
        }
      }
    }
  });

  it('gives a 3–4 word subject only to the monthly check-in, a new subject each month', () => {
    for (const lang of DRAFT_LANGUAGES) {
      const subjects = [0, 1, 2].map(
        (month) =>
          renderFollowUp({
            kind: 'proposal',
            stage: 'checkin',
            lang,
            facts: {},
            previousStages: ['nudge_1', 'nudge_2', 'breakup', ...Array<FollowUpStage>(month).fill('checkin')],
          }).subject,
      );
      expect(new Set(subjects).size).toBe(3);
      for (const subject of subjects) {
        expect(subject?.split(' ').length).toBeGreaterThanOrEqual(3);
        expect(subject?.split(' ').length).toBeLessThanOrEqual(4);
      }
      expect(renderFollowUp({ kind: 'proposal', stage: 'nudge_2', lang, facts: {} }).subject).toBeNull();
      expect(renderFollowUp({ kind: 'invoice', stage: 'final_notice', lang, facts: {} }).subject).toBeNull();
    }
  });

  it('gives phone steps a call script and a voicemail that keeps account details out', () => {
    for (const lang of DRAFT_LANGUAGES) {
      const draft = renderFollowUp({ kind: 'invoice', stage: 'call', lang, facts: FULL_FACTS });
      expect(draft.callScript).toContain('INV-2031');
      expect(draft.voicemailScript).toBeDefined();
      expect(draft.voicemailScript).not.toContain('INV-2031');
      expect(draft.voicemailScript).not.toMatch(/1[.,\s\u00a0\u202f]?840/);
      expect(draft.voicemailScript).toContain('+49 30 1234 5678');
      expect(
        renderFollowUp({ kind: 'invoice', stage: 'reminder_1', lang, facts: FULL_FACTS }).callScript,
      ).toBe(undefined);
    }
  });

  it('states the date, the amount and how to pay in the final notice', () => {
    const { body } = renderFollowUp({
      kind: 'invoice',
      stage: 'final_notice',
      tone: 'neutral',
      facts: FULL_FACTS,
    });
    expect(body).toContain('€1,840.50');
    expect(body).toContain('June 1, 2026');
    expect(body).toContain('https://pay.example.test/inv-2031');
    expect(body).toContain('collections agency');
  });

  it('keeps proposals free of “did you read” and ends the ladder by assuming it is not a priority', () => {
    for (const stage of PROPOSAL_LADDER) {
      const { body } = renderFollowUp({ kind: 'proposal', stage, facts: FULL_FACTS });
      expect(body.toLowerCase()).not.toMatch(/did you (?:read|see|get|receive)/);
    }
    expect(renderFollowUp({ kind: 'proposal', stage: 'breakup', facts: {} }).body).toContain(
      "I'll assume this isn't a priority right now",
    );
  });

  it('never sends a proposal to collections', () => {
    const { body } = renderFollowUp({ kind: 'proposal', stage: 'collections', facts: FULL_FACTS });
    expect(body).not.toMatch(/collection/i);
    expect(body).toContain("isn't a priority right now");
  });

  it('announces a mid-project close and the bill for work done', () => {
    const { body } = renderFollowUp({ kind: 'details_request', stage: 'close_notice', facts: FULL_FACTS });
    expect(body).toContain('close the project');
    expect(body).toContain('invoice for the work completed so far');
  });

  it('only checks that the client is alright in a first mid-project check-in', () => {
    const { body, subject } = renderFollowUp({ kind: 'feedback_request', stage: 'checkin', facts: {} });
    expect(body).toContain("check that you're alright");
    expect(subject).toBeNull();
  });
});

const realisticFacts: fc.Arbitrary<DraftFacts> = fc.record(
  {
    clientFirstName: fc.constantFrom('Marta', 'Jean-Luc', 'Ana Lúcia', 'Øyvind'),
    clientOrganization: fc.constantFrom('Lindqvist Bakery', 'Atelier Roux'),
    projectTitle: fc.constantFrom('Spring menu photos', 'New website'),
    invoiceNumber: fc.constantFrom('INV-2031', '2026/014'),
    amount: fc.integer({ min: 1, max: 250_000 }).map((cents) => cents / 100),
    currency: fc.constantFrom('EUR', 'USD', 'GBP', 'BRL', 'CHF'),
    dueDate: fc.constantFrom('2026-04-10', '2025-12-31', '2026-02-28'),
    daysOverdue: fc.integer({ min: 1, max: 120 }),
    daysSilent: fc.integer({ min: 1, max: 60 }),
    senderName: fc.constantFrom('Jonas Weber', 'Sam'),
    signature: fc.constantFrom('Jonas Weber\nWeber Studio', 'Sam'),
    callAvailability: fc.constantFrom('Tuesday after 2 pm', 'on Thursday morning'),
    paymentLink: fc.constantFrom('https://pay.example.test/x'),
    collectionsDate: fc.constantFrom('2026-06-01'),
    contactPhone: fc.constantFrom('+44 20 7946 0000', '030 1234567'),
  },
  { requiredKeys: [] },
);

const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    'undefined',
    'null',
    'NaN',
    '{{name}}',
    '   ',
    '\n\n',
    'A'.repeat(500),
    'Ana\u0000Bo',
    '<b>x</b>',
  ),
);
const hostileFacts = fc.record(
  {
    clientFirstName: fc.option(hostileText),
    clientOrganization: fc.option(hostileText),
    projectTitle: fc.option(hostileText),
    invoiceNumber: fc.option(hostileText),
    amount: fc.option(fc.oneof(fc.double(), fc.integer({ min: 1, max: 1_000_000 }))),
    currency: fc.option(fc.constantFrom('EUR', 'USD', 'GBP', 'BRL', 'XYZ', 'eur', '€', '')),
    dueDate: fc.option(fc.oneof(hostileText, fc.constantFrom('2026-04-10', '2025-12-31', '2026-13-01'))),
    daysOverdue: fc.option(fc.oneof(fc.double(), fc.integer({ min: -5, max: 400 }))),
    daysSilent: fc.option(fc.integer({ min: -5, max: 400 })),
    senderName: fc.option(hostileText),
    signature: fc.option(hostileText),
    callAvailability: fc.option(fc.constantFrom('Tuesday after 2 pm', 'am Montag', 'mardi matin')),
    paymentLink: fc.option(fc.constantFrom('https://pay.example.test/x', 'not a link', '')),
    collectionsDate: fc.option(fc.constantFrom('2026-06-01', 'soon')),
    contactPhone: fc.option(fc.constantFrom('+44 20 7946 0000', 'call me', '555')),
  },
  { requiredKeys: [] },
);

describe('renderFollowUp property: every draft lands well', () => {
  it('passes the tone check at its own stage with no warning, in every language, tone, kind and stage', () => {
    for (const lang of DRAFT_LANGUAGES) {
      for (const tone of DRAFT_TONES) {
        for (const kind of KINDS) {
          for (const stage of FOLLOW_UP_STAGES) {
            for (const facts of [FULL_FACTS, {}]) {
              const { body } = renderFollowUp({ kind, stage, lang, tone, facts });
              const report = checkTone(body, { kind, stage, lang });
              const loud = report.findings.filter((finding) => finding.severity !== 'info');
              expect(loud, `${lang}/${tone}/${kind}/${stage}\n${body}`).toEqual([]);
              expect(report.bands.questions).toBeLessThanOrEqual(3);
              expect(wordCount(body)).toBeGreaterThanOrEqual(35);
              expect(wordCount(body)).toBeLessThanOrEqual(125);
            }
          }
        }
      }
    }
  });

  it('passes the tone check at its stage for any subset of realistic facts', () => {
    fc.assert(
      fc.property(
        realisticFacts,
        fc.constantFrom(...KINDS),
        fc.constantFrom(...FOLLOW_UP_STAGES),
        fc.constantFrom(...DRAFT_LANGUAGES),
        fc.constantFrom(...DRAFT_TONES),
        fc.array(fc.constantFrom(...FOLLOW_UP_STAGES), { maxLength: 8 }),
        (facts, kind, stage, lang, tone, previousStages) => {
          const { body } = renderFollowUp({ kind, stage, lang, tone, facts, previousStages });
          const loud = checkTone(body, { kind, stage, lang }).findings.filter((f) => f.severity !== 'info');
          expect(loud).toEqual([]);
          expect(body).not.toMatch(/ {2}| [.,]|\.\.|undefined|NaN|\bnull\b/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never prints undefined or NaN of its own and never throws, whatever the facts', () => {
    fc.assert(
      fc.property(
        hostileFacts,
        fc.constantFrom(...KINDS),
        fc.constantFrom(...FOLLOW_UP_STAGES),
        fc.constantFrom(...DRAFT_LANGUAGES),
        fc.array(fc.constantFrom(...FOLLOW_UP_STAGES), { maxLength: 60 }),
        (facts, kind, stage, lang, previousStages) => {
          const draft = renderFollowUp({ kind, stage, lang, facts: facts as DraftFacts, previousStages });
          let ours = draft.body;
          for (const value of Object.values(facts)) {
            if (typeof value === 'string') ours = ours.split(value.replace(/\s+/g, ' ').trim()).join('');
          }
          expect(ours).not.toMatch(/undefined|NaN|\bnull\b/);
          expect(draft.body.length).toBeGreaterThan(100);
          expect(draft.body.length).toBeLessThan(3000);
        },
      ),
      { numRuns: 400 },
    );
  });
});
