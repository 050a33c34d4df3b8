/**
 * The newest stories across sections, newest first by the best date known (undated backfill last),
 * each tagged with its section.
 */
import type { BriefingDocument, Wording } from "../src/core/digests/briefing-document.js";
import { compareIds, storyDateOf, type Story } from "../src/core/stories/story.js";
import { storyItem } from "./compose-section-digest.js";

/** What the latest-stories list is composed from. */
export interface LatestInput extends Wording {
  stories: readonly Story[];
  sectionTitles: ReadonlyMap<string, string>;
  /** Which sections are included: the chat's, or all. */
  scope: "yours" | "all";
  now: number;
  limit: number;
}

/** Composes the latest stories, newest first. */
export function composeLatest(input: LatestInput): BriefingDocument {
  // Newest by the best date known; stories of unknown date (undated backfill) last.
  const dateOf = (story: Story) => storyDateOf(story) ?? -Infinity;
  const shown = [...input.stories].sort((left, right) => dateOf(right) - dateOf(left) || compareIds(left.id, right.id)).slice(0, input.limit);
  const { text } = input;
  return {
    kind: "briefing",
    language: input.language,
    title: text("latest-title"),
    subtitle: `${text("story-count", { count: shown.length })} · ${text(input.scope === "yours" ? "latest-scope-yours" : "latest-scope-all")}`,
    sections: [
      {
        items: shown.map((story) => {
          const item = storyItem(story, input.now, input);
          const section = input.sectionTitles.get(story.representative.sectionId) ?? story.representative.sectionId;
          return { ...item, detail: item.detail ? `${section} · ${item.detail}` : section };
        }),
        emptyText: text("latest-empty"),
      },
    ],
  };
}
