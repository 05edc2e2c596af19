import type { Diagnostic } from '../../lib/config/diagnostic.ts';
import { editorFieldId } from '../../lib/editor/ui-schema.ts';

/** The check's findings in the CLI's words, each with its line in the YAML file and a link to its field. */
export function DiagnosticsList({ diagnostics, file, checking }: { diagnostics: Diagnostic[]; file: string; checking: boolean }) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const focus = (pointer: string) => (e: React.MouseEvent) => {
    // The nearest field that exists: a missing value's pointer names a field the form has not drawn yet.
    for (let p = pointer; p; p = p.slice(0, p.lastIndexOf('/'))) {
      const el = document.getElementById(editorFieldId(p));
      if (el) {
        e.preventDefault();
        el.scrollIntoView({ block: 'center' });
        el.focus();
        return;
      }
    }
  };
  return (
    <section className="editor-check" aria-labelledby="editor-check-title" aria-live="polite">
      <h2 id="editor-check-title">检查结果</h2>
      {checking && <p className="muted">正在检查……</p>}
      {!checking && diagnostics.length === 0 && <p className="editor-ok">没有问题：下载的 {file} 可以直接通过 npx baoxue validate。</p>}
      {!checking && diagnostics.length > 0 && (
        <>
          <p>
            {errors > 0 ? `${errors} 个错误` : '没有错误'}
            {warnings > 0 && `，${warnings} 个警告`}（与 npx baoxue validate 的说明相同，行号指下载的 YAML 文件）。
          </p>
          <ul>
            {diagnostics.map((d, i) => (
              <li key={i} className={d.severity === 'warning' ? 'warning' : 'error'}>
                <a href={`#${editorFieldId(d.pointer || '/')}`} onClick={focus(d.pointer)}>
                  第 {d.line} 行{d.pointer ? `（${d.pointer}）` : ''}
                </a>
                ：{d.severity === 'warning' ? '警告：' : ''}
                {d.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
