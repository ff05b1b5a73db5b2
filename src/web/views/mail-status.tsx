// The members page's account of outgoing mail: how it leaves (SMTP or files), what is queued, and
// every stuck message — by kind and time only; addresses stay sealed.
import type { MailSetup, MailStatus } from '../../services/mail';
import { MAIL_TEMPLATE_LABELS } from '../../services/mail';

const when = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

export function MailStatusSection(p: { setup: MailSetup | null; status: MailStatus }) {
  const s = p.status;
  return (
    <section class="panel" aria-labelledby="mail-title">
      <h2 id="mail-title">Outgoing mail</h2>
      {p.setup?.mode === 'smtp' ? (
        <p>Mail is sent through {p.setup.server}.</p>
      ) : (
        <p>
          <strong>Mail is not being delivered:</strong> no SMTP server is configured, so messages are written to files
          {p.setup?.mode === 'files' ? (
            <>
              {' '}
              in <code>{p.setup.dir}</code>
            </>
          ) : (
            ' in the data directory'
          )}{' '}
          on the server. Members and reporters are not told by mail until the operator sets <code>CANDOR_SMTP_URL</code> (see the README).
        </p>
      )}
      <p>
        {s.queued} waiting to be sent, {s.sentLastDay} sent in the last 24 hours, {s.stuck} stuck.
      </p>
      {s.stuckMessages.length > 0 ? (
        <div class="table-wrap">
          <table>
            <caption>Stuck messages (they are retried until sent; the operator's log has each failure)</caption>
            <thead>
              <tr>
                <th scope="col">Message</th>
                <th scope="col">Queued</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last failure</th>
                <th scope="col">Next attempt</th>
              </tr>
            </thead>
            <tbody>
              {s.stuckMessages.map((m) => (
                <tr>
                  <td>{m.template === 'unknown' ? 'Other' : MAIL_TEMPLATE_LABELS[m.template]}</td>
                  <td>{when(m.createdAt)}</td>
                  <td>{m.attempts}</td>
                  <td>{m.lastError ?? 'none yet (not picked up)'}</td>
                  <td>{when(m.nextAttemptAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
