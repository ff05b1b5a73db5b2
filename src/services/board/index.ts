// The board's work, for routes and the demo: its area, its decisions, board reports, information requests.
export { getBoardArea, getBoardReconsideration, type BoardArea, type BoardQueueItem, type BoardQueueItemView } from './get-board-area';
export { decideReconsideration } from './decide-reconsideration';
export { fileBoardReport, listCaseBoardReports, type CaseBoardReports } from './file-board-report';
export { readBoardReport, type BoardReportView } from './read-board-report';
export { sendInformationRequest, answerInformationRequest, listInformationRequests, type InformationRequestView } from './information-requests';
