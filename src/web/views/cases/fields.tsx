// Form pieces the case register needs beyond ../forms: multi-line text, checkbox groups, yes/no.
// Same wiring as ../forms (label, hint, error, aria-describedby) so screen readers hear the error.
import { fieldId } from '../forms';
import type { FieldErrors, FormValues } from '../page';

const described = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

const first = (v: FormValues[string]) => (Array.isArray(v) ? v[0] : v);

function HintAndError(p: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {p.hint ? <p class="hint" id={`${p.id}-hint`}>{p.hint}</p> : null}
      {p.error ? <p class="error" id={`${p.id}-error`}>{p.error}</p> : null}
    </>
  );
}

export function TextareaField(p: { name: string; label: string; values?: FormValues; errors?: FieldErrors; hint?: string; rows?: number }) {
  const id = fieldId(p.name);
  const error = p.errors?.[p.name];
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{p.label}</label>
      <HintAndError id={id} hint={p.hint} error={error} />
      <textarea id={id} name={p.name} rows={p.rows ?? 5} aria-invalid={error ? 'true' : undefined} aria-describedby={described(id, p.hint, error)}>
        {first(p.values?.[p.name]) ?? ''}
      </textarea>
    </div>
  );
}

export function CheckboxGroup(p: { name: string; legend: string; options: { value: string; label: string }[]; values?: FormValues; errors?: FieldErrors; hint?: string }) {
  const id = fieldId(p.name);
  const error = p.errors?.[p.name];
  const raw = p.values?.[p.name];
  const checked = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
  return (
    <fieldset id={id} class={error ? 'field-error' : undefined} aria-describedby={described(id, p.hint, error)}>
      <legend>{p.legend}</legend>
      <HintAndError id={id} hint={p.hint} error={error} />
      {p.options.length === 0 ? <p class="hint">None to choose from.</p> : null}
      {p.options.map((o, i) => (
        <div class="checkbox">
          <input type="checkbox" id={`${id}-${i}`} name={p.name} value={o.value} checked={checked.has(o.value)} />
          <label for={`${id}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function Checkbox(p: { name: string; label: string; values?: FormValues; hint?: string }) {
  const id = fieldId(p.name);
  return (
    <div class="checkbox">
      <input type="checkbox" id={id} name={p.name} value="yes" checked={first(p.values?.[p.name]) === 'yes'} aria-describedby={p.hint ? `${id}-hint` : undefined} />
      <label for={id}>{p.label}</label>
      {p.hint ? <p class="hint" id={`${id}-hint`}>{p.hint}</p> : null}
    </div>
  );
}

/** Free text kept on the record: each line its own paragraph, so no style attribute is needed. */
export function Paragraphs(p: { text: string }) {
  return (
    <>
      {p.text.split(/\r?\n/).map((line) => (line.trim() === '' ? null : <p>{line}</p>))}
    </>
  );
}
