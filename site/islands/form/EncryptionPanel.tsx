/**
 * Optional passphrase encryption of drafts, for PCs shared by several people.
 * Loaded on demand (React.lazy): only when the panel is opened or the drafts
 * are locked.
 * The passphrase is never stored; forgetting it makes the sealed drafts
 * unreadable for good, which the panel says before anything is encrypted.
 */
import { useState } from 'react';
import { createVault, unlockVault, WrongPassphraseError } from '../../lib/drafts/draft-crypto.ts';
import type { DraftStore } from '../../lib/drafts/draft-store.ts';
import { Dialog } from './Dialog.tsx';

const WARNING = '口令不会保存在任何地方，忘记后无法找回，已加密的草稿将永远无法打开。请记牢口令，并定期“导出 JSON”另行保存。';

export function UnlockPanel({ store, onUnlocked, onForgotten }: { store: DraftStore; onUnlocked: (key: CryptoKey) => void; onForgotten: () => void }) {
  const [pass, setPass] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  return (
    <section className="unlock-panel" aria-labelledby="unlock-title">
      <h2 id="unlock-title">草稿已加密</h2>
      <p>本浏览器中的草稿已用口令加密。请输入口令解锁后继续填写。</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(undefined);
          try {
            const vault = await store.getVault();
            if (vault) onUnlocked(await unlockVault(vault, pass));
          } catch (err) {
            setError(err instanceof WrongPassphraseError ? '口令不正确，请重新输入。' : String(err));
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="dialog-field">
          口令
          <input type="password" value={pass} onChange={(e) => setPass(e.target.value)} autoComplete="current-password" required />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? '正在解锁…' : '解锁'}
        </button>{' '}
        <button type="button" onClick={() => setForgetting(true)}>
          忘记口令
        </button>
      </form>
      {forgetting && (
        <Dialog
          title="忘记口令"
          confirmLabel="删除已加密的草稿"
          danger
          onCancel={() => setForgetting(false)}
          onConfirm={async () => {
            setForgetting(false);
            await store.forgetEncryptedDrafts();
            onForgotten();
          }}
        >
          <p>口令无法找回，已加密的草稿任何人都无法再打开。只能删除这些草稿并停用加密；之前导出的 JSON 文件可以重新导入。</p>
        </Dialog>
      )}
    </section>
  );
}

export function EncryptionPanel({ store, encrypted, onChanged }: { store: DraftStore; encrypted: boolean; onChanged: () => void }) {
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [disabling, setDisabling] = useState(false);
  return (
    <>
      {encrypted ? (
        <>
          <p>本浏览器中的草稿已加密保存。关闭页面后，再次打开需要输入口令。</p>
          <button type="button" onClick={() => location.reload()}>
            立即锁定
          </button>{' '}
          <button type="button" onClick={() => setDisabling(true)}>
            停用加密
          </button>
          {disabling && (
            <Dialog
              title="停用加密"
              confirmLabel="停用加密"
              onCancel={() => setDisabling(false)}
              onConfirm={async () => {
                setDisabling(false);
                await store.disableEncryption();
                onChanged();
              }}
            >
              <p>停用后草稿将以明文保存在本浏览器中，使用这台电脑的其他人可能看到。</p>
            </Dialog>
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
          <p>开启后，本浏览器中本站的全部草稿都用口令加密（AES-GCM）保存，别人打开本页面也看不到内容。</p>
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
