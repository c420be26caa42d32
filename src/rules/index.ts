// The rule catalogue: every encoded jurisdiction (states, DC and territories in USPS-code order,
// then the opt-in regimes), and lookups by USPS code or regime id.
import { alabama } from './alabama.js';
import { alaska } from './alaska.js';
import { arizona } from './arizona.js';
import { arkansas } from './arkansas.js';
import { california } from './california.js';
import { colorado } from './colorado.js';
import { connecticut } from './connecticut.js';
import { delaware } from './delaware.js';
import { districtOfColumbia } from './district-of-columbia.js';
import { florida } from './florida.js';
import { georgia } from './georgia.js';
import { guam } from './guam.js';
import { hawaii } from './hawaii.js';
import { idaho } from './idaho.js';
import { illinois } from './illinois.js';
import { indiana } from './indiana.js';
import { iowa } from './iowa.js';
import { kansas } from './kansas.js';
import { kentucky } from './kentucky.js';
import { louisiana } from './louisiana.js';
import { maine } from './maine.js';
import { maryland } from './maryland.js';
import { massachusetts } from './massachusetts.js';
import { michigan } from './michigan.js';
import { minnesota } from './minnesota.js';
import { mississippi } from './mississippi.js';
import { missouri } from './missouri.js';
import { montana } from './montana.js';
import { nebraska } from './nebraska.js';
import { nevada } from './nevada.js';
import { newHampshire } from './new-hampshire.js';
import { newJersey } from './new-jersey.js';
import { newMexico } from './new-mexico.js';
import { newYork } from './new-york.js';
import { northCarolina } from './north-carolina.js';
import { northDakota } from './north-dakota.js';
import { oklahoma } from './oklahoma.js';
import { puertoRico } from './puerto-rico.js';
import { texas } from './texas.js';
import { usVirginIslands } from './us-virgin-islands.js';
import { vermont } from './vermont.js';
import { virginia } from './virginia.js';
import { washington } from './washington.js';
import { westVirginia } from './west-virginia.js';
import { wisconsin } from './wisconsin.js';
import { wyoming } from './wyoming.js';
import { ohio } from './ohio.js';
import { oregon } from './oregon.js';
import { pennsylvania } from './pennsylvania.js';
import { rhodeIsland } from './rhode-island.js';
import { southCarolina } from './south-carolina.js';
import { southDakota } from './south-dakota.js';
import { tennessee } from './tennessee.js';
import { utah } from './utah.js';
import { JURISDICTION_NAMES } from './jurisdiction-names.js';
import { regimes } from './regimes/index.js';
import type { Catalogue, Jurisdiction } from './types.js';

export { JURISDICTION_NAMES };

const places: Jurisdiction[] = [
  alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware,
  districtOfColumbia, florida, georgia, guam, hawaii, idaho, illinois, indiana, iowa, kansas,
  kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri,
  montana, nebraska, nevada, newHampshire, newJersey, newMexico, newYork, northCarolina,
  northDakota, ohio, oklahoma, oregon, pennsylvania, puertoRico, rhodeIsland, southCarolina,
  southDakota, tennessee, texas, usVirginIslands, utah, vermont, virginia, washington,
  westVirginia, wisconsin, wyoming,
].sort((a, b) => a.code.localeCompare(b.code));

export const catalogue: Catalogue = Object.freeze([...places, ...regimes]);

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
