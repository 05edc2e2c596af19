/**
 * Whether a record read from the drafts store is a draft this page can open.
 * IndexedDB hands back whatever was written: a record written by a broken
 * or future version of the site, edited by hand in the developer tools, or
 * damaged on disk. Such a record must neither break the drafts list (and
 * hide every other draft) nor be deleted behind the user's back: it is
 * listed as damaged, and the user exports it as it is, or discards it.
 *
 * Exports: damageOf(record) → Chinese reason | undefined, DamagedDraftError,
 * rawDraftJson(record).
 */

export class DamagedDraftError extends Error {
  constructor(reason: string) {
    super(`草稿已损坏：${reason}`);
    this.name = 'DamagedDraftError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSealed = (v: unknown) => isObject(v) && typeof v.iv === 'string' && typeof v.data === 'string';

/** Why `record` cannot be opened as a draft, or undefined when it can. */
export function damageOf(record: unknown): string | undefined {
  if (!isObject(record)) return '记录不是一组字段';
  if (typeof record.name !== 'string') return '缺少草稿名称';
  if (typeof record.jurisdiction !== 'string') return '缺少所属辖区';
  if (typeof record.version !== 'number' || !Number.isInteger(record.version) || record.version < 0) return '表单版本不是整数';
  // The list sorts by it.
  if (typeof record.updatedAt !== 'string') return '保存时间无效';
  if (record.sealed !== undefined) {
    if (!isSealed(record.sealed)) return '加密内容不完整';
  } else if (record.data !== undefined && !isObject(record.data)) {
    return '表单数据不是一组字段（可能被截断或改写）';
  }
  if (record.history !== undefined) {
    if (!Array.isArray(record.history)) return '旧版本记录无效';
    for (const h of record.history) {
      if (!isObject(h) || typeof h.version !== 'number') return '旧版本记录无效';
      if (h.sealed !== undefined ? !isSealed(h.sealed) : h.data !== undefined && !isObject(h.data)) return '旧版本记录无效';
    }
  }
  return undefined;
}

/**
 * The record exactly as stored, as JSON text, for 导出原始数据: sealed content
 * stays sealed. Values JSON cannot hold (a BigInt, a cycle) are written as
 * text rather than failing the export.
 */
export function rawDraftJson(record: unknown): string {
  const seen = new WeakSet<object>();
  const text = JSON.stringify(
    record,
    (_k, v: unknown) => {
      if (typeof v === 'bigint') return v.toString();
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '[循环引用]';
        seen.add(v);
      }
      return v;
    },
    2,
  );
  return `${text ?? 'null'}\n`;
}
