// A minimal public home page. The public site (src/web/routes/public) replaces it by mounting
// its own `/` before this module in ./index.ts.
import { Layout } from '../views/layout';
import { pageContext } from '../views/page';
import { defineRoutes } from './table';

export const homeRoutes = defineRoutes('/', (r) => {
  r.get('/', { public: true }, (c) =>
    c.html(
      <Layout page={pageContext(c)} title="Home">
        <h1>{c.var.orgName ?? 'Candor'}</h1>
        <p class="lede">The Code of Conduct working group’s case register.</p>
        <p>
          <a href={c.var.actor.kind === 'member' ? '/wg' : '/login'}>{c.var.actor.kind === 'member' ? 'Go to the overview' : 'Sign in'}</a>
        </p>
      </Layout>,
    ),
  );
});
