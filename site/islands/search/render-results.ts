/**
 * Search hits as DOM: a link (document + clause number, heading) that is the
 * keyboard stop, the snippet with the matched words marked, and a meta line.
 * Built with DOM calls, never innerHTML.
 */
import { bookTitle } from '../../lib/policies/book-title.ts';
import type { Range, SearchContext, SearchHit, SearchResponse } from '../../lib/search/search.ts';
import { entryKindLabels } from './entry-kind-labels.ts';
import { isLapsed, statusText } from '../../lib/policies/document-status.ts';

const levelLabels: Record<string, string> = { national: '国家', province: '省级', city: '市级', county: '县级', town: '乡镇', school: '学校' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with <mark> around each range. */
export function marked(text: string, ranges: Range[]): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.append(text.slice(at, start));
    out.append(el('mark', undefined, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) out.append(text.slice(at));
  return out;
}

function renderHit(hit: SearchHit, store: SearchContext): HTMLLIElement {
  const { entry } = hit;
  const li = el('li', 'result');
  const link = el('a', 'result-link');
  link.href = hit.url;
  const title = el('span', 'result-title', hit.title);
  link.append(title);
  if (entry.heading) {
    const heading = el('span', 'result-heading');
    heading.append(marked(entry.heading, hit.headingRanges));
    link.append(' ', heading);
  }
  li.append(link);
  if (hit.snippet.text && hit.snippet.text !== entry.heading) {
    const snippet = el('p', 'result-snippet');
    if (hit.snippet.before) snippet.append('…');
    snippet.append(marked(hit.snippet.text, hit.snippet.ranges));
    if (hit.snippet.after) snippet.append('…');
    li.append(snippet);
  }
  if (hit.choices.length > 0) {
    // The link above opens the national version; a county's own form is one click away, never a guess.
    const choices = el('p', 'result-choices', '填写本地表单：');
    hit.choices.forEach((c, i) => {
      if (i > 0) choices.append('、');
      const a = el('a', undefined, c.label);
      a.href = c.url;
      choices.append(a);
    });
    li.append(choices);
  }
  const meta = el('p', 'result-meta');
  meta.append(el('span', 'tag kind', entryKindLabels[entry.kind]));
  if (hit.pinned) meta.append(el('span', 'tag', '条款号匹配'));
  const doc = entry.document ? store.documents.find((d) => d.id === entry.document) : undefined;
  if (entry.status) {
    // The status says whether the clause still binds anyone: it sits next to the kind, before the title.
    const text = statusText({ status: entry.status, ...(doc?.statusDate ? { statusDate: doc.statusDate } : {}) });
    meta.append(el('span', `tag status status-${entry.status}${isLapsed(entry.status) ? ' lapsed' : ''}`, entry.kind === 'clause' ? text : `所依据文件${text}`));
  }
  if (entry.kind === 'clause' && doc) meta.append(el('span', undefined, bookTitle(doc.title)));
  else if (doc) meta.append(el('span', undefined, `依据 ${doc.label}`));
  meta.append(el('span', undefined, levelLabels[entry.level] ?? entry.level));
  li.append(meta);
  return li;
}

export function renderResults(list: HTMLOListElement, response: SearchResponse, store: SearchContext): void {
  list.replaceChildren(...response.hits.map((hit) => renderHit(hit, store)));
}

/** One sentence for the status line: how many, what was recognised, what was ignored. */
export function describeResponse(response: SearchResponse, store: SearchContext): string {
  const { query, total, hits } = response;
  const parts: string[] = [];
  if (total === 0) parts.push('没有找到结果。请换一个说法，或减少词语、取消筛选。');
  else parts.push(`找到 ${total} 条结果${total > hits.length ? `，显示前 ${hits.length} 条` : ''}。`);
  const named = query.documents.map((id) => store.documents.find((d) => d.id === id)?.docNumber ?? id);
  if (named.length) parts.push(`已识别文件：${named.join('、')}。`);
  if (query.clauses.length) parts.push(`已识别条款：${hits.filter((h) => h.pinned).map((h) => h.entry.title).join('、') || query.clauses.join('、')}。`);
  const places = query.jurisdictions.map((id) => store.jurisdictions.find((j) => j.id === id)?.name ?? id);
  if (places.length) parts.push(`优先显示${places.join('、')}的规定。`);
  if (query.asksForm) parts.push('按表单问题查找，优先显示表单。');
  if (hits.some((h) => h.choices.length > 0)) parts.push('表单链接打开国家通用版；各地表单请点结果下方的辖区名，或在“适用辖区”中选择。');
  if (query.dropped.length) parts.push(`已忽略：${[...new Set(query.dropped)].join('、')}。`);
  const top = hits[0];
  if (response.fallback) parts.push('该文件中没有包含其余词语的条款，以下列出该文件的全部条款。');
  else if (top && !top.pinned && !top.complete) parts.push('没有同时包含全部词语的结果，以下按匹配词语多少排序。');
  return parts.join('');
}
