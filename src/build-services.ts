/**
 * Part of the composition root: builds the core services on the store, feeds and AI adapters from
 * validated configuration. `main.ts` adds the chat platforms and the schedule.
 */
import { createHash } from "node:crypto";
import { commandRegistry } from "../commands/index.js";
import { buildChatSources } from "./build-chat-sources.js";
import { createAiSdkSummarizer } from "./adapters/ai/ai-sdk-summarizer.js";
import { createArticleTextSource } from "./adapters/ai/article-text.js";
import { createOpenAiModel } from "./adapters/ai/create-openai-model.js";
import { createExtractiveFallback } from "./adapters/ai/extractive-fallback.js";
import { findAddressRefusal, parseAllowList, type AllowEntry } from "./adapters/feeds/address-policy.js";
import { canonicalizeUrl } from "./adapters/feeds/canonical-url.js";
import type { Stores } from "./adapters/store/create-stores.js";
import { createKeyvDigestStateStore } from "./adapters/store/digest-state-store.js";
import { createKeyvSummaryCache } from "./adapters/store/summary-stores.js";
import type { Config } from "./config.js";
import { createOperatorControls, createReloadBoard } from "./operator-controls.js";
import { queuedDeliveriesOf } from "./core/delivery/cancel-queued.js";
import { gateModel, type ModelProbe } from "./start/probe-model.js";
import { BriefingService } from "./core/digests/briefing-service.js";
import { ChatSettingsService } from "./core/chats/chat-settings-service.js";
import type { ChatSourcesService } from "./core/chats/chat-sources.js";
import type { CommandServices } from "./core/commands/command-services.js";
import { quoteTyped, refuse } from "./core/shared/user-messages.js";
import { message } from "./core/shared/translator.js";
import { DigestService } from "./core/digests/digest-service.js";
import type { FeedsLoading } from "./core/feeds/feeds-loading.js";
import { FollowAlertService } from "./core/alerts/follow-alerts.js";
import { measureModelSummarizer } from "./core/summaries/measure-summarizer.js";
import { NO_METRICS, type Metrics } from "./core/shared/metrics.js";
import { chatKey } from "./core/chats/chat.js";
import { type Article } from "./core/articles/article.js";
import { type Section } from "./core/feeds/feed.js";
import type { Clock, Logger } from "./core/shared/ports.js";
import { SectionCatalog } from "./core/feeds/section-catalog.js";
import { LinkQuota } from "./core/summaries/link-quota.js";
import { memoizeStoryGrouper } from "./core/stories/memoize-grouper.js";
import { groupAndRankStories } from "./core/stories/group-stories.js";
import { digestKeyOf, SummaryService } from "./core/summaries/summary-service.js";
import type { ArticleSummaryLine } from "./core/summaries/summary-lines.js";
import { loadTranslator } from "./adapters/i18n/fluent-translator.js";

/** The services of one process. */
export interface Services {
  commandServices: CommandServices;
  briefings: BriefingService;
  catalog: SectionCatalog;
  chats: ChatSettingsService;
  /** The chats' own feeds (`/source`). */
  sources: ChatSourcesService;
  alerts: FollowAlertService;
  summaries: SummaryService;
  close(): Promise<void>;
}

/** The operator's FETCH_ALLOW_HOSTS (and its former name), parsed: what the fetch policy allows beyond public addresses. */
export function fetchAllowList(config: Config): AllowEntry[] {
  return parseAllowList([...config.FETCH_ALLOW_HOSTS, ...config.ARTICLE_FETCH_ALLOW_HOSTS]);
}

/** Loads every chat's follows into the alert index, a page of chats at a time. */
async function loadFollowIndex(subscriptions: Stores["subscriptions"], alerts: FollowAlertService): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const page = await subscriptions.listPage(after, 2_000);
    for (const settings of page) alerts.updateChat(settings);
    const last = page.at(-1);
    if (!last || page.length < 2_000) return;
    after = chatKey(last.chat);
  }
}

