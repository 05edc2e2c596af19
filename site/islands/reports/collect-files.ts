/**
 * The files a clerk chose or dropped — single files, several, or whole
 * folders (read recursively through the entries API, as `baoxue aggregate`
 * reads folders) — as names (relative paths) and bytes. Files that are not
 * .json / .xlsx are returned separately, so the page can say it left them
 * out instead of dropping them silently.
 */
import type { InputFile } from '../../lib/reports/aggregate-types.ts';

export interface Collected {
  files: InputFile[];
  /** paths left out, with why */
  skipped: { name: string; reason: string }[];
}

interface PathedFile {
  path: string;
  file: File;
}

// Minimal shapes of the entries API (FileSystemEntry), which TypeScript's DOM types name differently across versions.
interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
}
interface FileEntryLike extends EntryLike {
  file(ok: (f: File) => void, fail: (e: unknown) => void): void;
}
interface DirectoryEntryLike extends EntryLike {
  createReader(): { readEntries(ok: (entries: EntryLike[]) => void, fail: (e: unknown) => void): void };
}

const readable = /\.(json|xlsx)$/i;

/** Lock files of Excel and WPS (~$x.xlsx) and system files hold no report. */
function skipReason(path: string): string | undefined {
  const base = path.split('/').pop() ?? path;
  if (/^~\$/.test(base)) return 'Excel 或 WPS 打开文件时生成的临时文件，不是报表';
  if (!readable.test(base)) return '不是 .json 或 .xlsx 文件，未读取';
  return undefined;
}

async function walk(entry: EntryLike, out: PathedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((ok, fail) => (entry as FileEntryLike).file(ok, fail));
    out.push({ path: entry.fullPath.replace(/^\//, ''), file });
  } else if (entry.isDirectory) {
    const reader = (entry as DirectoryEntryLike).createReader();
    // readEntries answers in batches (about 100 in Chromium) until an empty one.
    for (;;) {
      const batch = await new Promise<EntryLike[]>((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const e of batch) await walk(e, out);
    }
  }
}

/** Files and folders dropped on the page. */
export async function pathedFromDrop(data: DataTransfer): Promise<PathedFile[]> {
  const out: PathedFile[] = [];
  const entries = [...data.items]
    .filter((i) => i.kind === 'file')
    .map((i) => ({ entry: (i as DataTransferItem & { webkitGetAsEntry?: () => EntryLike | null }).webkitGetAsEntry?.() ?? null, file: i.getAsFile() }));
  for (const { entry, file } of entries) {
    if (entry) await walk(entry, out);
    else if (file) out.push({ path: file.name, file });
  }
  return out;
}

/** Files from an <input type=file>, with their folder path when a folder was chosen. */
export const pathedFromInput = (list: FileList | null): PathedFile[] =>
  [...(list ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, file }));

export async function collect(pathed: PathedFile[]): Promise<Collected> {
  const files: InputFile[] = [];
  const skipped: Collected['skipped'] = [];
  for (const { path, file } of pathed) {
    const reason = skipReason(path);
    if (reason) skipped.push({ name: path, reason });
    else files.push({ name: path, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { files, skipped };
}

/** The files chosen so far plus new ones; a file chosen again (same path) replaces the old copy. */
export function mergeCollected(a: Collected, b: Collected): Collected {
  const names = new Set(b.files.map((f) => f.name));
  const skippedNames = new Set(b.skipped.map((f) => f.name));
  return {
    files: [...a.files.filter((f) => !names.has(f.name)), ...b.files],
    skipped: [...a.skipped.filter((f) => !skippedNames.has(f.name)), ...b.skipped],
  };
}
