// The signed-in overview: what is due and overdue, what this member can do, and whether they
// still have to declare conflicts before cases open for them.
import { can } from '../../../domain/permissions';
import { NAV_ITEMS } from '../../nav';
import { Layout } from '../../views/layout';
import { pageContext } from '../../views/page';
import { MEMBER_ROLE_LABELS } from '../../../domain/access';
import { defineRoutes } from '../table';
import { listDeadlines } from '../../../services/deadlines';
import { DueSection } from '../../views/deadlines/due-section';

export const dashboardRoutes = defineRoutes('/wg', (r) => {
  r.get('/', { permission: 'view:workspace' }, async (c) => {
    const actor = c.var.actor;
    if (actor.kind !== 'member') throw new Error('guarded route reached without a member');
    const mustDeclare = can(actor, 'declare:conflicts') && !actor.conflictsDeclared;
    // Only the cases this member may see (the per-case rule): a recused member sees nothing of that case.
    const due = can(actor, 'list:case') && !mustDeclare ? await listDeadlines(c.var.ctx) : null;
    return c.html(
      <Layout page={pageContext(c)} title="Overview">
        <h1>Overview</h1>
        <p class="lede">
          Signed in as {actor.displayName}, {MEMBER_ROLE_LABELS[actor.role]}.
        </p>
        {mustDeclare ? (
          <div class="panel" role="note">
            <h2>Declare your conflicts of interest first</h2>
            <p>No case opens for you until you have looked at the list of case code names and declared any conflicts.</p>
            <p>
              <a href="/wg/conflicts">Declare conflicts of interest</a>
            </p>
          </div>
        ) : null}
        {due ? <DueSection items={due} timeZone={c.var.deps.config.organisation.timeZone} /> : null}
        <h2>Where to go</h2>
        <ul>
          {NAV_ITEMS.filter((i) => i.href !== '/wg' && can(actor, i.permission)).map((i) => (
            <li>
              <a href={i.href}>{i.label}</a>
            </li>
          ))}
        </ul>
      </Layout>,
    );
  });
});