/** Builds every core service. */
export async function buildServices(options: {
  config: Config;
  sections: Section[];
  stores: Stores;
  clock: Clock;
  logger: Logger;
  instanceId: string;
  /** The summary model server's probe: while it has not answered, summaries are extractive without trying the model. */
  modelProbe?: Pick<ModelProbe, "reachable">;
  /** Start-up's first fetch of the feeds: empty digests meanwhile say the feeds are loading. */
  feedsLoading?: FeedsLoading;
  /** Where counters go (the metrics endpoint); default nowhere. */
  metrics?: Metrics;
}): Promise<Services> {
  const { config, stores, clock, logger } = options;
  const metrics = options.metrics ?? NO_METRICS;
  const catalog = new SectionCatalog(options.sections);
  // The shipped catalogues, read once (a catalogue that does not parse stops the start).
  const translator = loadTranslator();
  const chats = new ChatSettingsService(stores.subscriptions, catalog, clock, {
    defaultTimezone: config.DEFAULT_TIMEZONE,
    defaultBriefingTime: config.DEFAULT_BRIEFING_TIME,
    maxSectionsPerChat: config.MAX_SECTIONS_PER_CHAT,
    maxFollowsPerChat: config.MAX_FOLLOWS_PER_CHAT,
    resolveLanguage: (tag) => translator.resolve(tag),
  }, queuedDeliveriesOf(stores.outbox, logger, metrics));

  const chatSources = buildChatSources({ config, stores, chats, clock, allow: fetchAllowList(config) });
  const articleText = config.ARTICLE_FETCH
    ? createArticleTextSource({
        allow: fetchAllowList(config),
        timeoutMs: config.ARTICLE_FETCH_TIMEOUT_MS,
        debug: (context, message) => logger.debug(context, message),
      })
    : undefined;
  const model = config.SUMMARY_MODEL
    ? createOpenAiModel({ modelId: config.SUMMARY_MODEL, apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL })
    : undefined;
  const modelSummarizer = model
    ? measureModelSummarizer(createAiSdkSummarizer({ model, maxOutputTokens: config.SUMMARY_MAX_OUTPUT_TOKENS, maxChars: config.SUMMARY_MAX_CHARS }), metrics)
    : undefined;
  const summaries = new SummaryService({
    ...(modelSummarizer ? { model: options.modelProbe ? gateModel(modelSummarizer, options.modelProbe) : modelSummarizer } : {}),
    metrics,
    fallback: createExtractiveFallback({ maxChars: config.SUMMARY_MAX_CHARS }),
    cache: createKeyvSummaryCache(stores),
    budget: stores.tokenBudget(config.SUMMARY_DAILY_TOKEN_BUDGET, config.SUMMARY_CHAT_BUDGET_SHARE),
    ...(articleText ? { fullText: articleText } : {}),
    clock,
    logger,
    settings: {
      language: config.SUMMARY_LANGUAGE,
      concurrency: config.SUMMARY_CONCURRENCY,
      timeoutMs: config.SUMMARY_TIMEOUT_MS,
      maxChars: config.SUMMARY_MAX_CHARS,
      reservedOutputTokens: config.SUMMARY_MAX_OUTPUT_TOKENS,
      cacheTtlMs: config.ARTICLE_RETENTION_DAYS * 86_400_000,
    },
  });
  // Each chat's summaries in its language (SUMMARY_LANGUAGE for chats that never chose one): one
  // cached summary per article and language, shared by every chat reading in it.
  const summarize: ArticleSummaryLine = (article, reader) => summaries.summaryLine(article, summaries.languageFor(reader));

  // One grouping per distinct candidate list a minute: a briefing round's chats mostly share theirs.
  const storyOptions = { articles: stores.articles, chats, catalog, clock, groupStories: memoizeStoryGrouper(groupAndRankStories), summarize };
  const alerts = new FollowAlertService({
    articles: stores.articles,
    subscriptions: stores.subscriptions,
    ledger: stores.alertLedger(7 * 86_400_000),
    outbox: stores.outbox,
    clock,
    logger,
    policy: { maxPerHour: config.ALERTS_PER_HOUR, storyWindowMs: 48 * 3_600_000, maxBatchItems: 20 },
    instanceId: options.instanceId,
    metrics,
    translator,
  });
  await loadFollowIndex(stores.subscriptions, alerts);
  chats.onChange((settings) => alerts.updateChat(settings));

  const digests = new DigestService({
    translator,
    ...storyOptions,
    digestSize: config.DIGEST_SIZE,
    pages: createKeyvDigestStateStore(stores),
    ...(options.feedsLoading ? { feedsLoading: options.feedsLoading } : {}),
  });
  const briefings = new BriefingService({
    translator,
    ...storyOptions,
    keepRest: (chat, sectionId, shown, rest) => digests.keepBriefingRest(chat, sectionId, shown, rest),
    storiesPerSection: 5,
    overview: async (top, reader) => (model ? (await summaries.summarizeDigest(digestKeyOf(top.map((article) => article.id)), top, summaries.languageFor(reader))).text : undefined),
  });
  const commandServices: CommandServices = {
    catalog,
    chats,
    sources: chatSources.sources,
    digests,
    briefings,
    summaries,
    linkQuota: new LinkQuota(stores.rateCounters, clock, {
      perUserPerHour: config.SUMMARY_LINKS_PER_USER_PER_HOUR,
      perChatPerHour: config.SUMMARY_LINKS_PER_CHAT_PER_HOUR,
    }),
    articles: stores.articles,
    clock,
    async findArticle(target) {
      if (!/^https?:\/\//iu.test(target)) return stores.articles.get(target.toLowerCase());
      const url = canonicalizeUrl(target);
      const id = url ? await stores.articles.findDuplicate({ url }) : undefined;
      return id ? stores.articles.get(id) : undefined;
    },
    async readPage(target) {
      const url = canonicalizeUrl(target);
      if (!url || !articleText) return undefined;
      const refusal = await findAddressRefusal({ blockPrivateAddresses: true, allow: fetchAllowList(config) }, url);
      if (refusal) {
        logger.info({ host: refusal.host, address: refusal.address }, "summary link refused by the fetch policy");
        throw refuse("private-address", message("summary-private-address", { typed: quoteTyped(refusal.host) }), message("summary-private-address-next"));
      }
      const page: Article = {
        id: createHash("sha256").update(url).digest("hex").slice(0, 12),
        sectionId: "",
        feedUrl: url,
        source: new URL(url).hostname.replace(/^www\./u, ""),
        title: `Page at ${new URL(url).hostname}`,
        url,
        summary: "",
        publishedAt: clock.now(),
        publishedAtFromFeed: false,
        firstSeenAt: clock.now(),
        tags: [],
        backfill: true,
      };
      const text = await articleText.fullText(page, AbortSignal.timeout(config.ARTICLE_FETCH_TIMEOUT_MS));
      return text ? { ...page, body: text } : undefined;
    },
    operator: createOperatorControls({
      ownerIds: config.OWNER_IDS,
      instanceId: options.instanceId,
      catalog,
      stores,
      // With SQLite there is one instance; on PostgreSQL every instance follows /admin reload.
      ...(stores.kind === "postgres" ? { reloadBoard: createReloadBoard(stores) } : {}),
      sourcesFile: config.SOURCES_FILE,
      defaultPollSeconds: config.FEED_POLL_INTERVAL,
      clock,
      logger,
    }),
    failingFeeds: (limit) => stores.feedStates.listFailing(limit),
    feedStates: (urls) => stores.feedStates.getMany(urls),
    translator,
    commands: () => commandRegistry,
  };
  return {
    commandServices,
    briefings,
    catalog,
    chats,
    sources: chatSources.sources,
    alerts,
    summaries,
    async close() {
      await articleText?.close();
      await chatSources.close();
    },
  };
}
