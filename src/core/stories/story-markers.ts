/**
 * Words of a headline that tell which event of a longer story it reports, or what kind of piece it
 * is. Two reports that agree on everything else but differ in one of these are different stories
 * (see `differenceEvidence` in `story-evidence.ts`):
 *
 * - Stage of a process. Trials, elections, deals, product cycles and lives go through stages that
 *   are separate news days: "convicted" is not "sentenced", "nominated" is not "confirmed",
 *   "offers to buy" is not "completes the takeover", "unveils" is not "goes on sale", "dies" is not
 *   "funeral". A headline stating stages of a process that the other's stages of that process do
 *   not include reports another day. Words that name two stages in a language ("verurteilt",
 *   "condamné": convicted and sentenced) count as both, so they never contradict either.
 * - Recurrence. "Re-elected", "second term", "reopens", "anniversary", "five years after",
 *   "matching June's move" and "another" (not "from another planet"), "again", "erneut", "encore"
 *   say that the event happened before; a headline with such
 *   a marker and one without report different occurrences.
 * - Genre. An opinion piece, analysis, explainer or column ("Opinion |", "Analysis:", a question
 *   headline such as "What's the future of the ISS?", "How the market reacted…", a lead whose
 *   first sentence speaks in the first person singular outside quotes: "I've previously noted…")
 *   is about a story, not a report of it; a digest lists it apart from the news.
 */
import { tokenize } from "../shared/fold-text.js";

/** Folded words naming a stage, as `process:stage` (several when the word names several). */
const STAGES: Readonly<Record<string, readonly string[]>> = stageTable({
  "law:charge": "charged indicted indictment indicts angeklagt anklage inculpe inculpee",
  "law:plea": "pleads pleaded plea",
  "law:convict": "convicted convicts convict guilty schuldig coupable verurteilt condamne condamnee",
  "law:sentence": "sentenced sentence sentences jailed verurteilt condamne condamnee",
  "law:acquit": "acquitted acquits freigesprochen acquitte acquittee",
  "office:nominate": "nominated nominates nominee nomination nominiert nomine nominee",
  "office:elect": "elected elects elu elue gewahlt wahlt",
  "office:confirm": "confirmed confirms confirmation",
  "office:sworn": "sworn inaugurated inauguration vereidigt investi crowned gekront couronne",
  "deal:offer": "offer offers offered bid bids",
  "deal:complete": "completes completed closes owns abgeschlossen finalise finalizes",
  "deal:end": "end ends ended scrap scraps scrapped dump dumps dumped terminate terminates terminated abandon abandons abandoned",
  "product:unveil": "unveils unveiled announces announced reveals revealed vorgestellt devoile presente",
  "product:release": "releases releasing launches erhaltlich disponible preorders",
  "life:death": "dies died dead tot stirbt gestorben meurt mort morte deces",
  "life:funeral": "funeral burial buried beerdigung trauerfeier beisetzung beigesetzt obseques funerailles",
});

/** Single words marking a recurrence, an anniversary or a later look back. */
const RECURRENCE_WORDS = new Set(
  ("another again renewed erneut wieder erneuter erneuten encore nouveau nouvelle nouvel reelected reelection " +
    "reelu reelue reelection wiedergewahlt wiederwahl reopens reopen reopened reopening rouvre rouvert " +
    "reouverture wiedereroffnet anniversary anniversaire jahrestag").split(" "),
);
/** "From another planet", "to another club": "another" naming a different thing, not a repetition. */
const PLACE_PREPOSITIONS = new Set(["from", "to", "on", "in", "into", "of", "at"]);
/** Word pairs marking the same ("re elected", "second term", "five years after"). */
const RECURRENCE_PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  [/^re$/u, /^(elected|election|opens?|opened|opening)$/u],
  [/^(second|third|zweite|dritte|second|troisieme)$/u, /^(term|amtszeit|mandat)$/u],
  [/^(years?|ans|jahre|jahren)$/u, /^(after|later|on|apres|nach|danach|plus)$/u],
  // "Matching June's historic move": this event repeats an earlier one.
  [/^(matching|matches|repeating|repeats|echoing)$/u, /^(january|february|march|april|may|june|july|august|september|october|november|december|last|its|the|previous)$/u],
];

