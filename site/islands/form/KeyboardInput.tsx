/**
 * rjsf's own text/number/date input, asking phones for the keyboard the
 * field's schema calls for (lib/forms/keyboard.ts). rjsf passes unknown props
 * of its BaseInputTemplate on to the <input>.
 */
import { getDefaultRegistry } from '@rjsf/core';
import type { BaseInputTemplateProps } from '@rjsf/utils';
import { keyboardFor } from '../../lib/forms/keyboard.ts';

const Base = getDefaultRegistry().templates.BaseInputTemplate;

export function KeyboardInput(props: BaseInputTemplateProps) {
  // Date, time and colour inputs open their own pickers; a keyboard hint would only confuse them.
  const own = props.type && props.type !== 'text' && props.type !== 'number';
  return <Base {...props} {...(own ? {} : keyboardFor(props.schema as Record<string, unknown>))} />;
}
