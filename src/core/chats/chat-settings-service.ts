/**
 * Use cases on a chat's settings: subscriptions, follows, limits. The rules live here, not in
 * commands or adapters, so every platform enforces the same ones.
 */
import { followChange, unfollowChange, type ChangeResult, type FollowOutcome } from "./follow-changes.js";
import { type BriefingSchedule, type ChatRef, type ChatSettings, type ChatSource, type QuietHours } from "./chat.js";
import { type Follow } from "../follows/follow.js";
import type { Clock } from "../shared/ports.js";
import type { SubscriptionStore } from "./chat-ports.js";
import { nextOccurrence } from "./briefing-occurrences.js";
import type { SectionCatalog } from "../feeds/section-catalog.js";
import { refuse } from "../shared/user-messages.js";
import { message } from "../shared/translator.js";

/** Defaults and limits applied to every chat. */
export interface ChatPolicy {
  defaultTimezone: string;
  defaultBriefingTime: string;
  maxSectionsPerChat: number;
  maxFollowsPerChat: number;
  /**
   * The shipped language for a platform's language tag (the Translator's `resolve`); absent: every
   * chat starts in English.
   */
  resolveLanguage?: (tag: string | undefined) => string | undefined;
}

/**
 * Deliveries already queued for a chat (the outbox): a pause cancels them, so that a paused chat
 * receives nothing more, not even what was queued before the pause.
 */
export interface QueuedDeliveries {
  /** Cancels (marks skipped, with `reason`) the chat's pending deliveries; how many were cancelled. */
  cancelPendingOf(chat: ChatRef, reason: string, now: number): Promise<number>;
}

/** Reads and changes chat settings. */
export class ChatSettingsService {
  readonly #store: SubscriptionStore;
  readonly #catalog: SectionCatalog;
  readonly #clock: Clock;
  readonly #policy: ChatPolicy;
  readonly #queued: QueuedDeliveries | undefined;
  readonly #listeners: ((settings: ChatSettings) => void)[] = [];

  constructor(store: SubscriptionStore, catalog: SectionCatalog, clock: Clock, policy: ChatPolicy, queued?: QueuedDeliveries) {
    this.#store = store;
    this.#catalog = catalog;
    this.#clock = clock;
    this.#policy = policy;
    this.#queued = queued;
  }

  get policy(): ChatPolicy {
    return this.#policy;
  }

