/** The Chinese report of an import: what was found, how many clauses at each level, what was not placed. */
import type { ImportedClause, ParsedDocument } from './types.ts';

function countByDepth(clauses: ImportedClause[], depth = 0, counts: { n: number; example: string }[] = []): { n: number; example: string }[] {
  for (const c of clauses) {
    counts[depth] ??= { n: 0, example: c.label ?? '' };
    counts[depth]!.n++;
    if (c.clauses) countByDepth(c.clauses, depth + 1, counts);
  }
  return counts;
}

const levelNames = ['第一层', '第二层', '第三层', '第四层', '第五层', '第六层'];

export function importSummary(doc: ParsedDocument, written: { path: string; title: string; issuer: string }): string {
  const m = doc.metadata;
  const found = (label: string, value: string | undefined) => `  ${label}：${value ?? '（未找到）'}`;
  const counts = countByDepth(doc.clauses);
  const lines = [
    `已写入 ${written.path}。`,
    '',
    '识别结果：',
    found('标题', written.title),
    found('发文字号', m.docNumber),
    found('发文机关', written.issuer),
    found('日期', m.date ? `${m.date}${m.dateNote ? `（${m.dateNote}）` : ''}` : m.dateNote),
    found('主送机关', m.addressee),
    found('附件', m.attachments.length ? m.attachments.join('；') : '无'),
    found('导语', doc.preamble ? `${doc.preamble.split('\n\n').length} 段` : '无'),
    `  条款：${counts.map((c, k) => `${levelNames[k] ?? `第${k + 1}层`}“${c.example}”${c.n} 条`).join('，')}${doc.numbering === 'continuous' ? '（全文连续编号）' : ''}`,
  ];
  if (doc.removed.length) lines.push(`  删除的扫描痕迹：${doc.removed.map((r) => `第 ${r.line} 行（${r.reason}）`).join('、')}`);
  if (doc.traditionalFixed) lines.push(`  已将 ${doc.traditionalFixed} 个繁体字改为简体字`);
  if (doc.unplaced.length) {
    lines.push('', `未能归入条款的 ${doc.unplaced.length} 行（已原样写入文件的 note，请核对后删去或移入条款）：`);
    for (const u of doc.unplaced) lines.push(`  第 ${u.line} 行（${u.reason}）：${u.text}`);
  } else {
    lines.push('', '原文每一行都已归入条款或文件信息。');
  }
  lines.push('', '请对照原文核对该文件（尤其是层级、效力状态和条款标题），然后运行 npx baoxue validate。');
  return `${lines.join('\n')}\n`;
}
