import { describe, expect, it } from 'vitest';
import { extractAmount } from '../../../../src/core/classify/extract-amount';
import { readAmountInWords } from '../../../../src/core/classify/read-amount-in-words';

// A sum in words is read when the text states none in figures; the currency word's currency is
// extract-amount's, so the sentences go through it.
describe('a sum written out in words', () => {
  it.each([
    ['For the term it comes to six hundred and fifty pounds.', 650, 'GBP'],
    ["C'est la facture 7 : mille deux cents euros.", 1200, 'EUR'],
    ['Pour la séance, quatre-vingt-dix euros.', 90, 'EUR'],
    ['Las clases de marzo suman ciento sesenta euros.', 160, 'EUR'],
    ['A tradução ficou em mil e quinhentos reais.', 1500, 'BRL'],
    ['De rekening voor de fotoshoot: vierhonderd euro.', 400, 'EUR'],
    ['Het komt op vijfenzeventig euro.', 75, 'EUR'],
    ['Zusammen zweitausendfünfhundert Euro.', 2500, 'EUR'],
    ['A hundred quid for the lot.', 100, 'GBP'],
  ])('reads %s', (text, amount, currency) => {
    expect(extractAmount(text)).toEqual({ amount, currency });
  });

  it.each([
    ['words that are no number', 'Some pounds of flour, please.'],
    ['an article before the currency', 'Mijn zwager doet zoiets voor een euro of 800.'],
    ['a currency word with no number', 'The euro is strong this week.'],
  ])('reads nothing from %s', (_, text) => {
    expect(extractAmount(text)).toEqual({ amount: null, currency: null });
  });
});

describe('readAmountInWords', () => {
  it('gives the sum and the currency word it ends on', () => {
    expect(readAmountInWords('Het komt op vijfenzeventig euro.')).toEqual({
      amount: 75,
      currencyWord: 'euro',
    });
  });

  it('reads nothing where no number comes before the currency word', () => {
    expect(readAmountInWords('The euro is strong this week.')).toBeNull();
  });
});
