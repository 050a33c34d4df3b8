/**
 * The newest stories across sections, newest first by the best date known (undated backfill last),
 * each tagged with its section.
 */
import type { BriefingDocument } from "../src/core/digests/briefing-document.js";
import { compareIds, storyDateOf, type Story } from "../src/core/stories/story.js";
import { storyItem } from "./compose-section-digest.js";
import { plural } from "../src/core/shared/format-time.js";

/** What the latest-stories list is composed from. */
export interface LatestInput {
  stories: readonly Story[];
  sectionTitles: ReadonlyMap<string, string>;
  /** Plain words saying which sections are included. */
  scope: string;
  now: number;
  limit: number;
}

/** Composes the latest stories, newest first. */
export function composeLatest(input: LatestInput): BriefingDocument {
  // Newest by the best date known; stories of unknown date (undated backfill) last.
  const dateOf = (story: Story) => storyDateOf(story) ?? -Infinity;
  const shown = [...input.stories].sort((left, right) => dateOf(right) - dateOf(left) || compareIds(left.id, right.id)).slice(0, input.limit);
  return {
    kind: "briefing",
    title: "Latest stories",
    subtitle: `${plural(shown.length, "story", "stories")} · ${input.scope}`,
    sections: [
      {
        items: shown.map((story) => {
          const item = storyItem(story, input.now);
          const section = input.sectionTitles.get(story.representative.sectionId) ?? story.representative.sectionId;
          return { ...item, detail: item.detail ? `${section} · ${item.detail}` : section };
        }),
        emptyText: "No stories yet. They arrive as the feeds are polled.",
      },
    ],
  };
}
