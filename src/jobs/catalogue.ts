// Every background job, declared once: its payload schema and its business-key job id.
// Payloads carry ids only, never resident data or secrets.
import { z } from 'zod';

const uuid = z.string().uuid();
const key = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/);

export const jobCatalogue = {
  'assess-incident': {
    payload: z.object({ incidentId: uuid, revision: z.number().int().positive() }),
    jobId: (p: { incidentId: string; revision: number }) => `assess-${p.incidentId}-r${p.revision}`,
  },
  'import-residents': {
    payload: z.object({ importId: uuid }),
    jobId: (p: { importId: string }) => `import-${p.importId}`,
  },
  /** Plans a render: stores the facts once, splits residents into chunks, starts the flow. */
  'render-letters': {
    payload: z.object({ incidentId: uuid, revision: z.number().int().positive(), requestId: key }),
    jobId: (p: { incidentId: string; requestId: string }) => `render-${p.incidentId}-${p.requestId}`,
  },
  /** A child of the render flow: one range of residents. Rebuilt from render_chunks if lost. */
  'render-chunk': {
    payload: z.object({ renderId: uuid, chunk: z.number().int().nonnegative() }),
    jobId: (p: { renderId: string; chunk: number }) => `render-chunk-${p.renderId}-${p.chunk}`,
  },
  /** The flow's parent: runs once every chunk is done. */
  'finish-render': {
    payload: z.object({ renderId: uuid }),
    jobId: (p: { renderId: string }) => `render-finish-${p.renderId}`,
  },
  /** Queues an incident's approved e-mail letters in batches. */
  'send-letters': {
    payload: z.object({ incidentId: uuid, requestId: key }),
    jobId: (p: { incidentId: string; requestId: string }) => `send-${p.incidentId}-${p.requestId}`,
  },
  'deliver-batch': {
    payload: z.object({ batch: key }),
    jobId: (p: { batch: string }) => `deliver-${p.batch}`,
  },
  'export-print': {
    payload: z.object({ exportId: uuid }),
    jobId: (p: { exportId: string }) => `print-${p.exportId}`,
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

export function jobIdOf<N extends JobName>(name: N, payload: JobPayload<N>): string {
  return (jobCatalogue[name].jobId as (p: JobPayload<N>) => string)(payload);
}
