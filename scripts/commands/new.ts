import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadConfig } from '../../site/lib/config/load-config.ts';
import { hint } from '../../site/lib/text/did-you-mean.ts';
import { configDirOption, parse } from './args.ts';
import { UsageError } from './usage.ts';

const levels = ['national', 'province', 'city', 'county', 'town', 'school'];

export async function newCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    ...configDirOption,
    name: { type: 'string' },
    parent: { type: 'string' },
    level: { type: 'string', default: 'county' },
  });
  if (positionals.length !== 1) throw new UsageError('new 需要一个辖区标识，例如 npx baoxue new xixian --name 息县 --parent henan。');
  if (!values.name) throw new UsageError('缺少 --name <名称>。');
  if (!values.parent) throw new UsageError('缺少 --parent <上级辖区标识>。');
  const id = positionals[0]!;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    process.stderr.write(`辖区标识 “${id}” 不合法：只能用小写英文字母、数字和连字符，例如 xixian。\n`);
    return 1;
  }
  if (!levels.includes(values.level)) {
    process.stderr.write(`层级 “${values.level}” 不合法，可选：${levels.join('、')}。${hint(values.level, levels)}\n`);
    return 1;
  }
  const set = loadConfig(values['config-dir']);
  if (!set.jurisdictions.has(values.parent)) {
    process.stderr.write(`找不到上级辖区 “${values.parent}”。${hint(values.parent, set.jurisdictions.keys())}\n`);
    return 1;
  }
  const path = join(values['config-dir'], 'jurisdictions', `${id}.yaml`);
  if (existsSync(path) || set.jurisdictions.has(id)) {
    process.stderr.write(`辖区 “${id}” 已存在（${relative(process.cwd(), path)}），未做任何修改。\n`);
    return 1;
  }
  const yaml = [
    `# ${values.name}的控辍保学配置。未写的内容从上级辖区（${values.parent}）继承。`,
    '# 写完后运行 npx baoxue validate 检查，npx baoxue resolve ' + id + ' 查看继承后的结果。',
    `id: ${id}`,
    `name: ${values.name}`,
    `level: ${values.level}`,
    `parent: ${values.parent}`,
    '# documents:        # 本辖区的政策文件（config/policies/ 中的文件标识）',
    '# targets:          # 工作目标，例如：',
    '#   - indicator: consolidation-rate',
    "#     comparator: '>='",
    '#     value: 96',
    '#     year: 2025',
    '#     source: 文件标识#条款标识',
    '',
  ].join('\n');
  mkdirSync(join(values['config-dir'], 'jurisdictions'), { recursive: true });
  writeFileSync(path, yaml);
  process.stdout.write(`已创建 ${relative(process.cwd(), path)}。\n`);
  return 0;
}
