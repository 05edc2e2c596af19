import type { Clause, PolicyDocument } from '../../generated/types/policy-document.ts';

export interface FlatClause {
  id: string;
  document: string;
  /** the clause's own numbering as printed, e.g. `三(一)2` or `11` */
  number: string;
  heading?: string;
  text: string;
  depth: number;
  parentId?: string;
  implements: string[];
  keywords: string[];
}

const arabic = /^\d+$/;

/** Printed labels use full-width brackets; numbers are shown with ASCII ones, e.g. 三(一)2. */
function normaliseLabel(label: string): string {
  return label.replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/[、.．\s]/g, '');
}

/** Every clause of a document in reading order, with its printed number computed from the tree. */
export function flattenClauses(doc: PolicyDocument): FlatClause[] {
  const out: FlatClause[] = [];
  if (doc.preamble) {
    out.push({ id: 'preamble', document: doc.id, number: '', heading: '导语', text: doc.preamble, depth: 0, implements: [], keywords: [] });
  }
  const walk = (clauses: Clause[], prefix: string, depth: number, parentId?: string) => {
    for (const c of clauses) {
      const label = c.label ? normaliseLabel(c.label) : '';
      const number = doc.numbering === 'continuous' && arabic.test(label) ? label : prefix + label;
      out.push({
        id: c.id,
        document: doc.id,
        number,
        heading: c.heading,
        text: c.text ?? '',
        depth,
        parentId,
        implements: c.implements ?? [],
        keywords: c.keywords ?? [],
      });
      if (c.clauses) walk(c.clauses, number, depth + 1, c.id);
    }
  };
  walk(doc.clauses ?? [], '', 0);
  return out;
}

/** `guobanfa-2017-72#c11` → its parts. */
export function parseClauseRef(ref: string): { document: string; clause: string } {
  const [document = '', clause = ''] = ref.split('#');
  return { document, clause };
}
