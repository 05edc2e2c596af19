import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../../site/lib/config/yaml-source.ts';
import { explainValueTypo } from '../../../site/lib/config/value-typos.ts';

const firstError = (text: string) => parseYamlSource(text).errors[0];

describe('YAML syntax errors point at the typo', () => {
  it('a full-width colon after an ASCII key, not one inside Chinese text above it', () => {
    const e = firstError('id: demo\nnote: 说明：这是正文\ntargets:\n  - indicator: x\n    value：99\n    year: 2021\n');
    expect(e).toMatchObject({ line: 5, col: 10 });
    expect(e!.message).toContain('冒号应为半角 “:”');
  });

  it('a run-on text line indented further is not taken for a bad indent', () => {
    const e = firstError('id: demo\nnote: 第一行\n  接着写的第二行\nlist: [a, b\nnext: 1\n');
    expect(e).toMatchObject({ line: 4, col: 7 });
    expect(e!.message).toContain('缺少 “]”');
  });

  it('a block scalar’s lines are text, whatever their colons and indents', () => {
    const e = firstError('id: demo\nnote: |\n  标题：x\n   key: y\ntargets:\n  - a: 1\n   b: 2\n');
    expect(e).toMatchObject({ line: 7, col: 4 });
    expect(e!.message).toContain('缩进不正确');
  });

  it('a multi-line double-quoted string is closed, a quote left open is named where it opens', () => {
    expect(parseYamlSource('a: "one\n  two"\nb: 1\n').errors).toEqual([]);
    expect(firstError('a: "one\nb: 1\nc: 2\n')).toMatchObject({ line: 1, col: 4 });
  });

  it('unquoted >= names the folded-block reading and the quoted fix', () => {
    expect(firstError('comparator: >=\nvalue: 1\n')!.message).toContain('请加引号写成 ">="');
  });
});

describe('value typos', () => {
  it('names ≤, full-width digits and full-width ASCII with the value to write', () => {
    expect(explainValueTypo('≤')).toBe('请写 <=（半角符号，在 YAML 中加引号写成 "<="）。');
    expect(explainValueTypo('＞＝')).toContain('请写 >=');
    expect(explainValueTypo('２０２１')).toBe('全角数字 ２０２１ 应为 2021（切换到半角输入后重打，不加引号）。');
    expect(explainValueTypo('ｃｏｕｎｔｙ')).toBe('“ｃｏｕｎｔｙ” 含全角字符，应为 “county”。');
    expect(explainValueTypo('county')).toBeUndefined();
    expect(explainValueTypo(96)).toBeUndefined();
  });
});
