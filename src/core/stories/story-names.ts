/**
 * Named things of two reports compared: whether each names someone or somewhere the other never
 * mentions (evidence of two stories), and how many rare named things both headlines name (evidence
 * of one). See `namesOf` in `story-features.ts` for what a headline names.
 */
import { stemOf, type StoryFeatures } from "./story-features.js";

/** Whether an article mentions a name, allowing another ending ("Argentine" / "Argentina"). */
export function mentions(article: StoryFeatures, name: string): boolean {
  return article.vocabulary.has(name) || (name.length >= 4 && article.vocabulary.has(name.slice(0, Math.min(6, name.length))));
}

/** The things a headline names that the other article never mentions. */
function missingNames(a: StoryFeatures, b: StoryFeatures): string[][] {
  return a.names.filter((name) => !name.some((word) => mentions(b, word)));
}

/**
 * Where a named thing stands in a headline: the nearest words before and after it that the other
 * headline shares ("strikes" · end for "Nepal" of "Magnitude 7.8 earthquake strikes Nepal").
 */
function slotOf(name: readonly string[], a: StoryFeatures, b: StoryFeatures): string {
  const at = a.titleWords.indexOf(name[0]!);
  const end = at < 0 ? -1 : at + name.length - 1;
  const shared = (word: string): boolean => b.title.has(stemOf(word));
  const before = at < 0 ? "?" : (a.titleWords.slice(0, at).findLast(shared) ?? "^");
  const after = at < 0 ? "?" : (a.titleWords.slice(end + 1).find(shared) ?? "$");
  return `${stemOf(before)} ${stemOf(after)}`;
}

/**
 * Whether each headline names things the other article never mentions, at least as many as those
 * it shares ("Nepal" against "Turkey"; not "Democrats" beside a shared "Manchin" and "Schumer"), and
 * either more of them than shared things on both sides, or two of them in the same place of
 * otherwise shared wording ("Bundestag beschließt Heizungsgesetz" / "… Cannabis-Legalisierung"): two
 * subjects of one frame. A thing of several words is mentioned when one of its words is ("Truss"
 * for "Liz Truss", "Frontier" for "Frontier Airlines").
 */
export function differentNames(a: StoryFeatures, b: StoryFeatures): boolean {
  const missingA = missingNames(a, b);
  const missingB = missingNames(b, a);
  const sharedA = a.names.length - missingA.length;
  const sharedB = b.names.length - missingB.length;
  if (missingA.length === 0 || missingB.length === 0 || missingA.length < sharedA || missingB.length < sharedB) return false;
  if (missingA.length > sharedA && missingB.length > sharedB) return true;
  const slots = new Set(missingA.map((name) => slotOf(name, a, b)));
  return missingB.some((name) => slots.has(slotOf(name, b, a)));
}

/**
 * How many of the things one headline names the other headline names too ("Manchin", "Schumer";
 * "Chromecast", "Google TV", "Nest"): a thing counts when the two share one of its `rare` words
 * (a name many items of the batch use, "Trump" in a politics feed, says little).
 */
export function sharedNames(a: StoryFeatures, b: StoryFeatures, rare: (word: string) => boolean): number {
  const words = new Set(b.names.flat());
  return a.names.filter((name) => name.some((word) => words.has(word) && rare(word))).length;
}
