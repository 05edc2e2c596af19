/** Codes (身份证号, 学籍号, phones, 学校标识码) are written half-width without spaces, whichever form holds them. */
import { describe, expect, it } from 'vitest';
import { codeFieldPaths, normaliseCode, normaliseCodes } from '../../../site/lib/forms/code-fields.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';

const example = (id: keyof typeof forms) => structuredClone((forms[id].schema.examples as Record<string, any>[])[0]!);

describe('code fields', () => {
  it('turns IME full-width digits and letters half-width and drops spaces', () => {
    expect(normaliseCode('４１１３２８ ２０１００３１５１２３Ｘ')).toBe('41132820100315123X');
    expect(normaliseCode('0377－8123456')).toBe('0377-8123456');
  });

  it('finds the marked fields of each form, in repeat groups too', () => {
    expect(codeFieldPaths(forms['dropout-registration'].schema)).toEqual([['student', 'idNumber'], ['student', 'studentNumber'], ['guardians', '*', 'phone'], ['persuasion', 'phone']]);
    expect(codeFieldPaths(forms['monthly-report'].schema)).toContainEqual(['school', 'code']);
  });

  it('rewrites only code fields, and leaves a record with nothing to change as it is', () => {
    const d = example('dropout-registration');
    expect(normaliseCodes(forms['dropout-registration'], d)).toBe(d);
    const typed = { ...d, student: { ...d.student, idNumber: '４１１３２８２０１００３１５１２３６', name: '张 小明' }, guardians: [d.guardians[0], { ...d.guardians[1], phone: '138 0000 0001' }] };
    const out = normaliseCodes(forms['dropout-registration'], typed);
    expect(out.student).toMatchObject({ idNumber: '411328201003151236', name: '张 小明' });
    expect(out.guardians[1].phone).toBe('13800000001');
    expect(out.guardians[0]).toBe(d.guardians[0]);
  });
});
