/**
 * A local OpenAI-compatible server (node:http on 127.0.0.1) answering `POST /v1/chat/completions`
 * with the documented JSON shape (choices[].message.content, finish_reason, usage), scriptable to
 * answer, fail with a status (500, 429 + Retry-After...), answer too slowly, or send garbage.
 * Every request is recorded (headers and parsed body) for assertions.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

/** One scripted reply. */
export type FakeReply =
  | { kind: "answer"; content: string; finishReason?: string; promptTokens?: number; completionTokens?: number; delayMs?: number }
  | { kind: "status"; status: number; message?: string; headers?: Record<string, string> }
  | { kind: "garbage" };

/** A recorded request. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body (undefined when it was not JSON). */
  body: ChatCompletionRequest | undefined;
}

/** The parts of a chat-completions request the tests look at. */
export interface ChatCompletionRequest {
  model?: string;
  messages?: Array<{ role: string; content: string | Array<{ type: string; text?: string }> }>;
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
  [key: string]: unknown;
}

/** A running fake server. */
export interface FakeOpenAiServer {
  /** `http://127.0.0.1:<port>/v1` */
  baseURL: string;
  requests: RecordedRequest[];
  /** Replies for the next requests, in order; when none is queued, `fallbackReply` answers. */
  queue(...replies: FakeReply[]): void;
  /** The reply when nothing is queued (may look at the request). */
  fallbackReply: (request: ChatCompletionRequest | undefined) => FakeReply;
  close(): Promise<void>;
}

function send(response: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(body);
}

function completion(model: string, reply: Extract<FakeReply, { kind: "answer" }>): string {
  const promptTokens = reply.promptTokens ?? 420;
  const completionTokens = reply.completionTokens ?? 70;
  return JSON.stringify({
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 1_764_057_600,
    model,
    choices: [{ index: 0, message: { role: "assistant", content: reply.content }, finish_reason: reply.finishReason ?? "stop" }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  });
}

/** Starts the fake on an ephemeral port of 127.0.0.1. */
export async function startOpenAiCompatibleServer(): Promise<FakeOpenAiServer> {
  const queued: FakeReply[] = [];
  const requests: RecordedRequest[] = [];
  const fake: Omit<FakeOpenAiServer, "baseURL" | "close"> = {
    requests,
    queue: (...replies) => void queued.push(...replies),
    fallbackReply: (request) => ({ kind: "answer", content: leadOf(request) }),
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      let body: ChatCompletionRequest | undefined;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ChatCompletionRequest;
      } catch {
        body = undefined;
      }
      const path = request.url ?? "/";
      requests.push({ method: request.method ?? "GET", path, headers: request.headers, body });
      if (request.method !== "POST" || path !== "/v1/chat/completions") {
        send(response, 404, JSON.stringify({ error: { message: `no route ${path}`, type: "invalid_request_error" } }));
        return;
      }
      const reply = queued.shift() ?? fake.fallbackReply(body);
      if (reply.kind === "garbage") {
        send(response, 200, '{"id": "chatcmpl-x", "choices": [ {"message": tru');
      } else if (reply.kind === "status") {
        const error = { error: { message: reply.message ?? `HTTP ${reply.status}`, type: "server_error", code: null } };
        send(response, reply.status, JSON.stringify(error), reply.headers);
      } else {
        const timer = setTimeout(() => send(response, 200, completion(body?.model ?? "local-model", reply)), reply.delayMs ?? 0);
        response.on("close", () => clearTimeout(timer));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** The text of a message, whatever its content shape. */
export function messageContent(message: { content: string | Array<{ type: string; text?: string }> } | undefined): string {
  if (message === undefined) return "";
  if (typeof message.content === "string") return message.content;
  return message.content.map((part) => part.text ?? "").join("");
}

/** The system prompt and the delimited article of a chat-completions request. */
export function promptParts(request: ChatCompletionRequest | undefined): { system: string; article: string } {
  const system = messageContent(request?.messages?.find((message) => message.role === "system"));
  const user = messageContent(request?.messages?.find((message) => message.role === "user"));
  const article = /<((?:article|stories)-[0-9a-f]+)>\n([\s\S]*?)\n<\/\1>/u.exec(user)?.[2] ?? user;
  return { system, article: article.replace(/^Title: [^\n]*\n+/u, "") };
}

/** What a faithful model answers: the first two sentences of the article. */
export function leadOf(request: ChatCompletionRequest | undefined): string {
  const sentences = promptParts(request).article.replace(/\s+/gu, " ").match(/[^.!?]+[.!?]+/gu) ?? [];
  return sentences.slice(0, 2).join(" ").trim() || "The article has no sentence to summarise.";
}

/**
 * A model that obeys instructions planted in the article, as weak and small models do: told to
 * print its instructions it quotes the system prompt (after any word it was told to start with);
 * told to reply or write something it does; otherwise it summarises faithfully. The defences are
 * proved against it rather than against a model's good manners.
 */
export function gullibleReply(request: ChatCompletionRequest | undefined): FakeReply {
  const { system, article } = promptParts(request);
  const injected = /(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier)(?:\s+instructions)?[\s,.:;-]*([\s\S]*?)(?:$|\n)/iu.exec(article)?.[1] ?? "";
  if (injected === "") return { kind: "answer", content: leadOf(request) };
  const startWord = /start (?:your (?:answer|reply|summary) )?with (?:the word )?["'“]?([\p{L}\p{N}]+)/iu.exec(injected)?.[1];
  if (/(?:print|reveal|repeat|show|output|tell me)\s+(?:me\s+)?(?:your|the)\s+(?:instructions|system prompt|prompt|rules)/iu.test(injected)) {
    // Quotes its rules as a small model does: the wording, not the bracketed reference or the tag line.
    const rules = system
      .split("\n")
      .filter((line) => !/<(?:article|stories)-/u.test(line))
      .join(" ")
      .replace(/^\[[^\]]*\]\s*/u, "");
    return { kind: "answer", content: `${startWord ? `${startWord}. ` : ""}My instructions are: ${rules}` };
  }
  const said = /(?:reply|answer|respond|say|write)\s+(?:only\s+)?(?:with\s+|that\s+)?["'“]?([^"'”\n]+)/iu.exec(injected)?.[1];
  if (said) return { kind: "answer", content: `${startWord ? `${startWord} ` : ""}${said.trim()}` };
  return { kind: "answer", content: `${startWord ? `${startWord}. ` : ""}${leadOf(request)}` };
}
