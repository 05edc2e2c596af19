import { describe, expect, it } from 'vitest';
import { clauseCitation, clauseNumberLabel, clauseShortLabel } from '../../../site/lib/policies/citation.ts';
import { flattenClauses } from '../../../site/lib/policies/clauses.ts';
import { openingWords } from '../../../site/lib/policies/opening-words.ts';
import { searchStore } from '../../../site/lib/search/search-entries.ts';
import { siteSearchSources } from '../../../site/lib/search/site-search-sources.ts';
import { document, documents } from '../../../site/lib/site-data.ts';

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

const label = (docId: string, id: string) => {
  const { doc, clause: c } = clause(docId, id);
  return clauseNumberLabel(doc, c);
};

describe('citations are unique and read naturally', () => {
  it('gives every clause of every document its own citation and short label', () => {
    for (const doc of documents()) {
      const clauses = flattenClauses(doc);
      const citations = clauses.map((c) => clauseCitation(doc, c));
      const labels = clauses.map((c) => clauseShortLabel(doc, c));
      const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
      expect(dup(citations), doc.id).toEqual([]);
      expect(dup(labels), doc.id).toEqual([]);
    }
  });

  it('gives every clause in the search results its own title', () => {
    const titles = searchStore(siteSearchSources())
      .entries.filter((e) => e.kind === 'clause')
      .map((e) => e.title);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });

  it('tells apart clauses whose printed number repeats, by their heading', () => {
    expect(label('jinanqu-2022-plan', '3')).toBe('（三）“落实控辍‘四步法’”');
    expect(label('jinanqu-2022-plan', 'x-3')).toBe('（三）“加强督查，严肃问责”');
    expect(label('school-dropout-measures', 'x-1')).toBe('第1条“学校确定一位领导干部分管控制学生辍学的工作……”');
  });

  it('cites a part as 第五部分', () => expect(label('guobanfa-2017-72', 'p5')).toBe('第五部分'));

  it('quotes an unnumbered paragraph up to a pause, never cutting a number', () => {
    expect(label('township-plan-template', 'u-3')).toBe('“力争，全乡中小学学生年辍学率控制在1%以内……”段');
  });
});

describe('openingWords', () => {
  it('ends at a pause when one is near', () => {
    expect(openingWords('力争，全乡中小学学生年辍学率控制在1%以内；力争适龄儿童入学率达到99%以上', 18)).toEqual({ text: '力争，全乡中小学学生年辍学率控制在1%以内', cut: true });
  });

  it('moves a cut off a number and out of an open quotation', () => {
    expect(openingWords('全镇小学生辍学率控制在0.6%以内初中生辍学率控制在1.8%以内巩固率达到百分之八十五以上', 14).text).toBe('全镇小学生辍学率控制在');
    expect(openingWords('坚持以“三个代表重要思想和科学发展观”为指导认真贯彻执行义务教育法各项规定', 8).text).toBe('坚持以“三个代表重要思想和科学发展观”');
  });
});
