/**
 * A guard for the documents' area (composers, digests, alerts, delivery, the adapters' renderers,
 * buttons and answers): user-facing text there comes from the catalogues, so no English sentence
 * may be passed as a literal to a refusal, an answer, a button or a document's text field. It scans
 * the source (comments left out) for the shapes that used to carry English: `refuse("code", "…`,
 * `refusal("…`, `reply("Capital…`, `button(\`Summary …`, `title: "Follow alert"`, `emptyText: \`No …`.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const AREA = ["briefings", "src/core/digests", "src/core/alerts", "src/core/delivery", "src/adapters/telegram", "src/adapters/discord"];
const FILES = ["src/adapters/console/render-text.ts", "src/core/shared/format-time.ts"];

/** Literal English handed to the user, by shape. */
const SHAPES: readonly [string, RegExp][] = [
  ["a refusal built from a literal", /\brefuse\(\s*["'`][^"'`]*["'`]\s*,\s*["'`]/u],
  ["a refusal sentence as a literal", /\brefusal\(\s*["'`][A-Z"«„]/u],
  ["an answer as a literal sentence", /\b(?:reply|send|say|answer)\(\s*["'`][A-Z]/u],
  ["a button label as a literal", /\b(?:button|label)\s*[(:]\s*["'`][A-Z]/u],
  ["a document field as a literal", /\b(?:title|subtitle|footer|emptyText|heading|detail|reason|placeholder|summary)\s*:\s*["'`][A-Z(]/u],
];

function sources(): string[] {
  const listed = AREA.flatMap((dir) => readdirSync(path.join(root, dir)).filter((file) => file.endsWith(".ts")).map((file) => path.join(dir, file)));
  return [...listed, ...FILES];
}

/** The code of a file without comments (line comments and block comments, naively: enough here). */
function code(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8").replace(/\/\*[\s\S]*?\*\//gu, (comment) => comment.replace(/[^\n]/gu, " "));
  return text.split("\n").map((line) => line.replace(/^\s*\/\/.*$/u, ""));
}

/** Literals that are data in every language, not English: the follow modal's example names. */
const NOT_ENGLISH = [/placeholder: "APT31 \| Judgement Panda \| Zirconium"/u];

function literalEnglish(lines: readonly string[]): string[] {
  return lines.flatMap((line, index) =>
    NOT_ENGLISH.some((pattern) => pattern.test(line)) ? [] : SHAPES.filter(([, pattern]) => pattern.test(line)).map(([what]) => `${index + 1}: ${what}: ${line.trim().slice(0, 120)}`),
  );
}

describe("user-facing text of documents, alerts, notices and buttons", () => {
  it("recognises the shapes English used to take (so that the scan can fail)", () => {
    const before = [
      `throw refuse("no-digest", \`There is no \${section.title} digest\`, "Start one");`,
      `await say(refusal(\`"\${split.target}" is not a channel\`, "Only channels"));`,
      `title: "Follow alert",`,
      `emptyText: \`Nothing new in \${section.title}.\`,`,
      `.map((item) => button(\`Summary \${item.number}\`, { kind: "summary" }))`,
      `{ type: ComponentType.Button, custom_id: id, label: "Follow a topic…" },`,
      `return answer("That story is no longer stored.");`,
    ];
    expect(literalEnglish(before)).toHaveLength(before.length);
    expect(literalEnglish([`title: text("alert-title"),`, `label: truncate(text("button-more", { section }), 80),`, `throw refuse("no-sources", message("digest-no-sources"));`])).toEqual([]);
  });

  it.each(sources())("%s passes no English literal to the user", (file) => {
    expect(literalEnglish(code(file))).toEqual([]);
  });
});
