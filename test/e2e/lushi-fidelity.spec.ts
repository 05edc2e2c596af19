import { test, expect } from './fixtures.ts';

// 卢政办〔2019〕18号 三(二)4: “对因漠视、冷落、嘲讽等导致学生辍学的教师严肃处理” is a penalty on such teachers, with no subject.
test('卢氏县：处理导致学生辍学的教师列在工作程序中，不在教师的职责中', async ({ guardedPage: page }) => {
  await page.goto('/lushi/duties/');
  await expect(page.getByRole('main')).toContainText('关爱后进生');
  await expect(page.getByRole('main')).not.toContainText('漠视、冷落、嘲讽');
  await page.goto('/lushi/procedures/');
  await expect(page.getByRole('main')).toContainText('因漠视、冷落、嘲讽等导致学生辍学的教师的处理');
  await expect(page.getByRole('main')).toContainText('对该教师严肃处理。');
});
