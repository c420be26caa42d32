import { enqueueRecorded } from '../../src/jobs/enqueue.js';
import { planDelivery } from '../../src/services/delivery.service.js';
import type { Processor } from './types.js';

export const sendLetters: Processor<'send-letters'> = async (payload, ctx) => {
  const jobs = await planDelivery(ctx.db, { ...payload, batchSize: ctx.config.deliveryBatchSize });
  return { batches: await enqueueRecorded(ctx.db, ctx.queues, jobs, ctx.log) };
};
