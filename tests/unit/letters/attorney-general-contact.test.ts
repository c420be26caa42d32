// Statutes such as North Carolina's require the attorney general's contact details in the letter;
// a generic "your state's attorney general" sentence must not pass the content check.
import { describe, expect, it } from 'vitest';
import { checkLetterContent } from '../../../src/letters/content-checker.js';
import { renderLetter } from '../../../src/letters/render-letter.js';
import { odessaFacts, resident } from './fixtures.js';

describe('attorney-general contact details', () => {
  it('names the resident state attorney general with contact details where the catalogue knows them', () => {
    const letter = renderLetter(odessaFacts(), resident('en', 'NC'), 'NC');
    expect(letter.text).toContain('North Carolina Department of Justice');
    expect(letter.text).toContain('1-877-566-7226');
    expect(checkLetterContent(letter.html, ['attorney_general']).ok).toBe(true);
  });

  it('fails the check, rather than pass a generic sentence, where no contact is known', () => {
    const letter = renderLetter(odessaFacts(), resident('en', 'AS'), 'AS');
    expect(letter.text).toMatch(/your state's attorney general/);
    expect(checkLetterContent(letter.html, ['attorney_general'])).toMatchObject({ ok: false, missing: ['attorney_general'] });
  });
});
