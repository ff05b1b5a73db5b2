// A group of radio buttons in a fieldset with its legend, hint and error (the form helpers have
// text inputs, selects and checkboxes; the reporter's forms need one-of choices too).
import type { FieldErrors, FormValues } from '../page';
import { fieldId } from '../forms';

export function RadioGroup(p: { name: string; legend: string; options: readonly { value: string; label: string }[]; values?: FormValues; errors?: FieldErrors; hint?: string }) {
  const id = fieldId(p.name);
  const error = p.errors?.[p.name];
  const raw = p.values?.[p.name];
  const current = Array.isArray(raw) ? raw[0] : raw;
  const described = [p.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset id={id} class={error ? 'field-error' : undefined} aria-describedby={described || undefined}>
      <legend>{p.legend}</legend>
      {p.hint ? <p class="hint" id={`${id}-hint`}>{p.hint}</p> : null}
      {error ? <p class="error" id={`${id}-error`}>{error}</p> : null}
      {p.options.map((o, i) => (
        <div class="checkbox">
          <input type="radio" id={`${id}-${i}`} name={p.name} value={o.value} checked={current === o.value} />
          <label for={`${id}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function FileField(p: { name: string; label: string; hint: string; errors?: FieldErrors; multiple?: boolean }) {
  const id = fieldId(p.name);
  const error = p.errors?.[p.name];
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{p.label}</label>
      <p class="hint" id={`${id}-hint`}>{p.hint}</p>
      {error ? <p class="error" id={`${id}-error`}>{error}</p> : null}
      <input type="file" id={id} name={p.name} multiple={p.multiple} accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,application/pdf,image/*,text/plain" aria-invalid={error ? 'true' : undefined} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} />
    </div>
  );
}
