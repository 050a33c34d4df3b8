/**
 * Prefix follows for inflected languages (issue 15): "Путин*" matches Путина, Путину — and
 * Путинизм (prefixes over-match); the stem needs three letters; `*` only ends a name; the alert's
 * reason names the word that matched.
 */
import { describe, expect, it } from "vitest";
import type { Follow } from "../../../src/core/follows/follow.js";
import { createFollowIndex } from "../../../src/core/follows/follow-index.js";
import type { MatchableArticle } from "../../../src/core/follows/follow-match.js";
import { matchReason } from "../../../briefings/compose-alert.js";
import { english, refusalText } from "../../helpers/english.js";
import { followIdOf, parseFollowNames } from "../../../src/core/follows/follow-names.js";
import { UserFacingError } from "../../../src/core/shared/errors.js";

const follow = (topic: string, aliases: string[] = []): Follow => ({ id: followIdOf(topic), topic, aliases, createdAt: 0 });
const article = (parts: Partial<MatchableArticle>): MatchableArticle => ({ title: "", summary: "", tags: [], ...parts });
const titled = (title: string) => article({ title });

function refusalOf(input: string): UserFacingError {
  try {
    parseFollowNames(input);
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error(`expected "${input}" to be refused`);
}

describe("prefix follows: matching", () => {
  it("matches Путина, Путину and ПУТИНЫМ with Путин*, and Путинизм too (prefixes over-match), but not Путь", () => {
    const index = createFollowIndex();
    index.setChatFollows("tg:1", [follow("Путин*")]);
    for (const title of ["Визит Путина в Пекин", "Письмо Путину", "Встреча с ПУТИНЫМ", "Путин выступил", "Путинизм как явление"]) {
      expect(index.match(titled(title)).map((match) => match.chatKey), title).toEqual(["tg:1"]);
    }
    expect(index.match(titled("Путь к миру"))).toEqual([]);
    expect(index.match(titled("Распутин и его время"))).toEqual([]);
  });

  it("keeps whole-word matching for names without *: Путин does not match Путина", () => {
    const index = createFollowIndex();
    index.setChatFollows("tg:1", [follow("Путин")]);
    expect(index.match(titled("Визит Путина"))).toEqual([]);
    expect(index.match(titled("Путин выступил"))).toHaveLength(1);
  });

  it("folds case and accents before comparing the stem: Zürich* matches ZURICHER and Zürichs", () => {
    const index = createFollowIndex();
    index.setChatFollows("tg:1", [follow("Zürich*")]);
    expect(index.match(titled("ZURICHER Bank meldet Gewinn"))).toHaveLength(1);
    expect(index.match(titled("Zürichs Bürgermeisterin"))).toHaveLength(1);
  });

  it("matches a prefix on the last word of a phrase and in an alias", () => {
    const index = createFollowIndex();
    index.setChatFollows("tg:1", [follow("Владимир Путин*", ["Putin*"])]);
    expect(index.match(titled("Заявление Владимира Путина"))).toEqual([]);
    const [phrase] = index.match(titled("Интервью: Владимир Путину не звонил"));
    expect(phrase).toMatchObject({ matchedName: "Владимир Путин*", matchedWord: "Путину" });
    const [alias] = index.match(article({ summary: "Talks with Putin's envoy" }));
    expect(alias).toMatchObject({ matchedName: "Putin*", matchedWord: "Putin", field: "summary" });
  });

  it("says which word matched in the reason", () => {
    const index = createFollowIndex();
    index.setChatFollows("tg:1", [follow("Путин*", ["Putin*"])]);
    const [match] = index.match(titled("Визит Путина в Пекин"));
    expect(matchReason(match!, english)).toBe("mentions Путина (Путин*) in the title");
    const [alias] = index.match(article({ body: "Putins visit was short." }));
    expect(matchReason(alias!, english)).toBe("mentions Putins (Putin*), also known as Путин*, in the article text");
  });

  it("reports one match per chat and follow however many words the prefix meets, in the most prominent field", () => {
    const index = createFollowIndex();
    index.setChatFollows("tg:1", [follow("Путин*")]);
    index.setChatFollows("tg:2", [follow("Путин*"), follow("Путин")]);
    const matches = index.match(article({ title: "Путина ждут", summary: "Путину звонили", body: "Путин сказал. Путиным довольны." }));
    expect(matches.map((match) => `${match.chatKey} ${match.followId} ${match.field} ${match.matchedWord ?? "-"}`).sort()).toEqual([
      "tg:1 путин* title Путина",
      "tg:2 путин body -",
      "tg:2 путин* title Путина",
    ]);
  });

  it("shares one prefix phrase between chats and forgets it when the last chat leaves", () => {
    const index = createFollowIndex();
    index.setChatFollows("tg:1", [follow("Путин*")]);
    index.setChatFollows("tg:2", [follow("Путин*")]);
    expect(index.stats()).toMatchObject({ follows: 1, phrases: 1, tokens: 1 });
    index.removeChat("tg:1");
    expect(index.match(titled("Путина"))).toHaveLength(1);
    index.removeChat("tg:2");
    expect(index.stats()).toEqual({ chats: 0, follows: 0, phrases: 0, tokens: 0 });
    expect(index.match(titled("Путина"))).toEqual([]);
  });

  it("checks several stems of one word: Путин* and Пути* both match Путина", () => {
    const index = createFollowIndex();
    index.setChatFollows("tg:1", [follow("Путин*")]);
    index.setChatFollows("tg:2", [follow("Пути*")]);
    expect(index.match(titled("Визит Путина")).map((match) => match.chatKey).sort()).toEqual(["tg:1", "tg:2"]);
    expect(index.match(titled("Пути сообщения")).map((match) => match.chatKey)).toEqual(["tg:2"]);
  });
});

describe("prefix follows: what /follow accepts", () => {
  it("accepts a * at the end of the last word of a topic or alias, and keeps Путин* and Путин apart", () => {
    expect(parseFollowNames("Путин* | Putin*")).toEqual({ topic: "Путин*", aliases: ["Putin*"], aliasesGiven: true });
    expect(parseFollowNames("Путин* | ПУТИН*").aliases).toEqual([]);
    expect(parseFollowNames("Путин* | Путин").aliases).toEqual(["Путин"]);
    expect(followIdOf("Путин*")).toBe("путин*");
    expect(followIdOf("Владимир  Путин*")).toBe("владимир путин*");
    expect(followIdOf("Путин")).toBe("путин");
  });

  it.each([
    ["Пу*", "\"Пу*\" is not a follow newsdesk can match. A word ending in * needs at least 3 letters or digits before the *, or it would match almost every story. Try /follow Путин*."],
    ["a*", "\"a*\" is not a follow newsdesk can match. A word ending in * needs at least 3 letters or digits before the *, or it would match almost every story. Try /follow Путин*."],
    ["Владимир Пу*", "\"Владимир Пу*\" is not a follow newsdesk can match. A word ending in * needs at least 3 letters or digits before the *, or it would match almost every story. Try /follow Путин*."],
  ])("refuses %s: too short a stem", (input, message) => {
    const error = refusalOf(input);
    expect(error.code).toBe("prefix-too-short");
    expect(refusalText(error)).toBe(message);
  });

  it.each(["Pu*tin", "*Putin", "Putin**", "Putin *", "Путин* Владимир", "*"])("refuses %s: a * only ends the last word", (input) => {
    const error = refusalOf(input);
    expect(error.code).toBe("invalid-prefix");
    expect(refusalText(error)).toMatch(/^".+" is not a follow newsdesk can match\. A \* may only end the last word of a name, as in Путин\*, to match every word starting with it\. Try \/follow Путин\* \| Putin\*\.$/u);
  });

  it("refuses a stop word as a stem like the word itself", () => {
    expect(refusalOf("the*").code).toBe("topic-too-common");
    expect(refusalOf("Путин* | Пу*").code).toBe("prefix-too-short");
  });
});
