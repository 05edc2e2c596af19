/**
 * How fast records are checked and converted: validateRecord (precompiled
 * schema validator + rules) per record, and Excel export / import per record,
 * for a county's worth of monthly reports and dropout registrations.
 */
import { buildEnvelope } from '../../site/lib/forms/envelope.ts';
import { forms, type FormId } from '../../site/lib/forms/form-registry.ts';
import { loadValidateFns } from '../../site/lib/forms/load-validator.ts';
import { validateRecord } from '../../site/lib/forms/validate-record.ts';
import { fromXlsx } from '../../site/lib/forms/xlsx/from-xlsx.ts';
import { toXlsx } from '../../site/lib/forms/xlsx/to-xlsx.ts';

const time = (n: number, fn: () => void) => {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - start) / n;
};

export async function run(): Promise<void> {
  for (const id of ['monthly-report', 'dropout-registration'] as FormId[]) {
    const form = forms[id];
    const example = (form.schema.examples as unknown[])[0];
    const fns = await loadValidateFns(id);
    const check = time(2000, () => validateRecord(form, example, fns, { today: '2022-06-30' }));
    const envelope = buildEnvelope(id, 'tanghe', example);
    const bytes = toXlsx(form, envelope);
    const write = time(200, () => toXlsx(form, envelope));
    const read = time(200, () => fromXlsx(form, bytes));
    console.log(
      `${form.title}：检查 ${(check * 1000).toFixed(0)} µs/条，导出 Excel ${write.toFixed(2)} ms/条（${bytes.length} 字节），导入 Excel ${read.toFixed(2)} ms/条`,
    );
  }
}
