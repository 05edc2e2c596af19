/**
 * 年龄 follows the dates (its help says “不填时按身份证号自动计算”): while it is
 * blank, or still the figure computed before this change, it is recomputed from
 * the 出生日期 / 身份证号 and the form's reference date (填表日期). A different
 * figure the user typed is kept, and the rules compare it. The printout uses
 * the same computation, so 年龄 is never blank on paper when it can be known.
 */
import type { FormDefinition } from '../../lib/forms/form-registry.ts';
import { studentAge } from '../../lib/forms/rules/student-consistency.ts';

type Data = Record<string, unknown>;

const hasAgeField = (form: FormDefinition) =>
  !!((form.schema.properties as Record<string, { properties?: Record<string, unknown> }> | undefined)?.student?.properties?.age);

export function applyAge<T extends Data>(form: FormDefinition, next: T, previous: Data | undefined, today: string): T {
  const student = next.student;
  if (!hasAgeField(form) || !student || typeof student !== 'object') return next;
  const s = student as Data;
  const before = previous ? studentAge({ form, data: previous, today }) : undefined;
  if (s.age !== undefined && s.age !== before) return next;
  const age = studentAge({ form, data: next, today });
  if (s.age === age) return next;
  const { age: _old, ...rest } = s;
  return { ...next, student: age === undefined ? rest : { ...rest, age } };
}
