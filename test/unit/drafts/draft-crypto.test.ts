import { describe, expect, it } from 'vitest';
import { createVault, deriveKey, seal, unlockVault, unseal, WrongPassphraseError } from '../../../site/lib/drafts/draft-crypto.ts';

describe('draft encryption', () => {
  it('round-trips any JSON value, with a fresh nonce each time', async () => {
    const key = await deriveKey('口令', btoa('0123456789abcdef'), 1000);
    const value = { student: { name: '王小明', idNumber: '410101201001011234' }, attempts: [{ date: '2024-03-01' }] };
    const a = await seal(key, value);
    const b = await seal(key, value);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toContain('王小明');
    expect(await unseal(key, a)).toEqual(value);
  });

  it('rejects a wrong passphrase and a too short one', async () => {
    const { meta } = await createVault('长一些的口令', 1000);
    await expect(unlockVault(meta, '别的口令')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(unlockVault(meta, '长一些的口令')).resolves.toBeDefined();
    await expect(createVault('123')).rejects.toThrow('至少要 6 个字符');
  });

  it('detects a tampered ciphertext', async () => {
    const key = await deriveKey('口令', btoa('0123456789abcdef'), 1000);
    const s = await seal(key, { a: 1 });
    const bytes = atob(s.data);
    const flipped = btoa(String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1));
    await expect(unseal(key, { ...s, data: flipped })).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});
