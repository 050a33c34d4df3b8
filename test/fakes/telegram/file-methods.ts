/**
 * Files in the fake Telegram: documents users send (stored with a file_id), `getFile`, the download
 * route `GET /file/bot<token>/<file_path>` (as api.telegram.org serves it), and `sendDocument` with a
 * multipart upload. Telegram's rules kept: bots download files of at most 20 MB (getFile answers
 * "file is too big"), an unknown file_id is "invalid file_id", a caption is at most 1024 characters,
 * a document needs a file.
 */
import type { Message } from "grammy/types";
import { type MethodHandler, type Payload, badRequest, readInteger, readObject, readString } from "./api-error.js";
import type { FakeTelegramState, RecordedMessage } from "./fake-state.js";
import type { UploadedPart } from "../multipart.js";
import type { SendRateLimiter } from "./rate-limits.js";

/** Largest file a bot may download through the Bot API. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;
const MAX_CAPTION = 1024;

/** A document the bot sent. */
export interface RecordedDocument {
  fileName: string;
  bytes: Buffer;
  caption?: string;
}

/** One stored file. */
interface StoredFile {
  fileId: string;
  path: string;
  bytes: Buffer;
}

/** Stored files and the file methods. */
export class FakeFiles {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();
  /** Documents the bot sent, by `chatId:messageId`. */
  readonly sent = new Map<string, RecordedDocument>();
  /** Downloads served (file paths), in order. */
  readonly downloads: string[] = [];

  /** Stores a file a user sends; the `document` object of their message. */
  store(bytes: Buffer, fileName: string, mimeType: string): NonNullable<Message["document"]> {
    const n = this.byId.size + 1;
    const file: StoredFile = { fileId: `doc-${n}-${bytes.length}`, path: `documents/file_${n}.${fileName.split(".").pop() ?? "dat"}`, bytes };
    this.byId.set(file.fileId, file);
    this.byPath.set(file.path, file);
    return { file_id: file.fileId, file_unique_id: `u${n}`, file_name: fileName, mime_type: mimeType, file_size: bytes.length };
  }

  /** Bytes at a download path, or undefined (404). */
  download(path: string): Buffer | undefined {
    const file = this.byPath.get(path);
    if (file) this.downloads.push(path);
    return file?.bytes;
  }

  methods(state: FakeTelegramState, limiter: SendRateLimiter): Record<string, MethodHandler> {
    const getFile: MethodHandler = (payload) => {
      const file = this.byId.get(readString(payload, "file_id") ?? "");
      if (!file) throw badRequest("invalid file_id");
      if (file.bytes.length > MAX_DOWNLOAD_BYTES) throw badRequest("file is too big");
      return { file_id: file.fileId, file_unique_id: `u${file.fileId}`, file_size: file.bytes.length, file_path: file.path };
    };
    const sendDocument: MethodHandler = (payload) => {
      const chat = state.resolveChat(payload);
      state.assertAccess(chat, true);
      const upload = payload["__files"] as Map<string, UploadedPart> | undefined;
      const reference = readString(payload, "document") ?? "";
      const part = reference.startsWith("attach://") ? upload?.get(reference.slice("attach://".length)) : undefined;
      if (!part) throw badRequest(reference === "" ? "there is no document in the request" : "wrong file identifier/HTTP URL specified");
      if (part.bytes.length === 0) throw badRequest("file must be non-empty");
      const caption = readString(payload, "caption");
      if (caption !== undefined && caption.length > MAX_CAPTION) throw badRequest("message caption is too long");
      if (payload["parse_mode"] !== undefined) throw badRequest("fake-telegram: captions with parse_mode are not supported");
      const threadId = readInteger(payload, "message_thread_id");
      if (threadId !== undefined && (chat.type !== "supergroup" || !chat.isForum || !chat.topics.has(threadId))) throw badRequest("message thread not found");
      const replyTo = readInteger(readObject(payload, "reply_parameters") ?? {}, "message_id");
      limiter.admit(chat.id, chat.type !== "private");
      const document = this.store(part.bytes, part.fileName, "application/octet-stream");
      const message: Message = { message_id: state.nextMessageId(chat), date: state.unixNow(), chat: state.chatObject(chat), document, ...(caption ? { caption } : {}) };
      if (chat.type === "channel") message.sender_chat = state.chatObject(chat);
      else message.from = state.botUser();
      const record: RecordedMessage = { chatId: chat.id, messageId: message.message_id, text: caption ?? "", rawText: caption ?? "", entities: [], linkPreviewDisabled: false, at: state.clock(), editCount: 0, deleted: false };
      if (threadId !== undefined) record.threadId = threadId;
      if (replyTo !== undefined) record.replyToMessageId = replyTo;
      state.storeMessage(message, true, record);
      this.sent.set(`${chat.id}:${message.message_id}`, { fileName: part.fileName, bytes: part.bytes, ...(caption ? { caption } : {}) });
      return message;
    };
    return { getFile, sendDocument };
  }
}

/** Payload key under which http-io.ts passes the file parts of a multipart body. */
export type FilesPayload = Payload & { __files?: Map<string, UploadedPart> };
