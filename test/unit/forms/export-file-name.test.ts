/** Exported files are named 表单-对象-日期, plainly, whatever the draft was called. */
import { describe, expect, it } from 'vitest';
import { exportFileName, plainFileName } from '../../../site/lib/forms/export-file-name.ts';

const today = '2026-12-02';

describe('exportFileName', () => {
  it('names a pupil’s record after the pupil', () => {
    expect(exportFileName({ title: '辍学学生登记表', draftName: '导入：登记表 (3)', data: { student: { name: '张小明' } }, today })).toBe('辍学学生登记表-张小明-2026-12-02');
  });

  it('names a monthly report after the school and the month', () => {
    expect(exportFileName({ title: '控辍保学月报表', data: { school: { name: '唐河县城郊乡中心学校', code: '1' }, period: '2026-03' }, today })).toBe(
      '控辍保学月报表-唐河县城郊乡中心学校-2026年3月-2026-12-02',
    );
    expect(exportFileName({ title: '送教上门记录', data: { school: '唐河县特殊教育学校' }, today })).toBe('送教上门记录-唐河县特殊教育学校-2026-12-02');
  });

  it('uses an imported draft’s file name without “导入：” when the record names nobody', () => {
    const name = exportFileName({ title: '辍学学生登记表', draftName: '导入：城郊乡/九月：补报?', data: {}, today });
    expect(name).toBe('辍学学生登记表-城郊乡-九月-补报-2026-12-02');
    expect(name).not.toMatch(/[：:/\\?*"<>|]/);
  });

  it('leaves out the page’s own draft names, which say nothing about the record', () => {
    expect(exportFileName({ title: '核查登记', draftName: '草稿 2（12月2日 10:30）', data: {}, today })).toBe('核查登记-2026-12-02');
    expect(exportFileName({ title: '核查登记', draftName: '未保存的草稿', data: {}, today })).toBe('核查登记-2026-12-02');
    expect(exportFileName({ title: '核查登记', draftName: '一组（另一窗口的副本）', data: {}, today })).toBe('核查登记-一组-2026-12-02');
  });

  it('says the title once when the draft is named after the form', () => {
    expect(exportFileName({ title: '目标责任书', draftName: '目标责任书', data: {}, today })).toBe('目标责任书-2026-12-02');
  });
});

describe('plainFileName', () => {
  it('turns reserved and full-width reserved characters and spaces into single dashes', () => {
    expect(plainFileName(' a:b／c＼d？e＊f"g<h>i|j\tk ')).toBe('a-b-c-d-e-f-g-h-i-j-k');
    expect(plainFileName('..hidden..')).toBe('hidden');
    expect(plainFileName('长'.repeat(200))).toHaveLength(120);
  });
});
