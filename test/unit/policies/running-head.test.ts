import { describe, expect, it } from 'vitest';
import { runningHeadCss, runningHeadText } from '../../../site/lib/policies/running-head.ts';

describe('running head', () => {
  it('prints the 发文字号 and the title, inner titles in 〈〉', () => {
    expect(runningHeadText({ docNumber: '教基〔2022〕33号', title: '关于印发《实施方案》的通知' })).toBe('教基〔2022〕33号　《关于印发〈实施方案〉的通知》');
    expect(runningHeadText({ title: '金安区2022年义务教育阶段控辍保学工作方案' })).toBe('《金安区2022年义务教育阶段控辍保学工作方案》');
  });

  it('is a valid CSS string on every page but the first, whatever the title holds', () => {
    const css = runningHeadCss({ title: 'a "quoted" \\ title\nnext' });
    expect(css).toContain('content: "《a \\"quoted\\" \\\\ title\\A next》"');
    expect(css).toMatch(/@page :first \{ @top-left \{ content: none; \} \}/);
  });
});
