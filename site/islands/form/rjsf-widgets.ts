/**
 * The widgets of rjsf's default registry on every page (put in place of
 * @rjsf/core's components/widgets/index.js by astro.config.mjs): the ones the
 * form schemas and uiSchemas ask for. The others (file upload, star rating,
 * range slider, colour picker, the drop-down date pickers, …) would cost
 * every form page about 2 KB gzip; a unit test resolves every field of every
 * form against this set, so a form that starts to need one fails there. The
 * editor passes rjsf's full set as its `widgets` prop.
 */
import CheckboxesWidget from '@rjsf/core/lib/components/widgets/CheckboxesWidget.js';
import CheckboxWidget from '@rjsf/core/lib/components/widgets/CheckboxWidget.js';
import DateWidget from '@rjsf/core/lib/components/widgets/DateWidget.js';
import HiddenWidget from '@rjsf/core/lib/components/widgets/HiddenWidget.js';
import RadioWidget from '@rjsf/core/lib/components/widgets/RadioWidget.js';
import SelectWidget from '@rjsf/core/lib/components/widgets/SelectWidget.js';
import TextareaWidget from '@rjsf/core/lib/components/widgets/TextareaWidget.js';
import TextWidget from '@rjsf/core/lib/components/widgets/TextWidget.js';

export default function widgets() {
  return {
    CheckboxWidget,
    CheckboxesWidget,
    DateWidget,
    HiddenWidget,
    RadioWidget,
    SelectWidget,
    TextWidget,
    TextareaWidget,
  };
}
