/**
 * Incoming updates of the fake Telegram server: the getUpdates queue with long polling and offset
 * semantics, and the webhook registration (setWebhook, deleteWebhook, getWebhookInfo, delivery).
 */
import { request } from "node:http";
import type { Update, WebhookInfo } from "grammy/types";
import { FakeApiError, type MethodHandler, badRequest, readArray, readBoolean, readInteger, readString } from "./api-error.js";

/** An update as tests push it: `update_id` is assigned when missing. */
export type PushedUpdate = Omit<Update, "update_id"> & { update_id?: number };

/** What setWebhook registered. */
export interface WebhookRegistration {
  url: string;
  secretToken?: string;
  maxConnections: number;
  allowedUpdates?: string[];
}

const DEFAULT_EXCLUDED = new Set(["chat_member", "message_reaction", "message_reaction_count"]);
const SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

interface Waiter {
  wake(): void;
  terminate(): void;
}

/** Queue, long polling and webhook state. */
export class UpdateHub {
  private queue: Update[] = [];
  private nextUpdateId = 1;
  private waiter: Waiter | undefined;
  private allowedUpdates: string[] = [];
  webhook: WebhookRegistration | undefined;

  /** @param longPollCapMs upper bound for holding a getUpdates call, whatever its `timeout`. */
  private readonly longPollCapMs: number;

  constructor(longPollCapMs: number) {
    this.longPollCapMs = longPollCapMs;
  }

  /** Assigns an update_id (monotonic; explicit ids move the counter forward). */
  withId(update: PushedUpdate): Update {
    const id = update.update_id ?? this.nextUpdateId;
    this.nextUpdateId = Math.max(this.nextUpdateId, id + 1);
    return { ...update, update_id: id } as Update;
  }

  /** Queues an update for getUpdates and wakes a waiting long poll. */
  push(update: PushedUpdate): Update {
    const full = this.withId(update);
    this.queue.push(full);
    this.waiter?.wake();
    return full;
  }

  /** Number of queued (unconfirmed) updates. */
  get pending(): number {
    return this.queue.length;
  }

  /**
   * POSTs an update to the registered webhook; returns the HTTP status of the bot's answer.
   * `secretToken` overrides the registered secret; `null` omits the header.
   */
  async deliver(update: PushedUpdate, secretToken?: string | null): Promise<number> {
    if (!this.webhook) throw new Error("fake-telegram: no webhook registered; call setWebhook first");
    const token = secretToken === undefined ? this.webhook.secretToken : secretToken;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token !== undefined && token !== null) headers["x-telegram-bot-api-secret-token"] = token;
    const full = this.withId(update);
    const status = await postJson(this.webhook.url, headers, JSON.stringify(full));
    // A delivered update is no longer pending (it may have been queued by sendUserMessage & co.).
    if (status >= 200 && status < 300) this.queue = this.queue.filter((u) => u.update_id !== full.update_id);
    return status;
  }

  private confirm(offset: number): void {
    if (offset > 0) this.queue = this.queue.filter((u) => u.update_id >= offset);
    else if (offset < 0) this.queue = this.queue.slice(offset);
  }

  private take(limit: number): Update[] {
    const wanted = (u: Update): boolean => {
      const kind = Object.keys(u).find((key) => key !== "update_id") ?? "";
      return this.allowedUpdates.length > 0 ? this.allowedUpdates.includes(kind) : !DEFAULT_EXCLUDED.has(kind);
    };
    this.queue = this.queue.filter(wanted); // Telegram drops updates the bot did not ask for
    return this.queue.slice(0, limit);
  }

  private wait(timeoutMs: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const finish = (error?: FakeApiError): void => {
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        if (this.waiter === waiter) this.waiter = undefined;
        if (error) reject(error);
        else resolve();
      };
      const onAbort = (): void => finish();
      const waiter: Waiter = {
        wake: () => finish(),
        terminate: () =>
          finish(new FakeApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")),
      };
      const timer = setTimeout(() => finish(), timeoutMs);
      signal.addEventListener("abort", onAbort, { once: true });
      this.waiter = waiter;
      if (signal.aborted) finish();
    });
  }

  /** getUpdates, setWebhook, deleteWebhook and getWebhookInfo. */
  methods(): Record<string, MethodHandler> {
    const getUpdates: MethodHandler = async (payload, signal) => {
      if (this.webhook) {
        throw new FakeApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
      }
      // Like the official server: a new call terminates the one still waiting (it gets the 409).
      this.waiter?.terminate();
      const limit = Math.min(100, Math.max(1, readInteger(payload, "limit") ?? 100));
      const timeoutSeconds = Math.max(0, readInteger(payload, "timeout") ?? 0);
      const allowed = readArray(payload, "allowed_updates");
      if (allowed !== undefined) this.allowedUpdates = allowed.map(String);
      this.confirm(readInteger(payload, "offset") ?? 0);
      const ready = this.take(limit);
      if (ready.length > 0 || timeoutSeconds === 0) return ready;
      await this.wait(Math.min(timeoutSeconds * 1000, this.longPollCapMs), signal);
      return this.take(limit);
    };

    const setWebhook: MethodHandler = (payload) => {
      const url = readString(payload, "url") ?? "";
      if (readBoolean(payload, "drop_pending_updates")) this.queue = [];
      if (url === "") {
        this.webhook = undefined;
        return true;
      }
      if (!/^https?:\/\/[^/]/.test(url)) throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
      const secretToken = readString(payload, "secret_token");
      if (secretToken !== undefined && !SECRET_PATTERN.test(secretToken)) throw badRequest("secret token contains unallowed characters");
      const maxConnections = readInteger(payload, "max_connections") ?? 40;
      const allowed = readArray(payload, "allowed_updates")?.map(String);
      this.webhook = { url, maxConnections, ...(secretToken ? { secretToken } : {}), ...(allowed ? { allowedUpdates: allowed } : {}) };
      this.waiter?.wake();
      return true;
    };

    const deleteWebhook: MethodHandler = (payload) => {
      if (readBoolean(payload, "drop_pending_updates")) this.queue = [];
      this.webhook = undefined;
      return true;
    };

    const getWebhookInfo: MethodHandler = () => {
      const info: WebhookInfo = { url: this.webhook?.url ?? "", has_custom_certificate: false, pending_update_count: this.queue.length };
      if (this.webhook) info.max_connections = this.webhook.maxConnections;
      if (this.webhook?.allowedUpdates) info.allowed_updates = this.webhook.allowedUpdates as WebhookInfo["allowed_updates"];
      return info;
    };

    return { getUpdates, setWebhook, deleteWebhook, getWebhookInfo };
  }

  /** Ends a waiting long poll (used on close). */
  wakeAll(): void {
    this.waiter?.wake();
  }
}

/** A single POST on a fresh connection (no keep-alive), resolving with the status code. */
function postJson(url: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}
