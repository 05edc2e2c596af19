/**
 * 年级 as a list of 一年级 … 九年级 (月报表, 劝返复学记录 …): the schema stores the
 * number 1–9; people read and pick grade names.
 */
import type { FormContextType, WidgetProps } from '@rjsf/utils';
import { gradeName } from '../../lib/forms/grade-names.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';

const grades = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((g) => ({ value: String(g), label: gradeName(g) }));

export function GradeWidget(props: WidgetProps<any, any, FormContextType>) {
  return <ChoiceSelect widget={props} placeholder="请选择年级" choices={grades} parse={Number} />;
}
