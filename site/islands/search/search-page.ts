/**
 * The search page. This first script is small: it wires the form, the
 * filters, the keyboard and the ?q= URL. The index and lunr arrive on first
 * use (focus, typing, or a ?q= link), through a dynamic import.
 */
import type { SearchFilters } from '../../lib/search/search.ts';
import type { ShardedSearcher } from '../../lib/search/sharded-searcher.ts';
import { describeResponse, renderResults } from './render-results.ts';
import { bindResultKeys } from './result-keys.ts';
import { bindSearchShortcut } from './search-shortcut.ts';

const form = document.querySelector<HTMLFormElement>('#search-form');
const list = document.querySelector<HTMLOListElement>('#search-results');
const status = document.querySelector<HTMLElement>('#search-status');
const printedQuery = document.querySelector<HTMLElement>('#search-query');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const more = document.querySelector<HTMLButtonElement>('#search-more');

/** Results per page: a first query fetches only what the first page needs (site/lib/search/README.md). */
const pageSize = 20;

const filterNames = { j: 'jurisdiction', doc: 'document', level: 'level', kind: 'kind', status: 'status' } as const;
type Param = keyof typeof filterNames;

if (form && list && status && input) {
  const select = (name: Param) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  let searcher: Promise<ShardedSearcher> | undefined;
  let loaded = false;
  const load = () =>
    (searcher ??= import('./load-searcher.ts')
      .then((m) => m.loadSearcher())
      .then((s) => {
        loaded = true;
        return s;
      })
      .catch((error: unknown) => {
        searcher = undefined;
        throw error;
      }));

  const filters = (): SearchFilters => {
    const out: SearchFilters = {};
    for (const [param, key] of Object.entries(filterNames) as [Param, keyof SearchFilters][]) {
      const value = select(param)?.value;
      if (value) (out as Record<string, string>)[key] = value;
    }
    return out;
  };

  const reflectInUrl = (q: string) => {
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const param of Object.keys(filterNames) as Param[]) {
      const value = select(param)?.value;
      if (value) url.searchParams.set(param, value);
    }
    history.replaceState(null, '', url);
  };

  let generation = 0;
  let limit = pageSize;
  let shown = '';
  const run = async () => {
    const q = input.value.trim();
    const mine = ++generation;
    const asked = JSON.stringify([q, filters()]);
    if (asked !== shown) limit = pageSize;
    shown = asked;
    if (more) more.hidden = true;
    reflectInUrl(q);
    if (printedQuery) printedQuery.textContent = q ? `检索词：${q}` : '';
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    if (!loaded) status.textContent = '正在加载检索索引……';
    try {
      const s = await load();
      if (mine !== generation) return;
      const response = await s.search(q, { filters: filters(), limit });
      if (mine !== generation) return;
      renderResults(list, response, s.context);
      status.textContent = describeResponse(response, s.context);
      if (more) more.hidden = response.total <= response.hits.length;
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = `检索索引加载失败（${error instanceof Error ? error.message : String(error)}），请检查网络后重试。`;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).tagName === 'SELECT') void run();
  });

  more?.addEventListener('click', () => {
    limit += pageSize;
    void run();
  });

  bindSearchShortcut(input);
  bindResultKeys(input, list);

  // A link such as /search/?q=四不办理&j=qingtongxia opens with its results.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const param of Object.keys(filterNames) as Param[]) {
    const value = params.get(param);
    const box = select(param);
    if (value && box && [...box.options].some((o) => o.value === value)) box.value = value;
  }
  if (input.value.trim()) void run();
}
