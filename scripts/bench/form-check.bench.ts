/**
 * How fast records are checked and converted: validateRecord (precompiled
 * schema validator + rules) per record, and Excel export / import per record,
 * for a county's worth of monthly reports and dropout registrations.
 *
 * Check speed is the best of several rounds (a shared machine steals time
 * from some of them) and is also given as a ratio to a reference measured in
 * the same rounds — parsing and serialising the same record as JSON — so a
 * budget can hold on a busy CI machine too.
 */
import { buildEnvelope } from '../../site/lib/forms/envelope.ts';
import { forms, type FormId } from '../../site/lib/forms/form-registry.ts';
import { loadValidateFns } from '../../site/lib/forms/load-validator.ts';
import { validateRecord } from '../../site/lib/forms/validate-record.ts';
import { fromXlsx } from '../../site/lib/forms/xlsx/from-xlsx.ts';
import { toXlsx } from '../../site/lib/forms/xlsx/to-xlsx.ts';
import type { BenchOptions, Metrics } from './metrics.ts';

const time = (n: number, fn: () => void) => {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - start) / n;
};

/** Operations per second: the best of `rounds` rounds of `n`. */
const bestRate = (rounds: number, n: number, fn: () => void) => {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) best = Math.min(best, time(n, fn));
  return 1000 / best;
};

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export async function run(options: BenchOptions = {}): Promise<Metrics> {
  const metrics: Metrics = {};
  const rounds = options.quick ? 5 : 9;
  for (const id of ['monthly-report', 'dropout-registration'] as FormId[]) {
    const form = forms[id];
    const example = (form.schema.examples as unknown[])[0];
    const fns = await loadValidateFns(id);
    const check = () => validateRecord(form, example, fns, { today: '2022-06-30' });
    if (check().length) throw new Error(`${form.title}的示例记录有问题，不能用来测速。`);
    const text = JSON.stringify(example);
    const reference = () => JSON.stringify(JSON.parse(text));
    // Warm both up first, so neither round pays for compiling the code.
    time(20_000, check);
    time(20_000, reference);
    const checkRate = bestRate(rounds, 20_000, check);
    const referenceRate = bestRate(rounds, 20_000, reference);
    metrics[`${id}.recordsPerSecond`] = checkRate;
    metrics[`${id}.ratioToJson`] = checkRate / referenceRate;
    let line = `${form.title}：检查 ${fmt(checkRate)} 条/秒（${(1e6 / checkRate).toFixed(1)} µs/条；同一轮 JSON 解析+序列化同一条记录 ${fmt(referenceRate)} 次/秒，比值 ${(checkRate / referenceRate).toFixed(2)}）`;
    if (!options.quick) {
      const envelope = buildEnvelope(id, 'tanghe', example);
      const bytes = toXlsx(form, envelope);
      const write = time(200, () => toXlsx(form, envelope));
      const read = time(200, () => fromXlsx(form, bytes));
      line += `，导出 Excel ${write.toFixed(2)} ms/条（${bytes.length} 字节），导入 Excel ${read.toFixed(2)} ms/条`;
    }
    console.log(line);
  }
  return metrics;
}
