/**
 * What a 核查类别 asks to keep, under the verification form and on its
 * printout: every document, or — for a category decided case by case (唐河 M
 * 类 “视其不同情况具体对待”) — the situations, of which any one with all its
 * documents kept suffices, so nobody gathers every document of every case.
 */
import type { CategoryOption } from './apply-category.ts';

export function CategoryEvidence({ category: c }: { category: CategoryOption }) {
  return (
    <section className="category-help no-print" aria-live="polite">
      <h2>
        {c.code} 类（{c.label}）须留存的证明材料
      </h2>
      {c.evidenceAlternatives?.length ? (
        <>
          <p>视不同情况具体对待：下列情形中，留存符合本人情况的一种情形的全部材料即可。</p>
          <Situations category={c} />
        </>
      ) : (
        <ul>
          {c.evidence.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {c.followUp && <p>{c.followUp}</p>}
    </section>
  );
}

function Situations({ category: c }: { category: CategoryOption }) {
  return (
    <ol className="category-situations">
      {c.evidenceAlternatives!.map((a) => (
        <li key={a.situation}>
          {a.situation}：{a.evidence.join('、')}
        </li>
      ))}
    </ol>
  );
}

/** The printed note under the evidence table; nothing for a category whose every document is required. */
export function PrintedCategoryEvidence({ category: c }: { category: CategoryOption | undefined }) {
  if (!c?.evidenceAlternatives?.length) return null;
  return (
    <div className="print-note">
      <p>
        注：{c.code} 类（{c.label}）视不同情况具体对待，下列任一种情形的材料齐全即可：
      </p>
      <Situations category={c} />
    </div>
  );
}
