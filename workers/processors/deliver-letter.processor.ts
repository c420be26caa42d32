import { deliverLetter as deliver } from '../../src/services/delivery.service.js';
import type { Processor } from './types.js';

export const deliverLetter: Processor<'deliver-letter'> = async (payload, ctx) =>
  deliver(ctx.db, ctx.mail, { mailFrom: ctx.config.mailFrom, lastAttempt: ctx.lastAttempt }, payload.letterId);
