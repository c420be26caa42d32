// The `breachdesk` command. `assess` is pure (no database, no Redis); the others talk to PostgreSQL.
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { loadDotEnv } from '../env-file.js';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { createDb } from '../db/database.js';
import { parseIncidentFile } from '../domain/incident-file.js';
import { assessIncident } from '../domain/assess.js';
import { todayIn } from '../domain/reminder-plan.js';
import { catalogue } from '../rules/index.js';
import { assessmentTable } from './assess-output.js';
import { createOrganizationWithAdmin, createUserToken } from './admin.js';

loadDotEnv();
const program = new Command('breachdesk').description('Breach-notification deadlines, reminders and letters').showHelpAfterError();

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('must be a date like 2020-10-14');
  return value;
}

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

program
  .command('migrate')
  .description('Create the database if needed and apply all migrations')
  .action(async () => {
    const results = await migrateToLatest(loadConfig().databaseUrl);
    console.log(results.length ? results.map((r) => `${r.status}: ${r.migrationName}`).join('\n') : 'Database is up to date.');
  });

program
  .command('assess')
  .description('Compute every obligation and deadline for an incident file (no database needed)')
  .argument('<file>', 'incident file (JSON, DESIGN §5); - for standard input')
  .option('--json', 'print the DESIGN §5 JSON instead of a table')
  .option('--today <date>', 'count days left from this date instead of today', isoDate)
  .action((file: string, opts: { json?: boolean; today?: string }) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
    } catch (err) {
      fail(`Cannot read ${file}: ${(err as Error).message}`, 2);
    }
    const parsed = parseIncidentFile(json);
    if (!parsed.ok) fail(`${file} is not a valid incident file:\n${parsed.errors.map((e) => `  ${e.field}: ${e.message}`).join('\n')}`, 2);
    const assessment = assessIncident(parsed.incident, catalogue);
    const today = opts.today ?? todayIn(parsed.incident.organization.timezone);
    console.log(opts.json ? JSON.stringify(assessment, null, 2) : assessmentTable(assessment, today));
  });

const org = program.command('org').description('Organisations (tenants)');
org
  .command('create')
  .description('Create an organisation with its first admin user, and print that admin\'s API token once')
  .requiredOption('--name <name>', 'e.g. "City of Odessa"')
  .requiredOption('--kind <kind>', 'municipality, county, utility, state_agency, school_district, special_district, business or nonprofit')
  .requiredOption('--state <code>', 'home state, e.g. TX')
  .requiredOption('--timezone <zone>', 'IANA zone, e.g. America/Chicago')
  .requiredOption('--admin-email <email>', 'the first admin\'s e-mail')
  .option('--admin-name <name>', 'the first admin\'s name', 'Administrator')
  .option('--sender <json>', 'letter sender details as JSON: {"name","address":[...],"phone","email","website"}')
  .action(async (o) => {
    const db = createDb(loadConfig().databaseUrl, 1);
    try {
      const result = await createOrganizationWithAdmin(db, o);
      if (!result.ok) fail(result.errors.map((e) => `  --${e.field}: ${e.message}`).join('\n'), 2);
      console.log(`Organisation ${result.organizationId} created.\nAdmin ${o.adminEmail} (user ${result.userId}).\nAPI token (shown once, store it now):\n${result.token}`);
    } finally {
      await db.destroy();
    }
  });

const token = program.command('token').description('API tokens');
token
  .command('create')
  .description('Create a user if needed and print a new API token for them once')
  .requiredOption('--org <id>', 'organisation id')
  .requiredOption('--email <email>', 'user e-mail')
  .option('--role <role>', 'clerk, officer, admin or auditor (for a new user)', 'clerk')
  .option('--name <name>', 'user name (for a new user)')
  .option('--expires <date>', 'expiry date (YYYY-MM-DD)', isoDate)
  .action(async (o) => {
    const db = createDb(loadConfig().databaseUrl, 1);
    try {
      const result = await createUserToken(db, o);
      if (!result.ok) fail(result.errors.map((e) => `  --${e.field}: ${e.message}`).join('\n'), 2);
      console.log(`API token for ${o.email} (${result.role}; shown once, store it now):\n${result.token}`);
    } finally {
      await db.destroy();
    }
  });

program
  .command('rules')
  .description('List the rule catalogue: jurisdictions, laws and versions with dates and confidence')
  .action(() => {
    for (const j of catalogue) {
      console.log(`${j.code}  ${j.name}`);
      for (const law of j.laws) {
        console.log(`  ${law.id}  ${law.title}`);
        for (const v of law.versions) console.log(`    ${v.id.padEnd(18)} ${v.effectiveFrom} .. ${v.effectiveTo ?? 'in force'}  [${v.confidence}]  ${v.citations[0] ?? ''}`);
      }
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (err) {
  fail(`breachdesk: ${(err as Error).message}`);
}
