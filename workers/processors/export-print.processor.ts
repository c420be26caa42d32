import { runPrintExport } from '../../src/services/print-export.service.js';
import type { Processor } from './types.js';

export const exportPrint: Processor<'export-print'> = async (payload, ctx) => runPrintExport(ctx.db, payload.exportId, { dataDir: ctx.config.dataDir });
