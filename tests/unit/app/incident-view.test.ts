import { describe, expect, it } from 'vitest';
import { parseIncidentFile } from '../../../src/domain/incident-file.js';
import { timelinePicture } from '../../../src/http/ui/incident-view.js';
import { timelineStory } from '../../../src/http/ui/timeline-story.js';
import { renderTimelineSvg } from '../../../src/http/ui/timeline-svg.js';

const parsed = parseIncidentFile({
  title: 'Timeline words',
  organization: { name: 'City of Odessa', kind: 'municipality', state: 'TX', timezone: 'America/Chicago' },
  dataElements: ['name', 'payment_card_number', 'card_security_code'],
  exposure: [{ start: '2020-04-14', end: '2020-06-26' }],
  events: [
    { type: 'discovered', at: '2020-07-06' },
    { type: 'recovered', at: '2020-07-09' },
    { type: 'materiality_determined', at: '2020-07' },
    { type: 'notified', recipient: 'attorney_general', jurisdiction: 'TX', at: '2020-10-14' },
  ],
  affected: { byState: { TX: 2300 } },
});

describe('timelinePicture', () => {
  it('names each event once, with its date said only by the timeline', () => {
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const picture = timelinePicture(parsed.incident, [], '2026-12-05');
    const lines = timelineStory(picture).map((l) => `${l.dateText} ${l.what}`);
    expect(lines).toEqual([
      '14 Apr 2020 Exposure began (lasted 74 days)',
      '26 Jun 2020 Exposure ended',
      '1 Jul 2020 Materiality determined',
      '6 Jul 2020 Discovered',
      '9 Jul 2020 Systems recovered',
      '14 Oct 2020 Notice sent: Attorney general, TX',
    ]);
    // The picture's labels and tooltips carry each date once, never twice.
    expect(renderTimelineSvg(picture)).not.toMatch(/(\d{1,2} [A-Z][a-z]{2} \d{4}) \1/);
  });
});
