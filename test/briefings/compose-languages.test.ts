/**
 * The composers write every phrase of a document in the chat's language: alert batches with
 * Russian plural forms, follow reasons, briefings (empty sections, follows, the "more" footer, a
 * chat with nothing set up). Pure: messages from the shipped catalogues, no platform.
 */
import { describe, expect, it } from "vitest";
import { composeAlert, composeAlertBatch, matchReason } from "../../briefings/compose-alert.js";
import { composeBriefing } from "../../briefings/compose-briefing.js";
import { composeLatest } from "../../briefings/compose-latest.js";
import { loadTranslator } from "../../src/adapters/i18n/fluent-translator.js";
import type { Wording } from "../../src/core/digests/briefing-document.js";
import { textIn } from "../../src/core/shared/translator.js";
import { buildStory } from "../../src/core/stories/cluster-stories.js";
import { makeArticle } from "../fakes/summary-fakes.js";

const translator = loadTranslator();
const wording = (language: string): Wording => ({ language, text: textIn(translator, language) });
const now = Date.UTC(2026, 11, 3, 12, 0);

describe("follow alerts in the chat's language", () => {
  it("gives the reason in the language, with an alias where one matched", () => {
    const match = { topic: "APT31", matchedName: "Zirconium", field: "summary" } as const;
    expect(matchReason(match, wording("en").text)).toBe("mentions Zirconium, also known as APT31, in the summary");
    expect(matchReason(match, wording("de").text)).toBe("erwähnt Zirconium, auch bekannt als APT31, in der Zusammenfassung");
    expect(matchReason({ ...match, matchedName: "APT31", field: "title" }, wording("ru").text)).toBe("упоминает APT31 в заголовке");
    expect(matchReason({ ...match, field: "tags" }, wording("ru").text)).toBe("упоминает Zirconium (он же APT31) в тегах");
  });

  it("counts held-back alerts with Russian plural forms", () => {
    const entries = (count: number) => Array.from({ length: count }, (_, index) => ({ article: makeArticle(`a${index}`, { publishedAt: now - 3_600_000 }), reason: "упоминает APT31 в заголовке" }));
    const subtitle = (count: number) => composeAlertBatch(entries(count), now, 20, wording("ru")).subtitle;
    expect(subtitle(1)).toBe("1 новость отложена, чтобы не заваливать чат сообщениями");
    expect(subtitle(3)).toBe("3 новости отложены, чтобы не заваливать чат сообщениями");
    expect(subtitle(5)).toBe("5 новостей отложено, чтобы не заваливать чат сообщениями");
    expect(subtitle(21)).toBe("21 новость отложена, чтобы не заваливать чат сообщениями");
    const batch = composeAlertBatch(entries(25), now, 20, wording("ru"));
    expect(batch.title).toBe("Ещё новости по темам, за которыми вы следите");
    expect(batch.footer).toBe("Ещё 5 новостей не показано.");
    expect(batch.language).toBe("ru");
    expect(batch.sections[0]?.items[0]?.detail).toBe("1 ч назад");
    expect(composeAlertBatch(entries(2), now, 20, wording("en")).subtitle).toBe("2 stories held back to avoid flooding this chat");
  });

  it("titles a single alert in the language and marks the document with it", () => {
    const alert = composeAlert(makeArticle("b1", { publishedAt: now - 2 * 3_600_000 }), "erwähnt Haushalt im Titel", now, wording("de"));
    expect(alert).toMatchObject({ title: "Themenmeldung", language: "de" });
    expect(alert.sections[0]?.items[0]).toMatchObject({ reason: "erwähnt Haushalt im Titel", detail: "vor 2 Std." });
  });
});

describe("briefings and /latest in the chat's language", () => {
  const base = { since: now - 86_400_000, now, timeZone: "Europe/Berlin", storiesPerSection: 5, maxFollowItems: 10 };

  it("writes a chat with nothing set up, and one with nothing new, in German", () => {
    const empty = composeBriefing({ ...base, ...wording("de"), sections: [], follows: [] });
    expect(empty.title).toBe("Dein Briefing — Donnerstag, 3. Dezember");
    expect(empty.subtitle).toBe("Nichts seit Mi., 2. Dez., 13:00");
    expect(empty.sections[0]?.emptyText).toBe("Dieser Chat hat noch keine Rubriken oder Themen. Siehe /sections und /follow.");
    const quiet = composeBriefing({ ...base, ...wording("de"), sections: [{ section: { id: "world", title: "World" }, stories: [] }], follows: [] });
    expect(quiet.sections[0]?.emptyText).toBe("Nichts Neues in World.");
  });

  it("heads the follows and offers more in Russian", () => {
    const article = makeArticle("c1", { publishedAt: now - 3_600_000, firstSeenAt: now - 3_600_000 });
    const stories = Array.from({ length: 7 }, (_, index) => {
      const member = makeArticle(`s${index}`, { title: `Story ${"abcdefg"[index]!.repeat(6)}`, publishedAt: now - 3_600_000, firstSeenAt: now - 3_600_000 });
      return buildStory([member], member);
    });
    const briefing = composeBriefing({ ...base, ...wording("ru"), sections: [{ section: { id: "world", title: "World" }, stories }], follows: [{ article, reason: "упоминает APT31 в заголовке" }] });
    expect(briefing.sections.map((section) => section.heading)).toEqual(["World", "Темы, за которыми вы следите"]);
    expect(briefing.footer).toBe("Ещё: World (2) /more world");
    expect(briefing.subtitle).toMatch(/^6 новостей · опубликовано \d\d:\d\d$/u);
    expect(briefing.language).toBe("ru");
  });

  it("writes /latest in French (French counts 0 as singular)", () => {
    const latest = composeLatest({ ...wording("fr"), stories: [], sectionTitles: new Map(), scope: "all", now, limit: 5 });
    expect(latest).toMatchObject({ title: "Derniers articles", subtitle: "0 article · toutes les rubriques", language: "fr" });
    expect(latest.sections[0]?.emptyText).toBe("Pas encore d’articles. Ils arrivent à mesure que les flux sont consultés.");
  });
});
