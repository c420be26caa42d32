import { describe, expect, it } from 'vitest';
import { htmlToText, renderLetter } from '../../../src/letters/render-letter.js';
import { odessaFacts, resident } from './fixtures.js';

describe('renderLetter', () => {
  const facts = odessaFacts();

  it('escapes a hostile name and address: data never becomes markup', () => {
    const hostile = { ...resident('en', 'TX', 'John <script>alert(1)</script> Smith'), address: ['<section data-element="contact">x</section>'] };
    const letter = renderLetter(facts, hostile, 'TX');
    expect(letter.html).not.toContain('<script>');
    expect(letter.html).toContain('John &lt;script&gt;alert(1)&lt;/script&gt; Smith');
    expect(letter.html).not.toContain('<section data-element="contact">x');
    expect(letter.text).toContain('Dear John <script>alert(1)</script> Smith,');
  });

  it('is deterministic and hashes subject + html', async () => {
    const a = renderLetter(facts, resident('es', 'TX'), 'TX');
    const b = renderLetter(odessaFacts(), resident('es', 'TX'), 'TX');
    expect(a).toEqual(b);
    const { createHash } = await import('node:crypto');
    expect(a.contentHash).toBe(createHash('sha256').update(`${a.subject}\n${a.html}`).digest('hex'));
    expect(renderLetter(facts, resident('es', 'TX', 'Ana Lopez'), 'TX').contentHash).not.toBe(a.contentHash);
  });

  it('writes Spanish letters in Spanish, with the Texas attorney general for Texans', () => {
    const letter = renderLetter(facts, resident('es', 'TX'), 'TX');
    expect(letter.subject).toBe('Aviso de violación de datos — City of Odessa');
    expect(letter.language).toBe('es');
    expect(letter.text).toMatch(/abril de 2020/);
    expect(letter.text).toContain('Estimado(a) Maria Garcia:');
    expect(letter.html).toContain('800-621-0508');
    expect(letter.html).toContain('texasattorneygeneral.gov');
  });

  it('names a known state attorney general, and falls back to generic wording', () => {
    expect(renderLetter(facts, resident('en', 'NM'), 'NM').text).toContain('New Mexico Department of Justice');
    // American Samoa has no breach law in the catalogue, and so no contact to print.
    const elsewhere = renderLetter(facts, resident('en', 'AS'), 'AS');
    expect(elsewhere.subject).toBe('Notice of Data Breach — City of Odessa');
    expect(elsewhere.text).toContain("your state's attorney general");
  });

  it('gives a plain-text body with headings and paragraphs on their own lines', () => {
    const text = renderLetter(facts, resident('en', 'TX'), 'TX').text;
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text).toContain('\n\nWhat Happened\n\n');
    expect(text).toContain('\n- Your payment card number\n');
    expect(text).toContain('between April 1, 2020 and June 30, 2020');
    expect(htmlToText('<head><title>x</title></head><h2>A &amp; B</h2><p>one<br>two</p>')).toBe('A & B\n\none\ntwo\n');
  });
});
