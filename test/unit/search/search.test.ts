import { describe, expect, it } from 'vitest';
import { entryUrl, highlightRanges, makeSnippet } from '../../../site/lib/search/search.ts';
import { siteSearcher, siteStore } from './site-search.ts';

const refs = (q: string, options = {}) => siteSearcher().search(q, options).hits.map((h) => h.entry.ref);

describe('search', () => {
  it('requires every term when some entries have them all', () => {
    const { hits } = siteSearcher().search('四不办理');
    expect(hits[0]!.matchedTerms).toBe(hits[0]!.totalTerms);
    expect(hits.slice(0, 3).map((h) => h.entry.ref)).toContain('qingzhengbanfa-2018-49#4-3');
  });

  it('falls back to ranking by matched terms instead of returning nothing', () => {
    const response = siteSearcher().search('学生三天没来上学怎么办');
    expect(response.total).toBeGreaterThan(0);
    expect(response.hits.slice(0, 5).map((h) => h.entry.ref)).toContain('qingzhengbanfa-2018-49#3-1-3');
  });

  it('puts a clause named by 发文字号 and number first, and lists the rest of the document', () => {
    const response = siteSearcher().search('国办发〔2017〕72号 第十一条');
    expect(response.hits[0]).toMatchObject({ pinned: true, entry: { ref: 'guobanfa-2017-72#c11' } });
    expect(response.hits.every((h) => h.entry.document === 'guobanfa-2017-72')).toBe(true);
  });

  it('highlights the typed words in heading and snippet, by substring', () => {
    const hit = siteSearcher().search('送教上门 每周').hits.find((h) => h.entry.ref === 'jinanqu-2022-plan#5-2')!;
    const marked = hit.snippet.ranges.map(([s, e]) => hit.snippet.text.slice(s, e));
    expect(marked).toContain('每周');
  });

  it('finds guidance as well: procedures, duties and form field help', () => {
    const kinds = new Set(siteSearcher().search('送教上门', { limit: 200 }).hits.map((h) => h.entry.kind));
    expect(kinds).toEqual(new Set(['clause', 'procedure', 'duty', 'form-field']));
  });

  it('filters by jurisdiction, document, level and kind', () => {
    const s = siteSearcher();
    expect(s.search('辍学', { filters: { document: 'tanghe-jiaoji-2022-33' }, limit: 100 }).hits.every((h) => h.entry.document === 'tanghe-jiaoji-2022-33')).toBe(true);
    expect(s.search('辍学', { filters: { level: 'national' }, limit: 100 }).hits.every((h) => h.entry.level === 'national')).toBe(true);
    expect(s.search('辍学', { filters: { kind: 'duty' }, limit: 100 }).hits.every((h) => h.entry.kind === 'duty')).toBe(true);
    const lushi = s.search('辍学', { filters: { jurisdiction: 'lushi' }, limit: 100 }).hits;
    expect(lushi.every((h) => h.entry.jurisdictions.includes('lushi'))).toBe(true);
    expect(lushi.map((h) => h.entry.document)).not.toContain('tanghe-jiaoji-2022-33');
    expect(lushi.map((h) => h.entry.document)).toContain('guobanfa-2017-72');
  });

  it('ranks a named jurisdiction’s own rules first', () => {
    expect(refs('唐河 延缓入学').slice(0, 3).every((r) => r.includes('tanghe'))).toBe(true);
  });

  it('finds a single Han character inside bigrams', () => {
    expect(siteSearcher().search('校').total).toBeGreaterThan(0);
  });

  it('returns nothing for a query with no content', () => {
    expect(siteSearcher().search('？？').hits).toEqual([]);
    expect(siteSearcher().search('怎么办').hits).toEqual([]);
  });

  it('deep-links every clause hit to its anchor', () => {
    for (const hit of siteSearcher().search('辍学', { limit: 50 }).hits.filter((h) => h.entry.kind === 'clause')) {
      expect(hit.url).toMatch(/^\/policies\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    }
  });
});

describe('entryUrl', () => {
  it('opens inherited guidance on the chosen jurisdiction’s page', () => {
    const duty = siteStore().entries.find((e) => e.kind === 'duty' && e.origin === 'national' && e.jurisdictions.includes('tanghe'))!;
    expect(entryUrl(duty, 'tanghe')).toMatch(/^\/tanghe\/duties\//);
    expect(entryUrl(duty)).toBe(duty.url);
  });
});

describe('highlightRanges / makeSnippet', () => {
  it('maps ranges back to the original text across NFKC changes and quotation marks', () => {
    const text = '严格执行“四不办理”原则（即不送子女入学）';
    const [range] = highlightRanges(text, ['四不办理']);
    expect(text.slice(...range!)).toBe('四不办理');
    expect(highlightRanges('（２０１７）', ['2017']).map(([s, e]) => '（２０１７）'.slice(s, e))).toEqual(['２０１７']);
  });

  it('merges overlapping matches', () => {
    expect(highlightRanges('送教上门', ['送教', '教上', '上门'])).toEqual([[0, 4]]);
  });

  it('cuts a long text around the matches', () => {
    const text = `${'甲'.repeat(300)}送教上门${'乙'.repeat(300)}`;
    const snippet = makeSnippet(text, highlightRanges(text, ['送教上门']), 100);
    expect(snippet.before && snippet.after).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(100);
    const [s, e] = snippet.ranges[0]!;
    expect(snippet.text.slice(s, e)).toBe('送教上门');
  });
});
