/**
 * A plain <select> for an rjsf widget whose choices the schema does not list
 * (the jurisdiction's categories, grade names): rjsf's ids and ARIA wiring,
 * an empty first option, and the stored value converted back by `parse`.
 */
import type { FormContextType, WidgetProps } from '@rjsf/utils';

export interface Choice {
  value: string;
  label: string;
}

export function ChoiceSelect({ widget: props, placeholder, choices, parse }: { widget: WidgetProps<any, any, FormContextType>; placeholder: string; choices: Choice[]; parse: (v: string) => unknown }) {
  return (
    <select
      id={props.id}
      name={props.id}
      className="form-control"
      value={props.value === undefined || props.value === null ? '' : String(props.value)}
      required={props.required}
      disabled={props.disabled || props.readonly}
      aria-describedby={`${props.id}__description ${props.id}__error`}
      onChange={(e) => props.onChange(e.target.value === '' ? undefined : parse(e.target.value))}
      onBlur={(e) => props.onBlur(props.id, e.target.value)}
      onFocus={(e) => props.onFocus(props.id, e.target.value)}
    >
      <option value="">{placeholder}</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
