// Every route module of the web app, in mounting order (the first match wins). Adding an area is
// one line here; its routes join the guard and the authorization-matrix test automatically.
//   - the public site: put `publicRoutes` (src/web/routes/public) before `homeRoutes`, which it replaces;
//   - the case register: add `caseRoutes` / `peopleRoutes` (src/web/routes/wg/cases*, people*).
import { accessRequestRoutes } from './wg/access-requests';
import { accountRoutes } from './wg/account';
import { auditRoutes } from './wg/audit';
import { boardRoutes, chairBoardRoutes } from './wg/board';
import { caseDecisionRoutes } from './wg/case-decision';
import { caseReviewRoutes } from './wg/case-reviews';
import { caseMessageRoutes } from './wg/case-messages';
import { casePartRoutes } from './wg/cases-parts';
import { caseRoutes } from './wg/cases';
import { peopleRoutes } from './wg/people';
import { publicationRoutes } from './wg/publications';
import { publicTextRoutes } from './wg/public-texts';
import { authRoutes } from './auth';
import { conflictRoutes } from './wg/conflicts';
import { dashboardRoutes } from './wg/dashboard';
import { documentRoutes } from './wg/documents';
import { documentApprovalRoutes } from './wg/document-approvals';
import { grantRoutes } from './wg/grants';
import { healthRoutes } from './health';
import { homeRoutes } from './home';
import { publicRoutes } from './public/index';
import { portalRoutes } from './public/portal';
import { reportRoutes } from './public/report';
import { reporterMessageRoutes } from './wg/reporter-messages';
import { publicDocumentRoutes } from './public/documents';
import { publicCommunityRoutes } from './public/community';
import { attendeeCheckRoutes } from './wg/attendee-checks';
import { communityRoutes } from './wg/community';
import { publicationLogRoutes } from './public/publication-log';
import { statisticsVersionRoutes } from './public/statistics-versions';
import { memberRoutes } from './wg/members';
import { retentionRoutes } from './wg/retention';
import { setupRoutes } from './setup';
import type { RouteModule, RouteSpec } from './table';

export const ROUTE_MODULES: RouteModule[] = [
  healthRoutes,
  setupRoutes,
  authRoutes,
  publicRoutes,
  publicDocumentRoutes,
  publicCommunityRoutes,
  homeRoutes,
  dashboardRoutes,
  conflictRoutes,
  memberRoutes,
  auditRoutes,
  caseRoutes,
  casePartRoutes,
  caseMessageRoutes,
  caseReviewRoutes,
  caseDecisionRoutes,
  peopleRoutes,
  accessRequestRoutes,
  publicationRoutes,
  documentRoutes,
  documentApprovalRoutes,
  communityRoutes,
  attendeeCheckRoutes,
  accountRoutes,
  grantRoutes,
  retentionRoutes,
  publicTextRoutes,
  publicationLogRoutes,
  statisticsVersionRoutes,
  reportRoutes,
  portalRoutes,
  reporterMessageRoutes,
  boardRoutes,
  chairBoardRoutes,
];

/** The static stylesheet is a route too; the matrix checks that everyone can fetch it. */
export const STATIC_SPECS: RouteSpec[] = [{ method: 'GET', path: '/static/candor.css', access: { public: true }, matrix: {} }];

export function routeTable(modules: RouteModule[] = ROUTE_MODULES): RouteSpec[] {
  return [...STATIC_SPECS, ...modules.flatMap((m) => m.specs)];
}
