import { hint } from '../../site/lib/text/did-you-mean.ts';
import { quote } from '../../site/lib/text/quote-value.ts';

export class UsageError extends Error {}

const lines: [string, string][] = [
  ['validate [--config-dir 目录]', '检查全部配置文件（格式、引用、继承），逐条给出 文件:行:列'],
  ['resolve <辖区标识> [--config-dir 目录]', '输出某辖区继承后的完整配置（JSON）'],
  ['build [--only <辖区标识>...] [--config-dir 目录] [--out 目录] [--force]', '生成静态网站（默认输出到 dist/）；会删除输出目录中其他辖区的页面时先停下，--force 才替换'],
  ['check <表单标识> <文件>... [--config-dir 目录]', '检查填好的表单文件（本站导出的 .json 或 .xlsx），逐条记录、逐个字段给出问题'],
  ['new <辖区标识> --name <名称> --parent <上级标识> [--level county] [--from <辖区或范本>]', '新建一个辖区配置文件（可从已有辖区或范本复制）'],
  ['import-document <文本文件> --id <文件标识> [--config-dir 目录] [--force]', '把政策文件正文（UTF-8 的 .txt；.docx 请先另存为 .txt）导入为 config/policies/<文件标识>.yaml；原文缺标题、发文机关时用 --title、--issuer 补上'],
  ['aggregate <辖区标识> <文件或文件夹>... [--period YYYY-MM] [--format table|json|csv|xlsx] [--out 文件] [--config-dir 目录]', '汇总各校月报表和学生个案记录：合计与辍学率对照目标，未报、零报告、逾期、重复，台账与下一步措施'],
];

/** More than one line of help for `npx baoxue <command> --help`, where a command needs it. */
const details: Record<string, string> = {
  new: [
    '选项：',
    '  --name <名称>           辖区的中文名称，例如 息县',
    '  --parent <上级标识>     上级辖区的标识（也可以写上级的中文名称，会提示对应的标识）；没有上级时写 national',
    '  --level <层级>          national 国家、province 省级、city 市级、county 县级（默认）、town 乡镇、school 学校',
    '  --from <辖区或范本>     从已有辖区（如 lushi）或范本复制：county 县级、town 乡镇、school 学校（见 config/templates/）',
    '  --config-dir <目录>     配置目录，默认 config',
    '',
    '示例：',
    '  npx baoxue new xixian --name 息县 --parent henan --from county',
    '  npx baoxue new qinghai --name 青海省 --level province --parent national',
  ].join('\n'),
};

/** `build --only <辖区标识>` → `<辖区标识>`: the placeholder the usage line gives an option. */
export function optionPlaceholder(option: string): string | undefined {
  for (const [l] of lines) {
    const m = new RegExp(`${option.replace(/[-]/g, '\\-')} (<[^>]+>|[^\\s\\]<>-][^\\s\\]]*)`).exec(l);
    if (m) return m[1];
  }
  return undefined;
}

/** The help of one command: its usage line, what it does, and its details. */
export function commandUsage(name: string): string {
  const entry = lines.find(([l]) => l.split(' ')[0] === name);
  if (!entry) return usage();
  const more = details[name] ? `\n${details[name]}\n` : '';
  return `用法：npx baoxue ${entry[0]}\n\n${entry[1]}。\n${more}\n退出码：0 正常，1 输入有误，2 用法错误。\n`;
}

export const commandNames = () => lines.map(([l]) => l.split(' ')[0]!);

export function usage(): string {
  const width = Math.max(...lines.map(([l]) => l.length));
  return `用法：npx baoxue <命令> [参数]\n\n命令：\n${lines.map(([l, d]) => `  ${l.padEnd(width)}  ${d}`).join('\n')}\n\n退出码：0 正常，1 输入有误，2 用法错误。\n`;
}

export function unknownCommand(name: string): UsageError {
  return new UsageError(`未知命令 ${quote(name)}。${hint(name, commandNames())}`);
}
