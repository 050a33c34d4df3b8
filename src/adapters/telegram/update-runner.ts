/**
 * Runs updates concurrently across chats and in order within a chat. grammY's own loop handles
 * updates one after the other, so one slow command (a model summary, a paced multi-part reply)
 * would hold up every other chat; in webhook mode it would also hold the HTTP answer past
 * Telegram's patience. This middleware hands the rest of the stack to a per-chat queue and returns.
 *
 * No update is dropped for load: when `maxPending` updates are in progress the middleware waits
 * for room before returning, so grammY's polling loop fetches no more updates meanwhile (Telegram
 * keeps them: backpressure, as @grammyjs/runner does), and the webhook server answers 429 so that
 * Telegram delivers again later (see {@link UpdateRunner.full}). Fairness: one chat may have at
 * most `maxPerChat` updates waiting; beyond that its updates are skipped with one "slow down"
 * answer per flood, so a flooding chat can neither fill the shared room nor delay other chats.
 * Errors from the detached work go to the same handler as `bot.catch`.
 */
import { BotError, type Context, type MiddlewareFn } from "grammy";
import { KeyedMutex } from "../../core/shared/keyed-mutex.js";
import { ConcurrencyLimit } from "../../core/shared/concurrency-limit.js";
import type { Logger } from "../../core/shared/ports.js";
import type { Translator } from "../../core/shared/translator.js";

/** Limits of the update runner. */
export interface UpdateRunnerLimits {
  /** Updates handled at once (across chats). */
  concurrency: number;
  /** Updates accepted but not finished; at this many, intake waits (backpressure). */
  maxPending: number;
  /** Updates of one chat accepted but not finished; beyond it that chat's updates are skipped. */
  maxPerChat: number;
}

/** What a chat that floods the bot is told, once per flood. */
export const SLOW_DOWN_TEXT = "You are sending commands faster than newsdesk can answer them, so the latest ones were skipped. Wait for the answers, then try again.";

/** Detaches update handling; see the module comment. */
export class UpdateRunner {
  readonly #chats = new KeyedMutex();
  readonly #slots: ConcurrencyLimit;
  readonly #pending = new Set<Promise<void>>();
  readonly #perChat = new Map<string, number>();
  /** Chats told to slow down during their current flood. */
  readonly #warned = new Set<string>();
  readonly #room: (() => void)[] = [];
  readonly #limits: UpdateRunnerLimits;
  readonly #onError: (error: BotError<Context>) => Promise<void>;
  readonly #logger: Logger;

  readonly #translator: Translator | undefined;

  constructor(options: { limits?: Partial<UpdateRunnerLimits>; onError: (error: BotError<Context>) => Promise<void>; logger: Logger; translator?: Translator }) {
    this.#translator = options.translator;
    this.#limits = { concurrency: 16, maxPending: 1_000, maxPerChat: 20, ...options.limits };
    this.#slots = new ConcurrencyLimit(this.#limits.concurrency);
    this.#onError = options.onError;
    this.#logger = options.logger;
  }

  /** The first middleware of the bot. */
  middleware(): MiddlewareFn<Context> {
    return async (ctx, next) => {
      const key = String(ctx.chat?.id ?? ctx.from?.id ?? "none");
      const queued = this.#perChat.get(key) ?? 0;
      if (queued >= this.#limits.maxPerChat) {
        this.#logger.warn({ chat: key, queued }, "telegram: a chat sends faster than it is answered; update skipped");
        if (!this.#warned.has(key) && ctx.chat) {
          this.#warned.add(key);
          // In the sender's app language: a flooding chat gets no store read.
          const translator = this.#translator;
          const text = translator ? translator.t(translator.resolve(ctx.from?.language_code) ?? translator.fallback, "slow-down") : SLOW_DOWN_TEXT;
          await ctx.reply(text).catch(() => undefined);
        }
        return;
      }
      // Backpressure: wait for room (the polling loop fetches nothing meanwhile).
      while (this.#pending.size >= this.#limits.maxPending) await new Promise<void>((resolve) => this.#room.push(resolve));
      this.#perChat.set(key, queued + 1);
      const task = this.#chats
        .run(key, () => this.#slots.run(() => next()))
        .catch((error: unknown) => this.#onError(error instanceof BotError ? error : new BotError(error, ctx)))
        .catch(() => undefined);
      this.#pending.add(task);
      void task.finally(() => {
        this.#pending.delete(task);
        const left = (this.#perChat.get(key) ?? 1) - 1;
        if (left > 0) this.#perChat.set(key, left);
        else {
          this.#perChat.delete(key);
          this.#warned.delete(key);
        }
        this.#room.shift()?.();
      });
    };
  }

  /** Updates accepted and not finished. */
  get pending(): number {
    return this.#pending.size;
  }

  /** Whether intake is at its bound (the webhook then answers 429 so that Telegram retries). */
  get full(): boolean {
    return this.#pending.size >= this.#limits.maxPending;
  }

  /** Waits until every accepted update is finished, or `timeoutMs` passed. */
  async drain(timeoutMs: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    try {
      while (this.#pending.size > 0) {
        const done = await Promise.race([Promise.all([...this.#pending]).then(() => "done" as const), timeout.then(() => "timeout" as const)]);
        if (done === "timeout") return;
      }
    } finally {
      clearTimeout(timer);
    }
  }
}
