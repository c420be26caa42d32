// How much of the catalogue rests on the text of the law: every fact of every rule version counted
// by the kind of source it was checked against, per jurisdiction and in total. The share on
// primary text is the figure the project tracks; every fact short of it carries its reason.
import { VERIFIED_FACTS, type Catalogue, type SourceKind, type VerifiedFact } from '../rules/types.js';

export interface VerificationCounts {
  primary: number;
  secondary: number;
  none: number;
  total: number;
}

export interface ShortOfPrimary {
  version: string;
  fact: VerifiedFact;
  kind: Exclude<SourceKind, 'primary'>;
  why: string;
}

export interface JurisdictionVerification extends VerificationCounts {
  code: string;
  name: string;
  versions: number;
  /** Every fact not resting on primary text, with why. */
  shortOfPrimary: ShortOfPrimary[];
}

export interface VerificationReport {
  jurisdictions: JurisdictionVerification[];
  total: VerificationCounts & { versions: number; primaryShare: number };
}

const empty = (): VerificationCounts => ({ primary: 0, secondary: 0, none: 0, total: 0 });

export function verificationReport(catalogue: Catalogue): VerificationReport {
  const total = { ...empty(), versions: 0 };
  const jurisdictions = catalogue.map((j): JurisdictionVerification => {
    const row: JurisdictionVerification = { code: j.code, name: j.name, versions: 0, ...empty(), shortOfPrimary: [] };
    for (const version of j.laws.flatMap((l) => l.versions)) {
      row.versions++;
      for (const fact of VERIFIED_FACTS) {
        const check = version.verification[fact];
        row[check.kind]++;
        row.total++;
        if (check.kind !== 'primary') row.shortOfPrimary.push({ version: version.id, fact, kind: check.kind, why: check.why ?? '(no reason given)' });
      }
    }
    for (const k of ['primary', 'secondary', 'none', 'total', 'versions'] as const) total[k] += row[k];
    return row;
  });
  return { jurisdictions, total: { ...total, primaryShare: total.total ? total.primary / total.total : 0 } };
}
