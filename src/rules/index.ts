// The rule catalogue: every encoded jurisdiction, and lookups by USPS code or regime id.
import { california } from './california.js';
import { JURISDICTION_NAMES } from './jurisdiction-names.js';
import { maine } from './maine.js';
import { newMexico } from './new-mexico.js';
import { oklahoma } from './oklahoma.js';
import { texas } from './texas.js';
import type { Catalogue, Jurisdiction } from './types.js';
import { washington } from './washington.js';
import { regimes } from './regimes/index.js';

export { JURISDICTION_NAMES };

export const catalogue: Catalogue = Object.freeze([texas, oklahoma, newMexico, washington, maine, california, ...regimes]);

const byCode = new Map(catalogue.map((j) => [j.code, j]));

/** The jurisdiction for a code such as `TX` (case-insensitive), or undefined if none is encoded. */
export function findJurisdiction(code: string): Jurisdiction | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/** A display name: the catalogue's, else the USPS name, else the code itself. */
export function jurisdictionName(code: string): string {
  const normalised = code.trim().toUpperCase();
  return findJurisdiction(normalised)?.name ?? JURISDICTION_NAMES[normalised] ?? code;
}
