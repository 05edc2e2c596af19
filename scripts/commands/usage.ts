import { hint } from '../../site/lib/text/did-you-mean.ts';

export class UsageError extends Error {}

const lines: [string, string][] = [
  ['validate [--config-dir 目录]', '检查全部配置文件（格式、引用、继承），逐条给出 文件:行:列'],
  ['resolve <辖区标识> [--config-dir 目录]', '输出某辖区继承后的完整配置（JSON）'],
  ['build [--only <辖区标识>...] [--config-dir 目录] [--out 目录] [--force]', '生成静态网站（默认输出到 dist/）；会删除输出目录中其他辖区的页面时先停下，--force 才替换'],
  ['check <表单标识> <文件>... [--config-dir 目录]', '检查填好的表单文件（本站导出的 .json 或 .xlsx），逐条记录、逐个字段给出问题'],
  ['new <辖区标识> --name <名称> --parent <上级标识> [--level county]', '新建一个辖区配置文件'],
  ['import-document <文本文件> --id <文件标识> [--config-dir 目录] [--force]', '把政策文件正文（UTF-8 的 .txt；.docx 请先另存为 .txt）导入为 config/policies/<文件标识>.yaml'],
];

export const commandNames = () => lines.map(([l]) => l.split(' ')[0]!);

export function usage(): string {
  const width = Math.max(...lines.map(([l]) => l.length));
  return `用法：npx baoxue <命令> [参数]\n\n命令：\n${lines.map(([l, d]) => `  ${l.padEnd(width)}  ${d}`).join('\n')}\n\n退出码：0 正常，1 输入有误，2 用法错误。\n`;
}

export function unknownCommand(name: string): UsageError {
  return new UsageError(`未知命令 “${name}”。${hint(name, commandNames())}`);
}
