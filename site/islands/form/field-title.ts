/**
 * The Chinese title the user sees for the field at a data path: the uiSchema's
 * `ui:title` if the jurisdiction relabelled it, else the schema's `title`.
 * Follows properties, array items and local `$ref`s (`#/$defs/...`).
 */
type Schema = Record<string, unknown>;

function deref(root: Schema, s: Schema | undefined): Schema | undefined {
  let current = s;
  for (let guard = 0; guard < 10 && current && typeof current.$ref === 'string' && current.$ref.startsWith('#/'); guard++) {
    let node: unknown = root;
    for (const seg of current.$ref.slice(2).split('/')) node = (node as Schema | undefined)?.[seg];
    const { $ref: _r, ...siblings } = current;
    current = node && typeof node === 'object' ? { ...(node as Schema), ...siblings } : undefined;
  }
  return current;
}

/** `.student.idNumber`, `guardians.0.name` or `attempts[1].date` → segments. */
export function propertyPath(property: string | undefined): string[] {
  return (property ?? '').replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
}

export function schemaAtPath(root: Schema, path: string[]): Schema | undefined {
  let s = deref(root, root);
  for (const seg of path) {
    if (!s) return undefined;
    const props = s.properties as Record<string, Schema> | undefined;
    if (/^\d+$/.test(seg) && s.items && typeof s.items === 'object') s = deref(root, s.items as Schema);
    else s = deref(root, props?.[seg]);
  }
  return s;
}

export function uiAtPath(uiSchema: Schema | undefined, path: string[]): Schema | undefined {
  let u: Schema | undefined = uiSchema;
  for (const seg of path) {
    if (!u) return undefined;
    u = (/^\d+$/.test(seg) ? u.items : u[seg]) as Schema | undefined;
  }
  return u;
}

export function fieldTitle(root: Schema, uiSchema: Schema | undefined, path: string[]): string | undefined {
  const ui = uiAtPath(uiSchema, path);
  const uiTitle = ui?.['ui:title'] ?? (ui?.['ui:options'] as Schema | undefined)?.title;
  if (typeof uiTitle === 'string') return uiTitle;
  const t = schemaAtPath(root, path)?.title;
  return typeof t === 'string' ? t : undefined;
}

/** `监护人 第 2 项 › 姓名`: titles along the path, array positions counted from 1. */
export function fieldLabel(root: Schema, uiSchema: Schema | undefined, path: string[]): string {
  const own = fieldTitle(root, uiSchema, path) ?? path[path.length - 1] ?? '本表';
  const parts: string[] = [];
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]!;
    if (/^\d+$/.test(seg)) {
      const listTitle = fieldTitle(root, uiSchema, path.slice(0, i)) ?? '';
      parts.pop();
      parts.push(`${listTitle}第 ${Number(seg) + 1} 项`);
    } else {
      const t = fieldTitle(root, uiSchema, path.slice(0, i + 1));
      if (t) parts.push(t);
    }
  }
  return parts.length ? `${parts.join(' › ')} › ${own}` : own;
}
