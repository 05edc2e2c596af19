/**
 * Optional passphrase encryption of drafts, for PCs shared by several people.
 * Loaded on demand (React.lazy): only when the panel is opened or someone
 * opens an encrypted draft.
 * The passphrase is never stored; forgetting it makes the sealed drafts
 * unreadable for good, which the panel says before anything is encrypted.
 */
import { useState } from 'react';
import { createVault, unlockVault, WrongPassphraseError } from '../../lib/drafts/draft-crypto.ts';
import type { DraftStore } from '../../lib/drafts/draft-store.ts';
import { Dialog } from './Dialog.tsx';

const WARNING = '口令不会保存在任何地方，忘记后无法找回，已加密的草稿将永远无法打开。请记牢口令，并定期“导出 JSON”另行保存。';

/**
 * The passphrase prompt, shown only when someone opens an encrypted draft (or
 * asks to unlock): everything else on the page works without it. 忘记口令
 * deletes every sealed draft in this browser — possibly other people's — so it
 * first says how many and starts on 取消.
 */
export function UnlockDialog({ store, draftName, onUnlocked, onClose, onForgotten }: { store: DraftStore; draftName?: string; onUnlocked: (key: CryptoKey) => void; onClose: () => void; onForgotten: () => void }) {
  const [pass, setPass] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  /** set while asking whether to forget: how many sealed drafts that deletes */
  const [forget, setForget] = useState<number>();
  const fail = (err: unknown) => setError(err instanceof WrongPassphraseError ? '口令不正确，请重新输入。' : err instanceof Error ? err.message : String(err));
  if (forget !== undefined) {
    return (
      <Dialog
        key="forget"
        title="忘记口令"
        confirmLabel={`删除 ${forget} 份已加密的草稿`}
        danger
        onCancel={() => setForget(undefined)}
        onConfirm={async () => {
          try {
            await store.forgetEncryptedDrafts();
            onForgotten();
          } catch (err) {
            setForget(undefined);
            fail(err);
          }
        }}
      >
        <p>口令无法找回，已加密的草稿任何人都无法再打开。</p>
        <p>
          将删除本浏览器中全部 <strong>{forget} 份已加密的草稿</strong>（所有表单、所有辖区，<strong>包括其他人用这个口令加密的草稿</strong>），并停用加密，删除后无法恢复。未加密的草稿不受影响。
        </p>
        <p>如果这些草稿可能是别人的，请取消，并询问设置口令的同事。</p>
      </Dialog>
    );
  }
  return (
    <Dialog
      key="unlock"
      title="解锁已加密的草稿"
      confirmLabel={busy ? '正在解锁…' : '解锁'}
      onCancel={onClose}
      onConfirm={async () => {
        if (busy) return;
        setBusy(true);
        setError(undefined);
        try {
          const vault = await store.getVault();
          if (vault) onUnlocked(await unlockVault(vault, pass));
        } catch (err) {
          fail(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <p>{draftName ? `草稿“${draftName}”已用口令加密。` : '本浏览器中有用口令加密的草稿。'}输入口令后，本页可以打开已加密的草稿；离开本页后需要重新输入。</p>
      <label className="dialog-field">
        口令
        <input type="password" value={pass} onChange={(e) => setPass(e.target.value)} autoComplete="current-password" required autoFocus />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p>
        <button type="button" onClick={async () => setForget(await store.sealedCount())}>
          忘记口令
        </button>
      </p>
    </Dialog>
  );
}

export function EncryptionPanel(p: {
  store: DraftStore;
  encrypted: boolean;
  unlocked: boolean;
  /** saves what is typed, before every draft is re-encoded */
  flush: () => Promise<void>;
  onChanged: () => void;
  onUnlock: () => void;
  onLock: () => void;
}) {
  const { store, encrypted, onChanged } = p;
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [disabling, setDisabling] = useState(false);
  return (
    <>
      {encrypted && !p.unlocked ? (
        <>
          <p>
            本浏览器中有用口令加密的草稿，草稿列表只显示它们的名称和时间。不知道口令也可以照常新建、导入和打印，但本页填写的草稿<strong>不加密</strong>。
          </p>
          <button type="button" onClick={p.onUnlock}>
            输入口令
          </button>
        </>
      ) : encrypted ? (
        <>
          <p>本页已解锁：可以打开已加密的草稿，修改会加密保存。离开或关闭本页后，需要重新输入口令。</p>
          <button type="button" onClick={p.onLock}>
            立即锁定
          </button>{' '}
          <button type="button" onClick={() => setDisabling(true)}>
            停用加密
          </button>
          {disabling && (
            <Dialog
              title="停用加密"
              confirmLabel="停用加密"
              focusCancel
              onCancel={() => setDisabling(false)}
              onConfirm={async () => {
                setDisabling(false);
                try {
                  await p.flush();
                  await store.disableEncryption();
                  onChanged();
                } catch (err) {
                  setError(`停用加密失败：${err instanceof Error ? err.message : String(err)}`);
                }
              }}
            >
              <p>停用后草稿将以明文保存在本浏览器中，使用这台电脑的其他人可能看到。</p>
            </Dialog>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            setError(undefined);
            if (pass !== again) return setError('两次输入的口令不一致。');
            setBusy(true);
            try {
              const { meta, key } = await createVault(pass);
              await p.flush();
              await store.enableEncryption(meta, key);
              setPass('');
              setAgain('');
              onChanged();
            } catch (err) {
              setError(err instanceof Error ? err.message : String(err));
            } finally {
              setBusy(false);
            }
          }}
        >
          <p>
            开启后，本浏览器中本站现有的全部草稿，以及以后在输入了口令的页面上填写的草稿，都用口令加密（AES-GCM）保存；别人打开本站只能看到草稿的名称和时间。不知道口令的人仍可填写新的草稿，但那些草稿不加密。
          </p>
          <p className="form-warning">{WARNING}</p>
          <label className="dialog-field">
            设置口令（至少 6 个字符）
            <input type="password" value={pass} onChange={(e) => setPass(e.target.value)} autoComplete="new-password" minLength={6} required />
          </label>
          <label className="dialog-field">
            再次输入口令
            <input type="password" value={again} onChange={(e) => setAgain(e.target.value)} autoComplete="new-password" minLength={6} required />
          </label>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {busy ? '正在加密…' : '开启加密'}
          </button>
        </form>
      )}
    </>
  );
}
