/**
 * Long polling as a singleton role (see ../scheduler/singleton-role.ts): Telegram lets one
 * getUpdates caller per token, and answers 409 Conflict to the other. Every instance that receives
 * updates competes for the `telegram-receiver` lease; the holder polls, the others only send.
 */
import { type Bot, GrammyError, type PollingOptions, type Transformer } from "grammy";
import type { Logger } from "../../core/shared/ports.js";
import type { PlayRole } from "../scheduler/singleton-role.js";
import { describeTelegramError, summarizeTelegramError } from "./errors.js";

/** The lease the receiving instances compete for. */
export const RECEIVER_LEASE_KEY = "telegram-receiver";

/**
 * Polls with grammY's loop until the signal aborts (then `bot.stop()`: the request in flight is
 * cancelled and the last offset confirmed). Rejects when polling ends with an error, a 409 Conflict
 * included (another process polls with this token, or a webhook is set): the role loop then gives
 * the lease back and competes again later, instead of the process crashing.
 */
export function pollUpdates(
  bot: Bot,
  options: { timeoutSeconds: number; allowedUpdates: NonNullable<PollingOptions["allowed_updates"]>; logger: Logger },
): PlayRole {
  const { logger } = options;
  bot.api.config.use(reportPollingOutages(logger));
  return async (signal, started) => {
    if (signal.aborted) return;
    let stopping: Promise<void> | undefined;
    const onAbort = (): void => {
      stopping = bot.stop().catch((error: unknown) => logger.debug({ error: describeTelegramError(error) }, "telegram: last offset not confirmed on stop"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
    try {
      await bot.start({
        allowed_updates: options.allowedUpdates,
        timeout: options.timeoutSeconds,
        onStart: () => {
          logger.info({}, "telegram: receiving updates by long polling");
          started();
        },
      });
      if (!signal.aborted) logger.info({}, "telegram: polling stopped");
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof GrammyError && error.error_code === 409) {
        logger.warn({ error: describeTelegramError(error) }, "telegram: 409 Conflict from getUpdates (another poller or a webhook); polling stopped");
      }
      throw new Error(`Telegram long polling ended: ${summarizeTelegramError(error)}`, { cause: error });
    } finally {
      signal.removeEventListener("abort", onAbort);
      await stopping;
    }
  };
}

/** grammY's polling loop waits between failed getUpdates calls before it tries again. */
const GRAMMY_POLLING_RETRY_SECONDS = 3;

/**
 * grammY retries a failed getUpdates by itself, silently. This transformer says so once per outage
 * (a warn line with the error and the retry), and once when getUpdates answers again (an info
 * line), so that an operator sees a Bot API that went away after start-up.
 */
export function reportPollingOutages(logger: Logger): Transformer {
  let failingSince: number | undefined;
  const failed = (reason: string): void => {
    if (failingSince !== undefined) return;
    failingSince = Date.now();
    logger.warn(
      { error: reason, retryInMs: GRAMMY_POLLING_RETRY_SECONDS * 1000 },
      `telegram: Bot API unreachable while receiving updates: ${reason}; retrying every ${GRAMMY_POLLING_RETRY_SECONDS} s`,
    );
  };
  return async (previous, method, payload, signal) => {
    if (method !== "getUpdates") return previous(method, payload, signal);
    let result: Awaited<ReturnType<typeof previous>>;
    try {
      result = await previous(method, payload, signal);
    } catch (error) {
      // A network failure (grammY's HttpError); a cancelled call is the stop, not an outage.
      if (signal?.aborted !== true) failed(summarizeTelegramError(error));
      throw error;
    }
    if (!result.ok) {
      // 401 and 409 end polling and are reported where it ends.
      if (result.error_code !== 401 && result.error_code !== 409) failed(`${result.error_code} ${result.description}`);
    } else if (failingSince !== undefined) {
      logger.info({ downForMs: Date.now() - failingSince }, "telegram: Bot API reachable again; receiving updates");
      failingSince = undefined;
    }
    return result;
  };
}
