// The audit chain's arithmetic: canonical JSON survives jsonb's reordering, and every kind of
// tampering (edit, deletion, reordering, a cut-off start) is found at the right entry.
import { describe, expect, it } from 'vitest';
import { auditHash, canonicalJson, checkChain, type StoredAuditRow } from '../../../src/domain/audit-hash.js';

function chain(n: number): StoredAuditRow[] {
  const rows: StoredAuditRow[] = [];
  let prev: string | null = null;
  for (let i = 1; i <= n; i++) {
    const content = {
      prevHash: prev,
      organizationId: 'org-1',
      actor: 'officer@odessa-tx.gov',
      action: i === 1 ? 'incident.created' : 'incident.event_recorded',
      entityType: 'incident',
      entityId: 'inc-1',
      before: null,
      after: { type: 'discovered', on: '2020-10-0' + i, nested: { z: 1, a: [1, { y: 2, b: null }] } },
      at: `2020-10-0${i}T12:00:00.000Z`,
    };
    const row: StoredAuditRow = { ...content, id: i, hash: auditHash(content), hashVersion: 2 };
    rows.push(row);
    prev = row.hash;
  }
  return rows;
}

describe('audit hash chain', () => {
  it('hashes the same content the same way whatever the key order (jsonb reorders keys)', () => {
    const a = { b: 1, a: { d: [1, 2, { f: 'x', e: null }], c: 'é' } };
    const reordered = JSON.parse('{"a":{"c":"é","d":[1,2,{"e":null,"f":"x"}]},"b":1}');
    expect(canonicalJson(a)).toBe(canonicalJson(reordered));
    expect(canonicalJson(a)).toBe('{"a":{"c":"é","d":[1,2,{"e":null,"f":"x"}]},"b":1}');
  });

  it('finds nothing wrong with an intact chain, checked whole or page by page', () => {
    const rows = chain(6);
    expect(checkChain(rows, null)).toEqual({ problems: [], last: rows[5]!.hash });
    const first = checkChain(rows.slice(0, 3), null);
    expect(checkChain(rows.slice(3), first.last).problems).toEqual([]);
  });

  it('finds an edited entry by its content, even when its stored hash is left alone', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, after: { type: 'discovered', on: '2020-11-01' } };
    expect(checkChain(rows, null).problems).toEqual([{ id: 3, kind: 'content', message: expect.stringContaining('edited') }]);
  });

  it('finds an edit whose hash was recomputed, at the next link', () => {
    const rows = chain(5);
    const edited = { ...rows[2]!, actor: 'someone-else@example.com' };
    rows[2] = { ...edited, hash: auditHash(edited) };
    expect(checkChain(rows, null).problems).toEqual([{ id: 4, kind: 'link', message: expect.stringContaining('deleted') }]);
  });

  it('finds a deleted entry and a swapped pair', () => {
    const rows = chain(5);
    expect(checkChain([...rows.slice(0, 2), ...rows.slice(3)], null).problems.map((p) => [p.id, p.kind])).toEqual([[4, 'link']]);
    const swapped = [rows[0]!, rows[2]!, rows[1]!, rows[3]!, rows[4]!];
    expect(checkChain(swapped, null).problems.map((p) => p.id)).toEqual([3, 2, 4]);
  });

  it('finds entries deleted from the start of the chain', () => {
    const rows = chain(4);
    expect(checkChain(rows.slice(2), null).problems).toEqual([{ id: 3, kind: 'link', message: expect.stringContaining('earlier entries were deleted') }]);
  });

  it('checks only the links of version-1 entries, whose content text cannot be rebuilt', () => {
    const rows = chain(3).map((r) => ({ ...r, hashVersion: 1 }));
    rows[1] = { ...rows[1]!, after: { anything: true } };
    expect(checkChain(rows, null).problems).toEqual([]);
  });
});
