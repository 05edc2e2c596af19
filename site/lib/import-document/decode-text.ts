/**
 * A file's bytes → its text, or a Chinese message saying why not: empty,
 * not text at all (a .docx, a PDF, an image), or text in another encoding
 * than UTF-8 (Windows Notepad and WPS long saved Chinese text as GBK).
 */

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

const saveAsUtf8 = '请用记事本或 WPS 打开原文，选择“另存为”，编码选 UTF-8，保存为 .txt 后再导入。';

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export function decodeDocumentBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, message: '文件是空的，没有可导入的文字。' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { ok: false, message: `这是 Word（.docx）或其他压缩格式的文件，不是纯文本。请在 Word 或 WPS 中“另存为”纯文本（.txt），编码选 UTF-8，再导入。` };
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { ok: false, message: '这是 PDF 文件，不是纯文本。请在 PDF 阅读器中全选复制正文，粘贴到记事本，另存为 UTF-8 编码的 .txt 后再导入。' };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { ok: false, message: `文件是 UTF-16（Unicode）编码。${saveAsUtf8}` };
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) return { ok: false, message: '这不是文本文件（含有二进制内容），可能是 Word、图片或压缩文件。请把正文复制到记事本，另存为 UTF-8 编码的 .txt 后再导入。' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let gbk = false;
    try {
      gbk = /[\u4e00-\u9fff]/.test(new TextDecoder('gbk', { fatal: true }).decode(bytes));
    } catch {
      /* not GBK either */
    }
    return { ok: false, message: gbk ? `文件不是 UTF-8 编码，看起来是 GBK（GB2312）编码。${saveAsUtf8}` : `文件不是 UTF-8 编码的文本。${saveAsUtf8}` };
  }
  text = text.replace(/^\ufeff/, '');
  if (text.trim() === '') return { ok: false, message: '文件里只有空白，没有可导入的文字。' };
  return { ok: true, text };
}
