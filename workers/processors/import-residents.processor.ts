import { UnrecoverableError } from 'bullmq';
import { enqueueRecorded } from '../../src/jobs/enqueue.js';
import { giveUpImport, ImportFileError, runImport } from '../../src/services/import-runner.js';
import { piiCipherFor } from '../../src/services/pii-keys.js';
import type { Processor } from './types.js';

export const importResidents: Processor<'import-residents'> = async (payload, ctx) => {
  try {
    return await runImport(ctx.db, payload.importId, {
      dataDir: ctx.config.dataDir,
      log: ctx.log,
      enqueue: (jobs) => enqueueRecorded(ctx.db, ctx.queues, jobs, ctx.log),
      pii: piiCipherFor(ctx.config),
    });
  } catch (err) {
    if (err instanceof ImportFileError) throw new UnrecoverableError(err.message);
    if (ctx.lastAttempt) await giveUpImport(ctx.db, payload.importId, (err as Error).message);
    throw err;
  }
};
