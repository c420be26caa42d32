import { describe, expect, it } from 'vitest';
import { LETTER_ELEMENTS } from '../../../src/rules/types.js';
import { BASELINE_LETTER_ELEMENTS, checkLetterContent } from '../../../src/letters/content-checker.js';
import { renderLetter } from '../../../src/letters/render-letter.js';
import { odessaFacts, resident } from './fixtures.js';

// Elements only the Massachusetts templates carry (ch. 93H, § 3(b)); the default letter has none.
const MA_ONLY = ['police_report', 'security_freeze'];
const DEFAULT_ELEMENTS = LETTER_ELEMENTS.filter((e) => !MA_ONLY.includes(e));

describe('content checker', () => {
  it.each([
    ['TX', 'en'],
    ['TX', 'es'],
    ['NM', 'en'],
    ['NM', 'es'],
  ])('finds every element in the %s/%s letter', (state, lang) => {
    const html = renderLetter(odessaFacts(), resident(lang, state), state).html;
    expect(checkLetterContent(html, BASELINE_LETTER_ELEMENTS)).toEqual({ ok: true, missing: [], empty: [], forbidden: [] });
    expect(checkLetterContent(html, DEFAULT_ELEMENTS)).toEqual({ ok: true, missing: [], empty: [], forbidden: [] });
  });

  it('leaves out the law-enforcement-delay block when there was no delay', () => {
    const html = renderLetter(odessaFacts({ lawEnforcementDelayed: false }), resident('en', 'TX'), 'TX').html;
    expect(checkLetterContent(html, DEFAULT_ELEMENTS)).toEqual({ ok: false, missing: ['law_enforcement_delay'], empty: [], forbidden: [] });
  });

  it('reports a missing element and an empty one', () => {
    const html = `
      <section data-element="ca_headings">
        <section data-element="what_happened"><p>Someone got in.</p></section>
        <section data-element="contact"><p> </p>&nbsp;<!-- call us --></section>
        <div data-element='breach_dates'><div>nested <b>text</b></div></div>
      </section>`;
    expect(checkLetterContent(html, ['what_happened', 'breach_dates', 'contact', 'ftc', 'ca_headings'])).toEqual({
      ok: false,
      missing: ['ftc'],
      empty: ['contact'],
      forbidden: [],
    });
  });

  it('refuses a letter that carries an element the law forbids, even an empty one', () => {
    const html = '<section data-element="what_happened"></section><section data-element="contact"><p>Call us</p></section>';
    expect(checkLetterContent(html, ['contact'], ['what_happened'])).toEqual({ ok: false, missing: [], empty: [], forbidden: ['what_happened'] });
    expect(checkLetterContent('<section data-element="contact"><p>Call us</p></section>', ['contact'], ['what_happened']).ok).toBe(true);
  });

  it('ignores markers inside comments and text that merely looks like one', () => {
    const html = '<!-- <section data-element="ftc">FTC</section> --><p>data-element="ftc"</p>';
    expect(checkLetterContent(html, ['ftc']).missing).toEqual(['ftc']);
  });

  it.each([
    ['nested same-name blocks, text only in the outer one', '<div data-element="ftc"><div></div>FTC</div>', true],
    ['nested same-name blocks, text after the outer close', '<div data-element="ftc"><div></div></div>FTC', false],
    ['an entity that is only a space', '<p data-element="ftc">&nbsp;&#32;</p>', false],
    ['an entity that is a letter', '<p data-element="ftc">&#70;</p>', true],
    ['a quoted > inside an attribute', '<p data-element="ftc" title="a > b"></p>', false],
    ['a void element', '<img data-element="ftc">FTC', false],
    ['an unclosed block running to the end', '<section data-element="ftc"><p>FTC', true],
    ['an upper-case attribute name', '<P DATA-ELEMENT="ftc">FTC</P>', true],
  ])('judges text by the element it is in: %s', (_case, html, hasText) => {
    expect(checkLetterContent(html, ['ftc'])).toEqual({ ok: hasText, missing: [], empty: hasText ? [] : ['ftc'], forbidden: [] });
  });
});
