// The page frame: skip link, landmarks, the workspace menu for members, flash messages.
// No inline script or style anywhere: the CSP forbids them.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { can } from '../../domain/permissions';
import { NAV_ITEMS } from '../nav';
import { CsrfField } from './forms';
import type { PageContext } from './page';

export function Layout(props: { page: PageContext; title: string; children?: Child; wide?: boolean }) {
  const { page, title } = props;
  const actor = page.actor;
  const site = page.orgName ? `${page.orgName} · Candor` : 'Candor';
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · ${site}`}</title>
        <link rel="stylesheet" href="/static/candor.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="bar">
            <a class="brand" href={actor.kind === 'member' ? '/wg' : '/'}>
              {site}
            </a>
            {actor.kind === 'member' ? (
              <form method="post" action="/logout" class="inline-form">
                <CsrfField token={page.csrf} />
                <span class="who">{actor.displayName}</span> <button type="submit" class="link-button">Sign out</button>
              </form>
            ) : null}
          </div>
          {actor.kind === 'member' ? (
            <nav aria-label="Workspace">
              <ul class="nav">
                {NAV_ITEMS.filter((i) => can(actor, i.permission)).map((i) => (
                  <li>
                    <a href={i.href} aria-current={page.path === i.href ? 'page' : undefined}>
                      {i.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main" tabindex={-1} class={props.wide ? 'wide' : undefined}>
          {page.flash ? (
            <div class={`flash flash-${page.flash.kind}`} role="status">
              {page.flash.text}
            </div>
          ) : null}
          {props.children}
        </main>
        <footer class="site-footer">
          <p>Candor — a confidential case register for Code of Conduct working groups.</p>
        </footer>
      </body>
    </html>
    </>
  );
}
