import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

import { ADMIN_URL, databaseUrl } from './pg-urls.js';

export { ADMIN_URL, PG_BASE, databaseUrl } from './pg-urls.js';

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A private database for one test file, cloned from the migrated template. */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `breachdesk_t_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`create database ${name} template ${inject('templateDb')}`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
