/**
 * The typo detectors behind `YAML 语法错误` (yaml-typos.ts) on the texts they must read right:
 * escapes and doubled quotes inside strings, comments, brackets inside strings and block
 * scalars, nested brackets, `|` as well as `>`, and the line and column a clerk is sent to.
 */
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../../site/lib/config/yaml-source.ts';

const errors = (text: string) => parseYamlSource(text).errors;
const unclosedSquare = (line: number, col: number) => ({ line, col, message: 'YAML 语法错误：方括号 “[” 没有闭合：缺少 “]”，请在这一行的末尾补上。' });

describe('unclosed quotes', () => {
  it('an escaped double quote does not close the string; the quote is named where it opens', () => {
    expect(errors('a: "say \\"hi\\"\nb: 1\nc: 2\n')).toEqual([{ line: 1, col: 4, message: 'YAML 语法错误：双引号 " 没有闭合：请在这个值的末尾补上 "。' }]);
  });

  it('an escaped backslash before the quote does close it, so the bracket on the next line is the typo', () => {
    expect(errors('a: "x\\\\"\nb: [1\nc: 2\n')).toEqual([unclosedSquare(2, 4)]);
  });

  it('a doubled single quote is an apostrophe, not the end of the string', () => {
    expect(errors("a: 'it''s\nb: 1\nc: 2\n")).toEqual([{ line: 1, col: 4, message: "YAML 语法错误：单引号 ' 没有闭合：请在这个值的末尾补上 '。" }]);
  });

  it('a quote inside plain text opens nothing', () => {
    expect(errors('a: x"y\nb: [1\nc: 2\n')).toEqual([unclosedSquare(2, 4)]);
  });

  it('a quote opening a list item is found at its column', () => {
    expect(errors('a: [x, "y]\nb: 1\n')).toEqual([{ line: 1, col: 8, message: 'YAML 语法错误：双引号 " 没有闭合：请在这个值的末尾补上 "。' }]);
  });

  it('a string closed on a later line is not reported; the typo after it is', () => {
    expect(errors('a: "one\n  two"\nb: [1\nc: 2\n')).toEqual([unclosedSquare(3, 4)]);
  });
});

describe('unclosed brackets', () => {
  it('a curly brace is named as such, with the brace to add', () => {
    expect(errors('a: {x: 1\nb: 2\n')).toEqual([{ line: 1, col: 4, message: 'YAML 语法错误：花括号 “{” 没有闭合：缺少 “}”，请在这一行的末尾补上。' }]);
  });

  it('the outer bracket is the open one when the inner one is closed', () => {
    expect(errors('a: [1, [2, 3]\nb: 2\n')).toEqual([unclosedSquare(1, 4)]);
  });

  it('a bracket closed by the wrong kind stays open', () => {
    expect(errors('a: {b: [1}\nc: 1\n')).toEqual([unclosedSquare(1, 8)]);
  });

  it('a stray closing bracket above does not cancel a later opening one', () => {
    expect(errors('a: ]\nb: [1\nc: 2\n')).toEqual([unclosedSquare(2, 4)]);
  });

  it('brackets in comments, after a closed flow list, are not counted', () => {
    expect(errors('a: [1, 2] # [ note\nb: [3\nc: 1\n')).toEqual([unclosedSquare(2, 4)]);
    expect(errors('#c [\nb: [1\nc: 2\n')).toEqual([unclosedSquare(2, 4)]);
    expect(errors('a: 1 #x [\nb: [1\nc: 2\n')).toEqual([unclosedSquare(2, 4)]);
  });

  it('a # inside a word starts no comment: the bracket after it counts', () => {
    expect(errors('a: b#c [\nd: [1\ne: 1\n')).toEqual([unclosedSquare(2, 4)]);
  });

  it('brackets inside a block of text (| or >, with indicators) are text', () => {
    expect(errors('a: |+2\n  x: [\n\n  y\nb: [1\nc: 2\n')).toEqual([unclosedSquare(5, 4)]);
    expect(errors('- |\n  [\nb: [1\n')).toEqual([unclosedSquare(3, 4)]);
    expect(errors('note: >-\n  text: [\n  more\nb: [1\nc: 2\n')).toEqual([unclosedSquare(4, 4)]);
  });

  it('a bracket inside a quoted string is text', () => {
    expect(errors('a: "x [" ] y\nb: [\nc: 1\n')).toEqual([unclosedSquare(2, 4)]);
  });
});

