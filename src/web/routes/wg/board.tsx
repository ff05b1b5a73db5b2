// The board's area (decision 032) and the chair's answers to the board's information requests.
// Per-case rule: the verbs answer "not found" for a request or report of a case the member is
// involved in (named in it, or recused), exactly as for a case that does not exist.
import type { Context } from 'hono';
import { can } from '../../../domain/permissions';
import {
  answerInformationRequest,
  decideReconsideration,
  fileBoardReport,
  listCaseBoardReports,
  getBoardArea,
  getBoardReconsideration,
  listInformationRequests,
  readBoardReport,
  sendInformationRequest,
} from '../../../services/board';
import type { AppEnv } from '../../env';
import { fieldErrors, readForm, str, submitForm } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { BoardAreaPage, BoardReportPage, BoardRequestPage, CaseBoardReportsPage, InformationRequestsPage } from '../../views/board';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';
import { caseIdOf, caseResource } from './cases-shared';

async function areaPage(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const area = await getBoardArea(c.var.ctx);
  return c.html(<BoardAreaPage page={pageContext(c)} area={area} canAsk={can(c.var.actor, 'create:information_request')} values={values} errors={errors} />, status);
}

async function requestPage(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const item = await getBoardReconsideration(c.var.ctx, { id: c.req.param('requestId') ?? '' });
  return c.html(<BoardRequestPage page={pageContext(c)} item={item} values={values} errors={errors} />, status);
}

const idOf = (c: Context<AppEnv>) => c.req.param('requestId') ?? '';

export const boardRoutes = defineRoutes('/wg/board', (r) => {
  r.get('/', { permission: 'view:board' }, (c) => areaPage(c, {}, {}, 200));

  r.get('/requests/:requestId', { permission: 'decide:reconsideration' }, (c) => requestPage(c, {}, {}, 200), { okStatus: 404 });
  r.post(
    '/requests/:requestId/decide',
    { permission: 'decide:reconsideration' },
    (c) =>
      submitForm(c, {
        run: (v) => decideReconsideration(c.var.ctx, { id: idOf(c), result: str(v.result), decidedOn: str(v.decidedOn), review: str(v.review), reasons: str(v.reasons) }),
        done: () => ({ to: `/wg/board/requests/${idOf(c)}`, flash: 'The board’s decision is recorded.' }),
        page: (v, errors) => requestPage(c, v, errors, 400),
      }),
    // The matrix world has no request for the board: the page shown again with the errors is "not found".
    { okStatus: 404 },
  );

  r.get('/reports/:reportId', { permission: 'read:board_report' }, async (c) => {
    const report = await readBoardReport(c.var.ctx, { id: c.req.param('reportId') ?? '' });
    return c.html(<BoardReportPage page={pageContext(c)} report={report} />);
  }, { okStatus: 404 });

  r.post('/information-requests', { permission: 'create:information_request' }, (c) =>
    submitForm(c, {
      run: (v) => sendInformationRequest(c.var.ctx, { request: str(v.request), caseCode: str(v.caseCode) }),
      done: () => ({ to: '/wg/board', flash: 'Request sent to the chair.' }),
      page: (v, errors) => areaPage(c, v, errors, 400),
    }),
  );
});

async function answersPage(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const requests = await listInformationRequests(c.var.ctx);
  return c.html(<InformationRequestsPage page={pageContext(c)} requests={requests} values={values} errors={errors} />, status);
}

export const chairBoardRoutes = defineRoutes('/wg', (r) => {
  r.get('/information-requests', { permission: 'answer:information_request' }, (c) => answersPage(c, {}, {}, 200));

  // One answer field per request on the page (`answer-<id>`), so an error lands on the right one.
  r.post('/information-requests/:requestId/answer', { permission: 'answer:information_request' }, async (c) => {
    const id = idOf(c);
    const field = `answer-${id}`;
    const values = await readForm(c);
    try {
      await answerInformationRequest(c.var.ctx, { id, answer: str(values[field]) });
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      const mapped: FieldErrors = {};
      for (const [k, m] of Object.entries(errors)) mapped[k === 'answer' ? field : k] = m;
      return answersPage(c, values, mapped, 400);
    }
    return redirectWithFlash(c, '/wg/information-requests', 'Answer sent to the board.');
  });

  // The chair reports a resolved case to the board (DOMAIN.md "Life of a report" 8).
  const filing = { permission: 'file:board_report', resource: caseResource } as const;
  const casePage = async (c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) =>
    c.html(<CaseBoardReportsPage page={pageContext(c)} view={await listCaseBoardReports(c.var.ctx, { caseId: caseIdOf(c) })} values={values} errors={errors} />, status);
  r.get('/cases/:caseId/board-report', filing, (c) => casePage(c, {}, {}, 200), { resourceParam: 'caseId' });
  r.post('/cases/:caseId/board-report', filing, (c) =>
    submitForm(c, {
      run: (v) => fileBoardReport(c.var.ctx, { caseId: caseIdOf(c), summary: str(v.summary) }),
      done: () => ({ to: `/wg/cases/${caseIdOf(c)}/board-report`, flash: 'The case is reported to the board.' }),
      page: (v, errors) => casePage(c, v, errors, 400),
    }), { resourceParam: 'caseId' });

  // Mail queued before the board had its own area links here (the path stays in MAIL_LINK_PATHS so
  // such mail can still be built and sent): it shows the board's area, whose queue lists the requests.
  r.get('/reconsiderations', { permission: 'view:board' }, (c) => areaPage(c, {}, {}, 200));
});
