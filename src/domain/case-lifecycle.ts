// A case's current state is derived from its append-only events (CONVENTIONS.md #3). This module
// is the only place that knows how each event changes the state.
import type { CaseStatus, OngoingHarassment, ResolutionSource } from './case-status';

export const CASE_STAGES = [
  'received',
  'acknowledged',
  'evaluating',
  'deciding',
  'consulting',
  'enacted',
  'resolved',
  'reported',
  'reconsideration_requested',
  'reconsidered',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_STAGE_LABELS: Record<CaseStage, string> = {
  received: 'Received',
  acknowledged: 'Acknowledged',
  evaluating: 'Under review',
  deciding: 'Resolution proposed',
  consulting: 'Affected parties consulted',
  enacted: 'Enacted',
  resolved: 'Resolved',
  reported: 'Reported to the board',
  reconsideration_requested: 'Reconsideration requested',
  reconsidered: 'Reconsidered',
};

/** Stages only events reach (a vote, a consultation, a request to the board), never a manual change. */
export const DERIVED_STAGES: ReadonlySet<CaseStage> = new Set(['consulting', 'enacted', 'reconsideration_requested', 'reconsidered']);

/**
 * Where the case's current proposed resolution stands (DOMAIN.md "Life of a report" 5–7): proposed
 * and being voted on, adopted, then enacted. A rejected or escalated proposal leaves none.
 */
export interface DecisionProgress {
  id: string;
  state: 'proposed' | 'adopted' | 'enacted';
}

export const CHANNELS = ['email', 'web_form', 'local_representative', 'moderation_team', 'event', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How a report arrived, in the words of the register and of the published annual report. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email to the working group',
  web_form: 'Web form',
  local_representative: 'Through a local representative',
  moderation_team: 'Escalated by moderators',
  event: 'Event team after the event',
  other: 'Other routes',
};

/** The part a person plays in a case; figures count only the people reports are about. */
export const ROLES_IN_CASE = ['reported', 'reporter', 'witness', 'affected'] as const;
export type RoleInCase = (typeof ROLES_IN_CASE)[number];

export const ROLE_IN_CASE_LABELS: Record<RoleInCase, string> = {
  reported: 'Reported person',
  reporter: 'Reporter',
  witness: 'Witness',
  affected: 'Affected person',
};

export interface CaseState {
  receivedOn: string;
  channel: Channel;
  status: CaseStatus;
  stage: CaseStage;
  resolutionSource: ResolutionSource;
  resolvedOn: string | null;
  reviewOn: string | null;
  acknowledgedOn: string | null;
  safetyRisk: boolean | null;
  ongoingHarassment: OngoingHarassment | null;
  categories: string[];
  /** The current proposed resolution, if any (not a column of the case row). */
  decision?: DecisionProgress | null;
}

export type CaseDetails = Pick<CaseState, 'receivedOn' | 'channel' | 'safetyRisk' | 'ongoingHarassment' | 'categories'>;

export type CaseEvent =
  | ({ kind: 'created' } & CaseDetails)
  | { kind: 'details_changed'; changes: Partial<CaseDetails> }
  | { kind: 'acknowledged'; on: string }
  | { kind: 'stage_changed'; stage: CaseStage }
  | { kind: 'resolved'; resolvedOn: string; resolutionSource: ResolutionSource; reviewOn: string | null }
  | { kind: 'reopened' }
  | { kind: 'note' }
  | { kind: 'person_added'; personRowId: string }
  | { kind: 'person_updated'; personRowId: string }
  | { kind: 'attachment_added'; attachmentId: string }
  // Messages between the working group and the reporter, through the portal (body sealed on the
  // event). A proposed resolution is shared with the reporter before it is enacted; their answer
  // is recorded and binds nobody.
  | { kind: 'reporter_message'; direction: ReporterMessageDirection; purpose: ReporterMessagePurpose }
  | { kind: 'resolution_proposed' }
  | { kind: 'proposal_answered'; answer: ProposalAnswer }
  // A member asks to withdraw a conflict they declared; the chair confirms or refuses. Until
  // then the member stays recused. These change who may see the case, not the case's state.
  | { kind: 'recusal_withdrawal_requested'; memberId: string }
  | { kind: 'recusal_withdrawal_decided'; memberId: string; decision: 'confirmed' | 'refused' }
  // The board decided a request for reconsideration or an escalation (its reasons are sealed on
  // the board's decision, not on the timeline). A changed decision of a resolved case makes the
  // board the case's resolution source; the working group then enacts what changed.
  | { kind: 'board_decided'; result: BoardDecisionResult }
  // The working group's decision (src/services/decisions): the chair proposes, members vote (the
  // votes live in their own table; the result is an event), affected parties are consulted, the
  // resolution is enacted. An escalated proposal goes to the board's queue.
  | { kind: 'decision_proposed'; decisionId: string; severity: 'ordinary' | 'severe' }
  | { kind: 'decision_adopted'; decisionId: string; by: 'consensus' | 'two_thirds' }
  | { kind: 'decision_rejected'; decisionId: string }
  | { kind: 'decision_escalated'; decisionId: string }
  | { kind: 'party_consulted'; decisionId: string; party: string; channel: string }
  | { kind: 'decision_enacted'; decisionId: string }
  // A party asked the board to reconsider the resolved case, and the board decided.
  | { kind: 'reconsideration_requested' }
  | { kind: 'reconsideration_decided' }
  | ({ kind: 'imported'; fingerprint: string } & Omit<CaseState, 'stage' | 'acknowledgedOn'>);

export const REPORTER_MESSAGE_PURPOSES = ['message', 'acknowledgement', 'handled_locally', 'more_information', 'outcome', 'information'] as const;
export type ReporterMessagePurpose = (typeof REPORTER_MESSAGE_PURPOSES)[number];
export type ReporterMessageDirection = 'to_reporter' | 'from_reporter';
export const BOARD_DECISION_RESULTS = ['upheld', 'changed', 'withdrawn'] as const;
export type BoardDecisionResult = (typeof BOARD_DECISION_RESULTS)[number];
export const PROPOSAL_ANSWERS = ['agree', 'disagree', 'comment'] as const;
export type ProposalAnswer = (typeof PROPOSAL_ANSWERS)[number];

export class LifecycleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LifecycleError';
  }
}

