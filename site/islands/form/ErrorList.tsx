/**
 * The list of problems above the form, in the words of each message (which
 * already name the field); rjsf's default shows its internal property paths.
 */
import type { ErrorListProps } from '@rjsf/utils';

export function ErrorList({ errors }: ErrorListProps) {
  const messages = [...new Set(errors.map((e) => e.message ?? e.stack).filter(Boolean))];
  return (
    <div className="panel panel-danger errors" role="alert">
      <h2 className="panel-title">请修改以下 {messages.length} 处</h2>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
