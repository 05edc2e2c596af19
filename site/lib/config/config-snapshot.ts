/**
 * A checked configuration handed from `baoxue build`, which has just loaded
 * and validated it, to the Astro build it starts: without it the YAML would
 * be parsed twice per build, and parsing is most of loading (about 2 s of CPU
 * at 200 jurisdictions). A JSON file named by BAOXUE_CONFIG_SNAPSHOT, written
 * for one build and deleted after it. It keeps what pages read — each file's
 * data, text and name, the diagnostics, the templates — and not the source
 * positions: nothing reports a line and column once validation has passed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConfigSet, LoadedFile, PartialFile } from './load-sources.ts';
import type { YamlSource } from './yaml-source.ts';

interface SnapshotFile {
  file: string;
  data: unknown;
  text: string;
}

interface Snapshot {
  dir: string;
  jurisdictions: [string, SnapshotFile][];
  documents: [string, SnapshotFile][];
  brokenIds: string[];
  partial?: { kind: PartialFile['kind']; file: SnapshotFile; errorPointers: string[] }[];
  diagnostics: ConfigSet['diagnostics'];
}

const plain = ({ file, data, text }: LoadedFile<unknown>): SnapshotFile => ({ file, data, text });

function loaded<T>({ file, data, text }: SnapshotFile): LoadedFile<T> {
  const source: YamlSource = {
    data,
    locate() {
      throw new Error(`${file}：配置快照不含行列位置（只在校验通过之后使用）`);
    },
  };
  return { file, data: data as T, text, source };
}

export function writeConfigSnapshot(set: ConfigSet, path: string): void {
  const snapshot: Snapshot = {
    dir: resolve(set.dir),
    jurisdictions: [...set.jurisdictions].map(([id, f]) => [id, plain(f)]),
    documents: [...set.documents].map(([id, f]) => [id, plain(f)]),
    brokenIds: [...set.brokenIds],
    ...(set.partial ? { partial: set.partial.map((p) => ({ kind: p.kind, file: plain(p.file), errorPointers: p.errorPointers })) } : {}),
    diagnostics: set.diagnostics,
  };
  writeFileSync(path, JSON.stringify(snapshot));
}

export function readConfigSnapshot(path: string): ConfigSet {
  const s = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  return {
    dir: s.dir,
    jurisdictions: new Map(s.jurisdictions.map(([id, f]) => [id, loaded(f)])),
    documents: new Map(s.documents.map(([id, f]) => [id, loaded(f)])),
    brokenIds: new Set(s.brokenIds),
    ...(s.partial ? { partial: s.partial.map((p) => ({ kind: p.kind, file: loaded(p.file), errorPointers: p.errorPointers })) } : {}),
    diagnostics: s.diagnostics,
  };
}
