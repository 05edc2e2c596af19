import { describe, expect, it } from 'vitest';
import policyDocument from '../../../schemas/policy-document.schema.json' with { type: 'json' };
import { enumChoiceList, enumLabels } from '../../../site/lib/validation/enum-labels.ts';

type Schema = Record<string, unknown>;

describe('enum options named in Chinese from the schema', () => {
  it('prefers x-enum-labels', () => {
    const schema = { enum: ['a', 'b'], 'x-enum-labels': { a: '甲', b: '乙' }, description: 'a 丙，b 丁' };
    expect(enumChoiceList(schema, ['a', 'b'])).toBe('a（甲）、b（乙）');
  });

  it('reads “value 名称” pairs from the description', () => {
    expect(enumLabels({ description: 'national 国家，county 县级（含县级市、区），town 乡镇。' }, ['national', 'county', 'town'])).toEqual(
      new Map([['national', '国家'], ['county', '县级'], ['town', '乡镇']]),
    );
    expect(enumChoiceList({ description: '“>=” 达到或高于，“<=” 控制在以内，“=” 恰好达到。' }, ['>=', '<=', '='])).toBe('>=（达到或高于）、<=（控制在以内）、=（恰好达到）');
  });

  it('names none when the description does not name every option', () => {
    expect(enumChoiceList({ description: 'a 甲。' }, ['a', 'b'])).toBe('a、b');
    expect(enumChoiceList(undefined, ['a'])).toBe('a');
  });

  it('names the policy document status options', () => {
    const status = (policyDocument as { properties: { status: Schema & { enum: string[] } } }).properties.status;
    expect(enumChoiceList(status, status.enum)).toContain('in-force（现行有效）');
  });
});
