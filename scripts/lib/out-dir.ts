/**
 * Astro empties its output folder before it writes. Before handing over, the
 * build command asks what that folder holds, so a `--only` build never wipes
 * other jurisdictions' pages (or a folder that is not a site at all) without
 * saying so first.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type OutDirState =
  | { kind: 'empty' }
  /** a site built by this tool: the jurisdictions it holds */
  | { kind: 'site'; jurisdictions: string[] }
  /** something else: its first few entries */
  | { kind: 'other'; entries: string[] };

export function outDirState(dir: string): OutDirState {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { kind: 'empty' };
  const entries = readdirSync(dir).sort();
  if (entries.length === 0) return { kind: 'empty' };
  const api = join(dir, 'api', 'jurisdictions');
  if (existsSync(api) && statSync(api).isDirectory()) {
    return { kind: 'site', jurisdictions: readdirSync(api).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort() };
  }
  return { kind: 'other', entries: entries.slice(0, 5) };
}

/**
 * Why building `building` into a folder in `state` would lose something, in
 * Chinese, or undefined when nothing is lost (empty, or a site whose
 * jurisdictions this build writes again).
 */
export function lossOnReplace(shown: string, state: OutDirState, building: string[], name: (id: string) => string): string | undefined {
  if (state.kind === 'empty') return undefined;
  if (state.kind === 'other') {
    return `输出目录 ${shown} 不是空目录，也不是本工具生成的网站（其中有 ${state.entries.join('、')}……），生成网站时会清空它。`;
  }
  const lost = state.jurisdictions.filter((id) => !building.includes(id));
  if (lost.length === 0) return undefined;
  return `输出目录 ${shown} 中已有 ${lost.map(name).join('、')} 的页面，本次不生成它们；生成网站时会先清空该目录，这些页面将被删除。`;
}
