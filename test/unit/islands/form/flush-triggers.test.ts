/** Which events hand held-back text on before they are handled (site/islands/form/flush-triggers.ts). */
import { describe, expect, it } from 'vitest';
import { flushesFor } from '../../../../site/islands/form/flush-triggers.ts';

describe('flushesFor', () => {
  const field = {} as Element;
  const other = {} as Element;
  it('keeps holding while keys, input and clicks come from the field being typed in', () => {
    expect(flushesFor({ type: 'keydown', key: 'a', target: field }, field)).toBe(false);
    expect(flushesFor({ type: 'input', target: field }, field)).toBe(false);
    expect(flushesFor({ type: 'click', target: field }, field)).toBe(false);
  });
  it('hands on for Enter, even in the field itself (it may submit 检查填写)', () => {
    expect(flushesFor({ type: 'keydown', key: 'Enter', target: field }, field)).toBe(true);
  });
  it('hands on for a change, input or click anywhere else, before that is applied', () => {
    expect(flushesFor({ type: 'change', target: other }, field)).toBe(true);
    expect(flushesFor({ type: 'input', target: other }, field)).toBe(true);
    expect(flushesFor({ type: 'click', target: other }, field)).toBe(true);
    expect(flushesFor({ type: 'keydown', key: ' ', target: other }, field)).toBe(false);
  });
});
