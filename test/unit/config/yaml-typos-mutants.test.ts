/**
 * yaml-typos.ts read line by line: what each detector must and must not report, with the
 * line, column and full message a clerk sees. Cases come from the mutants the other two
 * files let through (blank and comment lines in a block of text, strings and flow
 * collections running over lines, tabs, the line after the parser's error, which level a
 * misplaced line is told to line up with).
 */
import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../../site/lib/config/yaml-source.ts';
import { findYamlTypo } from '../../../site/lib/config/yaml-typos.ts';

const square = '方括号 “[” 没有闭合：缺少 “]”，请在这一行的末尾补上。';
const doubleQuote = '双引号 " 没有闭合：请在这个值的末尾补上 "。';
const colon = (key: string) => `冒号应为半角 “:”：请把 “${key}：” 改成 “${key}: ”（冒号后留一个空格）。`;
const indent = (actual: number, key: string | undefined, level: number) =>
  `缩进不正确：这一行缩进了 ${actual} 个空格，应${key === undefined ? '与同一层级的字段左对齐' : `与上面的 “${key}” 左对齐`}（${level} 个空格）。`;
const folded = (value: string) => `值以 “>” 开头时，YAML 会把 “>” 读作折叠文本的开始标记，${value} 不会被当作普通文字：请加引号写成 "${value}"。`;
const literal = (value: string) => `值以 “|” 开头时，YAML 会把 “|” 读作多行文本的开始标记，${value} 不会被当作普通文字：请加引号写成 "${value}"。`;

describe('a block of text (| or >) runs over blank lines', () => {
  it('an empty line inside the block does not end it', () => {
    expect(findYamlTypo('note: |\n  见 [1\n\n  再 [2\nb：3\n', 5)).toEqual({ line: 5, col: 2, message: colon('b') });
  });

  it('a line of spaces less indented than the block does not end it', () => {
    expect(findYamlTypo('a:\n  note: |\n    见 [1\n \n    再 [2\n  b：3\n', 6)).toEqual({ line: 6, col: 4, message: colon('b') });
  });

  it('a `- |` list item starts a block too, though the line is indented', () => {
    expect(findYamlTypo('a:\n  - |\n    见 [附件\n  - b：1\n', 4)).toEqual({ line: 4, col: 6, message: colon('b') });
  });

  it('`: |` inside an open string or flow mapping starts no block', () => {
    expect(findYamlTypo('a: "说明: |\n  续"\nb: [1\nc: 2\n', 3)).toEqual({ line: 3, col: 4, message: square });
    expect(findYamlTypo('a: {op: >\n  b: 2}\nc：1\n', 3)).toEqual({ line: 3, col: 2, message: colon('c') });
  });
});

describe('lines inside a string or flow collection started above are not structure', () => {
  it('a key-like line inside a flow mapping is not a bad indent', () => {
    expect(findYamlTypo('a: {x: 1,\n   y: 2}\nb：3\n', 3)).toEqual({ line: 3, col: 2, message: colon('b') });
  });

  it('a closed inner list leaves the outer one open over the next line', () => {
    expect(findYamlTypo('a: [[1],\n   y: 2]\nb：3\n', 3)).toEqual({ line: 3, col: 2, message: colon('b') });
  });

  it('a closed curly brace closes its mapping', () => {
    expect(findYamlTypo('a: {x: 1}\nb：2\n', 2)).toEqual({ line: 2, col: 2, message: colon('b') });
  });

  it('a key-like line inside a double-quoted string is text', () => {
    expect(findYamlTypo('a: "第一行\n   b: 第二行"\nc：3\n', 3)).toEqual({ line: 3, col: 2, message: colon('c') });
  });

  it('a full-width colon or a leading >= inside a string is text', () => {
    expect(findYamlTypo('a: "第一步\n  step：打开"\nb: [1\nc: 2\n', 3)).toEqual({ line: 3, col: 4, message: square });
    expect(findYamlTypo('a: "见\n  >=90"\nb: [1\nc: 2\n', 3)).toEqual({ line: 3, col: 4, message: square });
  });

  it('a quote at the start of an indented line opens a string', () => {
    expect(findYamlTypo('a:\n  "第一行\nb: 1\n', 3)).toEqual({ line: 2, col: 3, message: doubleQuote });
  });
});

describe('quotes', () => {
  it('a backslash inside single quotes escapes nothing', () => {
    expect(findYamlTypo("path: 'C:\\'\nb: [1\nc: 2\n", 2)).toEqual({ line: 2, col: 4, message: square });
  });

  it('a single-quoted value closes at its quote', () => {
    expect(findYamlTypo("a: 'x'\nb: [1\nc: 2\n", 2)).toEqual({ line: 2, col: 4, message: square });
  });

  it('a stray apostrophe right after a closed double-quoted value opens nothing', () => {
    expect(findYamlTypo('a: "x"\'\nb: [1\nc: 2\n', 2)).toEqual({ line: 2, col: 4, message: square });
  });

  it('a quoted key with an escape is named as written', () => {
    expect(findYamlTypo('a:\n  "x\\ty": 1\n c: 2\n', 3)).toEqual({ line: 3, col: 2, message: indent(1, '"x\\ty"', 2) });
  });
});

