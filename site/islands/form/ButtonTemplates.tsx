/**
 * rjsf's buttons with visible Chinese text: the default ones show icon fonts
 * (glyphicons) that this site does not load, which would leave empty boxes.
 */
import type { IconButtonProps, SubmitButtonProps } from '@rjsf/utils';
import { getSubmitButtonOptions, TranslatableString } from '@rjsf/utils';
import { firstTabbable, whenRemoved } from './focus.ts';
import { FieldForm } from './FieldForm.tsx';

function TextButton({ label, className, iconType: _i, icon: _ic, uiSchema: _u, registry: _r, ...rest }: IconButtonProps & { label: string }) {
  return (
    <button type="button" className={`array-button ${className ?? ''}`} {...rest} title={undefined}>
      {label}
    </button>
  );
}

const make = (key: TranslatableString, extra = '') =>
  function Button(props: IconButtonProps) {
    return <TextButton {...props} className={`${props.className ?? ''} ${extra}`} label={props.registry.translateString(key)} />;
  };

export const AddButton = make(TranslatableString.AddItemButton, 'add');
const Remove = make(TranslatableString.RemoveButton, 'remove');

/**
 * 删除此项 takes its own button away with the item, which would drop keyboard
 * focus to the page body: it goes to the next item's first field instead, or
 * the previous item's, or 添加一项 once the list is empty. The targets are
 * found before the removal, since rjsf keys items, so their elements stay.
 */
export function RemoveButton(props: IconButtonProps) {
  return (
    <Remove
      {...props}
      onClick={(e) => {
        const item = e.currentTarget.closest('.rjsf-array-item');
        const next = item?.nextElementSibling ?? item?.previousElementSibling;
        // The array's own fieldset: its add button, or whatever it still holds.
        const field = item?.parentElement?.parentElement;
        props.onClick?.(e);
        if (item) whenRemoved(item, () => (firstTabbable(next) ?? field?.querySelector<HTMLElement>(':scope > .rjsf-array-item-add') ?? firstTabbable(field))?.focus());
      }}
    />
  );
}
export const MoveUpButton = make(TranslatableString.MoveUpButton);
export const MoveDownButton = make(TranslatableString.MoveDownButton);
export const CopyButton = make(TranslatableString.CopyButton);
export const ClearButton = make(TranslatableString.ClearButton);

function SubmitButton({ uiSchema }: SubmitButtonProps) {
  const { submitText, norender } = getSubmitButtonOptions(uiSchema);
  if (norender) return null;
  return (
    <FieldForm>
      <div className="form-submit">
        <button type="submit" className="primary">
          {submitText}
        </button>
        <span className="hint">检查必填项和格式；草稿随时自动保存，不必先检查。</span>
      </div>
    </FieldForm>
  );
}

export const buttonTemplates = { AddButton, RemoveButton, MoveUpButton, MoveDownButton, CopyButton, ClearButton, SubmitButton };
