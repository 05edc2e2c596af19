/**
 * Per-jurisdiction form options (`formOptions` in config/jurisdictions/*.yaml,
 * schema in schemas/jurisdiction.schema.json): for a form id, field label
 * overrides, extra required fields and extra fields stored under `data.extra`.
 * A child jurisdiction overrides its parent per form and per key (labels by
 * field path, extra fields by key; required lists are merged).
 *
 * Field paths are JSON pointers without array indices: /student/ethnicity,
 * /guardians/phone, /extra/<key>.
 *
 * Exports: ExtraField, FormOptionsForForm, FormOptionsByForm, mergeFormOptions.
 */

export interface ExtraField {
  /** property name under data.extra: lower-case letters, digits and hyphens */
  key: string;
  title: string;
  description?: string;
  type: 'string' | 'number' | 'boolean' | 'date';
  required?: boolean;
}

export interface FormOptionsForForm {
  /** field path → Chinese label shown instead of the schema title */
  labels?: Record<string, string>;
  /** field paths that must be filled in this jurisdiction */
  required?: string[];
  extraFields?: ExtraField[];
}

export type FormOptionsByForm = Record<string, FormOptionsForForm>;

/** Parent's options overridden by the child's, per form. */
export function mergeFormOptions(parent: FormOptionsByForm, child: FormOptionsByForm | undefined): FormOptionsByForm {
  const out: FormOptionsByForm = { ...parent };
  for (const [form, own] of Object.entries(child ?? {})) {
    const base = out[form] ?? {};
    const extra = [...(base.extraFields ?? [])];
    for (const f of own.extraFields ?? []) {
      const at = extra.findIndex((x) => x.key === f.key);
      if (at >= 0) extra[at] = f;
      else extra.push(f);
    }
    const labels = { ...base.labels, ...own.labels };
    const required = [...new Set([...(base.required ?? []), ...(own.required ?? [])])];
    out[form] = {
      ...(Object.keys(labels).length ? { labels } : {}),
      ...(required.length ? { required } : {}),
      ...(extra.length ? { extraFields: extra } : {}),
    };
  }
  return out;
}
