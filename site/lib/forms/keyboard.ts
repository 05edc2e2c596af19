/**
 * Which on-screen keyboard a field asks a phone for, from its schema alone:
 * many village teachers fill forms on a phone, and a full keyboard for a
 * count, or a number pad that has no X for a 身份证号, costs them time and
 * typos. The schema says it where the type cannot:
 *   - `type: integer` → `inputmode="numeric"` (digits only; the input stays
 *     type=number so the desktop keeps its arrows and step 1); `type: number`
 *     → `decimal`.
 *   - `"x-inputmode"` (declared in scripts/lib/create-ajv.ts) on a text field:
 *     `tel` for phone numbers (digits plus + - ( ) and a pause for an
 *     extension), `numeric` for all-digit codes (学校标识码), `text` for codes
 *     with letters (全国学籍号 G/J/L…, 身份证号).
 *   - Dates keep their date input: the native picker is the phone keyboard.
 *
 * 身份证号: 17 digits and a last character that may be X. No numeric or tel
 * keypad of Android or iOS has an X key, so `numeric` would leave one pupil
 * in ten unable to finish the field; the text keyboard is the only one that
 * has both. It is opened in capitals (`autocapitalize="characters"`, so the X
 * comes out upper-case as GB 11643 wants) without autocorrect or spelling
 * marks. No `pattern` attribute: iOS would take `[0-9]*` as a request for the
 * number pad, and the page validates with its own Chinese messages anyway
 * (noHtml5Validate). Codes are never autofilled: the browser would offer the
 * teacher's own number for a guardian's, or a previous pupil's 身份证号.
 *
 * Exports: KeyboardHints, keyboardFor(schema).
 */

export type InputMode = 'numeric' | 'decimal' | 'tel' | 'text';

/** Props for an <input>, in React's spelling. */
export interface KeyboardHints {
  inputMode?: InputMode;
  autoCapitalize?: 'characters' | 'off';
  autoCorrect?: 'off';
  spellCheck?: false;
  autoComplete?: 'off';
}

const modes: readonly string[] = ['numeric', 'decimal', 'tel', 'text'];

export function keyboardFor(schema: Record<string, unknown> | undefined): KeyboardHints {
  if (!schema) return {};
  const declared = schema['x-inputmode'];
  if (typeof declared === 'string' && modes.includes(declared)) {
    const mode = declared as InputMode;
    const code = schema['x-code'] === true;
    const hints: KeyboardHints = { inputMode: mode };
    if (code) Object.assign(hints, { autoComplete: 'off', autoCorrect: 'off', spellCheck: false });
    if (mode === 'text' && code) hints.autoCapitalize = 'characters';
    return hints;
  }
  if (schema.type === 'integer') return { inputMode: 'numeric' };
  if (schema.type === 'number') return { inputMode: 'decimal' };
  return {};
}
