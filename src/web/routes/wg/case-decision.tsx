// A case's decision page and its forms (decision 034). Handlers map forms to the decision verbs,
// and errors to the same page (status 400, values kept); a step out of order shows its reason.
import type { Context } from 'hono';
import { castVote, enactResolution, getCaseDecision, proposeResolution, recordConsultation, tallyDecision } from '../../../services/decisions';
import type { AppEnv } from '../../env';
import { list, str, submitForm } from '../../forms';
import { DecisionPage } from '../../views/cases/decision-page';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';
import { caseAccess, caseIdOf } from './cases-shared';

async function render(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const view = await getCaseDecision(c.var.ctx, { caseId: caseIdOf(c) });
  return c.html(<DecisionPage page={pageContext(c)} view={view} values={values} errors={errors} />, status);
}

/**
 * The proposal form's per-person fieldsets (`people.0.consequence`, …) as the verb's list; rows
 * without a consequence are left out, and `formIndex` maps the verb's index back to the fieldset.
 */
function proposalPeople(v: FormValues) {
  const items: Record<string, string | undefined>[] = [];
  const formIndex: number[] = [];
  for (let i = 0; str(v[`people.${i}.casePersonId`]) !== ''; i++) {
    const f = (name: string) => str(v[`people.${i}.${name}`]) || undefined;
    if (!f('consequence')) continue;
    items.push({ casePersonId: f('casePersonId'), consequence: f('consequence'), suspensionDays: f('suspensionDays'), conditions: f('conditions'), expectedChanges: f('expectedChanges'), repair: f('repair') });
    formIndex.push(i);
  }
  return { items, formIndex };
}

/** The verb's `people.<j>.field` errors under the fieldset they came from. */
function toFieldsets(errors: FieldErrors, formIndex: readonly number[]): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, m]) => [k.replace(/^people\.(\d+)\./, (_, j: string) => `people.${formIndex[Number(j)] ?? j}.`), m]));
}

export const caseDecisionRoutes = defineRoutes('/wg/cases', (r) => {
  r.get('/:caseId/decision', caseAccess('read:case'), (c) => render(c, {}, {}, 200), { resourceParam: 'caseId' });

  const form = (
    path: string,
    permission: 'vote:decision' | 'propose:decision' | 'update:case',
    run: (c: Context<AppEnv>, values: FormValues) => Promise<unknown>,
    done: string,
    body: Record<string, string>,
    errorsOf: (errors: FieldErrors, values: FormValues) => FieldErrors = (e) => e,
  ) =>
    r.post(`/:caseId/decision/${path}`, caseAccess(permission), (c) =>
      submitForm(c, {
        run: (v) => run(c, v),
        done: () => ({ to: `/wg/cases/${caseIdOf(c)}/decision`, flash: done }),
        page: (v, errors) => render(c, v, errorsOf(errors, v), 400),
      }), { resourceParam: 'caseId', body });

  form(
    'propose',
    'propose:decision',
    (c, v) => proposeResolution(c.var.ctx, { caseId: caseIdOf(c), severity: str(v.severity) || undefined, people: proposalPeople(v).items, caseOptions: list(v.caseOptions), summary: str(v.summary) }),
    'Resolution proposed.',
    { severity: 'nonsense' },
    (errors, v) => toFieldsets(errors, proposalPeople(v).formIndex),
  );
  form('vote', 'vote:decision', (c, v) => castVote(c.var.ctx, { caseId: caseIdOf(c), choice: str(v.choice), note: str(v.note) }), 'Vote recorded.', { choice: '' });
  form('count', 'propose:decision', (c) => tallyDecision(c.var.ctx, { caseId: caseIdOf(c) }), 'Votes counted.', {});
  form('consultations', 'update:case', (c, v) => recordConsultation(c.var.ctx, { caseId: caseIdOf(c), party: str(v.party), channel: str(v.channel), feedback: str(v.feedback) }), 'Consultation recorded.', { party: '' });
  form('enact', 'propose:decision', (c) => enactResolution(c.var.ctx, { caseId: caseIdOf(c) }), 'Resolution enacted.', {});
});
