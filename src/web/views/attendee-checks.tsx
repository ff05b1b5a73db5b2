import type { checkAttendees, listAttendeeChecks } from '../../services/attendee-checks';
import { TextareaField } from './cases/fields';
import { ErrorSummary, PostForm } from './forms';
import { Layout } from './layout';
import type { FieldErrors, FormValues, PageContext } from './page';

type Result = Awaited<ReturnType<typeof checkAttendees>>;
type Records = Awaited<ReturnType<typeof listAttendeeChecks>>;

export function AttendeeCheckPage(p: { page: PageContext; values: FormValues; errors: FieldErrors; result: Result | null }) {
  return (
    <Layout page={p.page} title="Attendee and speaker check">
      <h1>Attendee and speaker check</h1>
      <p>Paste your list, one person a line: names, emails or usernames, or a CSV export with a header row. Candor answers only for people the working group has flagged or banned, and says nothing about anyone else. The list is not kept.</p>
      <ErrorSummary errors={p.errors} labels={{ list: 'List' }} />
      <PostForm action="/wg/attendee-checks" csrf={p.page.csrf} label="Check a list">
        <TextareaField name="list" label="List" rows={12} values={p.values} errors={p.errors} />
        <button type="submit">Check the list</button>
      </PostForm>
      {p.result ? (
        <section aria-labelledby="answers">
          <h2 id="answers">Answer</h2>
          <p>{p.result.rows.toLocaleString('en')} rows checked; {p.result.answers.length === 0 ? 'nobody on the list is flagged or banned.' : `${p.result.answers.length} need your attention.`}</p>
          {p.result.answers.length > 0 ? (
            <table>
              <thead><tr><th scope="col">Row</th><th scope="col">Entry</th><th scope="col">Status</th><th scope="col">Guidance</th></tr></thead>
              <tbody>
                {p.result.answers.map((a) => (
                  <tr><td>{a.row}</td><td>{a.label}</td><td>{a.status === 'banned' ? 'Banned' : 'Flagged'}</td><td>{a.guidance.join(' ') || '—'}</td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}

function disclosedText(r: Records[number]): string {
  const named = r.disclosures.map((d) => `${d.personCodeName}: ${d.status}${d.withGuidance ? ' with guidance' : ''}`);
  if (r.hiddenDisclosures > 0) named.push(`${r.hiddenDisclosures} about people on cases you may not see`);
  return named.length === 0 ? 'nothing' : named.join('; ');
}

export function DisclosuresPage(p: { page: PageContext; records: Records }) {
  return (
    <Layout page={p.page} title="Attendee check disclosures">
      <h1>Attendee check disclosures</h1>
      {p.records.length === 0 ? <p>No list has been checked yet.</p> : (
        <table>
          <thead><tr><th scope="col">When</th><th scope="col">By</th><th scope="col">Rows</th><th scope="col">Disclosed</th></tr></thead>
          <tbody>
            {p.records.map((r) => (
              <tr>
                <td>{r.checkedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</td>
                <td>{r.memberName} ({r.memberRole})</td>
                <td>{r.rowCount}</td>
                <td>{disclosedText(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
