import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../../src/core/text/html-to-text';
import { stripQuotedHistory } from '../../../../src/core/text/strip-quoted-history';

describe('turning mail HTML into text', () => {
  it.each([
    ['<div>Hi Ana,</div><div><br></div><div>Invoice attached.</div>', 'Hi Ana,\n\nInvoice attached.'],
    ['Total: 1.234,56&nbsp;&euro; &amp; more', 'Total: 1.234,56 € & more'],
    ['<p>a</p><script>alert("x")</script><style>p{}</style><p>b</p>', 'a\nb'],
    ['<!-- hidden --><span title="a > b">shown</span>', 'shown'],
    ['a < b and c > d', 'a < b and c > d'],
    ['&#x1F600; &#8364; &#0; &bogus;', '😀 € &bogus;'],
  ])('reads %j as %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('never leaves a tag in its output, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (html) => {
        expect(htmlToText(`<b>${html}</b>`)).not.toMatch(/<b>|<\/b>/);
      }),
    );
  });

  it('keeps a lone ampersand and decodes only known entities', () => {
    expect(decodeEntities('R&D &lt;x&gt;')).toBe('R&D <x>');
  });

  it('reads 5 MB of unclosed scripts and tags without hanging', () => {
    expect(htmlToText(`${'<script>'.repeat(300_000)}x`)).toBe('');
    expect(htmlToText('<div '.repeat(1_000_000)).length).toBe(0);
  });
});

describe('removing quoted history and signatures', () => {
  it.each([
    [
      'Thanks!\n\nOn Mon, Nov 2, 2026 at 9:12 AM Ana <ana@acme.example> wrote:\n> Could you send it?',
      'Thanks!',
    ],
    ['Danke!\n\nAm 02.11.2026 um 09:12 schrieb Ana <ana@acme.example>:\n> Bitte', 'Danke!'],
    ['Merci !\n\nLe lun. 2 nov. 2026 à 09:12, Ana a écrit :\n> Oui', 'Merci !'],
    ['Gracias\n\nEl lun, 2 nov 2026 a las 9:12, Ana escribió:\n> Sí', 'Gracias'],
    ['Dank je\n\nOp ma 2 nov 2026 om 09:12 schreef Ana <ana@acme.example>:\n> Ja', 'Dank je'],
    ['Obrigado\n\nEm seg., 2 de nov. de 2026 às 09:12, Ana escreveu:\n> Sim', 'Obrigado'],
    ['See below.\n\n-----Original Message-----\nFrom: Ana\nSent: Monday', 'See below.'],
    ['Hi\n\nFrom: Ana Souza <ana@acme.example>\nSent: Monday, November 2, 2026 9:12 AM\nTo: Sam', 'Hi'],
    ['Invoice attached.\n\n-- \nSam Rivera\nStudio Rivera', 'Invoice attached.'],
    ['Best,\nSam', 'Best,\nSam'],
  ])('%j keeps %j', (text, kept) => {
    expect(stripQuotedHistory(text)).toBe(kept);
  });
});
