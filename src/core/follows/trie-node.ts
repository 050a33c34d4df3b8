/**
 * A node of the follow index's token trie, shaped for memory: at a million follows most nodes have
 * no child or one, so one child sits in the node itself, a few in a flat list, and only a node with
 * many pays for a Map.
 */

/** Past this many children a node's flat list becomes a Map (lookups while matching stay short). */
const SHORT_CHILDREN = 8;

/**
 * Children: none, one (`next`, its token id in `nextToken`), a short flat list
 * `[token, node, token, node…]`, or a Map. `defs`: what ends at this node (one or several).
 */
export interface TrieNode<T> {
  next: TrieNode<T> | (number | TrieNode<T>)[] | Map<number, TrieNode<T>> | undefined;
  nextToken: number;
  defs: T | T[] | undefined;
}

/** A node without children or definitions. */
export function createTrieNode<T>(): TrieNode<T> {
  return { next: undefined, nextToken: -1, defs: undefined };
}

/** The child of `node` for token id `token`. */
export function childOf<T>(node: TrieNode<T>, token: number): TrieNode<T> | undefined {
  const { next } = node;
  if (next === undefined) return undefined;
  if (next instanceof Map) return next.get(token);
  if (!Array.isArray(next)) return node.nextToken === token ? next : undefined;
  for (let at = 0; at < next.length; at += 2) if (next[at] === token) return next[at + 1] as TrieNode<T>;
  return undefined;
}

/** Adds `child` under `token` (which `node` does not have yet). */
export function addChild<T>(node: TrieNode<T>, token: number, child: TrieNode<T>): void {
  const { next } = node;
  if (next === undefined) [node.next, node.nextToken] = [child, token];
  else if (next instanceof Map) next.set(token, child);
  else if (!Array.isArray(next)) [node.next, node.nextToken] = [[node.nextToken, next, token, child], -1];
  // Exact-size copies: arrays grown by push over-allocate, and lists rarely change.
  else if (next.length < SHORT_CHILDREN * 2) node.next = [...next, token, child];
  else {
    const map = new Map<number, TrieNode<T>>();
    for (let at = 0; at < next.length; at += 2) map.set(next[at] as number, next[at + 1] as TrieNode<T>);
    node.next = map.set(token, child);
  }
}

/** Removes the child under `token`, if any. */
export function removeChild<T>(node: TrieNode<T>, token: number): void {
  const { next } = node;
  if (next instanceof Map) {
    next.delete(token);
    if (next.size === 0) node.next = undefined;
  } else if (Array.isArray(next)) {
    const at = next.indexOf(token);
    if (at < 0) return;
    const rest = [...next.slice(0, at), ...next.slice(at + 2)];
    if (rest.length === 2) [node.next, node.nextToken] = [rest[1] as TrieNode<T>, rest[0] as number];
    else node.next = rest;
  } else if (next && node.nextToken === token) [node.next, node.nextToken] = [undefined, -1];
}
