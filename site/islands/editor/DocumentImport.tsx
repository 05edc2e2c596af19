/**
 * A policy document from its text: the clerk pastes the full text, the same
 * parser as `npx baoxue import-document` finds its title, 发文字号, 机关, date and
 * clause tree, and the page offers the policy YAML to download. The imported
 * document joins the editor's check, so the jurisdiction may cite its clauses.
 */
import { useState } from 'react';
import { parseDocument, policyYaml, type ImportedClause, type ParsedDocument } from '../../lib/import-document/index.ts';
import type { ConfigIndex } from '../../lib/editor/config-index.ts';
import type { ConfigSource } from '../../lib/config/load-sources.ts';
import { downloadFile } from '../form/download.ts';
import { clipValue, quote } from '../../lib/text/quote-value.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function ClauseList({ clauses }: { clauses: ImportedClause[] }) {
  return (
    <ol className="editor-clauses">
      {clauses.map((c) => (
        <li key={c.id}>
          <span className="clause-label">{c.label}</span>
          {c.heading ? <strong>{c.heading}</strong> : <span className="muted">{clipValue(c.text ?? '', 40).text}</span>}
          <span className="muted">（标识 {c.id}，原文第 {c.line} 行）</span>
          {c.clauses && <ClauseList clauses={c.clauses} />}
        </li>
      ))}
    </ol>
  );
}

export function DocumentImport({ index, onPolicy }: { index: ConfigIndex | undefined; onPolicy: (p: ConfigSource) => void }) {
  const [text, setText] = useState('');
  const [id, setId] = useState('');
  const [result, setResult] = useState<{ doc: ParsedDocument; yaml?: string; problem?: string }>();

  const idProblem = id && !idPattern.test(id) ? '文件标识只能用小写字母、数字和连字符，例如 xixian-2024-plan。' : index?.documents.some((d) => d.id === id) ? `本站已有文件标识 ${quote(id)}，请换一个。` : undefined;

  const run = () => {
    let doc: ParsedDocument;
    try {
      doc = parseDocument(text);
    } catch {
      setResult(undefined);
      return;
    }
    if (doc.clauses.length === 0 && !doc.metadata.title) {
      setResult({ doc, problem: '没有找到标题和编号条款：请粘贴文件的完整正文（含标题和“一、”“（一）”“1.”或“第一条”等编号）。' });
      return;
    }
    if (!doc.metadata.title || !doc.metadata.issuer) {
      setResult({ doc, problem: `没有找到${doc.metadata.title ? '' : '标题'}${!doc.metadata.title && !doc.metadata.issuer ? '和' : ''}${doc.metadata.issuer ? '' : '发文机关'}：请把文件开头（标题、发文字号）和落款（发文机关、日期）一起粘贴进来。` });
      return;
    }
    const yaml = policyYaml(doc, { id, sourceName: '配置编辑器中粘贴的文本', knownDocuments: index?.documents ?? [] });
    setResult({ doc, yaml });
    onPolicy({ file: `config/policies/${id}.yaml`, name: `${id}.yaml`, text: yaml });
  };

  const m = result?.doc.metadata;
  return (
    <section className="editor-import" aria-labelledby="editor-import-title">
      <h2 id="editor-import-title">导入政策文件</h2>
      <p className="muted">把本县文件的全文（从网页或 Word 复制）粘贴到下面，生成条款树和政策文件的 YAML；与命令 npx baoxue import-document 的结果相同。</p>
      <div className="editor-open-row">
        <label htmlFor="editor-doc-id">文件标识</label>
        <input id="editor-doc-id" type="text" autoComplete="off" value={id} onChange={(e) => setId(e.target.value.trim())} placeholder="例如 xixian-2024-plan" aria-describedby={idProblem ? 'editor-doc-id-problem' : undefined} />
      </div>
      {idProblem && <p id="editor-doc-id-problem" className="form-error">{idProblem}</p>}
      <label htmlFor="editor-doc-text" className="editor-block-label">粘贴政策文件全文</label>
      <textarea id="editor-doc-text" rows={10} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="editor-actions">
        <button type="button" onClick={run} disabled={!text.trim() || !id || !!idProblem}>
          生成条款
        </button>
        {result?.yaml && (
          <button type="button" onClick={() => downloadFile(`${id}.yaml`, result.yaml!, 'text/yaml;charset=utf-8')}>
            下载政策文件 YAML
          </button>
        )}
      </div>
      {result?.problem && <p className="form-error" role="alert">{result.problem}</p>}
      {result?.yaml && m && (
        <div className="editor-import-result" role="status">
          <p>
            《{m.title}》{m.docNumber ? ` ${m.docNumber}` : ''}，{m.issuer}{m.date ? `，${m.date}` : ''}。共 {count(result.doc.clauses)} 个条款
            {result.doc.unplaced.length > 0 ? `，${result.doc.unplaced.length} 行未能归入条款（已写入文件的 note，请核对）` : '，每一行都已归入'}。
            已加入本页的检查：辖区配置可以引用 {id}#条款标识。
          </p>
          <ClauseList clauses={result.doc.clauses} />
          {result.doc.unplaced.length > 0 && (
            <ul className="editor-unplaced">
              {result.doc.unplaced.map((u) => (
                <li key={u.line}>第 {u.line} 行（{u.reason}）：{u.text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

const count = (clauses: ImportedClause[]): number => clauses.reduce((n, c) => n + 1 + count(c.clauses ?? []), 0);
