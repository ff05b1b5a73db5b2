// The case register's pages: list, record, case page, details, notes, workflow, resolution,
// sharing and exclusion. Handlers only map forms to verbs and errors to pages; no SQL here.
import { acknowledgeCase } from '../../../services/cases/acknowledge-case';
import { addCaseNote } from '../../../services/cases/add-case-note';
import { createCase } from '../../../services/cases/create-case';
import { getCase } from '../../../services/cases/get-case';
import { listCases } from '../../../services/cases/list-cases';
import { listSpaceOptions } from '../../../services/cases/list-case-options';
import { reopenCase } from '../../../services/cases/reopen-case';
import { resolveCase } from '../../../services/cases/resolve-case';
import { setCaseStage } from '../../../services/cases/set-case-stage';
import { revokeCaseShare } from '../../../services/cases/revoke-case-share';
import { shareCaseWithAdviser } from '../../../services/cases/share-case-with-adviser';
import { updateCaseDetails } from '../../../services/cases/update-case-details';
import { excludeMember } from '../../../services/recusals/exclude-member';
import { decideRecusalWithdrawal } from '../../../services/recusals/decide-recusal-withdrawal';
import { liftExclusion } from '../../../services/recusals/lift-exclusion';
import { can } from '../../../domain/permissions';
import { localDate } from '../../../domain/periods';
import { fieldErrors, formInput, readForm, str } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { CaseListPage } from '../../views/cases/list';
import { ResolvePage } from '../../views/cases/forms-pages';
import { pageContext, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';
import { caseAccess, caseIdOf, caseInputFrom, caseValuesFrom, renderCaseForm, renderCasePage } from './cases-shared';

const FILTERS = ['status', 'period', 'spaceId', 'consequence', 'stage', 'sort'] as const;

export const caseRoutes = defineRoutes('/wg/cases', (r) => {
  r.get('/', { permission: 'list:case' }, async (c) => {
    const values: FormValues = {};
    for (const k of FILTERS) values[k] = c.req.query(k) ?? '';
    const filters = Object.fromEntries(FILTERS.filter((k) => values[k] !== '').map((k) => [k, values[k]]));
    const spaces = await listSpaceOptions(c.var.ctx);
    const canCreate = can(c.var.actor, 'create:case');
    try {
      const rows = await listCases(c.var.ctx, filters);
      return c.html(<CaseListPage page={pageContext(c)} rows={rows} spaces={spaces} values={values} errors={{}} canCreate={canCreate} />);
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return c.html(<CaseListPage page={pageContext(c)} rows={[]} spaces={spaces} values={values} errors={errors} canCreate={canCreate} />, 400);
    }
  });

  r.get('/new', { permission: 'create:case' }, (c) =>
    renderCaseForm(c, { kind: 'create' }, { receivedOn: localDate(new Date(), c.var.deps.config.organisation.timeZone), channel: 'email' }, {}, 200),
  );

  r.post('/', { permission: 'create:case' }, async (c) => {
    const values = await readForm(c);
    try {
      const created = await createCase(c.var.ctx, caseInputFrom(values));
      return redirectWithFlash(c, `/wg/cases/${created.id}`, `Case ${created.codeName} recorded.`);
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return renderCaseForm(c, { kind: 'create' }, values, errors, 400);
    }
  });

  r.get('/:caseId', caseAccess('read:case'), (c) => renderCasePage(c), { resourceParam: 'caseId' });

  r.get('/:caseId/edit', caseAccess('update:case'), async (c) => {
    const view = await getCase(c.var.ctx, { caseId: caseIdOf(c) });
    return renderCaseForm(c, { kind: 'edit', caseId: view.id, codeName: view.codeName }, caseValuesFrom(view), {}, 200);
  }, { resourceParam: 'caseId' });

  r.post('/:caseId/edit', caseAccess('update:case'), async (c) => {
    const values = await readForm(c);
    const caseId = caseIdOf(c);
    try {
      await updateCaseDetails(c.var.ctx, { caseId, ...caseInputFrom(values) });
      return redirectWithFlash(c, `/wg/cases/${caseId}`, 'Case details saved.');
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      const view = await getCase(c.var.ctx, { caseId });
      return renderCaseForm(c, { kind: 'edit', caseId, codeName: view.codeName }, values, errors, 400);
    }
  }, { resourceParam: 'caseId', body: { receivedOn: 'not a date' } });

  // Small forms on the case page: on a validation error the case page is shown again, with it.
  const onCasePage = (
    path: string,
    permission: Parameters<typeof caseAccess>[0],
    run: (ctx: Parameters<typeof addCaseNote>[0], caseId: string, values: FormValues) => Promise<unknown>,
    done: string,
    body: Record<string, string>,
  ) =>
    r.post(`/:caseId/${path}`, caseAccess(permission), async (c) => {
      const values = await readForm(c);
      const caseId = caseIdOf(c);
      try {
        await run(c.var.ctx, caseId, values);
        return redirectWithFlash(c, `/wg/cases/${caseId}`, done);
      } catch (e) {
        const errors = fieldErrors(e);
        if (!errors) throw e;
        return renderCasePage(c, 400, values, errors);
      }
    }, { resourceParam: 'caseId', body });

  onCasePage('notes', 'note:case', (ctx, id, v) => addCaseNote(ctx, { caseId: id, body: str(v.body) }), 'Note added.', { body: '' });
  onCasePage('stage', 'update:case', (ctx, id, v) => setCaseStage(ctx, { caseId: id, stage: str(v.stage) }), 'Stage changed.', { stage: 'nonsense' });
  onCasePage('acknowledge', 'update:case', (ctx, id, v) => acknowledgeCase(ctx, { caseId: id, on: str(v.on) || undefined }), 'Acknowledgement recorded.', { on: 'not a date' });
  onCasePage('reopen', 'update:case', (ctx, id, v) => reopenCase(ctx, { caseId: id, reason: str(v.reason) }), 'Case reopened.', { reason: 'x'.repeat(50_001) });
  onCasePage('share', 'share:case', (ctx, id, v) => shareCaseWithAdviser(ctx, { caseId: id, memberId: str(v.memberId) }), 'Case shared with the adviser.', { memberId: '' });
  onCasePage('exclude', 'exclude:case', (ctx, id, v) => excludeMember(ctx, { caseId: id, memberId: str(v.excludeMemberId) }), 'Member excluded from the case.', { excludeMemberId: '' });
  // Undoing mistakes: take a case back from an adviser; withdraw an exclusion.
  onCasePage('unshare', 'share:case', (ctx, id, v) => revokeCaseShare(ctx, { caseId: id, memberId: str(v.memberId) }), 'The adviser no longer has access to the case.', { memberId: '' });
  onCasePage('lift-exclusion', 'exclude:case', (ctx, id, v) => liftExclusion(ctx, { caseId: id, memberId: str(v.memberId) }), 'The exclusion has been withdrawn.', { memberId: '' });
  // A member asked to withdraw a conflict they declared; the chair confirms or refuses.
  onCasePage('recusal-withdrawal', 'exclude:case', (ctx, id, v) => decideRecusalWithdrawal(ctx, { caseId: id, memberId: str(v.memberId), decision: str(v.decision) }), 'Your decision on the withdrawal has been recorded.', { memberId: '' });

  r.get('/:caseId/resolve', caseAccess('update:case'), async (c) => {
    const view = await getCase(c.var.ctx, { caseId: caseIdOf(c) });
    const today = localDate(new Date(), c.var.deps.config.organisation.timeZone);
    return c.html(<ResolvePage page={pageContext(c)} caseId={view.id} codeName={view.codeName} values={{ resolvedOn: today, resolutionSource: 'working_group' }} errors={{}} />);
  }, { resourceParam: 'caseId' });

  r.post('/:caseId/resolve', caseAccess('update:case'), async (c) => {
    const values = await readForm(c);
    const caseId = caseIdOf(c);
    try {
      const input = formInput(values);
      await resolveCase(c.var.ctx, { ...input, caseId, reviewOn: input.reviewOn || null });
      return redirectWithFlash(c, `/wg/cases/${caseId}`, 'Case resolved.');
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      const view = await getCase(c.var.ctx, { caseId });
      return c.html(<ResolvePage page={pageContext(c)} caseId={caseId} codeName={view.codeName} values={values} errors={errors} />, 400);
    }
  }, { resourceParam: 'caseId' });
});
