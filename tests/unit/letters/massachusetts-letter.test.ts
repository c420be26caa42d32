// Massachusetts (ch. 93H, § 3(b)): the resident notice must not state the nature of the breach or
// the number of residents affected, and must state the right to a police report and how to get a
// free security freeze. The default letter fails the check; the Massachusetts letters pass it.
import { describe, expect, it } from 'vitest';
import { assessIncident } from '../../../src/domain/assess.js';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import { checkLetterContent, contentRules } from '../../../src/letters/content-checker.js';
import { renderLetter } from '../../../src/letters/render-letter.js';
import { resolveTemplate } from '../../../src/letters/template-registry.js';
import { catalogue } from '../../../src/rules/index.js';
import { odessaFacts, resident } from './fixtures.js';

function maObligation(discovered: string) {
  const parsed = parseIncidentFile({
    title: 'Portal breach',
    organization: { name: 'Town of Lee', kind: 'municipality', state: 'MA', timezone: 'America/New_York' },
    dataElements: ['name', 'card_number'],
    exposure: [{ start: '2019-01-02', end: discovered }],
    events: [{ type: 'discovered', at: discovered }],
    affected: { byState: { MA: 30 } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return assessIncident(parsed.incident, catalogue).obligations.find((o) => o.key === 'MA:MA-93H:individuals')!;
}

describe('Massachusetts resident letters', () => {
  it.each(['2019-04-10', '2019-04-11', '2024-06-01'])('discovered %s: the rule forbids "what happened" and requires the police report and the freeze', (day) => {
    const o = maObligation(day);
    expect(o.forbiddenLetterElements).toContain('what_happened');
    expect(o.letterElements).toEqual(expect.arrayContaining(['police_report', 'security_freeze']));
    expect(o.forbiddenContent.join(' ')).toMatch(/nature/i);
  });

  it.each(['en', 'es'])('the MA/%s letter passes: no account of what happened, no count, and both required blocks', (lang) => {
    const o = maObligation('2024-06-01');
    const rules = contentRules(o.letterElements, o.forbiddenLetterElements);
    expect(resolveTemplate('MA', lang).id).toBe(`MA/${lang}`);
    const letter = renderLetter(odessaFacts(), resident(lang, 'MA'), 'MA');
    expect(checkLetterContent(letter.html, rules.required, rules.forbidden)).toEqual({ ok: true, missing: [], empty: [], forbidden: [] });
    expect(letter.html).not.toContain('data-element="what_happened"');
    expect(letter.text).not.toMatch(/What Happened|Qué sucedió/);
    expect(letter.text).toMatch(lang === 'en' ? /right to obtain a police report/ : /derecho a obtener un informe policial/);
    expect(letter.text).toMatch(lang === 'en' ? /free of charge/ : /sin costo alguno/);
  });

  it('the default letter, sent to a Massachusetts resident, is refused for what it says', () => {
    const o = maObligation('2024-06-01');
    const rules = contentRules(o.letterElements, o.forbiddenLetterElements);
    const letter = renderLetter(odessaFacts(), resident('en', 'TX'), 'TX');
    const check = checkLetterContent(letter.html, rules.required, rules.forbidden);
    expect(check.ok).toBe(false);
    expect(check.forbidden).toEqual(['what_happened']);
    expect(check.missing).toEqual(expect.arrayContaining(['police_report', 'security_freeze']));
  });

  it('prints the security-freeze line of each bureau, TransUnion 1-888-909-8872', () => {
    const text = renderLetter(odessaFacts(), resident('en', 'MA'), 'MA').text;
    expect(text).toContain('1-888-909-8872');
    expect(text).not.toContain('1-800-916-8800');
  });
});
