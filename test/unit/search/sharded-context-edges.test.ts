/**
 * Normalising a query over a sharded index (sharded-context.ts): each pass
 * notes the files it lacked, in stage order, and once they are loaded the
 * lookups answer what the whole lists would.
 */
import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../../site/lib/search/normalise-query.ts';
import { ShardedContext } from '../../../site/lib/search/sharded-context.ts';
import type { SearchManifest } from '../../../site/lib/search/shard-types.ts';

/** One bucket per lookup, so every key is in file 0. */
function manifest(over: Partial<SearchManifest> = {}): SearchManifest {
  return {
    version: 5,
    fields: ['heading', 'keywords', 'text', 'docNumber'],
    count: 10,
    forms: [9],
    clauses: [[0, 8]],
    pages: [],
    fragmentSize: 10,
    fragments: 1,
    buckets: { serials: 1, aliases: 1, names: 1, numbers: 1 },
    shortAliases: false,
    attachments: 2,
    scoredDf: 2_000,
    ...over,
  };
}

function files(): Record<string, unknown> {
  return {
    'serials-0.json': { '72': [['gb', '国办发〔2017〕72号']] },
    'aliases-0.json': [
      [0, '唐河县', 'tanghe'],
      [1, '唐河', 'tanghe'],
    ],
    'names-0.json': [
      [1, 'tanghe', '唐河县', 'county'],
      [0, 'national', '国家', 'national'],
    ],
    'doc-gb.json': { order: 0, document: { id: 'gb', title: '国办通知', label: '国办发〔2017〕72号', docNumber: '国办发〔2017〕72号', level: 'national', numbering: 'continuous' }, entries: [0, 2] },
    'clauses-gb.json': { clauses: [['1', 'c1'], ['2', 'c2'], ['11', 'c11']], entries: [0, 1, 2] },
    'doc-th.json': { order: 1, document: { id: 'th', title: '唐河方案', label: '唐河方案', level: 'county', numbering: 'nested', jurisdiction: 'tanghe' }, entries: [3, 4] },
    'clauses-th.json': { clauses: [['三', '3'], ['三(二)', '3-2']], entries: [3, 4] },
    'place-tanghe.json': { id: 'tanghe', documents: ['th'], origins: [[3, 5]] },
    'numbers-0.json': { 'c:11': [[0, 'gb', 'c11', 2]], 'n:三(二)': [[1, 'th', '3-2', 4]] },
    'attachments-1.json': [{ title: '登记表', form: 'dropout' }],
  };
}

function sharded(over: Partial<SearchManifest> = {}) {
  const all = files();
  const fetched: string[] = [];
  const context = new ShardedContext(manifest(over), async (path) => {
    fetched.push(path);
    if (!(path in all)) throw new Error(`missing ${path}`);
    return all[path];
  });
  return { context, fetched };
}

/** Normalise in passes until nothing is missing, as the sharded searcher does. */
async function normalise(context: ShardedContext, text: string) {
  const passes: string[][] = [];
  for (;;) {
    context.begin();
    const result = normaliseQuery(text, context);
    const misses = context.misses;
    if (misses.length === 0) return { result, passes };
    passes.push(misses);
    await context.load(misses);
  }
}

