/**
 * Build time: search entries → the index file the browser loads. Terms come
 * from the shared tokenizer; lunr's own pipelines (English stemmer, stop
 * words) are reset, because they would mangle or drop Chinese terms.
 */
import lunr from 'lunr';
import { packIndex } from './compact-index.ts';
import { entryFields, fieldBoosts } from './index-fields.ts';
import type { SearchIndexFile, SearchStore } from './search-types.ts';

/**
 * The index exactly as lunr's Builder makes it. The site ships the packed form
 * (see compact-index.ts); this is the reference it is tested against.
 */
export function buildLunrIndex(store: SearchStore): lunr.Index {
  const docNumbers = new Map(store.documents.map((d) => [d.id, d.docNumber]));
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  // No term positions: hits are highlighted by substring match, which keeps the index small.
  builder.metadataWhitelist = [];
  builder.ref('id');
  for (const [name, boost] of Object.entries(fieldBoosts)) builder.field(name, { boost });
  store.entries.forEach((entry, i) => {
    // lunr's default tokenizer takes arrays of ready-made tokens as they are.
    builder.add({ id: String(i), ...entryFields(entry, entry.document ? docNumbers.get(entry.document) : undefined) });
  });
  return builder.build();
}

export function buildSearchIndex(store: SearchStore): SearchIndexFile {
  return { version: 1, index: packIndex(store), store };
}
