/**
 * The follow matcher: which chats follow something an article mentions.
 *
 * One index holds the follows of every chat. Names (topics and aliases) are folded and tokenised
 * ({@link tokenize}), tokens are interned as numbers, and each distinct phrase is one node of a
 * token trie (root keyed by first token, children by the following tokens). Matching an article
 * walks the trie from every token position, so its cost is O(tokens × longest phrase) plus the
 * number of hits, independent of how many follows exist. Follow definitions (id, topic, aliases)
 * are interned too: 30,000 chats following "Ukraine" share one definition and one phrase.
 *
 * Memory is what limits how many chats one instance serves, so the index keeps only what matching
 * needs: no settings, no `Follow` objects; a chat is a number (slot) in its definitions' lists,
 * its key one flat string; a definition is its key string (names are read back from it when it
 * matches) and its chats. A chat with 10 shared follows costs about 340 bytes; an unshared
 * definition about 0.5 KB more (see bench/memory.bench.ts). Adding or removing one chat's follows
 * touches only that chat's entries.
 *
 * Matching is on whole tokens: "China" matches "China's" and "CHINA" but not "Chinatown";
 * "Judgement Panda" matches "judgement – panda" but not "Judgement Pandas".
 *
 * Prefix forms ("Путин*", for inflected languages; see follow-names.ts): the last token of such a
 * phrase is the stem with a `*` ("путин*"), a token of its own in the vocabulary, so it never
 * meets an article's exact token. While matching, an article token also looks up the prefix tokens
 * it starts with: only when some prefix form is indexed at all, only for tokens whose first three
 * characters begin some stem, and only at the stem lengths in use — a few Map lookups for such a
 * token, not a scan of the follows. The article's word that matched is reported
 * (`matchedWord`: "Путина" for "Путин*").
 */
import type { Follow } from "./follow.js";
import { DEFAULT_FOLLOW_INDEX_LIMITS, MATCH_FIELDS as FIELDS, type FollowIndex, type FollowIndexLimits, type FollowMatch, type MatchableArticle } from "./follow-match.js";
import { tokenize } from "../shared/fold-text.js";
import { followNameTokens } from "./follow-names.js";
import { createIntList, IntListPool, pushInt, removeInt, type IntList } from "./int-lists.js";
import { addChild as addChildTo, childOf as childOfNode, createTrieNode, removeChild as removeChildFrom, type TrieNode as TrieNodeOf } from "./trie-node.js";


/** A trie node whose phrase ends in follow definitions. */
type TrieNode = TrieNodeOf<FollowDef>;
/**
 * One distinct follow definition. Only what matching needs stays in memory: its names are read
 * back from `key` when it matches (rare, compared with how many definitions are held), and its
 * chats are numbers (slots), not keys.
 */
interface FollowDef {
  /** The follow id, topic and aliases as written, joined by NUL: the interning key, and the names. */
  key: string;
  /** Its number, what chats' lists hold. */
  index: number;
  /** Slots of the chats that follow it, in the order they came: one, a few, many; undefined: none. */
  chats: number | number[] | IntList | undefined;
}
/** A name that is indexed: its position (0 = topic) and its tokens. */
interface IndexedName { nameIndex: number; tokens: string[] }
/** A matched definition's id and names, and (found as needed) each name's phrase node; null: not indexed. */
interface ReadBack { id: string; names: string[]; nodes: (TrieNode | null)[] }

/** Below this length arrays are copied at their exact size rather than grown by push (which over-allocates). */
const EXACT_COPY_BELOW = 16;
/** A definition's chat list longer than this moves to a typed array (4 bytes a chat). */
const LONG_LIST = 64;
/** Matched definitions whose names are kept read back (cleared when full). */
const READ_BACK_CACHE = 4_096;
/** Characters of a token that select candidate prefix stems (every stem has at least this many). */
const STEM_HEAD = 3;

/** The word of `text` (as written) whose folded tokens include `token`; the token when none does. */
function surfaceWord(text: string, token: string): string {
  for (const [word] of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu)) {
    if (tokenize(word).includes(token)) return word;
  }
  return token;
}

/**
 * A flat copy of a chat key. Keys built by template literals (`chatKey`) are trees of
 * concatenated parts in V8, about 56 bytes more per key than one flat string: 56 MB at a million
 * chats. Splitting and joining again allocates one flat string.
 */
function flatKey(key: string): string {
  return key.split(":").join(":");
}

/** `list` plus `item`: an exact-size copy while short, push (amortised growth) once long. */
function appended<T>(list: T[], item: T): T[] {
  if (list.length >= EXACT_COPY_BELOW) {
    list.push(item);
    return list;
  }
  return [...list, item];
}

