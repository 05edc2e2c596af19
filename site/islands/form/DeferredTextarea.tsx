/** rjsf's textarea, handing typed text to rjsf after a pause or on blur (deferred-commit.ts). */
import type { WidgetProps } from '@rjsf/utils';
import TextareaWidget from '@rjsf/core/lib/components/widgets/TextareaWidget.js';
import { useDeferredChange } from './use-deferred-change.ts';
import { FieldForm } from './FieldForm.tsx';

export function DeferredTextarea(props: WidgetProps) {
  const typed = useDeferredChange(props.value, props.onChange);
  const onBlur = (id: string, value: unknown) => {
    typed.flush();
    props.onBlur(id, value);
  };
  // Its own form: see FieldForm.tsx (autofill's cost per keystroke).
  return (
    <FieldForm>
      <TextareaWidget {...props} value={typed.value} onChange={typed.onChange} onBlur={onBlur} />
    </FieldForm>
  );
}
