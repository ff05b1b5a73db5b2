// A case's decision: propose, vote, count, consult the affected parties, enact (decision 034).
export { castVote } from './cast-vote';
export { enactResolution } from './enact-resolution';
export { escalateOverdueDecisions } from './escalate-overdue-decisions';
export { getCaseDecision, type CaseDecision, type DecisionView } from './get-case-decision';
export { proposeResolution } from './propose-resolution';
export { recordConsultation } from './record-consultation';
export { tallyDecision } from './tally-decision';
