/**
 * The verification form's 类别代码 as a list of the jurisdiction's categories
 * (A–M in 唐河县). The schema only says "one capital letter", so the choices
 * come from the resolved config through formContext.
 */
import type { FormContextType, WidgetProps } from '@rjsf/utils';
import type { CategoryOption } from './apply-category.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';

export function CategoryWidget(props: WidgetProps<any, any, FormContextType>) {
  const categories = ((props.registry.formContext as { categories?: CategoryOption[] } | undefined)?.categories ?? []) as CategoryOption[];
  const choices = categories.map((c) => ({ value: c.code, label: `${c.code}. ${c.label}${c.includes ? `（${c.includes}）` : ''}` }));
  return <ChoiceSelect widget={props} placeholder="请选择核查类别" choices={choices} parse={String} />;
}
