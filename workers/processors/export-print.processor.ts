import { runPrintExport } from '../../src/services/print-export.service.js';
import type { Processor } from './types.js';
import { piiCipherFor } from '../../src/services/pii-keys.js';

export const exportPrint: Processor<'export-print'> = async (payload, ctx) => runPrintExport(ctx.db, payload.exportId, { dataDir: ctx.config.dataDir, pii: piiCipherFor(ctx.config) });
