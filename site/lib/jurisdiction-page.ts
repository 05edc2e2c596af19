import { allResolved, builtJurisdictionIds, resolved } from './site-data.ts';

/** getStaticPaths for every per-jurisdiction page. */
export function jurisdictionPaths() {
  return builtJurisdictionIds().map((id) => ({ params: { jurisdiction: id } }));
}

/** The resolved jurisdiction of a page plus id → name for everything it may mention. */
export function jurisdictionPageData(id: string) {
  const j = resolved(id);
  const names = new Map(allResolved().map((x) => [x.id, x.name]));
  for (const a of j.ancestors) names.set(a.id, a.name);
  const origin = (from: string) => (from === j.id ? '本级' : `继承自${names.get(from) ?? from}`);
  return { j, names, origin };
}
