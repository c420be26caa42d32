// The `breachdesk` command as a process: the commands themselves are in program.ts.
import { loadDotEnv } from '../env-file.js';
import { runCli } from './program.js';

loadDotEnv();
process.exitCode = await runCli(process.argv.slice(2));
