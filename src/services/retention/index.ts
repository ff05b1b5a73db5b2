// Retention and expungement (decision 030). Routes and jobs use only this file.
export { listRetentionDue, type RetentionOverview } from './list-retention-due';
export { expungeCase } from './expunge-case';
export { recordReporterRemoval } from './record-reporter-removal';
export { notifyRetentionDue } from './notify-retention-due';
