/**
 * Use cases on a chat's settings: subscriptions, follows, limits. The rules live here, not in
 * commands or adapters, so every platform enforces the same ones.
 */
import { UserFacingError } from "./errors.js";
import { KeyedMutex } from "./keyed-mutex.js";
import { tokenize } from "./text/fold-text.js";
import { chatKey, type BriefingSchedule, type ChatRef, type ChatSettings, type Follow, type QuietHours } from "./model.js";
import type { Clock, SubscriptionStore } from "./ports.js";
import type { SectionCatalog } from "./section-catalog.js";

/** Defaults and limits applied to every chat. */
export interface ChatPolicy {
  defaultTimezone: string;
  defaultBriefingTime: string;
  maxSectionsPerChat: number;
  maxFollowsPerChat: number;
}

/** The outcome of a change, so that commands can say precisely what happened. */
export type ChangeResult = "changed" | "unchanged";

/** Reads and changes chat settings. */
export class ChatSettingsService {
  readonly #store: SubscriptionStore;
  readonly #catalog: SectionCatalog;
  readonly #clock: Clock;
  readonly #policy: ChatPolicy;
  readonly #mutex = new KeyedMutex();
  readonly #listeners: ((settings: ChatSettings) => void)[] = [];

  constructor(store: SubscriptionStore, catalog: SectionCatalog, clock: Clock, policy: ChatPolicy) {
    this.#store = store;
    this.#catalog = catalog;
    this.#clock = clock;
    this.#policy = policy;
  }

  get policy(): ChatPolicy {
    return this.#policy;
  }

  /** The chat's settings, or the defaults for a chat never seen (not stored until changed). */
  async get(chat: ChatRef): Promise<ChatSettings> {
    return (await this.#store.get(chat)) ?? this.defaults(chat);
  }

  defaults(chat: ChatRef): ChatSettings {
    const now = this.#clock.now();
    return {
      chat: { ...chat },
      sections: [],
      follows: [],
      briefing: {
        enabled: true,
        time: this.#policy.defaultBriefingTime,
        timezone: this.#policy.defaultTimezone,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
      },
      language: "en",
      lastDigestAt: {},
      createdAt: now,
      updatedAt: now,
    };
  }

  /** Subscribes the chat to a section (by id or title). */
  subscribe(chat: ChatRef, sectionInput: string): Promise<{ result: ChangeResult; sectionId: string }> {
    return this.#mutex.run(chatKey(chat), () => this.#subscribe(chat, sectionInput));
  }

  async #subscribe(chat: ChatRef, sectionInput: string): Promise<{ result: ChangeResult; sectionId: string }> {
    const section = this.#catalog.resolve(sectionInput);
    const settings = await this.get(chat);
    if (settings.sections.includes(section.id)) return { result: "unchanged", sectionId: section.id };
    if (settings.sections.length >= this.#policy.maxSectionsPerChat) {
      throw new UserFacingError(
        "limit-reached",
        `This chat already has ${settings.sections.length} sections, the most allowed. Unsubscribe from one first.`,
      );
    }
    await this.save({ ...settings, sections: [...settings.sections, section.id] });
    return { result: "changed", sectionId: section.id };
  }

  /** Unsubscribes the chat from a section. */
  unsubscribe(chat: ChatRef, sectionInput: string): Promise<{ result: ChangeResult; sectionId: string }> {
    return this.#mutex.run(chatKey(chat), () => this.#unsubscribe(chat, sectionInput));
  }

