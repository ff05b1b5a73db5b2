// The documentation changelog for the chair: every published version of a policy document, and
// a form to add one. The annual report's "Changes in procedures" is pre-filled from it.
import type { Context } from 'hono';
import { addDocumentVersion, listDocumentVersionsForReview, type DocumentVersionForReview } from '../../../services/documents/add-document-version';
import { mayPublish } from '../../../domain/public-text';
import type { AppEnv } from '../../env';
import { fieldErrors, formInput, readForm } from '../../forms';
import { redirectWithFlash } from '../../middleware/flash';
import { TextareaField } from '../../views/cases/fields';
import { DocumentChangelogTable } from '../../views/document-changelog';
import { ErrorSummary, Field, PostForm } from '../../views/forms';
import { Layout } from '../../views/layout';
import { PublicTextStatusList } from '../../views/public-text';
import { pageContext, type FieldErrors, type FormValues, type PageContext } from '../../views/page';
import { defineRoutes } from '../table';

const LABELS = { title: 'Document', version: 'Version', publishedOn: 'Published on', summary: 'What changed and why', url: 'Web address' };

function DocumentsPage(p: { page: PageContext; rows: readonly DocumentVersionForReview[]; values: FormValues; errors: FieldErrors }) {
  const public_ = p.rows.filter((r) => mayPublish(r.state));
  const waiting = p.rows.filter((r) => !mayPublish(r.state));
  return (
    <Layout page={p.page} title="Documentation changelog">
      <p>
        <a href="/wg/publications">Back to publications</a>
      </p>
      <h1>Documentation changelog</h1>
      <ErrorSummary errors={p.errors} labels={LABELS} />
      <p class="lede">
        Each published version of the manual, the reporting guide, the enforcement ladder and the other procedures, with what changed and why. The
        transparency report's "Changes in procedures" starts from the versions published during its year. This text is public: never mention a case.
        Each version is checked when it is added and appears on the public site once a second member has approved it.
      </p>
      {waiting.length > 0 ? (
        <section class="panel" aria-labelledby="waiting-title">
          <h2 id="waiting-title">Waiting for review</h2>
          <PublicTextStatusList items={waiting.map((r) => ({ title: `${r.title}, version ${r.version}`, state: r.state, reviewId: r.reviewId }))} />
        </section>
      ) : null}
      {public_.length === 0 ? (
        <p>No document version published yet.</p>
      ) : (
        <DocumentChangelogTable rows={public_} />
      )}
      <h2>Add a version</h2>
      <PostForm action="/wg/documents" csrf={p.page.csrf} label="Add a document version">
        <Field name="title" label={LABELS.title} hint="For example: Enforcement ladder" values={p.values} errors={p.errors} />
        <Field name="version" label={LABELS.version} hint="For example: 2.1" values={p.values} errors={p.errors} />
        <Field name="publishedOn" label={LABELS.publishedOn} type="date" values={p.values} errors={p.errors} />
        <TextareaField name="summary" label={LABELS.summary} rows={3} values={p.values} errors={p.errors} />
        <Field name="url" label={`${LABELS.url} (optional)`} values={p.values} errors={p.errors} />
        <button type="submit">Add the version</button>
      </PostForm>
    </Layout>
  );
}

async function render(c: Context<AppEnv>, values: FormValues, errors: FieldErrors, status: 200 | 400) {
  return c.html(<DocumentsPage page={pageContext(c)} rows={await listDocumentVersionsForReview(c.var.ctx)} values={values} errors={errors} />, status);
}

const chair = { permission: 'publish:release' } as const;

export const documentRoutes = defineRoutes('/wg/documents', (r) => {
  r.get('/', chair, (c) => render(c, {}, {}, 200));
  r.post('/', chair, async (c) => {
    const values = await readForm(c);
    try {
      await addDocumentVersion(c.var.ctx, formInput(values));
    } catch (e) {
      const errors = fieldErrors(e);
      if (!errors) throw e;
      return render(c, values, errors, 400);
    }
    return redirectWithFlash(c, '/wg/documents', 'Document version added and checked. It is published once a second member approves it.');
  });
});
