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
import { PLAIN_TEXT_HINT, findCommand, linkOnly, unknownCommandMessage } from "../../core/command-lookup.js";
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
  const command = /^\/(\S*?)(?:@\S+)?(?:\s+(.*))?$/su.exec(line);
  if (!command) {
    // Like a private chat on Telegram: a pasted link is summarised, other text gets a hint.
    const link = linkOnly(line);
    const summary = findCommand(options.commands, "summary");
    if (link && summary) await run(summary, link, options, print);
    else print(PLAIN_TEXT_HINT);
    return;
  }
  const name = command[1] ?? "";
  const definition = findCommand(options.commands, name);
  if (!definition) {
    print(unknownCommandMessage(name, options.commands));
    return;
  }
  await run(definition, command[2] ?? "", options, print);
}

async function run(definition: CommandDefinition, argumentLine: string, options: ConsoleChatOptions, print: (text: string) => void): Promise<void> {
  const context: CommandContext = {
    chat: { ...CONSOLE_CHAT, kind: "private", title: "terminal" },
    actor: { id: "local", displayName: "you", isChatAdmin: async () => true },
    defer: async () => undefined,
    reply: async (reply) => print(renderText(reply)),
    replyPrivately: async (reply) => print(renderText(reply)),
  };
  await executeCommand({
    definition,
    parseOptions: () => parseArgumentLine(definition.options, argumentLine, definition.name),
    context,
    services: options.services,
    logger: options.logger,
  });
}
