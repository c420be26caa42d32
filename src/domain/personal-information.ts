// Is the exposed data "personal information" under this statute? Each definition is a list of
// element combinations (name + SSN; name + card number + its security code; username + password).
import type { PersonalInformationDefinition, PiCombination } from '../rules/types.js';

export interface PiMatch {
  covered: boolean;
  reason: string;
}

function describe(c: PiCombination): string {
  const all = c.all.join(' + ');
  const any = c.anyOf.length ? `${all ? ' + ' : ''}${c.anyOf.length > 1 ? `one of (${c.anyOf.join(', ')})` : c.anyOf[0]}` : '';
  // An empty combination is a duty that turns on the incident, not on the kind of data.
  return `${all}${any}` || 'any data (the duty does not depend on the kind of data)';
}

function matches(c: PiCombination, exposed: ReadonlySet<string>): boolean {
  return c.all.every((e) => exposed.has(e)) && (c.anyOf.length === 0 || c.anyOf.some((e) => exposed.has(e)));
}

export function matchPersonalInformation(def: PersonalInformationDefinition, elements: readonly string[]): PiMatch {
  const exposed = new Set(elements);
  const hit = def.combinations.find((c) => matches(c, exposed));
  if (hit) return { covered: true, reason: `The exposed data is personal information under ${def.citation}: ${describe(hit)}.` };
  return {
    covered: false,
    reason: `The exposed data (${elements.join(', ')}) is not personal information under ${def.citation}, which covers ${def.summary}.`,
  };
}
