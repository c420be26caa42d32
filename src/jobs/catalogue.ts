// Every background job, declared once: its payload schema and its business-key job id.
// Payloads carry ids only, never resident data or secrets.
import { z } from 'zod';

const uuid = z.string().uuid();

export const jobCatalogue = {
  'assess-incident': {
    payload: z.object({ incidentId: uuid, revision: z.number().int().positive() }),
    jobId: (p: { incidentId: string; revision: number }) => `assess-${p.incidentId}-r${p.revision}`,
  },
  'render-letters': {
    payload: z.object({ incidentId: uuid, revision: z.number().int().positive(), requestId: z.string().min(1).max(64) }),
    jobId: (p: { incidentId: string; requestId: string }) => `render-${p.incidentId}-${p.requestId}`,
  },
  'deliver-letter': {
    payload: z.object({ letterId: uuid }),
    jobId: (p: { letterId: string }) => `deliver-${p.letterId}`,
  },
  'send-reminder': {
    payload: z.object({ reminderId: uuid }),
    jobId: (p: { reminderId: string }) => `reminder-${p.reminderId}`,
  },
} as const;

export type JobName = keyof typeof jobCatalogue;
export const JOB_NAMES = Object.keys(jobCatalogue) as JobName[];
export type JobPayload<N extends JobName> = z.infer<(typeof jobCatalogue)[N]['payload']>;

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobCatalogue, name);
}

/** One queue per job, so each kind of work can be scaled and paused on its own. */
export function queueName(name: JobName): string {
  return name;
}
