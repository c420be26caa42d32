// Once per test run: make sure PostgreSQL answers and build a freshly migrated template database
// that every integration test file clones (CREATE DATABASE … TEMPLATE), which takes milliseconds.
import pg from 'pg';
import { migrateToLatest } from '../../src/db/migrate.js';
import { ADMIN_URL, TEMPLATE_DB, databaseUrl } from './databases.js';

export default async function setup(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  } finally {
    await admin.end();
  }
  await migrateToLatest(databaseUrl(TEMPLATE_DB));
}
