// Synthetic material for the demo organisation. Every name here is invented.
import type { SpaceKind } from '../../domain/spaces';

export interface DemoSpace {
  slug: string;
  name: string;
  kind: SpaceKind;
  publishesOwnReport?: boolean;
  contacts?: readonly string[];
}

export const DEMO_SPACES: readonly DemoSpace[] = [
  { slug: 'forum', name: 'Community forum', kind: 'online' },
  { slug: 'chat', name: 'Chat server', kind: 'online' },
  { slug: 'mailing-lists', name: 'Mailing lists', kind: 'online' },
  { slug: 'code-hosting', name: 'Code hosting organisation', kind: 'online' },
  { slug: 'social', name: 'Social media accounts', kind: 'online' },
  { slug: 'devcon-2023', name: 'DevCon 2023', kind: 'event', publishesOwnReport: true, contacts: ['devcon-coc@example.org', 'lead-organiser@example.org'] },
  { slug: 'devcon-2024', name: 'DevCon 2024', kind: 'event', publishesOwnReport: true, contacts: ['devcon-coc@example.org', 'lead-organiser@example.org'] },
  { slug: 'devcon-2025', name: 'DevCon 2025', kind: 'event', publishesOwnReport: true, contacts: ['devcon-coc@example.org', 'lead-organiser@example.org'] },
  { slug: 'sprint-lisbon', name: 'Lisbon sprint', kind: 'event', contacts: ['sprint-host@example.org'] },
  { slug: 'meetup-nairobi', name: 'Nairobi meetup', kind: 'event', contacts: ['meetup-host@example.org'] },
  { slug: 'docs-program', name: 'Documentation fellowship', kind: 'affiliated', contacts: ['fellowship-coc@example.org'] },
  { slug: 'mentoring', name: 'Mentoring program', kind: 'affiliated', contacts: ['mentoring-coc@example.org'] },
];

export const DEMO_NAMES = [
  'Amara Okafor', 'Lukas Schneider', 'Mei Lin Chen', 'Rafael Souza', 'Priya Raman', 'Jonas Lindqvist', 'Fatima Zahra Benali',
  'Tomás Ortega', 'Aiko Tanaka', 'Kwame Mensah', 'Sofia Rossi', 'Dmitri Volkov', 'Nadia Haddad', 'Oliver Byrne',
  'Ana-Maria Popescu', 'Hiroshi Sato', 'Leila Farahani', 'Mateo García', 'Chloé Martin', 'Arjun Mehta', 'Ingrid Halvorsen',
  'Emeka Eze', 'Yusuf Demir', 'Grace Wanjiru', 'Will Thompson', 'Rose Kimani', 'Mark Novak', 'May Nguyen', 'Zoltán Kovács',
  'Siobhan Kelly', 'Pedro Alves', 'Hana Kim', 'Tariq Hussain', 'Elena Petrova', 'Samuel Adeyemi', 'Lucía Fernández',
  'Kenji Watanabe', 'Aylin Yıldız', 'Noah Fischer', 'Zanele Dlamini',
];

export const DEMO_NARRATIVES = [
  'Repeated off-topic personal remarks in a thread after being asked to stop.',
  'Unwelcome private messages after a talk, continuing over several days.',
  'Dismissive and insulting comments on a contributor’s pull request.',
  'Jokes about a protected characteristic during a sprint session.',
  'Sharing another member’s personal contact details without consent.',
  'Aggressive messages in the chat server after a disagreement about a release.',
  'Physical intimidation reported at the conference social event.',
  'Spam links posted across several mailing lists.',
  'Sustained sarcasm and belittling toward newcomers in the forum.',
  'A threat made in a direct message after a moderation decision.',
];

export const DEMO_NOTES = [
  'Spoke with the reporter; they would like to stay anonymous to the reported party.',
  'Reviewed the linked messages; the behaviour is covered by the code of conduct.',
  'Asked the reported party for their account of events.',
  'Checked earlier records: no previous reports about this person.',
  'Event team confirmed the timeline and that no one is at immediate risk.',
];
