import { describe, expect, it } from 'vitest';
import { clauseCitation, clauseNumberLabel, clauseShortLabel } from '../../../site/lib/policies/citation.ts';
import { flattenClauses } from '../../../site/lib/policies/clauses.ts';
import { document } from '../../../site/lib/site-data.ts';

const clause = (docId: string, id: string) => {
  const doc = document(docId)!;
  return { doc, clause: flattenClauses(doc).find((c) => c.id === id)! };
};

describe('clauseCitation', () => {
  it('cites a continuously numbered clause as 第N条, as in the issue', () => {
    const { doc, clause: c } = clause('guobanfa-2017-72', 'c11');
    expect(clauseCitation(doc, c)).toBe('《国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知》（国办发〔2017〕72号）第11条');
  });

  it('cites a nested clause by its printed number with full-width brackets', () => {
    const { doc, clause: c } = clause('qingzhengbanfa-2018-49', '3-1-3');
    expect(clauseNumberLabel(doc, c)).toBe('三（一）3');
    expect(clauseShortLabel(doc, c)).toBe('青政办发〔2018〕49号 三（一）3');
  });

  it('cites the preamble and documents without a 发文字号', () => {
    const { doc, clause: c } = clause('jinanqu-2022-plan', 'preamble');
    expect(clauseCitation(doc, c)).toBe('《金安区2022年义务教育阶段控辍保学工作方案》导语');
  });

  it('nests the book-title marks of a title that quotes another document', () => {
    const { doc, clause: c } = clause('tanghe-jiaoji-2022-33', '3-2');
    expect(clauseCitation(doc, c)).toBe('《唐河县教育体育局关于印发〈2022年唐河县义务教育阶段控辍保学工作实施方案〉的通知》（教基〔2022〕33号）三（二）');
  });

  it('cites an unnumbered paragraph by its opening words', () => {
    const { doc, clause: c } = clause('tanghe-jiaoji-2022-33', 'x-1');
    expect(clauseNumberLabel(doc, c)).toMatch(/^“各乡镇（街道）中心学校.*……”段$/);
  });
});
