// Questions, suggestions and proposed changes from the public, and the working group's answers.
export { getCommunitySubmission, listCommunitySubmissions, listPublicCommunityItems, listResolvedProposals, type PublicCommunityItem, type SubmissionForWg } from './read-community';
export { SUBMISSION_KIND_LABELS, SUBMISSION_KINDS, STATUS_LABELS, TRIAGE_STATUSES, type SubmissionKind, type SubmissionStatus } from './schemas';
export { submitCommunityItem } from './submit';
export { triageCommunityItem } from './triage';
