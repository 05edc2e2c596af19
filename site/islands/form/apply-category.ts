/**
 * The verification form's evidence checklist follows the chosen category:
 * choosing a category sets its label and lists exactly the evidence that
 * category requires, keeping what the user already ticked or noted.
 */
export interface CategoryOption {
  code: string;
  label: string;
  evidence: string[];
  followUp?: string;
  includes?: string;
}

interface EvidenceItem {
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

export function applyCategory<T extends VerificationData>(data: T, previous: VerificationData | undefined, categories: CategoryOption[]): T {
  if (!categories.length || data.categoryCode === previous?.categoryCode) return data;
  const cat = categories.find((c) => c.code === data.categoryCode);
  if (!cat) return data;
  const before = new Map((data.evidence ?? []).map((e) => [e.name, e]));
  const evidence = cat.evidence.map((name) => {
    const kept = before.get(name);
    const item: EvidenceItem = { name, provided: kept?.provided ?? false };
    if (kept?.note) item.note = kept.note;
    return item;
  });
  return { ...data, categoryLabel: cat.label, evidence };
}
