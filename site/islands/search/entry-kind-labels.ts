import type { EntryKind } from '../../lib/search/search-types.ts';

/** How each kind of search hit is named on the page. */
export const entryKindLabels: Record<EntryKind, string> = {
  clause: '政策条款',
  procedure: '工作程序',
  duty: '责任分工',
  form: '标准表单',
  'form-field': '填表说明',
};
