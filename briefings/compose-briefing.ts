/**
 * The morning briefing of one chat: an optional overview, then each subscribed section's top stories,
 * then the stories that mention what the chat follows. Pure.
 */
import type { BriefingDocument, BriefingSection, Wording } from "../src/core/digests/briefing-document.js";
import type { Article } from "../src/core/articles/article.js";
import type { Section } from "../src/core/feeds/feed.js";
import { type Story, bestDateOf } from "../src/core/stories/story.js";
import { storyItem } from "./compose-section-digest.js";
import { dateTimeFormat, describeDates, formatAge, formatLocalTime } from "../src/core/shared/format-time.js";
import type { TextOf } from "../src/core/shared/translator.js";

function ageOf(date: number | undefined, now: number, wording: Wording): string {
  return date === undefined ? wording.text("story-date-unknown") : formatAge(date, now, wording.language);
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
  /** The chat's messages: every phrase of the briefing is theirs. */
  text: TextOf;
}

/** Composes a briefing. */
export function composeBriefing(input: BriefingInput): BriefingDocument {
  const { text, language } = input;
  const sections: BriefingSection[] = input.sections.map(({ section, stories }) => ({
    heading: section.title,
    items: stories.slice(0, input.storiesPerSection).map((story) => storyItem(story, input.now, input, input.summaries)),
    emptyText: text("briefing-section-empty", { section: section.title }),
  }));
  if (input.follows.length > 0) {
    sections.push({
      heading: text("briefing-follows-heading"),
      items: input.follows.slice(0, input.maxFollowItems).map(({ article, reason }) => ({
        title: article.title,
        url: article.url,
        sources: [{ name: article.source, url: article.url }],
        ...(bestDateOf(article) === undefined ? {} : { publishedAt: bestDateOf(article) }),
        articleId: article.id,
        reason,
        detail: ageOf(bestDateOf(article), input.now, input),
      })),
    });
  }
  const items = sections.flatMap((section) => section.items);
  const dates = describeDates(items.map((item) => item.publishedAt), input.now, input.timeZone, text, language);
  // English dates stay British ("Thursday 3 December"), as before languages; the formatter is cached.
  const date = dateTimeFormat("longDate", input.timeZone, language).format(input.now);
  const more = input.sections
    .filter(({ stories }) => stories.length > input.storiesPerSection)
    .map(({ section, stories }) => ({ sectionId: section.id, title: section.title, count: stories.length - input.storiesPerSection }));
  return {
    kind: "briefing",
    language,
    title: text("briefing-title", { date }),
    subtitle: items.length > 0 ? `${text("story-count", { count: items.length })} · ${dates}` : text("briefing-nothing-since", { time: formatLocalTime(input.since, input.now, input.timeZone, language) }),
    ...(more.length > 0
      ? {
          footer: text("briefing-more", { list: more.map(({ sectionId, title, count }) => text("briefing-more-entry", { section: title, count, id: sectionId })).join(" · ") }),
          more: more.map(({ sectionId, title }) => ({ sectionId, title })),
        }
      : {}),
    ...(input.overview ? { overview: input.overview } : {}),
    sections:
      sections.length > 0
        ? sections
        : [{ items: [], emptyText: text("briefing-nothing-set-up") }],
  };
}
