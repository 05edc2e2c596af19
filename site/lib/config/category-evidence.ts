/**
 * A 核查类别's evidence as other tools read it (`categories[].evidence[]` of
 * the resolved jurisdiction): its own list, or — for a category whose
 * documents depend on the situation (`evidenceAlternatives`, 唐河 M 类) —
 * every situation's documents, each written “情形：材料”, so that documents of
 * two situations never share a name. The verification form lists and ticks
 * exactly these names, and its rule accepts any one situation complete.
 *
 * Exports: EvidenceAlternative, alternativeEvidenceName, resolvedEvidence.
 */
export interface EvidenceAlternative {
  situation: string;
  evidence: string[];
}

export const alternativeEvidenceName = (situation: string, document: string) => `${situation}：${document}`;

export function resolvedEvidence(category: { evidence?: string[]; evidenceAlternatives?: EvidenceAlternative[] }): string[] {
  return category.evidenceAlternatives
    ? category.evidenceAlternatives.flatMap((a) => a.evidence.map((d) => alternativeEvidenceName(a.situation, d)))
    : (category.evidence ?? []);
}
