/**
 * The gate every outgoing message of one platform passes: the bot's {@link Pacer} spaces messages
 * just under the platform's limit, and a {@link RequestWindow} at the limit itself catches bunching.
 *
 * - One slot is booked ahead: the next message books its slot as soon as the current one reaches
 *   its own, so the pacer's schedule runs from slot to slot and neither a timer firing late nor the
 *   round trip to a shared pacer lowers the rate. Which message gets a slot is decided when it is
 *   booked, so a queue's priorities lose at most the one slot already booked.
 * - Evenly spaced, the messages of any window number at most the limit; what makes a platform count
 *   more is a request that arrives late (connection set-up, a busy event loop, a pause of the garbage
 *   collector) together with the on-time ones after it. The window counts each request from its start
 *   until a window after its answer and holds a message back beyond its slot while it is full. On a
 *   fast link it never binds; on a slow one it caps the rate at `limit / (windowMs + latency)`.
 */
import type { Pacer } from "./pacer.js";
import type { RequestWindow, WindowTimer } from "./request-window.js";

/** Paces sends and guards a platform limit; see the module comment. */
export class SendGate {
  readonly #pacer: Pacer;
  readonly #window: RequestWindow | undefined;
  readonly #timer: WindowTimer;
  #booked = false;

  /** A gate over `pacer`, guarded by `window` if given. */
  constructor(options: { pacer: Pacer; window?: RequestWindow; timer: WindowTimer }) {
    this.#pacer = options.pacer;
    this.#window = options.window;
    this.#timer = options.timer;
  }

  /** Whether a message may book a slot now (none is booked and waiting for it). */
  get free(): boolean {
    return !this.#booked;
  }

  /**
   * Books the next slot (only while {@link free}) and resolves when the message may go, with the
   * function to call once its answer came back (success or failure). Rejects if the pacer or the
   * window fails (the gate is free again).
   */
  async pass(): Promise<() => Promise<void>> {
    if (this.#booked) throw new Error("send gate: a slot is already booked");
    this.#booked = true;
    try {
      // The wait counts from the request for a slot, not from its answer: a shared pacer's answer
      // may be read late (a busy event loop), and the slot must not move with it.
      const asked = this.#timer.now();
      const wait = await this.#pacer.reserve();
      const left = asked + wait - this.#timer.now();
      if (left > 0) await this.#timer.sleep(left);
      return this.#window ? await this.#window.enter() : async () => undefined;
    } finally {
      this.#booked = false;
    }
  }
}
