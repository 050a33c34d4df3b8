/**
 * A chat's briefing: its sections' top stories and its follow matches since the previous briefing
 * (or the last 24 hours), composed by `briefings/compose-briefing`.
 */
import { composeBriefing } from "../../../briefings/compose-briefing.js";
import { matchReason } from "../../../briefings/compose-alert.js";
import type { BriefingDocument } from "./briefing-document.js";
import type { ChatSettingsService } from "../chats/chat-settings-service.js";
import { createFollowIndex } from "../follows/follow-index.js";
import type { Article } from "../articles/article.js";
import type { ChatRef } from "../chats/chat.js";
import type { Follow } from "../follows/follow.js";
import type { ArticleStore } from "../articles/article-ports.js";
import type { Clock } from "../shared/ports.js";
import { isVisibleTo, listMine, mineSection } from "../chats/mine-section.js";
import type { SectionCatalog } from "../feeds/section-catalog.js";
import { STORIES_PER_OUTLET, spreadOutlets } from "../stories/rank-stories.js";
import type { Story, StoryGrouper } from "../stories/story.js";
import { readerSummaries, summaryLines, type ArticleSummaryLine, type SummaryReaderSettings } from "../summaries/summary-lines.js";
import { type TextOf, type Translator, textIn } from "../shared/translator.js";

const DAY = 86_400_000;
const MAX_CANDIDATES = 300;

/** What a {@link BriefingService} needs. */
export interface BriefingDependencies {
  articles: ArticleStore;
  chats: ChatSettingsService;
  catalog: SectionCatalog;
  clock: Clock;
  groupStories: StoryGrouper;
  storiesPerSection: number;
  /** Optional overview of the briefing's top stories (e.g. a summary) for a chat (in its language); absent: no overview. */
  overview?: (stories: Article[], reader: SummaryReaderSettings) => Promise<string | undefined>;
  /** The summary line of a story's article for a chat (in its language); absent: the feed's own teaser. */
  summarize?: ArticleSummaryLine;
  /** Keeps a section's stories the briefing did not show, for `/more <section>`; absent: not kept. */
  keepRest?: (chat: ChatRef, sectionId: string, shown: readonly Story[], rest: readonly Story[]) => Promise<void>;
  /** The briefing's header in the chat's language. */
  translator: Translator;
}

/** Builds briefings. */
export class BriefingService {
  readonly #dependencies: BriefingDependencies;

  constructor(dependencies: BriefingDependencies) {
    this.#dependencies = dependencies;
  }

  /** The chat's briefing now; records it so that the next one starts here. */
  async briefing(chat: ChatRef): Promise<BriefingDocument> {
    const document = await this.compose(chat);
    await this.#dependencies.chats.markBriefed(chat, this.#dependencies.clock.now());
    return document;
  }

  /** The chat's briefing now, without recording it (the scheduler records it once it is queued). */
  async compose(chat: ChatRef): Promise<BriefingDocument> {
    const { articles, chats, catalog, clock, groupStories, storiesPerSection } = this.#dependencies;
    const settings = await chats.get(chat);
    const now = clock.now();
    const since = settings.lastBriefingAt ?? now - DAY;
    const isNew = (article: Article) => article.firstSeenAt > since || article.publishedAt > since;
    const { translator } = this.#dependencies;
    const language = translator.resolve(settings.language) ?? translator.fallback;
    const text = textIn(translator, language);
    const sections = [];
    for (const id of settings.sections) {
      const section = catalog.get(id);
      if (!section) continue;
      const candidates = (await articles.listSection(id, since, MAX_CANDIDATES)).filter(isNew);
      sections.push({ section, stories: spreadOutlets(groupStories(candidates, now), storiesPerSection, STORIES_PER_OUTLET) });
    }
    if (settings.sources && settings.sources.length > 0) {
      const candidates = (await listMine(articles, settings.sources, (url) => catalog.sectionOfFeed(url), since, MAX_CANDIDATES)).filter(isNew);
      sections.push({ section: mineSection(settings.sources, text), stories: spreadOutlets(groupStories(candidates, now), storiesPerSection, STORIES_PER_OUTLET) });
    }
    const follows = (await this.#followMatches(settings.follows, since, now, text)).filter(({ article }) => isVisibleTo(article, settings.sources ?? []));
    const top = sections.flatMap(({ stories }) => stories.slice(0, 2).map((story) => story.representative));
    const overview = top.length > 0 ? await this.#dependencies.overview?.(top, settings).catch(() => undefined) : undefined;
    const shown = sections.flatMap(({ stories }) => stories.slice(0, storiesPerSection));
    for (const { section, stories } of sections) {
      if (stories.length > storiesPerSection) await this.#dependencies.keepRest?.(chat, section.id, stories.slice(0, storiesPerSection), stories.slice(storiesPerSection));
    }
    const document = composeBriefing({
      sections,
      summaries: await summaryLines(shown, readerSummaries(this.#dependencies.summarize, settings)),
      follows,
      ...(overview ? { overview } : {}),
      since,
      now,
      timeZone: settings.briefing.timezone,
      storiesPerSection,
      maxFollowItems: 10,
      language,
      text,
    });
    return document;
  }

  async #followMatches(follows: readonly Follow[], since: number, now: number, text: TextOf): Promise<{ article: Article; reason: string }[]> {
    if (follows.length === 0) return [];
    const index = createFollowIndex();
    index.setChatFollows("chat", follows);
    const recent = await this.#dependencies.articles.listRecent(since, MAX_CANDIDATES);
    const matched: { article: Article; reason: string }[] = [];
    for (const story of this.#dependencies.groupStories(recent, now)) {
      const hit = story.articles.map((article) => ({ article, match: index.match(article)[0] })).find((entry) => entry.match);
      if (hit?.match) matched.push({ article: hit.article, reason: matchReason(hit.match, text) });
    }
    return matched;
  }
}
