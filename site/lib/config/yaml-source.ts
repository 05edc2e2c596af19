import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type YAMLError } from 'yaml';
import { findYamlTypo } from './yaml-typos.ts';

export interface Location {
  line: number;
  col: number;
}

export interface YamlSource {
  data: unknown;
  /** Where the value at `pointer` starts; with `key`, where the last segment's key starts. */
  locate(pointer: string, options?: { key?: string }): Location;
}

export interface YamlSyntaxError {
  line: number;
  col: number;
  message: string;
}

const syntaxMessages: Record<string, string> = {
  BAD_INDENT: '缩进不正确，同一层级的字段应左对齐',
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
  DUPLICATE_KEY: '同一层级出现重复的字段名',
  BLOCK_AS_IMPLICIT_KEY: '这一行的缩进或冒号有误（同一层级的字段应左对齐，冒号后要有空格）',
  MISSING_CHAR: '缺少配对的符号：有引号或括号没有闭合',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行，可能漏了冒号或缩进有误',
  UNEXPECTED_TOKEN: '出现了无法识别的内容',
  BAD_SCALAR_START: '值的开头字符不合法，含冒号、井号等特殊字符的文字请加引号',
  BAD_DQ_ESCAPE: '双引号字符串中的转义符不合法',
  ALIAS_PROPS: '别名不能带标签或锚点',
  BAD_ALIAS: '别名引用了不存在的锚点',
  BAD_DIRECTIVE: '不支持的 YAML 指令',
  IMPOSSIBLE: 'YAML 内容无法解析',
  KEY_OVER_1024_CHARS: '字段名过长',
  MULTIPLE_ANCHORS: '一个节点有多个锚点',
  MULTIPLE_DOCS: '一个文件只能有一个 YAML 文档（不要使用 ---）',
  MULTIPLE_TAGS: '一个节点有多个标签',
  TAG_RESOLVE_FAILED: '无法识别的标签',
  UNEXPECTED_SCALAR_AT_NODE_END: '行尾有多余的内容',
};

/** The parser's own code is too coarse for some errors: its message tells them apart. */
function reasonOf(e: YAMLError): string {
  if (e.code === 'MISSING_CHAR' && /without - indicator/.test(e.message)) return '缩进不正确：这一行与同一层级的字段没有左对齐';
  if (/must be sufficiently indented and end with a ([\]}])/.test(e.message)) return `括号没有闭合：缺少 “${/end with a ([\]}])/.exec(e.message)![1]}”`;
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
    return '这一行或下一行的缩进或冒号有误（同一层级的字段应左对齐，冒号应为半角 “:” 且后面要有空格）';
  }
  return syntaxMessages[e.code] ?? 'YAML 语法错误';
}

/**
 * The document's data. An alias to an anchor that is not (yet) defined, or aliases that
 * blow up, only fail here, after parsing: say which alias, where, rather than throw.
 */
function toData(doc: Document.Parsed): { data: unknown } | { error: string; offset: number | undefined } {
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) ?? null };
  } catch {
    let bad: Alias | undefined;
    visit(doc, {
      Alias(_, node) {
        if (!bad && !node.resolve(doc)) bad = node;
      },
    });
    if (bad) return { error: `别名 “*${bad.source}” 找不到对应的锚点 “&${bad.source}”（锚点要写在别名之前）；若 * 是正文的一部分，请给这个值加引号。`, offset: bad.range?.[0] };
    return { error: '别名（*）引用的内容太多或互相嵌套，请直接写出内容。', offset: 0 };
  }
}

/** Parse YAML keeping enough source information to point at any value's line and column. */
export function parseYamlSource(text: string): { source?: YamlSource; errors: YamlSyntaxError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Later syntax errors are almost always knock-on effects of the first one,
    // and the first is often noticed a line after the typo that caused it.
    const first = doc.errors[0]!;
    const pos = lineCounter.linePos(first.pos[0]);
    const typo = first.code === 'TAB_AS_INDENT' || first.code === 'DUPLICATE_KEY' ? undefined : findYamlTypo(text, pos.line);
    if (typo) return { errors: [{ line: typo.line, col: typo.col, message: `YAML 语法错误：${typo.message}` }] };
    return { errors: [{ line: pos.line, col: pos.col, message: `YAML 语法错误：${reasonOf(first)}。` }] };
  }
  const at = (offset: number | undefined): Location => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, col: pos.col };
  };
  const converted = toData(doc);
  if ('error' in converted) {
    const pos = at(converted.offset);
    return { errors: [{ line: pos.line, col: pos.col, message: `YAML 语法错误：${converted.error}` }] };
  }
  const source: YamlSource = {
    data: converted.data,
    locate(pointer, options) {
      const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      let node: Node | null = doc.contents as Node | null;
      let last: Location = at(node?.range?.[0]);
      for (const seg of segments) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
          if (!pair) break;
          last = at((pair.key as Node).range?.[0]);
          node = (pair.value as Node | null) ?? null;
          if (node?.range) last = at(node.range[0]);
        } else if (isSeq(node)) {
          const item = node.items[Number(seg)] as Node | undefined;
          if (!item) break;
          node = item;
          if (node.range) last = at(node.range[0]);
        } else break;
      }
      if (options?.key !== undefined && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === options.key);
        if (pair && (pair.key as Node).range) return at((pair.key as Node).range![0]);
      }
      return last;
    },
  };
  return { source, errors: [] };
}
