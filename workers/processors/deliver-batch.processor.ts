import { deliverBatch as deliver } from '../../src/services/delivery.service.js';
import type { Processor } from './types.js';
import { piiCipherFor } from '../../src/services/pii-keys.js';

export const deliverBatch: Processor<'deliver-batch'> = async (payload, ctx) =>
  deliver(
    ctx.db,
    ctx.mail,
    { mailFrom: ctx.config.mailFrom, lastAttempt: ctx.lastAttempt, concurrency: ctx.config.smtp.poolSize * 2, acquire: ctx.acquireMailSlot, pii: piiCipherFor(ctx.config) },
    payload.batch,
  );
