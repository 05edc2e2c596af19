import { describe, expect, it } from 'vitest';
import { buildEnvelope, parseEnvelope, parseEnvelopeBytes, parseEnvelopeJson } from '../../../site/lib/forms/envelope.ts';

const messages = (r: ReturnType<typeof parseEnvelope>) => (r.ok ? [] : r.problems.map((p) => `${p.pointer}  ${p.message}`));

describe('envelope', () => {
  it('builds the DESIGN.md shape with the form version', () => {
    expect(buildEnvelope('monthly-report', 'tanghe', { a: 1 })).toEqual({ form: 'monthly-report', version: 1, jurisdiction: 'tanghe', data: { a: 1 } });
  });

  it('explains what is wrong with an envelope, in Chinese', () => {
    const ok = { form: 'monthly-report', version: 1, jurisdiction: 'tanghe', data: {} };
    expect(parseEnvelope(ok, 'monthly-report').ok).toBe(true);
    expect([
      ...messages(parseEnvelope(ok, 'verification')),
      ...messages(parseEnvelope({ ...ok, form: 'monthly-reprot' })),
      ...messages(parseEnvelope({ ...ok, version: 3 })),
      ...messages(parseEnvelope({ ...ok, version: '1' })),
      ...messages(parseEnvelope({ ...ok, data: undefined })),
      ...messages(parseEnvelope({ ...ok, jurisdiction: '' })),
      ...messages(parseEnvelope({ ...ok, extra: 1 })),
      ...messages(parseEnvelope([ok])),
    ]).toMatchInlineSnapshot(`
      [
        "/form  这是“控辍保学月报表”（monthly-report）的文件，不是“适龄儿童少年核查登记”（verification）。",
        "/form  文件中的表单标识 “monthly-reprot” 不是本站的表单。您是否想写 “monthly-report”？",
        "/version  文件由较新版本的“控辍保学月报表”（第 3 版）导出，本站只认识到第 1 版。请使用更新后的网站或命令行工具。",
        "/version  文件的表单版本（version）应为正整数，实际是 "1"。",
        "/data  文件缺少表单数据（data）。",
        "/jurisdiction  文件没有注明所属辖区（缺少 jurisdiction）。",
        "/extra  文件中有不认识的项 “extra”；表单文件只含 form、version、jurisdiction、data。",
        "  这不是本站导出的表单文件：应为一个包含 form、version、jurisdiction、data 的 JSON 对象。",
      ]
    `);
  });

  it('reads one envelope or an array of them, and garbled text', () => {
    const one = JSON.stringify(buildEnvelope('monthly-report', 'tanghe', {}));
    expect(parseEnvelopeJson(one)).toHaveLength(1);
    expect(parseEnvelopeJson(`\uFEFF[${one},${one}]`).map((r) => r.ok)).toEqual([true, true]);
    expect(parseEnvelopeJson('{"form": "monthly-report",\n  "version": 1,,}').map(messages)).toMatchInlineSnapshot(`
      [
        [
          "  文件不是有效的 JSON（第 2 行附近），可能已损坏或不是本站导出的文件。",
        ],
      ]
    `);
    expect(parseEnvelopeJson('[]').map(messages)).toEqual([['  文件中没有任何记录（空列表）。']]);
  });

  it('refuses a file that is not UTF-8 instead of importing garbled Chinese', () => {
    const head = '{"form":"monthly-report","version":1,"jurisdiction":"tanghe","data":{"school":{"name":"';
    // 城郊 in GBK, as Notepad's “ANSI” writes it on a Chinese Windows.
    const gbk = new Uint8Array([...new TextEncoder().encode(head), 0xb3, 0xc7, 0xbd, 0xbc, ...new TextEncoder().encode('"}}}')]);
    expect(new TextDecoder('gbk').decode(gbk)).toContain('城郊');
    const [bytes] = parseEnvelopeBytes(gbk, 'monthly-report');
    expect(messages(bytes!)[0]).toMatch(/^ {2}文件不是 UTF-8 编码/);
    // Decoded leniently (the CLI's readFileSync 'utf8'), the same file is refused too.
    expect(parseEnvelopeJson(new TextDecoder().decode(gbk)).map(messages)).toEqual([messages(bytes!)]);
    const utf8 = new TextEncoder().encode(`\uFEFF${head}城郊"}}}`);
    expect(parseEnvelopeBytes(utf8, 'monthly-report')[0]).toMatchObject({ ok: true, envelope: { data: { school: { name: '城郊' } } } });
  });
});
