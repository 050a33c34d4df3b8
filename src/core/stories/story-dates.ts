/**
 * When a report sets its event: the months its text names ("February 2nd", "2. Februar", "2 février")
 * and whether it puts the event in a vague future ("early next year", "nächstes Jahr", "l'an
 * prochain"). A headline dating its event in a month the other report never mentions, while the other
 * report names another month or a vague future, reports another day: "Vision Pro … will ship early
 * next year" (the unveiling) is not "Vision Pro goes on sale February 2nd".
 */
import { tokenize } from "../shared/fold-text.js";

/** Folded month names of English, German and French → month number. */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    "january januar janvier", "february februar fevrier", "march marz mars", "april avril", "may mai", "june juni juin",
    "july juli juillet", "august aout", "september septembre", "october oktober octobre", "november novembre",
    "december dezember decembre",
  ].flatMap((names, i) => names.split(" ").map((name) => [name, i + 1] as const)),
);
/**
 * Month names that are also common words ("may", "march", "mars"): months only next to a number. A
 * month followed by "quarter" names a fiscal quarter, not a date.
 */
const AMBIGUOUS = new Set(["may", "march", "mars"]);
/** A month naming a fiscal quarter ("June quarter") is no date. */
const QUARTER = /^(?:quarter|quartal|quartals|trimestre)$/u;
/** Word pairs that put an event in a vague future. */
const VAGUE_FUTURE = /\b(?:next year|later this year|nachstes jahr|nachsten jahr|kommendes jahr|an prochain|annee prochaine)\b/u;

/** Whether a folded word is a month name of English, German or French. */
export function isMonth(token: string): boolean {
  return MONTHS[token] !== undefined;
}

/** What {@link datesOf} reads. */
export interface StoryDates {
  months: Set<number>;
  vagueFuture: boolean;
}

/** The months a text names and whether it states a vague future. */
export function datesOf(text: string): StoryDates {
  const tokens = tokenize(text, 200);
  const months = new Set<number>();
  tokens.forEach((token, i) => {
    const month = MONTHS[token];
    if (month === undefined || QUARTER.test(tokens[i + 1] ?? "")) return;
    const nearNumber = /^\d/u.test(tokens[i - 1] ?? "") || /^\d/u.test(tokens[i + 1] ?? "");
    if (!AMBIGUOUS.has(token) || nearNumber) months.add(month);
  });
  return { months, vagueFuture: VAGUE_FUTURE.test(tokens.join(" ")) };
}

/**
 * Whether the headline dates its event in a month the other article never names while the other
 * names another month or a vague future.
 */
export function datedOtherwise(title: StoryDates, other: StoryDates): boolean {
  const unmatched = [...title.months].some((month) => !other.months.has(month));
  return unmatched && (other.vagueFuture || [...other.months].some((month) => !title.months.has(month)));
}
