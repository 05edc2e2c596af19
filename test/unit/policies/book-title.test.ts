import { describe, expect, it } from 'vitest';
import { bookTitle } from '../../../site/lib/policies/book-title.ts';

describe('bookTitle', () => {
  it('puts a title between 《》', () => {
    expect(bookTitle('国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知')).toBe('《国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知》');
  });

  it('turns the marks of a quoted title into 〈〉', () => {
    expect(bookTitle('唐河县教育体育局关于印发《2022年唐河县义务教育阶段控辍保学工作实施方案》的通知')).toBe(
      '《唐河县教育体育局关于印发〈2022年唐河县义务教育阶段控辍保学工作实施方案〉的通知》',
    );
  });
});
