/**
 * Digests on demand: a section's top stories the chat has not seen, a page at a time (`/digest`,
 * then `/more`), and the latest stories.
 *
 * A digest ranks every candidate of its window (stories first seen after the section's mark, minus
 * those already shown, within {@link DIGEST_HORIZON_MS}), shows the first page and keeps the rest,
 * frozen, as the chat's cursor: `/more` shows the next page of that same list however many articles
 * arrive meanwhile. The mark advances only over what was shown, so the next digest starts with the
 * stories the chat has not seen.
 */
import { composeLatest } from "../../../briefings/compose-latest.js";
import { composeSectionDigest } from "../../../briefings/compose-section-digest.js";
import type { BriefingDocument, Wording } from "./briefing-document.js";
import type { ChatSettingsService } from "../chats/chat-settings-service.js";
import type { FeedsLoading } from "../feeds/feeds-loading.js";
import {
  CURSOR_TTL_MS,
  DIGEST_HORIZON_MS,
  type DigestCursor,
  type DigestState,
  type DigestStateStore,
  MAX_PENDING_STORIES,
  nextMark,
  pendingOf,
  restoreStory,
  updateSeen,
} from "./digest-pages.js";
import { KeyedMutex } from "../shared/keyed-mutex.js";
import { type TextOf, type Translator, message, textIn } from "../shared/translator.js";
import { listMine, MINE_SECTION_ID, mineSection } from "../chats/mine-section.js";
import { type ChatRef, chatKey } from "../chats/chat.js";
import { type Section } from "../feeds/feed.js";
import type { ArticleStore } from "../articles/article-ports.js";
import type { Clock } from "../shared/ports.js";
import type { SectionCatalog } from "../feeds/section-catalog.js";
import { STORIES_PER_OUTLET, spreadOutlets } from "../stories/rank-stories.js";
import type { Story, StoryGrouper } from "../stories/story.js";
import { readerSummaries, summaryLines, type ArticleSummaryLine, type SummaryReaderSettings } from "../summaries/summary-lines.js";
import { refuse } from "../shared/user-messages.js";

/** Most articles read from the store for one digest before grouping and ranking. */
const MAX_CANDIDATES = 300;
/** How long an empty digest waits for feeds that are still loading before saying so. */
const LOADING_WAIT_MS = 2_000;

/** The key of a chat's section in the {@link DigestStateStore}. */
export function digestStateKey(chat: ChatRef, sectionId: string): string {
  return `${chatKey(chat)}|${sectionId}`;
}

/** Builds digests for chats. */
export class DigestService {
  readonly #dependencies: DigestDependencies;
  readonly #mutex = new KeyedMutex();

  constructor(dependencies: DigestDependencies) {
    this.#dependencies = dependencies;
  }

  /** Stories per page of a digest. */
  get pageSize(): number {
    return this.#dependencies.digestSize;
  }

  /** The first page of the section's digest for this chat; keeps the rest for {@link more}. */
  async sectionDigest(chat: ChatRef, sectionInput: string): Promise<BriefingDocument> {
    const section = await this.#resolve(chat, sectionInput);
    return this.#mutex.run(digestStateKey(chat, section.id), () => this.#digest(chat, section));
  }

  /** The next page of the chat's latest digest (or briefing) of the section. */
  async more(chat: ChatRef, sectionInput: string): Promise<BriefingDocument> {
    const section = await this.#resolve(chat, sectionInput);
    return this.#mutex.run(digestStateKey(chat, section.id), () => this.#more(chat, section));
  }

  /** A configured section, or "mine": the chat's own feeds (refused when it has none). */
  async #resolve(chat: ChatRef, input: string): Promise<Section> {
    if (input.trim().toLowerCase() !== MINE_SECTION_ID) return this.#dependencies.catalog.resolve(input);
    const settings = await this.#dependencies.chats.get(chat);
    const sources = settings.sources ?? [];
    if (sources.length === 0) {
      throw refuse("no-sources", message("digest-no-sources"), message("digest-no-sources-add"), message("digest-no-sources-try"));
    }
    return mineSection(sources, this.#wording(settings.language).text);
  }

