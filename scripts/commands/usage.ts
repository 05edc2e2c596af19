import { hint } from '../../site/lib/text/did-you-mean.ts';

export class UsageError extends Error {}

const lines: [string, string][] = [
  ['validate [--config-dir 目录]', '检查全部配置文件（格式、引用、继承），逐条给出 文件:行:列'],
  ['resolve <辖区标识> [--config-dir 目录]', '输出某辖区继承后的完整配置（JSON）'],
  ['build [--only <辖区标识>...] [--config-dir 目录] [--out 目录]', '生成静态网站（默认输出到 dist/）'],
  ['check <表单标识> <文件>... [--config-dir 目录]', '检查填好的表单文件（本站导出的 .json 或 .xlsx），逐条记录、逐个字段给出问题'],
  ['aggregate <辖区标识> <文件或文件夹>... [--period YYYY-MM] [--format table|json|csv|xlsx] [--out 文件] [--config-dir 目录]', '汇总各校月报表和学生个案记录：合计与辍学率对照目标，未报、零报告、逾期、重复，台账与下一步措施'],
  ['new <辖区标识> --name <名称> --parent <上级标识> [--level county]', '新建一个辖区配置文件'],
];

export const commandNames = () => lines.map(([l]) => l.split(' ')[0]!);

export function usage(): string {
  const width = Math.max(...lines.map(([l]) => l.length));
  return `用法：npx baoxue <命令> [参数]\n\n命令：\n${lines.map(([l, d]) => `  ${l.padEnd(width)}  ${d}`).join('\n')}\n\n退出码：0 正常，1 输入有误，2 用法错误。\n`;
}

export function unknownCommand(name: string): UsageError {
  return new UsageError(`未知命令 “${name}”。${hint(name, commandNames())}`);
}
