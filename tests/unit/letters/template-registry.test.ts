import { describe, expect, it } from 'vitest';
import { partialSources } from '../../../src/letters/handlebars.js';
import { resolveTemplate, templateCandidates, templateVersion } from '../../../src/letters/template-registry.js';

describe('template registry', () => {
  it.each([
    ['TX', 'es', 'TX/es', 'es'],
    ['TX', 'en', 'TX/en', 'en'],
    ['TX', 'es-MX', 'TX/es', 'es'],
    ['TX', 'fr', 'TX/en', 'en'],
    ['NM', 'en', 'default/en', 'en'],
    ['NM', 'es', 'default/es', 'es'],
    ['NM', 'fr', 'default/en', 'en'],
    ['../../etc', 'es', 'default/es', 'es'],
  ])('%s + %s → %s', (jurisdiction, language, id, lang) => {
    const t = resolveTemplate(jurisdiction, language);
    expect(t.id).toBe(id);
    expect(t.language).toBe(lang);
    expect(t.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('follows the fallback chain in order', () => {
    expect(templateCandidates('wa', 'es')).toEqual(['WA/es', 'WA/en', 'default/es', 'default/en']);
    expect(templateCandidates('WA', 'en')).toEqual(['WA/en', 'default/en']);
    expect(templateCandidates(null, 'fr')).toEqual(['default/en']);
  });

  it('caches: the same template object comes back', () => {
    expect(resolveTemplate('TX', 'es')).toBe(resolveTemplate('TX', 'es'));
  });

  it('versions change with the template source or any partial', () => {
    const partials = [...partialSources()];
    const base = templateVersion('<p>{{a}}</p>', partials);
    expect(templateVersion('<p>{{a}}</p>', partials)).toBe(base);
    expect(templateVersion('<p>{{a}}!</p>', partials)).not.toBe(base);
    const edited = partials.map(([n, s], i) => [n, i === 0 ? s + ' ' : s] as const);
    expect(templateVersion('<p>{{a}}</p>', edited)).not.toBe(base);
    expect(resolveTemplate('TX', 'en').version).not.toBe(resolveTemplate('default', 'en').version);
  });
});
