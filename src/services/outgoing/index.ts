// Messages from a case to someone outside the working group (decision 028): drafted, redacted by
// the engine and reviewed replacement by replacement, approved by a second member without a
// conflict, sent through the mail outbox or recorded as sent. Routes import from here.
export { approveMessage } from './approve-message';
export { draftHistorySummary } from './draft-history-summary';
export { draftMessage } from './draft-message';
export { editMessage } from './edit-message';
export { getMessage, listCaseMessages, type MessageListItem, type MessageView, type ReplacementView } from './read-messages';
export { redactPhrase, restoreReplacement, undoReplacement } from './redactions';
export { sendMessage } from './send-message';
