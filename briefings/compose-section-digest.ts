/**
 * The digest of one section, a page at a time: the top stories the chat has not seen, merged stories
 * listing every outlet that carried them. Pure: articles and options in, BriefingDocument out.
 */
import type { BriefingDocument, BriefingItem, Wording } from "../src/core/digests/briefing-document.js";
import type { Section } from "../src/core/feeds/feed.js";
import { type Story, storyDateOf } from "../src/core/stories/story.js";
import { describeDates, formatAge, formatLocalTime } from "../src/core/shared/format-time.js";

/** What a digest page is composed from. */
export interface SectionDigestInput {
  section: Pick<Section, "id" | "title">;
  /** The page's stories, in the order shown. */
  stories: readonly Story[];
  /** Stories shown by earlier pages of the same digest (0 for the digest itself). */
  offset: number;
  /** Stories of the digest left after this page (reachable with /more). */
  remaining: number;
  /** The section's mark (every story first seen before it was shown), when there is one. */
  since?: number;
  now: number;
  timeZone: string;
  /** Summary line per article id; the feed's teaser when absent. */
  summaries?: ReadonlyMap<string, string>;
  /** The chat's language and messages: every phrase of the page is theirs, dates and ages are Intl's for the language. */
  text: Wording["text"];
  language: string;
}

/**
 * Composes a page of a section digest. The header counts and dates exactly the stories under it;
 * when stories are left, the footer says how many and how to page on, and the document offers
 * "More" (`more`), which adapters render as a button running `/more <section>`.
 */
export function composeSectionDigest(input: SectionDigestInput): BriefingDocument {
  const { stories, offset, remaining } = input;
  const total = offset + stories.length + remaining;
  const { text, language } = input;
  const count =
    offset > 0
      ? text("digest-later-page", { count: stories.length, first: offset + 1, last: offset + stories.length, total })
      : remaining > 0
        ? text("digest-first-page", { shown: stories.length, total })
        : text("story-count", { count: stories.length });
  const dates = describeDates(stories.map(storyDateOf), input.now, input.timeZone, text, language);
  const empty =
    input.since === undefined
      ? text("digest-empty", { section: input.section.title })
      : text("digest-empty-since", { section: input.section.title, time: formatLocalTime(input.since, input.now, input.timeZone, language) });
  return {
    kind: "briefing",
    language,
    title: text(offset > 0 ? "digest-title-continued" : "digest-title", { section: input.section.title }),
    subtitle: stories.length > 0 && dates ? `${count} · ${dates}` : count,
    sections: [{ items: stories.map((story) => storyItem(story, input.now, input, input.summaries)), emptyText: empty }],
    ...(remaining > 0
      ? { footer: text("digest-more", { count: remaining, section: input.section.id }), more: [{ sectionId: input.section.id, title: input.section.title }] }
      : {}),
  };
}

/**
 * One story as a document item: lead title and link, summary, every outlet, and its age by the best
 * date known (the newest of its articles'), or "date unknown", in the chat's language.
 */
export function storyItem(story: Story, now: number, wording: Wording, summaries?: ReadonlyMap<string, string>): BriefingItem {
  const lead = story.representative;
  const summary = summaries?.get(lead.id) ?? teaser(lead.summary);
  const date = storyDateOf(story);
  return {
    title: lead.title,
    url: lead.url,
    ...(summary ? { summary } : {}),
    sources: distinctSources(story),
    ...(date === undefined ? {} : { publishedAt: date }),
    articleId: lead.id,
    detail: date === undefined ? wording.text("story-date-unknown") : formatAge(date, now, wording.language),
  };
}

/** One entry per outlet, the representative's first. */
function distinctSources(story: Story): { name: string; url: string }[] {
  const seen = new Set<string>();
  return [story.representative, ...story.articles].flatMap((article) => {
    const key = article.source.toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ name: article.source, url: article.url }];
  });
}

/** A feed teaser cut to a digest line (about two sentences), at a word boundary. */
export function teaser(text: string, maxChars = 300): string {
  const clean = text.replace(/\s+/gu, " ").trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars);
  const boundary = cut.lastIndexOf(" ");
  return `${cut.slice(0, boundary > maxChars / 2 ? boundary : maxChars).trimEnd()}…`;
}
