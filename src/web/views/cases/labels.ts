// Words shown for the register's enumerations.
import type { CaseStage, Channel } from '../../../domain/case-lifecycle';
import { CONSEQUENCE_LABELS, type Consequence } from '../../../domain/outcomes';
import { RESOLUTION_SOURCE_LABELS, type ResolutionSource } from '../../../domain/case-status';

export const STAGE_LABELS: Record<CaseStage, string> = {
  received: 'Received',
  acknowledged: 'Acknowledged',
  evaluating: 'Evaluating',
  deciding: 'Deciding',
  consulting: 'Consulting affected parties',
  enacted: 'Enacted',
  resolved: 'Resolved',
  reported: 'Reported to the board',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email to the working group',
  web_form: 'Web form',
  local_representative: 'Local representative',
  moderation_team: 'Online moderation team',
  event: 'At or after an event',
  other: 'Other',
};

export const ROLE_LABELS: Record<string, string> = {
  reported: 'Reported person',
  reporter: 'Reporter',
  witness: 'Witness',
  affected: 'Affected person',
};

export const STATUS_LABELS: Record<string, string> = { ongoing: 'Ongoing', resolved: 'Resolved', recused: 'Recused' };

export const consequenceLabel = (c: Consequence | null) => (c ? CONSEQUENCE_LABELS[c] : '—');
export const sourceLabel = (s: ResolutionSource) => RESOLUTION_SOURCE_LABELS[s];

export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

export const yesNo = (v: boolean | null) => (v === null ? 'Not recorded' : v ? 'Yes' : 'No');
