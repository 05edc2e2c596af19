import { describe, expect, it } from 'vitest';
import { damageOf, rawDraftJson } from '../../../site/lib/drafts/draft-shape.ts';
import { summarize, type DraftRecord } from '../../../site/lib/drafts/draft.ts';

const good: DraftRecord = {
  form: 'dropout-registration',
  id: 'a',
  name: '甲',
  jurisdiction: 'tanghe',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  data: { student: { name: '张三' } },
};

describe('damageOf', () => {
  it('accepts plain, empty, sealed drafts and drafts with history', () => {
    expect(damageOf(good)).toBeUndefined();
    expect(damageOf({ ...good, data: undefined })).toBeUndefined();
    expect(damageOf({ ...good, data: undefined, sealed: { iv: 'aa', data: 'bb' } })).toBeUndefined();
    expect(damageOf({ ...good, history: [{ version: 0, savedAt: good.updatedAt, data: { x: 1 } }] })).toBeUndefined();
  });

  it('names what is wrong with a record that cannot be opened', () => {
    const cases: [unknown, string][] = [
      [null, '记录不是一组字段'],
      [{ ...good, name: 42 }, '缺少草稿名称'],
      [{ ...good, jurisdiction: undefined }, '缺少所属辖区'],
      [{ ...good, version: '1' }, '表单版本不是整数'],
      [{ ...good, version: 1.5 }, '表单版本不是整数'],
      [{ ...good, updatedAt: 1767225600000 }, '保存时间无效'],
      [{ ...good, data: '{"student":{"na' }, '表单数据不是一组字段（可能被截断或改写）'],
      [{ ...good, data: [1, 2] }, '表单数据不是一组字段（可能被截断或改写）'],
      [{ ...good, data: undefined, sealed: { iv: 'aa' } }, '加密内容不完整'],
      [{ ...good, history: 'x' }, '旧版本记录无效'],
      [{ ...good, history: [{ version: 0, data: 7 }] }, '旧版本记录无效'],
    ];
    for (const [record, reason] of cases) expect(damageOf(record), JSON.stringify(record)).toBe(reason);
  });
});

describe('summarize', () => {
  it('lists a damaged record with what can be shown and the reason, instead of failing', () => {
    const s = summarize({ ...good, name: 42, updatedAt: undefined, data: 'garbage' } as unknown as DraftRecord);
    expect(s).toMatchObject({ id: 'a', name: '（无名称）', updatedAt: '', damaged: '缺少草稿名称', encrypted: false });
    expect(summarize(good).damaged).toBeUndefined();
  });
});

describe('rawDraftJson', () => {
  it('writes the record exactly as stored, even values JSON cannot hold', () => {
    const record = { ...good, data: 'broken{', size: 10n };
    const back = JSON.parse(rawDraftJson(record));
    expect(back).toEqual({ ...good, data: 'broken{', size: '10' });
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(JSON.parse(rawDraftJson(cyclic))).toEqual({ a: 1, self: '[循环引用]' });
    expect(rawDraftJson(undefined)).toBe('null\n');
  });
});
