/**
 * rjsf's own text/number/date input, asking phones for the keyboard the
 * field's schema calls for (lib/forms/keyboard.ts) and handing typed text to
 * rjsf after a pause (deferred-commit.ts). rjsf passes unknown props of its
 * BaseInputTemplate on to the <input>.
 */
import { getDefaultRegistry } from '@rjsf/core';
import type { BaseInputTemplateProps } from '@rjsf/utils';
import { keyboardFor } from '../../lib/forms/keyboard.ts';
import { useDeferredChange } from './use-deferred-change.ts';
import { FieldForm } from './FieldForm.tsx';

const Base = getDefaultRegistry().templates.BaseInputTemplate;

export function KeyboardInput(props: BaseInputTemplateProps) {
  const typed = useDeferredChange(props.value, props.onChange);
  // Date, time and colour inputs open their own pickers: a keyboard hint would only confuse them, and a pick is one change.
  if (props.type && props.type !== 'text' && props.type !== 'number')
    return (
      <FieldForm>
        <Base {...props} />
      </FieldForm>
    );
  const onBlur = (id: string, value: unknown) => {
    typed.flush();
    props.onBlur(id, value);
  };
  return (
    <FieldForm>
      <Base {...props} {...keyboardFor(props.schema as Record<string, unknown>)} value={typed.value} onChange={typed.onChange} onBlur={onBlur} />
    </FieldForm>
  );
}
