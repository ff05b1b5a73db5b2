// What is due, and by when: the overview for members and the daily digest.
export { listDeadlines, type DeadlineView } from './list-deadlines';
