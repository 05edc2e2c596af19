/** Yes/no cells as Excel, WPS and people write them: never guessed, never silently 否. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEnvelope } from '../../../../site/lib/forms/envelope.ts';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import { booleanOf, fromXlsx } from '../../../../site/lib/forms/xlsx/from-xlsx.ts';
import { toXlsx } from '../../../../site/lib/forms/xlsx/to-xlsx.ts';

const form = forms['dropout-registration'];
const example = () => structuredClone((form.schema.examples as Record<string, any>[])[0]!);

/** The export with the 是否已开展劝返工作 cell (B26) replaced by `cell` (its XML without the r attribute). */
function withStartedCell(started: boolean, cell: string): Uint8Array {
  const data = example();
  data.persuasion.started = started;
  const files = unzipSync(toXlsx(form, buildEnvelope('dropout-registration', 'tanghe', data)));
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const edited = xml.replace(/<c r="B26"[^]*?<\/c>/, cell.replace('<c', '<c r="B26"'));
  expect(edited).not.toBe(xml);
  files['xl/worksheets/sheet1.xml'] = strToU8(edited);
  return zipSync(files);
}
const inline = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;

describe('yes/no cells', () => {
  const cases: [string, string, boolean][] = [
    ['a boolean cell TRUE', '<c t="b"><v>1</v></c>', true],
    ['a boolean cell FALSE', '<c t="b"><v>0</v></c>', false],
    ['the number 1', '<c><v>1</v></c>', true],
    ['the number 0', '<c><v>0</v></c>', false],
    ['TRUE typed as text', inline('TRUE'), true],
    ['FALSE typed as text', inline('FALSE'), false],
    ['是', inline('是'), true],
    ['否', inline(' 否 '), false],
    ['WPS 真', inline('真'), true],
    ['WPS 假', inline('假'), false],
    ['a full-width １', inline('１'), true],
    ['a tick', inline('√'), true],
    ['a cross', inline('×'), false],
  ];
  it.each(cases)('reads %s', (_what, cell, expected) => {
    // Start from the opposite value, so a reader that ignored the cell would fail.
    const read = fromXlsx(form, withStartedCell(!expected, cell));
    expect(read.problems).toEqual([]);
    expect(read.ok && (read.envelope.data as any).persuasion.started).toBe(expected);
  });

  it.each([
    ['the number 2', '<c><v>2</v></c>', 2, '“2”'],
    ['the text 也许', inline('也许'), '也许', '“也许”'],
    ['a date serial', '<c s="5"><v>44623</v></c>', 44623, '“44623”'],
  ])('reports %s at its cell and keeps it as it was', (_what, cell, kept, shown) => {
    const read = fromXlsx(form, withStartedCell(true, cell));
    expect(read.ok).toBe(false);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ sheet: '辍学学生登记表', row: 26, column: 'B', pointer: '/persuasion/started' });
    expect(read.problems[0]!.message).toBe(`“是否已开展劝返工作”应填“是”或“否”，实际是 ${shown}。`);
    expect(!read.ok && (read.partial?.envelope.data as any).persuasion.started).toBe(kept);
  });

  it('never guesses: anything but a yes or a no word is undefined', () => {
    expect([true, false, 1, 0, 'yes', 'No', '对', '错'].map(booleanOf)).toEqual([true, false, true, false, true, false, true, false]);
    for (const raw of [2, -1, 0.5, '', ' ', '是否', 'maybe', '1.0', '01']) expect(booleanOf(raw)).toBeUndefined();
  });
});
