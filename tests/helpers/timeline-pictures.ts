// Timeline pictures shared by the picture's and the list's unit tests: Odessa 2020 as it happened.
import type { TimelinePicture } from '../../src/http/ui/timeline-story.js';

export const blank: TimelinePicture = { today: '2026-03-01', windows: [], milestones: [], delays: [], deadlines: [], notices: [] };

export const odessa: TimelinePicture = {
  today: '2026-03-01',
  windows: [{ start: '2020-04-01', end: '2020-06-30', label: 'Exposure' }],
  milestones: [
    { on: '2020-07-06', kind: 'discovered', label: 'Vendor told us' },
    { on: '2020-07-20', kind: 'determined', label: 'Determined' },
    { on: '2020-10-14', kind: 'disclosed_publicly', label: 'Press release' },
  ],
  delays: [{ start: '2020-07-21', end: '2020-08-04', label: 'Odessa PD hold' }],
  deadlines: [
    { due: '2020-09-03', jurisdiction: 'TX', label: 'TX AG', status: 'late' },
    { due: '2020-09-17', jurisdiction: 'TX', label: 'TX individuals', status: 'late' },
  ],
  notices: [
    { on: '2020-10-14', jurisdiction: 'TX', label: 'Individuals' },
    { on: '2020-10-14', jurisdiction: 'TX', label: 'Attorney General' },
  ],
};
