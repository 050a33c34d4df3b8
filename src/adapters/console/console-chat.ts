/**
 * The terminal chat: the same commands and documents as Discord and Telegram, typed at a prompt or
 * piped in one per line (`printf '/sections\n' | npm start --silent`). Commands are answered in order
 * from the moment the chat opens (start-up does not wait for the feeds); it ends when input ends and
 * every answer is printed, or when newsdesk stops.
 */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Reply } from "../../core/digests/briefing-document.js";
import type { CommandContext, CommandDefinition } from "../../core/commands/command.js";
import type { CommandServices } from "../../core/commands/command-services.js";
import { chatLanguage } from "../../core/commands/chat-language.js";
import { render } from "../../core/shared/translator.js";
import { PLAIN_TEXT_HINT, findCommand, linkOnly, unknownCommandMessage } from "../../core/commands/command-lookup.js";
import { parseArgumentLine } from "../../core/commands/command-options.js";
import { executeCommand } from "../../core/commands/execute-command.js";
import type { ChatRef } from "../../core/chats/chat.js";
import type { Logger } from "../../core/shared/ports.js";
import { describeError } from "../../core/shared/errors.js";
import type { FeedsLoading } from "../../core/feeds/feeds-loading.js";
import { renderText } from "./render-text.js";

/** The one chat the terminal is. */
export const CONSOLE_CHAT: ChatRef = { platform: "console", chatId: "local" };

/** Options of the terminal chat. */
export interface ConsoleChatOptions {
  input: Readable;
  output: Writable;
  commands: readonly CommandDefinition[];
  services: CommandServices;
  logger: Logger;
  /** Show a prompt (interactive terminal). */
  interactive: boolean;
  /** Where the log goes, named under the greeting of an interactive chat. */
  logFile?: string;
  /**
   * Piped input (a script wants answers, not "still loading"): commands that read stories wait up
   * to `waitMs` for start-up's first fetch of the feeds. Other commands never wait.
   */
  feeds?: { loading: FeedsLoading; waitMs: number };
}

/** Commands whose answer depends on the stories stored. */
const STORY_COMMANDS = new Set(["digest", "latest", "briefing"]);

/** A running terminal chat. */
export interface ConsoleChat {
  /** Prints something that was not asked for (an alert, a briefing). */
  deliver(reply: Reply): void;
  /** Resolves when input has ended and every command has answered. */
  finished: Promise<void>;
  /**
   * Stops reading: commands not started yet are dropped (said on the chat and in the log), the
   * one running is waited for up to `graceMs`.
   */
  stop(graceMs: number): Promise<void>;
}

/** Lines waiting beyond this pause the input (a large piped file is read as it is answered). */
const MAX_WAITING_LINES = 100;

/** Starts reading commands; each line is answered in order, as soon as it arrives. */
export function startConsoleChat(options: ConsoleChatOptions): ConsoleChat {
  const { output } = options;
  const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
  const print = (text: string): void => {
    output.write(`${text}\n`);
  };
  const prompt = (): void => {
    if (options.interactive) output.write("> ");
  };
  const waiting: string[] = [];
  let inputEnded = false;
  let stopped = false;
  let running: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  let markFinished: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (markFinished = resolve));

  const pump = (): void => {
    if (running || stopped) return;
    const line = waiting.shift();
    if (line === undefined) {
      if (inputEnded) markFinished();
      return;
    }
    if (waiting.length < MAX_WAITING_LINES / 2) lines.resume();
    running = handleLine(line.trim(), options, print)
      .catch((error: unknown) => options.logger.error({ error: describeError(error) }, "terminal chat: command failed"))
      .finally(() => {
        running = undefined;
        if (!stopped) prompt();
        pump();
      });
  };
  lines.on("line", (line) => {
    if (stopped) return;
    waiting.push(line);
    if (waiting.length >= MAX_WAITING_LINES) lines.pause();
    pump();
  });
  lines.on("close", () => {
    inputEnded = true;
    pump();
  });
  if (options.interactive) {
    // The banner in the terminal chat's language (chatLanguage falls back to the default when the store cannot say).
    void chatLanguage(options.services, { chat: CONSOLE_CHAT }).then(({ text }) => {
      print(`${text("terminal-banner")}${options.logFile ? `\n${text("terminal-log-file", { path: options.logFile })}` : ""}`);
      prompt();
    });
  }

  const chat: ConsoleChat = {
    deliver(reply) {
      print(renderText(reply, options.services.translator));
    },
    finished,
    stop(graceMs) {
      stopping ??= stopNow(graceMs);
      return stopping;
    },
  };
  return chat;

  async function stopNow(graceMs: number): Promise<void> {
    stopped = true;
    lines.close();
    const dropped = waiting.splice(0).map((line) => line.trim()).filter((line) => line !== "");
    if (dropped.length > 0) {
      // Command names only: the rest of a line is the user's text, which is not logged.
      const names = dropped.map((line) => /^\/([a-z0-9_]{1,32})/iu.exec(line)?.[1] ?? "(text)");
      options.logger.warn({ dropped: dropped.length, commands: names.slice(0, 20) }, "terminal chat: commands not run, newsdesk is stopping");
      const { text } = await chatLanguage(options.services, { chat: CONSOLE_CHAT });
      print(text("terminal-stopping", { count: dropped.length, commands: `${names.slice(0, 5).map((name) => `/${name}`).join(", ")}${names.length > 5 ? ", …" : ""}` }));
    }
    if (running) {
      let timer: NodeJS.Timeout | undefined;
      const late = await Promise.race([running.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs)))]);
      clearTimeout(timer);
      if (late) options.logger.warn({ waitedMs: graceMs }, "terminal chat: the command in progress did not finish before the stop; its answer is dropped");
    }
    markFinished();
  }
}

async function handleLine(line: string, options: ConsoleChatOptions, print: (text: string) => void): Promise<void> {
  if (line === "") return;
  const command = /^\/(\S*?)(?:@\S+)?(?:\s+(.*))?$/su.exec(line);
  if (!command) {
    // Like a private chat on Telegram: a pasted link is summarised, other text gets a hint.
    const link = linkOnly(line);
    const summary = findCommand(options.commands, "summary");
    if (link && summary) await run(summary, link, options, print);
    else print(render((await chatLanguage(options.services, { chat: CONSOLE_CHAT })).text, PLAIN_TEXT_HINT));
    return;
  }
  const name = command[1] ?? "";
  const definition = findCommand(options.commands, name);
  if (!definition) {
    print(unknownCommandMessage(name, options.commands, (await chatLanguage(options.services, { chat: CONSOLE_CHAT })).text));
    return;
  }
  await run(definition, command[2] ?? "", options, print);
}

async function run(definition: CommandDefinition, argumentLine: string, options: ConsoleChatOptions, print: (text: string) => void): Promise<void> {
  options.logger.debug({ command: definition.name }, "terminal chat: command started");
  if (options.feeds && STORY_COMMANDS.has(definition.name)) await options.feeds.loading.settled(options.feeds.waitMs);
  const context: CommandContext = {
    chat: { ...CONSOLE_CHAT, kind: "private", title: "terminal" },
    actor: { id: "local", displayName: "you", isChatAdmin: async () => true },
    defer: async () => undefined,
    reply: async (reply) => print(renderText(reply, options.services.translator)),
    replyPrivately: async (reply) => print(renderText(reply, options.services.translator)),
  };
  await executeCommand({
    definition,
    parseOptions: () => parseArgumentLine(definition.options, argumentLine, definition.name),
    context,
    services: options.services,
    logger: options.logger,
  });
}
