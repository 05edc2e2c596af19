import { describe, expect, it } from 'vitest';
import { describeResponse } from '../../../site/islands/search/render-results.ts';
import { readFileSync } from 'node:fs';
import lunr from 'lunr';
import { candidates, entryUrl, flattenText, fullView, highlightRanges, makeSnippet } from '../../../site/lib/search/search.ts';
import { buildSearchIndex } from '../../../site/lib/search/build-index.ts';
import { normaliseText, uniqueTerms } from '../../../site/lib/search/tokenizer.ts';
import { clauseNumberQueries } from './clause-number-queries.ts';
import { siteSearcher, siteStore } from './site-search.ts';

const refs = (q: string, options = {}) => siteSearcher().search(q, options).hits.map((h) => h.entry.ref);

describe('search', () => {
  it('requires every term when some entries have them all', () => {
    const { hits } = siteSearcher().search('四不办理');
    expect(hits[0]!.matchedTerms).toBe(hits[0]!.totalTerms);
    expect(hits[0]!.complete).toBe(true);
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
    expect(marked.some((m) => m.includes('每周'))).toBe(true);
  });

  it('finds guidance as well: procedures, duties and form field help', () => {
    const kinds = new Set(siteSearcher().search('送教上门', { limit: 200 }).hits.map((h) => h.entry.kind));
    expect(kinds).toEqual(new Set(['clause', 'procedure', 'duty', 'form', 'form-field']));
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
    const response = siteSearcher().search('校', { limit: 10_000 });
    const has = (e: (typeof response.hits)[number]['entry'], re: RegExp) => [e.heading, e.text, ...e.keywords].some((t) => re.test(normaliseText(t)));
    // 校 starting a word (校长, 校园, 校外 …): every such entry is found.
    const starting = siteStore().entries.filter((e) => has(e, /校\p{Script=Han}/u));
    expect(starting.length).toBeGreaterThan(10);
    expect(response.hits.map((h) => h.entry.ref)).toEqual(expect.arrayContaining(starting.map((e) => e.ref)));
    // Nothing without it, and the snippet marks it.
    expect(response.total).toBe(response.hits.length);
    expect(response.hits.filter((h) => !has(h.entry, /校/u)).map((h) => h.entry.ref)).toEqual([]);
    expect(response.hits.filter((h) => h.snippet.ranges.some(([a, b]) => !h.snippet.text.slice(a, b).includes('校'))).map((h) => h.entry.ref)).toEqual([]);
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

describe('ranking by rarity', () => {
  it('weighs the distinctive word above common ones and cross-word bigrams', () => {
    // 学生 is everywhere and 生失 (学生失学) spans two words; 失联 is what was asked.
    expect(refs('学生失联了').slice(0, 3)).toContain('tanghe-jiaoji-2022-33#3-1');
    expect(refs('学生 失联')[0]).toMatch(/tanghe/);
  });

  it.each(['学生失联了', '户口不在本地的学生辍学', '学生三天没来上学怎么办', '哪些孩子可以送教上门', '学生去网吧'])(
    'does not warn that %s is only partly matched because of cross-word bigrams',
    (query) => {
      const response = siteSearcher().search(query);
      expect(response.hits[0]!.complete).toBe(true);
      expect(describeResponse(response, siteStore())).not.toContain('没有同时包含全部词语');
    },
  );

  it('still warns when a word of the query is nowhere', () => {
    const response = siteSearcher().search('送教上门 火星');
    expect(response.hits[0]!.complete).toBe(false);
    expect(describeResponse(response, siteStore())).toContain('没有同时包含全部词语');
  });
});

describe('forms', () => {
  it('finds a form by its name once, not each of its fields', () => {
    const { hits } = siteSearcher().search('辍学学生登记表', { limit: 10 });
    expect(hits[0]!.entry.ref).toBe('form:dropout-registration');
    expect(hits.slice(0, 5).map((h) => h.entry.ref)).toContain('tanghe-jiaoji-2022-33#3-2');
    // A field comes back only for words of its own (heading or help), never for the form's name alone.
    const terms = uniqueTerms('辍学学生登记表');
    for (const h of hits.filter((x) => x.entry.kind === 'form-field')) {
      const own = normaliseText(`${h.entry.heading} ${h.entry.text}`);
      expect(terms.some((t) => own.includes(t)), h.entry.ref).toBe(true);
    }
    expect(hits.filter((x) => x.entry.kind === 'form-field').length).toBeLessThanOrEqual(2);
  });

  it.each([
    ['学生辍学了要填什么表', 'form:dropout-registration'],
    ['劝返记录怎么写', 'form:persuasion-record'],
    ['零报告怎么填', 'form:monthly-report'],
  ])('answers the form question %s with %s first, before clauses and field help', (query, ref) => {
    const response = siteSearcher().search(query);
    expect(response.hits[0]!.entry.ref).toBe(ref);
    expect(describeResponse(response, siteStore())).toContain('优先显示表单');
  });

  it('puts only the forms that cover a form question well first', () => {
    // 劝返复学记录 shares 报告 with 零报告 by chance; the help on the 零报告 field is the better second answer.
    const top = refs('零报告怎么填').slice(0, 3);
    expect(top).toContain('form-field:monthly-report/zeroReport');
    expect(top).not.toContain('form:persuasion-record');
  });

  it('opens the form of a place named in the query, titled with its name', () => {
    const [top] = siteSearcher().search('唐河 核查登记').hits;
    expect(top).toMatchObject({ entry: { ref: 'form:verification' }, url: '/tanghe/forms/verification/', title: '唐河县 · 标准表单', choices: [] });
  });

  it('opens the form of the jurisdiction filtered on, and the help on its fields there', () => {
    const filters = { jurisdiction: 'tanghe' };
    expect(siteSearcher().search('核查登记', { filters }).hits[0]).toMatchObject({ url: '/tanghe/forms/verification/', title: '唐河县 · 标准表单' });
    const field = siteSearcher()
      .search('零报告', { filters })
      .hits.find((h) => h.entry.ref === 'form-field:monthly-report/zeroReport')!;
    expect(field).toMatchObject({ url: '/tanghe/forms/monthly-report/#f_zeroReport', title: '唐河县 · 控辍保学月报表 · 填表说明' });
  });

  it('says a form found for no place opens the national version, and lists each place’s own form', () => {
    const response = siteSearcher().search('核查登记');
    const top = response.hits[0]!;
    expect(top).toMatchObject({ url: '/national/forms/verification/', title: '国家通用版 · 标准表单' });
    expect(top.choices).toContainEqual({ label: '唐河县', url: '/tanghe/forms/verification/' });
    expect(top.choices.map((c) => c.label)).toEqual(expect.arrayContaining(['卢氏县', '青铜峡市', '金安区', '板当镇']));
    expect(top.choices.map((c) => c.label)).not.toContain('国家');
    expect(describeResponse(response, siteStore())).toContain('表单链接打开国家通用版');
    // Field help and clauses name no version to choose.
    expect(response.hits.filter((h) => h.entry.kind !== 'form').every((h) => h.choices.length === 0)).toBe(true);
    const field = siteSearcher().search('零报告').hits.find((h) => h.entry.ref === 'form-field:monthly-report/zeroReport')!;
    expect(field.title).toBe('国家通用版 · 控辍保学月报表 · 填表说明');
  });

  it('lists the clauses that call for the form', () => {
    const form = siteStore().entries.find((e) => e.ref === 'form:dropout-registration')!;
    expect(form.url).toBe('/national/forms/dropout-registration/');
    expect(form.text).toContain('教基〔2022〕33号 三（二）');
  });
});

describe('fallback to a named document', () => {
  it('lists the named document’s clauses when the other words match none of them', () => {
    const response = siteSearcher().search('国办发〔2017〕72号 网格化', { limit: 50 });
    expect(response.fallback).toBe(true);
    expect(response.hits.length).toBeGreaterThan(10);
    expect(response.hits.every((h) => h.entry.document === 'guobanfa-2017-72')).toBe(true);
    expect(describeResponse(response, siteStore())).toContain('以下列出该文件的全部条款');
  });

  it.each([...clauseNumberQueries, ['國辦發〔2017〕72號 第十一條', 'guobanfa-2017-72#c11']])('%s opens on %s', (query, ref) => {
    expect(refs(query)[0]).toBe(ref);
  });
});

describe('snippets', () => {
  const needlesOf = (query: string) => {
    const response = siteSearcher().search(query);
    return { response, needles: [...response.query.phrases, ...uniqueTerms(response.query.text).filter((t) => [...t].length > 1), ...response.query.variants] };
  };

  it('always show a match when the text has one', () => {
    const set = ['辍学率超标 撤换校长', '学生三天没来上学怎么办', '送教上门 每周', '家长不送孩子上学怎么处理', '学生上网吧不回家怎么办', '非户籍地学生辍学'];
    for (const query of set) {
      const { response, needles } = needlesOf(query);
      for (const hit of response.hits.slice(0, 5)) {
        const body = normaliseText(flattenText(hit.entry.text || hit.entry.heading));
        if (needles.some((n) => body.includes(n))) expect(hit.snippet.ranges.length, `${query} → ${hit.entry.ref}`).toBeGreaterThan(0);
      }
    }
  });

  it('mark every matched word, also of a phrase that does not match as a whole', () => {
    const hit = siteSearcher()
      .search('学生三天没来上学怎么办')
      .hits.find((h) => h.entry.ref === 'qingzhengbanfa-2018-49#3-1-3')!;
    const marked = hit.snippet.ranges.map(([s, e]) => hit.snippet.text.slice(s, e)).join('|');
    expect(marked).toMatch(/3日|三日|三天/);
    expect(marked).toContain('未到校');
  });

  it('start after punctuation when it is close and never cut inside a number', () => {
    const text = `${'甲'.repeat(150)}。乙乙乙乙乙乙送教上门丙丙丙${'丁'.repeat(60)}，年辍学率控制在1.8%以内${'戊'.repeat(100)}`;
    const snippet = makeSnippet(text, highlightRanges(text, ['送教上门']), 100);
    expect(snippet.text.startsWith('乙')).toBe(true);
    expect(snippet.text).not.toMatch(/\d$/);
    const cut = makeSnippet(text, highlightRanges(text, ['送教上门']), 93);
    expect(cut.text).not.toMatch(/1\.?$|1\.8$/);
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

describe('REQUIRED queries on postings cut to the entries holding every term', () => {
  it('give lunr’s own candidates and scores for every query of the relevance set', () => {
    const set = JSON.parse(readFileSync(new URL('../../search/relevance.json', import.meta.url), 'utf8')) as { queries: { query: string }[] };
    const view = fullView(JSON.parse(JSON.stringify(buildSearchIndex(siteStore()))));
    let narrowed = 0;
    for (const { query } of set.queries) {
      const found = candidates(view, query, { limit: 1 });
      const asked = found.terms.filter((t, k) => found.weights[k]! > 0 && [...t].length > 1);
      if (asked.length < 2 || asked.length < found.terms.filter((_, k) => found.weights[k]! > 0).length) continue;
      narrowed += 1;
      const direct = view.index.query((q) => asked.forEach((t) => q.term(t, { presence: lunr.Query.presence.REQUIRED, usePipeline: false })));
      for (const r of direct) expect(found.scores.get(Number(r.ref)), `${query} ${r.ref}`).toBe(r.score);
    }
    expect(narrowed).toBeGreaterThan(50);
  });
});
