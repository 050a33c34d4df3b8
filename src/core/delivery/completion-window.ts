/**
 * The request-counting primitive of the send queue (the spacing is the one GCRA of pacer.ts).
 *
 * {@link CompletionWindow} keeps a limit without trusting timing: a request counts from the moment it
 * starts until `windowMs` after its answer came back. Telegram saw it somewhere in between, so no
 * window of `windowMs` on Telegram's side can hold more than `limit` of our requests, whatever the
 * network delays (a slow connection set-up followed by fast requests, for instance).
 */

/** At most `limit` requests in flight or answered within the last `windowMs`. */
export class CompletionWindow {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #ends: number[] = [];
  #inFlight = 0;

  constructor(limit: number, windowMs: number) {
    if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError("a rate window needs a limit of at least 1 and a positive length");
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /** When a request may start: `now`, a later time, or Infinity (wait for an answer). */
  freeAt(now: number): number {
    this.#prune(now);
    const excess = this.#inFlight + this.#ends.length - this.#limit;
    if (excess < 0) return now;
    const end = this.#ends[excess];
    return end === undefined ? Number.POSITIVE_INFINITY : end + this.#windowMs;
  }

  start(): void {
    this.#inFlight += 1;
  }

  /** The request's answer came back (success or failure) at `at`. */
  end(at: number): void {
    this.#inFlight -= 1;
    this.#ends.push(at);
  }

  /** Whether nothing counts any more (the window can be forgotten). */
  idle(now: number): boolean {
    this.#prune(now);
    return this.#inFlight === 0 && this.#ends.length === 0;
  }

  #prune(now: number): void {
    const cutoff = now - this.#windowMs;
    let drop = 0;
    while (drop < this.#ends.length && (this.#ends[drop] ?? Number.POSITIVE_INFINITY) <= cutoff) drop += 1;
    if (drop > 0) this.#ends.splice(0, drop);
  }
}
