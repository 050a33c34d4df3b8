/**
 * Composition root: configuration → adapters → core services → runtime → chats. The only place (with
 * build-services.ts and start-runtime.ts) that knows both sides; SIGINT/SIGTERM shut down in order.
 */
import { hostname } from "node:os";
import type { Readable, Writable } from "node:stream";
import { commandRegistry } from "../commands/index.js";
import { CONSOLE_CHAT, startConsoleChat, type ConsoleChat } from "./adapters/console/console-chat.js";
import { createPinoLogger } from "./adapters/logging/create-pino-logger.js";
import { createKeyvStores } from "./adapters/store/create-keyv-stores.js";
import { buildServices } from "./build-services.js";
import { loadConfig, type Config } from "./config.js";
import { DeliveryError, routeByPlatform, type PlatformSender } from "./core/delivery.js";
import { ConfigError, describeError } from "./core/errors.js";
import { chatKey, type Section } from "./core/model.js";
import type { Clock } from "./core/ports.js";
import { loadSourcesFile } from "./sources-file.js";
import { createRuntime } from "./start-runtime.js";

/** How long start-up waits for the first poll round before answering commands anyway. */
const FIRST_ROUND_WAIT_MS = 30_000;

/** Streams of the process, injectable for tests. */
export interface MainIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  /** Resolves when the process is asked to stop (signals). */
  stopSignal: Promise<void>;
}

/** Runs newsdesk until input ends (terminal chat) or a stop signal. Returns the exit code. */
export async function main(io: MainIo): Promise<number> {
  let config: Config;
  let sections: Section[];
  try {
    config = loadConfig();
    sections = await loadSourcesFile(config.SOURCES_FILE, config.FEED_POLL_INTERVAL);
  } catch (error) {
    io.stderr.write(`${error instanceof ConfigError ? error.message : describeError(error)}\n`);
    return 2;
  }
  const consoleMode = config.CONSOLE ?? (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN);
  if (!consoleMode) {
    io.stderr.write(
      "A platform token is set, but this version of newsdesk serves only the terminal chat. Unset the tokens or set CONSOLE=true.\n",
    );
    return 2;
  }
  const logger = createPinoLogger(config.LOG_LEVEL ?? (consoleMode ? "warn" : "info"));
  const instanceId = config.INSTANCE_ID ?? `${hostname()}-${process.pid}`;
  const stores = await createKeyvStores({ url: config.STORE_URL, retentionMs: config.ARTICLE_RETENTION_DAYS * 86_400_000 });
  const clock: Clock = { now: () => Date.now() };
  const services = await buildServices({ config, sections, stores, clock, logger, instanceId });

  // The terminal is a platform like the others: deliveries to its chat print there.
  const terminal: { chat?: ConsoleChat } = {};
  const consoleSender: PlatformSender = {
    platform: "console",
    async send(chat, document, progress) {
      if (chatKey(chat) !== chatKey(CONSOLE_CHAT) || !terminal.chat) throw new DeliveryError("the terminal chat is not open", "retryable");
      if ((progress?.skipParts ?? 0) > 0) return;
      await progress?.beforePart?.(0, 1);
      terminal.chat.deliver(document);
      await progress?.onPartSent(0, 1);
    },
  };
  const runtime = createRuntime({ config, services, stores, sender: routeByPlatform([consoleSender]), clock, logger, instanceId });

  const firstRound = new AbortController();
  const timer = setTimeout(() => firstRound.abort(), FIRST_ROUND_WAIT_MS);
  try {
    await runtime.pollOnce(firstRound.signal);
    await runtime.scheduleOnce();
  } catch (error) {
    logger.error({ error: describeError(error) }, "first round failed");
  } finally {
    clearTimeout(timer);
  }

  const consoleChat = startConsoleChat({
    input: io.stdin,
    output: io.stdout,
    commands: commandRegistry,
    services: services.commandServices,
    logger,
    interactive: io.stdin.isTTY === true,
  });
  terminal.chat = consoleChat;
  runtime.start();
  await Promise.race([consoleChat.finished, io.stopSignal]);
  consoleChat.close();
  await runtime.stop();
  await services.close();
  await stores.close();
  return 0;
}
