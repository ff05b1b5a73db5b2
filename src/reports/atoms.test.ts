import { describe, expect, it } from 'vitest';
import type { ReportCase, ReportSpace, RegisterSnapshot } from './register';
import { buildAnnualRelease } from './annual/build-annual';
import { EVENTS_GROUP, halfAtoms, spaceLabeller } from './atoms';

const space = (name: string, kind: ReportSpace['kind'], groupName: string, publishesOwnReport = false): ReportSpace => ({ name, kind, groupName, publishesOwnReport });

const caseIn = (s: ReportSpace, receivedOn = '2025-02-10'): ReportCase => ({
  receivedOn,
  status: 'resolved',
  resolutionSource: 'working_group',
  channel: 'email',
  categories: ['Harassment'],
  spaces: [s],
  acknowledgedOn: receivedOn,
  resolvedOn: '2025-03-01',
  people: [{ named: true, consequence: 'warning', flagged: false }],
});

const snapshot = (spaces: ReportSpace[], cases: ReportCase[]): RegisterSnapshot => ({ spaces, cases, categories: ['Harassment'], reconsiderations: [], urgentActions: [] });

describe('single events in breakdown tables', () => {
  const forum = space('Forum', 'online', 'Online spaces');
  const meetup = space('Nairobi meetup', 'event', 'Nairobi meetup'); // configured as a group of its own
  const sprintA = space('Lisbon sprint', 'event', 'Sprints');
  const sprintB = space('Porto sprint', 'event', 'Sprints');
  const lonely = space('Oslo sprint', 'event', 'Oslo events');
  const conf = space('DevCon 2025', 'event', 'Conferences', true);

  it('labels an event by its own name only when it publishes its own report, and never lets a group hold a single event', () => {
    const label = spaceLabeller([forum, meetup, sprintA, sprintB, lonely, conf]);
    expect(label(forum)).toBe('Online spaces');
    expect(label(meetup)).toBe(EVENTS_GROUP);
    expect(label(lonely)).toBe(EVENTS_GROUP);
    expect(label(sprintA)).toBe('Sprints');
    expect(label(sprintB)).toBe('Sprints');
    expect(label(conf)).toBe('DevCon 2025');
  });

  it('has no row for a single event without its own report in the annual space table', () => {
    const snap = snapshot([forum, meetup, sprintA, sprintB, lonely, conf], [caseIn(forum), caseIn(meetup), caseIn(lonely), caseIn(sprintA), caseIn(conf)]);
    expect(halfAtoms(snap, { kind: 'half', year: 2025, half: 1 }).groups).not.toContain('Nairobi meetup');
    const { release } = buildAnnualRelease({ snapshot: snap, year: 2025, version: 1, disclosure: { k: 3, headline: 'exact' }, publishedTruths: [] });
    const rows = release.tables.find((t) => t.id === 'space-outcome')!.rowLabels;
    expect(rows).toEqual(expect.arrayContaining([EVENTS_GROUP, 'Sprints', 'Online spaces', 'DevCon 2025']));
    for (const single of ['Nairobi meetup', 'Oslo sprint', 'Oslo events', 'Lisbon sprint']) expect(rows).not.toContain(single);
  });
});

describe('fixed row sets', () => {
  it('shows every configured space and category, "Other" and "Not recorded", in every period whatever the counts', () => {
    const forum = space('Forum', 'online', 'Online spaces');
    const conf = space('DevCon 2025', 'event', 'Conferences', true);
    const retired: ReportCase = { ...caseIn(conf, '2025-08-10'), categories: ['A retired category'] };
    const snap = snapshot([forum, conf], [caseIn(forum), retired]);
    const h1 = halfAtoms(snap, { kind: 'half', year: 2025, half: 1 });
    const h2 = halfAtoms(snap, { kind: 'half', year: 2025, half: 2 });
    const empty = halfAtoms(snapshot([forum, conf], []), { kind: 'half', year: 2025, half: 1 });
    for (const h of [h1, h2]) {
      expect(h.groups).toEqual(empty.groups);
      expect(h.violations).toEqual(empty.violations);
    }
    expect(empty.groups).toEqual(['Online spaces', 'DevCon 2025', 'Several spaces', 'Not recorded']);
    expect(empty.violations).toEqual(['Harassment', 'Other', 'Several types', 'Not recorded']);
    // The retired category counts under "Other"; no row of its own appears.
    expect(Object.entries(h2.truth).filter(([id, v]) => v > 0 && id.includes('|case|')).map(([id]) => id)).toEqual(['2025-H2|case|actionsWorkingGroup|devcon-2025|other']);
  });
});
