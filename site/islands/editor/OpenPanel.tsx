/**
 * Where an edit starts: a jurisdiction of this site, a YAML file from this
 * computer, or a new jurisdiction. A policy document's YAML opened here joins
 * the check (so the jurisdiction may cite its clauses) instead of the form.
 */
import { useEffect, useState } from 'react';
import { parseYamlSource } from '../../lib/config/yaml-source.ts';
import { configFileUrl, type ConfigIndex } from '../../lib/editor/config-index.ts';
import type { ConfigSource } from '../../lib/config/load-sources.ts';
import { fetchText } from './load-context.ts';

export interface Opened {
  /** new for every open, so the form starts afresh */
  key: string;
  label: string;
  data: Record<string, unknown>;
}

let opens = 0;

interface Props {
  index: ConfigIndex | undefined;
  indexError: string | undefined;
  onOpen: (o: Opened) => void;
  onPolicy: (p: ConfigSource) => void;
  policies: ConfigSource[];
}

export function OpenPanel({ index, indexError, onOpen, onPolicy, policies }: Props) {
  const [choice, setChoice] = useState('');
  const [template, setTemplate] = useState('');
  const [problem, setProblem] = useState<string>();
  // The server-rendered buttons do nothing until the island is hydrated: keep them disabled till then.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const openText = (text: string, label: string, fileName: string) => {
    const { source, errors } = parseYamlSource(text);
    if (!source) {
      setProblem(`${fileName} 第 ${errors[0]!.line} 行第 ${errors[0]!.col} 列：${errors[0]!.message}文件没有打开，请改正后再试。`);
      return;
    }
    const data = source.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      setProblem(`${fileName} 不是辖区配置：文件内容应是“字段: 值”的列表。`);
      return;
    }
    const d = data as Record<string, unknown>;
    if ('issuer' in d || 'clauses' in d) {
      onPolicy({ file: `config/policies/${fileName}`, name: fileName, text });
      setProblem(undefined);
      return;
    }
    setProblem(undefined);
    onOpen({ key: String(++opens), label, data: d });
  };

  const openShipped = async () => {
    const j = index?.jurisdictions.find((x) => x.id === choice);
    if (!j) return;
    const text = await fetchText(configFileUrl('jurisdictions', j.id));
    if (text === null) setProblem(`无法读取 ${j.name} 的配置文件（可能已断网）。`);
    else openText(text, `${j.name}（config/jurisdictions/${j.id}.yaml）`, `${j.id}.yaml`);
  };

  const openTemplate = async () => {
    const t = index?.templates.find((x) => x.id === template);
    if (!t) return;
    const text = await fetchText(configFileUrl('templates', t.id));
    // A template's id is its own name: the clerk gives the new jurisdiction its id, name and parent.
    if (text === null) setProblem(`无法读取范本 ${t.name}（可能已断网）。`);
    else openText(text, `范本 ${t.name}（config/templates/${t.id}.yaml）——请先改标识、名称和上级`, `${t.id}.yaml`);
  };

  const openLocal = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      setProblem(`${file.name} 不是 UTF-8 编码的文本文件，请用记事本“另存为”UTF-8 后再打开。`);
      return;
    }
    openText(text, `本机文件 ${file.name}`, file.name);
  };

  return (
    <section className="editor-open" aria-labelledby="editor-open-title">
      <h2 id="editor-open-title">打开配置</h2>
      {indexError && <p className="form-error">{indexError}</p>}
      <div className="editor-open-row">
        <label htmlFor="editor-shipped">本站辖区</label>
        <select id="editor-shipped" value={choice} onChange={(e) => setChoice(e.target.value)} disabled={!index}>
          <option value="">请选择……</option>
          {index?.jurisdictions.map((j) => (
            <option key={j.id} value={j.id}>
              {j.name}（{j.id}）
            </option>
          ))}
        </select>
        <button type="button" onClick={openShipped} disabled={!choice}>
          打开
        </button>
      </div>
      <div className="editor-open-row">
        <label htmlFor="editor-template">范本</label>
        <select id="editor-template" value={template} onChange={(e) => setTemplate(e.target.value)} disabled={!index || index.templates.length === 0}>
          <option value="">请选择……</option>
          {index?.templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}（{t.id}）
            </option>
          ))}
        </select>
        <button type="button" onClick={openTemplate} disabled={!template}>
          从范本开始
        </button>
      </div>
      <div className="editor-open-row">
        <label htmlFor="editor-local">本机 YAML 文件</label>
        <input id="editor-local" type="file" disabled={!hydrated} accept=".yaml,.yml,text/yaml" onChange={(e) => openLocal(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
      </div>
      <div className="editor-open-row">
        <button type="button" disabled={!hydrated} onClick={() => onOpen({ key: String(++opens), label: '新辖区', data: { id: '', name: '', level: 'county', parent: '' } })}>
          新建辖区
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {policies.length > 0 && <p className="muted">已加入检查的本机政策文件：{policies.map((p) => p.name).join('、')}。</p>}
    </section>
  );
}
