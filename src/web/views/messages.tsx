// Pages for errors and simple messages. They never include an exception's text: only our own
// words, so nothing confidential can leak through an error.
import type { FieldIssue } from '../../errors';
import { Layout } from './layout';
import type { PageContext } from './page';

const TEXT: Record<number, { title: string; body: string }> = {
  400: { title: 'Something in the request was not right', body: 'Go back, check the form and try again.' },
  403: { title: 'This form has expired', body: 'For your security, forms stop working after a while or after you sign in or out. Go back, reload the page and submit it again.' },
  404: { title: 'Page not found', body: 'There is nothing here, or nothing you can see. Check the address, or go back to the overview.' },
  409: { title: 'That could not be done', body: '' },
  413: { title: 'That was too large to accept', body: 'Nothing was saved. Go back: your browser may still hold what you entered.' },
  500: { title: 'Something went wrong on our side', body: 'The error has been logged for the operator. Nothing you entered has been shown to anyone. Try again in a moment.' },
};

export function MessagePage(props: { page: PageContext; status: number; message?: string; issues?: FieldIssue[] }) {
  const t = TEXT[props.status] ?? TEXT[500]!;
  return (
    <Layout page={props.page} title={t.title}>
      <h1>{t.title}</h1>
      {props.message ? <p>{props.message}</p> : null}
      {props.issues && props.issues.length > 0 ? (
        <ul>
          {props.issues.map((i) => (
            <li>
              {i.field}: {i.message}
            </li>
          ))}
        </ul>
      ) : null}
      {t.body ? <p>{t.body}</p> : null}
      <p>
        <a href={props.page.actor.kind === 'member' ? '/wg' : '/'}>Back to the start</a>
      </p>
    </Layout>
  );
}
