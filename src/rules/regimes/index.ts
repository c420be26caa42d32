// Opt-in regimes: federal, foreign and contractual notice duties that apply only when the incident
// (or the organisation) lists the regime id in `regimes`. The engine counts everyone affected for
// their thresholds and has no per-state resident count for them.
import type { Jurisdiction } from '../types.js';
import { bank36Hour } from './bank-36-hour.js';
import { cardBrands } from './card-brands.js';
import { ftcHealthBreach } from './ftc-health-breach.js';
import { ftcSafeguards } from './ftc-safeguards.js';
import { gdpr } from './gdpr.js';
import { hipaa } from './hipaa.js';
import { nydfs500 } from './nydfs-500.js';
import { sec8k } from './sec-8k.js';
import { secRegSp } from './sec-reg-sp.js';

export { bank36Hour, cardBrands, ftcHealthBreach, ftcSafeguards, gdpr, hipaa, nydfs500, sec8k, secRegSp };

// CIRCIA (6 U.S.C. §§ 681-681g) is left out on purpose: CISA's final rule has not issued, so no
// reporting duty is in force.
export const regimes: Jurisdiction[] = [hipaa, ftcHealthBreach, ftcSafeguards, sec8k, secRegSp, bank36Hour, nydfs500, gdpr, cardBrands];
