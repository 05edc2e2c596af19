import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { formatDiagnostic, sortDiagnostics } from '../../site/lib/config/diagnostic.ts';
import { loadConfig, type ConfigSet } from '../../site/lib/config/load-config.ts';
import { didYouMeanNamed, hint, namedHint } from '../../site/lib/text/did-you-mean.ts';
import { configDirOption, parse, shippedConfigDir } from './args.ts';
import { UsageError } from './usage.ts';
import { quote } from '../../site/lib/text/quote-value.ts';

const levels = ['national', 'province', 'city', 'county', 'town', 'school'];
/** The level to suggest for a parent that does not exist yet, by the new jurisdiction's level. */
const parentLevel: Record<string, string> = { province: 'national', city: 'province', county: 'province', town: 'county', school: 'town' };

const isHan = (s: string) => /\p{Script=Han}/u.test(s);

function unknownParentMessage(set: ConfigSet, id: string, name: string, parent: string, level: string): string {
  const named = [...set.jurisdictions.values()].map((j) => ({ id: j.data.id, name: j.data.name }));
  const guess = didYouMeanNamed(parent, named);
  const lines = [`找不到上级辖区 ${quote(parent)}。${namedHint(parent, named)}`];
  const parentId = isHan(parent) ? '<上级标识>' : parent;
  const parentName = isHan(parent) ? parent : '<上级名称>';
  const up = parentLevel[level] ?? 'province';
  lines.push(
    guess ? '如果不是它，可以：' : '可以：',
    `  1. 先创建上级辖区：npx baoxue new ${parentId} --name ${parentName} --level ${up} --parent national，再重新运行本命令；`,
    `  2. 或先挂在国家级下：npx baoxue new ${id} --name ${name} --parent national（以后可以把 parent 改成上级的标识）。`,
    `已有辖区：${named.map((j) => `${j.id}（${j.name}）`).join('、')}。`,
  );
  return `${lines.join('\n')}\n`;
}

function templateDirs(configDir: string): string[] {
  return [join(configDir, 'templates'), join(shippedConfigDir, 'templates')].filter((d, i, all) => existsSync(d) && all.indexOf(d) === i);
}

