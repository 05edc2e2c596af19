import common from '../../../schemas/common.schema.json' with { type: 'json' };
import target from '../../../schemas/target.schema.json' with { type: 'json' };
import policyDocument from '../../../schemas/policy-document.schema.json' with { type: 'json' };
import jurisdiction from '../../../schemas/jurisdiction.schema.json' with { type: 'json' };
import leadingGroup from '../../../schemas/leading-group.schema.json' with { type: 'json' };
import duty from '../../../schemas/duty.schema.json' with { type: 'json' };
import escalationStep from '../../../schemas/escalation-step.schema.json' with { type: 'json' };
import procedure from '../../../schemas/procedure.schema.json' with { type: 'json' };
import calendarRule from '../../../schemas/calendar-rule.schema.json' with { type: 'json' };
import category from '../../../schemas/category.schema.json' with { type: 'json' };
import school from '../../../schemas/school.schema.json' with { type: 'json' };
import { createRegistry } from '../validation/schema-walk.ts';

type Schema = Record<string, unknown>;

export const jurisdictionSchema = jurisdiction as Schema;
export const policyDocumentSchema = policyDocument as Schema;
export const targetSchema = target as Schema;

export const configRegistry = createRegistry(
  [common, target, policyDocument, jurisdiction, leadingGroup, duty, escalationStep, procedure, calendarRule, category, school] as Schema[],
);

interface IndicatorInfo {
  id: string;
  label: string;
  formula: string;
}

/** The fixed indicator vocabulary, with labels and formulas, straight from target.schema.json. */
export const indicators: IndicatorInfo[] = (
  (target as { $defs: { indicator: { oneOf: { const: string; title: string; description: string }[] } } }).$defs.indicator.oneOf
).map((o) => ({ id: o.const, label: o.title, formula: o.description }));

export const indicatorLabel = (id: string) => indicators.find((i) => i.id === id)?.label ?? id;
