/**
 * Digests on demand: a section's stories since the chat's previous digest, and the latest stories.
 */
import { composeLatest } from "../../briefings/compose-latest.js";
import { composeSectionDigest } from "../../briefings/compose-section-digest.js";
import type { BriefingDocument } from "./briefing-document.js";
import type { ChatSettingsService } from "./chat-settings-service.js";
import { FEEDS_LOADING_TEXT, type FeedsLoading } from "./feeds-loading.js";
import type { Article, ChatRef } from "./model.js";
import { summaryLines } from "./summary-lines.js";
import type { ArticleStore, Clock } from "./ports.js";
import type { SectionCatalog } from "./section-catalog.js";
import type { StoryGrouper } from "./story.js";

/** How long an empty digest waits for feeds that are still loading before saying so. */
const LOADING_WAIT_MS = 2_000;

/** Most articles read from the store for one digest before grouping and ranking. */
const MAX_CANDIDATES = 300;

/** Builds digests for chats. */
export class DigestService {
  readonly #dependencies: DigestDependencies;

  constructor(dependencies: DigestDependencies) {
    this.#dependencies = dependencies;
  }

  /** The section's digest for this chat; records it so the next digest starts after it. */
  async sectionDigest(chat: ChatRef, sectionInput: string): Promise<BriefingDocument> {
    const { articles, chats, catalog, clock, groupStories, digestSize } = this.#dependencies;
    const section = catalog.resolve(sectionInput);
    const settings = await chats.get(chat);
    const since = settings.lastDigestAt[section.id];
    const now = clock.now();
    const read = async () =>
      (await articles.listSection(section.id, since ?? 0, MAX_CANDIDATES)).filter((article) => since === undefined || article.firstSeenAt > since);
    let candidates = await read();
    const loading = this.#dependencies.feedsLoading;
    if (candidates.length === 0 && loading?.loading) {
      await loading.settled(LOADING_WAIT_MS);
      candidates = await read();
    }
    const stories = groupStories(candidates, now);
    const document = composeSectionDigest({
      section,
      stories,
      summaries: await summaryLines(stories.slice(0, digestSize), this.#dependencies.summarize),
      ...(since === undefined ? {} : { since }),
      now,
      timeZone: settings.briefing.timezone,
      limit: digestSize,
    });
    // Nothing yet because the feeds are still loading: say so, and leave the digest window where it was.
    if (stories.length === 0 && loading?.loading) return whileLoading(document);
    await chats.markDigested(chat, [section.id], now);
    return document;
  }

  /** The newest stories of the chat's sections (all sections when it has none). */
  async latest(chat: ChatRef, limit: number): Promise<BriefingDocument> {
    const { articles, chats, catalog, clock, groupStories } = this.#dependencies;
    const settings = await chats.get(chat);
    const sectionIds = settings.sections.length > 0 ? new Set(settings.sections) : undefined;
    const read = async () => (await articles.listRecent(0, MAX_CANDIDATES)).filter((article) => !sectionIds || sectionIds.has(article.sectionId));
    let recent = await read();
    const loading = this.#dependencies.feedsLoading;
    if (recent.length === 0 && loading?.loading) {
      await loading.settled(LOADING_WAIT_MS);
      recent = await read();
    }
    const now = clock.now();
    const stories = groupStories(recent, now);
    const document = composeLatest({
      stories,
      sectionTitles: new Map(catalog.all().map((section) => [section.id, section.title])),
      scope: sectionIds ? "your sections" : "all sections",
      now,
      limit,
    });
    return stories.length === 0 && loading?.loading ? whileLoading(document) : document;
  }
}

/** An empty digest made while the feeds load: its empty sections say so. */
function whileLoading(document: BriefingDocument): BriefingDocument {
  return { ...document, sections: document.sections.map((section) => (section.items.length === 0 ? { ...section, emptyText: FEEDS_LOADING_TEXT } : section)) };
}

/** What a {@link DigestService} needs. */
export interface DigestDependencies {
  articles: ArticleStore;
  chats: ChatSettingsService;
  catalog: SectionCatalog;
  clock: Clock;
  groupStories: StoryGrouper;
  digestSize: number;
  /** The summary line of a story's article; absent: the feed's own teaser. */
  summarize?: (article: Article) => Promise<string>;
  /** Start-up's first fetch of the feeds; absent: loaded. */
  feedsLoading?: FeedsLoading;
}
