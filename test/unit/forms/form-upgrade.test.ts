/**
 * A form version upgrade end to end on the library side, with the test-only
 * version 2 of 辍学学生登记表 (test/fixtures/form-upgrade/): a file exported
 * under version 1 imports under version 2, a draft stored under version 1
 * opens under version 2 with its original kept, nothing lost either way.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../site/lib/forms/form-catalogue.ts', async (importOriginal) => {
  const shipped = await importOriginal<typeof import('../../../site/lib/forms/form-catalogue.ts')>();
  const { withVersion2 } = await import('../../fixtures/form-upgrade/version-2.ts');
  return { ...shipped, formCatalogue: withVersion2(shipped.formCatalogue) };
});
vi.mock('../../../site/lib/forms/form-migrations.ts', async () => ({ migrations: (await import('../../fixtures/form-upgrade/version-2.ts')).testMigrations }));

const { parseEnvelopeJson, buildEnvelope, migrations } = await import('../../../site/lib/forms/envelope.ts');
const { forms } = await import('../../../site/lib/forms/form-registry.ts');
const { loadMigrations } = await import('../../../site/islands/form/form-services.ts');
const { metaForSaving, openDraftStore } = await import('../../../site/lib/drafts/draft-store.ts');
const { upgradeData } = await import('../../../site/lib/drafts/upgrade-draft.ts');
const { renameIdCard, version1Data } = await import('../../fixtures/form-upgrade/version-2.ts');

const form = forms['dropout-registration'];
const example = () => structuredClone((form.schema.examples as Record<string, any>[])[0]!);
const v1Text = readFileSync('test/fixtures/form-upgrade/dropout-registration-v1.json', 'utf8');

describe('test-only version 2 of 辍学学生登记表', () => {
  it('is version 2 only here: exports now say 2', () => {
    expect(form.version).toBe(2);
    expect(buildEnvelope('dropout-registration', 'tanghe', {}).version).toBe(2);
    // The fixture file is the shipped example as version 1 wrote it.
    expect(JSON.parse(v1Text).data).toEqual(version1Data(example()));
  });

  it('imports a file exported under version 1, saying so, with nothing lost', () => {
    const [r] = parseEnvelopeJson(v1Text, 'dropout-registration');
    expect(r).toEqual({ ok: true, migratedFrom: 1, envelope: { form: 'dropout-registration', version: 2, jurisdiction: 'tanghe', data: example() } });
  });

  it('refuses a failing step with a Chinese message instead of throwing, and leaves the input as it was', () => {
    const step = migrations['dropout-registration']![1]!;
    migrations['dropout-registration']![1] = () => {
      throw new Error('boom');
    };
    try {
      const [r] = parseEnvelopeJson(v1Text, 'dropout-registration');
      expect(r).toEqual({ ok: false, problems: [{ pointer: '/version', code: 'migration-failed', message: expect.stringContaining('升级到第 2 版时出错，文件没有改动') }] });
    } finally {
      migrations['dropout-registration']![1] = step;
    }
  });

  it('keeps both values when version-1 data already has the new name', () => {
    expect(renameIdCard({ student: { idCard: 'a', idNumber: 'b' } })).toEqual({ student: { idCard: 'a', idNumber: 'b' } });
    expect(renameIdCard({ unit: 'x' })).toEqual({ unit: 'x' });
  });

  it('opens a draft stored under version 1 under version 2, and keeps the original as a snapshot on the first save', async () => {
    const store = await openDraftStore('form-upgrade-test');
    const old = await store.create({ form: 'dropout-registration', jurisdiction: 'tanghe', version: 1, name: '去年的草稿', data: version1Data(example()) });
    // What the page does on opening it (use-drafts openDraft).
    const record = (await store.get('dropout-registration', old.id))!;
    const up = upgradeData(await store.readData(record), record.version, form.version, await loadMigrations(form));
    expect(up).toEqual({ data: example(), fromVersion: 1, complete: true, changed: true });
    const meta = metaForSaving(record, form.version);
    await store.put(meta, up.data);
    const saved = (await store.get('dropout-registration', old.id))!;
    expect(saved.version).toBe(2);
    expect(saved.data).toEqual(example());
    expect(saved.history).toEqual([{ version: 1, savedAt: record.updatedAt, data: version1Data(example()) }]);
    expect((await store.list('dropout-registration'))[0]!.olderVersions).toEqual([1]);
    store.close();
  });
});
