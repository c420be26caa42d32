import { planRender } from '../../src/services/render-plan.service.js';
import type { Processor } from './types.js';

export const renderLetters: Processor<'render-letters'> = async (payload, ctx) =>
  planRender({ db: ctx.db, catalogue: ctx.catalogue, queues: ctx.queues, chunkSize: ctx.config.renderChunkSize }, payload);
