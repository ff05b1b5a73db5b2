// The reporter's path, for routes and the demo: the public form, the portal, the working group's side.
export { submitReport, listReportPlaces } from './submit-report';
export { openReport, getMyReport, replyToWorkingGroup, answerProposal, requestReconsiderationByReporter, type MyReport } from './portal';
export {
  getReporterThread,
  messageReporter,
  proposeResolution,
  listMessageTemplates,
  updateMessageTemplate,
  listDueReports,
  type ReporterThread,
  type TemplateView,
} from './working-group';
export { redeemPortalLink, requestPortalLink } from './portal-link';
export { MAX_REPORT_FILES, MAX_REPORT_FILE_BYTES, type Upload } from './schemas';
export type { ThreadEntry } from './thread';
