/**
 * The follow matcher: which chats follow something an article mentions.
 *
 * One index holds the follows of every chat. Names (topics and aliases) are folded and tokenised
 * ({@link tokenize}), tokens are interned as numbers, and each distinct phrase is one node of a
 * token trie (root keyed by first token, children by the following tokens). Matching an article
 * walks the trie from every token position, so its cost is O(tokens × longest phrase) plus the
 * number of hits, independent of how many follows exist. Follow definitions (id, topic, aliases)
 * are interned too: 30,000 chats following "Ukraine" share one definition and one phrase, and each
 * chat costs a set entry (about 40 bytes per follow when definitions are shared, about 0.7 KB for
 * an unshared one). Adding or removing one chat's follows touches only that chat's entries.
 *
 * Matching is on whole tokens: "China" matches "China's" and "CHINA" but not "Chinatown";
 * "Judgement Panda" matches "judgement – panda" but not "Judgement Pandas".
 */
import type { Follow } from "../model.js";
import { tokenize } from "../text/fold-text.js";

/** The article fields a follow can match in, most prominent first. */
export type MatchField = "title" | "tags" | "summary" | "body";
const FIELDS: readonly MatchField[] = ["title", "tags", "summary", "body"];

/** The parts of an article that are matched (an `Article` fits). */
export interface MatchableArticle { title: string; summary: string; tags: readonly string[]; body?: string }

/** One chat's follow matched by an article: one per (chat, follow), in its most prominent field. */
export interface FollowMatch {
  chatKey: string;
  followId: string;
  topic: string;
  /** The topic or alias that matched, as the user wrote it (the topic when several matched). */
  matchedName: string;
  field: MatchField;
}

/** Bounds on what is indexed and scanned. Names beyond the name bounds are ignored, not cut. */
export interface FollowIndexLimits {
  maxNameChars: number;
  maxNameTokens: number;
  maxAliases: number;
  maxFollowsPerChat: number;
  maxTags: number;
  /** Characters of title, summary and each tag that are scanned. */
  maxFieldChars: number;
  maxBodyChars: number;
}

/** The default bounds: names of at most 100 characters / 8 tokens, body scanned up to 20,000. */
export const DEFAULT_FOLLOW_INDEX_LIMITS: Readonly<FollowIndexLimits> = {
  maxNameChars: 100, maxNameTokens: 8, maxAliases: 16, maxFollowsPerChat: 200,
  maxTags: 50, maxFieldChars: 4_000, maxBodyChars: 20_000,
};

/** Sizes of the index; `follows` counts distinct definitions (id + topic + aliases). */
export interface FollowIndexStats { chats: number; follows: number; phrases: number; tokens: number }

/** Matches articles against the follows of all chats. */
export interface FollowIndex {
  /** Replaces the follows of one chat (an empty list removes the chat). */
  setChatFollows(chatKey: string, follows: readonly Follow[]): void;
  removeChat(chatKey: string): void;
  /** Every (chat, follow) the article mentions; order is deterministic but unspecified. */
  match(article: MatchableArticle): FollowMatch[];
  stats(): FollowIndexStats;
}

interface TrieNode { children: Map<number, TrieNode> | undefined; phrase: Phrase | undefined }
/** `refs`: how many phrase positions use the token; it leaves the vocabulary at zero. */
interface VocabularyEntry { token: string; id: number; refs: number }
interface Phrase { tokens: VocabularyEntry[]; defs: FollowDef[] }
interface FollowDef {
  key: string;
  id: string;
  /** The topic (index 0) and aliases as written; only indexed ones are referenced by `phrases`. */
  names: string[];
  phrases: Phrase[];
  /** For each entry of `phrases`, the index in `names` of the first name with that phrase. */
  nameIndexes: number[];
  /** One chat key (most unshared definitions) or a set: a Set per definition is the costliest part. */
  chats: string | Set<string> | undefined;
}

