/**
 * The fields of rjsf's default registry on every page (put in place of
 * @rjsf/core's components/fields/index.js by astro.config.mjs): the ones the
 * form schemas need. rjsf's layout-grid fields and its anyOf / oneOf chooser
 * would cost every form page about 3 KB gzip, and no form schema has a
 * layout grid, an anyOf or a oneOf (a unit test walks every form to keep it
 * so). The editor, whose schemas do have oneOf, passes rjsf's full set as
 * its `fields` prop.
 */
import ArrayField from '@rjsf/core/lib/components/fields/ArrayField.js';
import BooleanField from '@rjsf/core/lib/components/fields/BooleanField.js';
import CyclicSchemaField from '@rjsf/core/lib/components/fields/CyclicSchemaField.js';
import FallbackField from '@rjsf/core/lib/components/fields/FallbackField.js';
import NullField from '@rjsf/core/lib/components/fields/NullField.js';
import NumberField from '@rjsf/core/lib/components/fields/NumberField.js';
import ObjectField from '@rjsf/core/lib/components/fields/ObjectField.js';
import OptionalDataControlsField from '@rjsf/core/lib/components/fields/OptionalDataControlsField.js';
import SchemaField from '@rjsf/core/lib/components/fields/SchemaField.js';
import StringField from '@rjsf/core/lib/components/fields/StringField.js';

export const ANY_OF_MESSAGE = '表单 schema 中出现了 anyOf / oneOf：表单页不提供 rjsf 的选项切换（见 site/islands/form/rjsf-fields.ts）。请改用 enum，或把各选项的字段直接写进 properties。';

/** Rendered only for an anyOf / oneOf, which form pages do not support: fail loudly instead of drawing nothing. */
function NoMultiSchemaField(): never {
  throw new Error(ANY_OF_MESSAGE);
}

export default function fields() {
  return {
    AnyOfField: NoMultiSchemaField,
    ArrayField,
    BooleanField,
    CyclicSchemaField,
    FallbackField,
    NumberField,
    ObjectField,
    OneOfField: NoMultiSchemaField,
    OptionalDataControlsField,
    SchemaField,
    StringField,
    NullField,
  };
}