describe('comments', () => {
  it('a comment after a key without value leaves the key waiting for its children', () => {
    expect(findYamlTypo('targets: #指标\n  - a: 1\nb：2\n', 3)).toEqual({ line: 3, col: 2, message: colon('b') });
  });

  it('a bracket in a comment at the start of the file opens nothing', () => {
    expect(findYamlTypo('# 说明 [草稿\nid：demo\n', 2)).toEqual({ line: 2, col: 3, message: colon('id') });
  });

  it('a # inside a word in a flow list starts no comment', () => {
    expect(findYamlTypo('课程: [C#, Java]\nb：2\n', 2)).toEqual({ line: 2, col: 2, message: colon('b') });
  });

  it('a blank line between siblings is no level', () => {
    expect(findYamlTypo('a:\n  b: 1\n\n  c: 2\nd：3\n', 5)).toEqual({ line: 5, col: 2, message: colon('d') });
  });
});

describe('tabs', () => {
  it('a tab inside a value is not a tab indent: the bad indent below is still found', () => {
    expect(findYamlTypo('a:\n  b: x\ty\n c: 2\n', 3)).toEqual({ line: 3, col: 2, message: indent(1, 'b', 2) });
  });

  it('a tab after some spaces of indent is left to the parser', () => {
    expect(findYamlTypo('a:\n    b: 1\n  \tc: 2\n', 3)).toBeUndefined();
  });
});

describe('only typos up to the line after the parser’s error count', () => {
  it('full-width colon', () => {
    expect(findYamlTypo('a: 1\nb：2\n', 1)).toEqual({ line: 2, col: 2, message: colon('b') });
    expect(findYamlTypo('a: 1\nb: 2\nc：3\n', 1)).toBeUndefined();
  });

  it('a value starting with >', () => {
    expect(findYamlTypo('a: 1\nb: >=\n', 1)).toEqual({ line: 2, col: 4, message: folded('>=') });
    expect(findYamlTypo('a: 1\nb: 2\nc: >=\n', 1)).toBeUndefined();
  });

  it('unclosed bracket', () => {
    expect(findYamlTypo('a: 1\nb: [1\n', 1)).toEqual({ line: 2, col: 4, message: square });
    expect(findYamlTypo('a: 1\nb: 2\nc: [1\n', 1)).toBeUndefined();
  });

  it('unclosed quote', () => {
    expect(findYamlTypo('a: 1\nb: "x\n', 1)).toEqual({ line: 2, col: 4, message: doubleQuote });
    expect(findYamlTypo('a: 1\nb: 2\nc: "x\n', 1)).toBeUndefined();
  });

  it('bad indent', () => {
    expect(findYamlTypo('a:\n  b: 1\n c: 2\n', 2)).toEqual({ line: 3, col: 2, message: indent(1, 'b', 2) });
    expect(findYamlTypo('a:\n  b: 1\n  c: 2\n d: 3\n', 2)).toBeUndefined();
  });
});

describe('full-width colons', () => {
  it('one inside a value is text', () => {
    expect(findYamlTypo('a: 1\nnote: 见 step2：打开\n', 2)).toBeUndefined();
  });

  it('after a dash with two spaces, and after a space, the column is the colon’s', () => {
    expect(findYamlTypo('list:\n  -  value：9\n', 2)).toEqual({ line: 2, col: 11, message: colon('value') });
    expect(findYamlTypo('value ：9\n', 1)).toEqual({ line: 1, col: 7, message: colon('value') });
  });
});

describe('a value starting with > or |', () => {
  it('the whole value is quoted, and one with a space in it is not cut short', () => {
    expect(findYamlTypo('score: >=90\n', 1)).toEqual({ line: 1, col: 8, message: folded('>=90') });
    expect(findYamlTypo('选项: |是|否|\n', 1)).toEqual({ line: 1, col: 5, message: literal('|是|否|') });
    expect(findYamlTypo('comparator: >=90 分\n', 1)).toBeUndefined();
  });

  it('after extra spaces, the column is the value’s', () => {
    expect(findYamlTypo('-  >=\n', 1)).toEqual({ line: 1, col: 4, message: folded('>=') });
    expect(findYamlTypo('comparator:  >=\n', 1)).toEqual({ line: 1, col: 14, message: folded('>=') });
  });
});

