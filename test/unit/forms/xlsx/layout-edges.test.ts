/**
 * formLayout and sheetNameOf on schemas built for the purpose: $refs that lead to other
 * $refs or nowhere, fields without a title, lists of plain values and of objects, lists
 * nested below the top level (kept in one cell), sheet names Excel would refuse or that
 * collide, label overrides next to the schema's own titles, and the jurisdiction's extra
 * fields. Each test builds its own schema (mutation testing attributes coverage per test).
 */
import { describe, expect, it } from 'vitest';
import { forms, type FormDefinition } from '../../../../site/lib/forms/form-registry.ts';
import type { Schema } from '../../../../site/lib/forms/form-registry.ts';
import { formLayout, sheetNameOf } from '../../../../site/lib/forms/xlsx/layout.ts';

const formWith = (schema: Schema, title = '测试表'): FormDefinition => ({ ...forms['monthly-report'], title, schema: { $id: 'test', type: 'object', ...schema } });

describe('sheetNameOf', () => {
  it('replaces each character Excel forbids in a sheet name', () => {
    expect(sheetNameOf('a[b]c:d*e?f/g\\h', new Set())).toBe('a·b·c·d·e·f·g·h');
    expect(sheetNameOf('限期入学(复学)通知书', new Set())).toBe('限期入学(复学)通知书');
  });

  it('keeps at most 31 characters and names an empty title 工作表', () => {
    const long = '一二三四五六七八九十'.repeat(4);
    expect(sheetNameOf(long, new Set())).toBe(long.slice(0, 31));
    expect(sheetNameOf(long.slice(0, 31), new Set())).toBe(long.slice(0, 31));
    expect(sheetNameOf('', new Set())).toBe('工作表');
  });

  it('numbers a name already taken from 2 on, within 31 characters, and takes every name it gives', () => {
    const taken = new Set<string>();
    const long = '一二三四五六七八九十'.repeat(4);
    expect([sheetNameOf(long, taken), sheetNameOf(long, taken), sheetNameOf(long, taken)]).toEqual([long.slice(0, 31), `${long.slice(0, 28)}(2)`, `${long.slice(0, 28)}(3)`]);
    expect(`${long.slice(0, 28)}(3)`.length).toBe(31);
    expect([...taken]).toEqual([long.slice(0, 31), `${long.slice(0, 28)}(2)`, `${long.slice(0, 28)}(3)`]);
    const few = new Set(['监护人']);
    expect(sheetNameOf('监护人', few)).toBe('监护人(2)');
    expect(sheetNameOf('', new Set(['工作表']))).toBe('工作表(2)');
  });
});

