/**
 * Runs updates concurrently across chats and in order within a chat. grammY's own loop handles
 * updates one after the other, so one slow command (a model summary, a paced multi-part reply)
 * would hold up every other chat; in webhook mode it would also hold the HTTP answer past
 * Telegram's patience. This middleware hands the rest of the stack to a per-chat queue and returns
 * at once. Errors from that detached work go to the same handler as `bot.catch`.
 */
import { BotError, type Context, type MiddlewareFn } from "grammy";
import { KeyedMutex } from "../../core/keyed-mutex.js";
import { ConcurrencyLimit } from "../../core/summaries/concurrency-limit.js";
import type { Logger } from "../../core/ports.js";

/** Limits of the update runner. */
export interface UpdateRunnerLimits {
  /** Updates handled at once (across chats). */
  concurrency: number;
  /** Updates accepted but not finished; beyond it new updates are dropped (flood guard). */
  maxPending: number;
}

/** Detaches update handling; see the module comment. */
export class UpdateRunner {
  readonly #chats = new KeyedMutex();
  readonly #slots: ConcurrencyLimit;
  readonly #pending = new Set<Promise<void>>();
  readonly #limits: UpdateRunnerLimits;
  readonly #onError: (error: BotError<Context>) => Promise<void>;
  readonly #logger: Logger;

  constructor(options: { limits?: Partial<UpdateRunnerLimits>; onError: (error: BotError<Context>) => Promise<void>; logger: Logger }) {
    this.#limits = { concurrency: 16, maxPending: 1_000, ...options.limits };
    this.#slots = new ConcurrencyLimit(this.#limits.concurrency);
    this.#onError = options.onError;
    this.#logger = options.logger;
  }

  /** The first middleware of the bot. */
  middleware(): MiddlewareFn<Context> {
    return (ctx, next) => {
      if (this.#pending.size >= this.#limits.maxPending) {
        this.#logger.warn({ updateId: ctx.update.update_id, pending: this.#pending.size }, "telegram: too many updates in progress, update dropped");
        return;
      }
      const key = String(ctx.chat?.id ?? ctx.from?.id ?? "none");
      const task = this.#chats
        .run(key, () => this.#slots.run(() => next()))
        .catch((error: unknown) => this.#onError(error instanceof BotError ? error : new BotError(error, ctx)))
        .catch(() => undefined);
      this.#pending.add(task);
      void task.finally(() => this.#pending.delete(task));
    };
  }

  /** Updates accepted and not finished. */
  get pending(): number {
    return this.#pending.size;
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
