/**
 * Paragraphs → the clause tree. Which numbering kind is the parent of which
 * is learnt from the document: a kind seen for the first time opens a level
 * below the current one, a kind already open closes the levels under it.
 *
 * Ids follow the shipped policies: the path of numbers (3-1-2); when the
 * numbers of one kind run on across their parents (国办发〔2017〕72号's 1—13),
 * numbering is continuous and those clauses are c1…c13, their parents p1…;
 * when a kind starts again from 1 under the same parent, a part heading is
 * missing from the text, and the new run goes to the top level as x-1, x-2…
 * (then y-, z-) — the way the shipped sample plans (篇二, 篇三, 篇五) are kept.
 */
import type { MarkKind } from './numbering.ts';
import { isHeadingOnly, type Paragraph } from './paragraphs.ts';
import type { ImportedClause } from './types.ts';

interface Node {
  kind: MarkKind;
  value: number;
  label: string;
  line: number;
  heading?: string;
  paragraphs: string[];
  children: Node[];
  /** restart series: 0 for the first run, 1 for x-, 2 for y- … */
  series: number;
  /** the whole text, when a single short sentence was taken for the heading */
  sentence?: string;
}

export interface ClauseTree {
  preamble: string[];
  clauses: ImportedClause[];
  numbering: 'nested' | 'continuous';
}

/**
 * The first sentence of a clause is its heading when it is short and more text
 * follows (（一）积极排查，认真比对。…). 第X条 has no heading: its first sentence
 * is already the rule.
 */
function splitHeading(rest: string, headingOnly: boolean, kind: MarkKind): { heading?: string; text?: string } {
  const trimmed = rest.trim();
  if (kind === 'article') return { text: trimmed };
  if (headingOnly) return { heading: trimmed.replace(/[：:。！？]$/, '') };
  const m = /^([^。！？]{1,30})[。！？](.+)$/s.exec(trimmed);
  if (m && !/[；]/.test(m[1]!)) return { heading: m[1]!, text: m[2]!.trim() };
  return { text: trimmed };
}

const seriesPrefix = (series: number) => (series === 0 ? '' : series <= 3 ? `${'xyz'[series - 1]}-` : `x${series - 2}-`);

export function buildClauseTree(paragraphs: Paragraph[]): ClauseTree {
  const preamble: string[] = [];
  const roots: Node[] = [];
  // the open path: stack[i] is the open clause at depth i
  const stack: Node[] = [];
  let series = 0;
  const lastOfKind = new Map<MarkKind, Node>();
  const runsOn = new Set<MarkKind>();
  for (const p of paragraphs) {
    if (!p.mark) {
      const open = stack.at(-1);
      if (open) open.paragraphs.push(p.text);
      else preamble.push(p.text);
      continue;
    }
    const { kind, value, label, rest } = p.mark;
    let depth = stack.findIndex((n) => n.kind === kind);
    if (depth === -1) depth = stack.length;
    const siblings = depth === 0 ? roots : stack[depth - 1]!.children;
    const previous = siblings.at(-1);
    let restart = previous !== undefined && previous.kind === kind && value <= previous.value;
    if (restart) {
      series++;
      depth = 0;
    }
    const prevOfKind = lastOfKind.get(kind);
    if (!restart && depth > 0 && siblings.length === 0 && value > 1 && prevOfKind && prevOfKind.value === value - 1) runsOn.add(kind);
    const node: Node = { kind, value, label, line: p.line, paragraphs: [], children: [], series };
    const { heading, text } = splitHeading(rest, isHeadingOnly(p.mark), kind);
    // one short sentence is a heading only if something comes under it
    if (heading && /[。！？]$/.test(rest.trim())) node.sentence = rest.trim();
    if (heading) node.heading = heading;
    if (text) node.paragraphs.push(text);
    stack.length = depth;
    (depth === 0 ? roots : stack[depth - 1]!.children).push(node);
    stack.push(node);
    lastOfKind.set(kind, node);
    restart = false;
  }
  const continuousKind = [...runsOn][0];
  const toClause = (node: Node, parentId: string | undefined, underContinuous: boolean): ImportedClause => {
    let id: string;
    if (continuousKind !== undefined && node.kind === continuousKind) id = `c${node.value}`;
    else if (continuousKind !== undefined && !underContinuous && parentId === undefined) id = `p${node.value}`;
    else id = parentId === undefined ? `${seriesPrefix(node.series)}${node.value}` : `${parentId}-${node.value}`;
    const clause: ImportedClause = { id, label: node.label, line: node.line };
    const alone = node.sentence !== undefined && node.paragraphs.length === 0 && node.children.length === 0;
    if (alone) clause.text = node.sentence;
    else if (node.heading) clause.heading = node.heading;
    if (node.paragraphs.length) clause.text = node.paragraphs.join('\n\n');
    const below = underContinuous || node.kind === continuousKind;
    if (node.children.length) clause.clauses = node.children.map((c) => toClause(c, id, below));
    return clause;
  };
  return {
    preamble,
    clauses: roots.map((n) => toClause(n, undefined, false)),
    numbering: continuousKind === undefined ? 'nested' : 'continuous',
  };
}
