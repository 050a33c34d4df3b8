/**
 * Who speaks and what a headline reacts to: two evidence rules for reports on one subject that are
 * not the same story.
 *
 * - Speakers. A headline that opens with its speaker ("Ryan: GOP is sticking with Trump", "Top Dems
 *   say…", "Dave Brat sagt…") reports what that person said. Two headlines that each open with a
 *   speaker, one of whom the other report never mentions, are two people's statements: two stories
 *   (reactions of two politicians to one election).
 * - Consequences. "U.S. stocks rally after Fed rate hike" reports what followed an event, not the
 *   event: when everything a headline shares with the other report's headline lies in its "after…"
 *   clause, it reports a consequence of the other's news.
 */
import { tokenize } from "../shared/fold-text.js";

/** Verbs of speech that follow a speaker at the start of a headline. */
const SPEECH_VERBS = new Set("say says said sagt sagen dit disent affirme".split(" "));
/** "Speaker: statement" at the start of a headline; the speaker is 1-5 capitalised words. */
const SPEAKER_LABEL = /^((?:\p{Lu}[\p{L}\p{M}\p{N}.'’-]*\s?){1,5}):\s/u;
const CAPITALISED_WORD = /^\p{Lu}/u;
/** Words that open the clause of what came before ("after the hike"). */
const AFTER_WORDS = new Set("after following nach apres".split(" "));

/**
 * The folded words of the speaker a headline opens with, if any: a label of capitalised words before
 * a colon ("GOP Rep. Dave Brat:"), or capitalised words before a verb of speech ("Top Dems Say").
 */
export function speakerOf(title: string): string[] | undefined {
  const label = SPEAKER_LABEL.exec(title);
  if (label) return tokenize(label[1]!).filter((word) => word.length > 1);
  const words = title.split(/\s+/u).slice(0, 6);
  const verb = words.findIndex((word) => SPEECH_VERBS.has(tokenize(word)[0] ?? ""));
  if (verb <= 0 || !words.slice(0, verb).every((word) => CAPITALISED_WORD.test(word))) return undefined;
  return tokenize(words.slice(0, verb).join(" ")).filter((word) => word.length > 1);
}

/**
 * The folded tokens of a headline before its "after…" clause, when it has one (not at its start):
 * what the headline reports happened after the event it names.
 */
export function beforeAfterClause(titleTokens: readonly string[]): readonly string[] | undefined {
  const at = titleTokens.findIndex((token, i) => i > 0 && AFTER_WORDS.has(token));
  return at > 0 ? titleTokens.slice(0, at) : undefined;
}
