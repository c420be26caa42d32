// Bootstrapping tenants and users from the command line: how the first admin token comes to be.
import { DateTime } from 'luxon';
import { z } from 'zod';
import { isValidZone } from '../domain/incident-file.js';
import { JURISDICTION_NAMES } from '../rules/jurisdiction-names.js';
import { catalogue } from '../rules/index.js';
import type { Db } from '../db/database.js';
import { ORGANIZATION_KINDS } from '../domain/types.js';
import { insertOrganization } from '../repositories/organizations.repository.js';
import { bumpRevision } from '../repositories/incidents.repository.js';
import { recordJobFor } from '../jobs/enqueue.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { insertUser, issueToken, issueTokenForUser } from '../repositories/users.repository.js';
import type { Role, SenderDetails } from '../db/schema.js';
import type { FieldError } from '../services/errors.js';
import { EMAIL, MAX_TOKEN_YEARS, ROLES, UUID } from '../domain/identifiers.js';


type Result<T> = ({ ok: true } & T) | { ok: false; errors: FieldError[] };

/** PostgreSQL refuses a NUL in text; one can come in as \u0000 inside JSON, or from a script. */
const NUL = /\u0000/;

/** A name as the API takes it (tokens.service), so both doors store the same shapes. */
function checkName(value: string, field: string, max: number, errors: FieldError[]): void {
  if (!value.trim()) errors.push({ field, message: 'must not be blank' });
  else if (value.trim().length > max) errors.push({ field, message: `must be at most ${max} characters` });
  else if (NUL.test(value)) errors.push({ field, message: 'must not contain a NUL character' });
}

// Letters read these fields as is: an address given as one string would print a letter a line.
const senderShape = z
  .object({
    name: z.string().trim().min(1).max(300),
    address: z.array(z.string().max(200)).max(8),
    phone: z.string().max(50).nullable(),
    email: z.string().regex(EMAIL, 'must be an e-mail address').nullable(),
    website: z.string().max(300).nullable(),
  })
  .partial()
  .strict();

