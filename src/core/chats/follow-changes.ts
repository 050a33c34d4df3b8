/**
 * Following and unfollowing as changes of a chat's settings: the rules (a topic followed once,
 * aliases replaced as a whole, a topic that is already an alias not followed again, the per-chat
 * limit), apart from how the settings are read and stored.
 */
import { followIdOf } from "../follows/follow-names.js";
import type { Follow } from "../follows/follow.js";
import { refuse } from "../shared/user-messages.js";
import { message } from "../shared/translator.js";
import type { ChatSettings } from "./chat.js";

/** The outcome of a change, so that commands can say precisely what happened. */
export type ChangeResult = "changed" | "unchanged";

/** What /follow did. */
export interface FollowOutcome {
  result: ChangeResult;
  /** The follow as stored afterwards. */
  follow: Follow;
  /** The topic was followed before (by its name, or as one of the aliases of `follow`). */
  already: boolean;
  /** The typed topic is this alias of `follow`. */
  asAlias?: string;
  addedAliases: string[];
  removedAliases: string[];
}

/** A change of settings: the settings to store (`next`, absent: nothing to store) and what happened. */
export interface SettingsChange<Outcome> {
  next: ChatSettings | undefined;
  outcome: Outcome;
}

/**
 * Follows a topic with aliases. Following it again changes nothing unless `aliases` are given,
 * which then replace its aliases (the outcome says which were added and removed); a topic that is
 * already an alias of a followed topic is not followed twice.
 */
export function followChange(settings: ChatSettings, topic: string, aliases: string[] | undefined, maxFollows: number, now: number): SettingsChange<FollowOutcome> {
  const id = followIdOf(topic);
  const existing = settings.follows.find((candidate) => candidate.id === id);
  if (!existing) {
    const owner = settings.follows.find((candidate) => candidate.aliases.some((alias) => followIdOf(alias) === id));
    const alias = owner?.aliases.find((candidate) => followIdOf(candidate) === id);
    if (owner && alias !== undefined) {
      return { next: undefined, outcome: { result: "unchanged", follow: owner, already: true, asAlias: alias, addedAliases: [], removedAliases: [] } };
    }
    if (settings.follows.length >= maxFollows) {
      throw refuse(
        "limit-reached",
        message("follow-limit-reached", { count: settings.follows.length }),
        message("follow-limit-next"),
      );
    }
    const follow: Follow = { id, topic, aliases: aliases ?? [], createdAt: now };
    return { next: { ...settings, follows: [...settings.follows, follow] }, outcome: { result: "changed", follow, already: false, addedAliases: follow.aliases, removedAliases: [] } };
  }
  const wanted = aliases ?? existing.aliases;
  const wantedIds = new Set(wanted.map(followIdOf));
  const heldIds = new Set(existing.aliases.map(followIdOf));
  const addedAliases = wanted.filter((alias) => !heldIds.has(followIdOf(alias)));
  const removedAliases = existing.aliases.filter((alias) => !wantedIds.has(followIdOf(alias)));
  if (addedAliases.length === 0 && removedAliases.length === 0) {
    return { next: undefined, outcome: { result: "unchanged", follow: existing, already: true, addedAliases: [], removedAliases: [] } };
  }
  const follow: Follow = { ...existing, aliases: wanted };
  return {
    next: { ...settings, follows: settings.follows.map((candidate) => (candidate.id === id ? follow : candidate)) },
    outcome: { result: "changed", follow, already: true, addedAliases, removedAliases },
  };
}

/** Stops following a topic (by its name or one of its aliases). */
export function unfollowChange(settings: ChatSettings, name: string): SettingsChange<{ result: ChangeResult; follow?: Follow }> {
  const id = followIdOf(name);
  const follow = settings.follows.find((candidate) => candidate.id === id || candidate.aliases.some((alias) => followIdOf(alias) === id));
  return follow
    ? { next: { ...settings, follows: settings.follows.filter((candidate) => candidate !== follow) }, outcome: { result: "changed", follow } }
    : { next: undefined, outcome: { result: "unchanged" } };
}