  /** The chat's settings, or the defaults for a chat never seen (not stored until changed). */
  async get(chat: ChatRef): Promise<ChatSettings> {
    return (await this.#store.get(chat)) ?? this.defaults(chat);
  }

  /**
   * A new chat's settings. A chat being set up by a command carries the platform's language for it
   * (`locale`: Telegram's `language_code` of who set it up, Discord's server or user locale); when a
   * catalogue ships for it, the chat starts in that language ("setup"), else in English.
   */
  defaults(chat: ChatRef & { locale?: string }): ChatSettings {
    const now = this.#clock.now();
    const language = chat.locale === undefined ? undefined : this.#policy.resolveLanguage?.(chat.locale);
    return {
      chat: refOf(chat),
      sections: [],
      follows: [],
      briefing: {
        enabled: true,
        time: this.#policy.defaultBriefingTime,
        timezone: this.#policy.defaultTimezone,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
      },
      language: language ?? "en",
      ...(language === undefined ? {} : { languageFrom: "setup" as const }),
      lastDigestAt: {},
      createdAt: now,
      updatedAt: now,
    };
  }

  /** Subscribes the chat to a section (by id or title). */
  async subscribe(chat: ChatRef, sectionInput: string): Promise<{ result: ChangeResult; sectionId: string }> {
    const section = this.#catalog.resolve(sectionInput);
    let result: ChangeResult = "unchanged";
    await this.#change(chat, (settings) => {
      result = "unchanged";
      if (settings.sections.includes(section.id)) return undefined;
      if (settings.sections.length >= this.#policy.maxSectionsPerChat) {
        throw refuse(
          "limit-reached",
          message("subscribe-limit-reached", { count: settings.sections.length }),
          message("subscribe-limit-next"),
        );
      }
      result = "changed";
      return { ...settings, sections: [...settings.sections, section.id] };
    });
    return { result, sectionId: section.id };
  }

  /** Unsubscribes the chat from a section. */
  async unsubscribe(chat: ChatRef, sectionInput: string): Promise<{ result: ChangeResult; sectionId: string }> {
    const wanted = sectionInput.trim().toLowerCase();
    const stored = await this.#store.get(chat);
    // Resolve for a helpful error (typos) only when the chat is not subscribed under that exact id.
    const sectionId = stored?.sections.includes(wanted) ? wanted : this.#catalog.resolve(sectionInput).id;
    let result: ChangeResult = "unchanged";
    await this.#changeStored(chat, (settings) => {
      result = "unchanged";
      if (!settings.sections.includes(sectionId)) return undefined;
      result = "changed";
      return { ...settings, sections: settings.sections.filter((id) => id !== sectionId) };
    });
    return { result, sectionId };
  }

  /**
   * Follows a topic with aliases. Following it again changes nothing unless `aliases` are given,
   * which then replace its aliases (the outcome says which were added and removed); a topic that is
   * already an alias of a followed topic is not followed twice.
   */
  async follow(chat: ChatRef, topic: string, aliases: string[] | undefined): Promise<FollowOutcome> {
    let outcome: FollowOutcome | undefined;
    await this.#change(chat, (settings) => {
      const change = followChange(settings, topic, aliases, this.#policy.maxFollowsPerChat, this.#clock.now());
      outcome = change.outcome;
      return change.next;
    });
    if (!outcome) throw new Error("follow: the change was not applied");
    return outcome;
  }

  /** Stops following a topic (by its name or one of its aliases). */
  async unfollow(chat: ChatRef, name: string): Promise<{ result: ChangeResult; follow?: Follow }> {
    let outcome: { result: ChangeResult; follow?: Follow } = { result: "unchanged" };
    await this.#changeStored(chat, (settings) => {
      const change = unfollowChange(settings, name);
      outcome = change.outcome;
      return change.next;
    });
    return outcome;
  }

  /** Records when the chat last received a digest of a section. */
  async markDigested(chat: ChatRef, sectionIds: string[], at: number): Promise<void> {
    await this.#change(chat, (settings) => {
      const lastDigestAt = { ...settings.lastDigestAt };
      for (const id of sectionIds) lastDigestAt[id] = at;
      return { ...settings, lastDigestAt };
    });
  }

  /** Records when the chat last received its briefing. */
  async markBriefed(chat: ChatRef, at: number): Promise<void> {
    await this.#change(chat, (settings) => ({ ...settings, lastBriefingAt: at }));
  }

  /**
   * After the scheduler handled the chat's due briefing: records it (when `briefedAt` is given) and
   * moves `nextBriefingAt` to the next occurrence after `now`.
   */
  async briefingHandled(chat: ChatRef, now: number, briefedAt?: number): Promise<void> {
    await this.#changeStored(chat, (settings) => {
      const next = owesBriefings(settings) ? nextOccurrence(settings.briefing, now)?.at : undefined;
      const { nextBriefingAt: _previous, ...rest } = settings;
      return {
        ...rest,
        ...(briefedAt === undefined ? {} : { lastBriefingAt: briefedAt }),
        ...(next === undefined ? {} : { nextBriefingAt: next }),
      };
    }, "explicit");
  }

  /** Tries a due briefing again at `at` (composing it failed). */
  async retryBriefingAt(chat: ChatRef, at: number): Promise<void> {
    await this.#changeStored(chat, (settings) => ({ ...settings, nextBriefingAt: at }), "explicit");
  }

  /** Changes when the chat's briefing goes; occurrences before now are not owed to it. */
  async setBriefingSchedule(chat: ChatRef, change: Partial<Omit<BriefingSchedule, "since">>): Promise<ChatSettings> {
    const stored = await this.#change(
      chat,
      (settings) => ({ ...settings, briefing: { ...settings.briefing, ...change, since: this.#clock.now() } }),
      "reschedule",
    );
    return stored ?? this.defaults(chat);
  }

  /** Sets (or clears, with undefined) the daily window in which alerts are held. */
  async setQuietHours(chat: ChatRef, quietHours: QuietHours | undefined): Promise<void> {
    await this.#change(chat, ({ quietHours: _previous, ...settings }) => (quietHours ? { ...settings, quietHours } : settings));
  }

  /** Sets the chat's language (/language; `language` is already one of the shipped ones). */
  async setLanguage(chat: ChatRef, language: string): Promise<ChangeResult> {
    let result: ChangeResult = "unchanged";
    await this.#change(chat, (settings) => {
      result = settings.language === language ? "unchanged" : "changed";
      return settings.language === language && settings.languageFrom === "command" ? undefined : { ...settings, language, languageFrom: "command" };
    });
    return result;
  }

  /** Pauses deliveries to a chat that can no longer be reached; its settings are kept. */
  /** Turns notices about failing feeds of the chat's sections on or off. */
  async setFeedNotices(chat: ChatRef, on: boolean): Promise<ChangeResult> {
    let result: ChangeResult = "unchanged";
    await this.#apply(
      chat,
      (current) => {
        const stored = current ?? this.defaults(chat);
        if ((stored.feedNotices !== false) === on) return undefined;
        result = "changed";
        const { feedNotices: _previous, ...rest } = stored;
        return on ? rest : { ...rest, feedNotices: false };
      },
      "keep",
    );
    return result;
  }

  /**
   * Pauses deliveries to a stored chat (a delivery the platform refused for good) and cancels the
   * deliveries already queued for it; resolves how many were cancelled.
   */
  async pause(chat: ChatRef, reason: string): Promise<number> {
    const stored = await this.#changeStored(chat, (current) =>
      current.paused ? undefined : { ...current, paused: { reason: reason.slice(0, 200), at: this.#clock.now() } },
    );
    return stored?.paused ? this.#cancelQueued(chat, stored.paused.reason) : 0;
  }

  /**
   * Cancels what is queued for a paused chat. Run after the pause is stored, and again by every
   * later pause of the same chat (a pause whose cancelling failed is completed by the next one).
   */
  async #cancelQueued(chat: ChatRef, reason: string): Promise<number> {
    return this.#queued ? this.#queued.cancelPendingOf(chat, `chat paused: ${reason}`, this.#clock.now()) : 0;
  }

  /** Resumes deliveries (the chat talked to the bot again, or the bot was re-added); an operator's pause stays. */
  async resume(chat: ChatRef): Promise<void> {
    await this.#changeStored(chat, (stored) => {
      if (!stored.paused || stored.paused.byOperator) return undefined;
      const { paused: _paused, ...rest } = stored;
      return rest;
    }, "reschedule");
  }

  /**
   * An operator's pause (/admin pause): no briefings, alerts or notices until {@link resumeByOperator},
   * and those already queued are cancelled (`cancelled` counts them; a resume does not send them);
   * the chat talking to the bot does not lift it. "not-found": newsdesk keeps nothing for this chat.
   */
  async pauseByOperator(chat: ChatRef, reason: string): Promise<{ result: ChangeResult | "not-found"; cancelled: number }> {
    let result: ChangeResult | "not-found" = "not-found";
    const stored = await this.#changeStored(chat, (current) => {
      result = "unchanged";
      if (current.paused?.byOperator) return undefined;
      result = "changed";
      return { ...current, paused: { reason: reason.slice(0, 200), at: this.#clock.now(), byOperator: true } };
    });
    return { result, cancelled: stored?.paused ? await this.#cancelQueued(chat, stored.paused.reason) : 0 };
  }

  /** Lifts any pause (an operator's or a failed delivery's); "not-found" for a chat never stored. */
  async resumeByOperator(chat: ChatRef): Promise<ChangeResult | "not-found"> {
    let result: ChangeResult | "not-found" = "not-found";
    await this.#changeStored(chat, (stored) => {
      result = "unchanged";
      if (!stored.paused) return undefined;
      result = "changed";
      const { paused: _paused, ...rest } = stored;
      return rest;
    }, "reschedule");
    return result;
  }

  /**
   * Moves a chat's settings to a new id (a Telegram group upgraded to a supergroup), so that its
   * subscriptions follow it.
   */
  async migrate(from: ChatRef, to: ChatRef): Promise<void> {
    const stored = await this.#store.get(from);
    if (!stored) return;
    await this.#store.update(to, () => this.#stamp(undefined, { ...stored, chat: { ...to } }, "keep"));
    await this.#store.delete(from);
    this.#notify({ ...stored, chat: { ...to } });
  }

  /** Calls `listener` after every stored change (e.g. to update the follow index). */
  onChange(listener: (settings: ChatSettings) => void): void {
    this.#listeners.push(listener);
  }

  /** Stores settings as they are given (plus the update time and next briefing); for seeding and tests. */
  async save(settings: ChatSettings): Promise<void> {
    const previous = await this.#store.get(settings.chat);
    const stored = this.#stamp(previous, settings, "keep");
    await this.#store.put(stored);
    this.#notify(stored);
  }

  /** Changes the chat's settings (the defaults when none are stored) atomically. */
  /**
   * Changes the chat's own feeds (the rules are in chat-sources.ts): `change` gets the current list
   * and returns the new one, or `undefined` to leave it; what it throws reaches the caller.
   */
  async changeSources(chat: ChatRef, change: (sources: readonly ChatSource[]) => ChatSource[] | undefined): Promise<ChatSettings | undefined> {
    return this.#change(chat, (settings) => {
      const next = change(settings.sources ?? []);
      return next === undefined ? undefined : { ...settings, sources: next };
    });
  }

  #change(chat: ChatRef, change: (settings: ChatSettings) => ChatSettings | undefined, reschedule: ScheduleMode = "keep"): Promise<ChatSettings | undefined> {
    return this.#apply(chat, (current) => change(current ?? this.defaults(chat)), reschedule);
  }

  /** Changes stored settings only: nothing happens for a chat never stored. */
  #changeStored(chat: ChatRef, change: (settings: ChatSettings) => ChatSettings | undefined, reschedule: ScheduleMode = "keep"): Promise<ChatSettings | undefined> {
    return this.#apply(chat, (current) => (current ? change(current) : undefined), reschedule);
  }

  async #apply(chat: ChatRef, change: (current: ChatSettings | undefined) => ChatSettings | undefined, reschedule: ScheduleMode): Promise<ChatSettings | undefined> {
    let changed = false;
    const stored = await this.#store.update(chat, (current) => {
      const next = change(current);
      changed = next !== undefined;
      return next === undefined ? undefined : this.#stamp(current, next, reschedule);
    });
    if (changed && stored) this.#notify(stored);
    return stored;
  }

  /**
   * Stamps the update time and keeps `nextBriefingAt` right: absent when no briefing is owed; a
   * briefing already due stays due (the scheduler has yet to handle it) unless the schedule changed
   * (`reschedule`); `explicit`: the change set `nextBriefingAt` itself (the scheduler).
   */
  #stamp(previous: ChatSettings | undefined, next: ChatSettings, mode: ScheduleMode): ChatSettings {
    const now = this.#clock.now();
    const { nextBriefingAt: given, ...rest } = next;
    if (!owesBriefings(next)) return { ...rest, updatedAt: now };
    if (mode === "explicit") return { ...rest, updatedAt: now, ...(given === undefined ? {} : { nextBriefingAt: given }) };
    const pending = previous?.nextBriefingAt;
    const due = mode === "keep" && pending !== undefined && pending <= now ? pending : nextOccurrence(next.briefing, now)?.at;
    return { ...rest, updatedAt: now, ...(due === undefined ? {} : { nextBriefingAt: due }) };
  }

  #notify(settings: ChatSettings): void {
    for (const listener of this.#listeners) listener(settings);
  }
}

/** How a change treats `nextBriefingAt`: keep a due one, recompute it, or take it as the change set it. */
type ScheduleMode = "keep" | "reschedule" | "explicit";

/** Only the reference of a chat (callers may pass a richer object, such as a command's chat). */
function refOf(chat: ChatRef): ChatRef {
  return { platform: chat.platform, chatId: chat.chatId, ...(chat.threadId === undefined ? {} : { threadId: chat.threadId }) };
}

/** Whether a chat is owed briefings at all: enabled, not paused, and something to brief about. */
export function owesBriefings(settings: ChatSettings): boolean {
  return settings.briefing.enabled && !settings.paused && (settings.sections.length > 0 || settings.follows.length > 0 || (settings.sources?.length ?? 0) > 0);
}
