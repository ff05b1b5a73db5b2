// Control characters have no place in anything a person types: a NUL byte cannot even be stored
// in a PostgreSQL text value. Tab, line feed and carriage return belong in multi-line text.
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** True when `value` holds a control character (tab, LF and CR are allowed in multi-line text). */
export function hasControlCharacter(value: string, text: 'single-line' | 'multi-line' = 'single-line'): boolean {
  return (text === 'multi-line' ? CONTROL_BUT_LINE_BREAKS : ANY_CONTROL).test(value);
}
