import { formatDiagnostic, sortDiagnostics } from '../../site/lib/config/diagnostic.ts';
import type { ConfigSet } from '../../site/lib/config/load-config.ts';

/** Diagnostics on stdout (one per line, for tools), a Chinese summary on stderr. */
export function reportDiagnostics(set: ConfigSet, { summary = true } = {}): { errors: number; warnings: number } {
  const list = sortDiagnostics(set.diagnostics);
  for (const d of list) process.stdout.write(`${formatDiagnostic(d)}\n`);
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  if (summary) {
    process.stderr.write(
      errors === 0
        ? `配置有效：${set.jurisdictions.size} 个辖区、${set.documents.size} 份政策文件${warnings ? `，${warnings} 个警告` : ''}。\n`
        : `发现 ${errors} 个错误${warnings ? `、${warnings} 个警告` : ''}，请按上面的 文件:行:列 逐条修改。\n`,
    );
  }
  return { errors, warnings };
}