function parseSender(text: string, errors: FieldError[]): SenderDetails | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    errors.push({ field: 'sender', message: 'must be JSON like {"phone":"432-555-0100","address":["411 W 8th St","Odessa, TX 79761"]}' });
    return null;
  }
  const parsed = senderShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    errors.push({ field: 'sender', message: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message} (expected {"name","address":[lines],"phone","email","website"})` });
  } else if (Object.values(parsed.data).flat().some((v) => typeof v === 'string' && NUL.test(v))) {
    errors.push({ field: 'sender', message: 'must not contain a NUL character' });
  } else return parsed.data;
  return null;
}

/** `US-HIPAA,PCI-CARD-BRANDS` → ids, each an opt-in regime the catalogue knows. */
export function parseRegimes(value: string | undefined, errors: FieldError[]): string[] {
  if (!value) return [];
  const ids = [...new Set(value.split(',').map((v) => v.trim().toUpperCase()).filter(Boolean))];
  const known = catalogue.filter((j) => j.kind === 'regime').map((j) => j.code);
  for (const id of ids) {
    if (!known.includes(id)) errors.push({ field: 'regimes', message: `${id} is not a regime in the catalogue (known: ${known.join(', ') || 'none'})` });
  }
  return ids;
}

export async function setOrganizationRegimes(db: Db, o: { org: string; regimes: string }): Promise<Result<{ regimes: string[]; reassessed: number }>> {
  const errors: FieldError[] = [];
  if (!UUID.test(o.org)) errors.push({ field: 'org', message: 'must be an organisation id (printed by `org create`)' });
  const regimes = parseRegimes(o.regimes, errors);
  if (errors.length) return { ok: false, errors };
  return db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('organizations').select('regimes').where('id', '=', o.org).forNoKeyUpdate().executeTakeFirst();
    if (!before) return { ok: false as const, errors: [{ field: 'org', message: 'no such organisation' }] };
    const row = await tx.updateTable('organizations').set({ regimes, updated_at: DateTime.now().toUTC().toISO()! }).where('id', '=', o.org).returning('regimes').executeTakeFirstOrThrow();
    await appendAudit(tx, { organizationId: o.org, actorUserId: null, actor: 'cli', action: 'organization.regimes_set', entityType: 'organization', entityId: o.org, before: { regimes: before.regimes }, after: { regimes } });
    // Every incident is re-assessed under the new regimes: a new revision and its job, which the
    // workers' sweeper hands to Redis (this command needs only PostgreSQL).
    const incidents = await tx.selectFrom('incidents').select('id').where('organization_id', '=', o.org).execute();
    for (const { id } of incidents) {
      const revision = await bumpRevision(tx, id);
      await recordJobFor(tx, 'assess-incident', { incidentId: id, revision }, { organizationId: o.org, incidentId: id });
    }
    return { ok: true as const, regimes: row.regimes, reassessed: incidents.length };
  });
}

export async function createOrganizationWithAdmin(
  db: Db,
  o: { name: string; kind: string; state: string; timezone: string; adminEmail: string; adminName: string; sender?: string; regimes?: string },
): Promise<Result<{ organizationId: string; userId: string; token: string }>> {
  const errors: FieldError[] = [];
  const regimes = parseRegimes(o.regimes, errors);
  checkName(o.name, 'name', 300, errors);
  checkName(o.adminName, 'admin-name', 200, errors);
  if (!(ORGANIZATION_KINDS as readonly string[]).includes(o.kind)) errors.push({ field: 'kind', message: `must be one of ${ORGANIZATION_KINDS.join(', ')}` });
  // Own keys only: `in` would take "constructor" for a state.
  if (!Object.hasOwn(JURISDICTION_NAMES, o.state)) errors.push({ field: 'state', message: 'must be a two-letter US state or territory code like TX' });
  if (!isValidZone(o.timezone)) errors.push({ field: 'timezone', message: 'must be an IANA zone like America/Chicago' });
  if (!EMAIL.test(o.adminEmail) || NUL.test(o.adminEmail)) errors.push({ field: 'admin-email', message: 'must be an e-mail address' });
  let sender: SenderDetails = { name: o.name };
  if (o.sender) sender = { name: o.name, ...parseSender(o.sender, errors) };
  if (errors.length) return { ok: false, errors };
  return db.transaction().execute(async (tx) => {
    const org = await insertOrganization(tx, { name: o.name.trim(), kind: o.kind, state: o.state, timezone: o.timezone, sender, regimes });
    const user = await insertUser(tx, { organizationId: org.id, email: o.adminEmail, name: o.adminName, role: 'admin' });
    const { token } = await issueToken(tx, { organizationId: org.id, userId: user.id, name: 'cli', expiresAt: null });
    return { ok: true as const, organizationId: org.id, userId: user.id, token };
  });
}

export async function createUserToken(
  db: Db,
  o: { org: string; email: string; role: string; name?: string; expires?: string },
): Promise<Result<{ token: string; role: Role }>> {
  const errors: FieldError[] = [];
  if (!UUID.test(o.org)) errors.push({ field: 'org', message: 'must be an organisation id (printed by `org create`)' });
  if (!EMAIL.test(o.email) || NUL.test(o.email)) errors.push({ field: 'email', message: 'must be an e-mail address' });
  if (!ROLES.includes(o.role as Role)) errors.push({ field: 'role', message: `must be one of ${ROLES.join(', ')}` });
  if (o.name !== undefined) checkName(o.name, 'name', 200, errors);
  if (errors.length) return { ok: false, errors };
  const found = await db.selectFrom('organizations').select('timezone').where('id', '=', o.org).executeTakeFirst();
  if (!found) return { ok: false, errors: [{ field: 'org', message: 'no such organisation' }] };
  const end = o.expires ? DateTime.fromISO(o.expires, { zone: found.timezone }).endOf('day') : null;
  // As POST /v1/tokens: a token that never works is a typo, not a wish.
  if (end && !end.isValid) return { ok: false, errors: [{ field: 'expires', message: 'is not a real date' }] };
  if (end && end < DateTime.now()) return { ok: false, errors: [{ field: 'expires', message: 'is in the past' }] };
  // 9999-12-31 west of UTC ends in the year 10000, which PostgreSQL cannot store.
  if (end && end > DateTime.now().plus({ years: MAX_TOKEN_YEARS })) return { ok: false, errors: [{ field: 'expires', message: `is more than ${MAX_TOKEN_YEARS} years away; leave --expires out for a token that does not expire` }] };
  const expiresAt = end ? end.toUTC().toISO() : null;
  return db.transaction().execute(async (tx) => {
    const { token, user } = await issueTokenForUser(tx, { organizationId: o.org, email: o.email, role: o.role as Role, name: o.name ?? o.email, tokenName: 'cli', expiresAt });
    return { ok: true as const, token, role: user.role };
  });
}
