import { describe, expect, it } from 'vitest';
import { renderReminder } from '../../../src/letters/render-reminder.js';

const reminder = (daysLeft: number) =>
  renderReminder({
    incidentTitle: 'Click2Gov one-time payment compromise',
    incidentId: 'inc-1',
    jurisdiction: 'TX',
    recipientName: 'attorney general',
    citation: 'Tex. Bus. & Com. Code § 521.053(i)',
    due: '2020-10-03',
    daysLeft,
    appUrl: 'https://breachdesk.example.gov/',
  });

describe('renderReminder', () => {
  it.each([
    [7, 'Due in 7 days: Texas attorney general notice — Click2Gov one-time payment compromise'],
    [1, 'Due tomorrow: Texas attorney general notice — Click2Gov one-time payment compromise'],
    [0, 'Due today: Texas attorney general notice — Click2Gov one-time payment compromise'],
    [-16, 'OVERDUE by 16 days: Texas attorney general notice — Click2Gov one-time payment compromise'],
  ])('subject for %i days', (days, subject) => {
    expect(reminder(days).subject).toBe(subject);
  });

  it('says what is due, to whom, under which law, when, and links to the obligations', () => {
    const { text, html } = reminder(-16);
    expect(text).toContain('Tex. Bus. & Com. Code § 521.053(i)');
    expect(text).toContain('Saturday, October 3, 2020 (16 days late)');
    expect(text).toContain('https://breachdesk.example.gov/v1/incidents/inc-1/obligations');
    expect(text).toMatch(/deadline has passed/);
    expect(html).toContain('Tex. Bus. &amp; Com. Code');
    expect(html).toContain('href="https://breachdesk.example.gov/v1/incidents/inc-1/obligations"');
    expect(reminder(7).text).toContain('(7 days left)');
    expect(reminder(7).text).not.toMatch(/deadline has passed/);
  });

  it('does not repeat the state when the recipient already names it', () => {
    const r = renderReminder({ ...{ incidentTitle: 'T', incidentId: 'i', citation: 'c', due: '2020-10-03', appUrl: 'http://x' }, jurisdiction: 'NM', recipientName: 'New Mexico Attorney General', daysLeft: 3 });
    expect(r.subject).toBe('Due in 3 days: New Mexico Attorney General notice — T');
  });
});
