// Every migration, in order. Listed statically so the same runner works under tsx, vitest and a
// bundler; a unit test checks that every file in this folder is listed here.
import type { Migration } from 'kysely';
import * as m0001 from './0001_initial.js';
import * as m0002 from './0002_organization_regimes.js';
import * as m0003 from './0003_resident_imports.js';
import * as m0004 from './0004_regulator_letter_per_obligation.js';
import * as m0005 from './0005_import_loaded_at.js';
import * as m0006 from './0006_transactions_without_foreign_key.js';
import * as m0007 from './0007_audit_hash_version.js';
import * as m0008 from './0008_row_level_security.js';
import * as m0009 from './0009_incident_closing_and_retention.js';
import * as m0010 from './0010_resident_data_encryption.js';
import * as m0011 from './0011_staff_web_app.js';

export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_organization_regimes': m0002,
  '0003_resident_imports': m0003,
  '0004_regulator_letter_per_obligation': m0004,
  '0005_import_loaded_at': m0005,
  '0006_transactions_without_foreign_key': m0006,
  '0007_audit_hash_version': m0007,
  '0008_row_level_security': m0008,
  '0009_incident_closing_and_retention': m0009,
  '0010_resident_data_encryption': m0010,
  '0011_staff_web_app': m0011,
};
