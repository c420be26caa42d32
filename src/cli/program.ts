// The `breachdesk` command, built afresh for each run so that a test can run it in-process with its
// own streams and environment; main.ts runs it with the process's. `assess` is pure (no database,
// no Redis); the others talk to PostgreSQL.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DateTime } from 'luxon';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { createDb } from '../db/database.js';
import { catalogue } from '../rules/index.js';
import { runAssess, type AssessOptions } from './assess-command.js';
import { changesText, rulesText, verificationText } from './rules-output.js';
import { verificationReport } from '../domain/verification-report.js';
import { catalogueChanges } from '../domain/catalogue-diff.js';
import { createOrganizationWithAdmin, createUserToken, setOrganizationRegimes } from './admin.js';
import { runImport, type ImportCommandOptions } from './import-command.js';
import { runAuditExport, runAuditVerify, type ExportOptions, type VerifyOptions } from './audit-command.js';
import { parseNowOption, runRetentionPurge, type RetentionPurgeOptions } from './retention-command.js';
import { CliExit, processIo, type CliIo } from './io.js';
import { runPiiRotateKey, type RotateKeyOptions } from './pii-command.js';

function isoDate(value: string): string {
  // The shape alone lets 2020-02-30 through, and luxon then computes "NaN d left".
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) throw new InvalidArgumentError('must be a date like 2020-10-14');
  return value;
}

/** Commands that act as a user take their token from the environment, or this flag. */
function tokenOption(): Option {
  return new Option('--token <token>', 'your API token; prefer the variable, which stays out of shell history').env('BREACHDESK_TOKEN');
}

function fail(message: string, code = 1): never {
  throw new CliExit(message, code);
}

