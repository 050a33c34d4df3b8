/**
 * The feeds a chat adds itself (`/source`): their rules, on every platform. A chat's sources form
 * its own section, "mine". A feed URL is shared: however many chats add it, it is polled once
 * (the store's index of chat feeds); the last chat to remove it stops its polling.
 */
import type { ChatSettingsService } from "./chat-settings-service.js";
import type { ChatRef, ChatSource } from "./chat.js";
import type { OpmlCodec } from "./opml.js";
import type { Clock } from "../shared/ports.js";
import type { FeedProbe, ProbedFeed } from "../feeds/feed-ports.js";
import type { SubscriptionStore } from "./chat-ports.js";
import { type FeedChoiceStore, MAX_FEED_CHOICES, offerFeeds, pickFeed } from "./feed-choices.js";
import { namesArg, quoteTyped, refuse } from "../shared/user-messages.js";
import { message } from "../shared/translator.js";


export { MINE_SECTION_ID } from "./mine-section.js";
/** Longest source name kept. */
export const MAX_SOURCE_NAME = 40;
/** Longest URL accepted. */
export const MAX_SOURCE_URL = 2_000;
/** How long finding and checking the feeds at an address may take in all (a page's candidates one by one). */
export const PROBE_DEADLINE_MS = 60_000;

/** Limits on chat-added feeds. */
export interface ChatSourcesPolicy {
  maxPerChat: number;
  maxTotal: number;
  /** Largest OPML file `/source import` reads (OPML_IMPORT_MAX_BYTES); default 512 KiB. */
  maxImportBytes?: number;
}

/** What `/source add` did. */
export type AddSourceOutcome =
  | { kind: "added"; source: ChatSource; itemCount: number }
  | { kind: "already"; source: ChatSource }
  /**
   * The address is a web page with several feeds: the user picks one, by number
   * (`/source add <page> <number>`), by address, or with a button naming `choiceId` ({@link pick}).
   */
  | { kind: "choose"; feeds: ProbedFeed[]; choiceId: string };

/** What {@link ChatSourcesService} works with. */
export interface ChatSourcesDependencies {
  chats: ChatSettingsService;
  store: SubscriptionStore;
  probe: FeedProbe;
  clock: Clock;
  policy: ChatSourcesPolicy;
  /** Reads and writes OPML for `/source export|import`; absent: those answer that they are unavailable. */
  opml?: OpmlCodec;
  /** Where the feeds of a page offered for a pick are kept. */
  choices: FeedChoiceStore;
}

/** Adds, lists and removes a chat's own feeds. */
export class ChatSourcesService {
  private readonly dependencies: ChatSourcesDependencies;

  constructor(dependencies: ChatSourcesDependencies) {
    this.dependencies = dependencies;
  }

  get policy(): ChatSourcesPolicy {
    return this.dependencies.policy;
  }

  /** The OPML reader and writer, when wired. */
  get opml(): OpmlCodec | undefined {
    return this.dependencies.opml;
  }

  /** The chat's own feeds, in the order they were added. */
  async list(chat: ChatRef): Promise<ChatSource[]> {
    return (await this.dependencies.chats.get(chat)).sources ?? [];
  }

