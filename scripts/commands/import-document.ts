/**
 * `baoxue import-document <text file> --id <document-id>`: a document's text →
 * config/policies/<id>.yaml, with a Chinese report of what was found and every
 * line that was not placed in the clause tree. The parsing is
 * site/lib/import-document (shared with the editor).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { decodeDocumentBytes, importSummary, parseDocument, policyYaml } from '../../site/lib/import-document/index.ts';
import { configDirOption, parse } from './args.ts';
import { UsageError } from './usage.ts';
import { quote } from '../../site/lib/text/quote-value.ts';

function knownDocuments(policiesDir: string): { id: string; docNumber?: string }[] {
  if (!existsSync(policiesDir)) return [];
  return readdirSync(policiesDir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .flatMap((f) => {
      try {
        const data = parseYaml(readFileSync(join(policiesDir, f), 'utf8')) as { id?: unknown; docNumber?: unknown };
        return typeof data?.id === 'string' ? [{ id: data.id, ...(typeof data.docNumber === 'string' ? { docNumber: data.docNumber } : {}) }] : [];
      } catch {
        // a broken file is validate's to report; here it only cannot be cited
        return [];
      }
    });
}

export async function importDocumentCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    ...configDirOption,
    id: { type: 'string' },
    force: { type: 'boolean', default: false },
    title: { type: 'string' },
    issuer: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('import-document 需要一个文本文件，例如 npx baoxue import-document 方案.txt --id xixian-2024-plan。');
  if (!values.id) throw new UsageError('缺少 --id <文件标识>，例如 --id xixian-jiaoji-2024-5（小写英文字母、数字和连字符）。');
  const id = values.id;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    process.stderr.write(`文件标识 ${quote(id)} 不合法：只能用小写英文字母、数字和连字符，例如 xixian-jiaoji-2024-5。\n`);
    return 1;
  }
  const file = positionals[0]!;
  if (!existsSync(file)) {
    process.stderr.write(`找不到文件 ${quote(file)}。\n`);
    return 1;
  }
  const decoded = decodeDocumentBytes(new Uint8Array(readFileSync(file)));
  if (!decoded.ok) {
    process.stderr.write(`${file}：${decoded.message}\n`);
    return 1;
  }
  const doc = parseDocument(decoded.text);
  if (doc.clauses.length === 0) {
    process.stderr.write(
      `${file}：没有找到任何编号的条款（一、 （一） 1. （1） ① 第一条 第一章 ……），无法生成条款树。` +
        '请确认复制的是文件正文，且每个条款的编号在行首。\n',
    );
    return 1;
  }
  const title = values.title ?? doc.metadata.title;
  const issuer = values.issuer ?? doc.metadata.issuer;
  const missing = [!title && '标题（请在第一行写上文件标题，或用 --title 指定）', !issuer && '发文机关（请在标题前或文末落款写上机关名称，或用 --issuer 指定）'].filter(Boolean);
  if (missing.length) {
    process.stderr.write(`${file}：没有找到${missing.join('；也没有找到')}。未写入任何文件。\n`);
    return 1;
  }
  const policiesDir = join(values['config-dir'], 'policies');
  const path = join(policiesDir, `${id}.yaml`);
  const known = knownDocuments(policiesDir);
  if (!values.force && (existsSync(path) || known.some((d) => d.id === id))) {
    process.stderr.write(`文件 ${quote(id)} 已存在（${relative(process.cwd(), path) || path}），未做任何修改。要覆盖请加 --force。\n`);
    return 1;
  }
  const yaml = policyYaml(doc, { id, sourceName: basename(file), title: title!, issuer: issuer!, knownDocuments: known.filter((d) => d.id !== id) });
  mkdirSync(policiesDir, { recursive: true });
  writeFileSync(path, yaml);
  process.stdout.write(importSummary(doc, { path: relative(process.cwd(), path) || path, title: title!, issuer: issuer! }));
  return 0;
}
