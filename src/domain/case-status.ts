// Case status and resolution source, with the spellings the tracking sheet uses.

export const CASE_STATUSES = ['ongoing', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const RESOLUTION_SOURCES = ['working_group', 'board', 'local', 'none'] as const;
export type ResolutionSource = (typeof RESOLUTION_SOURCES)[number];

export const RESOLUTION_SOURCE_LABELS: Record<ResolutionSource, string> = {
  working_group: 'Working group',
  board: 'Board',
  local: 'Local representatives',
  none: 'None',
};

export const ONGOING_HARASSMENT = ['yes', 'no', 'maybe'] as const;
export type OngoingHarassment = (typeof ONGOING_HARASSMENT)[number];

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function parseStatus(s: string): CaseStatus | null {
  const k = key(s);
  return k === 'ongoing' || k === 'resolved' ? k : null;
}

const SOURCE_ALIASES: Record<string, ResolutionSource> = {
  'coc wg': 'working_group',
  'working group': 'working_group',
  working_group: 'working_group',
  wg: 'working_group',
  'dsf board': 'board',
  board: 'board',
  'local event reps': 'local',
  'local representatives': 'local',
  local: 'local',
  none: 'none',
};

export function parseResolutionSource(s: string): ResolutionSource | null {
  return SOURCE_ALIASES[key(s)] ?? null;
}

export function parseYesNo(s: string): boolean | null {
  const k = key(s);
  if (k === 'yes' || k === 'y' || k === 'true') return true;
  if (k === 'no' || k === 'n' || k === 'false') return false;
  return null;
}

export function parseOngoingHarassment(s: string): OngoingHarassment | null {
  const k = key(s);
  if (k === 'yes' || k === 'y') return 'yes';
  if (k === 'no' || k === 'n') return 'no';
  if (k === 'maybe') return 'maybe';
  return null;
}
