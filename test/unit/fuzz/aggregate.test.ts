/**
 * Fuzzing aggregate (fast-check, fixed seed, bounded runs): the sample county's good files mixed
 * with files cut off, garbled, of another form, of another jurisdiction's layout, and copies of
 * good ones. Never an exception; every file that did not count is in `invalid` (or `duplicates`)
 * with a Chinese message naming it; the good files are still summed exactly as on their own.
 */
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnvelope } from '../../../site/lib/forms/envelope.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';
import { toXlsx } from '../../../site/lib/forms/xlsx/to-xlsx.ts';
import { aggregate, loadReportValidators } from '../../../site/lib/reports/aggregate.ts';
import type { AggregateResult, FormValidators, InputFile } from '../../../site/lib/reports/aggregate-types.ts';
import { fixtureFiles, jurisdiction } from '../reports/report-fixtures.ts';

const settings = { seed: 20261202, numRuns: 60 };
const chinese = /\p{Script=Han}/u;
const stackTrace = /\bat .+:\d+:\d+|TypeError|RangeError|SyntaxError|ReferenceError|undefined|\[object Object\]/;
const today = '2022-04-10';
const good = fixtureFiles();
const county = jurisdiction();
const pledge = () => {
  const ex = structuredClone((forms['responsibility-pledge'].schema.examples as unknown[])[0]!);
  return buildEnvelope('responsibility-pledge', 'tanghe', ex as Record<string, unknown>);
};
const monthlyXlsx = toXlsx(forms['monthly-report'], JSON.parse(new TextDecoder().decode(good.find((f) => f.name.endsWith('yangli-primary.json'))!.bytes)));

let validators: FormValidators;
let baseline: AggregateResult;
beforeAll(async () => {
  validators = await loadReportValidators();
  baseline = aggregate(good, county, { today, validators });
});

/** A bad file made from a good one (or from nothing), and whether it can still count. */
const badFile: fc.Arbitrary<(n: number) => InputFile> = fc.oneof(
  fc.tuple(fc.nat({ max: good.length - 1 }), fc.nat()).map(([k, cut]) => (n: number) => ({ name: `bad/${n}-cut.json`, bytes: good[k]!.bytes.slice(0, cut % good[k]!.bytes.length) })),
  fc.nat().map((cut) => (n: number) => ({ name: `bad/${n}-cut.xlsx`, bytes: monthlyXlsx.slice(0, cut % monthlyXlsx.length) })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => (n: number) => ({ name: `bad/${n}-random.${n % 2 ? 'xlsx' : 'json'}`, bytes })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => (n: number) => ({ name: `bad/${n}-json.json`, bytes: strToU8(JSON.stringify(v)) })),
  fc.constant((n: number) => ({ name: `bad/${n}-pledge.json`, bytes: strToU8(JSON.stringify(pledge())) })),
  fc.constant((n: number) => ({ name: `bad/${n}-pledge.xlsx`, bytes: toXlsx(forms['responsibility-pledge'], pledge()) })),
  fc.constant((n: number) => ({ name: `bad/${n}.docx`, bytes: strToU8('PK\u0003\u0004 不是表单') })),
);

describe('aggregate on a county’s mixed files', () => {
  it('sums the good files as on their own and names every bad one', () => {
    fc.assert(
      fc.property(fc.array(badFile, { minLength: 1, maxLength: 4 }), fc.array(fc.nat({ max: good.length - 1 }), { maxLength: 2 }), fc.nat(), (bads, copies, seed) => {
        const badFiles = bads.map((f, i) => f(i));
        const copyFiles = copies.map((k, i) => ({ name: `copy/${i}-${good[k]!.name.replace(/^.*\//, '')}`, bytes: good[k]!.bytes, monthly: good[k]!.name.startsWith('monthly/') }));
        // Order must not matter: the bad files and copies go anywhere among the good ones.
        const files = [...good];
        for (const [i, f] of [...badFiles, ...copyFiles].entries()) files.splice((seed + i * 7) % (files.length + 1), 0, f);
        let r: AggregateResult;
        expect(() => (r = aggregate(files, county, { today, validators }))).not.toThrow();
        expect(r!.totals).toEqual(baseline.totals);
        expect(r!.schools.map((s) => [s.name, s.status, s.enrolled])).toEqual(baseline.schools.map((s) => [s.name, s.status, s.enrolled]));
        expect(r!.ledger.map((l) => [l.name, l.status, l.nextAction])).toEqual(baseline.ledger.map((l) => [l.name, l.status, l.nextAction]));
        for (const i of r!.invalid) {
          expect(i.message).toMatch(chinese);
          expect(i.message).not.toMatch(stackTrace);
          expect(files.map((f) => f.name)).toContain(i.file);
        }
        const invalidFiles = new Set(r!.invalid.map((i) => i.file));
        for (const f of badFiles) expect(invalidFiles.has(f.name), `${f.name} 没有任何说明`).toBe(true);
        // A copy of a monthly report is a duplicate that names it, never counted twice (copies of case records merge into the ledger, checked above).
        for (const f of copyFiles.filter((c) => c.monthly)) expect(JSON.stringify(r!.duplicates).includes(f.name) || invalidFiles.has(f.name), `${f.name} 的重复没有说明`).toBe(true);
      }),
      settings,
    );
  });
});
