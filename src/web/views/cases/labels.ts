// Words shown for the register's enumerations.
import { CONSEQUENCE_LABELS, type Consequence } from '../../../domain/outcomes';
import { RESOLUTION_SOURCE_LABELS, type ResolutionSource } from '../../../domain/case-status';

export const STATUS_LABELS: Record<string, string> = { ongoing: 'Ongoing', resolved: 'Resolved', recused: 'Recused' };

export const consequenceLabel = (c: Consequence | null) => (c ? CONSEQUENCE_LABELS[c] : '—');
export const sourceLabel = (s: ResolutionSource) => RESOLUTION_SOURCE_LABELS[s];

export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

export const yesNo = (v: boolean | null) => (v === null ? 'Not recorded' : v ? 'Yes' : 'No');
