/**
 * What commands may use: the core's services, never an adapter or SDK.
 */
import type { BriefingService } from "../digests/briefing-service.js";
import type { ChatSettingsService } from "../chats/chat-settings-service.js";
import type { ChatSourcesService } from "../chats/chat-sources.js";
import type { CommandDefinition } from "./command.js";
import type { DigestService } from "../digests/digest-service.js";
import type { Article } from "../articles/article.js";
import type { FeedState } from "../feeds/feed.js";
import type { OperatorControls } from "./operator.js";
import type { ArticleStore } from "../articles/article-ports.js";
import type { Clock } from "../shared/ports.js";
import type { SectionCatalog } from "../feeds/section-catalog.js";
import type { LinkQuotaPolicy, LinkQuotaVerdict } from "../summaries/link-quota.js";
import type { SummarySource } from "../summaries/summary-ports.js";
import type { Translator } from "../shared/translator.js";

/** Services handed to every command's `run`. */
export interface CommandServices {
  catalog: SectionCatalog;
  chats: ChatSettingsService;
  /** The chat's own feeds (`/source`). */
  sources: ChatSourcesService;
  digests: DigestService;
  briefings: BriefingService;
  articles: ArticleStore;
  clock: Clock;
  /** Article summaries (model or extractive), cached per article. */
  summaries: {
    /**
     * `chargeTo`: the chat whose share of the daily token budget a model call draws on. `language`
     * of the result: the language the text is actually in (an extract keeps the article's).
     */
    summarizeArticle(article: Article, language?: string, chargeTo?: string): Promise<{ text: string; source: SummarySource; language?: string }>;
    /** The language a chat's summaries are written in (its chosen one, else `SUMMARY_LANGUAGE`). */
    languageFor(reader: { language: string; languageFrom?: string }): string;
  };
  /** Limits on summaries of new links per person and per chat; absent: no limit. */
  linkQuota?: { take(userKey: string, chatKey: string): Promise<LinkQuotaVerdict>; readonly policy?: LinkQuotaPolicy };
  /** A stored article by id or by link (canonicalised); undefined when not stored. */
  findArticle(idOrUrl: string): Promise<Article | undefined>;
  /** Reads a page that is not among the stored articles (address policy applies); undefined when unreadable. */
  readPage(url: string): Promise<Article | undefined>;
  /** Poller state of the failing feeds (an index: never every feed), longest failing first, at most `limit`. */
  failingFeeds(limit: number): Promise<FeedState[]>;
  /** Poller state of these feeds (a chat's sections' feeds, for /status). */
  feedStates(urls: readonly string[]): Promise<FeedState[]>;
  /** The operators' controls (/admin); absent: nobody is an owner. */
  operator?: OperatorControls;
  /** Answers in the chat's language (the shipped catalogues). */
  translator: Translator;
  /** The registry, for /help. */
  commands(): readonly CommandDefinition[];
}
