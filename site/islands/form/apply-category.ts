/**
 * The verification form's evidence checklist follows the chosen category:
 * choosing a category sets its label and lists exactly the evidence that
 * category requires, keeping what the user already ticked or noted. What was
 * ticked or noted for the category being left is kept aside in `stash`, so
 * switching back (H → B → H, a slip of the list) brings it back.
 */
import type { EvidenceAlternative } from '../../lib/config/category-evidence.ts';

export interface CategoryOption {
  code: string;
  label: string;
  /** every document of the category (of every situation, for one with alternatives) */
  evidence: string[];
  /** documents by situation, any one situation complete suffices */
  evidenceAlternatives?: EvidenceAlternative[];
  followUp?: string;
  includes?: string;
}

export interface EvidenceItem {
  name?: string;
  provided?: boolean;
  note?: string;
}

interface VerificationData {
  categoryCode?: string;
  categoryLabel?: string;
  evidence?: EvidenceItem[];
  [k: string]: unknown;
}

/** Evidence entries by category code, for the open draft (kept in memory only). */
export type EvidenceStash = Map<string, EvidenceItem[]>;

export function applyCategory<T extends VerificationData>(data: T, previous: VerificationData | undefined, categories: CategoryOption[], stash?: EvidenceStash): T {
  if (!categories.length || data.categoryCode === previous?.categoryCode) return data;
  const cat = categories.find((c) => c.code === data.categoryCode);
  if (previous?.categoryCode && previous.evidence?.some((e) => e.provided || e.note)) stash?.set(previous.categoryCode, previous.evidence);
  if (!cat) return data;
  // What is on screen wins for a document both lists name; the stash fills in the rest.
  const before = new Map([...(stash?.get(cat.code) ?? []), ...(data.evidence ?? [])].map((e) => [e.name, e]));
  const evidence = cat.evidence.map((name) => {
    const kept = before.get(name);
    const item: EvidenceItem = { name, provided: kept?.provided ?? false };
    if (kept?.note) item.note = kept.note;
    return item;
  });
  return { ...data, categoryLabel: cat.label, evidence };
}
