import { describe, expect, it } from 'vitest';
import type { DraftRecord } from '../../../site/lib/drafts/draft.ts';
import { keepSnapshotIfUpgrading, upgradeData } from '../../../site/lib/drafts/upgrade-draft.ts';

const record = (over: Partial<DraftRecord> = {}): DraftRecord => ({
  form: 'f',
  id: '1',
  name: '甲',
  jurisdiction: 'tanghe',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  data: { old: '保留' },
  ...over,
});

describe('upgradeData', () => {
  it('runs every step in order, each on a copy', () => {
    const data = { n: 0 };
    const r = upgradeData(data, 1, 3, { 1: (d: any) => ({ n: d.n + 1, steps: ['1→2'] }), 2: (d: any) => ({ ...d, steps: [...d.steps, '2→3'] }) });
    expect(r).toEqual({ data: { n: 1, steps: ['1→2', '2→3'] }, fromVersion: 1, complete: true, changed: true });
    expect(data).toEqual({ n: 0 });
    const mutating = upgradeData(data, 1, 2, { 1: (d: any) => { d.n = 9; return d; } });
    expect(mutating.data).toEqual({ n: 9 });
    expect(data).toEqual({ n: 0 });
  });

  it('is incomplete when only one step is missing, and goes on with the next', () => {
    expect(upgradeData({ a: 1 }, 1, 3, { 2: (d: any) => ({ ...d, b: 2 }) })).toEqual({ data: { a: 1, b: 2 }, fromVersion: 1, complete: false, changed: true });
  });

  it('is incomplete when only one step throws, keeping the data from before it', () => {
    const r = upgradeData({ a: 1 }, 1, 3, { 1: (d: any) => ({ ...d, b: 2 }), 2: () => { throw new Error('坏了'); } });
    expect(r).toEqual({ data: { a: 1, b: 2 }, fromVersion: 1, complete: false, changed: true });
  });

  it('changes nothing for data of the current version', () => {
    expect(upgradeData({ a: 1 }, 2, 2, { 2: () => ({}) })).toEqual({ data: { a: 1 }, fromVersion: 2, complete: true, changed: false });
  });
});

describe('keepSnapshotIfUpgrading', () => {
  const now = '2026-02-01T00:00:00.000Z';
  it('keeps nothing new when the version is unchanged', () => {
    expect(keepSnapshotIfUpgrading(record(), 1, now)).toBeUndefined();
    const history = [{ version: 0, savedAt: now, data: {} }];
    expect(keepSnapshotIfUpgrading(record({ history }), 1, now)).toBe(history);
  });

  it('keeps the stored data as a snapshot of its version, with the time it was saved', () => {
    expect(keepSnapshotIfUpgrading(record(), 2, now)).toEqual([{ version: 1, savedAt: '2026-01-02T00:00:00.000Z', data: { old: '保留' } }]);
  });

  it('keeps a sealed draft sealed, and never two snapshots of one version', () => {
    const sealed = { iv: 'aXY=', data: 'Y2lwaGVy' };
    const snap = keepSnapshotIfUpgrading(record({ data: undefined, sealed }), 2, now);
    expect(snap).toEqual([{ version: 1, savedAt: '2026-01-02T00:00:00.000Z', sealed }]);
    expect(snap![0]).not.toHaveProperty('data');
    const history = [{ version: 1, savedAt: now, data: { first: true } }];
    expect(keepSnapshotIfUpgrading(record({ history }), 2, now)).toBe(history);
    expect(keepSnapshotIfUpgrading(record({ version: 2, history }), 3, now)).toEqual([...history, { version: 2, savedAt: '2026-01-02T00:00:00.000Z', data: { old: '保留' } }]);
  });

  it('uses the time given when an old record has none', () => {
    expect(keepSnapshotIfUpgrading(record({ updatedAt: undefined as unknown as string }), 2, now)![0]!.savedAt).toBe(now);
  });
});
