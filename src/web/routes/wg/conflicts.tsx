// The conflict-of-interest declaration every new member makes before cases open for them.
import type { Context } from 'hono';
import { declareConflicts } from '../../../services/members/declare-conflicts';
import { listCaseCodeNames } from '../../../services/members/list-case-code-names';
import type { AppEnv } from '../../env';
import { fieldErrors, list, readForm, str } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { ConflictsPage } from '../../views/conflicts';
import { pageContext, type FieldErrors, type FormValues } from '../../views/page';
import { defineRoutes } from '../table';

async function render(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  const codes = await listCaseCodeNames(c.var.ctx);
  const declared = c.var.actor.kind === 'member' && c.var.actor.conflictsDeclared;
  return c.html(<ConflictsPage page={pageContext(c)} list={codes} values={values} errors={errors} declared={declared} />, status);
}

/** The verb names fields `conflicts.N.reason`; the page names them by case id. */
function toPageErrors(errors: FieldErrors, caseIds: string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const m = /^conflicts\.(\d+)\.(\w+)$/.exec(field);
    const id = m ? caseIds[Number(m[1])] : undefined;
    if (m && id) out[`${m[2] === 'caseId' ? 'case' : m[2]}-${id}`] = message;
    else out[field === 'conflicts' ? 'case' : field] = message;
  }
  return out;
}

const declare = { permission: 'declare:conflicts' } as const;

export const conflictRoutes = defineRoutes('/wg/conflicts', (r) => {
  r.get('/', declare, (c) => render(c, {}, {}, 200));

  r.post('/', declare, async (c) => {
    const values = await readForm(c);
    const caseIds = list(values.case);
    const input = {
      conflicts: caseIds.map((caseId) => ({ caseId, reason: str(values[`reason-${caseId}`]), details: str(values[`details-${caseId}`]) })),
    };
    try {
      await declareConflicts(c.var.ctx, input);
    } catch (e) {
      const errors = fieldErrors(e);
      if (errors) return render(c, values, toPageErrors(errors, caseIds), 400);
      throw e;
    }
    return redirectWithFlash(c, '/wg', caseIds.length === 0 ? 'Thank you: you declared no conflicts.' : `Thank you: you are recused from ${caseIds.length} case${caseIds.length === 1 ? '' : 's'}.`);
  }, { body: { case: 'not-a-case' } });
});
