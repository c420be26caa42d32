// Every migration, in order. Listed statically so the same runner works under tsx, vitest and a
// bundler; a unit test checks that every file in this folder is listed here.
import type { Migration } from 'kysely';
import * as m0001 from './0001_initial.js';

export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
};