describe('ShardedContext', () => {
  it('fetches a 发文字号’s serial, then the document, and maps a clause number in it', async () => {
    const { context } = sharded();
    const { result, passes } = await normalise(context, '国办发〔2017〕72号 第11条');
    expect(result).toMatchObject({ documents: ['gb'], clauses: ['gb#c11'], text: '' });
    expect(passes[0]).toEqual(['serials-0.json', 'aliases-0.json']);
    expect(passes[1]).toEqual(['doc-gb.json', 'clauses-gb.json']);
    expect(context.clauseEntry('gb#c11')).toBe(2);
    expect(context.documentEntries(['gb'])).toEqual([0, 1, 2]);
    expect(context.documentEntries(['unknown'])).toEqual([]);
  });

  it('reads a place named, its documents, and whose entries it states', async () => {
    const { context } = sharded();
    const { result } = await normalise(context, '唐河 三(二)');
    expect(result).toMatchObject({ jurisdictions: ['tanghe'], clauses: ['th#3-2'], text: '' });
    expect(context.statedBy(['tanghe'], 3)).toBe(true);
    expect(context.statedBy(['tanghe'], 5)).toBe(true);
    expect(context.statedBy(['tanghe'], 6)).toBe(false);
    expect(context.statedBy(['tanghe'], 2)).toBe(false);
    expect(context.statedBy(['elsewhere'], 3)).toBe(false);
  });

  it('looks clause numbers up by number when nothing is named', async () => {
    const { context } = sharded();
    const { result } = await normalise(context, '第十一条');
    expect(result.clauses).toEqual(['gb#c11']);
    expect(context.clauseEntry('gb#c11')).toBe(2);
    expect(context.clauseEntry('gb#c99')).toBeUndefined();
  });

  it('finds a 附件 among every document’s, and none past the last', async () => {
    const { context, fetched } = sharded();
    expect((await normalise(context, '附件1')).result.attachments).toEqual(['form:dropout']);
    expect(context.attachmentsAt(3)).toEqual([]);
    expect(fetched).not.toContain('attachments-3.json');
  });

  it('notes nothing of a later stage while an earlier one lacks files', () => {
    const { context } = sharded();
    context.begin();
    expect(context.documentsNumbered('72')).toEqual([]);
    expect(context.documentsById(['gb'])).toEqual([]);
    expect(context.clausesNumbered('11', 'continuous')).toEqual([]);
    expect(context.misses).toEqual(['serials-0.json']);
    context.begin();
    expect(context.documentsById(['gb'])).toEqual([]);
    expect(context.clausesNumbered('11', 'continuous')).toEqual([]);
    expect(context.misses).toEqual(['doc-gb.json', 'clauses-gb.json']);
  });

  it('keeps documents and jurisdictions in the whole index’s order, each once', async () => {
    const { context, fetched } = sharded();
    await context.load(['doc-th.json']);
    await context.load(['doc-gb.json', 'doc-th.json']);
    expect(context.documents.map((d) => d.id)).toEqual(['gb', 'th']);
    expect(context.documents[0]!.clauses).toEqual([]);
    expect(fetched.filter((p) => p === 'doc-th.json')).toHaveLength(1);
    await context.load(['names-0.json']);
    expect(context.jurisdictions).toEqual([
      { id: 'national', name: '国家', level: 'national' },
      { id: 'tanghe', name: '唐河县', level: 'county' },
    ]);
  });

  it('fetches for labels only what is not loaded yet', async () => {
    const { context, fetched } = sharded();
    expect(await context.complete(['gb'], ['tanghe'])).toBe(true);
    expect(fetched).toEqual(['doc-gb.json', 'names-0.json']);
    expect(await context.complete(['gb'], ['tanghe', 'national'])).toBe(false);
    expect(fetched).toHaveLength(2);
  });

  it('tries a failed file again on the next load', async () => {
    const { context, fetched } = sharded();
    await expect(context.load(['doc-nothing.json'])).rejects.toThrow('missing');
    await expect(context.load(['doc-nothing.json'])).rejects.toThrow('missing');
    expect(fetched).toEqual(['doc-nothing.json', 'doc-nothing.json']);
  });

  it('looks up single characters as well when some place name is one character', () => {
    const { context } = sharded({ shortAliases: true });
    context.begin();
    context.aliasesIn('甲');
    expect(context.misses).toEqual(['aliases-0.json']);
    const plain = sharded().context;
    plain.begin();
    plain.aliasesIn('甲');
    expect(plain.misses).toEqual([]);
  });
});
