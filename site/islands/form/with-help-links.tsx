/**
 * A field's help links to the clause behind it: adds `ui:help` (a link per
 * clause) to the uiSchema node of each field path (pointer without indices).
 */
import type { UiSchema } from '@rjsf/utils';
import { schemaAtPath } from './field-title.ts';

export interface ClauseLink {
  label: string;
  url: string;
}

type Node = Record<string, unknown>;

export function withHelpLinks(uiSchema: UiSchema, schema: Node, fieldHelp: Record<string, ClauseLink[]>): UiSchema {
  const ui = { ...uiSchema } as Node;
  for (const [path, links] of Object.entries(fieldHelp)) {
    if (!links.length) continue;
    let node = ui;
    const dataPath: string[] = [];
    for (const seg of path.slice(1).split('/')) {
      if (schemaAtPath(schema, dataPath)?.type === 'array') {
        node = node.items = { ...(node.items as Node | undefined) };
        dataPath.push('0');
      }
      node = node[seg] = { ...(node[seg] as Node | undefined) };
      dataPath.push(seg);
    }
    node['ui:help'] = (
      <span className="clause-help">
        依据：
        {links.map((l, i) => (
          <span key={l.url}>
            {i > 0 && '；'}
            <a href={l.url} target="_blank" rel="noopener">
              {l.label}
            </a>
          </span>
        ))}
      </span>
    );
  }
  return ui as UiSchema;
}
