// Attendee and speaker checks. Routes import from here.
export { checkAttendees } from './check-attendees';
export { listAttendeeChecks } from './list-disclosures';
export { indexNameKeys } from './index-name-keys';
