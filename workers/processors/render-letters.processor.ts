import { renderIncidentLetters } from '../../src/services/letters.service.js';
import type { Processor } from './types.js';

export const renderLetters: Processor<'render-letters'> = async (payload, ctx) =>
  renderIncidentLetters(ctx.db, ctx.catalogue, payload.incidentId);
