/**
 * Says what another tab or window did to the draft open here, and that
 * nothing is overwritten: this page keeps its content as a new draft.
 */
import { copyName, type OtherTabNotice as Notice } from './use-drafts.ts';
import { firstTabbable, whenRemoved } from './focus.ts';

export function OtherTabNotice({ notice, currentName = '', onLoadLatest }: { notice: Notice | undefined; currentName: string | undefined; onLoadLatest: () => void }) {
  if (!notice) return null;
  return (
    <div className="form-error other-tab-notice" role="alert">
      {notice.kind === 'saved' ? (
        <p>
          这份草稿刚在另一个窗口（标签页）中修改过。为免互相覆盖，本页不再保存到这份草稿；继续在本页填写，本页的内容将另存为新草稿“{copyName(currentName, false)}”，两份都保留。{' '}
          <button
            type="button"
            onClick={(e) => {
              // The notice goes away with its button: focus goes on to the form just loaded.
              whenRemoved(e.currentTarget, () => firstTabbable(document.querySelector('.screen-form'))?.focus());
              onLoadLatest();
            }}
          >
            载入最新内容
          </button>
        </p>
      ) : notice.kind === 'deleted' ? (
        <p>这份草稿已在另一个窗口（标签页）中删除。本页仍显示删除前的内容，但不再保存；继续在本页填写，将另存为新草稿“{copyName(currentName, true)}”。</p>
      ) : notice.kind === 'copied' ? (
        <p>
          本页的内容已另存为新草稿“{notice.name}”；{notice.deleted ? '原草稿已在另一个窗口（标签页）中删除。' : '另一个窗口（标签页）修改的原草稿也保留在草稿列表中。'}
        </p>
      ) : (
        <p>本机全部草稿已在另一个窗口（标签页）中删除，本页也已清空。</p>
      )}
    </div>
  );
}
