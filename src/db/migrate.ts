// Runs migrations/ forward. Creates the database first if it does not exist, so a fresh machine
// needs nothing but `npm start`.
import { Migrator, type MigrationResult } from 'kysely';
import pg from 'pg';
import { migrations } from '../../migrations/index.js';
import { createDb } from './database.js';

export async function ensureDatabase(connectionString: string): Promise<boolean> {
  const url = new URL(connectionString);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`create database "${name.replace(/"/g, '""')}"`);
    return true;
  } catch (err) {
    // Two processes starting at once may both try; the loser finds it made.
    if ((err as { code?: string }).code === '42P04') return false;
    throw err;
  } finally {
    await client.end();
  }
}

export async function migrateToLatest(connectionString: string): Promise<MigrationResult[]> {
  await ensureDatabase(connectionString);
  const db = createDb(connectionString, 1);
  try {
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
    });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error');
      throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${(error as Error).message ?? error}`);
    }
    return results ?? [];
  } finally {
    await db.destroy();
  }
}
