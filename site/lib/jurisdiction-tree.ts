import type { ResolvedJurisdiction } from './config/resolve.ts';

export interface TreeNode {
  id: string;
  name: string;
  level: string;
  children: TreeNode[];
}

/** Jurisdictions as a tree, root(s) first; a node whose parent is not built becomes a root. */
export function jurisdictionTree(list: ResolvedJurisdiction[]): TreeNode[] {
  const nodes = new Map(list.map((j) => [j.id, { id: j.id, name: j.name, level: j.level, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const j of list) {
    const node = nodes.get(j.id)!;
    const parent = j.parent ? nodes.get(j.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
