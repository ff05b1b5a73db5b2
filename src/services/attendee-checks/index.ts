// Attendee and speaker checks. Routes import from here.
export { checkAttendees, type AttendeeAnswer, type AttendeeCheckResult, type AttendeeStatus } from './check-attendees';
export { listAttendeeChecks, type AttendeeCheckRecord } from './list-disclosures';
export { indexNameKeys } from './index-name-keys';
