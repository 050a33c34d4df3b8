/**
 * The registry as Discord application commands.
 */
import { describe, expect, it } from "vitest";
import { commandRegistry } from "../../../commands/index.js";
import { toApplicationCommands } from "../../../src/adapters/discord/command-data.js";
import type { CommandDefinition } from "../../../src/core/commands/command.js";

const command = (overrides: Partial<CommandDefinition>): CommandDefinition => ({
  name: "test",
  description: "A test command",
  options: [],
  permission: "anyone",
  run: async () => undefined,
  ...overrides,
});

describe("toApplicationCommands", () => {
  it("accepts the whole registry, in order", () => {
    const data = toApplicationCommands(commandRegistry);
    expect(data.map((entry) => entry.name)).toEqual(commandRegistry.map((entry) => entry.name));
    for (const entry of data) {
      expect(entry.type).toBe(1);
      expect(entry.contexts).toEqual([0, 1]);
      expect(entry.integration_types).toEqual([0]);
    }
  });

  it("gives chat-admin commands Manage Channels (16) as default permission, owner commands \"0\" (hidden but from server admins), others none", () => {
    const data = toApplicationCommands([command({ name: "admin", permission: "chat-admin" }), command({ name: "open" }), command({ name: "operate", permission: "owner" })]);
    expect(data.map((entry) => entry.default_member_permissions)).toEqual(["16", null, "0"]);
    expect(toApplicationCommands(commandRegistry).find((entry) => entry.name === "admin")?.default_member_permissions).toBe("0");
  });

  it("maps option types, limits, choices and completion to autocomplete", () => {
    const [entry] = toApplicationCommands([
      command({
        options: [
          { name: "count", description: "How many", type: "integer", required: false, minValue: 1, maxValue: 20 },
          { name: "section", description: "Section", type: "string", required: true, completion: "section", maxLength: 64 },
          { name: "mode", description: "Mode", type: "string", required: false, choices: ["on", "off"] },
          { name: "loud", description: "Loud", type: "boolean", required: false },
        ],
      }),
    ]);
    expect(entry?.options).toEqual([
      { name: "section", description: "Section", required: true, type: 3, max_length: 64, autocomplete: true },
      { name: "count", description: "How many", required: false, type: 4, min_value: 1, max_value: 20 },
      { name: "mode", description: "Mode", required: false, type: 3, choices: [{ name: "on", value: "on" }, { name: "off", value: "off" }] },
      { name: "loud", description: "Loud", required: false, type: 5 },
    ]);
  });

  it("lists every definition Discord would refuse", () => {
    expect(() =>
      toApplicationCommands([
        command({ name: "Bad Name" }),
        command({ name: "long", description: "x".repeat(101) }),
        command({ name: "many", options: [{ name: "c", description: "c", type: "string", required: false, choices: Array.from({ length: 26 }, (_, index) => `c${index}`) }] }),
        command({ name: "long" }),
      ]),
    ).toThrow(/Bad Name: name must be[\s\S]*\/long: description must be 1 to 100 characters \(has 101\)[\s\S]*\/many c: at most 25 choices[\s\S]*\/long: duplicate name/u);
  });
});
