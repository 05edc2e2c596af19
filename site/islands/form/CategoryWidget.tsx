/**
 * The verification form's 类别代码 as a list of the jurisdiction's categories
 * (A–M in 唐河县). The schema only says "one capital letter", so the choices
 * come from the resolved config through formContext.
 */
import type { FormContextType, WidgetProps } from '@rjsf/utils';
import type { CategoryOption } from './apply-category.ts';

export function CategoryWidget(props: WidgetProps<any, any, FormContextType>) {
  const categories = ((props.registry.formContext as { categories?: CategoryOption[] } | undefined)?.categories ?? []) as CategoryOption[];
  return (
    <select
      id={props.id}
      name={props.id}
      className="form-control"
      value={typeof props.value === 'string' ? props.value : ''}
      required={props.required}
      disabled={props.disabled || props.readonly}
      aria-describedby={`${props.id}__description ${props.id}__error`}
      onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
      onBlur={(e) => props.onBlur(props.id, e.target.value)}
      onFocus={(e) => props.onFocus(props.id, e.target.value)}
    >
      <option value="">请选择核查类别</option>
      {categories.map((c) => (
        <option key={c.code} value={c.code}>
          {c.code}. {c.label}
          {c.includes ? `（${c.includes}）` : ''}
        </option>
      ))}
    </select>
  );
}
