/** dist/api/clauses.json is built from clauseCatalogue(): every clause, full text, no scanning artefacts. */
import { describe, expect, it } from 'vitest';
import { clauseCatalogue, configSet } from '../../../site/lib/site-data.ts';

const catalogue = clauseCatalogue();
// Traditional forms that OCR mixed into the seeds (e.g. 填報日期, 中小學, 家長); none is used in simplified text.
const traditional = /[報簽學長們書國會來時現實為與說這對動從發經過還區縣鄉鎮輟親衛體費義務統戶勞際導責]/;

describe('clause catalogue', () => {
  it('holds the 13 numbered clauses of 国办发〔2017〕72号, each with its heading, in 5 parts', () => {
    const national = catalogue.filter((c) => c.document === 'guobanfa-2017-72');
    const numbered = national.filter((c) => /^\d+$/.test(c.number));
    expect(numbered.map((c) => c.number)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
    for (const c of numbered) {
      expect(c.heading, c.number).toBeTruthy();
      expect(c.text.length, c.number).toBeGreaterThan(50);
      expect(c.docNumber).toBe('国办发〔2017〕72号');
    }
    expect(national.find((c) => c.number === '11')).toMatchObject({
      id: 'guobanfa-2017-72#c11',
      heading: '建立控辍保学动态监测机制',
      url: '/policies/guobanfa-2017-72/#c11',
    });
    expect(national.filter((c) => /^[一二三四五]$/.test(c.number))).toHaveLength(5);
  });

  it('numbers local clauses as printed, e.g. 三(一)2', () => {
    const lushi = catalogue.filter((c) => c.document === 'luzhengban-2019-18');
    expect(lushi.map((c) => c.number)).toContain('三(一)2');
  });

  it('has every clause of every full-text document', () => {
    for (const { data: doc } of configSet().documents.values()) {
      if (doc.fullText === false) continue;
      expect(catalogue.filter((c) => c.document === doc.id).length, doc.id).toBeGreaterThan(3);
    }
  });

  it('ids are unique and every implements reference exists', () => {
    const ids = new Set(catalogue.map((c) => c.id));
    expect(ids.size).toBe(catalogue.length);
    for (const c of catalogue) for (const ref of c.implements) expect(ids.has(ref), `${c.id} → ${ref}`).toBe(true);
  });

  it('carries no scanning artefacts', () => {
    for (const c of catalogue) {
      const text = `${c.heading ?? ''}｜${c.text}`;
      expect(text, c.id).not.toMatch(/https?:|wenku|www\./i);
      expect(text, c.id).not.toMatch(traditional);
      // Words broken by stray spaces; a roster line (姓名　职务) separates name and title on purpose.
      const prose = [c.heading ?? '', ...c.text.split(/\n\s*\n/).filter((p) => !/^(?:组长：|副组长：|成员：)?[\u4e00-\u9fff]{2,3}　\S+$/.test(p))].join('\n\n');
      expect(prose, c.id).not.toMatch(/[\u4e00-\u9fff][ 　]+[\u4e00-\u9fff]/);
      expect(text, c.id).not.toMatch(/\*\*|#|'|\u00a0/);
      expect(text, c.id).not.toMatch(/[\u4e00-\u9fff]\n[\u4e00-\u9fff]/); // a line broken mid-sentence
    }
  });
});
