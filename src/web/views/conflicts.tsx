import type { CaseCodeNames } from '../../services/members/list-case-code-names';
import { CONFLICT_REASONS, CONFLICT_REASON_LABELS } from '../../domain/conflicts';
import { ErrorSummary, PostForm } from './forms';
import { Layout } from './layout';
import type { FieldErrors, FormValues, PageContext } from './page';

export function ConflictsPage(p: { page: PageContext; list: CaseCodeNames; values: FormValues; errors: FieldErrors; declared: boolean }) {
  const checked = new Set(Array.isArray(p.values.case) ? p.values.case : p.values.case ? [p.values.case] : []);
  const open = p.list.cases.filter((c) => c.declared === null);
  const done = p.list.cases.filter((c) => c.declared !== null);
  const labels = Object.fromEntries(p.list.cases.flatMap((c) => [[`reason-${c.id}`, `Reason for ${c.codeName}`], [`details-${c.id}`, `Details for ${c.codeName}`]]));
  return (
    <Layout page={p.page} title="Conflicts of interest">
      <h1>Conflicts of interest</h1>
      <p class="lede">
        Look through the code names of all cases. Tick any case where you are involved, know a party personally, share an employer with one,
        hold private information that could bias you, or have another conflict. You will be recused from it. Nothing else about the cases is
        shown here.
      </p>
      {p.declared ? <p class="panel">You have declared your conflicts. You can declare more at any time.</p> : null}
      <ErrorSummary errors={p.errors} labels={{ ...labels, case: 'Cases' }} />
      <PostForm action="/wg/conflicts" csrf={p.page.csrf} label="Declare conflicts of interest">
        {open.length === 0 ? <p>There are no cases to declare against.</p> : null}
        {open.map((c) => {
          const reasonError = p.errors[`reason-${c.id}`];
          const detailsError = p.errors[`details-${c.id}`];
          const reason = p.values[`reason-${c.id}`];
          return (
            <fieldset>
              <legend>{c.codeName}</legend>
              <div class="checkbox">
                <input type="checkbox" id={`f-case-${c.id}`} name="case" value={c.id} checked={checked.has(c.id)} />
                <label for={`f-case-${c.id}`}>I have a conflict with “{c.codeName}”</label>
              </div>
              <div class={reasonError ? 'field field-error' : 'field'}>
                <label for={`f-reason-${c.id}`}>Reason</label>
                {reasonError ? <p class="error" id={`f-reason-${c.id}-error`}>{reasonError}</p> : null}
                <select id={`f-reason-${c.id}`} name={`reason-${c.id}`} aria-describedby={reasonError ? `f-reason-${c.id}-error` : undefined}>
                  {CONFLICT_REASONS.map((r) => (
                    <option value={r} selected={reason === r}>
                      {CONFLICT_REASON_LABELS[r]}
                    </option>
                  ))}
                </select>
              </div>
              <div class={detailsError ? 'field field-error' : 'field'}>
                <label for={`f-details-${c.id}`}>Details (kept sealed; needed for “Other”)</label>
                {detailsError ? <p class="error" id={`f-details-${c.id}-error`}>{detailsError}</p> : null}
                <textarea id={`f-details-${c.id}`} name={`details-${c.id}`} aria-describedby={detailsError ? `f-details-${c.id}-error` : undefined}>
                  {p.values[`details-${c.id}`] ?? ''}
                </textarea>
              </div>
            </fieldset>
          );
        })}
        <button type="submit">{open.length === 0 ? 'Confirm: I have nothing to declare' : 'Declare these conflicts'}</button>
      </PostForm>
      {done.length > 0 ? (
        <>
          <h2>Already declared</h2>
          <ul>
            {done.map((c) => (
              <li>{`${c.codeName}: ${CONFLICT_REASON_LABELS[c.declared as (typeof CONFLICT_REASONS)[number]] ?? c.declared}`}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
