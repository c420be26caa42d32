// Which text of a law governs: the version in force on the discovery date (DESIGN §6).
import type { Law, OrgCategory, RuleVersion } from '../rules/types.js';
import type { OrganizationKind } from './types.js';
import type { IsoDate } from './types.js';

export function versionInForce(law: Law, on: IsoDate): RuleVersion | null {
  return law.versions.find((v) => v.effectiveFrom <= on && (v.effectiveTo === null || on <= v.effectiveTo)) ?? null;
}

export function describeVersion(v: RuleVersion): string {
  const range = v.effectiveTo ? `${v.effectiveFrom} to ${v.effectiveTo}` : `from ${v.effectiveFrom}`;
  return `${v.id} (${v.citations.join('; ')}), in force ${range}`;
}

const CATEGORY: Record<OrganizationKind, { category: OrgCategory; assumption: string | null }> = {
  municipality: { category: 'local_government', assumption: null },
  county: { category: 'local_government', assumption: null },
  school_district: { category: 'local_government', assumption: null },
  special_district: { category: 'local_government', assumption: null },
  utility: {
    category: 'local_government',
    assumption: 'A utility is treated as a local-government body (as a city-owned utility is); an investor-owned utility should be filed as a business.',
  },
  state_agency: { category: 'state_agency', assumption: null },
  business: { category: 'business', assumption: null },
  nonprofit: { category: 'nonprofit', assumption: null },
};

/** How a statute's coverage sees the organisation. */
export function orgCategory(kind: OrganizationKind): { category: OrgCategory; assumption: string | null } {
  return CATEGORY[kind];
}
