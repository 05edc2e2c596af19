/**
 * The jurisdiction's extra fields (formOptions.extraFields), stored under
 * `data.extra`. The schema only says "an object of text, numbers or yes/no",
 * so the inputs come from the resolved config through formContext; nothing is
 * shown when the jurisdiction adds no fields.
 */
import type { FieldProps } from '@rjsf/utils';
import type { ExtraField } from '../../lib/forms/form-options.ts';

type Extra = Record<string, string | number | boolean>;

export function ExtraFieldsField(props: FieldProps) {
  const fields = ((props.registry.formContext as { extraFields?: ExtraField[] } | undefined)?.extraFields ?? []) as ExtraField[];
  if (!fields.length) return null;
  const value = (props.formData ?? {}) as Extra;
  const id = props.fieldPathId?.$id ?? 'f_extra';
  const set = (key: string, v: string | number | boolean | undefined) => {
    const next: Extra = { ...value };
    if (v === undefined || v === '') delete next[key];
    else next[key] = v;
    props.onChange(Object.keys(next).length ? next : undefined, props.fieldPathId.path);
  };
  const errors = props.errorSchema as Record<string, { __errors?: string[] }> | undefined;
  return (
    <fieldset id={id} className="extra-fields">
      <legend>本地补充项目</legend>
      {fields.map((f) => {
        const fid = `${id}_${f.key}`;
        const v = value[f.key];
        const errs = errors?.[f.key]?.__errors ?? [];
        return (
          <div key={f.key} className={`form-group${errs.length ? ' has-error' : ''}`}>
            {f.type === 'boolean' ? (
              <label className="checkbox-inline" htmlFor={fid}>
                <input id={fid} type="checkbox" checked={v === true} onChange={(e) => set(f.key, e.target.checked)} />
                {f.title}
                {f.required && <span className="required">*</span>}
              </label>
            ) : (
              <>
                <label className="control-label" htmlFor={fid}>
                  {f.title}
                  {f.required && <span className="required">*</span>}
                </label>
                {f.description && <div className="field-description">{f.description}</div>}
                <input
                  id={fid}
                  className="form-control"
                  type={f.type === 'number' ? 'number' : f.type === 'date' ? 'date' : 'text'}
                  value={v === undefined ? '' : String(v)}
                  onChange={(e) => set(f.key, f.type === 'number' ? (e.target.value === '' ? undefined : Number(e.target.value)) : e.target.value)}
                />
              </>
            )}
            {errs.length > 0 && (
              <ul className="error-detail">
                {errs.map((m) => (
                  <li key={m} className="text-danger">
                    {m}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
