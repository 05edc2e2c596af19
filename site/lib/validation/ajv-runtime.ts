/**
 * ESM copy of ajv's `runtime/ucs2length`, imported by generated validators so
 * that string lengths count astral characters (rare CJK ideographs) as one.
 */

// Only a high surrogate can start a pair; a string without one is as long as its code units.
const highSurrogate = /[\uD800-\uDBFF]/;
// Validators ask twice in a row for the same string (maxLength, then minLength): answer the second from memory.
let lastString = '';
let lastLength = 0;

export function ucs2length(str: string): number {
  if (str === lastString) return lastLength;
  const length = highSurrogate.test(str) ? countCodePoints(str) : str.length;
  lastString = str;
  lastLength = length;
  return length;
}

function countCodePoints(str: string): number {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value: number;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}