function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const print = (text: string) => io.stdout.write(`${text}\n`);
  // Commander reads BREACHDESK_TOKEN from process.env; io.env is the same object outside tests.
  const withToken = <T extends { token?: string }>(o: T): T => ({ ...o, token: o.token ?? io.env.BREACHDESK_TOKEN });
  const program = new Command('breachdesk')
    .description('Breach-notification deadlines, reminders and letters')
    .showHelpAfterError()
    // Set before the subcommands are added, which inherit them: usage errors return an exit code
    // instead of ending the process.
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });

  program
    .command('migrate')
    .description('Create the database if needed and apply all migrations')
    .action(async () => {
      const results = await migrateToLatest(loadConfig(io.env).databaseUrl);
      print(results.length ? results.map((r) => `${r.status}: ${r.migrationName}`).join('\n') : 'Database is up to date.');
    });

  program
    .command('assess')
    .description('Compute every obligation and deadline for incident files (no database needed)')
    .argument('[files...]', 'incident files (JSON, DESIGN §5); *.jsonl or - (or nothing) for JSON Lines, one incident per line')
    .option('--json', 'one line of DESIGN §5 JSON per incident, in input order')
    .option('--today <date>', 'count days left from this date instead of today', isoDate)
    .option('--as-if-discovered <date>', 'also assess as if discovered on this date, and say which law changes moved a deadline', isoDate)
    .option('--on-time', 'for each recorded notice, the latest start of its clock that would have kept it on time')
    .action(async (files: string[], opts: AssessOptions) => {
      try {
        setExitCode(await runAssess(files, catalogue, opts, io));
      } catch (err) {
        fail(`Cannot read input: ${(err as Error).message}`, 2);
      }
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
    .option('--regimes <ids>', 'opt-in regimes for every incident, comma-separated (e.g. US-HIPAA,PCI-CARD-BRANDS; see `breachdesk rules`)')
    .action(async (o) => {
      const db = createDb(loadConfig(io.env).databaseUrl, 1);
      try {
        const result = await createOrganizationWithAdmin(db, o);
        if (!result.ok) fail(result.errors.map((e) => `  --${e.field}: ${e.message}`).join('\n'), 2);
        print(`Organisation ${result.organizationId} created.\nAdmin ${o.adminEmail} (user ${result.userId}).\nAPI token (shown once, store it now):\n${result.token}`);
      } finally {
        await db.destroy();
      }
    });

  org
    .command('regimes')
    .description('Set the opt-in regimes (HIPAA, card brands, …) that apply to every incident of an organisation')
    .requiredOption('--org <id>', 'organisation id')
    .requiredOption('--set <ids>', 'comma-separated regime ids; "" for none')
    .action(async (o: { org: string; set: string }) => {
      const db = createDb(loadConfig(io.env).databaseUrl, 1);
      try {
        const result = await setOrganizationRegimes(db, { org: o.org, regimes: o.set });
        if (!result.ok) fail(result.errors.map((e) => `  --${e.field === 'regimes' ? 'set' : e.field}: ${e.message}`).join('\n'), 2);
        print(`Regimes for every incident: ${result.regimes.join(', ') || 'none'}. ${result.reassessed} incident(s) queued for re-assessment (the workers pick them up).`);
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
      const db = createDb(loadConfig(io.env).databaseUrl, 1);
      try {
        const result = await createUserToken(db, o);
        if (!result.ok) fail(result.errors.map((e) => `  --${e.field}: ${e.message}`).join('\n'), 2);
        print(`API token for ${o.email} (${result.role}; shown once, store it now):\n${result.token}`);
      } finally {
        await db.destroy();
      }
    });

  program
    .command('import')
    .description('Import a payment export (CSV) into an incident as your user, as POST /v1/incidents/:id/imports does. The workers read it (`npm start` runs them); this waits for them and prints the counts')
    .argument('<file>', 'the CSV export, one payment per row')
    .requiredOption('--incident <id>', 'incident id')
    .addOption(tokenOption())
    .option('--mapping <json>', 'column and channel names as JSON, as the API\'s ?mapping=, e.g. \'{"columns":{"name":"Cardholder"}}\'')
    .option('--filename <name>', 'the name to record (default: the file\'s own name)')
    .option('--no-wait', 'return once the import is accepted and print its id')
    .option('--json', 'print the import as GET /v1/imports/:id does')
    .action(async (file: string, o: ImportCommandOptions) => {
      setExitCode(await runImport(file, withToken(o), io));
    });

  const audit = program.command('audit').description('The audit trail: verify its hash chains, export an incident\'s history');
  audit
    .command('verify')
    .description('Check every organisation\'s hash chain; exit 1 if any entry was edited, deleted or reordered')
    .option('--org <id>', 'only this organisation')
    .option('--json', 'the result as JSON')
    .action(async (o: VerifyOptions) => {
      setExitCode(await runAuditVerify(o, io));
    });
  audit
    .command('export')
    .description('An incident\'s full audit history as your user (officer, admin or auditor), as GET /v1/incidents/:id/audit')
    .requiredOption('--incident <id>', 'incident id')
    .addOption(tokenOption())
    .addOption(new Option('--format <format>', 'json or csv').choices(['json', 'csv']).default('json'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (o: ExportOptions) => {
      setExitCode(await runAuditExport(withToken(o), io));
    });

  program
    .command('retention')
    .description("Residents' personal data after incidents close (each organisation's retention policy)")
    .command('purge')
    .description('Purge every closed incident whose retention period has passed, as the workers do on each sweep; prints what was purged')
    .option('--dry-run', 'only say what would be purged')
    .option('--now <when>', 'as if it were this date (noon UTC) or instant, e.g. 2025-03-01 or 2025-03-01T09:00:00-06:00', parseNowOption)
    .option('--json', 'the result as JSON')
    .action(async (o: RetentionPurgeOptions) => {
      setExitCode(await runRetentionPurge(o, io));
    });

  program
    .command('pii')
    .description("Residents' contact details, encrypted at rest with PII_KEYS")
    .command('rotate-key')
    .description('Seal every row under the current key (the first of PII_KEYS), in batches: after a new key was put first, and once after upgrading to encryption. Safe to stop and run again')
    .addOption(new Option('--batch <rows>', 'rows per transaction').argParser((v) => {
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 100000) throw new InvalidArgumentError('must be a whole number from 1 to 100000');
      return Number(v);
    }).default(1000))
    .option('--json', 'the counts as JSON')
    .action(async (o: RotateKeyOptions) => {
      setExitCode(await runPiiRotateKey(o, io));
    });

  program
    .command('rules')
    .description('The rule catalogue: every jurisdiction, law and version with dates and confidence; with a code, its obligations and citations')
    .argument('[code]', 'a state code (TX) or regime id (US-HIPAA) to show in full')
    .option('--json', 'print the data as JSON')
    .option('--verification', 'how many facts of each jurisdiction rest on primary text, secondary sources only, or nothing; with a code, every fact short of primary text and why')
    .action((code: string | undefined, opts: { json?: boolean; verification?: boolean }) => {
      const list = code ? catalogue.filter((j) => j.code === code.toUpperCase()) : catalogue;
      if (code && !list.length) fail(`No jurisdiction ${code} in the catalogue (try \`breachdesk rules\`).`, 2);
      if (opts.verification) {
        const report = verificationReport(list);
        print(opts.json ? JSON.stringify(report, null, 2) : verificationText(report, Boolean(code)));
        return;
      }
      print(opts.json ? JSON.stringify(code ? list[0] : list, null, 2) : rulesText(list, Boolean(code)));
    });

  program
    .command('changes')
    .description('What changed in the catalogue: law versions that took effect after --from and on or before --to')
    .requiredOption('--from <date>', 'start date (exclusive)', isoDate)
    .requiredOption('--to <date>', 'end date (inclusive)', isoDate)
    .option('--json', 'print the changes as JSON')
    .action((opts: { from: string; to: string; json?: boolean }) => {
      if (opts.from > opts.to) fail('--from must not be after --to', 2);
      const changes = catalogueChanges(catalogue, opts.from, opts.to);
      print(opts.json ? JSON.stringify(changes, null, 2) : changesText(changes, opts.from, opts.to));
    });

  return program;
}

/** Runs `breachdesk <argv…>` (arguments after the command name) and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    // Commander has already printed its usage error (or the help).
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof CliExit) {
      io.stderr.write(`${err.message}\n`);
      return err.code;
    }
    io.stderr.write(`breachdesk: ${(err as Error).message}\n`);
    return 1;
  }
}
