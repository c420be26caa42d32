import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventInput, parseIncidentFile } from '../../../src/domain/incident-file.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8'));
const org = { name: 'City of Odessa', kind: 'municipality' as const, state: 'TX', timezone: 'America/Chicago' };

describe('parseIncidentFile', () => {
  it('reads the DESIGN §5 example', () => {
    const r = parseIncidentFile(fixture('odessa-2020.json'));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.incident.organization).toEqual(org);
    expect(r.incident.exposure[0]).toMatchObject({ channel: 'one_time_payment', start: { precision: 'month', earliest: '2020-04-01' }, end: { latest: '2020-06-30' } });
    expect(r.incident.events.map((e) => e.type)).toEqual(['discovered', 'determined', 'law_enforcement_delay', 'notified', 'disclosed_publicly']);
    expect(r.incident.affected.byState).toEqual({ TX: 2300, NM: 14 });
    expect(r.incident.encryption).toEqual({ encrypted: false, keyCompromised: false });
  });

  it('reports every problem at once, each under its field path', () => {
    const file = fixture('odessa-2020.json');
    file.title = '';
    file.organization.timezone = 'Central Time';
    file.exposure[0].end = '2020-13';
    file.events[1].at = '2020-02-30';
    file.events[3].recipient = 'residents';
    file.affected.byState.XX = 3;
    file.dataElements.push('Card Number');
    file.colour = 'red';
    const r = parseIncidentFile(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field).sort()).toEqual(
      ['title', 'organization.timezone', 'exposure[0].end', 'events[1].at', 'events[3].recipient', 'affected.byState.XX', 'dataElements[5]', 'colour'].sort(),
    );
    expect(r.errors.find((e) => e.field === 'events[1].at')!.message).toMatch(/not a real calendar date/);
    expect(r.errors.find((e) => e.field === 'events[3].recipient')!.message).toMatch(/individuals/);
  });

  it('requires a discovery event and windows that do not run backwards', () => {
    const file = fixture('odessa-2020.json');
    file.events = [{ type: 'determined', at: '2020-07-20' }, { type: 'law_enforcement_delay', start: '2020-08-04', end: '2020-07-21' }];
    file.exposure = [{ start: '2020-06', end: '2020-04' }];
    const r = parseIncidentFile(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['exposure[0].end', 'events[1].end', 'events']);
  });

  it('refuses a non-object and unknown event fields', () => {
    expect(parseIncidentFile([])).toEqual({ ok: false, errors: [{ field: '(body)', message: 'must be a JSON object' }] });
    const file = fixture('odessa-2020.json');
    file.events[0].when = '2020-07-06';
    const r = parseIncidentFile(file);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['events[0].when']);
  });

  it('takes the organisation from the caller (the API tenant) when given', () => {
    const file = fixture('odessa-2020.json');
    delete file.organization;
    const r = parseIncidentFile(file, { organization: { ...org, name: 'Odessa' } });
    expect(r.ok && r.incident.organization.name).toBe('Odessa');
    expect(parseIncidentFile(file).ok).toBe(false);
  });
});

describe('parseEventInput', () => {
  it('names fields without a prefix', () => {
    const r = parseEventInput({ type: 'notified', recipient: 'residents', at: '2020-13-01' }, org);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['recipient', 'jurisdiction', 'at']);
  });

  it('refuses an unknown type and a non-object', () => {
    expect(!parseEventInput({ type: 'hacked', at: '2020-01-01' }, org).ok).toBe(true);
    const r = parseEventInput('2020-01-01', org);
    expect(!r.ok && r.errors[0]!.field).toBe('(body)');
  });

  it('reads a notice narrowed to one obligation', () => {
    const r = parseEventInput({ type: 'notified', recipient: 'state_agency', jurisdiction: 'TX', obligation: 'dir-cause-report', at: '2022-03-01' }, org);
    expect(r.ok && r.event).toMatchObject({ type: 'notified', obligation: 'dir-cause-report' });
  });
});
