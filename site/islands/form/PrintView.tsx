/** What goes on paper: the official table, or the letter for notices and pledges; drawn only while printing (use-printing.ts). */
import { useLayoutEffect } from 'react';
import { printBlocks } from './print-model.ts';
import { defaultLayout, printLayouts } from './print-layout.ts';
import { PrintSheet } from './PrintSheet.tsx';
import type { Basis } from './PrintDocuments.tsx';
import { letters, totals } from './form-extras.ts';
import { displayValue } from './print-model.ts';
import { PrintedCategoryEvidence } from './CategoryEvidence.tsx';
import { isBlank } from './is-blank.ts';
import { usePrinting } from './use-printing.ts';
import type { CategoryOption } from './apply-category.ts';

type Data = Record<string, unknown>;

interface Props {
  formId: string;
  title: string;
  schema: Data;
  uiSchema: Data;
  data: Data;
  jurisdictionName: string;
  basis: Basis[];
  indicatorLabels: Record<string, string>;
  extraLabels: Record<string, string> | undefined;
  /** the verification record's category, for the note on categories decided case by case */
  category?: CategoryOption | undefined;
}

const at = (data: unknown, path: string[] | undefined) =>
  path ? displayValue(path.reduce<unknown>((d, k) => (d && typeof d === 'object' ? (d as Data)[k] : undefined), data)) : '';

/** A CSS string token, for `content:` in print-forms.css. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\s+/g, ' ')}"`;

export function PrintView(p: Props) {
  const printing = usePrinting();
  return <div className="print-only" aria-hidden="true">{printing && <PrintContent {...p} />}</div>;
}

function PrintContent(p: Props) {
  const layout = printLayouts[p.formId] ?? defaultLayout;
  const subject = layout.subject.map((s) => (at(p.data, s.path) ? `${s.label ?? ''}${at(p.data, s.path)}` : '')).filter(Boolean).join('　');
  const runningHead = `${p.title}${subject ? `　${subject}` : ''}`;
  // Continuation pages name the form and the student in the page margin (@page margin boxes read this
  // property); set through the CSSOM, which the page's Content-Security-Policy allows. A layout effect: it must be
  // in place within beforeprint's synchronous render, before the browser lays out the pages.
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--print-running-head', cssString(runningHead));
    return () => {
      root.removeProperty('--print-running-head');
    };
  }, [runningHead]);
  // Loaded while the page opened (form-extras.ts); the toolbar waits for them.
  const docs = letters.get();
  const Totals = totals.get()?.MonthlyTotals;
  let content;
  if (layout.document === 'return-notice') content = docs && <docs.ReturnNoticeDoc data={p.data} jurisdictionName={p.jurisdictionName} basis={p.basis} />;
  else if (layout.document === 'responsibility-pledge')
    content = docs && <docs.PledgeDoc data={p.data} jurisdictionName={p.jurisdictionName} basis={p.basis} indicatorLabels={p.indicatorLabels} />;
  else {
    const skip = [layout.unit, layout.date].filter((x): x is string[] => !!x);
    const opts = { skip, blankRows: layout.blankRows, blankForm: isBlank(p.data), ...(p.extraLabels ? { extraLabels: p.extraLabels } : {}) };
    content = (
      <PrintSheet
        title={p.title}
        subtitle={p.jurisdictionName}
        unitLabel={layout.unitLabel}
        unit={at(p.data, layout.unit)}
        dateLabel={layout.dateLabel}
        date={at(p.data, layout.date)}
        blocks={printBlocks(p.schema, p.uiSchema, p.data, opts)}
        after={p.formId === 'monthly-report' ? Totals && <Totals data={p.data} printed /> : <PrintedCategoryEvidence category={p.category} />}
        signatures={layout.signatures}
      />
    );
  }
  return content;
}
