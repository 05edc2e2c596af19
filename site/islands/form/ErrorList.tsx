/**
 * The list of problems above the form, in the words of each message (which
 * already name the field; rjsf's default shows its internal property paths),
 * in form order, each a link that takes the user to its field.
 */
import type { ErrorListProps } from '@rjsf/utils';
import { focusField } from '../../lib/forms/field-id.ts';
import { listedErrors } from './listed-errors.ts';

export function ErrorList({ errors, schema, uiSchema }: ErrorListProps) {
  const items = listedErrors(errors, schema as Record<string, unknown>, uiSchema as Record<string, unknown> | undefined);
  return (
    <div className="panel panel-danger errors" role="alert">
      <h2 className="panel-title">请修改以下 {items.length} 处</h2>
      <ul>
        {items.map((e) => (
          <li key={e.key}>
            <a
              href={`#${e.id}`}
              onClick={(event) => {
                // The form is drawn by script: focus the field rather than only scrolling to it.
                if (focusField(e.id)) event.preventDefault();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
