// Where the test PostgreSQL is; free of vitest imports so the global setup can use it too.
export const PG_BASE = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const ADMIN_URL = `${PG_BASE}/postgres`;

export function databaseUrl(name: string): string {
  return `${PG_BASE}/${name}`;
}
