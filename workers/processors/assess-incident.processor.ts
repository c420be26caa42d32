import { runAssessment } from '../../src/services/assessment.service.js';
import type { Processor } from './types.js';

export const assessIncident: Processor<'assess-incident'> = async (payload, ctx) =>
  runAssessment(ctx.db, ctx.catalogue, payload.incidentId, payload.revision, ctx.config.reminderDaysBefore);
