import { describe, expect, it } from "vitest";
import type { OptionSpec } from "../../../src/core/commands/command.js";
import { parseArgumentLine, validateOptions } from "../../../src/core/commands/command-options.js";
import { refusalOf } from "../../helpers/english.js";

const section: OptionSpec = { name: "section", description: "Section", type: "string", required: true, maxLength: 10 };
const count: OptionSpec = { name: "count", label: "number of stories", example: "5", description: "How many", type: "integer", required: false, minValue: 1, maxValue: 20 };
const topic: OptionSpec = { name: "topic", description: "Topic", type: "string", required: true, rest: true };

const messageOf = (run: () => unknown, language = "en"): string => refusalOf(run, language);

describe("command options from a text line", () => {
  it("splits words into options and lets the last string option take the rest of the line", () => {
    expect(parseArgumentLine([count, topic], "5 Judgement Panda").toObject()).toEqual({ count: 5, topic: "Judgement Panda" });
    expect(parseArgumentLine([topic], "  APT31 | Zirconium ").toObject()).toEqual({ topic: "APT31 | Zirconium" });
  });

  it("explains what is missing, wrong or extra, in words a user understands: what was typed, what is allowed, what to try", () => {
    expect(messageOf(() => parseArgumentLine([section], "", "subscribe"))).toBe("/subscribe needs a section. Section to subscribe to, e.g. politics. See /help subscribe.");
    expect(messageOf(() => parseArgumentLine([section], "", "mycommand"))).toBe("/mycommand needs a section. Section. See /help mycommand.");
    expect(messageOf(() => parseArgumentLine([count], "lots", "latest"))).toBe('"lots" is not a whole number. Give the number of stories as a whole number from 1 to 20. Try /latest 5.');
    expect(messageOf(() => parseArgumentLine([count], "99", "latest"))).toBe('"99" is out of range for the number of stories. Give a whole number from 1 to 20. Try /latest 5.');
    expect(messageOf(() => parseArgumentLine([count], "0", "latest"))).toBe('"0" is out of range for the number of stories. Give a whole number from 1 to 20. Try /latest 5.');
    expect(messageOf(() => parseArgumentLine([count], "3 4", "latest"))).toBe('"4" is more than /latest takes. /latest takes [number of stories]. Try /latest 5.');
    expect(messageOf(() => parseArgumentLine([], "now", "sections"))).toBe('"now" is more than /sections takes. /sections takes nothing after its name. Try /sections.');
    expect(messageOf(() => parseArgumentLine([section], "abcdefghijklmnop", "subscribe"))).toBe('"abcdefghijklmnop" is too long for a section. Use at most 10 characters. See /help subscribe.');
    expect(messageOf(() => parseArgumentLine([section], "x".repeat(5000)))).toMatch(/^"x{39}…" is too long\. A command takes at most 1,000 characters\./u);
  });

  it("never shows an internal option name", () => {
    const messages = ["lots", "0", "99", "3 4"].map((line) => messageOf(() => parseArgumentLine([count], line, "latest")));
    for (const message of messages) expect(message).not.toMatch(/\bcount\b/u);
  });

  it("validates typed values (Discord) with the same rules and messages", () => {
    const typed = new Map<string, string | number | boolean>([["count", 30]]);
    expect(messageOf(() => validateOptions([count], typed, "latest"))).toBe('"30" is out of range for the number of stories. Give a whole number from 1 to 20. Try /latest 5.');
    expect(validateOptions([count], new Map([["count", 3]])).integer("count")).toBe(3);
  });
});

describe("command option refusals in the chat's language", () => {
  const source: OptionSpec = { name: "action", description: "add, list, remove, export or import", type: "string", required: true, choices: ["add", "list", "remove"], example: "add" };

  it("in German: what was typed, what is allowed and what to try, with the option's label and description from the catalogue", () => {
    expect(messageOf(() => parseArgumentLine([section], "", "subscribe"), "de")).toBe("/subscribe braucht eine Rubrik. Rubrik, die abonniert werden soll, z. B. politics. Siehe /help subscribe.");
    expect(messageOf(() => parseArgumentLine([count], "lots", "latest"), "de")).toBe('"lots" ist keine ganze Zahl. Gib für „Anzahl der Meldungen“ eine ganze Zahl von 1 bis 20 an. Versuch /latest 5.');
    expect(messageOf(() => parseArgumentLine([count], "99", "latest"), "de")).toBe('"99" liegt außerhalb des Bereichs für „Anzahl der Meldungen“. Gib eine ganze Zahl von 1 bis 20 an. Versuch /latest 5.');
    expect(messageOf(() => parseArgumentLine([count], "3 4", "latest"), "de")).toBe('"4" ist mehr, als /latest nimmt. /latest nimmt [Anzahl der Meldungen]. Versuch /latest 5.');
    expect(messageOf(() => parseArgumentLine([], "now", "sections"), "de")).toBe('"now" ist mehr, als /sections nimmt. /sections nimmt nichts nach seinem Namen. Versuch /sections.');
    expect(messageOf(() => parseArgumentLine([source], "rename", "source"), "de")).toBe('"rename" ist keine gültige Angabe für „Aktion“. Wähle eine von add, list und remove. Versuch /source add.');
    expect(messageOf(() => parseArgumentLine([section], "x".repeat(5000)), "de")).toMatch(/^"x{39}…" ist zu lang\. Ein Befehl nimmt höchstens 1\.000 Zeichen\./u);
  });

  it("in Russian, with the plural form the number asks for", () => {
    expect(messageOf(() => parseArgumentLine([section], "", "subscribe"), "ru")).toBe("/subscribe: нужно указать раздел. Раздел для подписки, напр. politics. См. /help subscribe.");
    expect(messageOf(() => parseArgumentLine([count], "0", "latest"), "ru")).toBe("\"0\" вне допустимого диапазона для параметра «количество новостей». Укажите целое число от 1 до 20. Попробуйте /latest 5.");
    expect(messageOf(() => parseArgumentLine([section], "abcdefghijklmnop", "subscribe"), "ru")).toBe("\"abcdefghijklmnop\" — слишком длинное значение для параметра «раздел». Допустимо не более 10 символов. См. /help subscribe.");
    expect(messageOf(() => parseArgumentLine([{ ...section, maxLength: 21 }], "x".repeat(30), "subscribe"), "ru")).toContain("Допустимо не более 21 символа.");
    expect(messageOf(() => parseArgumentLine([source], "rename", "source"), "ru")).toBe("\"rename\" — недопустимое значение для параметра «действие». Выберите одно из: add, list и remove. Попробуйте /source add.");
  });

  it("never shows an internal option name in any language", () => {
    for (const language of ["de", "es", "fr", "ru"]) {
      for (const line of ["lots", "0", "99", "3 4"]) expect(messageOf(() => parseArgumentLine([count], line, "latest"), language)).not.toMatch(/\bcount\b|option-/u);
    }
  });
});
