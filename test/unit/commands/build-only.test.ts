/**
 * `baoxue build --only`: a county's own site without dead links (its
 * ancestors and every document its pages cite are built too), which never
 * replaces another build's pages unannounced.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../cli/run-cli.ts';
import { deadLinks } from './link-check.ts';

const work = mkdtempSync(join(tmpdir(), 'baoxue-build-only-'));
const config = join(work, 'config');
const out = join(work, 'site');
let build: ReturnType<typeof runCli>;

beforeAll(() => {
  cpSync(join(repoRoot, 'config'), config, { recursive: true });
  // A town just created under 卢氏县, with no document of its own yet.
  writeFileSync(join(config, 'jurisdictions/test-town.yaml'), 'id: test-town\nname: 测试镇\nlevel: town\nparent: lushi\n');
  build = runCli(['build', '--only', 'lushi', '--only', 'test-town', '--config-dir', config, '--out', out]);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('baoxue build --only lushi', () => {
  it('builds the named jurisdictions and their ancestors, and says so', () => {
    expect(build.stderr).not.toMatch(/\s+at\s/);
    expect(build.code).toBe(0);
    expect(build.stdout).toContain('只生成 卢氏县、测试镇，以及其上级 国家、河南省');
    for (const id of ['national', 'henan', 'lushi', 'test-town']) expect(existsSync(join(out, id, 'index.html')), id).toBe(true);
    for (const id of ['tanghe', 'qingtongxia', 'bandang']) expect(existsSync(join(out, id)), id).toBe(false);
    // What lushi cites is there; a document nobody in the build cites is not.
    for (const doc of ['luzhengban-2019-18', 'guobanfa-2017-72', 'yuzhengban-2018-8']) expect(existsSync(join(out, 'policies', doc, 'index.html')), doc).toBe(true);
    expect(existsSync(join(out, 'policies', 'tanghe-jiaoji-2022-33'))).toBe(false);
  });

  it('the link checker itself finds a missing page and a missing anchor', () => {
    const site = join(work, 'tiny');
    mkdirSync(join(site, 'a'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<a href="/a/#x">ok</a> <a href="/a/#nope">anchor</a> <a href="/b/">page</a> <a href="https://example.org/">away</a>');
    writeFileSync(join(site, 'a', 'index.html'), '<h2 id="x">x</h2>');
    expect(deadLinks(site).dead).toEqual([
      { page: '/', link: '/a/#nope', why: '页面中没有 id="nope"' },
      { page: '/', link: '/b/', why: '没有这个文件' },
    ]);
  });

  it('has no dead internal link', () => {
    const { pages, links, dead } = deadLinks(out);
    expect(pages).toBeGreaterThan(20);
    expect(links).toBeGreaterThan(500);
    expect(dead).toEqual([]);
  });

  it('a jurisdiction with no documents of its own says so, and lists its parents’ documents', () => {
    const html = readFileSync(join(out, 'test-town', 'index.html'), 'utf8');
    expect(html).toContain('本辖区尚未收录本级政策文件，适用下列上级文件');
    expect(html).toContain('/policies/luzhengban-2019-18/');
    expect(readFileSync(join(out, 'lushi', 'index.html'), 'utf8')).not.toContain('尚未收录本级政策文件');
  });

  it('refuses to replace a folder holding other jurisdictions’ pages, and says how to go on', () => {
    const again = runCli(['build', '--only', 'lushi', '--config-dir', config, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('中已有 测试镇 的页面，本次不生成它们');
    expect(again.stderr).toContain('请用 --out 指定一个新的（或空的）目录；确要替换，请加 --force。');
    expect(existsSync(join(out, 'test-town', 'index.html'))).toBe(true);
  });

  it('refuses a non-empty folder that is not a built site', () => {
    const other = join(work, 'documents');
    mkdirSync(other);
    writeFileSync(join(other, '工作总结.docx'), '');
    const r = runCli(['build', '--only', 'lushi', '--config-dir', config, '--out', other]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是空目录，也不是本工具生成的网站（其中有 工作总结.docx……）');
    expect(existsSync(join(other, '工作总结.docx'))).toBe(true);
  });
});
