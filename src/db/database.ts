import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { DateTime } from 'luxon';
import type { Database } from './schema.js';
import { connectScoped } from './tenant-scope.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Repositories accept either, so a service decides the transaction boundary. */
export type Executor = Db | Tx;

const DATE_OID = 1082;
const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

// `date` stays a calendar string (pg would make a local-midnight Date of it, shifting the day);
// instants become UTC ISO strings; bigint ids fit in a double for any realistic table size.
function getTypeParser(oid: number, format?: string) {
  if (oid === DATE_OID) return (v: string) => v;
  if (oid === TIMESTAMPTZ_OID) return (v: string) => DateTime.fromSQL(v, { zone: 'utc' }).toUTC().toISO();
  if (oid === INT8_OID) return (v: string) => Number(v);
  return pg.types.getTypeParser(oid, format as 'text');
}

export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    options: '-c TimeZone=UTC',
    types: { getTypeParser } as pg.CustomTypesConfig,
    connectionTimeoutMillis: 5000,
  });
  // When PostgreSQL restarts or drops connections, every client whose socket dies emits 'error':
  // an idle one through the pool, a checked-out one on itself (even after its query was failed).
  // Unheard, that event would crash the process. The pool already discards such clients; the
  // query in flight fails on its own (the API answers 503) and the next checkout reconnects.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

const pools = new WeakMap<Db, pg.Pool>();
const scopedConnects = new WeakMap<Db, () => Promise<pg.PoolClient>>();

/** `tenantScopeRequired`: for the API, whose every query must run inside a request's tenant scope. */
export function createDb(connectionString: string, max = 10, opts: { tenantScopeRequired?: boolean } = {}): Db {
  const pool = createPool(connectionString, max);
  // Every checkout goes through the tenant scope, so row-level security sees the request's tenant.
  const scopedPool = { connect: () => connectScoped(pool, opts.tenantScopeRequired), end: () => pool.end() };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: scopedPool }) });
  pools.set(db, pool);
  scopedConnects.set(db, scopedPool.connect);
  return db;
}

/** The pool under a Db, for what kysely cannot express (COPY). Its clients share the Db's limit. */
export function poolOf(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error('this Db was not made by createDb');
  return pool;
}

/** Runs fn on one client inside BEGIN/COMMIT (ROLLBACK on any error). */
export async function withClientTransaction<T>(db: Db, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const connect = scopedConnects.get(db);
  if (!connect) throw new Error('this Db was not made by createDb');
  const client = await connect();
  let result: T;
  try {
    await client.query('begin');
    result = await fn(client);
    await client.query('commit');
  } catch (err) {
    const broken = await client.query('rollback').then(() => false, () => true);
    // A client whose connection broke mid-COPY must not go back into the pool.
    client.release(broken ? (err as Error) : undefined);
    throw err;
  }
  client.release();
  return result;
}
