/**
 * Compact lists of small non-negative integers for the follow index, where a million chats make
 * per-object overheads the largest cost: 4 bytes an item in typed arrays instead of 8 in a JS
 * array (plus its headers and growth slack).
 */

/** A growable list in one Int32Array, for long lists (a typed array has ~200 bytes of fixed cost). */
export interface IntList {
  items: Int32Array;
  size: number;
}

/** A new list holding `values`, with room to grow. */
export function createIntList(values: readonly number[]): IntList {
  const items = new Int32Array(Math.max(16, Math.ceil(values.length * 1.5)));
  items.set(values);
  return { items, size: values.length };
}

/** Appends `value`, growing by half when full. */
export function pushInt(list: IntList, value: number): void {
  if (list.size === list.items.length) {
    const grown = new Int32Array(Math.ceil(list.items.length * 1.5));
    grown.set(list.items);
    list.items = grown;
  }
  list.items[list.size++] = value;
}

/** Removes the first `value`, keeping the order of the rest; false when absent. */
export function removeInt(list: IntList, value: number): boolean {
  const at = list.items.subarray(0, list.size).indexOf(value);
  if (at < 0) return false;
  list.items.copyWithin(at, at + 1, list.size);
  list.size -= 1;
  return true;
}

/**
 * Per slot (a chat), a short list of ints (its definitions), all in one shared Int32Array: a
 * replaced list is rewritten in place when it fits, else appended at the end; the space left behind
 * is reclaimed by compacting once it is half the pool.
 */
export class IntListPool {
  #pool = new Int32Array(1_024);
  #end = 0;
  #garbage = 0;
  #starts = new Int32Array(1_024);
  #lengths = new Int32Array(1_024);
  /** Slots that ever held a list (bounds compaction). */
  #slots = 0;

  /** The list of `slot` (empty when none). */
  get(slot: number): number[] {
    if (slot >= this.#slots) return [];
    const start = this.#starts[slot]!;
    return Array.from(this.#pool.subarray(start, start + this.#lengths[slot]!));
  }

  /** Replaces the list of `slot` (an empty one frees it). */
  set(slot: number, values: readonly number[]): void {
    this.#ensureSlot(slot);
    const length = this.#lengths[slot]!;
    if (values.length > length) {
      this.#garbage += length;
      this.#ensurePool(values.length);
      this.#starts[slot] = this.#end;
      this.#end += values.length;
    } else this.#garbage += length - values.length;
    this.#pool.set(values, this.#starts[slot]!);
    this.#lengths[slot] = values.length;
    if (this.#garbage > 4_096 && this.#garbage * 2 > this.#end) this.#compact();
  }

  #ensureSlot(slot: number): void {
    this.#slots = Math.max(this.#slots, slot + 1);
    if (slot < this.#starts.length) return;
    const size = Math.max(slot + 1, this.#starts.length * 2);
    const [starts, lengths] = [new Int32Array(size), new Int32Array(size)];
    starts.set(this.#starts);
    lengths.set(this.#lengths);
    [this.#starts, this.#lengths] = [starts, lengths];
  }

  #ensurePool(extra: number): void {
    if (this.#end + extra <= this.#pool.length) return;
    const grown = new Int32Array(Math.max(this.#end + extra, this.#pool.length * 2));
    grown.set(this.#pool.subarray(0, this.#end));
    this.#pool = grown;
  }

  #compact(): void {
    const live = this.#end - this.#garbage;
    const pool = new Int32Array(Math.max(1_024, Math.ceil(live * 1.5)));
    let end = 0;
    for (let slot = 0; slot < this.#slots; slot++) {
      const [start, length] = [this.#starts[slot]!, this.#lengths[slot]!];
      pool.set(this.#pool.subarray(start, start + length), end);
      this.#starts[slot] = end;
      end += length;
    }
    [this.#pool, this.#end, this.#garbage] = [pool, end, 0];
  }
}
