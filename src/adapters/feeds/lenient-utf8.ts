/**
 * UTF-8 decoding that reads stray bytes as windows-1252 instead of U+FFFD: a UTF-8 feed with one
 * pasted windows-1252 quote (0x92) keeps its apostrophe, and a windows-1252 document wrongly
 * declared UTF-8 reads right byte by byte. Valid UTF-8 sequences are decoded as UTF-8.
 */
import iconv from "iconv-lite";

/** Every byte as windows-1252 (undefined bytes 0x81, 0x8D... map to the C1 control of that value, as WHATWG does). */
export const CP1252: readonly string[] = Array.from({ length: 256 }, (_, byte) => {
  const char = iconv.decode(Buffer.from([byte]), "windows-1252");
  return char === "\ufffd" ? String.fromCharCode(byte) : char;
});

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
export function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1] ?? 0;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k += 1) {
    const next = bytes[i + k] ?? 0;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** The text, and how many multi-byte UTF-8 sequences and stray bytes it held. */
export interface LenientUtf8 {
  text: string;
  multiByte: number;
  stray: number;
}

const utf8 = new TextDecoder("utf-8");

/** Decodes `bytes` as UTF-8, each byte that starts no valid sequence as windows-1252. */
export function decodeUtf8Lenient(bytes: Uint8Array): LenientUtf8 {
  const parts: string[] = [];
  let multiByte = 0;
  let stray = 0;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] ?? 0) < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      multiByte += 1;
      i += length;
      continue;
    }
    if (i > runStart) parts.push(utf8.decode(bytes.subarray(runStart, i)));
    parts.push(CP1252[bytes[i] ?? 0] ?? "");
    stray += 1;
    i += 1;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: parts.join(""), multiByte, stray };
}
