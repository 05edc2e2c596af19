import { describe, expect, it } from 'vitest';
import { assetClosure, assetsNamedIn, chunkImports } from '../../../site/offline/asset-graph.ts';

describe('asset graph', () => {
  it('finds the assets a page names in any attribute, once each', () => {
    const html =
      '<link rel=stylesheet href="/_astro/a.1.css"><link rel="modulepreload" href="/_astro/b.2.js">' +
      '<astro-island component-url="/_astro/C.3.js" renderer-url="/_astro/client.4.js" props="{&quot;x&quot;:1}"></astro-island>' +
      '<script type="module" src="/_astro/b.2.js"></script><a href="/tanghe/forms/">表单</a><img src="/_astro/d.5.svg">';
    expect(assetsNamedIn(html)).toEqual(['/_astro/a.1.css', '/_astro/b.2.js', '/_astro/C.3.js', '/_astro/client.4.js', '/_astro/d.5.svg']);
    // An unquoted attribute is still found.
    expect(assetsNamedIn('<link href=/_astro/a.1.css>')).toEqual(['/_astro/a.1.css']);
  });

  it('reads static, bare and dynamic imports of a minified chunk, and asset URLs in it', () => {
    const code = 'import{a as b}from"./x.1.js";import"./y.2.js";const z=()=>import("./z.3.js"),w=new URL("/_astro/w.4.wasm",import.meta.url);export{c}from \'./v.5.js\';';
    expect(chunkImports('/_astro/App.0.js', code)).toEqual(['/_astro/v.5.js', '/_astro/w.4.wasm', '/_astro/x.1.js', '/_astro/y.2.js', '/_astro/z.3.js']);
    expect(chunkImports('/_astro/a.css', 'src:url(/_astro/f.woff2)')).toEqual(['/_astro/f.woff2']);
  });

  it('follows imports transitively, through cycles', () => {
    const graph = { '/a': ['/b'], '/b': ['/c', '/a'], '/c': [], '/d': ['/a'] };
    expect(assetClosure(graph, ['/a'])).toEqual(['/a', '/b', '/c']);
    expect(assetClosure(graph, [])).toEqual([]);
  });
});
