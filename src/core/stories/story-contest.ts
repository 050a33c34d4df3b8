/**
 * Who played whom, the score, and the years a report is set in: the facts that tell one match, final
 * or edition from another when headlines read alike ("Argentina beat France to win World Cup" /
 * "France beat Croatia 4-2 to win World Cup").
 *
 * - Parties: the names next to a contest word ("beat", "against", "gegen", "contre", "face à",
 *   "wins"…) are the sides of a contest. When each headline names a side the other report never
 *   mentions, they are different contests.
 * - Scores ("4-2", "0:2", "38-35") identify a match; two reports giving scores, none in common, are
 *   of different matches. A score is read either way round ("2-0" = "0-2").
 * - Years: two reports that each state years (1900-2099), none in common, are set in different
 *   years ("2017" / "2022").
 */
import { foldText } from "../shared/fold-text.js";

const CONTEST_WORDS = new Set(
  "beat beats beating defeat defeats defeated against versus vs v gegen schlagt besiegt contre bat battu face win wins won gewinnt remporte".split(" "),
);
/** Words after a contest word that come before the other side's name ("against the Chiefs"). */
const ARTICLES = new Set("the la le l les die den der dem holders a".split(" "));
const WORD = /[\p{L}\p{N}]+/gu;
const SCORE = /(?<![\d.,:/-])(\d{1,2}) ?[-–:] ?(\d{1,2})(?![\d.,:/]|-\p{L}| ?(?:am|pm|uhr|h)\b)/giu;
const YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)/gu;
const MAX_PARTIES = 8;

const isName = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Folded names of the sides of a contest the headline reports. */
export function partiesOf(title: string): string[] {
  const words = [...title.replace(/['’]s\b/gu, "").matchAll(WORD)].map((match) => match[0]);
  const parties = new Set<string>();
  words.forEach((word, i) => {
    const folded = foldText(word);
    if (!CONTEST_WORDS.has(folded) || (folded === "face" && foldText(words[i + 1] ?? "") !== "a")) return;
    for (let j = i - 1; j >= 0 && isName(words[j]!) && !CONTEST_WORDS.has(foldText(words[j]!)); j--) parties.add(foldText(words[j]!));
    let k = folded === "face" ? i + 2 : i + 1;
    while (k < words.length && ARTICLES.has(foldText(words[k]!))) k++;
    for (; k < words.length && isName(words[k]!) && !CONTEST_WORDS.has(foldText(words[k]!)); k++) parties.add(foldText(words[k]!));
  });
  return [...parties].slice(0, MAX_PARTIES);
}

/** Scores stated in a text, each as "high-low" ("4-2" for "2-4" too). */
export function scoresOf(text: string): Set<string> {
  const scores = new Set<string>();
  for (const match of text.matchAll(SCORE)) {
    const [x, y] = [Number(match[1]), Number(match[2])];
    scores.add(`${Math.max(x, y)}-${Math.min(x, y)}`);
  }
  return scores;
}

/** Years (1900-2099) a text states. */
export function yearsOf(text: string): Set<string> {
  return new Set(text.match(YEAR) ?? []);
}

/** Whether two non-empty sets have nothing in common. */
export function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((item) => b.has(item));
}
