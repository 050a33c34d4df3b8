/**
 * The morning briefing of one chat: an optional overview, then each subscribed section's top stories,
 * then the stories that mention what the chat follows. Pure.
 */
import type { BriefingDocument, BriefingSection } from "../src/core/digests/briefing-document.js";
import type { Article } from "../src/core/articles/article.js";
import type { Section } from "../src/core/feeds/feed.js";
import { type Story, bestDateOf } from "../src/core/stories/story.js";
import { storyItem } from "./compose-section-digest.js";
import { describeDates, formatAge, formatLocalTime } from "../src/core/shared/format-time.js";
import type { TextOf } from "../src/core/shared/translator.js";

function ageOf(date: number | undefined, now: number): string {
  return date === undefined ? "date unknown" : formatAge(date, now);
}

/** One section's part of a briefing. */
export interface BriefingSectionInput {
  section: Pick<Section, "id" | "title">;
  /** Ranked, best first. */
  stories: readonly Story[];
}

/** What a briefing is composed from. */
export interface BriefingInput {
  sections: readonly BriefingSectionInput[];
  follows: readonly { article: Article; reason: string }[];
  overview?: string;
  since: number;
  now: number;
  timeZone: string;
  storiesPerSection: number;
  maxFollowItems: number;
  /** Summary line per article id; the feed's teaser when absent. */
  summaries?: ReadonlyMap<string, string>;
  /** The chat's language (the title's date is written in it through Intl). */
  language: string;
  /** The chat's messages: the title and the story count are translated. */
  text: TextOf;
}

/** Composes a briefing. */
export function composeBriefing(input: BriefingInput): BriefingDocument {
  const sections: BriefingSection[] = input.sections.map(({ section, stories }) => ({
    heading: section.title,
    items: stories.slice(0, input.storiesPerSection).map((story) => storyItem(story, input.now, input.summaries)),
    emptyText: `Nothing new in ${section.title}.`,
  }));
  if (input.follows.length > 0) {
    sections.push({
      heading: "Topics you follow",
      items: input.follows.slice(0, input.maxFollowItems).map(({ article, reason }) => ({
        title: article.title,
        url: article.url,
        sources: [{ name: article.source, url: article.url }],
        ...(bestDateOf(article) === undefined ? {} : { publishedAt: bestDateOf(article) }),
        articleId: article.id,
        reason,
        detail: ageOf(bestDateOf(article), input.now),
      })),
    });
  }
  const items = sections.flatMap((section) => section.items);
  const dates = describeDates(items.map((item) => item.publishedAt), input.now, input.timeZone);
  // English dates stay British ("Thursday 3 December"), as before languages.
  const date = new Intl.DateTimeFormat(input.language === "en" ? "en-GB" : input.language, { timeZone: input.timeZone, weekday: "long", day: "numeric", month: "long" }).format(input.now);
  const more = input.sections
    .filter(({ stories }) => stories.length > input.storiesPerSection)
    .map(({ section, stories }) => ({ sectionId: section.id, title: section.title, count: stories.length - input.storiesPerSection }));
  return {
    kind: "briefing",
    title: input.text("briefing-title", { date }),
    subtitle: items.length > 0 ? `${input.text("story-count", { count: items.length })} · ${dates}` : `Nothing since ${formatLocalTime(input.since, input.now, input.timeZone)}`,
    ...(more.length > 0
      ? {
          footer: `More: ${more.map(({ sectionId, title, count }) => `${title} (${count}) /more ${sectionId}`).join(" · ")}`,
          more: more.map(({ sectionId, title }) => ({ sectionId, title })),
        }
      : {}),
    ...(input.overview ? { overview: input.overview } : {}),
    sections:
      sections.length > 0
        ? sections
        : [{ items: [], emptyText: "This chat has no sections or follows yet. See /sections and /follow." }],
  };
}
