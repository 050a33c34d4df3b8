/**
 * Feed bytes to text. Order of evidence: byte-order mark, then the charset of the HTTP
 * Content-Type, then the XML declaration's `encoding`, then UTF-8 if the bytes are valid UTF-8,
 * else windows-1252 (what browsers assume for undeclared legacy pages). UTF-8 that holds stray
 * bytes (a windows-1252 quote pasted into a UTF-8 document) is decoded sequence by sequence, the
 * stray bytes as windows-1252 rather than as U+FFFD (lenient-utf8.ts); an undeclared document is
 * read that way when it holds more valid multi-byte sequences than stray bytes.
 */
import iconv from "iconv-lite";
import { decodeUtf8Lenient } from "./lenient-utf8.js";

/** The decoded text and the encoding that was used, with the evidence it came from. */
export interface DecodedText {
  text: string;
  encoding: string;
  source: "bom" | "http" | "xml-declaration" | "utf-8-valid" | "fallback";
}

/**
 * Labels mapped to the decoder actually used. GB2312 documents routinely contain GBK characters,
 * so GB2312/GBK go to GB18030 (their superset); ISO-8859-1 and US-ASCII go to windows-1252 as in
 * the WHATWG Encoding Standard (C1 bytes in feeds are practically always windows-1252 quotes).
 */
const ALIASES: Record<string, string> = {
  gb2312: "gb18030",
  gbk: "gb18030",
  "x-gbk": "gb18030",
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  latin1: "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  "x-sjis": "shift_jis",
  utf8: "utf-8",
};

function normaliseLabel(label: string): string | undefined {
  const lower = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  const mapped = ALIASES[lower] ?? lower;
  return iconv.encodingExists(mapped) ? mapped : undefined;
}

/** The charset parameter of a Content-Type header, when present and known. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType === undefined ? null : /;\s*charset\s*=\s*("?)([\w.:-]+)\1/i.exec(contentType);
  return match?.[2] === undefined ? undefined : normaliseLabel(match[2]);
}

/** The `encoding` of an XML declaration at the start of the bytes (junk before it tolerated). */
export function encodingFromXmlDeclaration(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString("latin1");
  const match = /<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return match?.[1] === undefined ? undefined : normaliseLabel(match[1]);
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === "utf-8" && !isValidUtf8(bytes)) return decodeUtf8Lenient(bytes).text;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}

/** Undeclared bytes that are not valid UTF-8: mostly UTF-8 with stray bytes, or windows-1252. */
function undeclaredInvalidUtf8(bytes: Uint8Array): DecodedText {
  const lenient = decodeUtf8Lenient(bytes);
  if (lenient.multiByte > lenient.stray) return { text: lenient.text, encoding: "utf-8", source: "fallback" };
  return { text: decodeWith(bytes, "windows-1252"), encoding: "windows-1252", source: "fallback" };
}

/**
 * Removes the `encoding` pseudo-attribute of a leading XML declaration: the text is already
 * decoded, and a parser must not re-interpret it.
 */
export function stripDeclaredEncoding(text: string): string {
  return text.replace(/(<\?xml\s[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/i, "$1");
}

/** Decodes feed bytes following the order of evidence described in the module comment. */
export function decodeFeedText(bytes: Uint8Array, contentType?: string): DecodedText {
  const bom = bomEncoding(bytes);
  let decoded: DecodedText;
  if (bom) {
    decoded = { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, source: "bom" };
  } else {
    const http = charsetFromContentType(contentType);
    const declared = http === undefined ? encodingFromXmlDeclaration(bytes) : undefined;
    if (http !== undefined) decoded = { text: decodeWith(bytes, http), encoding: http, source: "http" };
    else if (declared !== undefined) decoded = { text: decodeWith(bytes, declared), encoding: declared, source: "xml-declaration" };
    else if (isValidUtf8(bytes)) decoded = { text: decodeWith(bytes, "utf-8"), encoding: "utf-8", source: "utf-8-valid" };
    else decoded = undeclaredInvalidUtf8(bytes);
  }
  return { ...decoded, text: stripDeclaredEncoding(decoded.text) };
}