describe('bad indentation: which lines are items and keys', () => {
  it('a dash inside run-on text is no list item', () => {
    expect(findYamlTypo('note: 第一行\n  接着 - 第二行\nb：1\n', 3)).toEqual({ line: 3, col: 2, message: colon('b') });
  });

  it('an item written `-  a:` has its content two columns past the dash plus one', () => {
    expect(findYamlTypo('list:\n  -  a: 1\n     b: 2\nc：1\n', 4)).toEqual({ line: 4, col: 2, message: colon('c') });
  });

  it('a key with a value containing a colon (8:30) has no children', () => {
    expect(findYamlTypo('时间: 8:30\n  地点: 礼堂\n', 2)).toEqual({ line: 2, col: 3, message: indent(2, '时间', 0) });
  });

  it('a key more indented under the first key’s value names that key', () => {
    expect(findYamlTypo('a: 1\n b: 2\n', 2)).toEqual({ line: 2, col: 2, message: indent(1, 'a', 0) });
  });

  it('a child of a list item’s key indented less than the key', () => {
    expect(findYamlTypo('list:\n  - a:\n   b: 1\n', 3)).toEqual({ line: 3, col: 4, message: indent(3, 'a', 4) });
  });
});

describe('bad indentation: which level is named', () => {
  it('items that are plain text are the “same level”, not a key', () => {
    expect(findYamlTypo('a:\n  - 甲\n - 乙\n', 3)).toEqual({ line: 3, col: 2, message: indent(1, undefined, 2) });
    expect(findYamlTypo('list:\n  - 甲\n     乙: 1\n', 3)).toEqual({ line: 3, col: 6, message: indent(5, undefined, 4) });
  });

  it('a file that starts indented with plain items', () => {
    expect(findYamlTypo('  - 甲\n - 乙\n', 2)).toEqual({ line: 2, col: 2, message: indent(1, undefined, 2) });
  });

  it('a plain item keeps the key named by an item above it', () => {
    expect(findYamlTypo('a:\n  - x: 1\n  - 甲\n - 乙\n', 4)).toEqual({ line: 4, col: 2, message: indent(1, 'x', 2) });
  });

  it('a key without value followed by a sibling: the later key is the level', () => {
    expect(findYamlTypo('a:\nb:\n    c: 1\n d: 2\n', 4)).toEqual({ line: 4, col: 2, message: indent(1, 'b', 0) });
  });

  it('an item less indented than the key waiting for children closes that key', () => {
    expect(findYamlTypo('a:\n  b:\n- c: 1\n d: 2\n', 4)).toEqual({ line: 4, col: 2, message: indent(1, 'c', 2) });
  });

  it('items at the same indent as their key: the key is the level', () => {
    expect(findYamlTypo('list:\n-  a: 1\n   b: 2\n c: 3\n', 4)).toEqual({ line: 4, col: 2, message: indent(1, 'list', 0) });
  });

  it('an empty item then a sibling item', () => {
    expect(findYamlTypo('list:\n  -\n  - a: 1\n c: 3\n', 4)).toEqual({ line: 4, col: 2, message: indent(1, 'a', 2) });
  });

  it('the nearest of three levels', () => {
    expect(findYamlTypo('a:\n  b:\n      c: 1\n     d: 2\n', 4)).toEqual({ line: 4, col: 6, message: indent(5, 'c', 6) });
    expect(findYamlTypo('a:\n  b:\n      c: 1\n   d: 2\n', 4)).toEqual({ line: 4, col: 4, message: indent(3, 'b', 2) });
    expect(findYamlTypo('a:\n    b:\n        c: 1\n d: 2\n', 4)).toEqual({ line: 4, col: 2, message: indent(1, 'a', 0) });
  });
});

describe('quoted keys with a quote inside', () => {
  it('a child of `\'it\'\'s\':` or `"say \\"hi\\"":` is where it belongs: the bracket below is the typo', () => {
    expect(parseYamlSource("a:\n  'it''s':\n    b: 1\nc: [1\nd: 2\n").errors).toEqual([{ line: 4, col: 4, message: `YAML 语法错误：${square}` }]);
    expect(parseYamlSource('a:\n  "say \\"hi\\"":\n    b: 1\nc: [1\nd: 2\n').errors).toEqual([{ line: 4, col: 4, message: `YAML 语法错误：${square}` }]);
  });

  it('such a key is named as written when a line is misplaced under it', () => {
    expect(findYamlTypo("a:\n  'it''s': 1\n c: 2\n", 3)).toEqual({ line: 3, col: 2, message: indent(1, "'it''s'", 2) });
    expect(findYamlTypo('a:\n  "say \\"hi\\"": 1\n c: 2\n', 3)).toEqual({ line: 3, col: 2, message: indent(1, '"say \\"hi\\""', 2) });
  });
});
