// The job catalogue's handlers. Typed as a full record: a job name without a handler does not compile.
import type { JobName } from '../../src/jobs/catalogue.js';
import type { Processor } from './types.js';
import { assessIncident } from './assess-incident.processor.js';
import { renderLetters } from './render-letters.processor.js';
import { deliverLetter } from './deliver-letter.processor.js';
import { sendReminder } from './send-reminder.processor.js';

export const processors: { [N in JobName]: Processor<N> } = {
  'assess-incident': assessIncident,
  'render-letters': renderLetters,
  'deliver-letter': deliverLetter,
  'send-reminder': sendReminder,
};
