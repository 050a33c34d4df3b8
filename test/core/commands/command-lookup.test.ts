import { describe, expect, it } from "vitest";
import { commandRegistry } from "../../../commands/index.js";
import { PLAIN_TEXT_HINT, findCommand, linkOnly, unknownCommandMessage } from "../../../src/core/commands/command-lookup.js";
import { loadTranslator } from "../../../src/adapters/i18n/fluent-translator.js";
import { render, textIn } from "../../../src/core/shared/translator.js";

const translator = loadTranslator();
const english = textIn(translator, "en");
const german = textIn(translator, "de");

describe("finding the command a user meant", () => {
  it("ignores case and a leading slash", () => {
    expect(findCommand(commandRegistry, "Digest")?.name).toBe("digest");
    expect(findCommand(commandRegistry, "/SUBSCRIBE")?.name).toBe("subscribe");
    expect(findCommand(commandRegistry, "digets")).toBeUndefined();
  });

  it("suggests the nearest command for an unknown one, in the shared style", () => {
    expect(unknownCommandMessage("digets", commandRegistry, english)).toBe('"/digets" is not a command. Did you mean /digest? See every command with /help.');
    expect(unknownCommandMessage("Folow", commandRegistry, english)).toBe('"/Folow" is not a command. Did you mean /follow? See every command with /help.');
    expect(unknownCommandMessage("bogus", commandRegistry, english)).toBe('"/bogus" is not a command. See every command with /help.');
  });

  it("says it in the chat's language", () => {
    expect(unknownCommandMessage("digets", commandRegistry, german)).toBe('"/digets" ist kein Befehl. Meintest du /digest? Alle Befehle zeigt /help.');
  });

  it("recognises a message that is only a link", () => {
    expect(linkOnly("  https://news.example/story?id=1 ")).toBe("https://news.example/story?id=1");
    expect(linkOnly("look at https://news.example/story")).toBeUndefined();
    expect(linkOnly("hello")).toBeUndefined();
    expect(render(english, PLAIN_TEXT_HINT)).toBe("Send a command such as /digest or /help.");
  });
});
