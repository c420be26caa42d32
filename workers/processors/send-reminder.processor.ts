import { sendReminder as send } from '../../src/services/reminders.service.js';
import type { Processor } from './types.js';

export const sendReminder: Processor<'send-reminder'> = async (payload, ctx) =>
  send(ctx.db, ctx.mail, { mailFrom: ctx.config.mailFrom, appUrl: ctx.config.appUrl, lastAttempt: ctx.lastAttempt, leaseSeconds: ctx.config.sendingLeaseSeconds }, payload.reminderId);
