// The job catalogue's handlers. Typed as a full record: a job name without a handler does not compile.
import type { JobName } from '../../src/jobs/catalogue.js';
import type { Processor } from './types.js';
import { assessIncident } from './assess-incident.processor.js';
import { importResidents } from './import-residents.processor.js';
import { renderLetters } from './render-letters.processor.js';
import { renderChunk } from './render-chunk.processor.js';
import { finishRender } from './finish-render.processor.js';
import { sendLetters } from './send-letters.processor.js';
import { deliverBatch } from './deliver-batch.processor.js';
import { exportPrint } from './export-print.processor.js';
import { sendReminder } from './send-reminder.processor.js';

export const processors: { [N in JobName]: Processor<N> } = {
  'assess-incident': assessIncident,
  'import-residents': importResidents,
  'render-letters': renderLetters,
  'render-chunk': renderChunk,
  'finish-render': finishRender,
  'send-letters': sendLetters,
  'deliver-batch': deliverBatch,
  'export-print': exportPrint,
  'send-reminder': sendReminder,
};