/** Creates an empty follow index; `limits` override {@link DEFAULT_FOLLOW_INDEX_LIMITS}. */
export function createFollowIndex(limits: Partial<FollowIndexLimits> = {}): FollowIndex {
  const bounds: FollowIndexLimits = { ...DEFAULT_FOLLOW_INDEX_LIMITS, ...limits };
  // Vocabulary: token → id, and by id how many phrase positions use it (0: forgotten, id reused).
  const tokenIds = new Map<string, number>();
  const tokenRefs: number[] = [];
  const freeTokenIds: number[] = [];
  // The trie's root: its children by first token id (dense ids: an array beats a Map).
  const root: TrieNode = createTrieNode();
  const rootChildren: (TrieNode | undefined)[] = [];
  const defs = new Map<string, FollowDef>();
  // Chats: key → slot, and by slot its key and definitions. Slots of removed chats are reused.
  const chatSlots = new Map<string, number>();
  const chatKeys: string[] = [];
  // Each chat's definitions (their numbers), for replacing them; definitions by number.
  const chatDefs = new IntListPool();
  const defsByIndex: (FollowDef | undefined)[] = [];
  const freeDefIndexes: number[] = [];
  const freeSlots: number[] = [];
  const readBacks = new Map<FollowDef, ReadBack>();
  let phraseCount = 0;
  // Prefix tokens ("stem*") in the vocabulary: how many, by stem length, and by their first characters.
  let prefixTokens = 0;
  const prefixLengths: number[] = [];
  let activePrefixLengths: number[] = [];
  const prefixHeads = new Map<string, number>();

  /** Counts a prefix token ("stem*") entering (+1) or leaving (-1) the vocabulary. */
  function countPrefix(token: string, change: 1 | -1): void {
    if (!token.endsWith("*")) return;
    const length = token.length - 1;
    const head = token.slice(0, STEM_HEAD);
    prefixTokens += change;
    prefixLengths[length] = (prefixLengths[length] ?? 0) + change;
    const heads = (prefixHeads.get(head) ?? 0) + change;
    if (heads > 0) prefixHeads.set(head, heads);
    else prefixHeads.delete(head);
    activePrefixLengths = prefixLengths.flatMap((count, at) => (count > 0 ? [at] : []));
  }

  /** The prefix token ids (of "stem*" tokens in the vocabulary) that `token` starts with; undefined: none. */
  function prefixIdsOf(token: string): number[] | undefined {
    if (token.length < STEM_HEAD || !prefixHeads.has(token.slice(0, STEM_HEAD))) return undefined;
    let ids: number[] | undefined;
    for (const length of activePrefixLengths) {
      if (length > token.length) break;
      const id = tokenIds.get(`${token.slice(0, length)}*`);
      if (id !== undefined) (ids ??= []).push(id);
    }
    return ids;
  }

  // The root's children by token id; every other node keeps its own (see trie-node.ts).
  const childOf = (node: TrieNode, token: number): TrieNode | undefined =>
    node === root ? (token < 0 ? undefined : rootChildren[token]) : childOfNode(node, token);
  const addChild = (node: TrieNode, token: number, child: TrieNode): void =>
    node === root ? void (rootChildren[token] = child) : addChildTo(node, token, child);
  const removeChild = (node: TrieNode, token: number): void =>
    node === root ? void (rootChildren[token] = undefined) : removeChildFrom(node, token);

  /** The names of a definition that are indexed (within bounds, with tokens), each distinct phrase once. */
  function indexedNames(names: readonly string[]): IndexedName[] {
    const result: IndexedName[] = [];
    const seen = new Set<string>();
    names.forEach((name, nameIndex) => {
      const tokens = nameTokens(name);
      if (tokens === undefined) return;
      const phrase = tokens.join(" ");
      if (seen.has(phrase)) return;
      seen.add(phrase);
      result.push({ nameIndex, tokens });
    });
    return result;
  }

  /** The tokens a name is indexed under (see {@link followNameTokens}); undefined when it is not indexed. */
  function nameTokens(name: string): string[] | undefined {
    if (name.length === 0 || name.length > bounds.maxNameChars) return undefined;
    const tokens = followNameTokens(name, bounds.maxNameTokens + 1);
    return tokens === undefined || tokens.length === 0 || tokens.length > bounds.maxNameTokens ? undefined : tokens;
  }

  /** The trie path of indexed tokens (root first); undefined when a token or node is not there. */
  function pathOf(tokens: readonly string[]): TrieNode[] | undefined {
    const path = [root];
    for (const token of tokens) {
      const id = tokenIds.get(token);
      const child = id === undefined ? undefined : childOf(path[path.length - 1]!, id);
      if (!child) return undefined;
      path.push(child);
    }
    return path;
  }

  /** Adds `def` to the phrase of `tokens`, creating the phrase (nodes, tokens) when new. */
  function addToPhrase(tokens: readonly string[], def: FollowDef): void {
    let node = root;
    const ids: number[] = [];
    for (const token of tokens) {
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = freeTokenIds.pop() ?? tokenRefs.length;
        tokenIds.set(token, id);
        tokenRefs[id] = 0;
        countPrefix(token, 1);
      }
      ids.push(id);
      let child = childOf(node, id);
      if (!child) addChild(node, id, (child = createTrieNode()));
      node = child;
    }
    if (node.defs === undefined) {
      node.defs = def;
      phraseCount++;
      for (const id of ids) tokenRefs[id]! += 1;
    } else node.defs = Array.isArray(node.defs) ? appended(node.defs, def) : [node.defs, def];
  }

  /** Removes `def` from the phrase of `tokens`; a phrase left without definitions leaves the trie. */
  function removeFromPhrase(tokens: readonly string[], def: FollowDef): void {
    const path = pathOf(tokens);
    const node = path?.[path.length - 1];
    if (!path || !node || node.defs === undefined) return;
    if (Array.isArray(node.defs)) {
      const rest = node.defs.filter((candidate) => candidate !== def);
      node.defs = rest.length === 1 ? rest[0] : rest;
      return;
    }
    if (node.defs !== def) return;
    node.defs = undefined;
    phraseCount--;
    const ids = tokens.map((token) => tokenIds.get(token)!);
    for (let depth = ids.length; depth > 0; depth--) {
      const child = path[depth]!;
      if (child.defs !== undefined || child.next !== undefined) break;
      removeChild(path[depth - 1]!, ids[depth - 1]!);
    }
    tokens.forEach((token, at) => {
      const id = ids[at]!;
      if ((tokenRefs[id]! -= 1) > 0) return;
      tokenIds.delete(token);
      countPrefix(token, -1);
      freeTokenIds.push(id);
    });
  }

  function acquireDef(follow: Follow): FollowDef | undefined {
    // NUL separates the names in the key: none may contain one.
    const names = [follow.topic, ...follow.aliases.slice(0, bounds.maxAliases)].map((name) => name.trim().replaceAll("\u0000", ""));
    const key = [follow.id.replaceAll("\u0000", ""), ...names].join("\u0000");
    const existing = defs.get(key);
    if (existing) return existing;
    const indexed = indexedNames(names);
    if (indexed.length === 0) return undefined;
    const def: FollowDef = { key, index: freeDefIndexes.pop() ?? defsByIndex.length, chats: undefined };
    defsByIndex[def.index] = def;
    for (const { tokens } of indexed) addToPhrase(tokens, def);
    defs.set(key, def);
    return def;
  }

  function releaseDef(def: FollowDef): void {
    defs.delete(def.key);
    readBacks.delete(def);
    defsByIndex[def.index] = undefined;
    freeDefIndexes.push(def.index);
    for (const { tokens } of indexedNames(def.key.split("\u0000").slice(1))) removeFromPhrase(tokens, def);
  }

  function addChat(def: FollowDef, slot: number): void {
    const { chats } = def;
    if (chats === undefined) def.chats = slot;
    else if (typeof chats === "number") def.chats = [chats, slot];
    else if (!Array.isArray(chats)) pushInt(chats, slot);
    else def.chats = chats.length < LONG_LIST ? appended(chats, slot) : createIntList([...chats, slot]);
  }

  function removeChatFrom(def: FollowDef, slot: number): void {
    if (typeof def.chats === "number") def.chats = def.chats === slot ? undefined : def.chats;
    else if (def.chats && !Array.isArray(def.chats)) {
      if (removeInt(def.chats, slot) && def.chats.size === 0) def.chats = undefined;
    } else if (def.chats) {
      const at = def.chats.indexOf(slot);
      if (at < 0) return;
      // Order kept (matches come out in the order chats followed); long lists change in place.
      const rest = def.chats.length > EXACT_COPY_BELOW ? def.chats : def.chats.slice();
      rest.splice(at, 1);
      def.chats = rest.length === 1 ? rest[0] : rest;
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
    let slot = chatSlots.get(chatKey);
    if (slot === undefined) {
      if (next.length === 0) return;
      slot = freeSlots.pop() ?? chatKeys.length;
      const key = flatKey(chatKey);
      chatSlots.set(key, slot);
      chatKeys[slot] = key;
    }
    const previous = chatDefs.get(slot).map((index) => defsByIndex[index]!);
    const [nextSet, previousSet] = [new Set(next), new Set(previous)];
    for (const def of previous) {
      if (nextSet.has(def)) continue;
      removeChatFrom(def, slot);
      if (def.chats === undefined) releaseDef(def);
    }
    for (const def of next) if (!previousSet.has(def)) addChat(def, slot);
    if (next.length > 0) {
      chatDefs.set(slot, next.map((def) => def.index));
      return;
    }
    chatSlots.delete(chatKey);
    chatKeys[slot] = "";
    chatDefs.set(slot, []);
    freeSlots.push(slot);
  }

  function collectPhrases(text: string, maxChars: number, rank: number, hits: Map<TrieNode, number>, words: Map<TrieNode, { token: string; text: string }>): void {
    const scanned = text.slice(0, maxChars);
    const tokens = tokenize(scanned);
    const ids = tokens.map((token) => tokenIds.get(token) ?? -1);
    // Prefix tokens each article token starts with (only while some prefix form is indexed).
    const prefixes = prefixTokens > 0 ? tokens.map(prefixIdsOf) : undefined;
    const prefixHits = (node: TrieNode, at: number): void => {
      for (const id of prefixes?.[at] ?? []) {
        const child = childOf(node, id);
        if (child?.defs === undefined || hits.has(child)) continue;
        hits.set(child, rank);
        words.set(child, { token: tokens[at]!, text: scanned });
      }
    };
    for (let start = 0; start < ids.length; start++) {
      if (prefixes) prefixHits(root, start);
      let node = childOf(root, ids[start]!);
      for (let end = start + 1; node; end++) {
        if (node.defs !== undefined && !hits.has(node)) hits.set(node, rank);
        if (end >= ids.length || !node.next) break;
        if (prefixes) prefixHits(node, end);
        node = childOf(node, ids[end]!);
      }
    }
  }

  /**
   * A matched definition's id and names, read back from its key. Kept for the definitions matched
   * lately (popular ones match article after article) in a bounded cache, so that memory still
   * follows the number of distinct definitions only.
   */
  function readBack(def: FollowDef): ReadBack {
    const cached = readBacks.get(def);
    if (cached) return cached;
    const [id = "", ...names] = def.key.split("\u0000");
    if (readBacks.size >= READ_BACK_CACHE) readBacks.clear();
    const result: ReadBack = { id, names, nodes: [] };
    readBacks.set(def, result);
    return result;
  }

  /**
   * Which name of a definition is the phrase `node`: the first one with that phrase. Names are
   * tokenized only as far as needed (a single name needs none; the topic is tried first).
   */
  function nameIndexAt(names: ReadBack, node: TrieNode): number {
    if (names.names.length === 1) return 0;
    for (let nameIndex = 0; nameIndex < names.names.length; nameIndex++) {
      if (names.nodes[nameIndex] === undefined) {
        const tokens = nameTokens(names.names[nameIndex]!);
        names.nodes[nameIndex] = (tokens === undefined ? undefined : pathOf(tokens)?.at(-1)) ?? null;
      }
      if (names.nodes[nameIndex] === node) return nameIndex;
    }
    return 0;
  }

  function match(article: MatchableArticle): FollowMatch[] {
    const hits = new Map<TrieNode, number>();
    const words = new Map<TrieNode, { token: string; text: string }>();
    collectPhrases(article.title, bounds.maxFieldChars, 0, hits, words);
    for (const tag of article.tags.slice(0, bounds.maxTags)) collectPhrases(tag, bounds.maxFieldChars, 1, hits, words);
    collectPhrases(article.summary, bounds.maxFieldChars, 2, hits, words);
    if (article.body) collectPhrases(article.body, bounds.maxBodyChars, 3, hits, words);

    const best = new Map<FollowDef, { rank: number; nameIndex: number; names: ReadBack; node: TrieNode }>();
    for (const [node, rank] of hits) {
      for (const def of Array.isArray(node.defs) ? node.defs : [node.defs!]) {
        const current = best.get(def);
        const names = current?.names ?? readBack(def);
        const nameIndex = nameIndexAt(names, node);
        if (!current || rank < current.rank || (rank === current.rank && nameIndex < current.nameIndex)) {
          best.set(def, { rank, nameIndex, names, node });
        }
      }
    }
    const matches: FollowMatch[] = [];
    for (const [def, { rank, nameIndex, names, node }] of best) {
      const [field, topic, matchedName] = [FIELDS[rank]!, names.names[0]!, names.names[nameIndex]!];
      const word = words.get(node);
      const matchedWord = word === undefined ? undefined : surfaceWord(word.text, word.token);
      const { chats } = def;
      const add = (slot: number): number =>
        matches.push({ chatKey: chatKeys[slot]!, followId: names.id, topic, matchedName, field, ...(matchedWord === undefined ? {} : { matchedWord }) });
      if (typeof chats === "number") add(chats);
      else if (Array.isArray(chats)) chats.forEach(add);
      else if (chats) for (let at = 0; at < chats.size; at++) add(chats.items[at]!);
    }
    return matches;
  }

  return {
    setChatFollows,
    removeChat: (chatKey) => setChatFollows(chatKey, []),
    match,
    stats: () => ({ chats: chatSlots.size, follows: defs.size, phrases: phraseCount, tokens: tokenIds.size }),
  };
}