  async #unsubscribe(chat: ChatRef, sectionInput: string): Promise<{ result: ChangeResult; sectionId: string }> {
    const stored = await this.#store.get(chat);
    const wanted = sectionInput.trim().toLowerCase();
    if (stored?.sections.includes(wanted)) {
      await this.save({ ...stored, sections: stored.sections.filter((id) => id !== wanted) });
      return { result: "changed", sectionId: wanted };
    }
    // Resolve for a helpful error (typos) only when the chat is not subscribed under that exact id.
    const section = this.#catalog.resolve(sectionInput);
    if (!stored?.sections.includes(section.id)) return { result: "unchanged", sectionId: section.id };
    await this.save({ ...stored, sections: stored.sections.filter((id) => id !== section.id) });
    return { result: "changed", sectionId: section.id };
  }

  /** Follows a topic with aliases; following it again replaces its aliases. */
  follow(chat: ChatRef, topic: string, aliases: string[]): Promise<{ result: ChangeResult; follow: Follow }> {
    return this.#mutex.run(chatKey(chat), () => this.#follow(chat, topic, aliases));
  }

  async #follow(chat: ChatRef, topic: string, aliases: string[]): Promise<{ result: ChangeResult; follow: Follow }> {
    const settings = await this.get(chat);
    const id = followIdOf(topic);
    const follow: Follow = { id, topic, aliases, createdAt: this.#clock.now() };
    const existing = settings.follows.find((candidate) => candidate.id === id);
    if (existing && sameNames(existing, follow)) return { result: "unchanged", follow: existing };
    if (!existing && settings.follows.length >= this.#policy.maxFollowsPerChat) {
      throw new UserFacingError(
        "limit-reached",
        `This chat already follows ${settings.follows.length} topics, the most allowed. Unfollow one first.`,
      );
    }
    const follows = existing
      ? settings.follows.map((candidate) => (candidate.id === id ? { ...follow, createdAt: existing.createdAt } : candidate))
      : [...settings.follows, follow];
    await this.save({ ...settings, follows });
    return { result: "changed", follow };
  }

  /** Stops following a topic (by its name or one of its aliases). */
  unfollow(chat: ChatRef, name: string): Promise<{ result: ChangeResult; follow?: Follow }> {
    return this.#mutex.run(chatKey(chat), () => this.#unfollow(chat, name));
  }

  async #unfollow(chat: ChatRef, name: string): Promise<{ result: ChangeResult; follow?: Follow }> {
    const settings = await this.#store.get(chat);
    if (!settings) return { result: "unchanged" };
    const id = followIdOf(name);
    const follow = settings.follows.find(
      (candidate) => candidate.id === id || candidate.aliases.some((alias) => followIdOf(alias) === id),
    );
    if (!follow) return { result: "unchanged" };
    await this.save({ ...settings, follows: settings.follows.filter((candidate) => candidate !== follow) });
    return { result: "changed", follow };
  }

  /** Records when the chat last received a digest of a section. */
  markDigested(chat: ChatRef, sectionIds: string[], at: number): Promise<void> {
    return this.#mutex.run(chatKey(chat), async () => {
      const settings = await this.get(chat);
      const lastDigestAt = { ...settings.lastDigestAt };
      for (const id of sectionIds) lastDigestAt[id] = at;
      await this.save({ ...settings, lastDigestAt });
    });
  }

  /** Records when the chat last received its briefing. */
  markBriefed(chat: ChatRef, at: number): Promise<void> {
    return this.#mutex.run(chatKey(chat), async () => {
      await this.save({ ...(await this.get(chat)), lastBriefingAt: at });
    });
  }

  /** Changes when the chat's briefing goes; occurrences before now are not owed to it. */
  setBriefingSchedule(chat: ChatRef, change: Partial<Omit<BriefingSchedule, "since">>): Promise<ChatSettings> {
    return this.#mutex.run(chatKey(chat), async () => {
      const settings = await this.get(chat);
      const updated = { ...settings, briefing: { ...settings.briefing, ...change, since: this.#clock.now() } };
      await this.save(updated);
      return updated;
    });
  }

  /** Sets (or clears, with undefined) the daily window in which alerts are held. */
  setQuietHours(chat: ChatRef, quietHours: QuietHours | undefined): Promise<void> {
    return this.#mutex.run(chatKey(chat), async () => {
      const { quietHours: _previous, ...settings } = await this.get(chat);
      await this.save(quietHours ? { ...settings, quietHours } : settings);
    });
  }

  /** Pauses deliveries to a chat that can no longer be reached; its settings are kept. */
  pause(chat: ChatRef, reason: string): Promise<void> {
    return this.#mutex.run(chatKey(chat), async () => {
      const stored = await this.#store.get(chat);
      if (!stored || stored.paused) return;
      await this.save({ ...stored, paused: { reason: reason.slice(0, 200), at: this.#clock.now() } });
    });
  }

  /** Resumes deliveries (the chat talked to the bot again, or the bot was re-added). */
  resume(chat: ChatRef): Promise<void> {
    return this.#mutex.run(chatKey(chat), async () => {
      const stored = await this.#store.get(chat);
      if (!stored?.paused) return;
      const { paused: _paused, ...rest } = stored;
      await this.save(rest);
    });
  }

  /**
   * Moves a chat's settings to a new id (a Telegram group upgraded to a supergroup), so that its
   * subscriptions follow it.
   */
  migrate(from: ChatRef, to: ChatRef): Promise<void> {
    return this.#mutex.run(chatKey(from), async () => {
      const stored = await this.#store.get(from);
      if (!stored) return;
      await this.save({ ...stored, chat: { ...to } });
      await this.#store.delete(from);
    });
  }

  /** Calls `listener` after every stored change (e.g. to update the follow index). */
  onChange(listener: (settings: ChatSettings) => void): void {
    this.#listeners.push(listener);
  }

  /** Stores settings, stamping the update time. */
  async save(settings: ChatSettings): Promise<void> {
    const stored = { ...settings, updatedAt: this.#clock.now() };
    await this.#store.put(stored);
    for (const listener of this.#listeners) listener(stored);
  }
}

/** The key a follow is stored under: case-, space- and diacritic-insensitive. */
export function followIdOf(name: string): string {
  return tokenize(name).join(" ");
}

function sameNames(left: Follow, right: Follow): boolean {
  return left.topic === right.topic && left.aliases.join("\u0000") === right.aliases.join("\u0000");
}
