// The headline table (DESIGN.md "Statistics"): one-way, whole organisation, one row per figure
// including `flagged`. Ongoing cases appear only in "reports" and "ongoing".
import type { Config } from '../../config/schema';
import { FIGURE_KEYS, type FigureKey } from '../../domain/statistics';
import { oneWaySpec, type TablePolicy, type TableSpec } from '../../privacy/disclosure';
import type { AtomDescriptor } from '../atoms';
import { FIGURE_LABELS } from '../model';

export function headlinePolicy(disclosure: Config['disclosure']): TablePolicy {
  // The only headline policy left: "masked" and "round5" were removed (records 010 and 022),
  // both made the annual report unpublishable. The disclosure library still reads rounded
  // headlines, so releases published under round5 stay readable and auditable.
  switch (disclosure.headline) {
    case 'exact':
      return { kind: 'headline', mode: 'exact' };
  }
}

const IN_FIGURE: Record<FigureKey, (a: AtomDescriptor) => boolean> = {
  reports: (a) => a.kind === 'case' || a.kind === 'ongoing',
  peopleNamed: (a) => a.kind === 'person',
  ongoing: (a) => a.kind === 'ongoing',
  actionsWorkingGroup: (a) => a.kind === 'case' && a.outcome === 'actionsWorkingGroup',
  actionsLocal: (a) => a.kind === 'case' && a.outcome === 'actionsLocal',
  noAction: (a) => a.kind === 'case' && a.outcome === 'noAction',
  outOfScope: (a) => a.kind === 'case' && a.outcome === 'outOfScope',
  notViolation: (a) => a.kind === 'case' && a.outcome === 'notViolation',
  warned: (a) => a.kind === 'person' && a.cls === 'warned',
  suspended: (a) => a.kind === 'person' && a.cls === 'suspended',
  banned: (a) => a.kind === 'person' && a.cls === 'banned',
  other: (a) => a.kind === 'person' && a.cls === 'other',
  flagged: (a) => a.kind === 'person' && a.cls !== 'ongoing' && a.flagged,
};

/** The headline table over the given atoms (one half-year, or both halves of a year). */
export function headlineSpec(args: { id: string; title: string; column: string; atoms: readonly AtomDescriptor[]; ids: ReadonlyMap<string, string> }): TableSpec {
  const idOf = (a: AtomDescriptor): string => args.ids.get(a.base) ?? a.base;
  return oneWaySpec({
    id: args.id,
    title: args.title,
    column: args.column,
    rows: FIGURE_KEYS.map((key) => ({ label: FIGURE_LABELS[key], atoms: args.atoms.filter(IN_FIGURE[key]).map(idOf) })),
  });
}

/** The figure key of a headline row label (renderers use keys for stable CSV/JSON columns). */
export function figureOfLabel(label: string): FigureKey | undefined {
  return FIGURE_KEYS.find((k) => FIGURE_LABELS[k] === label);
}
