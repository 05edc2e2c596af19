/**
 * The reference for the build cost: a bare Astro project in a temp folder —
 * one `[id].astro` page whose getStaticPaths returns `pages` ids, built with
 * the project's own installed astro (its node_modules linked in), static
 * output, no integrations. Only this generator is committed, never the project.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareAstro(dir: string, repoRoot: string, pages: number): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-reference', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ devToolbar: { enabled: false } });\n");
  writeFileSync(
    join(dir, 'src', 'pages', '[id].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`page-\${i}\` }, props: { n: i } }));
}
const { n } = Astro.props;
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>第 {n} 页</title></head>
  <body><h1>第 {n} 页</h1><p>这是参照用的空白页面。</p></body>
</html>
`,
  );
}
