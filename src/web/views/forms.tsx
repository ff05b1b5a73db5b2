// Form building blocks that keep labels, hints and errors wired to their inputs for screen
// readers (aria-describedby, aria-invalid), and an error summary that links to each field.
import type { Child } from 'hono/jsx';
import type { FieldErrors, FormValues } from './page';

export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** A multipart form's action: its token travels in the query, checked before the upload is read. */
export function multipartAction(action: string, token: string): string {
  return `${action}?_csrf=${encodeURIComponent(token)}`;
}

export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function ErrorSummary(props: { errors: FieldErrors; labels?: Record<string, string> }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li>
            {name === 'form' ? message : <a href={`#${fieldId(name)}`}>{`${props.labels?.[name] ?? name}: ${message}`}</a>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface FieldProps {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  values?: FormValues;
  errors?: FieldErrors;
  hint?: string;
  autocomplete?: string;
  required?: boolean;
  inputmode?: 'numeric' | 'text';
  /** Passwords are never sent back to the browser. */
  keepValue?: boolean;
}

export function Field(p: FieldProps) {
  const id = fieldId(p.name);
  const error = p.errors?.[p.name];
  const raw = p.values?.[p.name];
  const value = p.keepValue === false || p.type === 'password' ? undefined : Array.isArray(raw) ? raw[0] : raw;
  const described = [p.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{p.label}</label>
      {p.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={p.name}
        type={p.type ?? 'text'}
        value={value}
        autocomplete={p.autocomplete}
        required={p.required}
        inputmode={p.inputmode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
    </div>
  );
}

export function SelectField(p: { name: string; label: string; options: { value: string; label: string }[]; values?: FormValues; errors?: FieldErrors; hint?: string; allowEmpty?: string }) {
  const id = fieldId(p.name);
  const error = p.errors?.[p.name];
  const current = p.values?.[p.name];
  const described = [p.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{p.label}</label>
      {p.hint ? <p class="hint" id={`${id}-hint`}>{p.hint}</p> : null}
      {error ? <p class="error" id={`${id}-error`}>{error}</p> : null}
      <select id={id} name={p.name} aria-invalid={error ? 'true' : undefined} aria-describedby={described || undefined}>
        {p.allowEmpty !== undefined ? <option value="">{p.allowEmpty}</option> : null}
        {p.options.map((o) => (
          <option value={o.value} selected={current === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PostForm(props: { action: string; csrf: string; children?: Child; class?: string; label?: string }) {
  return (
    <form method="post" action={props.action} class={props.class} aria-label={props.label} novalidate>
      <CsrfField token={props.csrf} />
      {props.children}
    </form>
  );
}
