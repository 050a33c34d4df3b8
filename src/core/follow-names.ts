/**
 * Parsing what users type after /follow: a topic and optional aliases separated by `|`.
 */
import { UserFacingError } from "./errors.js";

/** Longest topic or alias. */
export const MAX_FOLLOW_NAME_LENGTH = 100;
/** Most aliases per topic. */
export const MAX_ALIASES = 10;

/** Splits "APT31 | Judgement Panda | Zirconium" into a topic and its aliases, validated. */
export function parseFollowNames(input: string): { topic: string; aliases: string[] } {
  const names = input
    .split("|")
    .map((name) => name.replace(/\s+/gu, " ").trim())
    .filter((name) => name !== "");
  const [topic, ...rest] = names;
  if (!topic) throw new UserFacingError("missing-option", "Follow what? Try /follow APT31 | Judgement Panda | Zirconium");
  const tooLong = names.find((name) => name.length > MAX_FOLLOW_NAME_LENGTH);
  if (tooLong) {
    throw new UserFacingError("option-too-long", `"${tooLong.slice(0, 30)}…" is too long: names are at most ${MAX_FOLLOW_NAME_LENGTH} characters.`);
  }
  if (names.some((name) => !/[\p{L}\p{N}]/u.test(name))) {
    throw new UserFacingError("invalid-topic", "Each name needs at least one letter or digit.");
  }
  const aliases = [...new Set(rest)].filter((alias) => alias.toLowerCase() !== topic.toLowerCase());
  if (aliases.length > MAX_ALIASES) throw new UserFacingError("too-many-aliases", `At most ${MAX_ALIASES} aliases per topic.`);
  return { topic, aliases };
}
