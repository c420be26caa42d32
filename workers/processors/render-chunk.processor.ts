import { failRender, renderChunk as render } from '../../src/services/render-chunk.service.js';
import type { Processor } from './types.js';
import { piiCipherFor } from '../../src/services/pii-keys.js';

export const renderChunk: Processor<'render-chunk'> = async (payload, ctx) => {
  try {
    return await render(ctx.db, payload, piiCipherFor(ctx.config));
  } catch (err) {
    // The flow's parent would wait for this chunk forever: the render is marked failed instead.
    if (ctx.lastAttempt) await failRender(ctx.db, payload.renderId, `chunk ${payload.chunk}: ${(err as Error).message}`);
    throw err;
  }
};
