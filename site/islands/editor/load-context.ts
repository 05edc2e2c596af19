/**
 * The files a jurisdiction's check depends on, fetched from this site
 * (/api/config/…) and kept for the page's lifetime: its ancestors and the
 * documents it cites. A file that cannot be fetched (offline, never cached)
 * is simply absent, and the check then reports the missing reference.
 */
import { configFileUrl, type ConfigIndex } from '../../lib/editor/config-index.ts';
import { ancestorIds, citedDocuments, type EditorContext } from '../../lib/editor/edited-files.ts';
import type { ConfigSource } from '../../lib/config/load-sources.ts';

const cache = new Map<string, Promise<string | null>>();

export function fetchText(url: string): Promise<string | null> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url).then((r) => (r.ok ? r.text() : null), () => null);
    cache.set(url, p);
  }
  return p;
}

async function sources(folder: 'jurisdictions' | 'policies', ids: string[]): Promise<ConfigSource[]> {
  const texts = await Promise.all(ids.map((id) => fetchText(configFileUrl(folder, id))));
  return ids.flatMap((id, i) => (texts[i] === null ? [] : [{ file: `config/${folder}/${id}.yaml`, name: `${id}.yaml`, text: texts[i]! }]));
}

export async function loadContext(data: Record<string, unknown>, index: ConfigIndex, extraPolicies: ConfigSource[] = []): Promise<EditorContext> {
  const parents = new Map(index.jurisdictions.map((j) => [j.id, j.parent]));
  const ancestors = ancestorIds(typeof data.parent === 'string' ? data.parent : undefined, parents);
  const known = new Set(index.documents.map((d) => d.id));
  const own = new Set(extraPolicies.map((p) => p.name.replace(/\.yaml$/, '')));
  const docs = citedDocuments(data).filter((d) => known.has(d) && !own.has(d));
  const [jurisdictions, policies] = await Promise.all([sources('jurisdictions', ancestors), sources('policies', docs)]);
  return { jurisdictions, policies: [...policies, ...extraPolicies] };
}
