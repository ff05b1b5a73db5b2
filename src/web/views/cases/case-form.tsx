// Record a case, or edit its summary fields. Real names do not belong here: the narrative is
// sealed, but people are named by code names in the people rows.
import { CHANNEL_LABELS } from '../../../domain/case-lifecycle';
import { ErrorSummary, Field, PostForm, SelectField } from '../forms';
import { Layout } from '../layout';
import type { FieldErrors, FormValues, PageContext } from '../page';
import { CheckboxGroup, TextareaField } from './fields';
import { options } from './labels';

const LABELS = {
  receivedOn: 'Date received',
  channel: 'How it arrived',
  safetyRisk: 'Safety risk',
  ongoingHarassment: 'Ongoing harassment',
  categories: 'Violation categories',
  spaceIds: 'Spaces',
  narrative: 'What was reported',
};

export function CaseFormPage(p: {
  page: PageContext;
  mode: { kind: 'create' } | { kind: 'edit'; caseId: string; codeName: string };
  categories: string[];
  spaces: { id: string; name: string }[];
  values: FormValues;
  errors: FieldErrors;
}) {
  const title = p.mode.kind === 'create' ? 'Record a new case' : `Edit case ${p.mode.codeName}`;
  const action = p.mode.kind === 'create' ? '/wg/cases' : `/wg/cases/${p.mode.caseId}/edit`;
  return (
    <Layout page={p.page} title={title}>
      <h1>{title}</h1>
      {p.mode.kind === 'create' ? <p class="lede">The case gets a random two-word code name, used everywhere instead of names.</p> : null}
      <ErrorSummary errors={p.errors} labels={LABELS} />
      <PostForm action={action} csrf={p.page.csrf} label={title}>
        <Field name="receivedOn" type="date" label={LABELS.receivedOn} hint="YYYY-MM-DD" values={p.values} errors={p.errors} required />
        <SelectField name="channel" label={LABELS.channel} options={options(CHANNEL_LABELS)} values={p.values} errors={p.errors} />
        <SelectField name="safetyRisk" label={LABELS.safetyRisk} allowEmpty="Not yet known" options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} values={p.values} errors={p.errors} />
        <SelectField name="ongoingHarassment" label={LABELS.ongoingHarassment} allowEmpty="Not yet known" options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, { value: 'maybe', label: 'Maybe' }]} values={p.values} errors={p.errors} />
        <CheckboxGroup name="categories" legend={LABELS.categories} options={p.categories.map((c) => ({ value: c, label: c }))} values={p.values} errors={p.errors} />
        <CheckboxGroup name="spaceIds" legend={LABELS.spaceIds} options={p.spaces.map((s) => ({ value: s.id, label: s.name }))} values={p.values} errors={p.errors} />
        <TextareaField name="narrative" label={LABELS.narrative} hint="Sealed at rest. Use person code names rather than real names where you can." rows={8} values={p.values} errors={p.errors} />
        <div class="actions">
          <button type="submit">{p.mode.kind === 'create' ? 'Record the case' : 'Save changes'}</button>
          <a href={p.mode.kind === 'create' ? '/wg/cases' : `/wg/cases/${p.mode.caseId}`}>Cancel</a>
        </div>
      </PostForm>
    </Layout>
  );
}
