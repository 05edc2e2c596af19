import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocumentBytes } from '../../../site/lib/import-document/decode-text.ts';
import { repoRoot } from '../cli/run-cli.ts';

const bytes = (name: string) => new Uint8Array(readFileSync(join(repoRoot, 'test/fixtures/import-document', name)));

describe('decodeDocumentBytes', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const text = '一、工作目标\n';
    expect(decodeDocumentBytes(new TextEncoder().encode(text))).toEqual({ ok: true, text });
    expect(decodeDocumentBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ ok: true, text });
  });

  it.each([
    ['empty.txt', '文件是空的，没有可导入的文字。'],
    ['binary.bin', '这不是文本文件（含有二进制内容），可能是 Word、图片或压缩文件。请把正文复制到记事本，另存为 UTF-8 编码的 .txt 后再导入。'],
    ['gbk.txt', '文件不是 UTF-8 编码，看起来是 GBK（GB2312）编码。请用记事本或 WPS 打开原文，选择“另存为”，编码选 UTF-8，保存为 .txt 后再导入。'],
  ])('refuses %s with a Chinese message', (name, message) => {
    expect(decodeDocumentBytes(bytes(name))).toEqual({ ok: false, message });
  });

  it('names a .docx and a PDF and says how to get their text', () => {
    const docx = decodeDocumentBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]));
    expect(docx.ok === false && docx.message).toMatch(/^这是 Word（\.docx）.*另存为”纯文本（\.txt），编码选 UTF-8/);
    const pdf = decodeDocumentBytes(new TextEncoder().encode('%PDF-1.7\n'));
    expect(pdf.ok === false && pdf.message).toMatch(/^这是 PDF 文件/);
  });

  it('refuses a file of blank lines', () => {
    expect(decodeDocumentBytes(new TextEncoder().encode('\n \n\u3000\n'))).toEqual({ ok: false, message: '文件里只有空白，没有可导入的文字。' });
  });
});
