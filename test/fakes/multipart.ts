/**
 * multipart/form-data bodies of uploads, for the fakes: grammY (`sendDocument` with an `InputFile`) and
 * discord.js (`payload_json` plus `files[n]` parts):
 * fields as text, files as parts with a filename (grammY writes `filename=` unquoted, which Telegram
 * accepts; quoted names are read too). A file part is referred to by `attach://<part name>`.
 */

/** One uploaded file part. */
export interface UploadedPart {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** Parsed body: text fields, and file parts by part name. */
export interface MultipartBody {
  fields: Record<string, string>;
  files: Map<string, UploadedPart>;
}

/** Splits `body` at the boundary of `contentType`; throws on a malformed body. */
export function parseMultipart(body: Buffer, contentType: string): MultipartBody {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) throw new Error("no multipart boundary");
  const delimiter = Buffer.from(`--${marker}`);
  const result: MultipartBody = { fields: {}, files: new Map() };
  let position = body.indexOf(delimiter);
  if (position < 0) throw new Error("multipart boundary not found");
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString() === "--") return result;
    const next = body.indexOf(delimiter, position);
    if (next < 0) throw new Error("unterminated multipart body");
    const part = body.subarray(position + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) throw new Error("multipart part without headers");
    const headers = part.subarray(0, split).toString("utf8");
    const content = part.subarray(split + 4);
    const disposition = /content-disposition:\s*form-data;\s*name="([^"]*)"(?:;\s*filename=(?:"([^"]*)"|([^\r\n;]+)))?/i.exec(headers);
    if (!disposition?.[1]) throw new Error("multipart part without a name");
    const fileName = disposition[2] ?? disposition[3];
    if (fileName === undefined) result.fields[disposition[1]] = content.toString("utf8");
    else result.files.set(disposition[1], { fileName, contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? "application/octet-stream", bytes: Buffer.from(content) });
    position = next;
  }
}
