import { finishRender as finish } from '../../src/services/render-finish.service.js';
import type { Processor } from './types.js';

export const finishRender: Processor<'finish-render'> = async (payload, ctx) => finish(ctx.db, payload.renderId);
