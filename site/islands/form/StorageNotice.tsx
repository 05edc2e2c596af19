/**
 * Says plainly where drafts live and that this is not a backup — in one line,
 * so the form starts on the first screen; the details open on request.
 */
import type { DraftSummary } from '../../lib/drafts/draft.ts';
import type { PersistState } from '../../lib/drafts/persist-storage.ts';
import { storageProblemText, type StorageProblem } from '../../lib/drafts/storage-problem.ts';
import type { OfflineState } from './use-offline.ts';

export function StorageNotice({ persist, offline }: { persist: PersistState | undefined; offline?: OfflineState }) {
  return (
    <details className="storage-notice" aria-label="草稿保存说明">
      <summary>
        草稿只保存在<strong>这台电脑的这个浏览器</strong>里，<strong>不是备份</strong>；填好后请“导出 JSON”另存一份。
      </summary>
      <p>
        草稿不会上传。清除浏览器数据、换电脑或重装系统后草稿就没有了。
        {persist === 'granted' && '浏览器已同意长期保留本站数据。'}
        {persist === 'denied' && '浏览器未同意长期保留本站数据，存储空间不足时草稿可能被自动清除。'}
      </p>
      <p>
        在公用电脑上填写学生信息，请开启下方的“口令加密”。“清空草稿”只清空正在填写的这一份；离开公用电脑前，请在下方草稿列表中点“删除本机全部草稿”（所有表单的草稿都会删除，需要的请先“导出 JSON”）。
      </p>
      {offline === 'ready' && <p className="offline-ready">本县的表单页已保存到这台电脑，断网时也能打开、填写、打印和导出。</p>}
      {offline === 'failed' && <p>本县的表单页未能全部保存到这台电脑，断网时可能打不开，请联网时再打开一次。</p>}
    </details>
  );
}

/**
 * The page cannot keep drafts (storage unavailable, full, or a write refused),
 * or some stored drafts are damaged: said once, at the top, as an alert, with
 * what to do before the page is closed. Shown next to the toolbar whose
 * 导出 JSON / 导出 Excel it names, since those still work.
 */
export function StorageFailure({ problem, damaged, onRetry }: { problem: StorageProblem | undefined; damaged: DraftSummary[]; onRetry: () => void }) {
  const text = problem && storageProblemText(problem);
  return (
    <>
      {text && (
        <section className="storage-failure form-error" role="alert" aria-labelledby="storage-failure-title">
          <h2 id="storage-failure-title">{text.title}</h2>
          <p>
            {text.body}
            {problem.detail && <span className="hint">（浏览器的说明：{problem.detail}）</span>}
          </p>
          {problem.kind !== 'unavailable' && (
            <button type="button" onClick={onRetry}>
              重试保存
            </button>
          )}
        </section>
      )}
      {damaged.length > 0 && (
        <section className="storage-failure form-error" role="alert" aria-labelledby="damaged-drafts-title">
          <h2 id="damaged-drafts-title">有 {damaged.length} 份草稿已损坏，无法打开</h2>
          <ul>
            {damaged.map((d) => (
              <li key={d.id}>
                “{d.name}”：{d.damaged}
              </li>
            ))}
          </ul>
          <p>
            它们没有被删除，其他草稿照常可用。可以在页面底部的
            <a href="#drafts-title">草稿列表</a>中“导出原始数据”另存一份（交给技术人员查看），或确认后“丢弃”。
          </p>
        </section>
      )}
    </>
  );
}
