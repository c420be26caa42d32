// Once per test run: make sure PostgreSQL answers and build a freshly migrated template database
// that every integration test file clones (CREATE DATABASE … TEMPLATE), which takes milliseconds.
// The template is private to this run, so two runs on one machine cannot drop each other's.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../src/db/migrate.js';
import { ADMIN_URL, databaseUrl } from './pg-urls.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
  }
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const templateDb = `breachdesk_test_template_${randomBytes(4).toString('hex')}`;
  await migrateToLatest(databaseUrl(templateDb));
  project.provide('templateDb', templateDb);
  return () => dropDatabase(templateDb);
}
