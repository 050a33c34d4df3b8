/**
 * The digest of one section: its top stories since the chat's previous digest, merged stories listing
 * every outlet that carried them. Pure: articles and options in, BriefingDocument out.
 */
import type { BriefingDocument, BriefingItem } from "../src/core/briefing-document.js";
import type { Section } from "../src/core/model.js";
import type { Story } from "../src/core/story.js";
import { formatAge, formatLocalTime, plural } from "./format-time.js";

/** What a digest is composed from. */
export interface SectionDigestInput {
  section: Pick<Section, "id" | "title">;
  /** Ranked stories, best first. */
  stories: readonly Story[];
  /** Start of the window (the previous digest), when there was one. */
  since?: number;
  now: number;
  timeZone: string;
  /** Most stories shown. */
  limit: number;
  /** Summary line per article id; the feed's teaser when absent. */
  summaries?: ReadonlyMap<string, string>;
}

/** Composes a section digest. */
export function composeSectionDigest(input: SectionDigestInput): BriefingDocument {
  const shown = input.stories.slice(0, input.limit);
  const sinceText = input.since === undefined ? "latest stories" : `since ${formatLocalTime(input.since, input.now, input.timeZone)}`;
  const more = input.stories.length - shown.length;
  return {
    kind: "briefing",
    title: `${input.section.title} digest`,
    subtitle: `${plural(shown.length, "story", "stories")} · ${sinceText}`,
    sections: [
      {
        items: shown.map((story) => storyItem(story, input.now, input.summaries)),
        emptyText:
          input.since === undefined
            ? `No ${input.section.title} stories yet. New ones arrive as the feeds are polled.`
            : `Nothing new in ${input.section.title} since ${formatLocalTime(input.since, input.now, input.timeZone)}.`,
      },
    ],
    ...(more > 0 ? { footer: `${plural(more, "more story", "more stories")} not shown.` } : {}),
  };
}

/** One story as a document item: lead title and link, summary, every outlet. */
export function storyItem(story: Story, now: number, summaries?: ReadonlyMap<string, string>): BriefingItem {
  const lead = story.representative;
  const summary = summaries?.get(lead.id) ?? teaser(lead.summary);
  return {
    title: lead.title,
    url: lead.url,
    ...(summary ? { summary } : {}),
    sources: distinctSources(story),
    publishedAt: lead.publishedAt,
    articleId: lead.id,
    detail: formatAge(lead.publishedAt, now),
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