describe('formLayout on a schema of every shape', () => {
  const schema = (): Schema => ({
    $defs: {
      text: { type: 'string', title: '文字', description: '说明文字' },
      alias: { $ref: '#/$defs/text' },
      names: { type: 'array', items: { $ref: '#/$defs/text' } },
    },
    properties: {
      a: { $ref: '#/$defs/alias' },
      b: { $ref: '#/$defs/text', title: '乙', description: 7 },
      c: {
        type: 'object',
        title: '丙组',
        properties: {
          d: { type: 'integer' },
          e: { type: 'array', items: { type: 'integer' } },
          f: { $ref: '#/$defs/names' },
          g: { type: 'object', properties: { h: { type: 'boolean', title: '是否' } } },
        },
      },
      missing: { $ref: '#/$defs/none' },
      foreign: { $ref: 'other.json#/x', type: 'number' },
      shapeless: { type: 'object' },
      list: { type: 'array', title: '清单', description: '每行一项', items: { $ref: '#/$defs/text' } },
      rows: {
        type: 'array',
        title: '清单',
        items: {
          type: 'object',
          properties: { x: { type: 'number', title: '数', description: '数的说明' }, y: { $ref: '#/$defs/names' }, z: { type: 'boolean' }, w: { $ref: '#/$defs/alias', title: '字' } },
        },
      },
      bare: { type: 'array', title: '测试表' },
    },
  });

  it('resolves $refs (also to another $ref), names untitled fields by their key, and keeps nested lists in one cell', () => {
    const layout = formLayout(formWith(schema()));
    expect(layout.mainSheet).toBe('测试表');
    expect(layout.fields).toEqual([
      { pointer: '/a', label: '文字', schemaLabel: '文字', description: '说明文字', type: 'string' },
      { pointer: '/b', label: '乙', schemaLabel: '乙', description: '', type: 'string' },
      { pointer: '/c/d', label: '丙组 / d', schemaLabel: '丙组 / d', description: '', type: 'integer' },
      { pointer: '/c/e', label: '丙组 / e', schemaLabel: '丙组 / e', description: '', type: 'unknown' },
      { pointer: '/c/f', label: '丙组 / f', schemaLabel: '丙组 / f', description: '', type: 'string-list' },
      { pointer: '/c/g/h', label: '丙组 / g / 是否', schemaLabel: '丙组 / g / 是否', description: '', type: 'boolean' },
      { pointer: '/missing', label: 'missing', schemaLabel: 'missing', description: '', type: 'unknown' },
      { pointer: '/foreign', label: 'foreign', schemaLabel: 'foreign', description: '', type: 'number' },
      { pointer: '/shapeless', label: 'shapeless', schemaLabel: 'shapeless', description: '', type: 'unknown' },
    ]);
  });

  it('makes a sheet of each top-level list, one column for plain values, numbered when the name is taken', () => {
    const layout = formLayout(formWith(schema()));
    expect(layout.groups).toEqual([
      { pointer: '/list', sheetName: '清单', plain: true, columns: [{ key: '', title: '清单', schemaTitle: '清单', description: '每行一项', type: 'string' }] },
      {
        pointer: '/rows',
        sheetName: '清单(2)',
        plain: false,
        columns: [
          { key: 'x', title: '数', schemaTitle: '数', description: '数的说明', type: 'number' },
          { key: 'y', title: 'y', schemaTitle: 'y', description: '', type: 'string-list' },
          { key: 'z', title: 'z', schemaTitle: 'z', description: '', type: 'boolean' },
          { key: 'w', title: '字', schemaTitle: '字', description: '说明文字', type: 'string' },
        ],
      },
      // Same title as the form: the main sheet has the name already.
      { pointer: '/bare', sheetName: '测试表(2)', plain: true, columns: [{ key: '', title: '测试表', schemaTitle: '测试表', description: '', type: 'unknown' }] },
    ]);
  });

  it('uses label overrides for fields, groups and columns, and keeps the schema titles beside them', () => {
    const labels = { '/b': '乙改', '/c': '丙改', '/c/g/h': '是否改', '/list': '清单改', '/rows/x': '数改' };
    const layout = formLayout(formWith(schema(), '测试/表'), { labels });
    expect(layout.mainSheet).toBe('测试·表');
    const byPointer = Object.fromEntries(layout.fields.map((f) => [f.pointer, [f.label, f.schemaLabel]]));
    expect(byPointer['/b']).toEqual(['乙改', '乙']);
    expect(byPointer['/c/d']).toEqual(['丙改 / d', '丙组 / d']);
    expect(byPointer['/c/g/h']).toEqual(['丙改 / g / 是否改', '丙组 / g / 是否']);
    expect(byPointer['/a']).toEqual(['文字', '文字']);
    expect(layout.groups.map((g) => g.sheetName)).toEqual(['清单改', '清单', '测试表']);
    expect(layout.groups[0]!.columns[0]).toMatchObject({ title: '清单改', schemaTitle: '清单' });
    expect(layout.groups[1]!.columns[0]).toMatchObject({ key: 'x', title: '数改', schemaTitle: '数' });
  });

  it('lists the jurisdiction’s extra fields, then keys found in the data that it does not define', () => {
    const form = formWith({ properties: { name: { type: 'string', title: '姓名' }, extra: { type: 'object', title: '本地补充字段' }, after: { type: 'string' } } });
    const layout = formLayout(form, {
      extraFields: [
        { key: 'k1', title: '走访日期', type: 'date', description: '按年-月-日' },
        { key: 'k2', title: '是否脱贫户', type: 'boolean' },
        { key: 'k3', title: '次数', type: 'number' },
      ],
      extraKeys: ['k2', 'k4'],
      labels: { '/extra': '补充' },
    });
    expect(layout.fields).toEqual([
      { pointer: '/name', label: '姓名', schemaLabel: '姓名', description: '', type: 'string' },
      { pointer: '/extra/k1', label: '补充 / 走访日期', schemaLabel: '本地补充字段 / 走访日期', description: '按年-月-日', type: 'string' },
      { pointer: '/extra/k2', label: '补充 / 是否脱贫户', schemaLabel: '本地补充字段 / 是否脱贫户', description: '', type: 'boolean' },
      { pointer: '/extra/k3', label: '补充 / 次数', schemaLabel: '本地补充字段 / 次数', description: '', type: 'number' },
      { pointer: '/extra/k4', label: '补充 / k4', schemaLabel: '本地补充字段 / k4', description: '', type: 'unknown' },
      { pointer: '/after', label: 'after', schemaLabel: 'after', description: '', type: 'string' },
    ]);
    // Without extra fields or keys the /extra object has no rows at all.
    expect(formLayout(form).fields.map((f) => f.pointer)).toEqual(['/name', '/after']);
  });

  it('gives an extra object below the top level no special rows', () => {
    const form = formWith({ properties: { g: { type: 'object', title: '组', properties: { extra: { type: 'string', title: '附加' } } } } });
    expect(formLayout(form, { extraFields: [{ key: 'k', title: 'K', type: 'string' }] }).fields).toEqual([
      { pointer: '/g/extra', label: '组 / 附加', schemaLabel: '组 / 附加', description: '', type: 'string' },
    ]);
  });
});