/** Labels that open an opinion piece, analysis or explainer. */
const GENRE_LABELS = new Set(
  "opinion analysis editorial commentary column perspective explainer explained kommentar meinung analyse tribune editorial chronique".split(" "),
);
/** First words of a question headline (an explainer rather than a report). */
const QUESTION_WORDS = new Set("how why what whats should wie warum weshalb wieso pourquoi comment faut".split(" "));

/** Quoted speech, in the quotation marks of English, German and French. */
const QUOTED = /“[^”]*”|"[^"]*"|„[^“”]*[“”]|«[^»]*»/gu;
const FIRST_PERSON = /(?<![\p{L}’'])(?:I|I['’](?:ve|m|d|ll)|[Ii]ch|[Jj]e|[Jj]['’])(?![\p{L}’'])/u;

function stageTable(spec: Record<string, string>): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const [stage, words] of Object.entries(spec)) for (const word of words.split(" ")) (table[word] ??= []).push(stage);
  return table;
}

/** The `process:stage` labels the headline's words state. */
export function stagesOf(titleTokens: readonly string[]): Set<string> {
  const stages = new Set<string>();
  for (const token of titleTokens) for (const stage of STAGES[token] ?? []) stages.add(stage);
  // "Goes on sale", "in stores": the release of a product; "throws out", "calls off" a deal: its end.
  titleTokens.forEach((token, i) => {
    const next = titleTokens[i + 1] ?? "";
    if ((token === "on" || token === "in") && /^(sale|stores?|verkauf|vente)$/u.test(next)) stages.add("product:release");
    if ((/^(throws?|threw|thrown)$/u.test(token) && next === "out") || (/^(calls?|called)$/u.test(token) && next === "off")) stages.add("deal:end");
  });
  return stages;
}

/** Whether the headline announces a recurrence or looks back on an earlier event. */
export function marksRecurrence(titleTokens: readonly string[]): boolean {
  return titleTokens.some(
    (token, i) =>
      (RECURRENCE_WORDS.has(token) && !(token === "another" && PLACE_PREPOSITIONS.has(titleTokens[i - 1] ?? ""))) ||
      RECURRENCE_PAIRS.some(([first, second]) => first.test(token) && second.test(titleTokens[i + 1] ?? "")),
  );
}

/**
 * Whether an article is an opinion piece, analysis, explainer or column: a label or a question in
 * its headline, or a first lead sentence in the first person singular (quotes removed).
 */
export function isCommentary(title: string, lead: string): boolean {
  const tokens = tokenize(title, 3);
  const labelled = /^[^:|]{0,40}(?::|\s\|)/u.test(title) && tokens.slice(0, 2).some((token) => GENRE_LABELS.has(token));
  const question = /\?/u.test(title) || QUESTION_WORDS.has(tokens[0] ?? "");
  const firstSentence = lead.replace(QUOTED, " ").split(/(?<=[.!?])\s/u)[0] ?? "";
  return labelled || question || FIRST_PERSON.test(firstSentence);
}

/**
 * Whether two headlines state different stages of one process: for some process both state a stage
 * of, neither states a stage the other states.
 */
export function differentStages(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const processes = new Set([...a].map((stage) => stage.split(":")[0]!));
  for (const process of processes) {
    const ofA = [...a].filter((stage) => stage.startsWith(`${process}:`));
    const ofB = [...b].filter((stage) => stage.startsWith(`${process}:`));
    if (ofB.length > 0 && !ofA.some((stage) => b.has(stage))) return true;
  }
  return false;
}
