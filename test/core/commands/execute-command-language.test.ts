import { describe, expect, it } from "vitest";
import type { CommandContext, CommandDefinition } from "../../../src/core/commands/command.js";
import { CommandOptions } from "../../../src/core/commands/command-options.js";
import type { CommandServices } from "../../../src/core/commands/command-services.js";
import { executeCommand } from "../../../src/core/commands/execute-command.js";
import type { Reply } from "../../../src/core/digests/briefing-document.js";
import type { Logger } from "../../../src/core/shared/ports.js";
import { translator } from "../../helpers/english.js";

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

async function answersOf(definition: CommandDefinition, storedLanguage: string): Promise<Reply[]> {
  const replies: Reply[] = [];
  const context: CommandContext = {
    chat: { platform: "telegram", chatId: "5", kind: "private" },
    actor: { id: "5", displayName: "reader", isChatAdmin: async () => true },
    defer: async () => {},
    reply: async (reply) => void replies.push(reply),
    replyPrivately: async (reply) => void replies.push(reply),
  };
  const services = { translator, chats: { get: async () => ({ language: storedLanguage, languageFrom: "command" }) } } as unknown as CommandServices;
  await executeCommand({ definition, parseOptions: () => new CommandOptions(new Map()), context, services, logger: silent });
  return replies;
}

describe("a command's documents and the chat's language", () => {
  it("carry the chat's language when the command set none, so that labels and buttons match the text", async () => {
    const command: CommandDefinition = {
      name: "probe",
      description: "probe",
      options: [],
      permission: "anyone",
      async run({ context, text }) {
        await context.reply({ kind: "briefing", title: text("summary-title"), sections: [] });
        await context.reply({ kind: "briefing", language: "fr", title: "Résumé", sections: [] });
        await context.reply("plain");
      },
    };
    const replies = await answersOf(command, "de");
    expect(replies[0]).toMatchObject({ language: "de", title: "Zusammenfassung" });
    expect(replies[1]).toMatchObject({ language: "fr" });
    expect(replies[2]).toBe("plain");
  });
});
