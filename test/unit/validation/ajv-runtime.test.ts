import { describe, expect, it } from 'vitest';
import { ucs2length } from '../../../site/lib/validation/ajv-runtime.ts';

describe('ucs2length (string lengths of the precompiled validators)', () => {
  it('counts an astral character (a rare CJK ideograph) as one', () => {
    expect(ucs2length('𠮷野家')).toBe(3);
    expect(ucs2length('张𪚥明')).toBe(3);
    expect(ucs2length('张小明')).toBe(3);
    expect(ucs2length('')).toBe(0);
  });

  it('counts a lone surrogate as one character', () => {
    expect(ucs2length('a\uD800')).toBe(2);
    expect(ucs2length('\uD800a')).toBe(2);
    expect(ucs2length('\uDC00b')).toBe(2);
  });

  it('answers right when the same and different strings alternate (it remembers the last one)', () => {
    const strings = ['𠮷野家', '𠮷野家', 'abcd', '𠮷', '𠮷', '', 'x'.repeat(41), '𠮷'.repeat(41)];
    expect(strings.map(ucs2length)).toEqual([3, 3, 4, 1, 1, 0, 41, 41]);
  });
});
