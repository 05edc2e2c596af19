/** One page of every kind the site builds, for checks that must hold on all of them (axe, HTML, phones, hostile values). */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export const formIds = [
  'dropout-registration',
  'monthly-report',
  'verification',
  'persuasion-record',
  'home-education-record',
  'return-notice',
  'responsibility-pledge',
] as const;

export interface PageType {
  name: string;
  path: string;
  /** what shows the page is fully drawn (islands hydrated, results listed) */
  ready: (page: Page) => Promise<void>;
}

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();
const formReady = async (page: Page) => {
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled({ timeout: 30_000 });
  await expect(page.locator('.rjsf')).toBeVisible();
};

export const pageTypes: PageType[] = [
  { name: '首页', path: '/', ready: heading },
  { name: '辖区首页', path: '/tanghe/', ready: heading },
  { name: '工作目标', path: '/qingtongxia/targets/', ready: heading },
  { name: '责任分工', path: '/qingtongxia/duties/', ready: heading },
  { name: '处置程序', path: '/tanghe/procedures/', ready: heading },
  { name: '表单列表', path: '/tanghe/forms/', ready: heading },
  ...formIds.map((id) => ({ name: `表单 ${id}`, path: `/tanghe/forms/${id}/`, ready: formReady })),
  {
    name: '搜索结果',
    path: '/search/?q=辍学',
    ready: async (page: Page) => {
      await expect(page.locator('#search-results li').first()).toBeVisible();
    },
  },
  { name: '政策文件库', path: '/policies/', ready: heading },
  { name: '政策文件', path: '/policies/guobanfa-2017-72/', ready: heading },
  { name: '对照阅读', path: '/policies/luzhengban-2019-18/compare/', ready: heading },
  { name: '找不到页面', path: '/tanghe/no-such-page/', ready: heading },
  {
    name: '月报汇总',
    path: '/bandang/reports/',
    ready: async (page: Page) => {
      await heading(page);
      await expect(page.getByRole('button', { name: '选择文件', exact: true })).toBeEnabled({ timeout: 30_000 });
    },
  },
  {
    name: '配置编辑器',
    path: '/editor/',
    ready: async (page: Page) => {
      await heading(page);
      await expect(page.getByLabel('本站辖区')).toBeEnabled({ timeout: 30_000 });
    },
  },
];