/** Creates an empty follow index; `limits` override {@link DEFAULT_FOLLOW_INDEX_LIMITS}. */
export function createFollowIndex(limits: Partial<FollowIndexLimits> = {}): FollowIndex {
  const bounds: FollowIndexLimits = { ...DEFAULT_FOLLOW_INDEX_LIMITS, ...limits };
  const vocabulary = new Map<string, VocabularyEntry>();
  const root: TrieNode = { children: new Map(), phrase: undefined };
  const defs = new Map<string, FollowDef>();
  const chats = new Map<string, FollowDef[]>();
  let nextTokenId = 0;
  let phraseCount = 0;

  function acquirePhrase(tokens: string[]): Phrase {
    let node = root;
    for (const token of tokens) {
      let entry = vocabulary.get(token);
      if (!entry) vocabulary.set(token, (entry = { token, id: nextTokenId++, refs: 0 }));
      node.children ??= new Map();
      let child = node.children.get(entry.id);
      if (!child) node.children.set(entry.id, (child = { children: undefined, phrase: undefined }));
      node = child;
    }
    if (node.phrase) return node.phrase;
    const entries = tokens.map((token) => vocabulary.get(token)!);
    for (const entry of entries) entry.refs++;
    phraseCount++;
    return (node.phrase = { tokens: entries, defs: [] });
  }

  function releasePhrase(phrase: Phrase): void {
    const path: TrieNode[] = [root];
    for (const entry of phrase.tokens) path.push(path[path.length - 1]!.children!.get(entry.id)!);
    path[path.length - 1]!.phrase = undefined;
    for (let depth = phrase.tokens.length; depth > 0; depth--) {
      const node = path[depth]!;
      if (node.phrase || (node.children && node.children.size > 0)) break;
      const parent = path[depth - 1]!;
      parent.children!.delete(phrase.tokens[depth - 1]!.id);
      if (parent.children!.size === 0 && parent !== root) parent.children = undefined;
    }
    for (const entry of phrase.tokens) if (--entry.refs === 0) vocabulary.delete(entry.token);
    phraseCount--;
  }

  function acquireDef(follow: Follow): FollowDef | undefined {
    const names = [follow.topic, ...follow.aliases.slice(0, bounds.maxAliases)].map((name) => name.trim());
    const key = `${follow.id}\u0000${names.join("\u0000")}`;
    const existing = defs.get(key);
    if (existing) return existing;
    const def: FollowDef = { key, id: follow.id, names, phrases: [], nameIndexes: [], chats: undefined };
    names.forEach((name, nameIndex) => {
      if (name.length === 0 || name.length > bounds.maxNameChars) return;
      const tokens = tokenize(name, bounds.maxNameTokens + 1);
      if (tokens.length === 0 || tokens.length > bounds.maxNameTokens) return;
      const phrase = acquirePhrase(tokens);
      if (def.phrases.includes(phrase)) return;
      def.phrases.push(phrase);
      def.nameIndexes.push(nameIndex);
      if (phrase.defs.length === 0) phrase.defs = [def]; // exact size: most phrases have one definition
      else phrase.defs.push(def);
    });
    if (def.phrases.length === 0) return undefined;
    // Arrays grown by push over-allocate; keep exact-size copies (memory at a million follows).
    [def.phrases, def.nameIndexes] = [def.phrases.slice(), def.nameIndexes.slice()];
    defs.set(key, def);
    return def;
  }

  function releaseDef(def: FollowDef): void {
    defs.delete(def.key);
    for (const phrase of def.phrases) {
      const at = phrase.defs.indexOf(def);
      phrase.defs[at] = phrase.defs[phrase.defs.length - 1]!;
      phrase.defs.pop();
      if (phrase.defs.length === 0) releasePhrase(phrase);
    }
  }

  function setChatFollows(chatKey: string, follows: readonly Follow[]): void {
    const seenIds = new Set<string>();
    const next: FollowDef[] = [];
    for (const follow of follows) {
      if (next.length >= bounds.maxFollowsPerChat) break;
      if (seenIds.has(follow.id)) continue;
      seenIds.add(follow.id);
      const def = acquireDef(follow);
      if (def && !next.includes(def)) next.push(def);
    }
    const nextSet = new Set(next);
    for (const def of chats.get(chatKey) ?? []) {
      if (nextSet.has(def)) continue;
      if (def.chats === chatKey) def.chats = undefined;
      else if (typeof def.chats === "object" && def.chats.delete(chatKey) && def.chats.size === 1) def.chats = def.chats.values().next().value;
      if (def.chats === undefined) releaseDef(def);
    }
    for (const def of next) {
      if (def.chats === undefined) def.chats = chatKey;
      else if (typeof def.chats !== "string") def.chats.add(chatKey);
      else if (def.chats !== chatKey) def.chats = new Set([def.chats, chatKey]);
    }
    if (next.length > 0) chats.set(chatKey, next.slice());
    else chats.delete(chatKey);
  }

  function collectPhrases(text: string, maxChars: number, rank: number, hits: Map<Phrase, number>): void {
    const ids = tokenize(text.slice(0, maxChars)).map((token) => vocabulary.get(token)?.id ?? -1);
    for (let start = 0; start < ids.length; start++) {
      let node = root.children!.get(ids[start]!);
      for (let end = start + 1; node; end++) {
        if (node.phrase && !hits.has(node.phrase)) hits.set(node.phrase, rank);
        if (end >= ids.length || !node.children) break;
        node = node.children.get(ids[end]!);
      }
    }
  }

  function match(article: MatchableArticle): FollowMatch[] {
    const hits = new Map<Phrase, number>();
    collectPhrases(article.title, bounds.maxFieldChars, 0, hits);
    for (const tag of article.tags.slice(0, bounds.maxTags)) collectPhrases(tag, bounds.maxFieldChars, 1, hits);
    collectPhrases(article.summary, bounds.maxFieldChars, 2, hits);
    if (article.body) collectPhrases(article.body, bounds.maxBodyChars, 3, hits);

    const best = new Map<FollowDef, { rank: number; nameIndex: number }>();
    for (const [phrase, rank] of hits) {
      for (const def of phrase.defs) {
        const nameIndex = def.nameIndexes[def.phrases.indexOf(phrase)]!;
        const current = best.get(def);
        if (!current || rank < current.rank || (rank === current.rank && nameIndex < current.nameIndex)) {
          best.set(def, { rank, nameIndex });
        }
      }
    }
    const matches: FollowMatch[] = [];
    for (const [def, { rank, nameIndex }] of best) {
      const [field, topic, matchedName] = [FIELDS[rank]!, def.names[0]!, def.names[nameIndex]!];
      for (const chatKey of typeof def.chats === "string" ? [def.chats] : (def.chats ?? [])) {
        matches.push({ chatKey, followId: def.id, topic, matchedName, field });
      }
    }
    return matches;
  }

  return {
    setChatFollows,
    removeChat: (chatKey) => setChatFollows(chatKey, []),
    match,
    stats: () => ({ chats: chats.size, follows: defs.size, phrases: phraseCount, tokens: vocabulary.size }),
  };
}

const FIELD_PHRASES: Readonly<Record<MatchField, string>> = {
  title: "in the title",
  tags: "in its tags",
  summary: "in the summary",
  body: "in the article text",
};

/**
 * Why an article matched, as a sentence fragment for the alert: "mentions APT31 in the title",
 * "mentions Zirconium, also known as APT31, in the summary". Plain text: escape when rendering.
 */
export function describeMatchReason(match: Pick<FollowMatch, "topic" | "matchedName" | "field">): string {
  const name = match.matchedName === match.topic || !match.topic ? match.matchedName : `${match.matchedName}, also known as ${match.topic},`;
  return `mentions ${name} ${FIELD_PHRASES[match.field]}`;
}