describe('a value starting with > or |', () => {
  it('| is named as the multi-line text marker, with the value to quote', () => {
    expect(errors('comparator: |x\nvalue: 1\n')).toEqual([
      { line: 1, col: 13, message: 'YAML 语法错误：值以 “|” 开头时，YAML 会把 “|” 读作多行文本的开始标记，|x 不会被当作普通文字：请加引号写成 "|x"。' },
    ]);
  });

  it('as a list item and nested under a list, at the column of the value', () => {
    const message = 'YAML 语法错误：值以 “>” 开头时，YAML 会把 “>” 读作折叠文本的开始标记，>= 不会被当作普通文字：请加引号写成 ">="。';
    expect(errors('- >=\n')).toEqual([{ line: 1, col: 3, message }]);
    expect(errors('a:\n  - x: >=\n')).toEqual([{ line: 2, col: 8, message }]);
    expect(errors('comparator: >=  \nvalue: 1\n')).toEqual([{ line: 1, col: 13, message }]);
  });
});

describe('full-width colons', () => {
  it('points at the colon, also with Windows line ends and as the first line', () => {
    expect(errors('a: 1\r\nb：2\r\n')).toEqual([{ line: 2, col: 2, message: 'YAML 语法错误：冒号应为半角 “:”：请把 “b：” 改成 “b: ”（冒号后留一个空格）。' }]);
    expect(errors('a：1\nb: [\n')).toEqual([{ line: 1, col: 2, message: 'YAML 语法错误：冒号应为半角 “:”：请把 “a：” 改成 “a: ”（冒号后留一个空格）。' }]);
  });

  it('in a list item, the column counts the dash and the indent', () => {
    expect(errors('targets:\n  - value：9\n    year: 1\n  x\n')[0]).toEqual({ line: 2, col: 10, message: 'YAML 语法错误：冒号应为半角 “:”：请把 “value：” 改成 “value: ”（冒号后留一个空格）。' });
  });
});

describe('bad indentation', () => {
  it('one space less than the siblings names the sibling key and both indents', () => {
    expect(errors('a:\n  b: 1\n c: 2\n')).toEqual([{ line: 3, col: 2, message: 'YAML 语法错误：缩进不正确：这一行缩进了 1 个空格，应与上面的 “b” 左对齐（2 个空格）。' }]);
  });

  it('halfway between two levels: the deeper one is named', () => {
    expect(errors('a:\n    b: 1\n  c: 2\n')).toEqual([{ line: 3, col: 3, message: 'YAML 语法错误：缩进不正确：这一行缩进了 2 个空格，应与上面的 “b” 左对齐（4 个空格）。' }]);
  });

  it('inside a list item, the level is the item’s content, not its dash', () => {
    expect(errors('list:\n  - a: 1\n     b: 2\n')).toEqual([{ line: 3, col: 6, message: 'YAML 语法错误：缩进不正确：这一行缩进了 5 个空格，应与上面的 “a” 左对齐（4 个空格）。' }]);
    expect(errors('x: 1\na:\n  - b\n  -\n    c: 1\n   d: 2\n')).toEqual([
      { line: 6, col: 4, message: 'YAML 语法错误：缩进不正确：这一行缩进了 3 个空格，应与上面的 “c” 左对齐（4 个空格）。' },
    ]);
  });

  it('a tab is left to the parser’s own message', () => {
    expect(errors('a:\n  b: 1\n\tc: 2\n')).toEqual([{ line: 3, col: 1, message: 'YAML 语法错误：不能用 Tab 缩进，请改用空格。' }]);
  });
});
