/** The cross-check of monthly reports with the ledger, case by case: which pupils a 0-辍学 report must be checked against. */
import { describe, expect, it } from 'vitest';
import { aggregate, loadReportValidators } from '../../../site/lib/reports/aggregate.ts';
import type { InputFile } from '../../../site/lib/reports/aggregate-types.ts';
import { fixtureFiles, jurisdiction } from './report-fixtures.ts';

const fixture = (name: string) => JSON.parse(new TextDecoder().decode(fixtureFiles('cases').find((f) => f.name === `cases/${name}`)!.bytes));
const file = (name: string, envelopes: unknown) => ({ name, bytes: new TextEncoder().encode(JSON.stringify(envelopes)) });
/** 周五's persuasion record (样例镇中学, which reports 0 辍学 for 2022-03), changed as the test needs. */
const zhouWu = (data: Record<string, unknown>) => {
  const env = fixture('zhou-wu-persuasion.json');
  return { ...env, data: { ...env.data, ...data } };
};
const notReturned = { returned: false, notReturnedReason: '本人不愿返校。' };
async function crossChecks(cases: InputFile[], monthly = fixtureFiles('monthly/2022-03')) {
  const out = aggregate([...monthly, ...cases], jurisdiction(), { today: '2022-04-10', validators: await loadReportValidators() });
  expect(out.invalid).toEqual([]);
  return out.flags.filter((f) => f.kind === 'cross-check');
}

describe('aggregate: cross-check of a 0-辍学 report with the ledger', () => {
  it('flags a pupil out since an earlier month, naming the report and the pupil’s file once', async () => {
    const flags = await crossChecks([file('cases/zhou.json', [zhouWu({ leftDate: '2022-02-15', outcome: notReturned }), zhouWu({ leftDate: '2022-02-15', fillDate: '2022-03-09', outcome: notReturned })])]);
    expect(flags).toEqual([
      {
        kind: 'cross-check',
        school: '样例镇中学',
        message: '样例镇中学 2022-03 月报填报辍学 0 人，但台账中周五（411328********1711）自 2022-02 起登记为辍学且未复学，请核对月报。',
        source: null,
        files: ['monthly/2022-03/yangli-junior-late.json', 'cases/zhou.json'],
      },
    ]);
  });

  it('does not flag a pupil who left after the month reported', async () => {
    expect(await crossChecks([file('cases/zhou.json', zhouWu({ leftDate: '2022-04-01', fillDate: '2022-04-02', attempts: [{ ...fixture('zhou-wu-persuasion.json').data.attempts[0], date: '2022-04-02' }], outcome: notReturned }))])).toEqual([]);
  });

  it('flags a pupil who returned only after the month reported, not one who returned within it', async () => {
    const april = await crossChecks([file('cases/zhou.json', zhouWu({ fillDate: '2022-04-06', outcome: { returned: true, returnDate: '2022-04-05' } }))]);
    expect(april.map((f) => [f.school, f.files])).toEqual([['样例镇中学', ['monthly/2022-03/yangli-junior-late.json', 'cases/zhou.json']]]);
    expect(await crossChecks([file('cases/zhou.json', zhouWu({ fillDate: '2022-03-31', outcome: { returned: true, returnDate: '2022-03-31' } }))])).toEqual([]);
  });

  it('does not flag a pupil only suspected of dropping out', async () => {
    expect(await crossChecks([file('cases/zhou.json', zhouWu({ status: '疑似辍学', outcome: notReturned }))])).toEqual([]);
  });

  it('does not flag when the school reported no report, or reported dropouts, or when there is no monthly report at all', async () => {
    const atPrimary = zhouWu({ unit: '样例镇第一小学', outcome: notReturned });
    expect(await crossChecks([file('cases/primary.json', atPrimary)])).toEqual([]);
    const atMissing = zhouWu({ unit: '示范乡教学点', outcome: notReturned });
    expect(await crossChecks([file('cases/missing.json', atMissing)])).toEqual([]);
    expect(await crossChecks([file('cases/zhou.json', zhouWu({ outcome: notReturned }))], [])).toEqual([]);
  });
});
