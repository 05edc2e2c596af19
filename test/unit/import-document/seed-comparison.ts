/**
 * Compare an imported clause tree with a shipped policy file: the differences
 * as `document#clause field` keys, with both values, after the normalisation
 * the shipped files share (whitespace, including the full-width spaces of the
 * rosters and the blank lines between paragraphs, is not compared).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ImportedClause, ParsedDocument } from '../../../site/lib/import-document/types.ts';
import { repoRoot } from '../cli/run-cli.ts';

interface ShippedClause {
  id: string;
  label?: string;
  heading?: string;
  text?: string;
  clauses?: ShippedClause[];
}

export interface Difference {
  key: string;
  shipped: string;
  imported: string;
}

const squash = (t: string | undefined) => (t ?? '').replace(/[\s\u3000]+/g, '');

function flatten(clauses: (ShippedClause | ImportedClause)[] | undefined, into = new Map<string, ShippedClause>()): Map<string, ShippedClause> {
  for (const c of clauses ?? []) {
    into.set(c.id, c);
    flatten(c.clauses, into);
  }
  return into;
}

export function readShipped(id: string): { preamble?: string; clauses: ShippedClause[] } {
  return parse(readFileSync(join(repoRoot, 'config/policies', `${id}.yaml`), 'utf8'));
}

export function compareWithShipped(documentId: string, imported: ParsedDocument): Difference[] {
  const shipped = readShipped(documentId);
  const differences: Difference[] = [];
  const add = (key: string, a: string | undefined, b: string | undefined) => {
    if (squash(a) !== squash(b)) differences.push({ key: `${documentId}${key}`, shipped: squash(a), imported: squash(b) });
  };
  add(' preamble', shipped.preamble, imported.preamble);
  const want = flatten(shipped.clauses);
  const got = flatten(imported.clauses);
  for (const [id, s] of want) {
    const i = got.get(id);
    if (!i) {
      differences.push({ key: `${documentId}#${id} missing`, shipped: squash(s.heading ?? s.text), imported: '' });
      continue;
    }
    add(`#${id} label`, s.label, i.label);
    add(`#${id} heading`, s.heading, i.heading);
    add(`#${id} text`, s.text, i.text);
  }
  for (const [id, i] of got) if (!want.has(id)) differences.push({ key: `${documentId}#${id} extra`, shipped: '', imported: squash(i.heading ?? i.text) });
  return differences;
}

/** Seed 003 holds five sample plans; each begins at a line “…篇一” … “…篇五”, after the site's own introduction. */
export function splitSamplePlans(text: string): string[] {
  const lines = text.split('\n');
  const starts = lines.flatMap((l, i) => (/篇[一二三四五]\s*$/.test(l.trim()) ? [i] : []));
  return starts.map((start, k) => lines.slice(start + 1, starts[k + 1] ?? lines.length).join('\n'));
}
