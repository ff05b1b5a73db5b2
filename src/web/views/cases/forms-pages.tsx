// The smaller case forms, each on its own page: a people row, the resolution, a recusal.
import { CONSEQUENCE_LABELS } from '../../../domain/outcomes';
import { RESOLUTION_SOURCE_LABELS } from '../../../domain/case-status';
import type { OwnRecusal } from '../../../services/recusals/get-own-recusal';
import { CONFLICT_REASON_LABELS } from '../../../domain/conflicts';
import { ErrorSummary, Field, PostForm, SelectField } from '../forms';
import { Layout } from '../layout';
import type { FieldErrors, FormValues, PageContext } from '../page';
import { Checkbox, TextareaField } from './fields';
import { ROLE_IN_CASE_LABELS } from '../../../domain/case-lifecycle';
import { options } from './labels';

interface FormPageProps {
  page: PageContext;
  caseId: string;
  codeName: string;
  values: FormValues;
  errors: FieldErrors;
}

const ROW_LABELS = {
  personCodeName: 'Person code name',
  roleInCase: 'Role in the case',
  consequence: 'Consequence',
  suspensionFrom: 'Suspension from',
  suspensionUntil: 'Suspension until',
};

export function PersonRowPage(p: FormPageProps & { rowId?: string }) {
  const title = p.rowId ? `Change a person row of case ${p.codeName}` : `Add a person to case ${p.codeName}`;
  const action = p.rowId ? `/wg/cases/${p.caseId}/people/${p.rowId}` : `/wg/cases/${p.caseId}/people`;
  return (
    <Layout page={p.page} title={title}>
      <h1>{title}</h1>
      <ErrorSummary errors={p.errors} labels={ROW_LABELS} />
      <PostForm action={action} csrf={p.page.csrf} label={title}>
        <Field
          name="personCodeName"
          label={ROW_LABELS.personCodeName}
          hint={p.rowId ? 'Type another code name to move the row to that person; leave as is to keep it.' : 'Type the code name of a person already on record (such as “Blue Jay”), or leave blank to draw a new one. Never a real name.'}
          values={p.values}
          errors={p.errors}
          autocomplete="off"
        />
        <SelectField name="roleInCase" label={ROW_LABELS.roleInCase} options={options(ROLE_IN_CASE_LABELS)} values={p.values} errors={p.errors} />
        <SelectField name="consequence" label={ROW_LABELS.consequence} allowEmpty="Not decided yet" options={options(CONSEQUENCE_LABELS)} values={p.values} errors={p.errors} />
        <Field name="suspensionFrom" type="date" label={ROW_LABELS.suspensionFrom} hint="Only for suspensions. YYYY-MM-DD" values={p.values} errors={p.errors} />
        <Field name="suspensionUntil" type="date" label={ROW_LABELS.suspensionUntil} hint="YYYY-MM-DD" values={p.values} errors={p.errors} />
        <Checkbox name="flagged" label="Flag this person (events they may attend should be told)" values={p.values} />
        <div class="actions">
          <button type="submit">{p.rowId ? 'Save the row' : 'Add the row'}</button>
          <a href={`/wg/cases/${p.caseId}`}>Cancel</a>
        </div>
      </PostForm>
    </Layout>
  );
}

const RESOLVE_LABELS = { resolvedOn: 'Date resolved', resolutionSource: 'Resolved by', reviewOn: 'Review date', summary: 'Summary of actions', outcome: 'Outcome' };

export function ResolvePage(p: FormPageProps) {
  const title = `Resolve case ${p.codeName}`;
  return (
    <Layout page={p.page} title={title}>
      <h1>{title}</h1>
      <ErrorSummary errors={p.errors} labels={RESOLVE_LABELS} />
      <PostForm action={`/wg/cases/${p.caseId}/resolve`} csrf={p.page.csrf} label={title}>
        <Field name="resolvedOn" type="date" label={RESOLVE_LABELS.resolvedOn} hint="YYYY-MM-DD" values={p.values} errors={p.errors} />
        <SelectField name="resolutionSource" label={RESOLVE_LABELS.resolutionSource} options={options(RESOLUTION_SOURCE_LABELS)} values={p.values} errors={p.errors} />
        <Field name="reviewOn" type="date" label={RESOLVE_LABELS.reviewOn} hint="Optional. When the working group looks at this case again." values={p.values} errors={p.errors} />
        <TextareaField name="summary" label={RESOLVE_LABELS.summary} hint="Sealed at rest." values={p.values} errors={p.errors} />
        <TextareaField name="outcome" label={RESOLVE_LABELS.outcome} hint="Sealed at rest. Set each person's consequence in the people rows." values={p.values} errors={p.errors} />
        <div class="actions">
          <button type="submit">Resolve the case</button>
          <a href={`/wg/cases/${p.caseId}`}>Cancel</a>
        </div>
      </PostForm>
    </Layout>
  );
}

/** A member already recused: their declaration, which they may ask to withdraw. (An excluded
 * member never reaches this page: to them the case does not exist.) */
export function OwnRecusalPage(p: FormPageProps & { own: OwnRecusal }) {
  const title = `Your conflict on case ${p.codeName}`;
  return (
    <Layout page={p.page} title={title}>
      <h1>{title}</h1>
      {p.own.withdrawalRequested ? (
        <p class="lede">You asked to withdraw your declared conflict. You stay recused until the chair confirms it.</p>
      ) : (
        <>
          <p class="lede">
            You declared a conflict on this case and are recused from it. If you declared it by mistake, or it no longer applies, ask to withdraw it: you stay
            recused until the chair confirms.
          </p>
          <ErrorSummary errors={p.errors} labels={{ confirm: 'Confirmation' }} />
          <PostForm action={`/wg/cases/${p.caseId}/recusal/withdraw`} csrf={p.page.csrf} label="Ask to withdraw my declared conflict">
            <Checkbox name="confirm" label="The conflict no longer applies, or I declared it by mistake" values={p.values} />
            <div class="actions">
              <button type="submit" class="secondary">Ask to withdraw my conflict</button>
              <a href="/wg/cases">Cancel</a>
            </div>
          </PostForm>
        </>
      )}
    </Layout>
  );
}

export function RecusalPage(p: FormPageProps) {
  const title = `Declare a conflict on case ${p.codeName}`;
  return (
    <Layout page={p.page} title={title}>
      <h1>{title}</h1>
      <p class="lede">You will be recused at once: the case, its documents and its people will no longer open for you.</p>
      <ErrorSummary errors={p.errors} labels={{ reason: 'Kind of conflict', details: 'Details' }} />
      <PostForm action={`/wg/cases/${p.caseId}/recuse`} csrf={p.page.csrf} label={title}>
        <SelectField name="reason" label="Kind of conflict" options={options(CONFLICT_REASON_LABELS)} values={p.values} errors={p.errors} />
        <TextareaField name="details" label="Details" hint="Needed for “another conflict”. Sealed; only the chair reads it." rows={3} values={p.values} errors={p.errors} />
        <div class="actions">
          <button type="submit" class="danger">Recuse me from this case</button>
          <a href="/wg/cases">Cancel</a>
        </div>
      </PostForm>
    </Layout>
  );
}
