/**
 * What the service worker stores on a first visit to a form page of the
 * built site (dist/, or BAOXUE_OUT_DIR), computed from the build as sw.js
 * does it: the shell installed on any first visit, plus the form pages of
 * the visited page's jurisdiction and every file they load (on first use
 * too). Printed for the largest jurisdiction, beside what caching every
 * built asset (the former install list) would take. Neither the shell nor a
 * jurisdiction's share depends on how many jurisdictions the site has,
 * except the home page's list of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assetClosure, assetsNamedIn } from '../../site/offline/asset-graph.ts';
import { offlinePlan } from '../../site/offline/offline-integration.ts';
import type { Metrics } from './metrics.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function run(): Promise<Metrics> {
  const root = resolve(process.env.BAOXUE_OUT_DIR ?? 'dist');
  if (!existsSync(join(root, 'sw.js'))) {
    console.log(`找不到构建结果 ${root}/sw.js：请先运行 npm run build（或设置 BAOXUE_OUT_DIR）。`);
    return {};
  }
  const file = (sitePath: string) => join(root, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
  const sizes = (paths: string[]) =>
    paths.reduce(
      (a, p) => {
        const bytes = readFileSync(file(p));
        return { raw: a.raw + bytes.length, gzip: a.gzip + gzipSync(bytes, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  const plan = offlinePlan(root);
  const shell = sizes(plan.shell);
  let worst = { id: '', pages: 0, files: 0, raw: 0, gzip: 0 };
  let jurisdictions = 0;
  for (const id of readdirSync(root)) {
    const forms = join(root, id, 'forms');
    // A jurisdiction's forms folder has its form list page (dist/api/forms/ holds data, not pages).
    if (!existsSync(join(forms, 'index.html'))) continue;
    jurisdictions++;
    // The pages a form page asks to keep: the jurisdiction's form index and each form.
    const pages = [`/${id}/forms/`, ...readdirSync(forms).filter((f) => existsSync(join(forms, f, 'index.html'))).map((f) => `/${id}/forms/${f}/`)];
    const named = pages.flatMap((p) => assetsNamedIn(readFileSync(file(p), 'utf8')));
    const assets = assetClosure(plan.graph, named).filter((a) => !plan.shell.includes(a) && existsSync(file(a)));
    const s = sizes([...pages, ...assets]);
    if (s.gzip > worst.gzip) worst = { id, pages: pages.length, files: assets.length, ...s };
  }
  const everything = sizes(plan.assets);
  const total = { raw: shell.raw + worst.raw, gzip: shell.gzip + worst.gzip };
  console.log(`${root}：${jurisdictions} 个辖区有表单页`);
  console.log(`安装时（外壳：首页与样式，${plan.shell.length} 个文件）：${kb(shell.raw)} / gzip ${kb(shell.gzip)}`);
  console.log(`首次打开表单页后（${worst.id}：${worst.pages} 个表单页，${worst.files} 个代码文件）：再加 ${kb(worst.raw)} / gzip ${kb(worst.gzip)}`);
  console.log(`首次访问共缓存 ${kb(total.raw)} / gzip ${kb(total.gzip)}；缓存全部 ${plan.assets.length} 个资源文件则为 ${kb(everything.raw)} / gzip ${kb(everything.gzip)}`);
  return { firstVisitGzip: total.gzip, shellGzip: shell.gzip, everyAssetGzip: everything.gzip };
}
