/**
 * Where a diagnostic points (yaml-source.ts `locate`): the value's line and column for any JSON
 * pointer, the key's with `key`, the nearest enclosing value when the pointer goes further than
 * the file; and the Chinese reasons for the parser's errors that no typo detector explains.
 */
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../../site/lib/config/yaml-source.ts';

const text = 'id: demo\nlist:\n  - x: 1\n    y: "a"\n  - 2\nmap:\n  "a/b": 1\n  "c~d": 2\nempty:\n';

describe('locate', () => {
  it('points at the value of a key, a list item, a nested field, and the document for ""', () => {
    const { source } = parseYamlSource(text);
    expect(source!.data).toEqual({ id: 'demo', list: [{ x: 1, y: 'a' }, 2], map: { 'a/b': 1, 'c~d': 2 }, empty: null });
    expect(source!.locate('')).toEqual({ line: 1, col: 1 });
    expect(source!.locate('/id')).toEqual({ line: 1, col: 5 });
    expect(source!.locate('/list')).toEqual({ line: 3, col: 3 });
    expect(source!.locate('/list/0')).toEqual({ line: 3, col: 5 });
    expect(source!.locate('/list/0/y')).toEqual({ line: 4, col: 8 });
    expect(source!.locate('/list/1')).toEqual({ line: 5, col: 5 });
  });

  it('unescapes ~1 and ~0 in pointer segments', () => {
    const { source } = parseYamlSource(text);
    expect(source!.locate('/map/a~1b')).toEqual({ line: 7, col: 10 });
    expect(source!.locate('/map/c~0d')).toEqual({ line: 8, col: 10 });
  });

  it('a key with no value points just after its colon', () => {
    expect(parseYamlSource(text).source!.locate('/empty')).toEqual({ line: 9, col: 7 });
  });

  it('stops at the last value that exists: a missing key, an item past the end, a field under a scalar', () => {
    const { source } = parseYamlSource(text);
    expect(source!.locate('/nope')).toEqual({ line: 1, col: 1 });
    expect(source!.locate('/list/5')).toEqual({ line: 3, col: 3 });
    expect(source!.locate('/list/0/zz')).toEqual({ line: 3, col: 5 });
    expect(source!.locate('/id/deeper')).toEqual({ line: 1, col: 5 });
  });

  it('with `key`, points at that key of the map (an unknown field), else where the pointer led', () => {
    const { source } = parseYamlSource(text);
    expect(source!.locate('/list/0', { key: 'y' })).toEqual({ line: 4, col: 5 });
    expect(source!.locate('', { key: 'map' })).toEqual({ line: 6, col: 1 });
    expect(source!.locate('/list/0', { key: 'q' })).toEqual({ line: 3, col: 5 });
    expect(source!.locate('/id', { key: 'x' })).toEqual({ line: 1, col: 5 });
  });

  it('an empty file is null data located at 1:1', () => {
    const { source, errors } = parseYamlSource('');
    expect(errors).toEqual([]);
    expect(source!.data).toBeNull();
    expect(source!.locate('/a')).toEqual({ line: 1, col: 1 });
    expect(parseYamlSource('# 只有注释\n').source!.data).toBeNull();
  });

  it('aliases to anchors written before them resolve to the value', () => {
    expect(parseYamlSource('a: &x 1\nb: *x\n').source!.data).toEqual({ a: 1, b: 1 });
  });
});

describe('YAML errors no typo detector explains', () => {
  const first = (t: string) => parseYamlSource(t).errors;

  it('an alias without its anchor (or with the anchor after it) is named where it is written', () => {
    const message = (n: string) => `YAML 语法错误：别名 “*${n}” 找不到对应的锚点 “&${n}”（锚点要写在别名之前）；若 * 是正文的一部分，请给这个值加引号。`;
    expect(first('a: 1\nb: &x 2\nc: *x\nd: *y\n')).toEqual([{ line: 4, col: 4, message: message('y') }]);
    expect(first('a: *x\nb: &x 1\n')).toEqual([{ line: 1, col: 4, message: message('x') }]);
  });

  it('aliases that expand too far are refused at the start of the file', () => {
    const bomb = 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    expect(first(bomb)).toEqual([{ line: 1, col: 1, message: 'YAML 语法错误：别名（*）引用的内容太多或互相嵌套，请直接写出内容。' }]);
  });

  it('the parser’s error, in Chinese, at its place', () => {
    expect(first('a: 1\n---\nb: 2\n')).toEqual([{ line: 2, col: 1, message: 'YAML 语法错误：一个文件只能有一个 YAML 文档（不要使用 ---）。' }]);
    expect(first('a: "\\q"\n')).toEqual([{ line: 1, col: 5, message: 'YAML 语法错误：双引号字符串中的转义符不合法。' }]);
    expect(first('- a\nb: 1\n')).toEqual([{ line: 2, col: 1, message: 'YAML 语法错误：出现了无法识别的内容。' }]);
    expect(first('a: @x\n')).toEqual([{ line: 1, col: 4, message: 'YAML 语法错误：值的开头字符不合法，含冒号、井号等特殊字符的文字请加引号。' }]);
    expect(first('a: &x &y 1\n')).toEqual([{ line: 1, col: 7, message: 'YAML 语法错误：一个节点有多个锚点。' }]);
    expect(first('a: !x !y 1\n')).toEqual([{ line: 1, col: 7, message: 'YAML 语法错误：一个节点有多个标签。' }]);
    expect(first('list:\n  - a: 1\n  b: 2\n')).toEqual([{ line: 3, col: 1, message: 'YAML 语法错误：缩进不正确，同一层级的字段应左对齐。' }]);
  });

  it('a key without its colon, or a second colon on the line, asks to check both this and the next line', () => {
    const message = 'YAML 语法错误：这一行或下一行的缩进或冒号有误（同一层级的字段应左对齐，冒号应为半角 “:” 且后面要有空格）。';
    expect(first('key\nb: 1\n')).toEqual([{ line: 1, col: 1, message }]);
    expect(first('a: b: c\n')).toEqual([{ line: 1, col: 4, message }]);
  });

  it('a duplicate key and a tab are the parser’s own, even when a typo detector would find something above', () => {
    expect(first('a: 1\na: 2\n')).toEqual([{ line: 2, col: 1, message: 'YAML 语法错误：同一层级出现重复的字段名。' }]);
    expect(first('a:\n  b：1\n\tc: 2\n')).toEqual([{ line: 3, col: 1, message: 'YAML 语法错误：不能用 Tab 缩进，请改用空格。' }]);
    expect(first('a:\n  b：1\na: 2\n')).toEqual([{ line: 3, col: 1, message: 'YAML 语法错误：同一层级出现重复的字段名。' }]);
  });
});
