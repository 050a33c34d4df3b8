/**
 * The terminal chat: the same commands and documents as Discord and Telegram, typed at a prompt or
 * piped in one per line (`printf '/sections\n' | npm start --silent`). Ends when input ends and every
 * answer is printed.
 */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Reply } from "../../core/briefing-document.js";
import type { CommandContext, CommandDefinition } from "../../core/command.js";
import type { CommandServices } from "../../core/command-services.js";
import { parseArgumentLine } from "../../core/command-options.js";
import { executeCommand } from "../../core/execute-command.js";
import type { ChatRef } from "../../core/model.js";
import type { Logger } from "../../core/ports.js";
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
}

/** A running terminal chat. */
export interface ConsoleChat {
  /** Prints something that was not asked for (an alert, a briefing). */
  deliver(reply: Reply): void;
  /** Resolves when input has ended and every command has answered. */
  finished: Promise<void>;
  close(): void;
}

/** Starts reading commands. */
export function startConsoleChat(options: ConsoleChatOptions): ConsoleChat {
  const { output } = options;
  const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
  const print = (text: string): void => {
    output.write(`${text}\n`);
  };
  const prompt = (): void => {
    if (options.interactive) output.write("> ");
  };

  const finished = (async () => {
    if (options.interactive) print("newsdesk terminal chat. Type /help for commands, Ctrl+D to quit.");
    prompt();
    for await (const line of lines) {
      await handleLine(line.trim(), options, print);
      prompt();
    }
  })();

  return {
    deliver(reply) {
      print(renderText(reply));
    },
    finished,
    close() {
      lines.close();
    },
  };
}

async function handleLine(line: string, options: ConsoleChatOptions, print: (text: string) => void): Promise<void> {
  if (line === "") return;
  const match = /^\/([a-z0-9_]{1,32})(?:@\S+)?(?:\s+(.*))?$/su.exec(line);
  if (!match) {
    print(line.startsWith("/") ? "That is not a command. Type /help to see them." : "Commands start with /. Type /help to see them.");
    return;
  }
  const name = match[1] ?? "";
  const definition = options.commands.find((command) => command.name === name);
  if (!definition) {
    print(`Unknown command /${name}. Type /help to see them.`);
    return;
  }
  const context: CommandContext = {
    chat: { ...CONSOLE_CHAT, kind: "private", title: "terminal" },
    actor: { id: "local", displayName: "you", isChatAdmin: async () => true },
    defer: async () => undefined,
    reply: async (reply) => print(renderText(reply)),
    replyPrivately: async (reply) => print(renderText(reply)),
  };
  await executeCommand({
    definition,
    parseOptions: () => parseArgumentLine(definition.options, match[2] ?? ""),
    context,
    services: options.services,
    logger: options.logger,
  });
}