export function applyEvent(state: CaseState | null, e: CaseEvent): CaseState {
  if (e.kind === 'created') {
    if (state) throw new LifecycleError('a case is created only once');
    return {
      ...pickDetails(e),
      status: 'ongoing',
      stage: 'received',
      resolutionSource: 'none',
      resolvedOn: null,
      reviewOn: null,
      acknowledgedOn: null,
    };
  }
  if (e.kind === 'imported') {
    const { kind: _k, fingerprint: _f, ...rest } = e;
    return {
      ...rest,
      stage: rest.status === 'resolved' ? 'resolved' : (state?.stage ?? 'received'),
      acknowledgedOn: state?.acknowledgedOn ?? null,
    };
  }
  if (!state) throw new LifecycleError(`"${e.kind}" before the case was created`);
  switch (e.kind) {
    case 'details_changed':
      return { ...state, ...e.changes };
    case 'acknowledged':
      return { ...state, acknowledgedOn: state.acknowledgedOn ?? e.on, stage: state.stage === 'received' ? 'acknowledged' : state.stage };
    case 'stage_changed':
      if (state.status === 'resolved' && e.stage !== 'reported') throw new LifecycleError('the case is resolved; reopen it first');
      if (DERIVED_STAGES.has(e.stage) && e.stage !== state.stage) throw new LifecycleError(`"${CASE_STAGE_LABELS[e.stage]}" is reached through the decision or the board, not set by hand`);
      return { ...state, stage: e.stage };
    case 'resolved':
      if (e.resolvedOn < state.receivedOn) throw new LifecycleError('a case cannot be resolved before it was received');
      if (state.decision?.state === 'proposed') throw new LifecycleError('a proposed resolution is being voted on; wait for the vote before resolving');
      if (state.decision?.state === 'adopted') throw new LifecycleError('the adopted resolution is not enacted yet: consult the affected parties and enact it first');
      return { ...state, status: 'resolved', stage: 'resolved', resolvedOn: e.resolvedOn, resolutionSource: e.resolutionSource, reviewOn: e.reviewOn, decision: null };
    case 'reopened':
      if (state.status !== 'resolved') throw new LifecycleError('only a resolved case can be reopened');
      return { ...state, status: 'ongoing', stage: 'evaluating', resolvedOn: null, resolutionSource: 'none', reviewOn: null, decision: null };
    case 'board_decided':
      return e.result === 'changed' && state.status === 'resolved' ? { ...state, resolutionSource: 'board' } : state;
    case 'decision_proposed':
      if (state.status === 'resolved') throw new LifecycleError('the case is resolved; reopen it before proposing a resolution');
      if (state.acknowledgedOn === null) throw new LifecycleError('acknowledge the case before proposing a resolution');
      if (state.decision?.state === 'proposed') throw new LifecycleError('a resolution is already being voted on');
      if (state.decision) throw new LifecycleError('a resolution is already adopted for this case');
      return { ...state, stage: 'deciding', decision: { id: e.decisionId, state: 'proposed' } };
    case 'decision_adopted':
    case 'decision_rejected':
    case 'decision_escalated':
      if (state.decision?.id !== e.decisionId || state.decision.state !== 'proposed') throw new LifecycleError('only a resolution being voted on can be adopted, rejected or escalated');
      return { ...state, decision: e.kind === 'decision_adopted' ? { id: e.decisionId, state: 'adopted' } : null };
    case 'party_consulted':
      if (state.decision?.id !== e.decisionId || state.decision.state !== 'adopted') throw new LifecycleError('affected parties are consulted on an adopted resolution before it is enacted');
      return { ...state, stage: 'consulting' };
    case 'decision_enacted':
      if (state.decision?.id !== e.decisionId || state.decision.state !== 'adopted') throw new LifecycleError('only an adopted resolution can be enacted');
      if (state.stage !== 'consulting') throw new LifecycleError('consult the affected parties before enacting the resolution');
      return { ...state, stage: 'enacted', decision: { id: e.decisionId, state: 'enacted' } };
    case 'reconsideration_requested':
      if (state.status !== 'resolved') throw new LifecycleError('reconsideration is asked of a resolved case');
      return { ...state, stage: 'reconsideration_requested' };
    case 'reconsideration_decided':
      if (state.stage !== 'reconsideration_requested') throw new LifecycleError('no reconsideration was requested');
      return { ...state, stage: 'reconsidered' };
    case 'note':
    case 'person_added':
    case 'person_updated':
    case 'attachment_added':
    case 'reporter_message':
    case 'resolution_proposed':
    case 'proposal_answered':
    case 'recusal_withdrawal_requested':
    case 'recusal_withdrawal_decided':
      return state;
  }
}

/** Members whose request to withdraw a declared conflict awaits the chair's decision. */
export function pendingRecusalWithdrawals(events: readonly CaseEvent[]): Set<string> {
  const pending = new Set<string>();
  for (const e of events) {
    if (e.kind === 'recusal_withdrawal_requested') pending.add(e.memberId);
    else if (e.kind === 'recusal_withdrawal_decided') pending.delete(e.memberId);
  }
  return pending;
}

function pickDetails(d: CaseDetails): CaseDetails {
  return {
    receivedOn: d.receivedOn,
    channel: d.channel,
    safetyRisk: d.safetyRisk,
    ongoingHarassment: d.ongoingHarassment,
    categories: [...d.categories],
  };
}

export function deriveCaseState(events: readonly CaseEvent[]): CaseState {
  let state: CaseState | null = null;
  for (const e of events) state = applyEvent(state, e);
  if (!state) throw new LifecycleError('a case needs at least its creation event');
  return state;
}
