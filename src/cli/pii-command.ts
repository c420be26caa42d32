// `breachdesk pii rotate-key`: re-seal residents' contact details under the current key (the first
// of PII_KEYS), and seal rows from before encryption. Prints counts, never contact details.
import { loadConfig } from '../config.js';
import { createDb } from '../db/database.js';
import { piiCipherFor } from '../services/pii-keys.js';
import { rotatePiiKeys } from '../services/pii-rotation.service.js';
import { processIo, type CliIo } from './io.js';

export interface RotateKeyOptions {
  batch: number;
  json?: boolean;
}

const n = (x: number) => x.toLocaleString('en-US');

/** Exit code 0 when nothing is left under another key, 1 when rows written during the run remain. */
export async function runPiiRotateKey(opts: RotateKeyOptions, io: CliIo = processIo()): Promise<number> {
  const config = loadConfig(io.env);
  if (!config.pii) io.stderr.write('PII_KEYS is not set: using the development key in DATA_DIR. Set PII_KEYS and PII_INDEX_KEY for real data (README, Encryption).\n');
  const pii = piiCipherFor(config);
  const db = createDb(config.databaseUrl, 2);
  try {
    const result = await rotatePiiKeys(db, pii, { batchSize: opts.batch, actor: 'cli:pii-rotate-key' });
    const left = result.remaining.residents + result.remaining.letters + result.remaining.payments;
    if (opts.json) io.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      const t = result.total;
      io.stdout.write(
        `Current key: ${result.keyId}. Sealed again under it: ${n(t.residents)} residents, ${n(t.letters)} letters, ${n(t.payments)} payments` +
          ` (${n(t.firstSealed)} of these from before encryption).\n` +
          (left === 0
            ? `Every row is under "${result.keyId}": the other keys can be removed from PII_KEYS.\n`
            : `${n(left)} rows are still under another key (written while this ran): run the command again.\n`),
      );
    }
    return left === 0 ? 0 : 1;
  } finally {
    await db.destroy();
  }
}
