/**
 * Chinese for every string rjsf itself shows (buttons, labels, notices); rjsf
 * ships English only. `%1`, `%2` are replaced by rjsf's own replaceStringParameters.
 * No Markdown markup: rjsf's Markdown renderer is replaced by plain text here
 * (plain-markdown.tsx, aliased in astro.config.mjs).
 */
import { englishStringTranslator, TranslatableString } from '@rjsf/utils';

export const zhStrings: Record<TranslatableString, string> = {
  [TranslatableString.ArrayItemTitle]: '列表项',
  [TranslatableString.MissingItems]: '缺少列表项的定义',
  [TranslatableString.EmptyArray]: '尚无内容，请点击下方按钮添加。',
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.CloseLabel]: '关闭',
  [TranslatableString.ErrorsLabel]: '请修改以下问题',
  [TranslatableString.NewStringDefault]: '新值',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.AddItemButton]: '添加一项',
  [TranslatableString.CopyButton]: '复制',
  [TranslatableString.ExpandButton]: '展开下一层',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.RemoveButton]: '删除此项',
  [TranslatableString.NowLabel]: '现在',
  [TranslatableString.ClearLabel]: '清除',
  [TranslatableString.AriaDateLabel]: '选择日期',
  [TranslatableString.PreviewLabel]: '预览',
  [TranslatableString.DecrementAriaLabel]: '减 1',
  [TranslatableString.IncrementAriaLabel]: '加 1',
  [TranslatableString.OptionalObjectAdd]: '填写此可选项',
  [TranslatableString.OptionalObjectRemove]: '不填此可选项',
  [TranslatableString.OptionalObjectEmptyMsg]: '此可选项未填写',
  [TranslatableString.Type]: '类型',
  [TranslatableString.Value]: '值',
  [TranslatableString.ClearButton]: '清空输入',
  [TranslatableString.UnknownFieldType]: '未知的字段类型 %1',
  [TranslatableString.OptionPrefix]: '选项 %1',
  [TranslatableString.TitleOptionPrefix]: '%1 选项 %2',
  [TranslatableString.KeyLabel]: '%1 键名',
  [TranslatableString.DeprecatedLabel]: '%1（已停用）',
  [TranslatableString.CycleDetected]: '字段“%1”存在循环引用，可选择展开下一层',
  [TranslatableString.InvalidObjectField]: '“%1”字段配置无效：%2。',
  [TranslatableString.UnsupportedField]: '不支持的字段定义。',
  [TranslatableString.UnsupportedFieldWithId]: '字段“%1”的定义不受支持。',
  [TranslatableString.UnsupportedFieldWithReason]: '不支持的字段定义：%1。',
  [TranslatableString.UnsupportedFieldWithIdAndReason]: '字段“%1”的定义不受支持：%2。',
  [TranslatableString.FilesInfo]: '%1（%2，%3 字节）',
};

/** rjsf's `translateString` prop. */
export function translateZh(key: TranslatableString, params?: string[]): string {
  return englishStringTranslator(zhStrings[key] as TranslatableString, params);
}
