import { describe, expect, it } from 'vitest';
import { timelineStory, type TimelinePicture } from '../../../src/http/ui/timeline-story.js';
import { renderTimelineSvg } from '../../../src/http/ui/timeline-svg.js';
import { blank, odessa } from '../../helpers/timeline-pictures.js';

const said = (p: TimelinePicture) => timelineStory(p).map((l) => `${l.dateText} ${l.what}`);

describe('timelineStory', () => {
  it('tells Odessa 2020 as dated lines, earliest first, each start and end on its own day', () => {
    expect(said(odessa)).toEqual([
      '1 Apr 2020 Exposure began (lasted 91 days)',
      '30 Jun 2020 Exposure ended',
      '6 Jul 2020 Discovered',
      '20 Jul 2020 Determined',
      '21 Jul 2020 Law-enforcement delay began',
      '4 Aug 2020 Law-enforcement delay ended',
      '3 Sep 2020 Deadline: TX AG, missed',
      '17 Sep 2020 Deadline: TX individuals, missed',
      '14 Oct 2020 Public disclosure',
      '14 Oct 2020 Notice sent: Individuals, TX',
      '14 Oct 2020 Notice sent: Attorney General, TX',
    ]);
    expect(timelineStory(odessa)[0]).toEqual({ on: '2020-04-01', dateText: '1 Apr 2020', what: 'Exposure began (lasted 91 days)' });
  });

  it('keeps date order whatever order the facts come in', () => {
    const shuffled: TimelinePicture = { ...odessa, milestones: [...odessa.milestones].reverse(), notices: [...odessa.notices].reverse(), deadlines: [...odessa.deadlines].reverse() };
    const on = timelineStory(shuffled).map((l) => l.on);
    expect(on).toEqual([...on].sort());
    expect(on).toHaveLength(said(odessa).length);
  });

  it('says each deadline status in words and names the jurisdiction once', () => {
    const statuses = ['open', 'met', 'late', 'waived'] as const;
    const p: TimelinePicture = { ...blank, deadlines: statuses.map((status, i) => ({ due: `2020-0${i + 2}-10`, jurisdiction: 'CA', label: i % 2 ? 'CA attorney general' : 'Attorney general', status })) };
    expect(said(p)).toEqual([
      '10 Feb 2020 Deadline: Attorney general (CA), still to do',
      '10 Mar 2020 Deadline: CA attorney general, met',
      '10 Apr 2020 Deadline: Attorney general (CA), missed',
      '10 May 2020 Deadline: CA attorney general, waived',
    ]);
  });

  it('words one-day spans as one line, and leaves out dates it cannot read', () => {
    const p: TimelinePicture = {
      ...blank,
      windows: [{ start: '2018-05-02', end: '2018-05-02', label: '' }, { start: 'not a date', end: '2018-06-01', label: '' }],
      delays: [{ start: '2018-07-01', end: '2018-07-01', label: '' }],
      milestones: [{ on: '2018-2-30', kind: 'discovered', label: '' }, { on: '2018-06-21', kind: 'other', label: 'Card brand alert' }, { on: '2018-06-22', kind: 'other', label: '' }],
    };
    expect(said(p)).toEqual([
      '2 May 2018 Data exposed on this day',
      '21 Jun 2018 Card brand alert',
      '22 Jun 2018 Milestone',
      '1 Jul 2018 Law enforcement asked for a delay for this day',
    ]);
    expect(timelineStory(blank)).toEqual([]);
  });

  it('says today exactly when the picture draws it', () => {
    const far = odessa, near = { ...odessa, today: '2020-11-20' }, before = { ...odessa, today: '2020-01-01' };
    for (const p of [far, near, before]) {
      const drawn = renderTimelineSvg(p).includes('class="tl-today"');
      expect(said(p).some((l) => l.endsWith(' Today')), p.today).toBe(drawn);
    }
    expect(said(near).at(-1)).toBe('20 Nov 2020 Today');
  });
});
