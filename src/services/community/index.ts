// Questions, suggestions and proposed changes from the public, and the working group's answers.
export { getCommunitySubmission, listCommunitySubmissions, listPublicCommunityItems, type PublicCommunityItem, type SubmissionForWg } from './read-community';
export { SUBMISSION_KIND_LABELS, SUBMISSION_KINDS, STATUS_LABELS, TRIAGE_STATUSES } from './schemas';
export { submitCommunityItem } from './submit';
export { triageCommunityItem } from './triage';
