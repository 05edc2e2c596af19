/**
 * A text holding bidirectional controls (a right-to-left override U+202E pasted from a web
 * page, or planted to disguise “txt.exe” as “exe.txt”), wrapped in U+2068 … U+2069 (first strong
 * isolate … pop directional isolate). Per the Unicode bidi algorithm the closing PDI ends every
 * override opened inside, so the value cannot reorder the text it is shown next to — in a page,
 * a message, a search snippet. Texts without such controls are returned as they are.
 *
 * Exports: isolateBidi, isolateBidiDeep.
 */
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function isolateBidi(text: string): string {
  return bidiControls.test(text) ? `\u2068${text}\u2069` : text;
}

/** Every string inside a value (objects and arrays rebuilt only where something changed). */
export function isolateBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return isolateBidi(value) as T;
  if (Array.isArray(value)) {
    const out = value.map(isolateBidiDeep);
    return (out.some((v, i) => v !== value[i]) ? out : value) as T;
  }
  if (value && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = isolateBidiDeep(v);
      if (out[k] !== v) changed = true;
    }
    return (changed ? out : value) as T;
  }
  return value;
}
