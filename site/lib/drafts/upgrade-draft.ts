/**
 * Schema upgrades never lose a draft. Data saved under an older form version is
 * carried forward by the form's migrations where they exist, and otherwise
 * opened as it is (the form shows what still fits). Either way the original is
 * kept as a snapshot in the draft's history, exportable as it was.
 */
import type { DraftRecord, DraftSnapshot } from './draft.ts';

/** Turns data of version n into data of version n + 1. */
export type Migration = (data: unknown) => unknown;
export type Migrations = Partial<Record<number, Migration>>;

export interface UpgradeResult {
  data: unknown;
  fromVersion: number;
  /** every step from the old version to the current one had a migration */
  complete: boolean;
  changed: boolean;
}

export function upgradeData(data: unknown, fromVersion: number, toVersion: number, migrations: Migrations = {}): UpgradeResult {
  let current = data;
  let complete = true;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations[v];
    if (!step) {
      complete = false;
      continue;
    }
    // A failing migration must not cost the draft: keep what we have.
    try {
      current = step(structuredClone(current));
    } catch {
      complete = false;
    }
  }
  return { data: current, fromVersion, complete, changed: fromVersion !== toVersion };
}

/**
 * The record to store when data of `version` replaces what `existing` holds:
 * if the stored data is of another version, it is first kept as a snapshot.
 */
export function keepSnapshotIfUpgrading(existing: DraftRecord, version: number, now: string): DraftSnapshot[] | undefined {
  if (existing.version === version) return existing.history;
  const history = existing.history ?? [];
  if (history.some((h) => h.version === existing.version)) return history;
  const snap: DraftSnapshot = { version: existing.version, savedAt: existing.updatedAt ?? now };
  if (existing.sealed) snap.sealed = existing.sealed;
  else snap.data = existing.data;
  return [...history, snap];
}
