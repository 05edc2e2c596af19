/**
 * The list of this form's drafts in this browser: open, rename, delete, new.
 * An encrypted draft this page cannot read shows only its name and dates, and
 * asks for the passphrase when opened. 删除本机全部草稿 empties the browser of
 * every form's drafts, for whoever leaves a shared PC.
 */
import { useState } from 'react';
import type { DraftSummary } from '../../lib/drafts/draft.ts';
import { Dialog } from './Dialog.tsx';

interface Props {
  drafts: DraftSummary[];
  currentId: string | undefined;
  currentName: string | undefined;
  version: number;
  /** a passphrase vault exists */
  encryption: boolean;
  /** this page has the key */
  unlocked: boolean;
  onOpen: (id: string) => void;
  onUnlock: (draft: DraftSummary) => void;
  onNew: () => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
  onExportOld: (id: string, version: number) => void;
  /** 导出原始数据: a damaged draft's record as stored */
  onExportRaw: (id: string) => void;
  /** how many drafts of every form and jurisdiction this browser holds */
  countAll: () => Promise<number>;
  onDeleteAll: () => void;
}

const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

export function DraftsPanel(p: Props) {
  const [renaming, setRenaming] = useState<DraftSummary>();
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<DraftSummary>();
  /** set while asking about 删除本机全部草稿: how many that deletes */
  const [wiping, setWiping] = useState<number>();
  const currentListed = p.drafts.some((d) => d.id === p.currentId);
  return (
    <section className="drafts-panel no-print" aria-labelledby="drafts-title">
      <div className="drafts-head">
        <h2 id="drafts-title">草稿（{p.drafts.length + (currentListed ? 0 : 1)}）</h2>
        <button type="button" onClick={p.onNew}>
          新建草稿
        </button>
      </div>
      <ul className="drafts-list">
        {!currentListed && p.currentId && (
          <li aria-current="true">
            <span className="draft-name">{p.currentName}</span>
            <span className="draft-meta">正在填写，尚未保存（填写后自动保存）</span>
          </li>
        )}
        {p.drafts.map((d) => {
          const old = [...new Set([...(d.version !== p.version ? [d.version] : []), ...d.olderVersions])];
          const locked = d.encrypted && !p.unlocked;
          if (d.damaged) {
            return (
              <li key={d.id} aria-label={d.name} className="draft-damaged">
                <span className="draft-name">{d.name}</span>
                <span className="draft-meta">
                  已损坏，无法打开：{d.damaged}
                  {d.updatedAt && ` · 保存于 ${time(d.updatedAt)}`}
                </span>
                <span className="draft-actions">
                  <button type="button" onClick={() => p.onExportRaw(d.id)}>
                    导出原始数据
                  </button>
                  <button type="button" onClick={() => setDeleting(d)}>
                    丢弃
                  </button>
                </span>
              </li>
            );
          }
          return (
            <li key={d.id} aria-current={d.id === p.currentId ? 'true' : undefined} aria-label={d.name}>
              <span className="draft-name">{d.name}</span>
              <span className="draft-meta">
                {d.id === p.currentId ? '正在填写 · ' : ''}
                保存于 {time(d.updatedAt)}
                {locked ? ' · 已加密，需输入口令' : d.encrypted ? ' · 已加密' : p.encryption ? ' · 未加密' : ''}
                {d.version !== p.version ? ` · 第 ${d.version} 版表单` : ''}
              </span>
              <span className="draft-actions">
                {locked ? (
                  <button type="button" onClick={() => p.onUnlock(d)}>
                    解锁并打开
                  </button>
                ) : (
                  <>
                    {d.id !== p.currentId && (
                      <button type="button" onClick={() => p.onOpen(d.id)}>
                        打开
                      </button>
                    )}
                    <button
                      type="button"
                      onClick={() => {
                        setName(d.name);
                        setRenaming(d);
                      }}
                    >
                      重命名
                    </button>
                  </>
                )}
                <button type="button" onClick={() => setDeleting(d)}>
                  删除
                </button>
                {!locked &&
                  old.map((v) => (
                    <button key={v} type="button" onClick={() => p.onExportOld(d.id, v)}>
                      导出第 {v} 版原数据
                    </button>
                  ))}
              </span>
            </li>
          );
        })}
      </ul>
      <p>
        <button type="button" className="danger" onClick={async () => setWiping(await p.countAll())}>
          删除本机全部草稿
        </button>{' '}
        <span className="hint">离开公用电脑前使用：“清空草稿”只清空正在填写的这一份。</span>
      </p>
      {renaming && (
        <Dialog
          title="重命名草稿"
          confirmLabel="保存名称"
          onCancel={() => setRenaming(undefined)}
          onConfirm={() => {
            p.onRename(renaming.id, name);
            setRenaming(undefined);
          }}
        >
          <label className="dialog-field">
            草稿名称
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} autoFocus required />
          </label>
          <p className="hint">草稿名称不加密，请不要写入学生姓名等个人信息。</p>
        </Dialog>
      )}
      {deleting && (
        <Dialog
          title={deleting.damaged ? '丢弃已损坏的草稿' : '删除草稿'}
          confirmLabel={deleting.damaged ? '确定丢弃' : '确定删除'}
          danger
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => {
            p.onDelete(deleting.id);
            setDeleting(undefined);
          }}
        >
          <p>
            {deleting.damaged
              ? `丢弃已损坏的草稿“${deleting.name}”？丢弃后无法恢复。如需保留，请先“导出原始数据”。`
              : `删除草稿“${deleting.name}”？删除后无法恢复。如需保留，请先打开它并“导出 JSON”。`}
            {deleting.encrypted && !p.unlocked && '此草稿已加密，可能是别人的，请确认后再删除。'}
          </p>
        </Dialog>
      )}
      {wiping !== undefined && (
        <Dialog
          title="删除本机全部草稿"
          confirmLabel={`删除 ${wiping} 份草稿`}
          danger
          onCancel={() => setWiping(undefined)}
          onConfirm={() => {
            p.onDeleteAll();
            setWiping(undefined);
          }}
        >
          <p>
            将删除这个浏览器中本站保存的全部 <strong>{wiping} 份草稿</strong>：所有表单、所有辖区，包括已加密的草稿和别人的草稿{p.encryption && '，并停用口令加密'}。删除后无法恢复。
          </p>
          <p>如需保留，请先逐份打开并“导出 JSON”。</p>
        </Dialog>
      )}
    </section>
  );
}
