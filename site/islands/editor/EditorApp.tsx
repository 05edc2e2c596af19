/**
 * The config editor (/editor/): a jurisdiction's YAML file as a form — the
 * jurisdiction schema rendered by rjsf with its precompiled validator — checked
 * as it is edited by the CLI's own loader and cross-file rules, and downloaded
 * as the YAML file `npx baoxue validate` accepts unchanged. Everything runs in
 * this browser; files are only read from this site and the user's disk.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import Form, { type IChangeEvent } from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
// rjsf's full sets: the default registry on every page has only what the form schemas need
// (site/islands/form/rjsf-fields.ts), and the jurisdiction schema has oneOf.
import allFields from '@rjsf/core/lib/components/fields/index.js';
import allWidgets from '@rjsf/core/lib/components/widgets/index.js';
import schemaJson from '../../generated/schemas/jurisdiction.editor.json';
import validateFns from '../../generated/validators/editor/jurisdiction.js';
import { precompiledValidator } from '../form/precompiled-validator.ts';
import { translateZh } from '../form/translate-zh.ts';
import { downloadFile } from '../form/download.ts';
import { buttonTemplates } from '../form/ButtonTemplates.tsx';
import { useOffline } from '../form/use-offline.ts';
import { toYaml, type SchemaNode } from '../../lib/editor/to-yaml.ts';
import { editorUiSchema } from '../../lib/editor/ui-schema.ts';
import { displayPath } from '../../lib/editor/edited-files.ts';
import type { ConfigIndex } from '../../lib/editor/config-index.ts';
import type { Diagnostic } from '../../lib/config/diagnostic.ts';
import type { ConfigSource } from '../../lib/config/load-sources.ts';
import { loadContext } from './load-context.ts';
import { OpenPanel, type Opened } from './OpenPanel.tsx';
import { DiagnosticsList } from './DiagnosticsList.tsx';
import { TargetsPreview } from './TargetsPreview.tsx';

// The config validators, the loader and the document parser are most of the editor's code: they load
// once the page is up (the check) or on first use (the import panel), not before the page can be read.
const loadChecker = () => import('../../lib/editor/check-edited.ts');
const DocumentImport = lazy(() => import('./DocumentImport.tsx').then((m) => ({ default: m.DocumentImport })));
import type { ConfigSet } from '../../lib/config/load-sources.ts';

const schema = schemaJson as unknown as RJSFSchema;
const validator = precompiledValidator(validateFns as never, schema);
const uiSchema = { ...editorUiSchema(schema as SchemaNode), 'ui:submitButtonOptions': { norender: true } };
type Data = Record<string, unknown>;
const fields = allFields();
const widgets = allWidgets();

const yamlHeader = (d: Data) => [
  `辖区配置：${typeof d.name === 'string' && d.name ? d.name : '（未填名称）'}（${typeof d.id === 'string' && d.id ? d.id : '未填标识'}）。`,
  '由保学配置编辑器生成。放入 config/jurisdictions/ 后运行 npx baoxue validate 检查，npx baoxue resolve <标识> 查看继承结果。',
  '没写的内容从上级辖区继承；每个字段的含义见 schemas/ 中的中文说明。',
];

export default function EditorApp() {
  const [index, setIndex] = useState<ConfigIndex>();
  const [indexError, setIndexError] = useState<string>();
  const [opened, setOpened] = useState<Opened>();
  const [data, setData] = useState<Data>({});
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const [checkedSet, setCheckedSet] = useState<ConfigSet>();
  const [checking, setChecking] = useState(false);
  const [policies, setPolicies] = useState<ConfigSource[]>([]);
  const run = useRef(0);
  // The lazy import panel is drawn in the browser only: suspending during the server render would make
  // React stream an inline script to swap it in, which the site's Content-Security-Policy forbids.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // The editor and its code (checker and import panel included) are kept like a form page, for a clerk who goes offline.
  const offline = useOffline(['/editor/', '/api/config/index.json']);

  useEffect(() => {
    fetch('/api/config/index.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(setIndex, (e) => setIndexError(`无法读取本站的辖区列表（${e instanceof Error ? e.message : String(e)}）。仍可打开本机的 YAML 文件或新建。`));
  }, []);

  const yaml = useMemo(() => toYaml(data, schema as SchemaNode, { header: yamlHeader(data) }), [data]);
  const fileName = `${typeof data.id === 'string' && data.id ? data.id : 'new-jurisdiction'}.yaml`;

  useEffect(() => {
    if (!opened) return;
    const mine = ++run.current;
    setChecking(true);
    // Checking on every keystroke would redo the cross-file rules for nothing; a pause in typing is enough.
    const timer = setTimeout(async () => {
      const [ctx, { checkEdited }] = await Promise.all([loadContext(data, index ?? { jurisdictions: [], documents: [], templates: [] }, policies), loadChecker()]);
      if (mine !== run.current) return;
      const { diagnostics, set } = checkEdited([{ kind: 'jurisdiction', name: fileName, text: yaml }], ctx);
      setDiagnostics(diagnostics);
      setCheckedSet(set);
      setChecking(false);
    }, 250);
    return () => clearTimeout(timer);
  }, [yaml, opened, index, policies, fileName]);

  const addPolicy = (p: ConfigSource) => setPolicies((list) => [...list.filter((x) => x.name !== p.name), p]);
  const open = (o: Opened) => {
    setOpened(o);
    setData(o.data);
  };

  return (
    <div className="editor">
      {offline === 'ready' && <p className="offline-ready">本页已保存到这台电脑，断网时也能打开；打开过的辖区配置断网后也能再打开。</p>}
      <OpenPanel index={index} indexError={indexError} onOpen={open} onPolicy={addPolicy} policies={policies} />
      {hydrated && (
        <Suspense fallback={<p className="muted">正在加载导入政策文件的部分……</p>}>
          <DocumentImport index={index} onPolicy={addPolicy} />
        </Suspense>
      )}
      {opened && (
        <>
          <p className="editor-opened" role="status">
            正在编辑：{opened.label}。改动只在这个页面里，点“下载 YAML”保存到本机。
          </p>
          <div className="editor-layout">
            <div className="editor-form screen-form">
              <Form
                key={opened.key}
                schema={schema}
                uiSchema={uiSchema}
                formData={data}
                validator={validator}
                fields={fields}
                widgets={widgets}
                templates={{ ButtonTemplates: buttonTemplates }}
                idPrefix="e"
                idSeparator="_"
                translateString={translateZh}
                showErrorList={false}
                noHtml5Validate
                experimental_defaultFormStateBehavior={{ arrayMinItems: { populate: 'never' }, emptyObjectFields: 'skipEmptyDefaults' }}
                onChange={(e: IChangeEvent<Data>) => setData(e.formData ?? {})}
              />
            </div>
            <aside className="editor-side">
              <div className="editor-actions">
                <button type="button" onClick={() => downloadFile(fileName, yaml, 'text/yaml;charset=utf-8')}>
                  下载 YAML
                </button>
                <span className="muted">保存为 {displayPath({ kind: 'jurisdiction', name: fileName })}</span>
              </div>
              <DiagnosticsList diagnostics={diagnostics} file={fileName} checking={checking} />
              {!checking && <TargetsPreview set={checkedSet} id={data.id} />}
              <details className="editor-yaml">
                <summary>YAML 预览</summary>
                <pre>{yaml}</pre>
              </details>
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
