// Which organisation the current API request acts for, carried with the request's async context so
// every connection it checks out is put in that tenant before its first query (migration 0008:
// row-level security for the role `breachdesk_api`). Code outside a request (workers, the CLI,
// start-up) has no scope and keeps the owner role.
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

export const API_ROLE = 'breachdesk_api';

export interface TenantScope {
  /** null until the bearer token has been resolved: such a session sees no tenant rows. */
  organizationId: string | null;
}

const storage = new AsyncLocalStorage<TenantScope>();

/** Runs fn (and everything it starts) confined to a tenant; the scope may be filled in later. */
export function runInTenantScope<T>(scope: TenantScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentTenantScope(): TenantScope | undefined {
  return storage.getStore();
}

// What each pooled connection was last set to, so a connection reused by the same tenant costs no
// extra round trip.
const applied = new WeakMap<pg.PoolClient, string>();

async function applyScope(client: pg.PoolClient, scope: TenantScope | undefined): Promise<void> {
  const wanted = scope ? `tenant:${scope.organizationId ?? ''}` : 'system';
  if (applied.get(client) === wanted) return;
  // Session-level (not `local`): set outside any transaction, it holds until the next checkout changes it.
  await client.query(
    scope
      ? `select set_config('role', '${API_ROLE}', false), set_config('breachdesk.org_id', $1, false)`
      : `select set_config('role', 'none', false), set_config('breachdesk.org_id', $1, false)`,
    [scope?.organizationId ?? ''],
  );
  applied.set(client, wanted);
}

/**
 * Checks a client out of the pool already confined to the caller's tenant scope. With
 * `scopeRequired` (the API's pool) a query outside any scope is a bug and fails rather than run
 * with the owner's rights.
 */
export async function connectScoped(pool: pg.Pool, scopeRequired = false): Promise<pg.PoolClient> {
  const scope = currentTenantScope();
  if (!scope && scopeRequired) throw new Error('a database query ran outside any tenant scope (see src/db/tenant-scope.ts)');
  const client = await pool.connect();
  try {
    await applyScope(client, scope);
  } catch (err) {
    applied.delete(client);
    client.release(err as Error);
    throw err;
  }
  return client;
}
