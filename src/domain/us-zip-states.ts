// Where a ZIP code is, by its first three digits (USPS sectional centers). Used only when a payment
// export has no state column: the state of residence decides which breach laws apply. Prefixes the
// USPS has not assigned, and military mail (AA/AE/AP), give null so the caller falls back to the
// address text instead of guessing.

// "from-to code" runs, in prefix order; a run with one prefix omits "-to".
const RANGES =
  '005 NY,006-007 PR,008 VI,009 PR,010-027 MA,028-029 RI,030-038 NH,039-049 ME,050-054 VT,055 MA,' +
  '056-059 VT,060-069 CT,070-089 NJ,100-149 NY,150-196 PA,197-199 DE,200 DC,201 VA,202-205 DC,' +
  '206-219 MD,220-246 VA,247-268 WV,270-289 NC,290-299 SC,300-319 GA,320-339 FL,341-349 FL,' +
  '350-369 AL,370-385 TN,386-397 MS,398-399 GA,400-427 KY,430-459 OH,460-479 IN,480-499 MI,' +
  '500-528 IA,530-549 WI,550-567 MN,569 DC,570-577 SD,580-588 ND,590-599 MT,600-629 IL,630-658 MO,' +
  '660-679 KS,680-693 NE,700-714 LA,716-729 AR,730-732 OK,733 TX,734-749 OK,750-799 TX,800-816 CO,' +
  '820-831 WY,832-838 ID,840-847 UT,850-865 AZ,870-884 NM,885 TX,889-898 NV,900-961 CA,967-968 HI,' +
  '969 GU,970-979 OR,980-994 WA,995-999 AK';

// Territories that share a sectional center with a state or with Guam, so three digits are not
// enough. The freely associated states (Palau, Micronesia, Marshall Islands) use 969xx too but are
// not US states or territories, so they map to null.
const FIVE_DIGIT: readonly [from: number, to: number, state: string | null][] = [
  [96799, 96799, 'AS'],
  [96939, 96944, null],
  [96950, 96952, 'MP'],
  [96960, 96970, null],
];

const BY_PREFIX: (string | null)[] = new Array<string | null>(1000).fill(null);
for (const run of RANGES.split(',')) {
  const [span = '', code = ''] = run.split(' ');
  const [from = '', to = from] = span.split('-');
  for (let p = Number(from); p <= Number(to); p++) BY_PREFIX[p] = code;
}

/**
 * The state or territory code for a ZIP code (5 digits, ZIP+4, or at least its first 3 digits), or
 * null when the prefix is unassigned, military, or the text does not start with 3 digits.
 */
export function stateForZip(zip: string): string | null {
  const c0 = zip.charCodeAt(0) - 48;
  const c1 = zip.charCodeAt(1) - 48;
  const c2 = zip.charCodeAt(2) - 48;
  if (!(c0 >= 0 && c0 <= 9 && c1 >= 0 && c1 <= 9 && c2 >= 0 && c2 <= 9)) return null;
  const prefix = c0 * 100 + c1 * 10 + c2;
  if ((prefix === 967 || prefix === 969) && /^\d{5}/.test(zip)) {
    const five = Number(zip.slice(0, 5));
    for (const [from, to, state] of FIVE_DIGIT) if (five >= from && five <= to) return state;
  }
  return BY_PREFIX[prefix] ?? null;
}
