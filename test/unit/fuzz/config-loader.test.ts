/**
 * Fuzzing the config loader (fast-check, fixed seed, bounded runs) with the mistakes a county
 * clerk's editor or a bad copy makes to the shipped YAML: deleted lines, indentation moved,
 * files cut off, values of the wrong type, huge numbers, control characters. Whatever the text:
 * no exception, every diagnostic a Chinese sentence at a place (file:line, field), and the
 * untouched files still load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfigSources, type ConfigSource } from '../../../site/lib/config/load-sources.ts';

const settings = { seed: 20261202, numRuns: 120 };
const chinese = /\p{Script=Han}/u;
const stackTrace = /\bat .+:\d+:\d+|TypeError|RangeError|SyntaxError|ReferenceError|\[object Object\]/;

// 唐河 and its ancestors with their documents: the shipped config's shapes, small enough to load 40 times a property.
const read = (kind: string, ids: string[]): ConfigSource[] =>
  ids.map((id) => ({ file: `config/${kind}/${id}.yaml`, name: `${id}.yaml`, text: readFileSync(join('config', kind, `${id}.yaml`), 'utf8') }));
const jurisdictions = read('jurisdictions', ['national', 'henan', 'tanghe', 'bandang']);
const policyIds = readdirSync('config/policies').map((f) => f.replace(/\.yaml$/, ''));
const policies = read('policies', policyIds.filter((id) => ['guobanfa-2017-72', 'yuzhengban-2018-8', 'henan-jiaoji-2020-352', 'tanghe-jiaoji-2022-33', 'bandang-plan'].includes(id)));
const sources = [...jurisdictions, ...policies];
const baseline = loadConfigSources('config', { policies, jurisdictions });

type Mutation = (text: string) => string;
const lines = (t: string) => t.split('\n');
const atLine = (f: (ls: string[], i: number) => void) => (pick: number) => (t: string) => {
  const ls = lines(t);
  f(ls, pick % ls.length);
  return ls.join('\n');
};
const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.nat().map((n) => ({ name: `删除第 ${n} 行`, apply: atLine((ls, i) => void ls.splice(i, 1))(n) })),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([n, d]) => ({
    name: `第 ${n} 行缩进 ${d}`,
    apply: atLine((ls, i) => {
      const l = ls[i]!;
      ls[i] = d > 0 ? ' '.repeat(d) + l : l.replace(new RegExp(`^ {0,${-d}}`), '');
    })(n),
  })),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => ({
    name: `交换第 ${a}、${b} 行的缩进`,
    apply: (t: string) => {
      const ls = lines(t);
      const [i, j] = [a % ls.length, b % ls.length];
      const indent = (l: string) => /^ */.exec(l)![0];
      const [x, y] = [ls[i]!, ls[j]!];
      ls[i] = indent(y) + x.trimStart();
      ls[j] = indent(x) + y.trimStart();
      return ls.join('\n');
    },
  })),
  fc.nat().map((n) => ({ name: `截断到第 ${n} 个字符`, apply: (t: string) => t.slice(0, n % t.length) })),
  fc
    .tuple(fc.nat(), fc.constantFrom('[]', '{}', '99999999999999999999999999', '1e309', '-0', 'true', 'null', '~', '"', "'", '[1, {a: 2}]', '!!binary AAAA', '&a', '*a', '1.5', '"2024-13-45"', '｛'))
    .map(([n, v]) => ({
      name: `第 ${n} 行的值换成 ${v}`,
      apply: atLine((ls, i) => {
        ls[i] = ls[i]!.includes(':') ? ls[i]!.replace(/:.*$/, `: ${v}`) : ls[i]!.replace(/- .*$/, `- ${v}`);
      })(n),
    })),
  fc
    .tuple(fc.nat(), fc.nat(), fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\uFEFF', '\u202E', '\u2028', '\uFFFE', '\t', '\r', '\ud800'))
    .map(([n, at, c]) => ({
      name: `第 ${n} 个字符处插入 U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      apply: (t: string) => {
        const k = (n + at) % t.length;
        return t.slice(0, k) + c + t.slice(k);
      },
    })),
);

describe('config loader under mutations of the shipped YAML', () => {
  it('never throws; explains every problem in Chinese with file, line and field; loads the other files', () => {
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (k, ms) => {
        const target = sources[k]!;
        const text = ms.reduce((t, m) => m.apply(t), target.text);
        const swap = (list: ConfigSource[]) => list.map((s) => (s === target ? { ...s, text } : s));
        let set: ReturnType<typeof loadConfigSources>;
        expect(() => (set = loadConfigSources('config', { policies: swap(policies), jurisdictions: swap(jurisdictions) }))).not.toThrow();
        const lineCount = text.split(/\r\n|\r|\n|\u2028|\u2029/).length;
        for (const d of set!.diagnostics) {
          expect(d.message).toMatch(chinese);
          expect(d.message).not.toMatch(stackTrace);
          expect(sources.map((s) => s.file)).toContain(d.file);
          expect(typeof d.pointer).toBe('string');
          if (d.file === target.file) expect(d.line).toBeLessThanOrEqual(lineCount + 1);
          else expect(d.line).toBeGreaterThan(0);
        }
        // Every file not touched is still loaded with its data (its references may now dangle: that is reported, not fatal).
        for (const s of sources) {
          if (s === target) continue;
          const id = s.name.replace(/\.yaml$/, '');
          const map = s.file.includes('/policies/') ? [set!.documents, baseline.documents] : [set!.jurisdictions, baseline.jurisdictions];
          expect(map[0]!.get(id)?.data, `${s.file} 未能读入`).toEqual(map[1]!.get(id)!.data);
        }
        // A file that no longer loads is named by at least one error.
        const id = target.name.replace(/\.yaml$/, '');
        const loaded = (target.file.includes('/policies/') ? set!.documents : set!.jurisdictions).get(id);
        if (!loaded) expect(set!.diagnostics.some((d) => d.file === target.file && d.severity === 'error')).toBe(true);
      }),
      settings,
    );
  });

  it('says where an alias points to no anchor (the YAML library throws there)', () => {
    const text = jurisdictions[2]!.text.replace(/^name: .*$/m, 'name: *唐河');
    const set = loadConfigSources('config', { policies, jurisdictions: jurisdictions.map((s, i) => (i === 2 ? { ...s, text } : s)) });
    const line = text.split('\n').findIndex((l) => l.startsWith('name: *')) + 1;
    expect(set.diagnostics.filter((d) => d.file === 'config/jurisdictions/tanghe.yaml').map((d) => [d.line, d.message])).toEqual([
      [line, 'YAML 语法错误：别名 “*唐河” 找不到对应的锚点 “&唐河”（锚点要写在别名之前）；若 * 是正文的一部分，请给这个值加引号。'],
    ]);
  });
});
