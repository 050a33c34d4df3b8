/**
 * Every command's options are described and named in every shipped catalogue (Discord shows the
 * descriptions, /help and the refusals the labels), and the commands' code passes no English
 * sentence to a reply or a refusal: what a user reads comes from the catalogues.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { commandRegistry } from "../commands/index.js";
import { loadTranslator } from "../src/adapters/i18n/fluent-translator.js";

const translator = loadTranslator();
const repoRoot = path.resolve(import.meta.dirname, "..");

describe("the commands' options in the catalogues", () => {
  it.each(translator.languages.map((language) => [language]))("%s describes and names every option of every command within Discord's limits", (language) => {
    for (const command of commandRegistry) {
      for (const option of command.options) {
        const id = `option-${command.name}-${option.name}`;
        const description = translator.t(language, id);
        expect(description, `${language}: ${id}`).not.toBe(id);
        expect([...description].length, `${language}: ${id}`).toBeLessThanOrEqual(100);
        for (const form of ["bare", "a"]) {
          const label = translator.t(language, `${id}-label`, { form });
          expect(label, `${language}: ${id}-label (${form})`).not.toMatch(/^option-|^$/u);
        }
      }
    }
  });

  it("keeps the English descriptions the commands declare (the catalogue is what Discord and /help show)", () => {
    for (const command of commandRegistry) {
      for (const option of command.options) expect(translator.t("en", `option-${command.name}-${option.name}`)).toBe(option.description);
    }
  });
});

/** The files whose answers the catalogues hold (commands/summary.ts is another area's). */
function commandFiles(): string[] {
  const directories = ["commands", "src/core/commands", "src/core/chats"];
  const files = directories.flatMap((directory) =>
    readdirSync(path.join(repoRoot, directory))
      .filter((file) => file.endsWith(".ts"))
      .map((file) => path.join(directory, file)),
  );
  return [...files.filter((file) => file !== path.join("commands", "summary.ts")), "src/core/feeds/section-catalog.ts", "src/core/follows/follow-names.ts"];
}

/**
 * An English sentence handed straight to a reply or a refusal: a capitalised string or template
 * literal as a reply's first argument, any literal as a refusal's first sentence. (A literal inside
 * a conditional is not seen: this catches the common slip, not every one.)
 */
const LITERAL_ANSWER = /\b(?:reply|replyPrivately)\(\s*["'`][A-Z]|\brefuse\(\s*"[a-z-]+",\s*(?:["'`]|\n\s*["'`])/u;

describe("the commands' code", () => {
  it("finds what it looks for (the guard's own check)", () => {
    expect(LITERAL_ANSWER.test('await context.reply("Quiet hours off.");')).toBe(true);
    expect(LITERAL_ANSWER.test("throw refuse(\"limit-reached\", `This chat already has ${n} feeds`);")).toBe(true);
    expect(LITERAL_ANSWER.test('throw refuse(\n  "invalid-chat",\n  `${quoted} is not a chat`,')).toBe(true);
    expect(LITERAL_ANSWER.test('throw refuse("invalid-chat", message("admin-not-chat", { typed }));')).toBe(false);
    expect(LITERAL_ANSWER.test('await context.reply(text("quiet-off"));')).toBe(false);
  });

  it.each(commandFiles().map((file) => [file]))("%s passes no English literal to a reply or a refusal", (file) => {
    const source = readFileSync(path.join(repoRoot, file), "utf8");
    expect(source.match(LITERAL_ANSWER)?.[0]).toBeUndefined();
  });
});
