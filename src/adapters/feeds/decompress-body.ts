/**
 * Content-Encoding decoding with the decoded size bounded: a small gzip "bomb" must not inflate
 * into gigabytes. zlib's `maxOutputLength` stops decompression as soon as the limit is passed.
 */
import { promisify } from "node:util";
import zlib from "node:zlib";

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/** The decoded body would exceed the limit. */
export class DecodedTooLargeError extends Error {
  override readonly name = "DecodedTooLargeError";
}

/** The Content-Encoding is not one this client asked for. */
export class UnsupportedEncodingError extends Error {
  override readonly name = "UnsupportedEncodingError";
}

/** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate data. */
function hasZlibHeader(data: Buffer): boolean {
  const first = data[0] ?? 0;
  const second = data[1] ?? 0;
  return (first & 0x0f) === 8 && ((first << 8) | second) % 31 === 0;
}

async function decodeOne(data: Buffer, coding: string, maxBytes: number): Promise<Buffer> {
  const options = { maxOutputLength: Math.max(1, maxBytes) };
  switch (coding) {
    case "gzip":
    case "x-gzip":
      return gunzip(data, options);
    case "deflate":
      return hasZlibHeader(data) ? inflate(data, options) : inflateRaw(data, options);
    case "br":
      return brotli(data, options);
    default:
      throw new UnsupportedEncodingError(`unsupported Content-Encoding "${coding}"`);
  }
}

/**
 * Decodes `data` by the codings of a Content-Encoding header (applied in reverse order).
 * Throws {@link DecodedTooLargeError} past `maxBytes`, {@link UnsupportedEncodingError} for an
 * unknown coding, and zlib's own error for corrupt data.
 */
export async function decompressBody(data: Buffer, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const codings = (contentEncoding ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  let decoded = data;
  for (const coding of codings.reverse()) {
    if (decoded.byteLength === 0) return decoded;
    try {
      decoded = await decodeOne(decoded, coding, maxBytes);
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") {
        throw new DecodedTooLargeError(`the body decompresses to more than ${maxBytes} bytes`, { cause: error });
      }
      throw error;
    }
  }
  return decoded;
}
