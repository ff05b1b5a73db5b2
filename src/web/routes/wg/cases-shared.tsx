// What the case routes share: the guard's resource loader, form-to-input mapping, page renderers.
import type { Context } from 'hono';
import type { Resource } from '../../../domain/permissions';
import { isUuid } from '../../../services/cases/case-access';
import { loadCaseResource } from '../../../services/cases/case-resource';
import { getCase, type CaseView } from '../../../services/cases/get-case';
import { listMemberOptions, listSpaceOptions } from '../../../services/cases/list-case-options';
import { getCaseDecision } from '../../../services/decisions';
import type { AppEnv } from '../../env';
import { list, str } from '../../forms';
import { CaseFormPage } from '../../views/cases/case-form';
import { CasePage } from '../../views/cases/case-page';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';

export const caseIdOf = (c: Context<AppEnv>): string => c.req.param('caseId') ?? '';

/** The guard's view of a case; an unknown id yields a bare resource and the verb answers 404. */
export const caseResource = async (c: Context<AppEnv>): Promise<Resource> => {
  const id = c.req.param('caseId');
  return id && isUuid(id) ? loadCaseResource(c.var.ctx, id) : { kind: 'case' };
};

export const caseAccess = (permission: 'read:case' | 'update:case' | 'note:case' | 'share:case' | 'exclude:case' | 'vote:decision' | 'propose:decision') =>
  ({ permission, resource: caseResource }) as const;

const yesNo = (v: string): boolean | null | string => (v === '' ? null : v === 'yes' ? true : v === 'no' ? false : v);

/** A case form's fields as the input of createCase / updateCaseDetails. */
export function caseInputFrom(values: FormValues) {
  return {
    receivedOn: str(values.receivedOn),
    channel: str(values.channel),
    safetyRisk: yesNo(str(values.safetyRisk)),
    ongoingHarassment: str(values.ongoingHarassment) || null,
    categories: list(values.categories),
    spaceIds: list(values.spaceIds),
    narrative: str(values.narrative),
  }; // the verb parses it with Zod; a wrong value becomes a field error
}

export function caseValuesFrom(v: CaseView): FormValues {
  return {
    receivedOn: v.receivedOn,
    channel: v.channel,
    safetyRisk: v.safetyRisk === null ? '' : v.safetyRisk ? 'yes' : 'no',
    ongoingHarassment: v.ongoingHarassment ?? '',
    categories: v.categories,
    spaceIds: v.spaces.map((s) => s.id),
    narrative: v.narrative ?? '',
  };
}

export async function renderCasePage(c: Context<AppEnv>, status: 200 | 400 = 200, values: FormValues = {}, errors: FieldErrors = {}) {
  const ctx = c.var.ctx;
  const view = await getCase(ctx, { caseId: caseIdOf(c) });
  const everyone = await listMemberOptions(ctx);
  const me = ctx.actor.kind === 'member' ? ctx.actor.id : null;
  const advisers = everyone.filter((m) => m.role === 'adviser' && !view.sharedWith.some((s) => s.id === m.id));
  const members = everyone.filter((m) => m.id !== me && !view.recused.some((r) => r.id === m.id && r.excluded));
  const decision = await getCaseDecision(ctx, { caseId: view.id });
  return c.html(<CasePage page={pageContext(c)} view={view} advisers={advisers} members={members} decision={decision} values={values} errors={errors} />, status);
}

export async function renderCaseForm(
  c: Context<AppEnv>,
  mode: { kind: 'create' } | { kind: 'edit'; caseId: string; codeName: string },
  values: FormValues,
  errors: FieldErrors,
  status: 200 | 400,
) {
  const spaces = await listSpaceOptions(c.var.ctx);
  return c.html(
    <CaseFormPage page={pageContext(c)} mode={mode} categories={c.var.deps.config.violationCategories} spaces={spaces} values={values} errors={errors} />,
    status,
  );
}