function templateNames(configDir: string): string[] {
  const names = templateDirs(configDir).flatMap((d) => readdirSync(d).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')));
  return [...new Set(names)].sort();
}

/** The YAML text to start from: a jurisdiction of this config, else a template; undefined when neither exists. */
function sourceText(set: ConfigSet, configDir: string, from: string): { text: string; what: string } | undefined {
  const j = set.jurisdictions.get(from);
  if (j) return { text: readFileSync(join(configDir, 'jurisdictions', `${from}.yaml`), 'utf8'), what: `辖区 ${from}（${j.data.name}）` };
  for (const dir of templateDirs(configDir)) {
    const path = join(dir, `${from}.yaml`);
    if (existsSync(path)) return { text: readFileSync(path, 'utf8'), what: `范本 ${from} ` };
  }
  return undefined;
}

/** A copy of `text` with the new identity; comments and the rest are kept for the clerk to edit. */
function copyFrom(text: string, what: string, id: string, name: string, parent: string, level: string | undefined): string {
  const doc = parseDocument(text);
  doc.set('id', id);
  doc.set('name', name);
  doc.set('parent', parent);
  if (level) doc.set('level', level);
  // The source's note explains how *its* file was compiled from *its* documents: not true of the copy.
  doc.delete('note');
  const header = [
    ` ${name}的控辍保学配置，由${what}复制。未写的内容从上级辖区（${parent}）继承。`,
    ' 请逐项改成本辖区文件的规定：目标、领导小组名单、职责、出处条款（source）都还是原来的。',
    ` 写完后运行 npx baoxue validate 检查，npx baoxue resolve ${id} 查看继承后的结果。`,
  ].join('\n');
  doc.commentBefore = doc.commentBefore ? `${header}\n\n${doc.commentBefore}` : header;
  return doc.toString({ lineWidth: 0 });
}

function scaffold(id: string, name: string, parent: string, level: string): string {
  return [
    `# ${name}的控辍保学配置。未写的内容从上级辖区（${parent}）继承。`,
    '# 写完后运行 npx baoxue validate 检查，npx baoxue resolve ' + id + ' 查看继承后的结果。',
    '# 也可以从范本开始：npx baoxue new ' + id + ' --name ' + name + ' --parent ' + parent + ' --from county（范本见 config/templates/）。',
    `id: ${id}`,
    `name: ${name}`,
    `level: ${level}`,
    `parent: ${parent}`,
    '# documents:        # 本辖区的政策文件（config/policies/ 中的文件标识）',
    '# targets:          # 工作目标，例如：',
    '#   - indicator: consolidation-rate',
    "#     comparator: '>='",
    '#     value: 96',
    '#     year: 2025',
    '#     source: 文件标识#条款标识',
    '',
  ].join('\n');
}

export async function newCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    ...configDirOption,
    name: { type: 'string' },
    parent: { type: 'string' },
    level: { type: 'string' },
    from: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('new 需要一个辖区标识，例如 npx baoxue new xixian --name 息县 --parent henan。');
  if (!values.name) throw new UsageError('缺少 --name <名称>。');
  if (!values.parent) throw new UsageError('缺少 --parent <上级标识>。');
  const id = positionals[0]!;
  const configDir = values['config-dir'];
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    process.stderr.write(`辖区标识 ${quote(id)} 不合法：只能用小写英文字母、数字和连字符，例如 xixian。\n`);
    return 1;
  }
  if (values.level !== undefined && !levels.includes(values.level)) {
    process.stderr.write(`层级 ${quote(values.level)} 不合法，可选：${levels.join('、')}。${hint(values.level, levels)}\n`);
    return 1;
  }
  const set = loadConfig(configDir);
  if (!set.jurisdictions.has(values.parent)) {
    process.stderr.write(unknownParentMessage(set, id, values.name, values.parent, values.level ?? 'county'));
    return 1;
  }
  const path = join(configDir, 'jurisdictions', `${id}.yaml`);
  if (existsSync(path) || set.jurisdictions.has(id)) {
    process.stderr.write(`辖区 ${quote(id)} 已存在（${relative(process.cwd(), path)}），未做任何修改。\n`);
    return 1;
  }
  let yaml: string;
  if (values.from !== undefined) {
    const source = sourceText(set, configDir, values.from);
    if (!source) {
      const templates = templateNames(configDir);
      process.stderr.write(
        `找不到范本或辖区 ${quote(values.from)}。${hint(values.from, [...templates, ...set.jurisdictions.keys()])}\n` +
          `可用的范本：${templates.join('、')}（见 config/templates/）；也可以写已有辖区的标识：${[...set.jurisdictions.keys()].join('、')}。\n`,
      );
      return 1;
    }
    yaml = copyFrom(source.text, source.what, id, values.name, values.parent, values.level);
  } else {
    yaml = scaffold(id, values.name, values.parent, values.level ?? 'county');
  }
  mkdirSync(join(configDir, 'jurisdictions'), { recursive: true });
  writeFileSync(path, yaml);
  const shown = relative(process.cwd(), path);
  // Say at once what the copy still needs (e.g. a level above its parent's), rather than at the next validate.
  const after = loadConfig(configDir);
  const own = sortDiagnostics(after.diagnostics.filter((d) => d.file === shown));
  for (const d of own) process.stdout.write(`${formatDiagnostic(d)}\n`);
  process.stdout.write(`已创建 ${shown}。下一步：按本辖区的文件修改它，然后运行 npx baoxue validate。\n`);
  return own.some((d) => d.severity === 'error') ? 1 : 0;
}
