// The due and overdue overview on the dashboard: one table, most pressing first.
import { DEADLINE_KIND_LABELS, DEADLINE_STATE_LABELS } from '../../../domain/deadlines';
import type { DeadlineView } from '../../../services/deadlines';

const fmt = (d: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d);

export function DueSection(p: { items: readonly DeadlineView[]; timeZone: string }) {
  const overdue = p.items.filter((i) => i.state === 'overdue').length;
  return (
    <section aria-labelledby="due-h">
      <h2 id="due-h">Due and overdue</h2>
      {p.items.length === 0 ? (
        <p>Nothing is due: no report waits for an acknowledgement or a first response, no urgent action for its review, no review date or suspension end is near.</p>
      ) : (
        <>
          <p>
            {overdue === 0 ? 'Nothing is overdue.' : `${overdue} overdue.`} {p.items.length - overdue} due soon, ending or just ended.
          </p>
          <table class="deadlines">
            <caption class="visually-hidden">What is due, most pressing first</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">What</th>
                <th scope="col">Case or person</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {p.items.map((i) => (
                <tr class={`deadline-${i.state}`}>
                  <td>{i.state === 'overdue' ? <strong>{DEADLINE_STATE_LABELS[i.state]}</strong> : DEADLINE_STATE_LABELS[i.state]}</td>
                  <td>{DEADLINE_KIND_LABELS[i.kind]}</td>
                  <th scope="row">
                    <a href={i.href}>{i.codeName}</a>
                  </th>
                  <td>{i.dueAt ? fmt(i.dueAt, p.timeZone) : i.dueOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