  /**
   * Adds the feed at `input` (a feed URL or a web page that links to feeds), checking it parses
   * first. For a page with several feeds, `name` may be the number of one of them (`2` or `#2`, as
   * the choice listed them); otherwise the feeds are offered for a pick.
   */
  async add(chat: ChatRef, input: string, name?: string): Promise<AddSourceOutcome> {
    const url = parseSourceUrl(input);
    const current = await this.list(chat);
    const known = current.find((source) => source.url === url);
    if (known) return { kind: "already", source: known };
    this.#checkRoom(current);
    const feeds = await this.dependencies.probe.probe(url, AbortSignal.timeout(PROBE_DEADLINE_MS));
    if (feeds.length === 0) {
      throw refuse("no-feed", message("source-no-feed", { typed: quoteTyped(input) }), message("source-feed-how"), message("source-add-try"));
    }
    const picked = feeds.length > 1 ? /^#?(\d{1,2})$/u.exec(name?.trim() ?? "") : null;
    const feed = picked ? feeds[Number(picked[1]) - 1] : feeds.length === 1 ? feeds[0] : undefined;
    if (picked) name = undefined;
    if (!feed) {
      if (picked) throw refuse("no-such-feed", message("source-numbered", { count: feeds.length }), message("option-try", { example: `/source add ${url} 1` }));
      const shown = feeds.slice(0, MAX_FEED_CHOICES);
      return { kind: "choose", feeds: shown, choiceId: await offerFeeds(this.dependencies.choices, chat, shown, name?.trim() || undefined) };
    }
    const already = current.find((source) => source.url === feed.url);
    if (already) return { kind: "already", source: already };
    if ((await this.dependencies.store.countChatFeeds(feed.url)) === 0 && (await this.dependencies.store.countChatFeeds()) >= this.policy.maxTotal) {
      throw refuse("limit-reached", message("source-total-full"), message("source-total-next"));
    }
    let added: ChatSource | undefined;
    await this.dependencies.chats.changeSources(chat, (sources) => {
      added = sources.find((source) => source.url === feed.url);
      if (added) return undefined;
      this.#checkRoom(sources);
      added = { url: feed.url, name: uniqueName(name?.trim() || feed.title || new URL(feed.url).hostname, sources), addedAt: this.dependencies.clock.now() };
      return [...sources, added];
    });
    if (!added) throw new Error("source was neither added nor found");
    return { kind: "added", source: added, itemCount: feed.itemCount };
  }

  /**
   * The `/source add` target a button of choice `choiceId` adds in `chat` (number `number`, from 1).
   * @throws UserFacingError when the choice expired, has no such number, or was offered elsewhere.
   */
  pick(chat: ChatRef, choiceId: string, number: number): Promise<string> {
    return pickFeed(this.dependencies.choices, chat, choiceId, number);
  }

  /** Removes a source by its name (case-insensitively) or URL; the removed source. */
  async remove(chat: ChatRef, input: string): Promise<ChatSource> {
    const wanted = input.trim();
    let removed: ChatSource | undefined;
    let names: string[] = [];
    await this.dependencies.chats.changeSources(chat, (sources) => {
      names = sources.map((source) => source.name);
      removed = sources.find((source) => source.url === wanted || source.name.toLowerCase() === wanted.toLowerCase());
      return removed ? sources.filter((source) => source !== removed) : undefined;
    });
    if (!removed) {
      throw refuse(
        "unknown-source",
        message("source-unknown", { typed: quoteTyped(input) }),
        names.length > 0 ? message("source-names", { names: namesArg(names.map((source) => `"${source}"`)) }) : message("source-none-added"),
        message("source-see-list"),
      );
    }
    return removed;
  }

  #checkRoom(sources: readonly ChatSource[]): void {
    if (sources.length >= this.policy.maxPerChat) {
      throw refuse("limit-reached", message("source-chat-full", { count: sources.length }), message("source-chat-full-next"));
    }
  }
}

/**
 * An http(s) URL as a user typed it (a bare `example.org/feed` gets `https://`).
 * @throws UserFacingError `invalid-url`.
 */
export function parseSourceUrl(input: string): string {
  const typed = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/iu.test(typed) ? typed : `https://${typed}`;
  let url: URL | undefined;
  try {
    url = typed.length <= MAX_SOURCE_URL ? new URL(withScheme) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || (!url.hostname.includes(".") && url.hostname !== "localhost") || url.username !== "" || url.password !== "") {
    throw refuse("invalid-url", message("source-not-url", { typed: quoteTyped(input) }), message("source-url-how"), message("source-add-try"));
  }
  url.hash = "";
  return url.href;
}

/** `wanted`, cut to {@link MAX_SOURCE_NAME} characters, on one line, made unique in the chat. */
function uniqueName(wanted: string, sources: readonly ChatSource[]): string {
  const base = [...wanted.replace(/\s+/gu, " ").trim()].slice(0, MAX_SOURCE_NAME - 3).join("") || "feed";
  const taken = new Set(sources.map((source) => source.name.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : `${base} ${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