  /** The chat's language (a shipped one) and its messages, for the composers. */
  #wording(chatLanguage: string): Wording {
    const { translator } = this.#dependencies;
    const language = translator.resolve(chatLanguage) ?? translator.fallback;
    return { language, text: textIn(translator, language) };
  }

  async #digest(chat: ChatRef, section: Section): Promise<BriefingDocument> {
    const { articles, chats, clock, groupStories, digestSize, pages } = this.#dependencies;
    const key = digestStateKey(chat, section.id);
    const [settings, stored] = await Promise.all([chats.get(chat), pages.get(key)]);
    const mark = settings.lastDigestAt[section.id];
    const now = clock.now();
    const seen = stored && stored.mark === (mark ?? null) ? stored.seen : [];
    const seenIds = new Set(seen.map(([id]) => id));
    const horizon = now - DIGEST_HORIZON_MS;
    const read = async () => {
      const listed =
        section.id === MINE_SECTION_ID
          ? await listMine(articles, section.feeds, (url) => this.#dependencies.catalog.sectionOfFeed(url), mark ?? 0, MAX_CANDIDATES)
          : await articles.listSection(section.id, mark ?? 0, MAX_CANDIDATES);
      const fresh = listed.filter((article) => (mark === undefined || article.firstSeenAt > mark) && article.firstSeenAt > horizon && !seenIds.has(article.id));
      return { listed, candidates: fresh };
    };
    let { listed, candidates } = await read();
    const loading = this.#dependencies.feedsLoading;
    if (candidates.length === 0 && loading?.loading) {
      await loading.settled(LOADING_WAIT_MS);
      ({ listed, candidates } = await read());
    }
    // Nothing yet because the feeds are still loading: say so, and leave the digest window where it was.
    if (candidates.length === 0 && loading?.loading) {
      const wording = this.#wording(settings.language);
      return whileLoading(composeSectionDigest({ section, stories: [], offset: 0, remaining: 0, now, timeZone: settings.briefing.timezone, ...wording }), wording.text);
    }
    const ranked = spreadOutlets(groupStories(candidates, now), digestSize, STORIES_PER_OUTLET);
    const cursor: DigestCursor = {
      madeAt: now,
      origin: "digest",
      shown: 0,
      complete: listed.length < MAX_CANDIDATES && ranked.length <= MAX_PENDING_STORIES,
      pending: ranked.slice(0, MAX_PENDING_STORIES).map(pendingOf),
    };
    return this.#page({ chat, section, state: { mark: mark ?? null, seen }, cursor, stories: ranked.slice(0, digestSize), mark, timeZone: settings.briefing.timezone, language: settings.language, reader: settings });
  }

  async #more(chat: ChatRef, section: Section): Promise<BriefingDocument> {
    const { articles, chats, clock, digestSize, pages } = this.#dependencies;
    const [settings, state] = await Promise.all([chats.get(chat), pages.get(digestStateKey(chat, section.id))]);
    const cursor = state?.cursor;
    const now = clock.now();
    if (!state || !cursor || now - cursor.madeAt > CURSOR_TTL_MS) {
      throw refuse("no-digest", message("digest-nothing-to-continue", { section: section.title }), message("digest-start-one", { id: section.id }));
    }
    if (cursor.pending.length === 0) {
      throw refuse("digest-done", message("digest-all-seen", { section: section.title }), message("digest-see-since", { id: section.id }));
    }
    const page = cursor.pending.slice(0, digestSize);
    const byId = new Map((await articles.getMany(page.flatMap((story) => story.ids))).map((article) => [article.id, article]));
    const stories = page.flatMap((pending) => restoreStory(pending, byId) ?? []);
    const mark = settings.lastDigestAt[section.id];
    return this.#page({ chat, section, state, cursor, stories, mark, timeZone: settings.briefing.timezone, language: settings.language, reader: settings, taken: page.length });
  }

  /** Shows `stories` (the head of `cursor.pending`), records them as seen and moves the mark. */
  async #page(input: {
    chat: ChatRef;
    section: Section;
    state: DigestState;
    cursor: DigestCursor;
    stories: Story[];
    mark: number | undefined;
    timeZone: string;
    /** The chat's language, for the header. */
    language: string;
    /** The chat's language settings, for the summary lines. */
    reader: SummaryReaderSettings;
    /** Pending entries consumed (default: one per story). */
    taken?: number;
  }): Promise<BriefingDocument> {
    const { chats, clock, pages } = this.#dependencies;
    const { chat, section, cursor, stories, mark } = input;
    const now = clock.now();
    const rest: DigestCursor = { ...cursor, shown: cursor.shown + stories.length, pending: cursor.pending.slice(input.taken ?? stories.length) };
    const stateMatches = input.state.mark === (mark ?? null);
    const newMark = cursor.origin === "digest" ? nextMark(mark, rest, now) : mark;
    const shownArticles = stories.flatMap((story) => story.articles);
    const seen = updateSeen(stateMatches ? input.state.seen : [], shownArticles, newMark);
    const document = composeSectionDigest({
      section,
      stories,
      offset: cursor.shown,
      remaining: rest.pending.length,
      ...(mark === undefined ? {} : { since: mark }),
      now,
      timeZone: input.timeZone,
      summaries: await summaryLines(stories, readerSummaries(this.#dependencies.summarize, input.reader)),
      ...this.#wording(input.language),
    });
    await pages.set(digestStateKey(chat, section.id), { mark: newMark ?? null, seen, cursor: rest });
    if (newMark !== undefined && newMark !== mark) await chats.markDigested(chat, [section.id], newMark);
    return document;
  }

  /**
   * Keeps the stories of a briefing's section that it did not show, so that `/more <section>`
   * pages on from where the briefing stopped (the section's digest mark does not move).
   */
  async keepBriefingRest(chat: ChatRef, sectionId: string, shown: readonly Story[], rest: readonly Story[]): Promise<void> {
    const { pages, clock } = this.#dependencies;
    const key = digestStateKey(chat, sectionId);
    await this.#mutex.run(key, async () => {
      const state = (await pages.get(key)) ?? { mark: null, seen: [] };
      const cursor: DigestCursor = { madeAt: clock.now(), origin: "briefing", shown: shown.length, complete: false, pending: rest.slice(0, MAX_PENDING_STORIES).map(pendingOf) };
      await pages.set(key, { ...state, cursor });
    });
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
    const wording = this.#wording(settings.language);
    const document = composeLatest({
      stories,
      sectionTitles: new Map(catalog.all().map((section) => [section.id, section.title])),
      scope: sectionIds ? "yours" : "all",
      now,
      limit,
      ...wording,
    });
    return stories.length === 0 && loading?.loading ? whileLoading(document, wording.text) : document;
  }
}

/** An empty digest made while the feeds load: its empty sections say so (in the chat's language). */
function whileLoading(document: BriefingDocument, text: TextOf): BriefingDocument {
  return { ...document, sections: document.sections.map((section) => (section.items.length === 0 ? { ...section, emptyText: text("feeds-loading") } : section)) };
}

/** What a {@link DigestService} needs. */
export interface DigestDependencies {
  articles: ArticleStore;
  chats: ChatSettingsService;
  catalog: SectionCatalog;
  clock: Clock;
  groupStories: StoryGrouper;
  /** Stories per page. */
  digestSize: number;
  /** Seen stories and cursors per chat and section. */
  pages: DigestStateStore;
  /** The summary line of a story's article for a chat (in its language); absent: the feed's own teaser. */
  summarize?: ArticleSummaryLine;
  /** Start-up's first fetch of the feeds; absent: loaded. */
  feedsLoading?: FeedsLoading;
  /** The digest's header in the chat's language. */
  translator: Translator;
}
